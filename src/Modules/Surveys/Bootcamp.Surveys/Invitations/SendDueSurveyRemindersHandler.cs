using Bootcamp.Surveys.Contracts;
using Bootcamp.Shared.Jobs;
using Bootcamp.Surveys.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Surveys.Invitations;

/// <summary>
/// One reminder per link mailed, Surveys:ReminderAfterDays after it, for invitations neither submitted nor closed, to
/// people still enrolled. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> and <see cref="Invitation.RemindedAt"/> is
/// set in the same transaction as the queued mail (whose key also names the invitation and link), so two Hosts running
/// the job at once, or a second run, remind nobody twice. Expired invitations need no write: their status is computed
/// from the closing date, and a closed link is refused.
/// </summary>
internal sealed class SendDueSurveyRemindersHandler(
    SurveysDbContext db, InvitationSender sender, TimeProvider clock, IOptions<SurveysOptions> options)
    : IRequestHandler<SendDueSurveyReminders, int>
{
    private const int BatchSize = 200;

    public async Task<int> Handle(SendDueSurveyReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sentBefore = now.AddDays(-options.Value.ReminderAfterDays);
        var due = await db.Invitations.FromSql($"""
                SELECT i.* FROM surveys.invitations i
                JOIN surveys.participants p ON p.id = i.participant_id
                WHERE i.answered_at IS NULL AND i.reminded_at IS NULL AND i.sent_at <= {sentBefore} AND i.expires_at > {now}
                  AND p.withdrawn_on IS NULL
                ORDER BY i.sent_at
                LIMIT {BatchSize}
                FOR UPDATE OF i SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var participantIds = due.Select(i => i.ParticipantId).Distinct().ToList();
        var participants = await db.Participants.Where(p => participantIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var invitation in due)
        {
            await sender.RemindAsync(invitation, participants[invitation.ParticipantId], cancellationToken);
        }

        return due.Count;
    }
}

/// <summary>Hourly (Surveys:ReminderCheckInterval): a Host that was down catches up when it comes back. One batch, so short
/// and run on one server at a time; the claims above keep it correct if two runs ever meet.</summary>
internal sealed class SurveyRemindersJob(IMediator mediator) : IBootcampJob
{
    public const string Name = "surveys.reminders";

    public async Task RunAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new SendDueSurveyReminders(), cancellationToken);
}
