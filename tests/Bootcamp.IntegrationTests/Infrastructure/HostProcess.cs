using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bootcamp.IntegrationTests.Infrastructure;

/// <summary>The Host as a real operating-system process, so a test can kill it the way a crash would.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

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

    public static async Task<HostProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var port = FreePort();
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
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Bootcamp"] = connectionString;
        start.Environment["Outbox__PollInterval"] = "00:00:00.200";
        start.Environment["Bootcamp__DataProtection__KeyDirectory"] = TestKeys.Directory;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Host process.");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
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
            // A cold start migrates and starts the scheduler; on a loaded two-core CI machine that has taken over a minute.
            TimeSpan.FromSeconds(120));
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
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
