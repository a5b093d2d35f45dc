using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Mail.Persistence;

/// <summary>The mail queue, in schema <c>mail</c>. Column names are snake case so the claim SQL needs no quoting;
/// the recipient column is <c>to_address</c> because <c>to</c> is a reserved word in SQL.</summary>
internal sealed class MailDbContext(DbContextOptions<MailDbContext> options) : DbContext(options)
{
    public const string SchemaName = "mail";
    public const string TableName = "outgoing_mails";

    public DbSet<QueuedMail> OutgoingMails => Set<QueuedMail>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(SchemaName);
        modelBuilder.Entity<QueuedMail>(b =>
        {
            b.ToTable(TableName);
            b.HasKey(m => m.Id).HasName("pk_outgoing_mails");
            b.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(m => m.Channel).HasColumnName("channel").HasMaxLength(10).HasConversion<string>();
            b.Property(m => m.ToAddress).HasColumnName("to_address").HasMaxLength(320);
            b.Property(m => m.ToName).HasColumnName("to_name").HasMaxLength(200);
            b.Property(m => m.Subject).HasColumnName("subject").HasMaxLength(500);
            b.Property(m => m.TextBody).HasColumnName("text_body");
            b.Property(m => m.HtmlBody).HasColumnName("html_body");
            b.Property(m => m.Attachments).HasColumnName("attachments").HasColumnType("jsonb");
            b.Property(m => m.Culture).HasColumnName("culture").HasMaxLength(10);
            b.Property(m => m.Category).HasColumnName("category").HasMaxLength(100);
            b.Property(m => m.DeduplicationKey).HasColumnName("deduplication_key").HasMaxLength(300);
            b.Property(m => m.Status).HasColumnName("status").HasMaxLength(10).HasConversion<string>();
            b.Property(m => m.Attempts).HasColumnName("attempts");
            b.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
            b.Property(m => m.LastError).HasColumnName("last_error");
            b.Property(m => m.CreatedAt).HasColumnName("created_at");
            b.Property(m => m.SentAt).HasColumnName("sent_at");

            // Unique, NULLs distinct: mails without a key never collide; INSERT … ON CONFLICT DO NOTHING relies on it.
            b.HasIndex(m => m.DeduplicationKey).IsUnique().HasDatabaseName("ux_outgoing_mails_deduplication_key");
            // What the sender scans: due pending mails, oldest first.
            b.HasIndex(m => new { m.NextAttemptAt, m.CreatedAt })
                .HasFilter("status = 'Pending'")
                .HasDatabaseName("ix_outgoing_mails_pending");
            // The admin list, newest first.
            b.HasIndex(m => m.CreatedAt).HasDatabaseName("ix_outgoing_mails_created_at");
        });
    }
}

/// <summary>For <c>dotnet ef migrations add</c> (scripts/add-migration.sh); never contacts a database.</summary>
internal sealed class MailDbContextFactory : IDesignTimeDbContextFactory<MailDbContext>
{
    public MailDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<MailDbContext>(MailDbContext.SchemaName));
}
