using Bootcamp.Shared.Contracts.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Applications.Links;

/// <summary>
/// One private link to an application's status page (decisions/0022). Only the token's hash is stored, so a mail that
/// needs the link carries a new one; the links mailed before keep working until they expire or are crowded out.
/// </summary>
internal sealed class StatusLink
{
    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }

    [PersonalData]
    public required byte[] TokenHash { get; set; }

    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Which mail carried it (the mail's category), for the person's export and for support.</summary>
    public required string IssuedFor { get; set; }

    public bool IsLiveAt(DateTimeOffset now) => ExpiresAt > now;

    /// <summary>A newer link pushed this one out of the person's live links: it stops working now.</summary>
    public void Retire(DateTimeOffset now)
    {
        if (IsLiveAt(now))
        {
            ExpiresAt = now;
        }
    }
}

internal sealed class StatusLinkConfiguration : IEntityTypeConfiguration<StatusLink>
{
    public void Configure(EntityTypeBuilder<StatusLink> builder)
    {
        builder.ToTable("status_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.IssuedFor).HasMaxLength(100);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => new { l.ApplicationId, l.ExpiresAt });
    }
}
