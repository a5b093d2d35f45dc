
namespace Bootcamp.IntegrationTests.Outbox;

/// <summary>The zero-config path of the quick start, when it cannot work: the app says what to do instead.</summary>
public sealed class LocalDatabaseTests
{
    [Fact]
    public async Task Without_a_connection_string_or_postgres_binaries_the_app_stops_and_says_what_to_do()
    {
        await using var host = await HostProcess.StartAsync("", new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["BOOTCAMP_PG_BIN"] = "/nonexistent/postgresql/bin",
        });

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ConnectionStrings__Bootcamp", host.Output, StringComparison.Ordinal);
        Assert.Contains("docker compose up", host.Output, StringComparison.Ordinal);
        Assert.Contains("apt-get install postgresql-15", host.Output, StringComparison.Ordinal);
    }
}
