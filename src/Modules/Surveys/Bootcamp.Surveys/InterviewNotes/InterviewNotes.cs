using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Privacy;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Surveys.Resources;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Surveys.InterviewNotes;

/// <summary>The three notes, encrypted together: what someone said in an interview is free text about them.</summary>
internal sealed record NoteTexts(string Structure, string Curriculum, string Suggestions)
{
    public const string Purpose = "Surveys.InterviewNotes";
}

internal sealed class RecordInterviewNoteValidator : AbstractValidator<RecordInterviewNote>
{
    public RecordInterviewNoteValidator()
    {
        RuleFor(r => r.SessionId).NotEmpty().WithMessage(_ => SurveysMessages.SessionRequired);
        RuleFor(r => r.WrittenBy).NotEmpty().WithMessage(_ => SurveysMessages.WriterRequired);
        RuleFor(r => r.Structure).MaximumLength(InterviewNote.MaxFieldLength).WithMessage(_ => SurveysMessages.NoteTooLong);
        RuleFor(r => r.Curriculum).MaximumLength(InterviewNote.MaxFieldLength).WithMessage(_ => SurveysMessages.NoteTooLong);
        RuleFor(r => r.Suggestions).MaximumLength(InterviewNote.MaxFieldLength).WithMessage(_ => SurveysMessages.NoteTooLong);
        RuleFor(r => r)
            .Must(r => !string.IsNullOrWhiteSpace(r.Structure) || !string.IsNullOrWhiteSpace(r.Curriculum) || !string.IsNullOrWhiteSpace(r.Suggestions))
            .WithMessage(_ => SurveysMessages.NoteRequired)
            .OverridePropertyName(nameof(RecordInterviewNote.Structure));
    }
}

internal sealed class RecordInterviewNoteHandler(SurveysDbContext db, IMediator mediator, SensitiveData sensitive, TimeProvider clock)
    : IRequestHandler<RecordInterviewNote, Guid>
{
    public async Task<Guid> Handle(RecordInterviewNote request, CancellationToken cancellationToken)
    {
        // Throws NotFound for an unknown session.
        await mediator.Send(new GetSession(request.SessionId), cancellationToken);
        if (request.ParticipantId is { } participantId
            && !(await mediator.Send(new GetRoster(request.SessionId), cancellationToken)).Any(p => p.Id == participantId))
        {
            throw ValidationFailedException.For(nameof(RecordInterviewNote.ParticipantId), SurveysMessages.NotOnRoster);
        }

        var now = clock.GetUtcNow();
        var note = new InterviewNote
        {
            Id = Guid.CreateVersion7(now),
            SessionId = request.SessionId,
            ParticipantId = request.ParticipantId,
            ProtectedNotes = sensitive.For(NoteTexts.Purpose).Protect(new NoteTexts(
                (request.Structure ?? "").Trim(), (request.Curriculum ?? "").Trim(), (request.Suggestions ?? "").Trim())),
            WrittenBy = request.WrittenBy,
            WrittenAt = now,
        };
        db.InterviewNotes.Add(note);
        return note.Id;
    }
}

internal sealed class GetInterviewNotesHandler(SurveysDbContext db, IMediator mediator, SensitiveData sensitive)
    : IRequestHandler<GetInterviewNotes, IReadOnlyList<InterviewNoteDto>>
{
    public async Task<IReadOnlyList<InterviewNoteDto>> Handle(GetInterviewNotes request, CancellationToken cancellationToken)
    {
        var notes = await db.InterviewNotes.AsNoTracking()
            .Where(n => n.SessionId == request.SessionId)
            .OrderByDescending(n => n.WrittenAt)
            .ToListAsync(cancellationToken);
        if (notes.Count == 0)
        {
            return [];
        }

        var roster = (await mediator.Send(new GetRoster(request.SessionId), cancellationToken)).ToDictionary(p => p.Id);
        var writers = await mediator.Send(new GetTeamMemberNames([.. notes.Select(n => n.WrittenBy).Distinct()]), cancellationToken);
        var protector = sensitive.For(NoteTexts.Purpose);
        return [.. notes.Select(n =>
        {
            var texts = protector.Unprotect<NoteTexts>(n.ProtectedNotes);
            var person = n.ParticipantId is { } id ? roster.GetValueOrDefault(id) : null;
            return new InterviewNoteDto(
                n.Id, n.SessionId, n.ParticipantId, person is null ? null : $"{person.FirstName} {person.LastName}",
                texts.Structure, texts.Curriculum, texts.Suggestions, n.WrittenBy, writers.GetValueOrDefault(n.WrittenBy), n.WrittenAt);
        })];
    }
}
