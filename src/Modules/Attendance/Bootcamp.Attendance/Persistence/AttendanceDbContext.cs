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

    public DbSet<AttendanceRecord> AttendanceRecords => Set<AttendanceRecord>();

    public DbSet<AttendanceCorrection> AttendanceCorrections => Set<AttendanceCorrection>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<MilestoneProgress> MilestoneProgress => Set<MilestoneProgress>();

    public DbSet<SessionCalendarSettings> SessionCalendarSettings => Set<SessionCalendarSettings>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ClassMeeting>(b =>
        {
            b.ToTable("class_meetings");
            b.HasKey(m => m.Id);
            b.HasIndex(m => new { m.SessionId, m.Date }).IsUnique();
            b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(m => m.Note).HasMaxLength(ClassMeeting.MaxNoteLength);
            // Tomorrow's evenings, for the reminder job.
            b.HasIndex(m => m.Date);
        });
        modelBuilder.Entity<SessionCalendarSettings>(b =>
        {
            b.ToTable("session_calendar_settings");
            b.HasKey(s => s.SessionId);
        });
        modelBuilder.Entity<CalendarFeed>(b =>
        {
            b.ToTable("calendar_feeds");
            b.HasKey(f => f.UserId);
            b.HasIndex(f => f.TokenHash).IsUnique();
        });
        modelBuilder.Entity<AttendanceRecord>(b =>
        {
            b.ToTable("attendance_marks");
            b.HasKey(r => r.Id);
            b.HasIndex(r => new { r.MeetingId, r.ParticipantId }).IsUnique();
            b.HasIndex(r => new { r.SessionId, r.ParticipantId });
            b.HasOne<ClassMeeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
            b.Property(r => r.Mark).HasConversion<string>().HasMaxLength(20);
            b.Property(r => r.Note).HasMaxLength(AttendanceRecord.MaxNoteLength);
            b.Property(r => r.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<AttendanceCorrection>(b =>
        {
            b.ToTable("attendance_corrections");
            b.HasKey(c => c.Id);
            b.HasIndex(c => new { c.SessionId, c.ChangedAt });
            b.Property(c => c.FromMark).HasConversion<string>().HasMaxLength(20);
            b.Property(c => c.ToMark).HasConversion<string>().HasMaxLength(20);
            b.Property(c => c.FromNote).HasMaxLength(AttendanceRecord.MaxNoteLength);
            b.Property(c => c.ToNote).HasMaxLength(AttendanceRecord.MaxNoteLength);
        });
        modelBuilder.Entity<Milestone>(b =>
        {
            b.ToTable("milestones");
            b.HasKey(m => m.Id);
            b.HasIndex(m => new { m.TrackId, m.Position });
            // The validator says it kindly; the index makes sure two staff adding a capstone at once cannot both win.
            b.HasIndex(m => m.TrackId).IsUnique().HasFilter("is_capstone AND NOT is_archived").HasDatabaseName("ix_milestones_one_capstone_per_track");
            b.Property(m => m.NameFr).HasMaxLength(Milestone.MaxNameLength);
            b.Property(m => m.NameEn).HasMaxLength(Milestone.MaxNameLength);
        });
        modelBuilder.Entity<MilestoneProgress>(b =>
        {
            b.ToTable("milestone_progress");
            b.HasKey(p => p.Id);
            b.HasIndex(p => new { p.ParticipantId, p.MilestoneId }).IsUnique();
            b.HasIndex(p => p.SessionId);
            b.HasOne<Milestone>().WithMany().HasForeignKey(p => p.MilestoneId).OnDelete(DeleteBehavior.Restrict);
            b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(p => p.Comment).HasMaxLength(Persistence.MilestoneProgress.MaxCommentLength);
        });
    }
}

internal sealed class AttendanceDbContextFactory : IDesignTimeDbContextFactory<AttendanceDbContext>
{
    public AttendanceDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<AttendanceDbContext>(AttendanceDbContext.SchemaName), TimeProvider.System);
}
