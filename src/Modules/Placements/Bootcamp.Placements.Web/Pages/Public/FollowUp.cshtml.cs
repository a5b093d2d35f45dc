using Bootcamp.Placements.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Placements.Web.Pages.Public;

/// <summary>The follow-up survey behind the private link mailed at +1, +2 and +3 months: where the person stands with
/// work. A wrong, expired or closed link is a plain 404.</summary>
[EnableRateLimiting(PublicRateLimit.Policy)]
[PrivateLink(PlacementsWebModule.FollowUpLink)]
[LanguageSwitchForm]
internal sealed class FollowUpModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public AnswerInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public FollowUpFormDto Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Localization.AdoptOwnLanguage(HttpContext, Form.PreferredLanguage))
        {
            return Redirect(Request.Path);
        }

        return Page();
    }

    /// <summary>The header's language switch with the answer half given: the same form in the other language, what was
    /// chosen and typed kept, nothing recorded (decisions/0021).</summary>
    public async Task<IActionResult> OnPostLanguageAsync(string? culture, CancellationToken cancellationToken)
    {
        Localization.SwitchWithinRequest(HttpContext, culture);
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Localization.KeepTypedValuesWithoutErrors(ModelState);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Input.Employed is null)
        {
            ModelState.AddModelError("Input.Employed", PlacementsText.FollowUpEmployedRequired);
        }

        if (BindingFailed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            await mediator.Send(new AnswerFollowUp(Token, FollowUpAnswer.FromForm(
                Input.Employed!.Value, Input.Outcome, Input.Employer, Input.JobTitle, Input.StartDate, Input.InTechField, Input.EmploymentType,
                Input.SalaryBand, Input.StillSeeking)), cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure, "Answer", "Input");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Notice = PlacementsText.FollowUpThanks;
        return RedirectToPage(new { token = Token });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Form = await mediator.Send(new GetFollowUpByToken(Token), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    internal sealed class AnswerInput
    {
        public bool? Employed { get; set; }
        public OutcomeCode? Outcome { get; set; }
        public string? Employer { get; set; }
        public string? JobTitle { get; set; }
        public DateOnly? StartDate { get; set; }
        public bool? InTechField { get; set; }
        public EmploymentType? EmploymentType { get; set; }
        public SalaryBand? SalaryBand { get; set; }
        public bool StillSeeking { get; set; } = true;
    }
}
