using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Bootcamp.Testing;

/// <summary>The Host as a real operating-system process, so a test can kill it the way a crash would.</summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    // A cold start migrates and starts the scheduler; on a loaded two-core CI machine that has taken over a minute.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(Process process) => _process = process;

    /// <summary>Where the Host listens, as it reported it once bound.</summary>
    public Uri BaseAddress => _listening.Task.IsCompletedSuccessfully
        ? _listening.Task.Result
        : throw new InvalidOperationException("The Host has not reported where it listens:\n" + Output);

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the Host and returns once it listens, or has exited (a command such as <c>migrate</c>, or a
    /// failed start), or the start timeout has passed.</summary>
    public static async Task<HostProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var hostDll = Path.Combine(AppContext.BaseDirectory, "Bootcamp.Host.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(hostDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Port 0: the operating system picks a free port as Kestrel binds, so no other process can take it in between
        // (as it could when a free port was looked up first and handed over); Kestrel then logs the one it got.
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Bootcamp"] = connectionString;
        start.Environment["Outbox__PollInterval"] = "00:00:00.200";
        start.Environment["Bootcamp__DataProtection__KeyDirectory"] = TestKeys.Directory;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Host process.");
        var host = new HostProcess(process);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await Task.WhenAny(host._listening.Task, process.WaitForExitAsync(timeout.Token));
        return host;
    }

    /// <summary>Runs the Host to completion (e.g. the <c>migrate</c> command) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToEndAsync(string connectionString, params string[] args)
    {
        await using var host = await StartAsync(connectionString, null, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await host._process.WaitForExitAsync(timeout.Token);
        host._process.WaitForExit(); // flushes the redirected streams
        return (host._process.ExitCode, host.Output);
    }

    /// <summary>Waits for a Host that is expected to stop by itself; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit(); // flushes the redirected streams
        return _process.ExitCode;
    }

    public async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.MatchesAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException("The Host exited early:\n" + Output);
                }

                try
                {
                    return (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    return HttpStatusCode.ServiceUnavailable;
                }
            },
            status => status == HttpStatusCode.OK,
            StartTimeout);
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (!_listening.Task.IsCompleted && ListeningOn().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    /// <summary>Microsoft.Hosting.Lifetime's line once Kestrel is bound, with the port it was given.</summary>
    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
