using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Applications.Persistence;

internal sealed class ApplicationsDbContext(DbContextOptions<ApplicationsDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string SchemaName = "applications";

    public override string Schema => SchemaName;

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        // The module's own tables arrive with its first use case; the outbox and inbox come from the base.
    }
}

internal sealed class ApplicationsDbContextFactory : IDesignTimeDbContextFactory<ApplicationsDbContext>
{
    public ApplicationsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<ApplicationsDbContext>(ApplicationsDbContext.SchemaName), TimeProvider.System);
}
