using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Placements.Persistence;

internal sealed class PlacementsDbContext(DbContextOptions<PlacementsDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string SchemaName = "placements";

    public override string Schema => SchemaName;

    public DbSet<Leads.PlacementLead> PlacementLeads => Set<Leads.PlacementLead>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new Leads.PlacementLeadConfiguration());
}

internal sealed class PlacementsDbContextFactory : IDesignTimeDbContextFactory<PlacementsDbContext>
{
    public PlacementsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<PlacementsDbContext>(PlacementsDbContext.SchemaName), TimeProvider.System);
}
