using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Resources;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Curriculum;

internal sealed class MarkProgressValidator : AbstractValidator<MarkProgress>
{
    public MarkProgressValidator()
    {
        RuleFor(c => c.Status).IsInEnum().WithMessage(_ => AttendanceMessages.StatusInvalid);
        RuleFor(c => c.Comment).MaximumLength(MilestoneProgress.MaxCommentLength).WithMessage(_ => AttendanceMessages.CommentTooLong);
    }
}

/// <summary>Last write wins: progress is one instructor's judgement per cell, not a sheet two people fill at once.
/// The upsert keeps a double click or two instructors marking the same cell from failing on the unique key.</summary>
internal sealed class MarkProgressHandler(AttendanceDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<MarkProgress, Guid>
{
    public async Task<Guid> Handle(MarkProgress request, CancellationToken cancellationToken)
    {
        var milestone = await db.Milestones.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MilestoneId, cancellationToken)
            ?? throw new NotFoundException(AttendanceMessages.MilestoneNotFound);
        var session = await mediator.Send(new GetSession(request.SessionId), cancellationToken);
        if (milestone.TrackId != session.Track.Id)
        {
            throw Invalid(nameof(MarkProgress.MilestoneId), AttendanceMessages.MilestoneOtherTrack);
        }

        if (milestone.IsArchived)
        {
            throw Invalid(nameof(MarkProgress.MilestoneId), AttendanceMessages.MilestoneArchived);
        }

        var roster = await mediator.Send(new GetRoster(request.SessionId), cancellationToken);
        if (roster.All(p => p.Id != request.ParticipantId))
        {
            throw Invalid(nameof(MarkProgress.ParticipantId), AttendanceMessages.NotOnRoster);
        }

        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO attendance.milestone_progress (id, session_id, participant_id, milestone_id, status, comment, updated_by, updated_at)
             VALUES ({Guid.CreateVersion7(now)}, {request.SessionId}, {request.ParticipantId}, {request.MilestoneId}, {request.Status.ToString()},
                     {comment}, {request.MarkedBy}, {now})
             ON CONFLICT (participant_id, milestone_id) DO UPDATE
             SET status = excluded.status, comment = excluded.comment, updated_by = excluded.updated_by, updated_at = excluded.updated_at
             """,
            cancellationToken);
        return await db.MilestoneProgress.AsNoTracking()
            .Where(p => p.ParticipantId == request.ParticipantId && p.MilestoneId == request.MilestoneId)
            .Select(p => p.Id)
            .SingleAsync(cancellationToken);
    }

    private static ValidationFailedException Invalid(string property, string message) => ValidationFailedException.For(property, message);
}
