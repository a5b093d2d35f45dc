using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.FollowUps;
using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Recording;
using Bootcamp.Shared;
using Bootcamp.Shared.DemoData;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Placements.DemoData;

/// <summary>
/// The follow-up history of the demo's decided sessions, as if the dispatch job had run all along: waves sent on their due
/// dates, answers a few days later, reminders, non-reporting waves, and placements in roughly the seed programme's
/// proportions (about 80 % placed; of the placed about 55 % within a month, 40 % in one to two, 5 % in two to three).
/// Follow-up people are created by the <c>SessionCompleted</c> handler, so the outboxes are drained first (Order 60, after
/// the completion demo at 50). History is written straight into the tables, with a dispatch claim per sent wave and no mail:
/// the past is not e-mailed. Only waves still Pending and already due are touched, so a second start adds nothing, and
/// everything follows from each person's rank, so two databases seeded alike look alike.
/// </summary>
internal sealed class PlacementsDemoData(PlacementsDbContext db, OutboxDrain outboxes, TimeProvider clock) : IDemoDataSeeder
{
    private static readonly string[] Employers =
        ["Desjardins", "Ubisoft Montréal", "Lightspeed", "Hopper", "Coveo", "Ville de Montréal", "Moment Factory", "Dialogue", "Mila", "Shopify"];

    private static readonly string[] Titles =
        ["Développeur·se web junior", "Analyste QA", "Technicien·ne de soutien informatique", "Développeur·se front-end", "Stagiaire en développement"];

    public int Order => 60;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await outboxes.DrainAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = ProgrammeTime.Today(clock);
        var people = await db.FollowUpPeople
            .OrderBy(p => p.SessionEndDate).ThenBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Email)
            .ToListAsync(cancellationToken);
        var dueWaves = (await db.FollowUpWaves.Where(w => w.Status == FollowUpWaveStatus.Pending && w.DueOn <= today).ToListAsync(cancellationToken))
            .ToLookup(w => w.PersonId);
        for (var rank = 0; rank < people.Count; rank++)
        {
            var person = people[rank];
            var waves = dueWaves[person.Id].OrderBy(w => w.Number).ToList();
            if (waves.Count == 0)
            {
                continue;
            }

            // Someone who said on their application that they may not work here does not find a job in the demo's story
            // (the product would take that job as proof of a permit, and the figures would move).
            var plan = person.AuthorisedToWork == false ? NotAuthorised : Plan(rank % 25);
            person.AuthorisedToWork ??= plan.Authorised;
            foreach (var wave in waves)
            {
                SeedWave(person, wave, plan, rank, now, today);
            }
        }

        await RecordLeadPlacementsAsync(now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The director has called the people who left for a job and recorded it (a lead already placed is left alone).</summary>
    private async Task RecordLeadPlacementsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var leads = await db.PlacementLeads
            .Where(l => !db.Placements.Any(p => p.LeadId == l.Id))
            .OrderBy(l => l.ReportedOn).ThenBy(l => l.Email)
            .ToListAsync(cancellationToken);
        for (var rank = 0; rank < leads.Count; rank++)
        {
            var lead = leads[rank];
            var placement = new Placement
            {
                Id = Guid.CreateVersion7(),
                LeadId = lead.Id,
                Source = PlacementSource.Director,
                RecordedAt = now,
                VerifiedAt = now,
            };
            placement.Apply(new PlacementDetails(
                OutcomeCode.FullTimeEmployee, Employers[(rank + 3) % Employers.Length], Titles[rank % Titles.Length],
                lead.ReportedOn.AddDays(7), InTechField: true, EmploymentType.FullTime, null));
            db.Placements.Add(placement);
        }
    }

    /// <summary>What person of rank r (mod 25) does: at which wave they report a job and in which bucket, or what else.</summary>
    private static PersonPlan Plan(int r) => r switch
    {
        < 11 => new(JobWave: 1, Bucket: TimeToJobBucket.WithinOneMonth, AnswersWave: [1, 3], Authorised: true),
        < 19 => new(2, TimeToJobBucket.OneToTwoMonths, [1, 2], true),
        19 => new(3, TimeToJobBucket.TwoToThreeMonths, [2, 3], true),
        20 or 21 => new(null, null, [1, 2, 3], true),
        22 => new(null, null, [], null),
        23 => new(null, null, [1], true),
        _ => NotAuthorised,
    };

    private static readonly PersonPlan NotAuthorised = new(null, null, [1], false);

    private void SeedWave(FollowUpPerson person, FollowUpWave wave, PersonPlan plan, int rank, DateTimeOffset now, DateOnly today)
    {
        var sentAt = MorningOf(wave.DueOn);
        var answeredAt = sentAt.AddDays(1 + (rank % 6));
        wave.Status = FollowUpWaveStatus.Sent;
        wave.SentAt = sentAt;
        db.FollowUpDispatches.Add(new FollowUpDispatch { WaveId = wave.Id, Kind = DispatchKind.Invitation, ClaimedAt = sentAt });

        var answers = plan.AnswersWave.Contains(wave.Number) && answeredAt <= now;
        if (!answers && sentAt.AddDays(7) <= now)
        {
            // The reminder went out; some of those still open are the director's people to chase.
            wave.ReminderSentAt = sentAt.AddDays(7);
            db.FollowUpDispatches.Add(new FollowUpDispatch { WaveId = wave.Id, Kind = DispatchKind.Reminder, ClaimedAt = sentAt.AddDays(7) });
        }

        if (answers)
        {
            var employed = plan.JobWave is { } jobWave && wave.Number >= jobWave;
            wave.Status = FollowUpWaveStatus.Answered;
            wave.AnsweredAt = answeredAt;
            wave.AnsweredEmployed = employed;
            wave.AnsweredOutcome = employed ? Outcome(rank) : plan.Authorised == false ? OutcomeCode.NotSeeking : OutcomeCode.StillSeeking;
            wave.AnsweredStillSeeking = !employed && plan.Authorised != false;
            if (employed && wave.Number == plan.JobWave)
            {
                db.Placements.Add(NewPlacement(person, wave, plan.Bucket!.Value, rank, answeredAt));
                person.HoldsAJob();
            }
        }
        else if (wave.ClosesOn <= today)
        {
            wave.Status = FollowUpWaveStatus.NonReporting;
            wave.ClosedAt = MorningOf(wave.ClosesOn);
        }
    }

    private static Placement NewPlacement(FollowUpPerson person, FollowUpWave wave, TimeToJobBucket bucket, int rank, DateTimeOffset answeredAt)
    {
        var end = person.SessionEndDate;
        var start = bucket switch
        {
            TimeToJobBucket.WithinOneMonth => end.AddDays(3 + (rank % 11) * 2),
            TimeToJobBucket.OneToTwoMonths => end.AddMonths(1).AddDays(2 + (rank % 8) * 3),
            _ => end.AddMonths(2).AddDays(10),
        };
        var placement = AnswerFollowUpPlacement(person.Id, wave.Id, new PlacementDetails(
            Outcome(rank), Employers[rank % Employers.Length], Titles[rank % Titles.Length], start, InTechField: Outcome(rank) != OutcomeCode.OutOfField && rank % 6 != 0,
            rank % 7 == 0 ? EmploymentType.PartTime : EmploymentType.FullTime, rank % 3 == 0 ? null : (SalaryBand)(1 + (rank % 3))), answeredAt);
        if (rank % 3 == 0)
        {
            // The director has called about a third of them back.
            placement.VerifiedAt = answeredAt.AddDays(5);
        }

        return placement;
    }

    private static Placement AnswerFollowUpPlacement(Guid personId, Guid waveId, PlacementDetails details, DateTimeOffset at) =>
        Answering.AnswerFollowUpHandler.NewSelfReported(personId, waveId, details, at);

    private static OutcomeCode Outcome(int rank) => (rank % 10) switch
    {
        0 => OutcomeCode.InternshipApprenticeshipOrContract,
        4 => OutcomeCode.PartTimeOrFreelance,
        7 => OutcomeCode.StartedBusiness,
        9 => OutcomeCode.OutOfField,
        _ => OutcomeCode.FullTimeEmployee,
    };

    private static DateTimeOffset MorningOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), ProgrammeTime.Zone.GetUtcOffset(day.ToDateTime(new TimeOnly(10, 0)))).ToUniversalTime();

    private sealed record PersonPlan(int? JobWave, TimeToJobBucket? Bucket, int[] AnswersWave, bool? Authorised);
}
