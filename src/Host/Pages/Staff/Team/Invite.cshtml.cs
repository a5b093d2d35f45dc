using Bootcamp.Identity;
using Bootcamp.Host.Accounts;
using Bootcamp.Identity.Team;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Host.Pages.Staff.Team;

/// <summary>Invites a person with a role: they receive a link to set their own password. Staff invite instructors;
/// only an admin invites staff, placement directors and admins. Sponsor users are invited from their sponsor's page.</summary>
internal sealed class InviteModel(TeamAdministration team) : BootcampPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public string Culture { get; set; } = Localization.French.Name;

    public IReadOnlyList<string> Grantable { get; private set; } = [];

    public void OnGet()
    {
        Grantable = GrantableHere();
        if (Grantable.Count == 1)
        {
            Roles = [.. Grantable];
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Grantable = GrantableHere();
        if (Roles.Contains(Identity.Roles.Sponsor))
        {
            ModelState.AddModelError(nameof(Roles), AdminText.SponsorsFromSponsorPage);
            return Invalid();
        }

        try
        {
            var id = await team.InviteAsync(TeamActor.From(User), new Invitation(Email ?? "", DisplayName ?? "", Roles, Culture), cancellationToken);
            return Redirect($"/Staff/Team/Member?id={id}&done=Invited");
        }
        catch (TeamRuleException refusal)
        {
            var field = refusal.Refusal switch
            {
                TeamRefusal.EmailInvalid or TeamRefusal.EmailTaken => nameof(Email),
                TeamRefusal.NameRequired => nameof(DisplayName),
                _ => nameof(Roles),
            };
            ModelState.AddModelError(field, AdminDisplay.Refusal(refusal.Refusal));
            return Invalid();
        }
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private List<string> GrantableHere() =>
        [.. RoleGrants.Grantable(TeamActor.From(User).Roles).Where(r => r != Identity.Roles.Sponsor)];
}
