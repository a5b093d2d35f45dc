using Bootcamp.Shared.Contracts;
using MediatR;

namespace Bootcamp.Messages.Contracts;

/// <summary>Who a message to a session may go to. A person in several groups gets one mail.</summary>
public enum RecipientGroup
{
    Admitted,
    Confirmed,
    Enrolled,
    Waitlisted,
    AtRisk,
    Completers,
}

/// <summary>Why someone in a chosen group gets nothing.</summary>
public enum ExclusionReason
{
    /// <summary>Left the session (the roster says withdrawn).</summary>
    Withdrawn,

    /// <summary>Their data was erased: nobody is left to write to.</summary>
    Erased,

    /// <summary>Their consent to programme administration is not in force.</summary>
    ConsentWithdrawn,
}

/// <summary>What the author wrote: French, English or both; a language is written when its subject and body are.</summary>
public sealed record MessageText(string? SubjectFr, string? BodyFr, string? SubjectEn, string? BodyEn)
{
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 10_000;

    public bool HasFrench => !string.IsNullOrWhiteSpace(SubjectFr) && !string.IsNullOrWhiteSpace(BodyFr);

    public bool HasEnglish => !string.IsNullOrWhiteSpace(SubjectEn) && !string.IsNullOrWhiteSpace(BodyEn);
}

public sealed record GroupCountDto(RecipientGroup Group, int Recipients);

public sealed record ExclusionCountDto(ExclusionReason Reason, int People);

/// <summary>Who a message to these groups would reach today: each group's count, the people (one per person, whatever
/// their groups) by language, and those left out by reason.</summary>
public sealed record AudienceDto(
    IReadOnlyList<GroupCountDto> Groups, int Recipients, int French, int English, IReadOnlyList<ExclusionCountDto> Excluded);

/// <summary>The audience of a session for <paramref name="Groups"/>; every group when none is named (the compose page's counts).</summary>
public sealed record GetAudience(Guid SessionId, IReadOnlyCollection<RecipientGroup> Groups) : IQuery<AudienceDto>;

/// <summary>What a reader in one language gets. <paramref name="Fallback"/>: their language was not written, so they
/// read the other one, under a short note that says so.</summary>
public sealed record MailPreviewDto(string Culture, string Subject, string Text, bool Fallback);

public sealed record MessagePreviewDto(AudienceDto Audience, MailPreviewDto French, MailPreviewDto English);

/// <summary>The mails a French and an English reader would get, with the audience, changing nothing.</summary>
public sealed record PreviewMessage(Guid SessionId, IReadOnlyCollection<RecipientGroup> Groups, MessageText Text) : IQuery<MessagePreviewDto>;

/// <summary>Records the message and one row per recipient in one transaction; a background job then queues the mails
/// in batches. The same <paramref name="IdempotencyKey"/> for the session (a double click, a retried post) returns the
/// message already recorded instead of a second one.</summary>
public sealed record SendMessage(Guid SessionId, IReadOnlyCollection<RecipientGroup> Groups, MessageText Text, string IdempotencyKey, Guid SentBy)
    : ICommand<Guid>;

/// <summary>Asks the delivery job to start on the message now rather than at its next pass.</summary>
public sealed record StartDelivery(Guid MessageId) : IRequest<Unit>;

/// <param name="Queued">Mails handed to the mail queue so far.</param>
/// <param name="Skipped">Recipients dropped at sending because they were erased or withdrew consent after the message was written.</param>
/// <param name="CompletedAt">Null while mails remain to be queued.</param>
public sealed record MessageSummaryDto(
    Guid Id, Guid SessionId, string Subject, IReadOnlyList<RecipientGroup> Groups, bool WrittenInFrench, bool WrittenInEnglish,
    int Recipients, int French, int English, int Queued, int Skipped, DateTimeOffset SentAt, DateTimeOffset? CompletedAt)
{
    public bool Done => CompletedAt is not null;
}

public sealed record MessageDto(MessageSummaryDto Summary, MessageText Text);

/// <summary>A session's messages, newest first.</summary>
public sealed record GetMessages(Guid SessionId, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<MessageSummaryDto>>;

public sealed record GetMessage(Guid MessageId) : IQuery<MessageDto>;
