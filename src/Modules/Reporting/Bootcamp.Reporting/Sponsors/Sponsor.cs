using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Reporting.Sponsors;

internal sealed class Sponsor
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A sponsor funds one session, or every session starting in a programme year: exactly one of the two is set.</summary>
internal sealed class Sponsorship
{
    public Guid Id { get; set; }
    public Guid SponsorId { get; set; }
    public Guid? SessionId { get; set; }
    public int? Year { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class SponsorConfiguration : IEntityTypeConfiguration<Sponsor>, IEntityTypeConfiguration<Sponsorship>
{
    public const int NameLength = 200;

    public void Configure(EntityTypeBuilder<Sponsor> builder)
    {
        builder.ToTable("sponsors");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(NameLength);
        builder.HasIndex(s => s.Name).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Sponsorship> builder)
    {
        builder.ToTable("sponsorships", t => t.HasCheckConstraint("ck_sponsorships_session_or_year", "(session_id IS NULL) <> (year IS NULL)"));
        builder.HasKey(s => s.Id);
        builder.HasOne<Sponsor>().WithMany().HasForeignKey(s => s.SponsorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.SponsorId, s.SessionId }).IsUnique().HasFilter("session_id IS NOT NULL");
        builder.HasIndex(s => new { s.SponsorId, s.Year }).IsUnique().HasFilter("year IS NOT NULL");
    }
}
