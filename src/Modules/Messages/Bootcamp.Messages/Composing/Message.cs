using Bootcamp.Messages.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Messages.Composing;

/// <summary>
/// One message written to a session: its text in one or both languages, the groups it went to, and the counts its
/// history shows. The counts are kept here rather than counted from the recipient rows, so an erasure (which deletes a
/// person's rows) leaves the history as it was sent.
/// </summary>
internal sealed class Message
{
    public const int MaxIdempotencyKeyLength = 100;

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public string? SubjectFr { get; private set; }
    public string? BodyFr { get; private set; }
    public string? SubjectEn { get; private set; }
    public string? BodyEn { get; private set; }

    /// <summary>The groups chosen, as their names joined by commas (a handful of values, only ever read whole).</summary>
    public string Groups { get; private set; } = "";

    /// <summary>The compose form's key: the same key for the same session is the same message (a double click).</summary>
    public string IdempotencyKey { get; private set; } = "";
    public Guid SentBy { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public int RecipientCount { get; private set; }
    public int FrenchCount { get; private set; }
    public int EnglishCount { get; private set; }
    public int QueuedCount { get; private set; }
    public int SkippedCount { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public static Message Write(
        Guid sessionId, MessageText text, IEnumerable<RecipientGroup> groups, string idempotencyKey, Guid sentBy,
        int french, int english, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SessionId = sessionId,
        SubjectFr = text.HasFrench ? text.SubjectFr!.Trim() : null,
        BodyFr = text.HasFrench ? text.BodyFr!.Trim() : null,
        SubjectEn = text.HasEnglish ? text.SubjectEn!.Trim() : null,
        BodyEn = text.HasEnglish ? text.BodyEn!.Trim() : null,
        Groups = string.Join(',', groups.Distinct().Order()),
        IdempotencyKey = idempotencyKey,
        SentBy = sentBy,
        SentAt = now,
        RecipientCount = french + english,
        FrenchCount = french,
        EnglishCount = english,
    };

    public MessageText Text => new(SubjectFr, BodyFr, SubjectEn, BodyEn);

    public IReadOnlyList<RecipientGroup> GroupList =>
        [.. Groups.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<RecipientGroup>)];

    /// <summary>A batch of the delivery job was committed: so many mails queued, so many people dropped at sending.</summary>
    public void RecordBatch(int queued, int skipped)
    {
        QueuedCount += queued;
        SkippedCount += skipped;
    }

    /// <summary>No recipient is left pending. False when it already was complete (a retried job).</summary>
    public bool Complete(DateTimeOffset now)
    {
        if (CompletedAt is not null)
        {
            return false;
        }

        CompletedAt = now;
        return true;
    }

    public MessageSummaryDto ToSummary() => new(
        Id, SessionId, SubjectFr ?? SubjectEn ?? "", GroupList, SubjectFr is not null, SubjectEn is not null, RecipientCount,
        FrenchCount, EnglishCount, QueuedCount, SkippedCount, SentAt, CompletedAt);
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.ToTable("messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.SubjectFr).HasMaxLength(MessageText.MaxSubjectLength);
        builder.Property(m => m.SubjectEn).HasMaxLength(MessageText.MaxSubjectLength);
        builder.Property(m => m.BodyFr).HasMaxLength(MessageText.MaxBodyLength);
        builder.Property(m => m.BodyEn).HasMaxLength(MessageText.MaxBodyLength);
        builder.Property(m => m.Groups).HasMaxLength(200);
        builder.Property(m => m.IdempotencyKey).HasMaxLength(Message.MaxIdempotencyKeyLength);
        builder.Ignore(m => m.Text);
        builder.Ignore(m => m.GroupList);
        // The backstop of the double click: two posts of one form cannot both record a message.
        builder.HasIndex(m => new { m.SessionId, m.IdempotencyKey }).IsUnique();
        builder.HasIndex(m => new { m.SessionId, m.SentAt });
    }
}
