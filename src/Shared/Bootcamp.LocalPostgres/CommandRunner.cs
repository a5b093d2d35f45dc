using System.Diagnostics;
using System.Text;

namespace Bootcamp.LocalPostgres;

/// <summary>The outcome of one external command.</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    public string Describe()
    {
        var text = new StringBuilder()
            .Append("Command: ").AppendLine(CommandLine)
            .Append("Exit code: ").AppendLine(ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(StandardOutput))
        {
            text.AppendLine("--- stdout ---").AppendLine(StandardOutput.TrimEnd());
        }

        if (!string.IsNullOrWhiteSpace(StandardError))
        {
            text.AppendLine("--- stderr ---").AppendLine(StandardError.TrimEnd());
        }

        return text.ToString();
    }
}

/// <summary>How commands that must not run as root are started.</summary>
internal enum SwitchUserMode
{
    /// <summary>Run the command directly as the current user.</summary>
    None,

    /// <summary><c>runuser -u &lt;user&gt; -- cmd args...</c> (argv is passed through untouched).</summary>
    RunUser,

    /// <summary><c>su &lt;user&gt; -s /bin/sh -c '&lt;quoted command line&gt;'</c>.</summary>
    Su,
}

/// <summary>
/// Runs external commands, capturing stdout/stderr, optionally as another OS user (PostgreSQL refuses to run as root).
/// </summary>
internal sealed class CommandRunner
{
    private readonly SwitchUserMode _mode;
    private readonly string? _osUser;
    private readonly string? _switchTool;

    internal CommandRunner(SwitchUserMode mode, string? osUser, string? switchTool)
    {
        _mode = mode;
        _osUser = osUser;
        _switchTool = switchTool;
    }

    /// <summary>Runs commands as the current user.</summary>
    internal static CommandRunner Direct { get; } = new(SwitchUserMode.None, null, null);

    internal string? OsUser => _osUser;

    /// <summary>Runs commands as <paramref name="osUser"/> via runuser, or su if runuser is missing.</summary>
    internal static CommandRunner AsUser(string osUser)
    {
        var runUser = FindExecutable("runuser", "/usr/sbin", "/sbin", "/usr/bin", "/bin");
        if (runUser is not null)
        {
            return new CommandRunner(SwitchUserMode.RunUser, osUser, runUser);
        }

        var su = FindExecutable("su", "/usr/bin", "/bin", "/usr/sbin", "/sbin")
            ?? throw new InvalidOperationException(
                $"Running as root, PostgreSQL must be started as the '{osUser}' OS user, but neither 'runuser' nor 'su' was found.");
        return new CommandRunner(SwitchUserMode.Su, osUser, su);
    }

    internal async Task<CommandResult> RunAsync(
        string executable,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        CancellationToken ct)
    {
        var (fileName, argv) = Wrap(executable, arguments);
        var commandLine = string.Join(' ', new[] { fileName }.Concat(argv).Select(QuoteForDisplay));

        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,

            // The OS user we switch to may not be able to access the caller's working directory (e.g. /root).
            WorkingDirectory = OperatingSystem.IsWindows() ? Path.GetTempPath() : "/",
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in argv)
        {
            startInfo.ArgumentList.Add(arg);
        }

        // PG* variables (PGDATA, PGPORT, PGOPTIONS, ...) would silently change what pg_ctl/initdb do.
        foreach (var key in startInfo.Environment.Keys.Where(k => k.StartsWith("PG", StringComparison.Ordinal)).ToList())
        {
            startInfo.Environment.Remove(key);
        }

        // Stable, English, parseable messages from the tools themselves.
        startInfo.Environment["LC_ALL"] = "C";

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"Could not start command: {commandLine}: {ex.Message}", ex);
        }

        process.StandardInput.Close();

        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutCts.CancelAfter(timeout);
        var stdoutTask = process.StandardOutput.ReadToEndAsync(timeoutCts.Token);
        var stderrTask = process.StandardError.ReadToEndAsync(timeoutCts.Token);
        try
        {
            await process.WaitForExitAsync(timeoutCts.Token).ConfigureAwait(false);
            var stdout = await stdoutTask.ConfigureAwait(false);
            var stderr = await stderrTask.ConfigureAwait(false);
            return new CommandResult(commandLine, process.ExitCode, stdout, stderr);
        }
        catch (OperationCanceledException)
        {
            TryKill(process);
            if (ct.IsCancellationRequested)
            {
                throw;
            }

            throw new InvalidOperationException($"Command timed out after {timeout.TotalSeconds:0} s: {commandLine}");
        }
    }

    /// <summary>Synchronous variant for process-exit cleanup, where nothing can be awaited.</summary>
    internal CommandResult Run(string executable, IReadOnlyList<string> arguments, TimeSpan timeout) =>
        RunAsync(executable, arguments, timeout, CancellationToken.None).GetAwaiter().GetResult();

    internal (string FileName, IReadOnlyList<string> Arguments) Wrap(string executable, IReadOnlyList<string> arguments) =>
        _mode switch
        {
            SwitchUserMode.RunUser => (_switchTool!, ["-u", _osUser!, "--", executable, .. arguments]),
            SwitchUserMode.Su => (_switchTool!,
                [_osUser!, "-s", "/bin/sh", "-c", string.Join(' ', new[] { executable }.Concat(arguments).Select(ShellQuote))]),
            _ => (executable, arguments),
        };

    /// <summary>POSIX shell single-quoting: 'it'\''s'.</summary>
    internal static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string QuoteForDisplay(string value) =>
        value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || "-_./=:,@%+".Contains(c, StringComparison.Ordinal))
            ? value
            : ShellQuote(value);

    private static void TryKill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Could not kill; nothing more to do.
        }
    }

    private static string? FindExecutable(string name, params string[] preferredDirectories)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return preferredDirectories
            .Concat(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }
}
