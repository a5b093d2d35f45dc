using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.DemoData;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.DemoData;

/// <summary>
/// The end of the story for the demo sessions: two staff withdrawals in the latest session that started (one who found
/// a job, so Placements has a lead), then the completion decision of every session that ended, with certificates, and
/// two staff overrides with their reasons. Runs after the Attendance demo data (Order 40), through the same commands
/// staff and the job use. Each part is skipped when it already exists, so a second start adds nothing.
/// </summary>
internal sealed class CompletionDemoData(
    SessionsDbContext db, IMediator mediator, OutboxDrain outboxes, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 50;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // Participants are enrolled by an event handler the outbox runs after start-up: let it run first.
        await outboxes.DrainAsync(cancellationToken);
        // Withdrawals and overrides are staff decisions: without a staff account there are none, but sessions still end.
        var staff = await StaffMemberAsync(cancellationToken);
        if (staff is { } withdrawnBy)
        {
            await WithdrawTwoAsync(withdrawnBy, cancellationToken);
        }

        await mediator.Send(new DecideDueCompletions(), cancellationToken);
        if (staff is { } decidedBy)
        {
            await OverrideTwoAsync(decidedBy, cancellationToken);
        }
    }

    private async Task WithdrawTwoAsync(Guid staff, CancellationToken cancellationToken)
    {
        if (await db.Participants.AnyAsync(p => p.WithdrawnBy != null, cancellationToken))
        {
            return;
        }

        var today = ProgrammeTime.Today(clock);
        var latest = await db.Sessions.AsNoTracking()
            .Where(s => s.StartDate < today && s.CompletionDecidedAt == null)
            .OrderByDescending(s => s.StartDate)
            .Select(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var leaving = await db.Participants.AsNoTracking()
            .Where(p => p.SessionId == latest && p.Status == ParticipantStatus.Enrolled)
            // From the end of the alphabet: the attendance demo makes the second and fourth names its at-risk people.
            .OrderByDescending(p => p.LastName).ThenByDescending(p => p.FirstName).ThenByDescending(p => p.Email)
            .Take(2)
            .ToListAsync(cancellationToken);
        if (leaving.Count < 2)
        {
            return;
        }

        await mediator.Send(new WithdrawParticipant(
            leaving[0].Id, WithdrawalReason.FoundJob, "Embauchée comme développeuse front-end junior dans une agence web.", staff), cancellationToken);
        await mediator.Send(new WithdrawParticipant(
            leaving[1].Id, WithdrawalReason.Family, "Doit garder ses enfants le soir jusqu'à la rentrée.", staff), cancellationToken);
    }

    private async Task OverrideTwoAsync(Guid staff, CancellationToken cancellationToken)
    {
        if (await db.CompletionOverrides.AnyAsync(cancellationToken))
        {
            return;
        }

        // Near misses make the believable overrides: someone just under the threshold with the capstone done, and a
        // completer whose capstone turned out not to be their own work.
        var nearMiss = await db.Completions.AsNoTracking()
            .Where(c => c.Outcome == CompletionOutcome.NotCompleted && c.CapstoneDone && c.AttendanceRate >= 0.6m)
            .OrderByDescending(c => c.AttendanceRate).ThenBy(c => c.ParticipantId)
            .FirstOrDefaultAsync(cancellationToken);
        if (nearMiss is not null)
        {
            await mediator.Send(new OverrideCompletion(
                nearMiss.ParticipantId, CompletionOutcome.Completed,
                "Absences justifiées (hospitalisation) ; travaux rattrapés avec l'équipe d'encadrement.", staff), cancellationToken);
        }

        var revoked = await db.Completions.AsNoTracking()
            .Where(c => c.Outcome == CompletionOutcome.Completed && c.OverriddenAt == null)
            .OrderBy(c => c.DecidedAt).ThenBy(c => c.ParticipantId)
            .FirstOrDefaultAsync(cancellationToken);
        if (revoked is not null)
        {
            await mediator.Send(new OverrideCompletion(
                revoked.ParticipantId, CompletionOutcome.NotCompleted,
                "Projet final repris d'un dépôt public sans attribution ; à refaire lors d'une prochaine cohorte.", staff), cancellationToken);
        }
    }

    private async Task<Guid?> StaffMemberAsync(CancellationToken cancellationToken)
    {
        foreach (var role in new[] { "Staff", "Admin" })
        {
            var members = await mediator.Send(new GetTeamMembers(role), cancellationToken);
            if (members.Count > 0)
            {
                return members.OrderBy(m => m.Email, StringComparer.Ordinal).First().Id;
            }
        }

        return null;
    }
}
