using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Portfolios.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Portfolios.Persistence;

/// <summary>One per enrolled participant, created from <c>ParticipantEnrolled</c>: private until they publish it.</summary>
internal sealed class Portfolio
{
    public Guid Id { get; set; }
    public Guid ParticipantId { get; set; }
    public Guid ApplicationId { get; set; }
    public Guid SessionId { get; set; }
    public Guid TrackId { get; set; }
    [PersonalData]
    public required string FirstName { get; set; }
    [PersonalData]
    public required string LastName { get; set; }
    public required string PreferredLanguage { get; set; }

    [PersonalData]
    public string? GitHubLogin { get; set; }

    /// <summary>Set when the account came through GitHub's OAuth flow; null when staff typed the username.</summary>
    [PersonalData]
    public long? GitHubUserId { get; set; }

    public bool GitHubVerified { get; set; }
    public DateTimeOffset? GitHubLinkedAt { get; set; }

    /// <summary>The staff member who typed an unverified username.</summary>
    public Guid? GitHubLinkedBy { get; set; }

    public SyncStatus SyncStatus { get; set; }
    public DateTimeOffset? LastSyncAttemptAt { get; set; }
    public DateTimeOffset? LastSyncedAt { get; set; }
    public DateTimeOffset? RateLimitedUntil { get; set; }

    public PortfolioVisibility Visibility { get; set; } = PortfolioVisibility.Private;

    /// <summary>The public address while public. Unlike private links it must be shown again to its owner, so it is kept
    /// as is; it only ever opens what the owner chose to publish, and is replaced at each publication.</summary>
    [PersonalData]
    public string? PublicSlug { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public string DisplayName => $"{FirstName} {(LastName.Length > 0 ? LastName[..1] + "." : "")}".Trim();
}

/// <summary>A public repository as of the last good sync, and the participant's curation of it. A failed sync leaves
/// these rows alone; a repository GitHub stops listing is kept (curation included) but marked gone.</summary>
internal sealed class SyncedRepository
{
    public Guid PortfolioId { get; set; }
    public long GitHubId { get; set; }
    [PersonalData]
    public required string Name { get; set; }
    [PersonalData]
    public required string HtmlUrl { get; set; }
    [PersonalData]
    public string? Description { get; set; }
    public List<string> Languages { get; set; } = [];
    public int Stars { get; set; }
    public DateTimeOffset? PushedAt { get; set; }
    [PersonalData]
    public string? Homepage { get; set; }
    public bool HasReadme { get; set; }
    public DateTimeOffset SyncedAt { get; set; }
    public DateTimeOffset? GoneAt { get; set; }

    public bool Shown { get; set; }
    public int? Position { get; set; }
    public Guid? MilestoneId { get; set; }
    [PersonalData]
    public string? DescriptionFr { get; set; }
    [PersonalData]
    public string? DescriptionEn { get; set; }
    [PersonalData]
    public string? DemoUrl { get; set; }
}

/// <summary>The ETag, body and next-page link of the last 200 for a GitHub URL, answered from when GitHub says 304.</summary>
internal sealed class GitHubResponse
{
    [PersonalData]
    public required string Url { get; set; }
    public required string ETag { get; set; }
    [PersonalData]
    public required string Body { get; set; }
    [PersonalData]
    public string? NextUrl { get; set; }
    public DateTimeOffset StoredAt { get; set; }
}

internal sealed class PortfolioConfiguration :
    IEntityTypeConfiguration<Portfolio>, IEntityTypeConfiguration<SyncedRepository>, IEntityTypeConfiguration<GitHubResponse>
{
    public const int DescriptionMaxLength = 280;
    public const int UrlMaxLength = 500;

    public void Configure(EntityTypeBuilder<Portfolio> builder)
    {
        builder.ToTable("portfolios");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.ParticipantId).IsUnique();
        builder.HasIndex(p => p.ApplicationId);
        builder.HasIndex(p => p.SessionId);
        builder.HasIndex(p => p.PublicSlug).IsUnique();
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(10);
        builder.Property(p => p.GitHubLogin).HasMaxLength(39);
        builder.Property(p => p.PublicSlug).HasMaxLength(64);
        builder.Property(p => p.SyncStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(p => p.DisplayName);
    }

    public void Configure(EntityTypeBuilder<SyncedRepository> builder)
    {
        builder.ToTable("synced_repositories");
        builder.HasKey(r => new { r.PortfolioId, r.GitHubId });
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.HtmlUrl).HasMaxLength(UrlMaxLength);
        builder.Property(r => r.Homepage).HasMaxLength(UrlMaxLength);
        builder.Property(r => r.DemoUrl).HasMaxLength(UrlMaxLength);
        builder.Property(r => r.DescriptionFr).HasMaxLength(DescriptionMaxLength);
        builder.Property(r => r.DescriptionEn).HasMaxLength(DescriptionMaxLength);
        builder.HasOne<Portfolio>().WithMany().HasForeignKey(r => r.PortfolioId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<GitHubResponse> builder)
    {
        builder.ToTable("github_responses");
        builder.HasKey(r => r.Url);
        builder.Property(r => r.Url).HasMaxLength(1000);
        builder.Property(r => r.ETag).HasMaxLength(200);
        builder.Property(r => r.NextUrl).HasMaxLength(1000);
    }
}
