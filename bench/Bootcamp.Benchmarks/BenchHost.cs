using System.Net;
using System.Text.Json;
using Bootcamp.LocalPostgres;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Bootcamp.Benchmarks;

/// <summary>A fixed instant inside the benchmark session's application window (2026-11-01 to 2027-01-04).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>The real Host, configured as the integration tests configure it, on a database of its own.</summary>
internal sealed class BenchApp(string connectionString, string keyDirectory, TimeProvider clock) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        // The factory looks for the Host's folder as <solution>/Bootcamp.Host, which is src/Host here; the build's
        // MvcTestingAppManifest.json records the real path.
        builder.UseContentRoot(HostContentRoot());
        builder.UseSetting("ConnectionStrings:Bootcamp", connectionString);
        builder.UseSetting("Bootcamp:Database:MigrateAtStartup", "true");
        builder.UseSetting("Bootcamp:DemoData:Enabled", "false");
        builder.UseSetting("Bootcamp:DataProtection:KeyDirectory", keyDirectory);
        builder.UseSetting("Email:Enabled", "false");
        builder.UseSetting("Bootcamp:RateLimits:PublicFormsPerMinute", "1000000");
        // One Information line per request would flood the table and time the console, not the app.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Startup noise: EF logs as errors the reads of migration history tables that do not exist yet, and Data
        // Protection warns about a key ring in a temporary directory. A failing command during a measurement still
        // surfaces as an exception (every response and row count is checked).
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Critical");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(clock);
        });
    }

    private static string HostContentRoot()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        var roots = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest))!;
        return roots[typeof(Program).Assembly.FullName!];
    }
}

/// <summary>A PostgreSQL cluster started from the machine's binaries, one database in it, and the Host served by
/// Kestrel on a loopback port. Disposing stops the app and the cluster and deletes the temporary directories.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);

    private readonly string _root;
    private LocalPostgresCluster? _cluster;
    private BenchApp? _app;
    private int _disposed;

    private BenchHost(string root) => _root = root;

    public BenchApp App => _app ?? throw new InvalidOperationException("Not started.");

    public Uri BaseAddress { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public string ServerVersion { get; private set; } = "";

    public static async Task<BenchHost> StartAsync(int maxConnections)
    {
        var host = new BenchHost(Path.Combine(Path.GetTempPath(), "bootcamp-bench", Guid.NewGuid().ToString("N")));
        try
        {
            await host.StartCoreAsync(maxConnections);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private async Task StartCoreAsync(int maxConnections)
    {
        _cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions { DataDirectory = Path.Combine(_root, "pgdata"), Ephemeral = true });
        await using (var admin = new NpgsqlConnection(_cluster.ConnectionString()))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE bench", admin);
            await create.ExecuteNonQueryAsync();
            ServerVersion = admin.PostgreSqlVersion.ToString();
        }

        ConnectionString = _cluster.ConnectionString("bench");
        DataSource = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(ConnectionString) { MaxPoolSize = maxConnections + 4 }.ConnectionString).Build();
        var keys = Directory.CreateDirectory(Path.Combine(_root, "keys")).FullName;
        _app = new BenchApp(ConnectionString, keys, new FixedClock(Now));
        _app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app.StartServer(); // migrates every module before it listens
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (DataSource is not null)
        {
            await DataSource.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        try
        {
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held by a stopping server: the temp directory is tidied by the system.
        }
        catch (UnauthorizedAccessException)
        {
            // The cluster's files may belong to the postgres user when run as root.
        }
    }

    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
