using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>
/// The real Host served by Kestrel on 127.0.0.1 and a free port, so a real browser reaches it over real HTTP, on a
/// database of its own copied from the migrated template. One per test class (an xunit class fixture). The app's
/// warnings and errors are kept in <see cref="ServerLog"/>: a failing browser test saves them beside its screenshots.
/// </summary>
public class LiveApp : IAsyncLifetime
{
    private readonly ServerLogProvider _log = new();
    private BootcampAppFactory? _factory;

    /// <summary>The in-process factory: its <c>Services</c> create users (see <see cref="TestUsers"/>) or read state.</summary>
    public BootcampAppFactory Factory => _factory ?? throw new InvalidOperationException("The app is not started.");

    public string ConnectionString { get; private set; } = "";

    /// <summary>Where the browser finds the app, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the app logged at warning level or above so far.</summary>
    public string ServerLog => _log.Text;

    /// <summary>A controllable clock for journeys that need the programme's calendar to move (null: real time).</summary>
    protected virtual ManualClock? CreateClock() => null;

    /// <summary>Settings for the app under test (e.g. the address of a stand-in it must call).</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings() => null;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync("browser");
        _factory = new BootcampAppFactory(ConnectionString, settings: Settings())
        {
            Clock = CreateClock(),
            ConfigureServices = services => services.AddSingleton<ILoggerProvider>(_log),
        };
        // .NET 10: the factory can host the app in Kestrel instead of the in-memory TestServer. Port 0 lets the
        // operating system pick a free port at bind time, so parallel test classes never race for one.
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        BaseAddress = new Uri(address);

        // The first requests pay for start-up (views, the first queries); paid here, where no browser timeout runs, a
        // loaded machine does not turn a journey's first page into a 15-second timeout.
        using var warmUp = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        foreach (var path in new[] { "/", "/Public/Sessions", "/Account/Login", "/Privacy" })
        {
            using var _ = await warmUp.GetAsync(new Uri(path, UriKind.Relative));
        }
    }

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (ConnectionString.Length > 0)
        {
            await TestPostgres.DropDatabaseAsync(ConnectionString);
        }
    }

    private sealed class ServerLogProvider : ILoggerProvider
    {
        private readonly StringBuilder _text = new();

        public string Text
        {
            get
            {
                lock (_text)
                {
                    return _text.ToString();
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private void Append(string line)
        {
            lock (_text)
            {
                _text.AppendLine(line);
            }
        }

        private sealed class Logger(ServerLogProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    provider.Append($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
                }
            }
        }
    }
}
