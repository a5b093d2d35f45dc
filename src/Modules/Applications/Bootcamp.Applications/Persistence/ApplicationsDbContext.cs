using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Applications.Persistence;

internal sealed class ApplicationsDbContext(DbContextOptions<ApplicationsDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string SchemaName = "applications";

    public override string Schema => SchemaName;

    /// <summary>The clock the context stamps with; link lookups compare expiry against the same one.</summary>
    public TimeProvider Now => Clock;

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();

    public DbSet<SelectionDecisionRecord> SelectionDecisions => Set<SelectionDecisionRecord>();

    public DbSet<Reviewing.AuditEntry> AuditEntries => Set<Reviewing.AuditEntry>();

    public DbSet<Reviewing.ScreeningNote> ScreeningNotes => Set<Reviewing.ScreeningNote>();

    public DbSet<Links.StatusLink> StatusLinks => Set<Links.StatusLink>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new Reviewing.AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new Reviewing.ScreeningNoteConfiguration());
        modelBuilder.ApplyConfiguration(new Links.StatusLinkConfiguration());
        modelBuilder.Entity<Application>(b =>
        {
            b.ToTable("applications");
            b.HasKey(a => a.Id);
            b.Property(a => a.Category).HasConversion<string>().HasMaxLength(30);
            b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(a => a.Screening).HasConversion<string>().HasMaxLength(20);
            b.Property(a => a.ScreeningRatings).HasColumnType("jsonb");
            b.Property(a => a.FirstName).HasMaxLength(100);
            b.Property(a => a.LastName).HasMaxLength(100);
            b.Property(a => a.Email).HasMaxLength(254);
            b.Property(a => a.Phone).HasMaxLength(40);
            b.Property(a => a.PreferredLanguage).HasMaxLength(10);
            b.Property(a => a.IdempotencyKey).HasMaxLength(100);
            b.Property(a => a.IneligibleReason).HasMaxLength(500);
            b.Property(a => a.WithdrawalReason).HasMaxLength(Application.MaxWithdrawalReasonLength);
            b.Property(a => a.Version).IsRowVersion();
            b.HasIndex(a => new { a.SessionId, a.Email }).IsUnique();
            b.HasIndex(a => new { a.SessionId, a.IdempotencyKey }).IsUnique();
            b.HasIndex(a => new { a.SessionId, a.Category, a.Status });
        });
        modelBuilder.Entity<SelectionDecisionRecord>(b =>
        {
            b.ToTable("selection_decisions");
            b.HasKey(d => d.Id);
            b.Property(d => d.Category).HasConversion<string>().HasMaxLength(30);
            b.Property(d => d.Decision).HasConversion<string>().HasMaxLength(20);
            b.Property(d => d.Rule).HasMaxLength(40);
            b.Property(d => d.LotterySeed).HasMaxLength(100);
            b.Property(d => d.Reason).HasMaxLength(300);
            b.HasIndex(d => new { d.SessionId, d.DecidedAt });
            b.HasIndex(d => d.ApplicationId);
        });
        modelBuilder.Entity<ConsentRecord>(b =>
        {
            b.ToTable("consents");
            b.HasKey(c => c.Id);
            b.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(40);
            b.Property(c => c.TextVersion).HasMaxLength(40);
            b.Property(c => c.PrivacyNoticeVersion).HasMaxLength(40);
            b.HasIndex(c => new { c.ApplicationId, c.Purpose });
        });
    }
}

internal sealed class ApplicationsDbContextFactory : IDesignTimeDbContextFactory<ApplicationsDbContext>
{
    public ApplicationsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<ApplicationsDbContext>(ApplicationsDbContext.SchemaName), TimeProvider.System);
}
