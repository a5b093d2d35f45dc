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

    public DbSet<Track> Tracks => Set<Track>();

    public DbSet<Enrolment.Participant> Participants => Set<Enrolment.Participant>();

    public DbSet<Completion.ParticipantCompletion> Completions => Set<Completion.ParticipantCompletion>();

    public DbSet<Completion.Certificate> Certificates => Set<Completion.Certificate>();

    public DbSet<Completion.CompletionOverride> CompletionOverrides => Set<Completion.CompletionOverride>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new Completion.ParticipantCompletionConfiguration());
        modelBuilder.ApplyConfiguration(new Completion.CertificateConfiguration());
        modelBuilder.ApplyConfiguration(new Completion.CompletionOverrideConfiguration());
        modelBuilder.Entity<Track>(b =>
        {
            b.ToTable("tracks");
            b.HasKey(t => t.Id);
            b.Property(t => t.NameFr).HasMaxLength(100);
            b.Property(t => t.NameEn).HasMaxLength(100);
            b.Property(t => t.DescriptionFr).HasMaxLength(1000);
            b.Property(t => t.DescriptionEn).HasMaxLength(1000);
            b.HasIndex(t => t.NameFr).IsUnique();
            b.HasIndex(t => t.NameEn).IsUnique();
        });
        modelBuilder.Entity<Enrolment.Participant>(b =>
        {
            b.ToTable("participants");
            b.HasKey(p => p.Id);
            b.HasIndex(p => p.ApplicationId).IsUnique();
            b.HasIndex(p => new { p.SessionId, p.Status });
            b.Property(p => p.FirstName).HasMaxLength(100);
            b.Property(p => p.LastName).HasMaxLength(100);
            b.Property(p => p.Email).HasMaxLength(254);
            b.Property(p => p.Phone).HasMaxLength(40);
            b.Property(p => p.PreferredLanguage).HasMaxLength(10);
            b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(p => p.WithdrawalReason).HasConversion<string>().HasMaxLength(30);
            b.Property(p => p.WithdrawalNote).HasMaxLength(Withdrawal.WithdrawParticipantValidator.NoteMaxLength);
        });
        modelBuilder.Entity<Session>(b =>
        {
            b.ToTable("sessions");
            b.HasKey(s => s.Id);
            b.HasOne(s => s.Track).WithMany().HasForeignKey(s => s.TrackId).OnDelete(DeleteBehavior.Restrict);
            b.Property(s => s.Title).HasMaxLength(200);
            b.Property(s => s.Days).HasColumnType("integer[]");
            b.Property(s => s.InstructorIds).HasColumnType("uuid[]");
            b.Property(s => s.Delivery).HasConversion<string>().HasMaxLength(20);
            b.Property(s => s.Location).HasMaxLength(300);
            b.Property(s => s.OnlineLink).HasMaxLength(500);
            b.Property(s => s.ChatChannelUrl).HasMaxLength(500);
            b.Property(s => s.Version).IsRowVersion();
            b.HasIndex(s => s.StartDate);
            b.HasIndex(s => s.EndDate).HasFilter("completion_decided_at IS NULL");
            b.HasIndex(s => new { s.ApplicationOpensOn, s.ApplicationClosesOn });
        });
    }
}

internal sealed class SessionsDbContextFactory : IDesignTimeDbContextFactory<SessionsDbContext>
{
    public SessionsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<SessionsDbContext>(SessionsDbContext.SchemaName), TimeProvider.System);
}
