using Bootcamp.LocalPostgres;

namespace Bootcamp.UnitTests.LocalPostgres;

public sealed class PostgresForTestsTests
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private const string Engine = "unix:///var/run/docker.sock";
    private const string Server = "Host=db.example;Port=5433;Username=dev;Password=secret;Database=postgres";

    public static TheoryData<string?, bool, bool, TestPostgresProvider, string> Table => new()
    {
        // override, Docker answers, binaries found → provider, reason
        { null, true, true, TestPostgresProvider.Docker, $"a Docker engine answered at {Engine}" },
        { null, true, false, TestPostgresProvider.Docker, $"a Docker engine answered at {Engine}" },
        { null, false, true, TestPostgresProvider.LocalBinaries, "no Docker engine answered" },
        { null, false, false, TestPostgresProvider.None, "no Docker engine answered and no PostgreSQL binaries" },
        { "auto", false, true, TestPostgresProvider.LocalBinaries, "no Docker engine answered" },
        { "local", true, true, TestPostgresProvider.LocalBinaries, "BOOTCAMP_TEST_PG=local" },
        { "local", false, true, TestPostgresProvider.LocalBinaries, "BOOTCAMP_TEST_PG=local" },
        { "local", true, false, TestPostgresProvider.None, "BOOTCAMP_TEST_PG=local, but no PostgreSQL binaries" },
        { "local", false, false, TestPostgresProvider.None, "BOOTCAMP_TEST_PG=local, but no PostgreSQL binaries" },
        { "docker", true, true, TestPostgresProvider.Docker, $"BOOTCAMP_TEST_PG=docker, engine at {Engine}" },
        { "Docker", true, false, TestPostgresProvider.Docker, $"BOOTCAMP_TEST_PG=docker, engine at {Engine}" },
        { "docker", false, true, TestPostgresProvider.None, "BOOTCAMP_TEST_PG=docker, but no Docker engine answered" },
        { "docker", false, false, TestPostgresProvider.None, "BOOTCAMP_TEST_PG=docker, but no Docker engine answered" },
        { "podman", true, true, TestPostgresProvider.None, "BOOTCAMP_TEST_PG='podman' is none of auto, local, docker" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Docker_when_an_engine_answers_else_the_local_binaries_unless_overridden(
        string? overrideValue, bool dockerAnswers, bool binariesFound, TestPostgresProvider expected, string reason)
    {
        var choice = Choose(overrideValue, dockerAnswers, binariesFound);

        Assert.Equal(expected, choice.Provider);
        Assert.StartsWith(reason, choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_line_names_the_provider_where_it_is_and_why()
    {
        Assert.Equal(
            $"PostgreSQL for the tests: local binaries in {Bin} (no Docker engine answered)",
            Choose(null, dockerAnswers: false, binariesFound: true).Describe());
        Assert.Equal(
            $"PostgreSQL for the tests: a postgres:15 container (a Docker engine answered at {Engine})",
            Choose(null, dockerAnswers: true, binariesFound: true).Describe());
        Assert.Equal(
            "PostgreSQL for the tests: a postgres:16-alpine container (a Docker engine answered at " + Engine + ")",
            PostgresForTests.Choose(null, null, () => Engine, Bin, "PATH", " postgres:16-alpine ").Describe());
    }

    [Fact]
    public void Without_either_the_reason_says_every_way_out()
    {
        var line = Choose(null, dockerAnswers: false, binariesFound: false).Describe();

        Assert.StartsWith("PostgreSQL for the tests: none (", line, StringComparison.Ordinal);
        Assert.Contains("in PATH, /usr/lib/postgresql/*/bin", line, StringComparison.Ordinal);
        Assert.Contains("install postgresql-15", line, StringComparison.Ordinal);
        Assert.Contains("BOOTCAMP_PG_BIN", line, StringComparison.Ordinal);
        Assert.Contains("start Docker", line, StringComparison.Ordinal);
        Assert.Contains("BOOTCAMP_TEST_PG_CONNECTION", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_named_server_wins_unless_overridden_and_its_password_stays_out_of_the_line(bool dockerAnswers, bool binariesFound)
    {
        var choice = PostgresForTests.Choose(null, Server, () => dockerAnswers ? Engine : null, binariesFound ? Bin : null, "PATH", null);

        Assert.Equal(TestPostgresProvider.ExistingServer, choice.Provider);
        Assert.Equal(Server, choice.ConnectionString);
        Assert.Equal("PostgreSQL for the tests: the server at db.example:5433 as dev (BOOTCAMP_TEST_PG_CONNECTION is set)", choice.Describe());
        Assert.Equal(TestPostgresProvider.LocalBinaries, PostgresForTests.Choose("local", Server, () => Engine, Bin, "PATH", null).Provider);
        Assert.Equal(TestPostgresProvider.Docker, PostgresForTests.Choose("docker", Server, () => Engine, Bin, "PATH", null).Provider);
    }

    [Fact]
    public void Docker_is_not_probed_when_it_cannot_be_chosen()
    {
        string? Unreachable() => throw new InvalidOperationException("probed");

        Assert.Equal(TestPostgresProvider.LocalBinaries, PostgresForTests.Choose("local", null, Unreachable, Bin, "PATH", null).Provider);
        Assert.Equal(TestPostgresProvider.ExistingServer, PostgresForTests.Choose(null, Server, Unreachable, Bin, "PATH", null).Provider);
    }

    private static PostgresForTests Choose(string? overrideValue, bool dockerAnswers, bool binariesFound) =>
        PostgresForTests.Choose(
            overrideValue,
            connectionString: null,
            () => dockerAnswers ? Engine : null,
            binariesFound ? Bin : null,
            "PATH, /usr/lib/postgresql/*/bin",
            image: null);
}
