using Bootcamp.Placements.FollowUps;
using Bootcamp.Placements.Recording;
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

    public DbSet<FollowUpPerson> FollowUpPeople => Set<FollowUpPerson>();

    public DbSet<FollowUpWave> FollowUpWaves => Set<FollowUpWave>();

    public DbSet<FollowUpLink> FollowUpLinks => Set<FollowUpLink>();

    public DbSet<FollowUpDispatch> FollowUpDispatches => Set<FollowUpDispatch>();

    public DbSet<Placement> Placements => Set<Placement>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new Leads.PlacementLeadConfiguration());
        var followUps = new FollowUpConfiguration();
        modelBuilder.ApplyConfiguration<FollowUpPerson>(followUps);
        modelBuilder.ApplyConfiguration<FollowUpWave>(followUps);
        modelBuilder.ApplyConfiguration<FollowUpLink>(followUps);
        modelBuilder.ApplyConfiguration<FollowUpDispatch>(followUps);
        modelBuilder.ApplyConfiguration(new PlacementConfiguration());
    }
}

internal sealed class PlacementsDbContextFactory : IDesignTimeDbContextFactory<PlacementsDbContext>
{
    public PlacementsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<PlacementsDbContext>(PlacementsDbContext.SchemaName), TimeProvider.System);
}
