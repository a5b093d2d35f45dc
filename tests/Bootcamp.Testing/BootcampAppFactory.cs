using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit.Abstractions;

namespace Bootcamp.Testing;

/// <summary>The real Host, on a real PostgreSQL database of its own, driven over HTTP.</summary>
public sealed class BootcampAppFactory(string connectionString, bool migrate = false, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public string ConnectionString { get; } = connectionString;

    public ManualClock? Clock { get; init; }

    public Action<IServiceCollection>? ConfigureServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Bootcamp", ConnectionString);
        builder.UseSetting("Bootcamp:Database:MigrateAtStartup", migrate ? "true" : "false");
        builder.UseSetting("Bootcamp:DemoData:Enabled", "false");
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        builder.UseSetting("Bootcamp:DataProtection:KeyDirectory", TestKeys.Directory);
        // Most tests sign in with a password alone; the two-factor tests set it back to true (decisions/0017).
        builder.UseSetting("Bootcamp:SignIn:RequireTwoFactor", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (Clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            }

            ConfigureServices?.Invoke(services);
        });
    }
}

/// <summary>A clock the test moves by hand: nothing waits for real time to pass.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now;
}

/// <summary>Gives each test class its own database copied from the migrated template, dropped afterwards.</summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    public DatabaseFixture(IMessageSink diagnostics) => TestPostgres.Announce(diagnostics);

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync() => ConnectionString = await TestPostgres.CreateDatabaseAsync(GetType().Name);

    public Task DisposeAsync() => TestPostgres.DropDatabaseAsync(ConnectionString);
}

/// <summary>One Data Protection key ring for the whole test run, shared by every host a test starts (in process or as a
/// real process), as several instances of the app share one in production.</summary>
public static class TestKeys
{
    public static string Directory { get; } = System.IO.Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "bootcamp-tests-keys", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName;
}
