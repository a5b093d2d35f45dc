using Bootcamp.Privacy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Privacy.Retention.Runs;

/// <summary>What one run of a retention rule did, in counts and never in names: the Operations page shows it, and it is
/// the programme's proof that the periods the notice promises are applied.</summary>
internal sealed class RetentionRun
{
    public const int MaxDetailLength = 1000;

    public Guid Id { get; private set; }
    public RetentionRule Rule { get; private set; }
    public DateTimeOffset RanAt { get; private set; }

    /// <summary>The Montréal day before which data had expired under the rule's period at this run.</summary>
    public DateOnly ExpiredBefore { get; private set; }

    public int Count { get; private set; }

    /// <summary>Numbers by module or trail, e.g. "Applications: 0 deleted, 2 anonymised".</summary>
    public string Detail { get; private set; } = "";

    public static RetentionRun Record(RetentionRule rule, DateTimeOffset ranAt, DateOnly expiredBefore, int count, string detail) => new()
    {
        Id = Guid.CreateVersion7(ranAt),
        Rule = rule,
        RanAt = ranAt,
        ExpiredBefore = expiredBefore,
        Count = count,
        Detail = detail.Length > MaxDetailLength ? detail[..MaxDetailLength] : detail,
    };

    public RetentionRunDto ToDto() => new(Id, Rule, RanAt, ExpiredBefore, Count, Detail);
}

internal sealed class RetentionRunConfiguration : IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<RetentionRun> builder)
    {
        builder.ToTable("retention_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Rule).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Detail).HasMaxLength(RetentionRun.MaxDetailLength);
        // The Operations page reads the last runs of each rule.
        builder.HasIndex(r => new { r.Rule, r.RanAt });
    }
}
