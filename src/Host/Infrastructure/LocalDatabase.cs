using Bootcamp.LocalPostgres;
using Bootcamp.Shared.Persistence;
using Npgsql;

namespace Bootcamp.Host.Infrastructure;

/// <summary>
/// Zero-config development database: with no connection string, a PostgreSQL cluster is provisioned from the machine's
/// binaries under the git-ignored <c>.local/postgres</c> folder, reused on the next run, and stopped when the app stops.
/// </summary>
internal static class LocalDatabase
{
    private const string DatabaseName = "bootcamp";

    public static async Task AddLocalDatabaseWhenNoneConfiguredAsync(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ModuleDbContextRegistration.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured) || !builder.Environment.IsDevelopment())
        {
            return;
        }

        var repositoryRoot = FindRepositoryRoot(builder.Environment.ContentRootPath);
        if (LocalPostgresCluster.FindBinDirectory() is null)
        {
            throw PostgresBinariesNotFoundException.ForThisMachine(repositoryRoot);
        }

        var dataDirectory = builder.Configuration["Bootcamp:LocalPostgres:DataDirectory"]
            ?? Path.Combine(repositoryRoot, ".local", "postgres");
        var port = builder.Configuration.GetValue<int?>("Bootcamp:LocalPostgres:Port");
        using var loggerFactory = LoggerFactory.Create(l => l.AddConsole());
        var cluster = await LocalPostgresCluster.StartAsync(
            new LocalPostgresOptions { DataDirectory = dataDirectory, Port = port },
            loggerFactory.CreateLogger("LocalPostgres"));
        await EnsureDatabaseAsync(cluster);

        builder.Configuration[$"ConnectionStrings:{ModuleDbContextRegistration.ConnectionStringName}"] = cluster.ConnectionString(DatabaseName);
        builder.Services.AddSingleton(cluster);
        builder.Services.AddHostedService<LocalDatabaseLifetime>();
    }

    private static async Task EnsureDatabaseAsync(LocalPostgresCluster cluster)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString());
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", DatabaseName);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    internal static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bootcamp.sln")) || File.Exists(Path.Combine(dir.FullName, "Bootcamp.slnx")))
            {
                return dir.FullName;
            }
        }

        return start;
    }

    private sealed class LocalDatabaseLifetime(LocalPostgresCluster cluster) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken) => await cluster.DisposeAsync();
    }
}
