using Bootcamp.Shared.Contracts;

namespace Bootcamp.Privacy.Contracts;

/// <summary>The retention rules applied as jobs (Law 25 s. 23, decisions/0020), one job each; their periods are
/// <c>Bootcamp:Retention</c>.</summary>
public enum RetentionRule
{
    /// <summary>Applicants who never became a participant: erased NotAdmittedMonths after their sessions ended.</summary>
    NotAdmitted,

    /// <summary>Participants: erased (counted rows anonymised) ParticipantYears after their last follow-up.</summary>
    Participants,

    /// <summary>Sent mail: bodies purged MailBodyDays after sending; the rows stay.</summary>
    MailBodies,

    /// <summary>Audit trails: entries deleted AuditYears after they were recorded.</summary>
    AuditEntries,
}

/// <summary>One run of a rule, counts only: <paramref name="Count"/> is people erased (the person rules), bodies purged
/// (mail) or entries deleted (audit); <paramref name="Detail"/> breaks it down by module or trail, in numbers only.</summary>
public sealed record RetentionRunDto(Guid Id, RetentionRule Rule, DateTimeOffset RanAt, DateOnly ExpiredBefore, int Count, string Detail);

/// <summary>The last <paramref name="PerRule"/> runs of each rule, newest first (the Operations page).</summary>
public sealed record GetRetentionRuns(int PerRule = 3) : IQuery<IReadOnlyList<RetentionRunDto>>;
