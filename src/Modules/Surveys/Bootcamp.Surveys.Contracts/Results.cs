using Bootcamp.Shared.Contracts;

namespace Bootcamp.Surveys.Contracts;

/// <summary>One skill area for one person: self-rating before and after (1–5).</summary>
public sealed record SkillChangeDto(string SkillArea, int Pre, int Post)
{
    public int Change => Post - Pre;
}

/// <summary>A participant who answered both surveys: per-skill change and knowledge score (share of correct answers).</summary>
public sealed record ParticipantChangeDto(
    Guid ParticipantId, string FirstName, string LastName, IReadOnlyList<SkillChangeDto> Skills, decimal? KnowledgePre, decimal? KnowledgePost);

/// <param name="Paired">People who answered both the pre- and the post-survey: the only ones counted.</param>
/// <param name="ImprovedShare">Among the paired, share whose rating went up.</param>
/// <param name="Distribution">Count of paired people per change (−4 … +4).</param>
public sealed record SkillAreaSummaryDto(
    string SkillArea, int Paired, decimal AveragePre, decimal AveragePost, decimal ImprovedShare, IReadOnlyDictionary<int, int> Distribution);

public sealed record SkillChangeSummaryDto(
    int Paired, IReadOnlyList<SkillAreaSummaryDto> Skills, decimal? AverageKnowledgePre, decimal? AverageKnowledgePost);

/// <summary>Pre → post change for one session: per participant (staff) and summarised.</summary>
public sealed record GetSessionSkillChange(Guid SessionId) : IQuery<SessionSkillChangeDto>;

public sealed record SessionSkillChangeDto(Guid SessionId, SkillChangeSummaryDto Summary, IReadOnlyList<ParticipantChangeDto> Participants);

/// <summary>Summaries over several sessions (a track, a year, a sponsor's sessions) for Reporting: aggregates only.</summary>
public sealed record GetSkillChangeSummary(IReadOnlyCollection<Guid> SessionIds) : IQuery<SkillChangeSummaryDto>;

/// <summary>The anonymous evaluation of a session. Comments are shown only when at least Surveys:Evaluation:MinimumForComments
/// (5) people answered; averages are always computed, but callers must not show them for fewer than that either.</summary>
public sealed record GetSessionEvaluation(Guid SessionId) : IQuery<SessionEvaluationDto>;

/// <param name="Comments">Empty unless <see cref="Responses"/> ≥ the threshold; shuffled so order reveals nothing.</param>
public sealed record SessionEvaluationDto(
    Guid SessionId, int Invited, int Responses, bool BelowThreshold, IReadOnlyDictionary<string, decimal> AverageRatings,
    IReadOnlyList<string> Comments);

/// <summary>Structured notes of an individual post-programme interview, written by staff.</summary>
public sealed record InterviewNoteDto(
    Guid Id, Guid SessionId, Guid? ParticipantId, string? ParticipantName, string Structure, string Curriculum, string Suggestions,
    Guid WrittenBy, string? WrittenByName, DateTimeOffset WrittenAt);

public sealed record RecordInterviewNote(
    Guid SessionId, Guid? ParticipantId, string Structure, string Curriculum, string Suggestions, Guid WrittenBy) : ICommand<Guid>;

public sealed record GetInterviewNotes(Guid SessionId) : IQuery<IReadOnlyList<InterviewNoteDto>>;
