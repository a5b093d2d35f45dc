using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Selecting;

namespace Bootcamp.UnitTests.Applications;

public sealed class SelectionRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<ApplicantCategory, int> NoneHeld = [];

    [Fact]
    public void The_issue_example_admits_18_newcomers_and_7_residents_and_waitlists_the_rest()
    {
        var candidates = Make(newcomers: 40, residents: 15, seed: 1);
        var result = SelectionRules.Select(SeatPlan.For(25, 70), NoneHeld, candidates, RankingRule.ScoreThenSubmission, null, applicationWindowClosed: false);

        Assert.Equal(18, result.Admitted(ApplicantCategory.Newcomer));
        Assert.Equal(7, result.Admitted(ApplicantCategory.EstablishedResident));
        Assert.Equal(30, result.Decisions.Count(d => d.Verdict == SelectionVerdict.Waitlisted));
    }

    [Fact]
    public void Ranking_is_by_score_then_earlier_submission()
    {
        var a = new Candidate(Guid.NewGuid(), ApplicantCategory.Newcomer, 8, Start.AddMinutes(5));
        var b = new Candidate(Guid.NewGuid(), ApplicantCategory.Newcomer, 9, Start.AddMinutes(9));
        var c = new Candidate(Guid.NewGuid(), ApplicantCategory.Newcomer, 8, Start.AddMinutes(1));
        var result = SelectionRules.Select(SeatPlan.For(2, 100), NoneHeld, [a, b, c], RankingRule.ScoreThenSubmission, null, false);

        Assert.Equal([b.ApplicationId, c.ApplicationId, a.ApplicationId], result.Decisions.OrderBy(d => d.RankInCategory).Select(d => d.ApplicationId));
        Assert.Equal(SelectionVerdict.Waitlisted, result.Decisions.Single(d => d.ApplicationId == a.ApplicationId).Verdict);
    }

    [Fact]
    public void Unfilled_seats_pass_to_the_other_category_only_after_the_window_closes()
    {
        var candidates = Make(newcomers: 30, residents: 2, seed: 2); // 7 resident seats, only 2 resident applicants
        var open = SelectionRules.Select(SeatPlan.For(25, 70), NoneHeld, candidates, RankingRule.ScoreThenSubmission, null, false);
        var closed = SelectionRules.Select(SeatPlan.For(25, 70), NoneHeld, candidates, RankingRule.ScoreThenSubmission, null, true);

        Assert.Equal(20, open.AdmittedTotal);
        Assert.Equal(25, closed.AdmittedTotal);
        Assert.Equal(5, closed.Decisions.Count(d => d.SpillOver));
        Assert.All(closed.Decisions.Where(d => d.SpillOver), d => Assert.Equal(ApplicantCategory.Newcomer, d.Category));
    }

    [Fact]
    public void The_seeded_lottery_is_reproducible_and_depends_on_its_seed()
    {
        var candidates = Make(newcomers: 30, residents: 10, seed: 3);
        var first = SelectionRules.Select(SeatPlan.For(20, 70), NoneHeld, candidates, RankingRule.SeededLottery, "2027-hiver", false);
        var again = SelectionRules.Select(SeatPlan.For(20, 70), NoneHeld, Enumerable.Reverse(candidates).ToList(), RankingRule.SeededLottery, "2027-hiver", false);
        var other = SelectionRules.Select(SeatPlan.For(20, 70), NoneHeld, candidates, RankingRule.SeededLottery, "another seed", false);

        Assert.Equal(Admitted(first), Admitted(again));
        Assert.NotEqual(Admitted(first), Admitted(other));
    }

    [Fact]
    public void Seats_already_held_are_not_given_twice()
    {
        var held = new Dictionary<ApplicantCategory, int> { [ApplicantCategory.Newcomer] = 15, [ApplicantCategory.EstablishedResident] = 7 };
        var result = SelectionRules.Select(SeatPlan.For(25, 70), held, Make(20, 5, 4), RankingRule.ScoreThenSubmission, null, false);
        Assert.Equal(3, result.Admitted(ApplicantCategory.Newcomer));
        Assert.Equal(0, result.Admitted(ApplicantCategory.EstablishedResident));
    }

    public static TheoryData<int, int, int, int, bool, int> Mixes()
    {
        var data = new TheoryData<int, int, int, int, bool, int>();
        var random = new Random(20261122);
        for (var i = 0; i < 300; i++)
        {
            data.Add(random.Next(1, 41), 50 + (5 * random.Next(0, 7)), random.Next(0, 60), random.Next(0, 30), random.Next(2) == 0, random.Next());
        }

        return data;
    }

    /// <summary>The selection invariants, over many applicant mixes.</summary>
    [Theory]
    [MemberData(nameof(Mixes))]
    public void Invariants_hold_for_any_mix(int capacity, int share, int newcomers, int residents, bool windowClosed, int seed)
    {
        var plan = SeatPlan.For(capacity, share);
        var candidates = Make(newcomers, residents, seed);
        var result = SelectionRules.Select(plan, NoneHeld, candidates, RankingRule.ScoreThenSubmission, null, windowClosed);

        // Never more admitted than capacity; never more than a category's seats unless spill-over applies.
        Assert.True(result.AdmittedTotal <= capacity);
        foreach (var category in Enum.GetValues<ApplicantCategory>())
        {
            var own = result.Decisions.Count(d => d.Category == category && d.Verdict == SelectionVerdict.Admitted && !d.SpillOver);
            Assert.True(own <= plan.SeatsFor(category));
            if (!windowClosed)
            {
                Assert.Equal(own, result.Admitted(category));
            }

            // Never a waitlisted person ranked above an admitted one of the same category.
            var lowestAdmitted = result.Decisions.Where(d => d.Category == category && d.Verdict == SelectionVerdict.Admitted)
                .Select(d => d.RankInCategory).DefaultIfEmpty(0).Max();
            var bestWaitlisted = result.Decisions.Where(d => d.Category == category && d.Verdict == SelectionVerdict.Waitlisted)
                .Select(d => d.RankInCategory).DefaultIfEmpty(int.MaxValue).Min();
            Assert.True(lowestAdmitted < bestWaitlisted);
        }

        // Every candidate gets exactly one decision, and no seat stays empty while someone eligible waits
        // (within the category before the window closes, anywhere after).
        Assert.Equal(candidates.Count, result.Decisions.Select(d => d.ApplicationId).Distinct().Count());
        var expectedAdmitted = windowClosed
            ? Math.Min(capacity, newcomers + residents)
            : Math.Min(plan.NewcomerSeats, newcomers) + Math.Min(plan.ResidentSeats, residents);
        Assert.Equal(expectedAdmitted, result.AdmittedTotal);
    }

    private static List<Candidate> Make(int newcomers, int residents, int seed)
    {
        var random = new Random(seed);
        return
        [
            .. Enumerable.Range(0, newcomers).Select(i => new Candidate(Guid.NewGuid(), ApplicantCategory.Newcomer, random.Next(0, 11), Start.AddMinutes(random.Next(0, 10_000)))),
            .. Enumerable.Range(0, residents).Select(i => new Candidate(Guid.NewGuid(), ApplicantCategory.EstablishedResident, random.Next(0, 11), Start.AddMinutes(random.Next(0, 10_000)))),
        ];
    }

    private static Guid[] Admitted(SelectionResult result) =>
        [.. result.Decisions.Where(d => d.Verdict == SelectionVerdict.Admitted).Select(d => d.ApplicationId).Order()];
}
