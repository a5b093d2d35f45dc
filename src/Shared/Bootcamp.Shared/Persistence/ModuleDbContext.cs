using System.Text;
using System.Text.Json;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Shared.Persistence;

/// <summary>
/// Base of every module's DbContext: the module's schema is the default schema, and the outbox and inbox tables live in
/// it, so raising an event and the change that caused it commit together.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, TimeProvider clock) : DbContext(options)
{
    public abstract string Schema { get; }

    protected TimeProvider Clock { get; } = clock;

    internal DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    internal DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Stores <paramref name="integrationEvent"/> in this module's outbox; it is published once the current
    /// transaction commits.</summary>
    public void Raise(IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        var now = Clock.GetUtcNow();
        OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = IntegrationEventTypes.NameOf(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, IntegrationEventTypes.SerializerOptions),
            OccurredAt = now,
            NextAttemptAt = now,
        });
    }

    /// <summary>
    /// Erasure (decisions/0018): deletes this module's outbox messages, published or not, whose payload mentions any of
    /// <paramref name="needles"/> (a person's ids and addresses). Events carry names and addresses; an unpublished one
    /// would also recreate the person in a consumer after their erasure. Returns how many went.
    /// </summary>
    public Task<int> ForgetInOutboxAsync(IEnumerable<string> needles, CancellationToken cancellationToken)
    {
        var values = needles.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.ToLowerInvariant()).Distinct().ToArray();
        if (values.Length == 0)
        {
            return Task.FromResult(0);
        }

        // strpos, not LIKE: an address may hold '_' or '%', which LIKE would read as wildcards.
#pragma warning disable EF1002 // The schema is the module's own constant, never input.
        return Database.ExecuteSqlRawAsync(
            $"DELETE FROM \"{Schema}\".outbox_messages WHERE EXISTS (SELECT 1 FROM unnest({{0}}::text[]) n WHERE strpos(lower(payload::text), n) > 0)",
            [values], cancellationToken);
#pragma warning restore EF1002
    }

    /// <summary>How many of this module's outbox messages <see cref="ForgetInOutboxAsync"/> would delete.</summary>
    public async Task<int> CountInOutboxAsync(IEnumerable<string> needles, CancellationToken cancellationToken)
    {
        var values = needles.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.ToLowerInvariant()).Distinct().ToArray();
        if (values.Length == 0)
        {
            return 0;
        }

#pragma warning disable EF1002 // The schema is the module's own constant, never input.
        return await Database.SqlQueryRaw<int>(
            $"SELECT count(*)::int AS \"Value\" FROM \"{Schema}\".outbox_messages WHERE EXISTS (SELECT 1 FROM unnest({{0}}::text[]) n WHERE strpos(lower(payload::text), n) > 0)",
            [values]).SingleAsync(cancellationToken);
#pragma warning restore EF1002
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox_messages");
            b.HasKey(m => m.Id);
            b.Property(m => m.Type).HasMaxLength(300);
            b.Property(m => m.Payload).HasColumnType("jsonb");
            b.HasIndex(m => new { m.NextAttemptAt, m.OccurredAt })
                .HasFilter("processed_at IS NULL AND failed_at IS NULL")
                .HasDatabaseName($"ix_{Schema}_outbox_pending");
        });
        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable("inbox_messages");
            b.HasKey(m => new { m.MessageId, m.Handler });
            b.Property(m => m.Handler).HasMaxLength(300);
        });

        OnModuleModelCreating(modelBuilder);
        ApplySnakeCaseNames(modelBuilder);
    }

    protected abstract void OnModuleModelCreating(ModelBuilder modelBuilder);

    // Snake case keeps hand-written SQL (outbox claims, reports) free of quoted identifiers.
    private static void ApplySnakeCaseNames(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && !entity.IsOwned())
            {
                entity.SetTableName(ToSnakeCase(table));
            }

            // A uint row version is PostgreSQL's xmin system column (Npgsql maps it by convention): not ours to rename.
            foreach (var property in entity.GetProperties().Where(p => !(p.ClrType == typeof(uint) && p.IsConcurrencyToken)))
            {
                if (property.GetColumnName() is var column && column == property.Name)
                {
                    property.SetColumnName(ToSnakeCase(column));
                }
            }
        }
    }

    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
