using Bootcamp.LocalPostgres;

namespace Bootcamp.UnitTests.LocalPostgres;

public sealed class BinariesNotFoundMessageTests
{
    private const string ComposeConnectionString =
        "Host=127.0.0.1;Port=15432;Database=bootcamp;Username=bootcamp;Password=bootcamp-dev-password";

    [Fact]
    public void With_docker_on_the_path_the_first_lines_are_the_commands_to_run()
    {
        var message = PostgresBinariesNotFoundException.BuildMessage("PATH", dockerOnPath: true, "/home/me/bootcamp");
        var lines = message.Split(Environment.NewLine);

        Assert.Equal("  cd '/home/me/bootcamp' && docker compose up -d db", lines[1]);
        Assert.Equal($"  ConnectionStrings__Bootcamp='{ComposeConnectionString}' dotnet run --project src/Host", lines[2]);
        Assert.Contains("apt-get install postgresql-15", lines[3], StringComparison.Ordinal);
        Assert.EndsWith("Searched: PATH.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_known_repository_root_the_commands_run_where_the_user_is()
    {
        var lines = PostgresBinariesNotFoundException.BuildMessage("PATH", dockerOnPath: true, null).Split(Environment.NewLine);

        Assert.Equal("  docker compose up -d db", lines[1]);
    }

    [Fact]
    public void Without_docker_the_advice_lists_every_way_and_where_it_looked()
    {
        var message = PostgresBinariesNotFoundException.BuildMessage("BOOTCAMP_PG_BIN='/nope'", dockerOnPath: false, "/home/me/bootcamp");

        Assert.DoesNotContain(Environment.NewLine, message, StringComparison.Ordinal);
        Assert.StartsWith("PostgreSQL server binaries (pg_ctl and initdb) were not found", message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Bootcamp='Host=localhost;Port=5432", message, StringComparison.Ordinal);
        Assert.Contains($"`docker compose up -d db` in the repository root and set ConnectionStrings__Bootcamp='{ComposeConnectionString}'", message, StringComparison.Ordinal);
        Assert.Contains("apt-get install postgresql-15", message, StringComparison.Ordinal);
        Assert.EndsWith("Searched: BOOTCAMP_PG_BIN='/nope'.", message, StringComparison.Ordinal);
    }
}
