using System.Security.Cryptography;
using System.Text;
using Bootcamp.Applications.Contracts;

namespace Bootcamp.Applications.Selecting;

internal enum RankingRule
{
    /// <summary>Higher screening score first; equal scores by earlier submission.</summary>
    ScoreThenSubmission,

    /// <summary>A lottery whose seed is recorded, so anyone can re-run it and get the same order.</summary>
    SeededLottery,
}

internal sealed record Candidate(Guid ApplicationId, ApplicantCategory Category, int Score, DateTimeOffset SubmittedAt);

internal enum SelectionVerdict
{
    Admitted,
    Waitlisted,
}

/// <summary>One decision and why: its rank in its category, the rule, and whether it used a seat the other category
/// could not fill.</summary>
internal sealed record SelectionDecision(
    Guid ApplicationId, ApplicantCategory Category, SelectionVerdict Verdict, int RankInCategory, bool SpillOver);

internal sealed record SelectionResult(SeatPlan Plan, IReadOnlyList<SelectionDecision> Decisions)
{
    public int Admitted(ApplicantCategory category) => Decisions.Count(d => d.Verdict == SelectionVerdict.Admitted && d.Category == category);

    public int AdmittedTotal => Decisions.Count(d => d.Verdict == SelectionVerdict.Admitted);
}

/// <summary>
/// The quota-aware selection (docs/PRODUCT.md): each category fills its own seats from its own ranking; seats a
/// category cannot fill pass to the other category only once the application window has closed.
/// </summary>
internal static class SelectionRules
{
    public static SelectionResult Select(
        SeatPlan plan,
        IReadOnlyDictionary<ApplicantCategory, int> seatsAlreadyHeld,
        IReadOnlyCollection<Candidate> candidates,
        RankingRule rule,
        string? lotterySeed,
        bool applicationWindowClosed)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(seatsAlreadyHeld);
        ArgumentNullException.ThrowIfNull(candidates);
        if (rule == RankingRule.SeededLottery && string.IsNullOrEmpty(lotterySeed))
        {
            throw new ArgumentException("A lottery needs a seed, recorded with the decisions.", nameof(lotterySeed));
        }

        var ranked = Enum.GetValues<ApplicantCategory>().ToDictionary(
            c => c,
            c => Rank(candidates.Where(x => x.Category == c), rule, lotterySeed).ToList());
        var free = FreeSeats(plan, seatsAlreadyHeld);

        var admitted = new Dictionary<Guid, bool>(); // id -> spill-over
        foreach (var (category, queue) in ranked)
        {
            foreach (var candidate in queue.Take(free[category]))
            {
                admitted[candidate.ApplicationId] = false;
            }
        }

        if (applicationWindowClosed)
        {
            foreach (var category in Enum.GetValues<ApplicantCategory>())
            {
                var other = Other(category);
                var unused = free[category] - ranked[category].Count(c => admitted.ContainsKey(c.ApplicationId));
                foreach (var candidate in ranked[other].Where(c => !admitted.ContainsKey(c.ApplicationId)).Take(Math.Max(0, unused)))
                {
                    admitted[candidate.ApplicationId] = true;
                }
            }
        }

        var decisions = new List<SelectionDecision>();
        foreach (var (category, queue) in ranked)
        {
            for (var i = 0; i < queue.Count; i++)
            {
                var id = queue[i].ApplicationId;
                decisions.Add(admitted.TryGetValue(id, out var spill)
                    ? new SelectionDecision(id, category, SelectionVerdict.Admitted, i + 1, spill)
                    : new SelectionDecision(id, category, SelectionVerdict.Waitlisted, i + 1, false));
            }
        }

        return new SelectionResult(plan, decisions);
    }

    /// <summary>
    /// The seats still free in each category. A category holding more than its share (people who took seats the other
    /// category could not fill, after the window closed) holds them out of the other category's share: those seats are
    /// not free again on a later run. So the free seats never add up to more than the capacity minus the seats held.
    /// </summary>
    public static IReadOnlyDictionary<ApplicantCategory, int> FreeSeats(SeatPlan plan, IReadOnlyDictionary<ApplicantCategory, int> seatsHeld)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(seatsHeld);
        var categories = Enum.GetValues<ApplicantCategory>();
        var free = categories.ToDictionary(c => c, c => Math.Max(0, plan.SeatsFor(c) - seatsHeld.GetValueOrDefault(c)));
        foreach (var category in categories)
        {
            var beyondShare = Math.Max(0, seatsHeld.GetValueOrDefault(category) - plan.SeatsFor(category));
            free[Other(category)] = Math.Max(0, free[Other(category)] - beyondShare);
        }

        return free;
    }

    public static ApplicantCategory Other(ApplicantCategory category) =>
        category == ApplicantCategory.Newcomer ? ApplicantCategory.EstablishedResident : ApplicantCategory.Newcomer;

    private static IEnumerable<Candidate> Rank(IEnumerable<Candidate> candidates, RankingRule rule, string? seed) => rule switch
    {
        RankingRule.SeededLottery => candidates.OrderBy(c => LotteryTicket(seed!, c.ApplicationId)).ThenBy(c => c.ApplicationId),
        _ => candidates.OrderByDescending(c => c.Score).ThenBy(c => c.SubmittedAt).ThenBy(c => c.ApplicationId),
    };

    /// <summary>SHA-256 of seed and id: uniform, reproducible from the recorded seed, and not guessable in advance.</summary>
    internal static ulong LotteryTicket(string seed, Guid applicationId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed + ":" + applicationId.ToString("N")));
        return BitConverter.ToUInt64(hash, 0);
    }
}
