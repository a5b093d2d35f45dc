using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Attendance.Persistence;

internal sealed class AttendanceDbContext(DbContextOptions<AttendanceDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string SchemaName = "attendance";

    public override string Schema => SchemaName;

    public DbSet<ClassMeeting> ClassMeetings => Set<ClassMeeting>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ClassMeeting>(b =>
        {
            b.ToTable("class_meetings");
            b.HasKey(m => m.Id);
            b.HasIndex(m => new { m.SessionId, m.Date }).IsUnique();
            b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        });
    }
}

internal sealed class AttendanceDbContextFactory : IDesignTimeDbContextFactory<AttendanceDbContext>
{
    public AttendanceDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<AttendanceDbContext>(AttendanceDbContext.SchemaName), TimeProvider.System);
}
