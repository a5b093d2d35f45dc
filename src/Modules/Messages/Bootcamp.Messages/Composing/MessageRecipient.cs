using Bootcamp.Shared.Contracts.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Messages.Composing;

internal enum RecipientState
{
    Pending,
    Queued,
    Skipped,
}

/// <summary>
/// One person a message goes to, by their application (participants are known by theirs too). No address or name is
/// kept here: the delivery job asks Applications for them right before queueing the mail, which is also when it checks
/// the person was not erased and did not withdraw consent since the message was written.
/// </summary>
internal sealed class MessageRecipient
{
    public Guid MessageId { get; private set; }

    /// <summary>Says that this person was written to: part of what Messages holds on them (decisions/0018).</summary>
    [PersonalData]
    public Guid ApplicationId { get; private set; }

    /// <summary>The language chosen when the message was written; replaced by the one the mail was rendered in.</summary>
    public string Culture { get; private set; } = "";
    public RecipientState State { get; private set; }
    public DateTimeOffset? HandledAt { get; private set; }

    public static MessageRecipient For(Guid messageId, Guid applicationId, string culture) => new()
    {
        MessageId = messageId,
        ApplicationId = applicationId,
        Culture = culture,
        State = RecipientState.Pending,
    };

    public void Queued(string culture, DateTimeOffset now)
    {
        Culture = culture;
        State = RecipientState.Queued;
        HandledAt = now;
    }

    public void Skip(DateTimeOffset now)
    {
        State = RecipientState.Skipped;
        HandledAt = now;
    }
}

internal sealed class MessageRecipientConfiguration : IEntityTypeConfiguration<MessageRecipient>
{
    public void Configure(EntityTypeBuilder<MessageRecipient> builder)
    {
        builder.ToTable("message_recipients");
        builder.HasKey(r => new { r.MessageId, r.ApplicationId });
        builder.Property(r => r.Culture).HasMaxLength(10);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.ApplicationId);
        // The delivery job's claim: the pending rows of a message, oldest message first.
        builder.HasIndex(r => new { r.State, r.MessageId });
    }
}
