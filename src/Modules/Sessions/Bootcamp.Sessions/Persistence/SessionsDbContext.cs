using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Sessions.Persistence;

internal sealed class SessionsDbContext(DbContextOptions<SessionsDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string SchemaName = "sessions";

    public override string Schema => SchemaName;

    public DbSet<Session> Sessions => Set<Session>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Session>(b =>
        {
            b.ToTable("sessions");
            b.HasKey(s => s.Id);
            b.Property(s => s.Title).HasMaxLength(200);
            b.Property(s => s.Track).HasMaxLength(100);
            b.Property(s => s.Days).HasColumnType("integer[]");
        });
    }
}

internal sealed class SessionsDbContextFactory : IDesignTimeDbContextFactory<SessionsDbContext>
{
    public SessionsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<SessionsDbContext>(SessionsDbContext.SchemaName), TimeProvider.System);
}
