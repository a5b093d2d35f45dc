using Bootcamp.Privacy.Incidents;
using Bootcamp.Privacy.Requests;
using Bootcamp.Privacy.Retention.Runs;
using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Privacy.Persistence;

internal sealed class PrivacyDbContext(DbContextOptions<PrivacyDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string SchemaName = "privacy";

    public override string Schema => SchemaName;

    public DbSet<PrivacyRequest> Requests => Set<PrivacyRequest>();

    public DbSet<ConfidentialityIncident> Incidents => Set<ConfidentialityIncident>();

    public DbSet<RetentionRun> RetentionRuns => Set<RetentionRun>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new PrivacyRequestConfiguration());
        modelBuilder.ApplyConfiguration(new ConfidentialityIncidentConfiguration());
        modelBuilder.ApplyConfiguration(new RetentionRunConfiguration());
    }
}

internal sealed class PrivacyDbContextFactory : IDesignTimeDbContextFactory<PrivacyDbContext>
{
    public PrivacyDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<PrivacyDbContext>(PrivacyDbContext.SchemaName), TimeProvider.System);
}
