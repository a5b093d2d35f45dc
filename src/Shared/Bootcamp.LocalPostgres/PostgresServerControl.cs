using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Bootcamp.LocalPostgres;

/// <summary>
/// Drives initdb/pg_ctl for one data directory, and owns the sidecar files next to it:
/// <c>&lt;dir&gt;.password</c> (0600, current user), <c>&lt;dir&gt;.port</c>, <c>&lt;dir&gt;.lock</c>.
/// </summary>
internal sealed class PostgresServerControl
{
    internal const string ServerOsUser = "postgres";

    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const string PasswordAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly TimeSpan PgCtlTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan InitDbTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(30);

    private readonly CommandRunner _runner;
    private readonly ILogger _logger;

    internal PostgresServerControl(string dataDirectory, string binDirectory, CommandRunner runner, ILogger logger)
    {
        DataDirectory = dataDirectory;
        BinDirectory = binDirectory;
        _runner = runner;
        _logger = logger;
    }

    internal string DataDirectory { get; }

    internal string BinDirectory { get; }

    /// <summary>True when commands run as the 'postgres' OS user because this process is root.</summary>
    internal bool SwitchesUser => _runner.OsUser is not null;

    internal string ServerLogPath => Path.Combine(DataDirectory, "server.log");

    internal string PasswordFile => DataDirectory + ".password";

    internal string PortFile => DataDirectory + ".port";

    internal string LockFile => DataDirectory + ".lock";

    private string InitPasswordFile => DataDirectory + ".initpw";

    private string PgCtl => PostgresBinaries.PgCtlPath(BinDirectory);

    internal bool IsInitialized => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    // ---------------------------------------------------------------- versions

    /// <summary>Major version of the binaries, from <c>pg_ctl --version</c> ("pg_ctl (PostgreSQL) 15.14 (Debian ...)").</summary>
    internal async Task<int?> GetBinariesMajorVersionAsync(CancellationToken ct)
    {
        var result = await _runner.RunAsync(PgCtl, ["--version"], ShortTimeout, ct).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw Failure($"Could not run {PgCtl}", result);
        }

        var text = result.StandardOutput.Trim();
        _logger.LogInformation("Using PostgreSQL binaries in {BinDirectory}: {Version}", BinDirectory, text);
        var versionToken = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(t => t.Length > 0 && char.IsAsciiDigit(t[0]));
        var majorText = versionToken is null ? null : new string(versionToken.TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(majorText, NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }

    internal int? ReadDataDirectoryMajorVersion()
    {
        var text = File.ReadAllText(Path.Combine(DataDirectory, "PG_VERSION")).Trim();
        return int.TryParse(text.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }

    // ---------------------------------------------------------------- directory preparation

    /// <summary>Creates the (empty) data directory owned by the server's OS user, mode 0700, and checks it is reachable.</summary>
    internal async Task PrepareDataDirectoryAsync(CancellationToken ct)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(DataDirectory);
            return;
        }

        Directory.CreateDirectory(DataDirectory, OwnerOnlyDirectory);
        File.SetUnixFileMode(DataDirectory, OwnerOnlyDirectory);
        await TakeOwnershipAsync(ct).ConfigureAwait(false);
        await VerifyServerUserCanAccessAsync(ct).ConfigureAwait(false);
    }

    /// <summary>As root: chown -R the data directory to the 'postgres' OS user. No-op otherwise.</summary>
    internal async Task TakeOwnershipAsync(CancellationToken ct)
    {
        if (!SwitchesUser)
        {
            return;
        }

        var result = await CommandRunner.Direct
            .RunAsync("chown", ["-R", ServerOsUser + ":", DataDirectory], ShortTimeout, ct).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw Failure($"Could not give the data directory to the '{ServerOsUser}' OS user", result);
        }
    }

    /// <summary>
    /// As root the server runs as 'postgres', which needs to traverse every parent directory. Give a precise error
    /// (naming the directory that blocks it) instead of initdb's generic "Permission denied".
    /// </summary>
    private async Task VerifyServerUserCanAccessAsync(CancellationToken ct)
    {
        if (!SwitchesUser || OperatingSystem.IsWindows())
        {
            return;
        }

        string[] readWriteEnter = ["-r", DataDirectory, "-a", "-w", DataDirectory, "-a", "-x", DataDirectory];
        var check = await _runner.RunAsync("test", readWriteEnter, ShortTimeout, ct).ConfigureAwait(false);
        if (check.Succeeded)
        {
            return;
        }

        // Find the first ancestor the server user cannot traverse.
        var chain = new List<string>();
        for (var dir = DataDirectory; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            chain.Insert(0, dir);
        }

        foreach (var dir in chain)
        {
            var traversable = await _runner.RunAsync("test", ["-x", dir], ShortTimeout, ct).ConfigureAwait(false);
            if (!traversable.Succeeded)
            {
                var mode = Convert.ToString((int)File.GetUnixFileMode(dir), 8);
                throw new InvalidOperationException(
                    $"This process runs as root, so PostgreSQL must run as the '{ServerOsUser}' OS user, but '{ServerOsUser}' cannot "
                    + $"enter the directory '{dir}' (mode 0{mode}), a parent of the data directory '{DataDirectory}'. "
                    + $"Choose a DataDirectory outside '{dir}', or make it traversable: chmod o+x '{dir}'.");
            }
        }

        throw new InvalidOperationException(
            $"The '{ServerOsUser}' OS user cannot read/write the data directory '{DataDirectory}'.{Environment.NewLine}{check.Describe()}");
    }

    // ---------------------------------------------------------------- initdb

    /// <summary>
    /// initdb with UTF8, C.UTF-8 locale (or --no-locale), scram-sha-256 auth and a fresh random password for
    /// <paramref name="userName"/>; the password is stored in <see cref="PasswordFile"/> (0600) and returned.
    /// Ephemeral clusters skip initdb's final fsync (--no-sync), as the server runs with fsync=off anyway.
    /// </summary>
    internal async Task<string> InitializeAsync(string userName, bool ephemeral, CancellationToken ct)
    {
        await PrepareDataDirectoryAsync(ct).ConfigureAwait(false);

        var password = RandomNumberGenerator.GetString(PasswordAlphabet, 32);

        // Written before initdb: a crash between initdb and this write would otherwise leave an unusable cluster.
        WriteOwnerOnlyFile(PasswordFile, password + "\n");
        WriteOwnerOnlyFile(InitPasswordFile, password + "\n");
        try
        {
            if (SwitchesUser)
            {
                var chown = await CommandRunner.Direct
                    .RunAsync("chown", [ServerOsUser + ":", InitPasswordFile], ShortTimeout, ct).ConfigureAwait(false);
                if (!chown.Succeeded)
                {
                    throw Failure("Could not hand the initdb password file to the server's OS user", chown);
                }
            }

            string[] common =
            [
                "-D", DataDirectory,
                "-U", userName,
                "--encoding=UTF8",
                "--auth-local=scram-sha-256",
                "--auth-host=scram-sha-256",
                "--pwfile=" + InitPasswordFile,
                .. (ephemeral ? ["--no-sync"] : Array.Empty<string>()),
            ];

            _logger.LogInformation("Initialising PostgreSQL cluster in {DataDirectory} (superuser {UserName})", DataDirectory, userName);
            var initDb = PostgresBinaries.InitDbPath(BinDirectory);
            var result = await _runner.RunAsync(initDb, [.. common, "--locale=C.UTF-8"], InitDbTimeout, ct).ConfigureAwait(false);
            if (!result.Succeeded && MentionsLocale(result))
            {
                _logger.LogWarning("initdb could not use locale C.UTF-8; retrying with --no-locale");
                EmptyDirectory(DataDirectory);
                result = await _runner.RunAsync(initDb, [.. common, "--no-locale"], InitDbTimeout, ct).ConfigureAwait(false);
            }

            if (!result.Succeeded)
            {
                throw Failure("initdb failed", result, includeServerLog: false);
            }
        }
        finally
        {
            File.Delete(InitPasswordFile);
        }

        return password;
    }

    internal string ReadPassword()
    {
        if (!File.Exists(PasswordFile))
        {
            throw new InvalidOperationException(
                $"The data directory '{DataDirectory}' holds a PostgreSQL cluster, but its password file '{PasswordFile}' is missing, "
                + "so no connection can be made. Delete the data directory (its data is lost) to have it initialised again.");
        }

        return File.ReadAllText(PasswordFile).Trim();
    }

    // ---------------------------------------------------------------- pg_ctl

    /// <summary><c>pg_ctl status</c>: exit 0 running, 3 not running, 4 no accessible data directory.</summary>
    internal async Task<bool> IsRunningAsync(CancellationToken ct)
    {
        var result = await _runner.RunAsync(PgCtl, ["status", "-D", DataDirectory], ShortTimeout, ct).ConfigureAwait(false);
        return result.ExitCode switch
        {
            0 => !RemoveStalePidFileOfDefunctPostmaster(),
            3 or 4 => false,
            _ => throw Failure("pg_ctl status failed", result),
        };
    }

    /// <summary>
    /// pg_ctl (and the postmaster's own lock-file check) treat a PID as alive while kill(pid, 0) succeeds, which
    /// includes a killed postmaster that is still a zombie because nobody has reaped it yet (seen in containers and
    /// sandboxes whose PID 1 reaps slowly or never). Such a postmaster.pid is stale: remove it so start works.
    /// Returns true when it did so.
    /// </summary>
    private bool RemoveStalePidFileOfDefunctPostmaster()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        try
        {
            var firstLine = File.ReadLines(pidFile).FirstOrDefault();
            if (!int.TryParse(firstLine?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || !IsDefunct(pid))
            {
                return false;
            }

            _logger.LogWarning(
                "postmaster.pid in {DataDirectory} names PID {Pid}, which is a defunct (zombie) process; removing the stale file",
                DataDirectory,
                pid);
            File.Delete(pidFile);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Linux: the state field of /proc/&lt;pid&gt;/stat is 'Z' (zombie) or 'X' (dead).</summary>
    private static bool IsDefunct(int pid)
    {
        var statPath = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
        if (!OperatingSystem.IsLinux() || !File.Exists(statPath))
        {
            return false;
        }

        // Format: "pid (comm) state ..."; comm may contain spaces or parentheses, so look after the last ')'.
        var stat = File.ReadAllText(statPath);
        var afterComm = stat.LastIndexOf(')');
        var state = afterComm >= 0 && afterComm + 2 < stat.Length ? stat[afterComm + 2] : '?';
        return state is 'Z' or 'X';
    }

    internal async Task<CommandResult> StartAsync(int port, bool ephemeral, CancellationToken ct)
    {
        // pg_ctl hands -o to the postmaster through /bin/sh, so '' below reaches postgres as an empty value.
        var serverOptions = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"-p {port}")
            .Append(" -c listen_addresses=127.0.0.1")
            .Append(" -c unix_socket_directories=''")
            .Append(" -c max_connections=200");
        if (ephemeral)
        {
            serverOptions.Append(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        }

        _logger.LogInformation("Starting PostgreSQL in {DataDirectory} on 127.0.0.1:{Port}", DataDirectory, port);
        return await _runner.RunAsync(
                PgCtl,
                ["-D", DataDirectory, "-l", ServerLogPath, "-w", "-t", "60", "-o", serverOptions.ToString(), "start"],
                PgCtlTimeout,
                ct)
            .ConfigureAwait(false);
    }

    /// <summary><c>pg_ctl stop -m fast -w</c>, falling back to immediate; succeeds if the server is not running.</summary>
    internal async Task StopAsync(CancellationToken ct)
    {
        var result = await _runner.RunAsync(PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"], PgCtlTimeout, ct)
            .ConfigureAwait(false);
        if (result.Succeeded)
        {
            _logger.LogInformation("Stopped PostgreSQL in {DataDirectory}", DataDirectory);
            return;
        }

        if (!await IsRunningAsync(ct).ConfigureAwait(false))
        {
            return; // Already stopped (or the directory is gone): stopping is idempotent.
        }

        _logger.LogWarning("pg_ctl stop -m fast failed; trying -m immediate. {Output}", result.Describe());
        var immediate = await _runner.RunAsync(PgCtl, ["stop", "-D", DataDirectory, "-m", "immediate", "-w", "-t", "30"], PgCtlTimeout, ct)
            .ConfigureAwait(false);
        if (!immediate.Succeeded && await IsRunningAsync(ct).ConfigureAwait(false))
        {
            throw Failure("pg_ctl stop failed", immediate);
        }
    }

    /// <summary>Best-effort synchronous immediate stop, for process-exit cleanup.</summary>
    internal void StopImmediately() =>
        _runner.Run(PgCtl, ["stop", "-D", DataDirectory, "-m", "immediate", "-w", "-t", "20"], TimeSpan.FromSeconds(30));

    /// <summary>The port of the running postmaster, from line 4 of postmaster.pid.</summary>
    internal int? ReadRunningPort()
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(DataDirectory, "postmaster.pid"));
            return lines.Length > 3 && int.TryParse(lines[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
                ? port
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // ---------------------------------------------------------------- ports

    internal int? ReadRecordedPort()
    {
        try
        {
            return File.Exists(PortFile)
                && int.TryParse(File.ReadAllText(PortFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
                && port is > 0 and < 65536
                ? port
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    internal void RecordPort(int port) =>
        File.WriteAllText(PortFile, port.ToString(CultureInfo.InvariantCulture) + "\n");

    internal static int PickFreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    internal static bool IsPortFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }

    // ---------------------------------------------------------------- logs, files, errors

    internal long ServerLogLength()
    {
        try
        {
            return File.Exists(ServerLogPath) ? new FileInfo(ServerLogPath).Length : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Server log text written since <paramref name="offset"/> (at most the last 64 KiB).</summary>
    internal string ReadServerLogSince(long offset)
    {
        try
        {
            if (!File.Exists(ServerLogPath))
            {
                return string.Empty;
            }

            using var stream = new FileStream(ServerLogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var start = Math.Max(offset, stream.Length - (64 * 1024));
            if (start >= stream.Length)
            {
                return string.Empty;
            }

            stream.Seek(start, SeekOrigin.Begin);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"(could not read {ServerLogPath}: {ex.Message})";
        }
    }

    internal string ServerLogTail(int lines = 25)
    {
        var text = ReadServerLogSince(Math.Max(0, ServerLogLength() - 16 * 1024));
        var all = text.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    internal InvalidOperationException Failure(string what, CommandResult result, bool includeServerLog = true)
    {
        var message = new StringBuilder().AppendLine(what).Append(result.Describe());
        if (includeServerLog)
        {
            var tail = ServerLogTail();
            message.Append("--- last lines of ").Append(ServerLogPath).AppendLine(" ---")
                .AppendLine(string.IsNullOrWhiteSpace(tail) ? "(empty or missing)" : tail.TrimEnd());
        }

        return new InvalidOperationException(message.ToString());
    }

    /// <summary>Deletes the data directory and its sidecar files (except the lock file, which may be held).</summary>
    internal void DeleteDataDirectoryAndSidecars()
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        File.Delete(PasswordFile);
        File.Delete(PortFile);
        File.Delete(InitPasswordFile);
    }

    internal void DeleteLockFile() => File.Delete(LockFile);

    private static bool MentionsLocale(CommandResult result) =>
        (result.StandardOutput + result.StandardError).Contains("locale", StringComparison.OrdinalIgnoreCase);

    private static void EmptyDirectory(string directory)
    {
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo dir)
            {
                dir.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
    }

    private static void WriteOwnerOnlyFile(string path, string content)
    {
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        using var writer = new StreamWriter(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options);
        writer.Write(content);
    }
}
