using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;

namespace Bootcamp.Shared.Jobs;

/// <summary>
/// The Quartz tables live in their own PostgreSQL schema, <c>quartz</c>. Quartz 4.7 provisions its own tables
/// (<c>SchemaProvisioning.CreateIfMissing</c>, guarded <c>CREATE … IF NOT EXISTS</c>, race-safe across nodes) when its
/// job store initializes; it does not create the PostgreSQL schema the table prefix names, so this does, then has Quartz
/// initialize its store without starting the scheduler. Run by <c>migrate</c> (through the module migrator) and before
/// the hosted scheduler starts; idempotent.
/// </summary>
public sealed partial class QuartzSchema(
    IServiceProvider services, NpgsqlDataSource dataSource, IOptions<JobsOptions> options, ILogger<QuartzSchema> logger)
{
    /// <summary>The PostgreSQL schema holding the Quartz tables.</summary>
    public const string Schema = "quartz";

    /// <summary>The Quartz table prefix: the tables are <c>quartz.qrtz_job_details</c>, <c>quartz.qrtz_triggers</c>, ….</summary>
    public const string TablePrefix = Schema + ".qrtz_";

    /// <summary>The scheduler name every Host shares (<c>sched_name</c>): one cluster per database.</summary>
    public const string SchedulerName = "Bootcamp";

    private const string SchemaExistsSql = "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '" + Schema + "')";

    // The advisory lock serialises Hosts starting at once (the key spells "BootQrtz"): CREATE SCHEMA IF NOT EXISTS alone
    // can still fail on that race.
    private const string CreateSchemaSql = "SELECT pg_advisory_xact_lock(4787167474291471482); CREATE SCHEMA IF NOT EXISTS " + Schema + ";";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.ProvisionSchema)
        {
            await CreateSchemaIfMissingAsync(cancellationToken);
        }

        // Building the scheduler initializes its job store, which creates the missing tables (or, with provisioning off,
        // validates them). It is not started here: the hosted service starts it, and `migrate` never does.
        var factory = services.GetService<ISchedulerFactory>();
        if (factory is not null)
        {
            await factory.GetScheduler(cancellationToken);
            LogReady(Schema);
        }
    }

    private async Task CreateSchemaIfMissingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Asked first: CREATE SCHEMA checks the CREATE privilege even when the schema exists, and a running Host's
        // account may rightly lack it once `migrate` has done the work.
        await using (var exists = new NpgsqlCommand(SchemaExistsSql, connection))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken) is true)
            {
                return;
            }
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var create = new NpgsqlCommand(CreateSchemaSql, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Quartz job store ready in schema {Schema}")]
    private partial void LogReady(string schema);
}

/// <summary>Registered just before Quartz's hosted service, so the schema exists when the scheduler starts.</summary>
internal sealed class QuartzSchemaInitializer(QuartzSchema schema) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => schema.EnsureAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
