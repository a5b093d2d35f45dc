using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Portfolios.Persistence;

internal sealed class PortfoliosDbContext(DbContextOptions<PortfoliosDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string SchemaName = "portfolios";

    public override string Schema => SchemaName;

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        // The module's own tables arrive with its first use case; the outbox and inbox come from the base.
    }
}

internal sealed class PortfoliosDbContextFactory : IDesignTimeDbContextFactory<PortfoliosDbContext>
{
    public PortfoliosDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<PortfoliosDbContext>(PortfoliosDbContext.SchemaName), TimeProvider.System);
}
