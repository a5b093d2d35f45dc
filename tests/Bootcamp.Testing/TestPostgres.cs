using Bootcamp.LocalPostgres;
using Npgsql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Bootcamp.Testing;

/// <summary>
/// One real PostgreSQL server per test run: a container when a Docker engine answers, else a cluster started from the
/// machine's binaries with the same provisioning code the Host uses, or a server the developer names
/// (<see cref="PostgresForTests"/> decides). A template database is migrated once; every test class gets its own copy.
/// </summary>
public static class TestPostgres
{
    // Per run, so that runs sharing a developer's own server never trip over each other's template.
    private static readonly string TemplateDatabase = "bootcamp_template_" + Guid.NewGuid().ToString("N")[..8];
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Lazy<PostgresForTests> LazyChoice = new(() => PostgresForTests.FromEnvironment(DockerEngine.Endpoint));
    private static ITestPostgresServer? _server;
    private static bool _templateReady;
    private static int _announced;

    public static PostgresForTests Choice => LazyChoice.Value;

    /// <summary>Says once per run, in xunit's diagnostic output, which PostgreSQL the tests use and why.</summary>
    public static void Announce(IMessageSink diagnostics)
    {
        if (Interlocked.Exchange(ref _announced, 1) == 0)
        {
            diagnostics.OnMessage(new DiagnosticMessage(Choice.Describe()));
        }
    }

    public static async Task<string> CreateDatabaseAsync(string hint)
    {
        var server = await StartAsync();
        await EnsureTemplateAsync(server);
        var name = "t_" + new string(hint.ToLowerInvariant().Where(char.IsLetterOrDigit).Take(30).ToArray()) + "_" + Guid.NewGuid().ToString("N")[..8];
        await Gate.WaitAsync();
        try
        {
            // CREATE DATABASE … TEMPLATE needs the template to be idle: creations are serialised.
            await ExecuteAsync(server.ConnectionString(), $"CREATE DATABASE {name} TEMPLATE {TemplateDatabase}");
        }
        finally
        {
            Gate.Release();
        }

        return server.ConnectionString(name);
    }

    /// <summary>An empty database with no schema at all, for tests of migrations themselves.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync(string hint)
    {
        var server = await StartAsync();
        var name = "e_" + new string(hint.ToLowerInvariant().Where(char.IsLetterOrDigit).Take(30).ToArray()) + "_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync(server.ConnectionString(), $"CREATE DATABASE {name}");
        return server.ConnectionString(name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var server = await StartAsync();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server.ConnectionString(), $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task<ITestPostgresServer> StartAsync()
    {
        if (_server is not null)
        {
            return _server;
        }

        await Gate.WaitAsync();
        try
        {
            if (_server is not null)
            {
                return _server;
            }

            var choice = Choice;
            var server = choice.Provider switch
            {
                TestPostgresProvider.LocalBinaries => await StartLocalClusterAsync(),
                TestPostgresProvider.Docker => await ContainerServer.StartAsync(choice.Image!),
                TestPostgresProvider.ExistingServer => new ExistingServer(choice.ConnectionString!, TemplateDatabase),
                _ => throw new InvalidOperationException(choice.Describe()),
            };
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _server = server;
            return server;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<ITestPostgresServer> StartLocalClusterAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "bootcamp-tests");
        StopClustersOfDeadRuns(root);
        var directory = Path.Combine(root, Guid.NewGuid().ToString("N"));
        var cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions { DataDirectory = directory, Ephemeral = true });
        await File.WriteAllTextAsync(directory + ".owner", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new LocalClusterServer(cluster);
    }

    /// <summary>A test host killed before its exit hook ran leaves its cluster behind: stop those whose run is gone.</summary>
    private static void StopClustersOfDeadRuns(string root)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var owner in Directory.GetFiles(root, "*.owner"))
        {
            var directory = owner[..^".owner".Length];
            if (int.TryParse(File.ReadAllText(owner), out var pid) && IsRunning(pid))
            {
                continue;
            }

            var pidFile = Path.Combine(directory, "postmaster.pid");
            if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var postmaster) && IsRunning(postmaster))
            {
                using var kill = System.Diagnostics.Process.Start("kill", ["-QUIT", postmaster.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                kill.WaitForExit();
            }

            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }

                File.Delete(owner);
                DeleteSidecars(directory);
            }
            catch (IOException)
            {
                // Still shutting down: the next run tidies it.
            }
        }

        DeleteOrphanedSidecars(root);
    }

    /// <summary>The password, port and lock files beside a cluster's directory (LocalPostgres keeps them outside it).
    /// Also sweeps those of older runs whose directory is long gone.</summary>
    private static void DeleteSidecars(string directory)
    {
        foreach (var suffix in new[] { ".password", ".port", ".lock" })
        {
            File.Delete(directory + suffix);
        }
    }

    private static void DeleteOrphanedSidecars(string root)
    {
        foreach (var file in Directory.GetFiles(root).Where(f => f.EndsWith(".password", StringComparison.Ordinal)
                     || f.EndsWith(".port", StringComparison.Ordinal) || f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            var directory = Path.Combine(root, Path.GetFileNameWithoutExtension(file));
            if (!Directory.Exists(directory) && File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddMinutes(-10))
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Another run is tidying the same folder.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task EnsureTemplateAsync(ITestPostgresServer server)
    {
        if (_templateReady)
        {
            return;
        }

        await Gate.WaitAsync();
        try
        {
            if (_templateReady)
            {
                return;
            }

            await ExecuteAsync(server.ConnectionString(), $"CREATE DATABASE {TemplateDatabase}");
            await using (var factory = new BootcampAppFactory(
                server.ConnectionString(TemplateDatabase), migrate: true, settings: new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" }))
            {
                _ = factory.Services; // starting the host applies every module's migrations
            }

            NpgsqlConnection.ClearAllPools();
            _templateReady = true;
        }
        finally
        {
            Gate.Release();
        }
    }

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
