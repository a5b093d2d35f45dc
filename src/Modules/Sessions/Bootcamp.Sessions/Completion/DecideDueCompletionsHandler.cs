using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Certificates;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Enrolment;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Sessions.Completion;

/// <summary>
/// Decides every session that ended before today (Montréal) and is not decided yet: one outcome per enrolled
/// participant from the attendance summary as of the end date, a certificate for each completer, and one
/// <see cref="SessionCompleted"/>. Sessions are claimed with <c>FOR UPDATE SKIP LOCKED</c> inside the command's
/// transaction, so two Hosts running the job at once never decide the same session twice: the second one skips what
/// the first holds, and once the first commits the session is no longer due.
/// </summary>
internal sealed class DecideDueCompletionsHandler(
    SessionsDbContext db, IMediator mediator, TimeProvider clock, IOptions<CompletionOptions> options)
    : IRequestHandler<DecideDueCompletions, int>
{
    public async Task<int> Handle(DecideDueCompletions request, CancellationToken cancellationToken)
    {
        var today = ProgrammeTime.Today(clock);
        var dueIds = await db.Database.SqlQuery<Guid>($"""
            SELECT id AS "Value" FROM sessions.sessions
            WHERE end_date < {today} AND completion_decided_at IS NULL
            ORDER BY end_date
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (dueIds.Count == 0)
        {
            return 0;
        }

        var sessions = await db.Sessions.Where(s => dueIds.Contains(s.Id)).OrderBy(s => s.EndDate).ToListAsync(cancellationToken);
        foreach (var session in sessions)
        {
            await DecideAsync(session, cancellationToken);
        }

        return sessions.Count;
    }

    private async Task DecideAsync(Session session, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var summary = await mediator.Send(new GetAttendanceSummary(session.Id, session.EndDate), cancellationToken);
        var attendance = summary.Participants.ToDictionary(p => p.ParticipantId);
        var enrolled = await db.Participants
            .Where(p => p.SessionId == session.Id && p.Status == ParticipantStatus.Enrolled)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .ToListAsync(cancellationToken);

        var completers = new List<Completer>();
        foreach (var participant in enrolled)
        {
            var record = attendance.GetValueOrDefault(participant.Id);
            var outcome = CompletionRule.Decide(record?.Rate, record?.CapstoneDone ?? false, options.Value.AttendanceThresholdPercent);
            db.Completions.Add(new ParticipantCompletion
            {
                ParticipantId = participant.Id,
                SessionId = session.Id,
                RuleOutcome = outcome,
                Outcome = outcome,
                AttendanceRate = record?.Rate,
                CapstoneDone = record?.CapstoneDone ?? false,
                DecidedAt = now,
            });
            if (outcome == CompletionOutcome.Completed)
            {
                db.Certificates.Add(NewCertificate(participant.Id, now));
                completers.Add(participant.ToCompleter());
            }
        }

        session.CompletionDecidedAt = now;
        db.Raise(new SessionCompleted(session.Id, session.TrackId, session.StartDate, session.EndDate, enrolled.Count, completers));
    }

    internal static Certificate NewCertificate(Guid participantId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), ParticipantId = participantId, Code = CertificateCode.New(), IssuedAt = now };
}

internal static class CompleterMapping
{
    public static Completer ToCompleter(this Participant p) =>
        new(p.Id, p.ApplicationId, p.FirstName, p.LastName, p.Email, p.PreferredLanguage);
}
