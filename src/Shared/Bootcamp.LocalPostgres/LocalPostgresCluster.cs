using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Bootcamp.LocalPostgres;

/// <summary>
/// A real PostgreSQL cluster provisioned from this machine's binaries (initdb/pg_ctl), listening on 127.0.0.1 only.
/// When this process is root, the server runs as the 'postgres' OS user (via runuser, or su).
/// </summary>
/// <remarks>
/// Non-ephemeral: the data directory is kept; a server already running on it is reused (and left running on
/// dispose); a server started by this instance is stopped on dispose.
/// Ephemeral: a fresh cluster tuned for speed (no fsync), stopped and deleted on dispose, and also on normal
/// process exit if the owner never disposed it.
/// </remarks>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);
    private const int MaxStartAttempts = 3;

    private readonly PostgresServerControl _server;
    private readonly ILogger _logger;
    private readonly bool _ephemeral;
    private readonly bool _startedByThisInstance;
    private readonly string _userName;
    private readonly string _password;
    private readonly Lock _gate = new();
    private Task? _stopTask;
    private int _disposed;
    private EventHandler? _processExitHandler;

    private LocalPostgresCluster(
        PostgresServerControl server,
        ILogger logger,
        LocalPostgresOptions options,
        int port,
        string password,
        bool startedByThisInstance)
    {
        _server = server;
        _logger = logger;
        _ephemeral = options.Ephemeral;
        _userName = options.UserName;
        _password = password;
        _startedByThisInstance = startedByThisInstance;
        Port = port;
    }

    /// <summary>The TCP port the server listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>The absolute path of the data directory.</summary>
    public string DataDirectory => _server.DataDirectory;

    /// <summary>
    /// Finds the directory holding pg_ctl and initdb: <c>BOOTCAMP_PG_BIN</c> if set (and only there), else PATH,
    /// else the highest-versioned <c>/usr/lib/postgresql/*/bin</c> (also <c>/usr/pgsql-*/bin</c>, Homebrew).
    /// Symlinked binaries are resolved to their real directory. <c>null</c> when none is found.
    /// </summary>
    public static string? FindBinDirectory() => PostgresBinaries.Find();

    /// <summary>
    /// Initialises (if needed) and starts (or reuses) the cluster, and returns once a real connection succeeds.
    /// </summary>
    /// <exception cref="PostgresBinariesNotFoundException">No PostgreSQL binaries on this machine.</exception>
    /// <exception cref="InvalidOperationException">A command failed; the message has its output and the server log tail.</exception>
    public static async Task<LocalPostgresCluster> StartAsync(
        LocalPostgresOptions options,
        ILogger? logger = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.UserName);
        if (options.Port is { } requested)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(requested, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(requested, 65535);
        }

        logger ??= NullLogger.Instance;
        var binDirectory = FindBinDirectory()
            ?? throw PostgresBinariesNotFoundException.ForThisMachine();

        var dataDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.DataDirectory));
        var parent = Path.GetDirectoryName(dataDirectory)
            ?? throw new ArgumentException("The data directory must not be a file system root.", nameof(options));
        Directory.CreateDirectory(parent);

        var runner = NativeMethods.IsRoot() ? RunnerForRoot() : CommandRunner.Direct;
        var server = new PostgresServerControl(dataDirectory, binDirectory, runner, logger);

        using (await FileLock.AcquireAsync(server.LockFile, LockTimeout, logger, ct).ConfigureAwait(false))
        {
            var startedByUs = false;
            try
            {
                var binariesMajor = await server.GetBinariesMajorVersionAsync(ct).ConfigureAwait(false);
                if (options.Ephemeral)
                {
                    await WipeLeftoversAsync(server, logger, ct).ConfigureAwait(false);
                }

                string password;
                if (!server.IsInitialized)
                {
                    if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any())
                    {
                        throw new InvalidOperationException(
                            $"The data directory '{dataDirectory}' exists and is not empty, "
                            + "but holds no PostgreSQL cluster (no PG_VERSION). "
                            + "Delete it (or choose another DataDirectory) to have a cluster initialised there.");
                    }

                    password = await server.InitializeAsync(options.UserName, options.Ephemeral, ct).ConfigureAwait(false);
                }
                else
                {
                    EnsureCompatible(server, binariesMajor);
                    password = server.ReadPassword();
                }

                int port;
                if (await server.IsRunningAsync(ct).ConfigureAwait(false))
                {
                    port = server.ReadRunningPort() ?? server.ReadRecordedPort()
                        ?? throw new InvalidOperationException(
                            $"A PostgreSQL server is running on '{dataDirectory}' but its port cannot be determined "
                            + $"(postmaster.pid, {server.PortFile}).");
                    if (options.Port is { } wanted && wanted != port)
                    {
                        logger.LogWarning(
                            "PostgreSQL in {DataDirectory} is already running on port {Port}; reusing it instead of port {RequestedPort}",
                            dataDirectory,
                            port,
                            wanted);
                    }

                    server.RecordPort(port);
                    logger.LogInformation(
                        "Reusing the PostgreSQL server already running in {DataDirectory} on 127.0.0.1:{Port}",
                        dataDirectory,
                        port);
                }
                else
                {
                    await server.TakeOwnershipAsync(ct).ConfigureAwait(false);
                    port = await StartServerAsync(server, options, logger, ct).ConfigureAwait(false);
                    startedByUs = true;
                }

                var cluster = new LocalPostgresCluster(server, logger, options, port, password, startedByUs);
                await cluster.WaitUntilConnectableAsync(ct).ConfigureAwait(false);
                if (options.Ephemeral)
                {
                    cluster.StopAndDeleteOnProcessExit();
                }

                return cluster;
            }
            catch when (startedByUs || options.Ephemeral)
            {
                await CleanUpAfterFailedStartAsync(server, options.Ephemeral, startedByUs, logger).ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>
    /// <c>Host=127.0.0.1;Port=..;Username=..;Password=..;Database=..</c> for <paramref name="database"/>.
    /// </summary>
    public string ConnectionString(string database = "postgres")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = _userName,
            Password = _password,
            Database = database,
        };
        return builder.ConnectionString;
    }

    /// <summary>
    /// Stops the server (<c>pg_ctl stop -m fast -w</c>) whether or not this instance started it. Idempotent:
    /// stopping a server that is not running succeeds.
    /// </summary>
    public Task StopAsync(CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (_stopTask is null || _stopTask.IsFaulted || _stopTask.IsCanceled)
            {
                _stopTask = StopCoreAsync(ct);
            }

            return _stopTask.WaitAsync(ct);
        }
    }

    /// <summary>
    /// Ephemeral: stops the server and deletes the data directory and its sidecar files.
    /// Non-ephemeral: stops the server only if this instance started it; a reused server is left running.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_processExitHandler is not null)
        {
            AppDomain.CurrentDomain.ProcessExit -= _processExitHandler;
        }

        if (_ephemeral)
        {
            await StopAsync().ConfigureAwait(false);
            _server.DeleteDataDirectoryAndSidecars();
            _server.DeleteLockFile();
            _logger.LogInformation("Deleted ephemeral PostgreSQL data directory {DataDirectory}", DataDirectory);
        }
        else if (_startedByThisInstance)
        {
            await StopAsync().ConfigureAwait(false);
        }
        else if (_stopTask is null)
        {
            _logger.LogInformation(
                "Leaving the reused PostgreSQL server in {DataDirectory} running on 127.0.0.1:{Port}",
                DataDirectory,
                Port);
        }
    }

    private async Task StopCoreAsync(CancellationToken ct)
    {
        // Serialise with another process starting the same directory (e.g. `dotnet watch` restarting the Host).
        // An ephemeral directory is this instance's alone, and its lock file may already be gone.
        if (_ephemeral)
        {
            await _server.StopAsync(ct).ConfigureAwait(false);
            return;
        }

        using (await FileLock.AcquireAsync(_server.LockFile, LockTimeout, _logger, ct).ConfigureAwait(false))
        {
            await _server.StopAsync(ct).ConfigureAwait(false);
        }
    }

    private static CommandRunner RunnerForRoot()
    {
        const string OsUser = PostgresServerControl.ServerOsUser;
        if (File.Exists("/etc/passwd")
            && !File.ReadLines("/etc/passwd").Any(l => l.StartsWith(OsUser + ":", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException(
                $"This process runs as root and PostgreSQL refuses to run as root, so it must run as the '{OsUser}' OS user, "
                + $"which does not exist. Create it (`useradd --system --create-home --home-dir /var/lib/postgresql {OsUser}`; "
                + "installing postgresql-15 with apt-get does this) or run as a non-root user.");
        }

        return CommandRunner.AsUser(OsUser);
    }

    private static void EnsureCompatible(PostgresServerControl server, int? binariesMajor)
    {
        var dataMajor = server.ReadDataDirectoryMajorVersion();
        if (binariesMajor is not null && dataMajor is not null && binariesMajor != dataMajor)
        {
            throw new InvalidOperationException(
                $"The data directory '{server.DataDirectory}' was created by PostgreSQL {dataMajor}, "
                + $"but the binaries in '{server.BinDirectory}' "
                + $"are PostgreSQL {binariesMajor}. Set {PostgresBinaries.BinDirectoryVariable} to PostgreSQL {dataMajor} binaries, "
                + "or delete the data directory (its data is lost) to have it initialised again.");
        }
    }

    /// <summary>An ephemeral directory must start empty: stop whatever a crashed earlier run left there, and delete it.</summary>
    private static async Task WipeLeftoversAsync(PostgresServerControl server, ILogger logger, CancellationToken ct)
    {
        if (!Directory.Exists(server.DataDirectory))
        {
            server.DeleteDataDirectoryAndSidecars();
            return;
        }

        logger.LogWarning("Ephemeral data directory {DataDirectory} already exists; deleting it", server.DataDirectory);
        if (server.IsInitialized && await server.IsRunningAsync(ct).ConfigureAwait(false))
        {
            await server.StopAsync(ct).ConfigureAwait(false);
        }

        server.DeleteDataDirectoryAndSidecars();
    }

    /// <summary>
    /// Starts on the requested port, else the recorded one if still free, else a free one. If the port is taken
    /// between choosing and binding (and was not requested explicitly), retries with another free port.
    /// </summary>
    private static async Task<int> StartServerAsync(
        PostgresServerControl server,
        LocalPostgresOptions options,
        ILogger logger,
        CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            int port;
            if (options.Port is { } requested)
            {
                port = requested;
            }
            else if (attempt == 1
                && !options.Ephemeral
                && server.ReadRecordedPort() is { } recorded
                && PostgresServerControl.IsPortFree(recorded))
            {
                port = recorded;
            }
            else
            {
                if (attempt == 1 && !options.Ephemeral && server.ReadRecordedPort() is { } taken)
                {
                    logger.LogInformation("Recorded port {Port} is taken by another process; picking a new one", taken);
                }

                port = PostgresServerControl.PickFreePort();
            }

            var logOffset = server.ServerLogLength();
            var result = await server.StartAsync(port, options.Ephemeral, ct).ConfigureAwait(false);
            if (result.Succeeded)
            {
                server.RecordPort(port);
                return port;
            }

            var newLog = server.ReadServerLogSince(logOffset);
            var portConflict = newLog.Contains("could not bind", StringComparison.OrdinalIgnoreCase)
                || newLog.Contains("Address already in use", StringComparison.OrdinalIgnoreCase);
            if (portConflict && options.Port is null && attempt < MaxStartAttempts)
            {
                logger.LogWarning("Port {Port} was taken before PostgreSQL could bind it; retrying with another port", port);
                continue;
            }

            throw server.Failure($"Could not start PostgreSQL in '{server.DataDirectory}' on port {port}", result);
        }
    }

    private static async Task CleanUpAfterFailedStartAsync(PostgresServerControl server, bool ephemeral, bool startedByUs, ILogger logger)
    {
        try
        {
            if (startedByUs || (ephemeral && server.IsInitialized))
            {
                await server.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }

            if (ephemeral)
            {
                server.DeleteDataDirectoryAndSidecars();
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Cleaning up after a failed PostgreSQL start in {DataDirectory} failed", server.DataDirectory);
        }
    }

    /// <summary>Retries <c>SELECT 1</c> for up to 30 s: pg_ctl -w can return before the server accepts TCP logins.</summary>
    private async Task WaitUntilConnectableAsync(CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString())
        {
            Pooling = false,
            Timeout = 5,
        };
        var deadline = DateTime.UtcNow + ConnectTimeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var connection = new NpgsqlConnection(builder.ConnectionString);
                await using (connection.ConfigureAwait(false))
                {
                    await connection.OpenAsync(ct).ConfigureAwait(false);
                    var command = new NpgsqlCommand("SELECT 1", connection);
                    await using (command.ConfigureAwait(false))
                    {
                        await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
                    }
                }

                _logger.LogInformation("PostgreSQL is accepting connections on 127.0.0.1:{Port}", Port);
                return;
            }
            catch (PostgresException ex)
                when (ex.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL in '{DataDirectory}' rejected the login of '{_userName}' "
                    + $"with the password from '{_server.PasswordFile}' ({ex.MessageText}). "
                    + "The password file does not belong to this cluster: stop the server and delete the data directory (its data is lost) "
                    + "to have it initialised again.",
                    ex);
            }
            catch (Exception ex) when (ex is NpgsqlException or SocketException or IOException or TimeoutException)
            {
                last = ex;
                await Task.Delay(TimeSpan.FromMilliseconds(250), ct).ConfigureAwait(false);
            }
        }

        throw new InvalidOperationException(
            $"PostgreSQL in '{DataDirectory}' did not accept a connection on 127.0.0.1:{Port} within {ConnectTimeout.TotalSeconds:0} s. "
            + $"Last error: {last?.Message}{Environment.NewLine}"
            + $"--- last lines of {_server.ServerLogPath} ---{Environment.NewLine}{_server.ServerLogTail()}",
            last);
    }

    /// <summary>
    /// Ephemeral clusters run detached from this process (pg_ctl starts the postmaster in its own session), so if
    /// the owner never disposes (e.g. a test host that exits without running fixture cleanup), stop and delete
    /// on normal process exit or SIGTERM. A SIGKILLed process still leaves the server behind.
    /// </summary>
    private void StopAndDeleteOnProcessExit()
    {
        _processExitHandler = (_, _) =>
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            try
            {
                _server.StopImmediately();
                _server.DeleteDataDirectoryAndSidecars();
                _server.DeleteLockFile();
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // Nothing can be reported at process exit.
            }
        };
        AppDomain.CurrentDomain.ProcessExit += _processExitHandler;
    }
}
