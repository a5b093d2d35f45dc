using Bootcamp.Privacy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Privacy.Requests;

/// <summary>
/// A person's request under Law 25 and its legal deadline: an answer within 30 days of receipt (s. 32). It names the
/// person only by an application id, so it survives their erasure without leading back to them; the outcome is counts,
/// never names.
/// </summary>
internal sealed class PrivacyRequest
{
    public const int ResponseDays = 30;
    public const int MaxOutcomeLength = 500;

    private PrivacyRequest()
    {
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public PrivacyRequestKind Kind { get; private set; }
    public PrivacyRequestChannel Channel { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateOnly DueOn { get; private set; }
    public Guid? ReceivedBy { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public Guid? DoneBy { get; private set; }
    public string? Outcome { get; private set; }

    /// <summary>Set by the database on each update: two admins closing the same request at once, one wins.</summary>
    public uint Version { get; private set; }

    public bool IsOpen => DoneAt is null;

    public static PrivacyRequest Receive(
        Guid applicationId, PrivacyRequestKind kind, PrivacyRequestChannel channel, Guid? receivedBy, DateTimeOffset now, DateOnly today) =>
        new()
        {
            Id = Guid.NewGuid(), ApplicationId = applicationId, Kind = kind, Channel = channel, ReceivedBy = receivedBy,
            ReceivedAt = now, DueOn = today.AddDays(ResponseDays),
        };

    /// <summary>Answered: the export delivered, or the person erased. Closing twice keeps the first answer.</summary>
    public void Complete(Guid by, DateTimeOffset now, string outcome)
    {
        if (!IsOpen)
        {
            return;
        }

        DoneAt = now;
        DoneBy = by;
        Outcome = outcome.Length > MaxOutcomeLength ? outcome[..MaxOutcomeLength] : outcome;
    }
}

internal sealed class PrivacyRequestConfiguration : IEntityTypeConfiguration<PrivacyRequest>
{
    public void Configure(EntityTypeBuilder<PrivacyRequest> builder)
    {
        builder.ToTable("requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Outcome).HasMaxLength(PrivacyRequest.MaxOutcomeLength);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.IsOpen);
        // One open request of a kind per application: a double submit or a second click finds the first one.
        builder.HasIndex(r => new { r.ApplicationId, r.Kind }).IsUnique().HasFilter("done_at IS NULL");
        builder.HasIndex(r => new { r.DoneAt, r.DueOn });
    }
}
