using Bootcamp.Identity;
using Bootcamp.Identity.Team;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Reporting.Web.Pages.Staff.Sponsors;

/// <summary>One sponsor: its name, what it funds (sessions or whole years) and the people who sign in for it. Sponsor users
/// live in Identity, which the Host owns, so linking them happens here rather than in the Reporting module.</summary>
internal sealed class EditModel(IMediator mediator, UserManager<BootcampUser> users, TeamAdministration team, TimeProvider clock)
    : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SponsorDetailsDto Sponsor { get; private set; } = null!;

    public IReadOnlyList<SessionSummaryDto> Sessions { get; private set; } = [];

    public IReadOnlyList<BootcampUser> SponsorUsers { get; private set; } = [];

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public Guid? SessionId { get; set; }

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public Guid SponsorshipId { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Culture { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Invited { get; set; }

    [BindProperty]
    public Guid UserId { get; set; }

    public IEnumerable<int> Years => Display.Years(clock, throughNextYear: true);

    public string SessionTitle(Guid id) => Sessions.FirstOrDefault(s => s.Id == id)?.Title ?? id.ToString();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Name = Sponsor.Name;
        return Page();
    }

    public Task<IActionResult> OnPostRenameAsync(CancellationToken cancellationToken) =>
        Try(() => mediator.Send(new RenameSponsor(Id, Name), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSessionAsync(CancellationToken cancellationToken) =>
        Try(() => mediator.Send(new AddSponsorship(Id, SessionId, null), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostYearAsync(CancellationToken cancellationToken) =>
        Try(() => mediator.Send(new AddSponsorship(Id, null, Year), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken) =>
        Try(() => mediator.Send(new RemoveSponsorship(SponsorshipId), cancellationToken), cancellationToken);

    /// <summary>Links an existing account (given the Sponsor role if it has no other) or invites a new person, who sets their
    /// own password from the mailed link. A member of the programme team is refused: sponsors must never share an account
    /// with people who see names.</summary>
    public async Task<IActionResult> OnPostLinkAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var email = Email?.Trim() ?? "";
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            try
            {
                await team.InviteAsync(
                    TeamActor.From(User), new Invitation(email, DisplayName ?? "", [Roles.Sponsor], Culture ?? Localization.French.Name, Id),
                    cancellationToken);
                return Redirect($"/Staff/Sponsors/Edit?id={Id}&invited=true");
            }
            catch (TeamRuleException refusal)
            {
                ModelState.AddModelError(nameof(Email), refusal.Refusal switch
                {
                    TeamRefusal.NameRequired => ReportingText.SponsorUserNameNeeded,
                    TeamRefusal.EmailTaken => ReportingText.UserLinkedElsewhere,
                    _ => ReportingText.SponsorUserEmailInvalid,
                });
                return Page();
            }
        }

        var roles = await users.GetRolesAsync(user);
        if (roles.Any(r => r != Roles.Sponsor))
        {
            ModelState.AddModelError(nameof(Email), ReportingText.UserHasOtherRole);
            return Page();
        }

        if (user.SponsorId is { } other && other != Id)
        {
            ModelState.AddModelError(nameof(Email), ReportingText.UserLinkedElsewhere);
            return Page();
        }

        if (!roles.Contains(Roles.Sponsor))
        {
            await users.AddToRoleAsync(user, Roles.Sponsor);
        }

        user.SponsorId = Id;
        await users.UpdateAsync(user);
        return Redirect($"/Staff/Sponsors/Edit?id={Id}");
    }

    public async Task<IActionResult> OnPostUnlinkAsync()
    {
        var user = await users.FindByIdAsync(UserId.ToString());
        if (user?.SponsorId == Id)
        {
            // Without a sponsor the account reaches nothing: the portal shows an empty page.
            user.SponsorId = null;
            await users.UpdateAsync(user);
        }

        return Redirect($"/Staff/Sponsors/Edit?id={Id}");
    }

    private async Task<IActionResult> Try(Func<Task<Guid>> action, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            return Redirect($"/Staff/Sponsors/Edit?id={Id}");
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure, "", "");
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Sponsor = await mediator.Send(new GetSponsor(Id), cancellationToken);
        Sessions = (await mediator.Send(new GetSessions(1, Paging.MaxPageSize), cancellationToken)).Items;
        SponsorUsers = [.. users.Users.Where(u => u.SponsorId == Id).OrderBy(u => u.Email)];
    }
}
