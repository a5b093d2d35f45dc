using System.Globalization;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;

namespace Bootcamp.Surveys.Results;

/// <summary>One submitted pre- or post-survey reduced to what the comparison needs.</summary>
/// <param name="Ratings">Self-rating (1–5) per skill area, in the questionnaire's order.</param>
/// <param name="Knowledge">Share of the knowledge questions answered correctly; null when the version had none.</param>
internal sealed record ScoredResponse(Guid ParticipantId, Guid SessionId, IReadOnlyList<KeyValuePair<string, int>> Ratings, decimal? Knowledge);

/// <summary>Someone who submitted both surveys of the same session.</summary>
internal sealed record PairedResponse(Guid ParticipantId, Guid SessionId, IReadOnlyList<SkillChangeDto> Skills, decimal? KnowledgePre, decimal? KnowledgePost);

/// <summary>
/// The pre → post arithmetic, kept free of the database so every rule is checked by table-driven tests. Only people who
/// submitted both surveys of the same session are counted: comparing a group's "before" with a different group's "after"
/// would report the drop-outs as progress.
/// </summary>
internal static class SkillChange
{
    public const int MinChange = -4;
    public const int MaxChange = 4;

    public static ScoredResponse Score(Guid participantId, Guid sessionId, IEnumerable<Question> questions, IReadOnlyDictionary<Guid, string> answers)
    {
        var ordered = questions.OrderBy(q => q.Position).ToList();
        var ratings = new List<KeyValuePair<string, int>>();
        foreach (var q in ordered.Where(q => q.Type == QuestionType.SkillRating && !string.IsNullOrEmpty(q.SkillArea)))
        {
            if (answers.TryGetValue(q.Id, out var value)
                && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rating) && rating is >= 1 and <= 5
                && ratings.TrueForAll(r => r.Key != q.SkillArea))
            {
                ratings.Add(new(q.SkillArea!, rating));
            }
        }

        var knowledge = ordered.Where(q => q.Type == QuestionType.Knowledge).ToList();
        decimal? score = knowledge.Count == 0
            ? null
            : (decimal)knowledge.Count(q => answers.TryGetValue(q.Id, out var a) && string.Equals(a, q.CorrectChoice, StringComparison.Ordinal)) / knowledge.Count;
        return new ScoredResponse(participantId, sessionId, ratings, score);
    }

    /// <summary>Pairs each post-survey with the same person's pre-survey of the same session. A skill area rated in only
    /// one of the two (the questionnaire changed between them) is left out for that person.</summary>
    public static IReadOnlyList<PairedResponse> Pair(IEnumerable<ScoredResponse> pre, IEnumerable<ScoredResponse> post)
    {
        var before = new Dictionary<(Guid, Guid), ScoredResponse>();
        foreach (var p in pre)
        {
            before.TryAdd((p.ParticipantId, p.SessionId), p);
        }

        var paired = new List<PairedResponse>();
        var seen = new HashSet<(Guid, Guid)>();
        foreach (var after in post)
        {
            var key = (after.ParticipantId, after.SessionId);
            if (!seen.Add(key) || !before.TryGetValue(key, out var start))
            {
                continue;
            }

            var afterRatings = after.Ratings.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
            var skills = start.Ratings
                .Where(r => afterRatings.ContainsKey(r.Key))
                .Select(r => new SkillChangeDto(r.Key, r.Value, afterRatings[r.Key]))
                .ToList();
            paired.Add(new PairedResponse(after.ParticipantId, after.SessionId, skills, start.Knowledge, after.Knowledge));
        }

        return paired;
    }

    public static SkillChangeSummaryDto Summarise(IReadOnlyCollection<PairedResponse> paired)
    {
        var areas = paired.SelectMany(p => p.Skills).Select(s => s.SkillArea).Distinct(StringComparer.Ordinal).ToList();
        var skills = areas.Select(area =>
        {
            var changes = paired.SelectMany(p => p.Skills).Where(s => s.SkillArea == area).ToList();
            var distribution = Enumerable.Range(MinChange, MaxChange - MinChange + 1)
                .ToDictionary(change => change, change => changes.Count(c => c.Change == change));
            return new SkillAreaSummaryDto(
                area, changes.Count,
                (decimal)changes.Sum(c => c.Pre) / changes.Count,
                (decimal)changes.Sum(c => c.Post) / changes.Count,
                (decimal)changes.Count(c => c.Change > 0) / changes.Count,
                distribution);
        }).ToList();

        // Knowledge compares like with like: only people scored both times.
        var knowledge = paired.Where(p => p.KnowledgePre is not null && p.KnowledgePost is not null).ToList();
        return new SkillChangeSummaryDto(
            paired.Count, skills,
            knowledge.Count == 0 ? null : knowledge.Average(p => p.KnowledgePre!.Value),
            knowledge.Count == 0 ? null : knowledge.Average(p => p.KnowledgePost!.Value));
    }
}
