using Npgsql;

namespace Bootcamp.LocalPostgres;

/// <summary>Where the integration tests get their PostgreSQL server from.</summary>
public enum TestPostgresProvider
{
    /// <summary>Nothing usable: the tests cannot run. <see cref="PostgresForTests.Reason"/> says what to do.</summary>
    None,

    /// <summary>A cluster started from this machine's binaries (<see cref="LocalPostgresCluster"/>).</summary>
    LocalBinaries,

    /// <summary>A throw-away container of <see cref="PostgresForTests.Image"/> on the Docker engine that answered.</summary>
    Docker,

    /// <summary>A server the developer runs, named by <see cref="PostgresForTests.ConnectionStringVariable"/>.</summary>
    ExistingServer,
}

/// <summary>
/// The choice of PostgreSQL for the integration tests and a reason a person can act on. Decided in one place so the
/// test script's first line and the test fixture can never disagree; the inputs are passed in so the rules are testable
/// without Docker or binaries.
/// </summary>
public sealed record PostgresForTests(TestPostgresProvider Provider, string Reason)
{
    public const string OverrideVariable = "BOOTCAMP_TEST_PG";
    public const string ImageVariable = "BOOTCAMP_TEST_PG_IMAGE";
    public const string ConnectionStringVariable = "BOOTCAMP_TEST_PG_CONNECTION";
    public const string DefaultImage = "postgres:15";

    public string? Image { get; init; }

    public string? BinDirectory { get; init; }

    public string? ConnectionString { get; init; }

    /// <summary>One line for logs, e.g. "PostgreSQL for the tests: local binaries in /usr/lib/postgresql/15/bin (no Docker engine answered)".</summary>
    public string Describe() => "PostgreSQL for the tests: " + Provider switch
    {
        TestPostgresProvider.LocalBinaries => $"local binaries in {BinDirectory}",
        TestPostgresProvider.Docker => $"a {Image} container",
        TestPostgresProvider.ExistingServer => $"the server at {Redacted(ConnectionString!)}",
        _ => "none",
    } + $" ({Reason})";

    /// <param name="overrideValue"><c>auto</c> (or unset), <c>local</c> or <c>docker</c>.</param>
    /// <param name="connectionString">An existing server the developer runs, used unless the override says otherwise.</param>
    /// <param name="dockerEndpoint">Asked only when Docker could be chosen: the endpoint of a Docker engine that
    /// answered, or <c>null</c>.</param>
    /// <param name="binDirectory">Where pg_ctl and initdb are, or <c>null</c>.</param>
    /// <param name="searched">Where the binaries were looked for, for the message when none were found.</param>
    /// <param name="image">The container image to use instead of <see cref="DefaultImage"/>.</param>
    public static PostgresForTests Choose(
        string? overrideValue,
        string? connectionString,
        Func<string?> dockerEndpoint,
        string? binDirectory,
        string searched,
        string? image)
    {
        ArgumentNullException.ThrowIfNull(dockerEndpoint);
        image = string.IsNullOrWhiteSpace(image) ? DefaultImage : image.Trim();
        var mode = string.IsNullOrWhiteSpace(overrideValue) ? "auto" : overrideValue.Trim().ToLowerInvariant();
        PostgresForTests Local(string reason) => new(TestPostgresProvider.LocalBinaries, reason) { BinDirectory = binDirectory };
        PostgresForTests Container(string reason) => new(TestPostgresProvider.Docker, reason) { Image = image };
        var noBinaries = $"no PostgreSQL binaries (pg_ctl, initdb) in {searched}";

        switch (mode)
        {
            case "local":
                return binDirectory is not null
                    ? Local($"{OverrideVariable}=local")
                    : new(TestPostgresProvider.None, $"{OverrideVariable}=local, but {noBinaries}: install postgresql-15 or set {PostgresBinaries.BinDirectoryVariable}");
            case "docker":
                return dockerEndpoint() is { } forced
                    ? Container($"{OverrideVariable}=docker, engine at {forced}")
                    : new(TestPostgresProvider.None, $"{OverrideVariable}=docker, but no Docker engine answered");
            case "auto":
                break;
            default:
                return new(TestPostgresProvider.None, $"{OverrideVariable}='{overrideValue}' is none of auto, local, docker");
        }

        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new(TestPostgresProvider.ExistingServer, $"{ConnectionStringVariable} is set") { ConnectionString = connectionString };
        }

        if (dockerEndpoint() is { } endpoint)
        {
            return Container($"a Docker engine answered at {endpoint}");
        }

        return binDirectory is not null
            ? Local("no Docker engine answered")
            : new(TestPostgresProvider.None,
                $"no Docker engine answered and {noBinaries}: install postgresql-15, set {PostgresBinaries.BinDirectoryVariable}, "
                + $"start Docker, or set {ConnectionStringVariable} to a server where the user may create databases");
    }

    /// <summary><see cref="Choose"/> with this process's environment and this machine's binaries.</summary>
    public static PostgresForTests FromEnvironment(Func<string?> dockerEndpoint) => Choose(
        Environment.GetEnvironmentVariable(OverrideVariable),
        Environment.GetEnvironmentVariable(ConnectionStringVariable),
        dockerEndpoint,
        PostgresBinaries.Find(),
        PostgresBinaries.DescribeSearch(),
        Environment.GetEnvironmentVariable(ImageVariable));

    private static string Redacted(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"{builder.Host}:{builder.Port} as {builder.Username}";
        }
        catch (ArgumentException)
        {
            return "(an unreadable connection string)";
        }
    }
}
