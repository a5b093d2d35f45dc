using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Design;
using System.Text.Json;

namespace Bootcamp.Surveys.Persistence;

internal sealed class SurveysDbContext(DbContextOptions<SurveysDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string SchemaName = "surveys";

    private static readonly JsonSerializerOptions ChoiceJson = new(JsonSerializerDefaults.Web);

    public override string Schema => SchemaName;

    public DbSet<SurveyParticipant> Participants => Set<SurveyParticipant>();

    public DbSet<Questionnaire> Questionnaires => Set<Questionnaire>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<Answer> Answers => Set<Answer>();

    public DbSet<SessionEvaluation> Evaluations => Set<SessionEvaluation>();

    public DbSet<InterviewNote> InterviewNotes => Set<InterviewNote>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SurveyParticipant>(b =>
        {
            b.ToTable("participants");
            b.HasKey(p => p.Id);
            b.Property(p => p.Id).ValueGeneratedNever();
            b.HasIndex(p => p.SessionId);
            b.HasIndex(p => p.ApplicationId);
            b.Property(p => p.FirstName).HasMaxLength(200);
            b.Property(p => p.LastName).HasMaxLength(200);
            b.Property(p => p.Email).HasMaxLength(320);
            b.Property(p => p.PreferredLanguage).HasMaxLength(10);
            b.Ignore(p => p.IsWithdrawn);
        });
        modelBuilder.Entity<Questionnaire>(b =>
        {
            b.ToTable("questionnaires");
            b.HasKey(q => q.Id);
            // Two first uses at once cannot both create version 1.
            b.HasIndex(q => new { q.TrackId, q.Kind, q.Version }).IsUnique();
            b.Property(q => q.Kind).HasConversion<string>().HasMaxLength(30);
            b.HasMany(q => q.Questions).WithOne().HasForeignKey(q => q.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Question>(b =>
        {
            b.ToTable("questions");
            b.HasKey(q => q.Id);
            b.HasIndex(q => new { q.QuestionnaireId, q.Position });
            b.Property(q => q.Type).HasConversion<string>().HasMaxLength(30);
            b.Property(q => q.TextFr).HasMaxLength(Question.MaxTextLength);
            b.Property(q => q.TextEn).HasMaxLength(Question.MaxTextLength);
            b.Property(q => q.SkillArea).HasMaxLength(Question.MaxKeyLength);
            b.Property(q => q.CorrectChoice).HasMaxLength(Question.MaxKeyLength);
            // A plain jsonb column: the shared snake-case naming does not mix with EF's JSON-mapped owned types.
            b.Property(q => q.Choices).HasColumnType("jsonb").HasConversion(
                v => JsonSerializer.Serialize(v, ChoiceJson),
                v => JsonSerializer.Deserialize<List<Choice>>(v, ChoiceJson) ?? new List<Choice>(),
                new ValueComparer<List<Choice>>(
                    (a, b) => JsonSerializer.Serialize(a, ChoiceJson) == JsonSerializer.Serialize(b, ChoiceJson),
                    v => JsonSerializer.Serialize(v, ChoiceJson).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<List<Choice>>(JsonSerializer.Serialize(v, ChoiceJson), ChoiceJson)!));
        });
        modelBuilder.Entity<Invitation>(b =>
        {
            b.ToTable("invitations");
            b.HasKey(i => i.Id);
            b.HasIndex(i => new { i.ParticipantId, i.Kind, i.SessionId }).IsUnique();
            b.HasIndex(i => i.TokenHash).IsUnique();
            b.HasIndex(i => i.PreviousTokenHash);
            b.HasIndex(i => i.SessionId);
            b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(30);
            b.HasOne<SurveyParticipant>().WithMany().HasForeignKey(i => i.ParticipantId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Questionnaire>().WithMany().HasForeignKey(i => i.QuestionnaireId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Answer>(b =>
        {
            b.ToTable("answers");
            b.HasKey(a => a.Id);
            b.HasIndex(a => new { a.InvitationId, a.QuestionId }).IsUnique();
            b.HasOne<Invitation>().WithMany().HasForeignKey(a => a.InvitationId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Question>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<SessionEvaluation>(b =>
        {
            b.ToTable("session_evaluations");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.HasIndex(e => e.SessionId);
        });
        modelBuilder.Entity<InterviewNote>(b =>
        {
            b.ToTable("interview_notes");
            b.HasKey(n => n.Id);
            b.HasIndex(n => n.SessionId);
        });
    }
}

internal sealed class SurveysDbContextFactory : IDesignTimeDbContextFactory<SurveysDbContext>
{
    public SurveysDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<SurveysDbContext>(SurveysDbContext.SchemaName), TimeProvider.System);
}
