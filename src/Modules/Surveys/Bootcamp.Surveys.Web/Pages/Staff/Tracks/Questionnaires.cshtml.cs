using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using Bootcamp.Surveys.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Surveys.Web.Pages.Staff.Tracks;

/// <summary>
/// Edits a track's pre- or post-programme questionnaire. A version somebody answered is never changed: saving then
/// creates the next version, and the page says so. Works without JavaScript: two blank rows add questions, clearing
/// both texts of a row removes it.
/// </summary>
internal sealed class QuestionnairesModel(IMediator mediator) : BootcampPageModel
{
    private const int BlankRows = 2;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public SurveyKind Kind { get; set; } = SurveyKind.PreProgramme;

    [BindProperty]
    public List<QuestionRow> Rows { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public TrackDto Track { get; private set; } = null!;

    public QuestionnaireDto Questionnaire { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Rows = [.. Questionnaire.Questions.OrderBy(q => q.Order).Select(QuestionRow.From), .. Enumerable.Range(0, BlankRows).Select(_ => new QuestionRow())];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var kept = Rows.Where(r => !string.IsNullOrWhiteSpace(r.TextFr) || !string.IsNullOrWhiteSpace(r.TextEn)).ToList();
        try
        {
            await mediator.Send(new SaveQuestionnaire(Id, Kind, [.. kept.Select(r => r.ToInput())]), cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            Rows = kept;
            foreach (var (key, messages) in failure.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(key.Replace("Questions", "Rows", StringComparison.Ordinal), message);
                }
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Notice = Questionnaire.Answered ? SurveysText.QuestionnaireNewVersion : SurveysText.QuestionnaireSaved;
        return RedirectToPage(new { id = Id, kind = Kind });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (Kind is not (SurveyKind.PreProgramme or SurveyKind.PostProgramme))
        {
            return false;
        }

        var tracks = await mediator.Send(new GetTracks(IncludeInactive: true), cancellationToken);
        if (tracks.FirstOrDefault(t => t.Id == Id) is not { } track)
        {
            return false;
        }

        Track = track;
        Questionnaire = (await mediator.Send(new GetQuestionnaires(Id), cancellationToken)).Single(q => q.Kind == Kind);
        return true;
    }

    /// <summary>A question as the form edits it: choices one per line, "key | français | English".</summary>
    internal sealed class QuestionRow
    {
        public QuestionType Type { get; set; } = QuestionType.SkillRating;
        public string? TextFr { get; set; }
        public string? TextEn { get; set; }
        public string? SkillArea { get; set; }
        public string? Choices { get; set; }
        public string? CorrectChoice { get; set; }
        public bool Required { get; set; } = true;

        public static QuestionRow From(QuestionDto q) => new()
        {
            Type = q.Type,
            TextFr = q.TextFr,
            TextEn = q.TextEn,
            SkillArea = q.SkillArea,
            Choices = string.Join("\n", q.Choices.Select(c => $"{c.Key} | {c.TextFr} | {c.TextEn}")),
            CorrectChoice = q.CorrectChoice,
            Required = q.Required,
        };

        public QuestionInput ToInput() => new(
            Type, TextFr?.Trim() ?? "", TextEn?.Trim() ?? "", string.IsNullOrWhiteSpace(SkillArea) ? null : SkillArea.Trim(), ParseChoices(),
            string.IsNullOrWhiteSpace(CorrectChoice) ? null : CorrectChoice.Trim(), Required);

        private List<ChoiceDto> ParseChoices() =>
        [
            .. (Choices ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
                .Select(parts => new ChoiceDto(parts[0], parts.ElementAtOrDefault(1) ?? "", parts.ElementAtOrDefault(2) ?? "")),
        ];
    }
}
