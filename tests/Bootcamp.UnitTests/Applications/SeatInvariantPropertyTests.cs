using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Selecting;

namespace Bootcamp.UnitTests.Applications;

/// <summary>
/// The seats held never exceed the capacity, whatever the order of selection runs, new applications, withdrawals,
/// releases and promotions; and before the window closes no category holds more than its share. The operations are
/// modelled as the module performs them: a run admits what <see cref="SelectionRules.Select"/> decides from the seats
/// held; a freed seat goes to the next person waiting in the same category (SeatOffers).
/// </summary>
public class SeatInvariantPropertyTests
{
    [Fact]
    public void A_second_run_after_spill_over_admits_no_one_when_the_session_is_full()
    {
        var plan = SeatPlan.For(40, 80);
        var candidates = Enumerable.Range(0, 40).Select(i => Candidate(ApplicantCategory.Newcomer, i))
            .Concat(Enumerable.Range(0, 3).Select(i => Candidate(ApplicantCategory.EstablishedResident, i))).ToList();

        var first = SelectionRules.Select(plan, Held(0, 0), candidates, RankingRule.ScoreThenSubmission, null, applicationWindowClosed: true);
        Assert.Equal(40, first.AdmittedTotal);
        var admitted = first.Decisions.Where(d => d.Verdict == SelectionVerdict.Admitted).Select(d => d.ApplicationId).ToHashSet();

        var second = SelectionRules.Select(plan, Held(first.Admitted(ApplicantCategory.Newcomer), first.Admitted(ApplicantCategory.EstablishedResident)),
            candidates.Where(c => !admitted.Contains(c.ApplicationId)).ToList(), RankingRule.ScoreThenSubmission, null, applicationWindowClosed: true);

        Assert.Equal(0, second.AdmittedTotal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2026)]
    [InlineData(90210)]
    public void Seats_held_never_exceed_capacity_over_any_sequence_of_operations(int seed)
    {
        var random = new Random(seed);
        for (var session = 0; session < 20; session++)
        {
            var plan = SeatPlan.For(random.Next(1, 45), random.Next(0, 101));
            var held = new List<Candidate>();
            var waiting = new List<Candidate>();
            var windowClosed = false;
            for (var step = 0; step < 250; step++)
            {
                switch (random.Next(6))
                {
                    case 0:
                        for (var n = random.Next(1, 8); n > 0; n--)
                        {
                            waiting.Add(Candidate(random.Next(3) == 0 ? ApplicantCategory.EstablishedResident : ApplicantCategory.Newcomer, random.Next(100)));
                        }

                        break;
                    case 1:
                    case 2:
                        var result = SelectionRules.Select(plan, Held(held), waiting, RankingRule.SeededLottery, "seed-" + step, windowClosed);
                        var admitted = result.Decisions.Where(d => d.Verdict == SelectionVerdict.Admitted).Select(d => d.ApplicationId).ToHashSet();
                        held.AddRange(waiting.Where(c => admitted.Contains(c.ApplicationId)));
                        waiting.RemoveAll(c => admitted.Contains(c.ApplicationId));
                        break;
                    case 3 when held.Count > 0:
                        // A withdrawal or an expired offer (a release): the seat goes to the next in the same category.
                        var leaving = held[random.Next(held.Count)];
                        held.Remove(leaving);
                        if (waiting.FirstOrDefault(c => c.Category == leaving.Category) is { } next)
                        {
                            waiting.Remove(next);
                            held.Add(next);
                        }

                        break;
                    case 4:
                        windowClosed = true;
                        break;
                    default:
                        if (waiting.Count > 0 && random.Next(2) == 0)
                        {
                            waiting.RemoveAt(random.Next(waiting.Count)); // a waiting person withdraws
                        }

                        break;
                }

                Assert.True(held.Count <= plan.Capacity, $"seed {seed}, session {session}, step {step}: {held.Count} seats held for {plan.Capacity}");
                if (!windowClosed)
                {
                    foreach (var category in Enum.GetValues<ApplicantCategory>())
                    {
                        Assert.True(held.Count(c => c.Category == category) <= plan.SeatsFor(category), $"seed {seed}, step {step}: {category} beyond its share before the window closed");
                    }
                }
            }
        }
    }

    private static Candidate Candidate(ApplicantCategory category, int score) =>
        new(Guid.NewGuid(), category, score, DateTimeOffset.UnixEpoch.AddMinutes(score));

    private static Dictionary<ApplicantCategory, int> Held(int newcomers, int residents) =>
        new() { [ApplicantCategory.Newcomer] = newcomers, [ApplicantCategory.EstablishedResident] = residents };

    private static Dictionary<ApplicantCategory, int> Held(List<Candidate> held) =>
        Held(held.Count(c => c.Category == ApplicantCategory.Newcomer), held.Count(c => c.Category == ApplicantCategory.EstablishedResident));
}
