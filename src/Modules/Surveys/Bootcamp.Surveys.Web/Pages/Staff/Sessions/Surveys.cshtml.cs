using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using Bootcamp.Surveys.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Surveys.Web.Pages.Staff.Sessions;

/// <summary>A session's surveys for staff: who was invited and answered, pre → post change, the anonymous evaluation
/// and the notes of individual interviews.</summary>
internal sealed class SurveysModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid InvitationId { get; set; }

    [BindProperty]
    public NoteInput Note { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public SessionDto Session { get; private set; } = null!;

    public SessionSurveysDto Surveys { get; private set; } = null!;

    public SessionSkillChangeDto SkillChange { get; private set; } = null!;

    public SessionEvaluationDto Evaluation { get; private set; } = null!;

    public IReadOnlyList<InterviewNoteDto> Notes { get; private set; } = [];

    public IReadOnlyList<ParticipantDto> Roster { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Surveys.Invitations.All(i => i.Id != InvitationId))
        {
            return NotFound();
        }

        await mediator.Send(new ResendInvitation(InvitationId), cancellationToken);
        var invitation = Surveys.Invitations.First(i => i.Id == InvitationId);
        Notice = string.Format(System.Globalization.CultureInfo.CurrentCulture, SurveysText.Resent, $"{invitation.FirstName} {invitation.LastName}");
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await mediator.Send(new RecordInterviewNote(Id, Note.ParticipantId, Note.Structure ?? "", Note.Curriculum ?? "", Note.Suggestions ?? "", SignedInUser.Id(User)), cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            foreach (var (key, messages) in failure.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError("Note." + key, message);
                }
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Notice = SurveysText.NoteSaved;
        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Session = await mediator.Send(new GetSession(Id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Surveys = await mediator.Send(new GetSessionSurveys(Id), cancellationToken);
        SkillChange = await mediator.Send(new GetSessionSkillChange(Id), cancellationToken);
        Evaluation = await mediator.Send(new GetSessionEvaluation(Id), cancellationToken);
        Notes = await mediator.Send(new GetInterviewNotes(Id), cancellationToken);
        Roster = await mediator.Send(new GetRoster(Id), cancellationToken);
        return true;
    }

    internal sealed class NoteInput
    {
        public Guid? ParticipantId { get; set; }
        public string? Structure { get; set; }
        public string? Curriculum { get; set; }
        public string? Suggestions { get; set; }
    }
}
