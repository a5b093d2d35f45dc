using Bootcamp.Shared.Contracts;
using Bootcamp.Surveys.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Surveys.Web.Pages.Public;

/// <summary>
/// A survey opened from its private link, made for a phone: in the person's language unless they switch, partial
/// answers saved, one response per person. An unknown, expired or replaced link is a plain 404.
/// </summary>
[EnableRateLimiting(PublicRateLimit.Policy)]
[PrivateLink(SurveysWebModule.SurveyLink)]
[LanguageSwitchForm]
internal sealed class SurveyModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    /// <summary>Answers by question id (skill and knowledge surveys).</summary>
    [BindProperty]
    public Dictionary<Guid, string?> Answers { get; set; } = [];

    /// <summary>Ratings by evaluation key (the anonymous session evaluation).</summary>
    [BindProperty]
    public Dictionary<string, int?> Ratings { get; set; } = [];

    [BindProperty]
    public string? Comment { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public SurveyFormDto Form { get; private set; } = null!;

    public bool IsEvaluation => Form.Kind == SurveyKind.SessionEvaluation;

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

        Answers = Form.Answers.ToDictionary(a => a.Key, a => (string?)a.Value);
        return Page();
    }

    /// <summary>The header's language switch with answers typed but not saved: the same survey in the other language,
    /// every answer kept, nothing saved (decisions/0021).</summary>
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

    /// <summary>"Save for later": nothing required yet.</summary>
    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => SaveAsync(submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) => SaveAsync(submit: true, cancellationToken);

    public async Task<IActionResult> OnPostEvaluationAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !IsEvaluation)
        {
            return NotFound();
        }

        foreach (var key in EvaluationQuestions.Ratings.Where(k => Ratings.GetValueOrDefault(k) is null))
        {
            ModelState.AddModelError("Ratings." + key, SurveysText.RatingRequired);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            await mediator.Send(new SubmitEvaluation(Token, Ratings.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!.Value), Comment), cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure, "Ratings", "Ratings");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        catch (ConflictException conflict)
        {
            ModelState.AddModelError(string.Empty, conflict.Message);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        Notice = SurveysText.EvaluationThanks;
        return RedirectToPage(new { token = Token });
    }

    private async Task<IActionResult> SaveAsync(bool submit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || IsEvaluation)
        {
            return NotFound();
        }

        var answers = Answers.Select(a => new AnswerInput(a.Key, string.IsNullOrWhiteSpace(a.Value) ? null : a.Value.Trim())).ToList();
        try
        {
            await mediator.Send(new SaveSurveyAnswers(Token, answers, submit), cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            foreach (var (key, messages) in failure.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(AnswerKey(key), message);
                }
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Notice = submit ? SurveysText.SurveyThanks : SurveysText.SurveySavedForLater;
        return RedirectToPage(new { token = Token });
    }

    /// <summary>The module names a question's problem by its id; the form's field is Answers[id].</summary>
    private static string AnswerKey(string key) =>
        Guid.TryParse(key.Split('.', '[', ']').FirstOrDefault(p => Guid.TryParse(p, out _)), out var id) ? $"Answers[{id}]" : string.Empty;

    public string? AnswerError(Guid questionId) => FieldError($"Answers[{questionId}]");

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Form = await mediator.Send(new GetSurveyByToken(Token), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        return true;
    }
}
