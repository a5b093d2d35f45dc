using System.Diagnostics;
using System.Net;
using Bootcamp.Host.Infrastructure;
using Bootcamp.Identity.Passwords;
using Bootcamp.Mail;
using Bootcamp.Shared.Links;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Host.Pages.Account;

/// <summary>
/// Asking for a reset link (decisions/0017). Whatever the email (an active account, an unknown one, a deactivated
/// one), the same answer, in about the same time: the request is answered no sooner than <see cref="AnswerFloor"/>
/// after it came, so the few milliseconds a mail and an audit line take tell nothing. Limited like signing in.
/// </summary>
[EnableRateLimiting(RateLimiting.SignIn)]
internal sealed class ForgotPasswordModel(PasswordResets resets, IMailQueue mail, PublicLinks links) : BootcampPageModel
{
    public const string MailCategory = "identity.password-reset";

    /// <summary>Well above what the slowest path takes (a token, an audit row, a queued mail).</summary>
    private static readonly TimeSpan AnswerFloor = TimeSpan.FromMilliseconds(400);

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || Email.Length > 320 || !Email.Contains('@', StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Email), AccountText.EmailInvalid);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Wall-clock time on purpose, not the injected clock: what is hidden is the time an outsider measures.
        var started = Stopwatch.GetTimestamp();
        if (await resets.RequestAsync(Email) is { } link)
        {
            await mail.EnqueueAsync(ResetMail(link));
        }

        var left = AnswerFloor - Stopwatch.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, HttpContext.RequestAborted);
        }

        return RedirectToPage(new { Sent = true });
    }

    private OutgoingMail ResetMail(PasswordResetLink link)
    {
        var address = links.To($"/Account/ResetPassword?user={link.UserId:D}&token={Uri.EscapeDataString(link.Token)}").AbsoluteUri;
        return MailCulture.Render(link.Culture, () =>
        {
            var name = string.IsNullOrWhiteSpace(link.Name) ? link.Email : link.Name;
            var culture = System.Globalization.CultureInfo.CurrentCulture;
            return new OutgoingMail(
                link.Email,
                link.Name,
                AccountText.ResetMailSubject,
                string.Format(culture, AccountText.ResetMailText, name, address),
                string.Format(culture, AccountText.ResetMailHtml, WebUtility.HtmlEncode(name), WebUtility.HtmlEncode(address)),
                System.Globalization.CultureInfo.CurrentUICulture.Name,
                MailCategory);
        });
    }
}
