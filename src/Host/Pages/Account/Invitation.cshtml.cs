using Bootcamp.Host.Infrastructure;
using Bootcamp.Host.Accounts;
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
    public string? Password { get; set; }

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
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), HostText.PasswordRequired);
        }
        else if (Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), AdminText.PasswordsDiffer);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            var accepted = await team.AcceptInvitationAsync(UserId, Token!, Password!, cancellationToken);
            return Redirect($"/Account/Login?accepted=1&email={Uri.EscapeDataString(accepted.Email ?? "")}");
        }
        catch (TeamRuleException refusal) when (refusal.Refusal == TeamRefusal.PasswordRejected)
        {
            foreach (var detail in refusal.Details.DefaultIfEmpty(AdminDisplay.Refusal(refusal.Refusal)))
            {
                ModelState.AddModelError(nameof(Password), detail);
            }

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
