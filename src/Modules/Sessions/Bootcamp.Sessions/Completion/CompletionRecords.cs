using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Sessions.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Sessions.Completion;

/// <summary>One participant's decided outcome. Only participants still enrolled at the end get one: a withdrawn
/// participant is not a completer and has no outcome to override.</summary>
internal sealed class ParticipantCompletion
{
    public Guid ParticipantId { get; set; }
    public Guid SessionId { get; set; }

    /// <summary>What the rule said when the job decided, kept after an override so staff see both.</summary>
    public CompletionOutcome RuleOutcome { get; set; }

    public CompletionOutcome Outcome { get; set; }
    public decimal? AttendanceRate { get; set; }
    public bool CapstoneDone { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    [PersonalData]
    public string? OverrideReason { get; set; }
    public Guid? OverriddenBy { get; set; }
    public DateTimeOffset? OverriddenAt { get; set; }

    /// <summary>Erasure: the outcome stays (the completion rate counts it), the staff's words about the person go.</summary>
    public bool ForgetOverrideReason()
    {
        if (OverrideReason is null)
        {
            return false;
        }

        OverrideReason = null;
        return true;
    }
}

/// <summary>An issued certificate. Never deleted: revoking keeps the code answering "no longer valid" on the public
/// page instead of "unknown", and a later re-issue gets a new code.</summary>
internal sealed class Certificate
{
    public Guid Id { get; set; }
    public Guid ParticipantId { get; set; }

    /// <summary>Canonical form: 12 Crockford base32 characters, no dashes (see <see cref="Certificates.CertificateCode"/>).</summary>
    [PersonalData]
    public required string Code { get; set; }

    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>The audit trail of overrides: every change, not just the latest one kept on the completion.</summary>
internal sealed class CompletionOverride
{
    public Guid Id { get; set; }
    public Guid ParticipantId { get; set; }
    public CompletionOutcome From { get; set; }
    public CompletionOutcome To { get; set; }
    [PersonalData]
    public required string Reason { get; set; }
    public Guid DecidedBy { get; set; }
    public DateTimeOffset At { get; set; }
}

internal sealed class ParticipantCompletionConfiguration : IEntityTypeConfiguration<ParticipantCompletion>
{
    public void Configure(EntityTypeBuilder<ParticipantCompletion> builder)
    {
        builder.ToTable("completions");
        // One outcome per participant: a second decision of the same person fails here even if every other guard missed.
        builder.HasKey(c => c.ParticipantId);
        builder.HasIndex(c => c.SessionId);
        builder.Property(c => c.RuleOutcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AttendanceRate).HasPrecision(5, 4);
        builder.Property(c => c.OverrideReason).HasMaxLength(OverrideCompletionValidator.ReasonMaxLength);
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("certificates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(12);
        builder.HasIndex(c => c.Code).IsUnique();
        // At most one valid certificate per participant.
        builder.HasIndex(c => c.ParticipantId).IsUnique().HasFilter("revoked_at IS NULL");
    }
}

internal sealed class CompletionOverrideConfiguration : IEntityTypeConfiguration<CompletionOverride>
{
    public void Configure(EntityTypeBuilder<CompletionOverride> builder)
    {
        builder.ToTable("completion_overrides");
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => new { o.ParticipantId, o.At });
        builder.Property(o => o.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Reason).HasMaxLength(OverrideCompletionValidator.ReasonMaxLength);
    }
}
