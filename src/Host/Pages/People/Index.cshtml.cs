using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using Bootcamp.Placements.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Host.Pages.People;

/// <summary>One search box for a person, by name or e-mail. Staff and admins search the applications (everyone who ever
/// applied); the placement director searches the completers Placements follows, their remit.</summary>
internal sealed class IndexModel(IMediator mediator) : BootcampPageModel
{
    public const int MaxResults = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<PersonResult> Results { get; private set; } = [];

    public bool Searched => (Search?.Trim().Length ?? 0) >= PeopleSearch.MinLength;

    public bool TooShort => !string.IsNullOrWhiteSpace(Search) && !Searched;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Searched)
        {
            return;
        }

        var text = Search!.Trim();
        if (User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Staff))
        {
            var found = await mediator.Send(new FindApplicants(text, MaxResults), cancellationToken);
            Results = [.. found.Select(a => new PersonResult(a.ApplicationId, $"{a.FirstName} {a.LastName}", a.Email, a.SubmittedAt.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        }
        else
        {
            var found = await mediator.Send(new FindFollowedPeople(text, MaxResults), cancellationToken);
            Results = [.. found.Select(p => new PersonResult(p.ApplicationId, $"{p.FirstName} {p.LastName}", p.Email, Display.ShortDate(p.SessionEndDate)))];
        }
    }

    public sealed record PersonResult(Guid ApplicationId, string Name, string Email, string When);
}
