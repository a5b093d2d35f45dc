using Bootcamp.Shared.Contracts.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Applications.Reviewing;

/// <summary>One line of the audit trail: who viewed sensitive fields, screened or exported, and when. Only ever inserted.</summary>
internal sealed class AuditEntry
{
    public Guid Id { get; set; }

    /// <summary>Null for session-wide actions such as a CSV export.</summary>
    public Guid? ApplicationId { get; set; }

    public Guid? SessionId { get; set; }
    public Guid ActorId { get; set; }
    public required string Action { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>A reviewer's private note on an application: free text, so encrypted at rest like the profile.</summary>
internal sealed class ScreeningNote
{
    public const string Purpose = "Applications.ScreeningNote.v1";

    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public Guid AuthorId { get; set; }
    [PersonalData]
    public required string ProtectedText { get; set; }
    public DateTimeOffset At { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Action).HasMaxLength(40);
        builder.HasIndex(e => new { e.ApplicationId, e.At });
        builder.HasIndex(e => new { e.SessionId, e.At });
        // The admin's audit reads by person and by date range (GetDataAccessAudit).
        builder.HasIndex(e => new { e.ActorId, e.At });
        builder.HasIndex(e => e.At);
    }
}

internal sealed class ScreeningNoteConfiguration : IEntityTypeConfiguration<ScreeningNote>
{
    public void Configure(EntityTypeBuilder<ScreeningNote> builder)
    {
        builder.ToTable("screening_notes");
        builder.HasKey(n => n.Id);
        builder.HasIndex(n => new { n.ApplicationId, n.At });
    }
}
