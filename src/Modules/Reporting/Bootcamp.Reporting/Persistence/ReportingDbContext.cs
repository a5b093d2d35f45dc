using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Reporting.Persistence;

internal sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string SchemaName = "reporting";

    public override string Schema => SchemaName;

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        // The module's own tables arrive with its first use case; the outbox and inbox come from the base.
    }
}

internal sealed class ReportingDbContextFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<ReportingDbContext>(ReportingDbContext.SchemaName), TimeProvider.System);
}
