using System.Globalization;
using Bootcamp.Applications.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Applications.Web.Pages.Public;

/// <summary>The public application form: phone-first, in French or English, one application per idempotency key.</summary>
[EnableRateLimiting(PublicRateLimit.Policy)]
[LanguageSwitchForm]
internal sealed class ApplyModel(IMediator mediator, TimeProvider clock) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    [BindProperty]
    public ApplyForm Input { get; set; } = new();

    /// <summary>Generated when the form is shown and posted back: a double click or a re-post is one application.</summary>
    [BindProperty]
    public string IdempotencyKey { get; set; } = "";

    /// <summary>The honeypot: people never see it, robots fill it in.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public SessionDto Session { get; private set; } = null!;

    public bool Open { get; private set; }

    public DateOnly Today { get; private set; }

    public static string DateValue(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadSessionAsync(cancellationToken))
        {
            return NotFound();
        }

        IdempotencyKey = Guid.NewGuid().ToString("N");
        Input = new ApplyForm { Profile = new ApplicantProfile { PreferredLanguage = Display.English ? "en-CA" : "fr-CA" } };
        return Page();
    }

    /// <summary>The header's language switch, pressed with the form half filled in: the same form in the other language,
    /// everything typed kept, nothing validated or stored.</summary>
    public async Task<IActionResult> OnPostLanguageAsync(string? culture, CancellationToken cancellationToken)
    {
        Localization.SwitchWithinRequest(HttpContext, culture);
        if (!await LoadSessionAsync(cancellationToken))
        {
            return NotFound();
        }

        Localization.KeepTypedValuesWithoutErrors(ModelState);
        KeepOrRenewIdempotencyKey();

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Website))
        {
            // A robot: it sees the same thank-you page as a person, and nothing is stored.
            return RedirectToPage("/Public/Applied", new { id = Guid.NewGuid() });
        }

        if (!await LoadSessionAsync(cancellationToken))
        {
            return NotFound();
        }

        KeepOrRenewIdempotencyKey();

        // An empty field is not a binding failure: the module says what is required, in the applicant's words.
        foreach (var key in ModelState.Where(e => e.Value is { Errors.Count: > 0 } entry && string.IsNullOrEmpty(entry.AttemptedValue)).Select(e => e.Key).ToList())
        {
            ModelState.Remove(key);
        }

        if (!BindingFailed)
        {
            try
            {
                var consents = new ConsentAnswers(
                    Input.Consents.ProgrammeAdministration, Input.Consents.FollowUpContact, Input.Consents.AggregateReporting, Input.Consents.TextMessages);
                var result = await mediator.Send(new Apply(SessionId, Input.Profile, consents, IdempotencyKey, Input.PrivacyNoticeVersion), cancellationToken);
                return RedirectToPage("/Public/Applied", new { id = result.ApplicationId });
            }
            catch (ValidationFailedException failure)
            {
                foreach (var (key, messages) in failure.Errors)
                {
                    // The notice version is a hidden field: its message goes to the summary, and the form shown again
                    // carries the current version so the next submit (with everything typed kept) goes through.
                    var hidden = key == nameof(ApplyForm.PrivacyNoticeVersion);
                    if (hidden)
                    {
                        Input.PrivacyNoticeVersion = Bootcamp.Shared.Privacy.PrivacyNotice.Version;
                    }

                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(key.Length == 0 || hidden ? "" : nameof(Input) + "." + key, message);
                    }
                }
            }
            catch (ConflictException conflict)
            {
                ModelState.AddModelError("", conflict.Message);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The posted key, unless it is missing or not one the form could have sent.</summary>
    private void KeepOrRenewIdempotencyKey()
    {
        if (string.IsNullOrWhiteSpace(IdempotencyKey) || IdempotencyKey.Length > 100)
        {
            IdempotencyKey = Guid.NewGuid().ToString("N");
        }
    }

    private async Task<bool> LoadSessionAsync(CancellationToken cancellationToken)
    {
        try
        {
            Session = await mediator.Send(new GetSession(SessionId), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        var today = Today = Display.Today(clock);
        Open = today >= Session.Details.ApplicationOpensOn && today <= Session.Details.ApplicationClosesOn;
        return true;
    }
}

internal sealed class ApplyForm
{
    public ApplicantProfile Profile { get; set; } = new();

    public ConsentForm Consents { get; set; } = new();

    /// <summary>Posted back from a hidden field: the notice version this form showed, not the one live at submit time.</summary>
    public string? PrivacyNoticeVersion { get; set; }
}

/// <summary>Three separate answers, none ticked in advance.</summary>
internal sealed class ConsentForm
{
    public bool ProgrammeAdministration { get; set; }

    public bool FollowUpContact { get; set; }

    public bool AggregateReporting { get; set; }

    public bool TextMessages { get; set; }
}

