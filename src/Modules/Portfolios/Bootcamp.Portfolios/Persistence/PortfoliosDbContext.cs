using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Portfolios.Persistence;

internal sealed class PortfoliosDbContext(DbContextOptions<PortfoliosDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string SchemaName = "portfolios";

    public override string Schema => SchemaName;

    public DbSet<Portfolio> Portfolios => Set<Portfolio>();

    public DbSet<SyncedRepository> Repositories => Set<SyncedRepository>();

    public DbSet<GitHubResponse> GitHubResponses => Set<GitHubResponse>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        var configuration = new PortfolioConfiguration();
        modelBuilder.ApplyConfiguration<Portfolio>(configuration);
        modelBuilder.ApplyConfiguration<SyncedRepository>(configuration);
        modelBuilder.ApplyConfiguration<GitHubResponse>(configuration);
    }
}

internal sealed class PortfoliosDbContextFactory : IDesignTimeDbContextFactory<PortfoliosDbContext>
{
    public PortfoliosDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<PortfoliosDbContext>(PortfoliosDbContext.SchemaName), TimeProvider.System);
}
