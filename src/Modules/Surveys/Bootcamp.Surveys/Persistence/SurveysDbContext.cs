using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Surveys.Persistence;

internal sealed class SurveysDbContext(DbContextOptions<SurveysDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string SchemaName = "surveys";

    public override string Schema => SchemaName;

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        // The module's own tables arrive with its first use case; the outbox and inbox come from the base.
    }
}

internal sealed class SurveysDbContextFactory : IDesignTimeDbContextFactory<SurveysDbContext>
{
    public SurveysDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<SurveysDbContext>(SurveysDbContext.SchemaName), TimeProvider.System);
}
