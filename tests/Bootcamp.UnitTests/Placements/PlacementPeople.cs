using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Figures;
using Bootcamp.Placements.FollowUps;
using Bootcamp.Placements.Recording;

namespace Bootcamp.UnitTests.Placements;

/// <summary>Followed-up people as <see cref="PlacementFacts"/> loads them, for <see cref="PlacementFigures"/> without a
/// database: one session ending on <see cref="End"/>, one follow-up wave at one month.</summary>
internal static class PlacementPeople
{
    public static readonly DateOnly End = new(2027, 2, 17);

    public static DateOnly StartIn(TimeToJobBucket bucket) => bucket switch
    {
        TimeToJobBucket.WithinOneMonth => End.AddDays(10),
        TimeToJobBucket.OneToTwoMonths => End.AddMonths(1).AddDays(10),
        TimeToJobBucket.TwoToThreeMonths => End.AddMonths(2).AddDays(10),
        _ => End.AddMonths(4),
    };

    /// <summary>Someone with a job in <paramref name="bucket"/>; <paramref name="later"/> jobs come after it.</summary>
    public static PersonFacts Placed(TimeToJobBucket bucket, bool inField = true, bool answered = true, params (DateOnly Start, bool InField)[] later) =>
        Person(true, answered ? OutcomeCode.FullTimeEmployee : null, [(StartIn(bucket), inField), .. later]);

    /// <summary>Someone who answered they are not working.</summary>
    public static PersonFacts Answered(OutcomeCode outcome) => Person(true, outcome, []);

    /// <summary>Someone who never answered: non-reporting.</summary>
    public static PersonFacts Silent() => Person(true, null, []);

    /// <summary>Someone not authorised to work in Canada, whose wave was never sent.</summary>
    public static PersonFacts NotAuthorised() => Person(false, null, [], sent: false);

    public static List<PersonFacts> Times(int count, Func<PersonFacts> person) => [.. Enumerable.Range(0, count).Select(_ => person())];

    private static PersonFacts Person(bool? authorised, OutcomeCode? answer, IReadOnlyList<(DateOnly Start, bool InField)> jobs, bool sent = true)
    {
        var id = Guid.NewGuid();
        var person = new FollowUpPerson
        {
            Id = id, ParticipantId = Guid.NewGuid(), ApplicationId = Guid.NewGuid(), SessionId = Guid.Empty, FirstName = "P", LastName = "Q",
            Email = "p@example.org", PreferredLanguage = "fr-CA", SessionEndDate = End, AuthorisedToWork = authorised,
        };
        var sentAt = new DateTimeOffset(End.AddMonths(1).ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero);
        var wave = new FollowUpWave
        {
            Id = Guid.NewGuid(), PersonId = id, Number = 1, OffsetMonths = 1, DueOn = End.AddMonths(1), ClosesOn = End.AddMonths(2),
            Status = !sent ? FollowUpWaveStatus.Pending : answer is null ? FollowUpWaveStatus.Sent : FollowUpWaveStatus.Answered,
            SentAt = sent ? sentAt : null, AnsweredAt = answer is null ? null : sentAt.AddDays(2), AnsweredOutcome = answer,
        };
        var placements = jobs
            .Select(j => new Placement
            {
                Id = Guid.NewGuid(), PersonId = id, Outcome = OutcomeCode.FullTimeEmployee, StartDate = j.Start,
                InTechField = j.InField, Source = PlacementSource.Director, RecordedAt = sentAt,
            })
            .OrderByDescending(p => p.StartDate)
            .ToList();
        return new PersonFacts(person, [wave], placements);
    }
}
