using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Reporting.Persistence;

internal sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string SchemaName = "reporting";

    public override string Schema => SchemaName;

    public DbSet<Sponsors.Sponsor> Sponsors => Set<Sponsors.Sponsor>();

    public DbSet<Sponsors.Sponsorship> Sponsorships => Set<Sponsors.Sponsorship>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        var sponsors = new Sponsors.SponsorConfiguration();
        modelBuilder.ApplyConfiguration<Sponsors.Sponsor>(sponsors);
        modelBuilder.ApplyConfiguration<Sponsors.Sponsorship>(sponsors);
    }
}

internal sealed class ReportingDbContextFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<ReportingDbContext>(ReportingDbContext.SchemaName), TimeProvider.System);
}
