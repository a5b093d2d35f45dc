using Bootcamp.Applications.Contracts;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Persistence;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Placements.FollowUps;

/// <summary>Every completer is copied and gets their waves. The inbox makes a redelivery a no-op; the unique participant
/// index makes a second event for the same person (an override back to completed) add nothing.</summary>
internal sealed class StartFollowUpsOnSessionCompleted(
    PlacementsDbContext db, TimeProvider clock, IOptions<FollowUpOptions> options, IMediator mediator)
    : IntegrationEventHandler<SessionCompleted, PlacementsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(SessionCompleted completed, CancellationToken cancellationToken)
    {
        var authorisations = await mediator.Send(
            new GetWorkAuthorisations([.. completed.Completers.Select(c => c.ApplicationId)]), cancellationToken);
        foreach (var completer in completed.Completers)
        {
            await FollowUpPeople.StartAsync(
                Db, options.Value, completer, authorisations.GetValueOrDefault(completer.ApplicationId), completed.SessionId,
                completed.EndDate, Clock.GetUtcNow(), cancellationToken);
        }
    }
}

/// <summary>An override after the decision: a new completer is followed up, someone who no longer completed is not.</summary>
internal sealed class FollowCompletionChanges(
    PlacementsDbContext db, TimeProvider clock, IOptions<FollowUpOptions> options, IMediator mediator)
    : IntegrationEventHandler<CompletionChanged, PlacementsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(CompletionChanged changed, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        if (changed.Outcome == CompletionOutcome.Completed)
        {
            var authorisations = await mediator.Send(new GetWorkAuthorisations([changed.Participant.ApplicationId]), cancellationToken);
            await FollowUpPeople.StartAsync(
                Db, options.Value, changed.Participant, authorisations.GetValueOrDefault(changed.Participant.ApplicationId),
                changed.SessionId, changed.EndDate, now, cancellationToken);
            return;
        }

        var person = await Db.FollowUpPeople.FirstOrDefaultAsync(p => p.ParticipantId == changed.Participant.ParticipantId, cancellationToken);
        if (person is null)
        {
            return;
        }

        person.RemovedAt = now;
        await FollowUpPeople.CancelPendingAsync(Db, person.Id, now, cancellationToken);
    }
}

internal static class FollowUpPeople
{
    public static async Task StartAsync(
        PlacementsDbContext db, FollowUpOptions options, Completer completer, bool? authorisedToWork, Guid sessionId, DateOnly endDate,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.FollowUpPeople.FirstOrDefaultAsync(p => p.ParticipantId == completer.ParticipantId, cancellationToken);
        if (existing is not null)
        {
            if (existing.RemovedAt is not null)
            {
                // Completed again after an override took it away: waves not yet sent go out again.
                existing.RemovedAt = null;
                var cancelled = await db.FollowUpWaves
                    .Where(w => w.PersonId == existing.Id && w.Status == FollowUpWaveStatus.Cancelled && w.SentAt == null)
                    .ToListAsync(cancellationToken);
                cancelled.ForEach(w => w.Status = FollowUpWaveStatus.Pending);
            }

            return;
        }

        var person = new FollowUpPerson
        {
            Id = Guid.CreateVersion7(),
            ParticipantId = completer.ParticipantId,
            ApplicationId = completer.ApplicationId,
            SessionId = sessionId,
            FirstName = completer.FirstName,
            LastName = completer.LastName,
            Email = completer.Email,
            PreferredLanguage = completer.PreferredLanguage,
            SessionEndDate = endDate,
            AuthorisedToWork = authorisedToWork,
            CreatedAt = now,
        };
        db.FollowUpPeople.Add(person);
        foreach (var wave in WavePlan.For(endDate, options.EffectiveOffsets(), options.LastWaveOpenDays))
        {
            db.FollowUpWaves.Add(new FollowUpWave
            {
                Id = Guid.CreateVersion7(),
                PersonId = person.Id,
                Number = wave.Number,
                OffsetMonths = wave.OffsetMonths,
                DueOn = wave.DueOn,
                ClosesOn = wave.ClosesOn,
                Status = FollowUpWaveStatus.Pending,
            });
        }
    }

    public static async Task CancelPendingAsync(PlacementsDbContext db, Guid personId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = await db.FollowUpWaves
            .Where(w => w.PersonId == personId && w.Status == FollowUpWaveStatus.Pending)
            .ToListAsync(cancellationToken);
        foreach (var wave in pending)
        {
            wave.Status = FollowUpWaveStatus.Cancelled;
            wave.ClosedAt = now;
        }
    }
}
