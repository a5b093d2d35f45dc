using Bootcamp.Host.Infrastructure;
using Bootcamp.Host.Pages.Account.Manage;
using Bootcamp.Identity.Team;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Host.Pages.Account;

/// <summary>Where an invitation's link lands: the invited person chooses their password, then signs in.</summary>
[EnableRateLimiting(RateLimiting.SignIn)]
internal sealed class InvitationModel(TeamAdministration team) : BootcampPageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public string? DisplayName { get; private set; }

    public string? Email { get; private set; }

    /// <summary>The link is wrong, used or expired: said the same way for all three.</summary>
    public bool Invalid { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await team.FindOpenInvitationAsync(UserId, Token);
        if (user is null)
        {
            return Refused();
        }

        (DisplayName, Email) = (user.DisplayName, user.Email);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await team.FindOpenInvitationAsync(UserId, Token);
        if (user is null)
        {
            return Refused();
        }

        (DisplayName, Email) = (user.DisplayName, user.Email);
        // The same rules, in the same words, as choosing a password anywhere else on the site.
        NewPasswordRules.Check(ModelState, NewPassword, ConfirmPassword);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            var accepted = await team.AcceptInvitationAsync(UserId, Token!, NewPassword!, cancellationToken);
            return Redirect($"/Account/Login?accepted=1&email={Uri.EscapeDataString(accepted.Email ?? "")}");
        }
        catch (TeamRuleException refusal) when (refusal.Refusal == TeamRefusal.PasswordRejected)
        {
            NewPasswordRules.AddErrors(ModelState, refusal.Errors, currentField: null);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        catch (TeamRuleException)
        {
            return Refused();
        }
    }

    private PageResult Refused()
    {
        Invalid = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
