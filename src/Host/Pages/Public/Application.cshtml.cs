using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Web;
using Bootcamp.Host.Infrastructure;
using Bootcamp.Host.Resources;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Host.Pages.Public;

/// <summary>The applicant's private status page, reached only through the link in their confirmation email. An unknown
/// token is a plain 404; the token is never logged nor put in another URL.</summary>
[EnableRateLimiting(RateLimiting.PublicForms)]
[PrivateLink(ApplicationsWebModule.StatusLink)]
internal sealed class ApplicationModel(IMediator mediator, TimeProvider clock) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool Withdrawn { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public ApplicationStatusDto Application { get; private set; } = null!;

    public SessionDto? Session { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool SeatConfirmedNow { get; set; }

    public string? SeatMessage { get; private set; }

    /// <summary>The phone and language form; the email is the application's identity and is not offered.</summary>
    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool ContactSaved { get; set; }

    public string? ContactMessage { get; private set; }

    public bool CanChangeContact => Application.CanChangeContact;

    private bool _keepContactInput;

    /// <summary>The applicant changes their phone or the language of our messages; mistakes show next to their field.</summary>
    public async Task<IActionResult> OnPostContactAsync(CancellationToken cancellationToken)
    {
        _keepContactInput = true;
        try
        {
            await mediator.Send(new UpdateContactDetails(Token, Contact.Phone, Contact.PreferredLanguage ?? ""), cancellationToken);
            return RedirectToPage(new { token = Token, contactSaved = true });
        }
        catch (ValidationFailedException failure)
        {
            foreach (var (key, messages) in failure.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(nameof(Contact) + "." + key, message);
                }
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (Bootcamp.Shared.Contracts.ConflictException conflict)
        {
            ContactMessage = conflict.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    /// <summary>An admitted applicant takes their seat; a late click gets the reason, not an error page.</summary>
    public async Task<IActionResult> OnPostConfirmSeatAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new ConfirmSeat(Token), cancellationToken);
            return RedirectToPage(new { token = Token, seatConfirmedNow = true });
        }
        catch (Bootcamp.Shared.Contracts.ConflictException conflict)
        {
            if (!await LoadAsync(cancellationToken))
            {
                return NotFound();
            }

            SeatMessage = conflict.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }

    [BindProperty(SupportsGet = true)]
    public bool ConsentsUpdated { get; set; }

    /// <summary>Gives or withdraws an optional consent; the ledger keeps both lines.</summary>
    public async Task<IActionResult> OnPostConsentAsync(ConsentPurpose purpose, bool granted, CancellationToken cancellationToken)
    {
        await mediator.Send(new SetConsent(Token, purpose, granted), cancellationToken);
        return RedirectToPage(new { token = Token, consentsUpdated = true });
    }

    public bool CanWithdraw => Application.CanWithdraw;

    public bool HasCertificate { get; private set; }

    /// <summary>The person's Law 25 requests (a copy, an erasure): open ones are shown with their answer date.</summary>
    public IReadOnlyList<Bootcamp.Privacy.Contracts.PrivacyRequestDto> PrivacyRequests { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public Bootcamp.Privacy.Contracts.PrivacyRequestKind? PrivacyAsked { get; set; }

    [BindProperty]
    public bool ConfirmErasure { get; set; }

    /// <summary>The applicant asks for a copy of their data or its erasure: a request for staff, answered within 30
    /// days, never an instant delete (someone checks there is nothing the law obliges us to keep first).</summary>
    public async Task<IActionResult> OnPostPrivacyAsync(Bootcamp.Privacy.Contracts.PrivacyRequestKind kind, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.GetFieldValidationState(nameof(kind)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid || !Enum.IsDefined(kind))
        {
            return BadRequest();
        }

        if (kind == Bootcamp.Privacy.Contracts.PrivacyRequestKind.Erasure && !ConfirmErasure)
        {
            ModelState.AddModelError(nameof(ConfirmErasure), HostText.PrivacyErasureConfirmRequired);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await mediator.Send(new Bootcamp.Privacy.Contracts.ReceivePrivacyRequest(
            Application.ApplicationId, kind, Bootcamp.Privacy.Contracts.PrivacyRequestChannel.PrivateLink, null), cancellationToken);
        return RedirectToPage(new { token = Token, privacyAsked = kind });
    }

    /// <summary>The participant's certificate of completion, in the language they ask for (theirs by default).</summary>
    public async Task<IActionResult> OnGetCertificateAsync(string? culture, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)
            || await mediator.Send(new FindCertificateForApplication(Application.ApplicationId, culture), cancellationToken) is not { } file)
        {
            return NotFound();
        }

        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        SeatMessage = SeatConfirmedNow && Application.Status == ApplicationStatus.Confirmed ? HostText.SeatConfirmedNotice : null;
        ContactMessage = ContactSaved ? HostText.ContactDetailsSaved : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), HostText.WithdrawConfirmRequired);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            await mediator.Send(new WithdrawApplication(Token, Reason), cancellationToken);
        }
        catch (ValidationFailedException invalid)
        {
            // Only a reason longer than the box allows gets here; it is kept on the page to be shortened.
            foreach (var error in invalid.Errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError(nameof(Reason), error);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return RedirectToPage(new { token = Token, withdrawn = true });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Application = await mediator.Send(new GetApplicationByToken(Token), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        PrivacyRequests = await mediator.Send(new Bootcamp.Privacy.Contracts.GetPrivacyRequestsOfPerson(Application.ApplicationId), cancellationToken);

        try
        {
            Session = await mediator.Send(new GetSession(Application.SessionId), cancellationToken);
        }
        catch (NotFoundException)
        {
            Session = null;
        }

        // Only once the session is over can there be a certificate; before that, Sessions need not be asked.
        if (Session is not null && Application.Status == ApplicationStatus.Confirmed && Session.Details.EndDate < Display.Today(clock))
        {
            HasCertificate = await mediator.Send(new GetCertificateAvailability(Application.ApplicationId), cancellationToken) is not null;
        }

        if (!_keepContactInput)
        {
            Contact = new ContactInput { Phone = Application.Phone, PreferredLanguage = Application.PreferredLanguage };
        }

        return true;
    }
}

internal sealed class ContactInput
{
    public string? Phone { get; set; }

    public string? PreferredLanguage { get; set; } = "fr-CA";
}
