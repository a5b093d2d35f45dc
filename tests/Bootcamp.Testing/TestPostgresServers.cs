using Bootcamp.LocalPostgres;
using DotNet.Testcontainers.Configurations;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Bootcamp.Testing;

/// <summary>A PostgreSQL server the tests may create and drop databases on, reached over TCP on this machine.</summary>
internal interface ITestPostgresServer : IAsyncDisposable
{
    string ConnectionString(string database = "postgres");
}

internal sealed class LocalClusterServer(LocalPostgresCluster cluster) : ITestPostgresServer
{
    public string ConnectionString(string database = "postgres") => cluster.ConnectionString(database);

    public ValueTask DisposeAsync() => cluster.DisposeAsync();
}

/// <summary>A throw-away container; Testcontainers' reaper removes it too if this process dies before disposing it.</summary>
internal sealed class ContainerServer : ITestPostgresServer
{
    private readonly PostgreSqlContainer _container;
    private readonly string _connectionString;

    private ContainerServer(PostgreSqlContainer container)
    {
        _container = container;
        _connectionString = container.GetConnectionString();
    }

    public static async Task<ITestPostgresServer> StartAsync(string image)
    {
        // The builder already turns fsync off; the connection limit matches the local clusters', which parallel test
        // classes each with their own host and pool need.
        var container = new PostgreSqlBuilder(image).WithCommand("-c", "max_connections=200").Build();
        await container.StartAsync();
        return new ContainerServer(container);
    }

    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder(_connectionString) { Database = database }.ConnectionString;

    public ValueTask DisposeAsync() => _container.DisposeAsync();
}

/// <summary>The developer's own server: left running; only this run's template is dropped (the tests drop their own).</summary>
internal sealed class ExistingServer(string connectionString, string templateDatabase) : ITestPostgresServer
{
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await TestPostgres.ExecuteAsync(ConnectionString(), $"DROP DATABASE IF EXISTS {templateDatabase} WITH (FORCE)");
    }
}

internal static class DockerEngine
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The endpoint of a Docker engine that answered a ping, or <c>null</c>. Testcontainers pings its candidate endpoints
    /// (DOCKER_HOST, its properties file, the usual sockets) once, in a static initialiser with no timeout of its own,
    /// and leaves <c>DockerEndpointAuthConfig</c> null when none answers: the wait is bounded here so that a socket that
    /// accepts and never replies costs a few seconds, not the run.
    /// </summary>
    public static string? Endpoint()
    {
        var probe = Task.Run(() => TestcontainersSettings.OS.DockerEndpointAuthConfig?.Endpoint?.ToString());
        try
        {
            return probe.Wait(ProbeTimeout) ? probe.Result : null;
        }
        catch (AggregateException)
        {
            return null; // Testcontainers could not even read its configuration: no engine for us either way.
        }
    }
}
