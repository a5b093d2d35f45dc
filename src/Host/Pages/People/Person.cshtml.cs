using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using Bootcamp.Identity.Audit;
using Bootcamp.Placements.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Host.Pages.People;

/// <summary>
/// One page per person, from any of their applications: each module's view of them, linked — application, roster,
/// attendance, surveys, portfolio, placements — as far as the reader's role reaches. Every opening is in the audit. In the
/// Host because it joins modules that do not know each other.
/// </summary>
internal sealed class PersonModel(IMediator mediator, AccountAudit audit) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Application { get; set; }

    public string Name { get; private set; } = "";

    public string Email { get; private set; } = "";

    public bool SeesApplications { get; private set; }

    public bool SeesPlacements { get; private set; }

    public IReadOnlyList<ApplicantMatchDto> Applications { get; private set; } = [];

    public IReadOnlyList<ParticipantDto> Participations { get; private set; } = [];

    public IReadOnlyList<FollowedPersonDto> Followed { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> SessionTitles { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        SeesApplications = User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Staff);
        SeesPlacements = User.IsInRole(Roles.Admin) || User.IsInRole(Roles.PlacementDirector);
        var applications = await mediator.Send(new GetApplicationsOfPerson(Application), cancellationToken);
        if (applications.Count == 0)
        {
            return NotFound();
        }

        var ids = applications.Select(a => a.ApplicationId).ToList();
        Followed = SeesPlacements ? await mediator.Send(new GetFollowedPeople(ids), cancellationToken) : [];
        if (!SeesApplications && Followed.Count == 0)
        {
            // Outside the placement director's remit: as if there were nobody.
            return NotFound();
        }

        Applications = SeesApplications ? applications : [];
        Participations = SeesApplications ? await mediator.Send(new GetParticipantsOfApplications(ids), cancellationToken) : [];
        var newest = applications[0];
        (Name, Email) = ($"{newest.FirstName} {newest.LastName}", newest.Email);
        var titles = new Dictionary<Guid, string>();
        foreach (var sessionId in Applications.Select(a => a.SessionId).Concat(Followed.Select(f => f.SessionId)).Distinct())
        {
            try
            {
                titles[sessionId] = (await mediator.Send(new GetSession(sessionId), cancellationToken)).Details.Title;
            }
            catch (NotFoundException)
            {
                titles[sessionId] = "—";
            }
        }

        SessionTitles = titles;
        await audit.RecordAsync(AccountActions.PersonViewed, SignedInUser.Id(User), null, $"application:{Application}", cancellationToken);
        return Page();
    }

    public string Title(Guid sessionId) => SessionTitles.TryGetValue(sessionId, out var title) ? title : "—";
}
