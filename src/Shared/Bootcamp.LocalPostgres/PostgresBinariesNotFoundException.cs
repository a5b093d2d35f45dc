namespace Bootcamp.LocalPostgres;

/// <summary>
/// Thrown when no PostgreSQL server binaries (<c>pg_ctl</c>, <c>initdb</c>) can be found on this machine,
/// so no local cluster can be provisioned. The message says what to do instead.
/// </summary>
public sealed class PostgresBinariesNotFoundException : Exception
{
    internal const string ComposeCommand = "docker compose up -d db";

    /// <summary>The db service of docker-compose.yml as seen from this machine (its published port, user, password, database).</summary>
    internal const string ComposeConnectionString =
        "Host=127.0.0.1;Port=15432;Database=bootcamp;Username=bootcamp;Password=bootcamp-dev-password";

    internal const string Advice =
        "PostgreSQL server binaries (pg_ctl and initdb) were not found, so no local PostgreSQL cluster can be started. "
        + "Do one of the following: "
        + "(1) point the app at an existing PostgreSQL 15+ server by setting the connection string, e.g. "
        + "ConnectionStrings__Bootcamp='Host=localhost;Port=5432;Username=postgres;Password=...;Database=bootcamp'; "
        + "(2) on a machine with Docker, run `" + ComposeCommand + "` in the repository root and set "
        + "ConnectionStrings__Bootcamp='" + ComposeConnectionString + "' (the values in docker-compose.yml); "
        + "(3) install PostgreSQL 15 (Debian/Ubuntu: `apt-get install postgresql-15`), "
        + "or set BOOTCAMP_PG_BIN to the directory that contains pg_ctl and initdb.";

    /// <summary>Creates the exception with the standard advice message.</summary>
    public PostgresBinariesNotFoundException()
        : base(Advice)
    {
    }

    /// <summary>Creates the exception with a custom message.</summary>
    public PostgresBinariesNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a custom message and an inner exception.</summary>
    public PostgresBinariesNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The exception for this machine: where the binaries were looked for, and the Docker way first when
    /// <c>docker</c> is on PATH, since that is then the shortest way to a running app.</summary>
    public static PostgresBinariesNotFoundException ForThisMachine(string? repositoryRoot = null) =>
        new(BuildMessage(
            PostgresBinaries.DescribeSearch(),
            PostgresBinaries.IsOnPath("docker"),
            repositoryRoot is not null && File.Exists(Path.Combine(repositoryRoot, "docker-compose.yml")) ? repositoryRoot : null));

    internal static string BuildMessage(string searched, bool dockerOnPath, string? repositoryRoot)
    {
        var message = $"{Advice} Searched: {searched}.";
        if (!dockerOnPath)
        {
            return message;
        }

        var cd = string.IsNullOrWhiteSpace(repositoryRoot) ? "" : $"cd {CommandRunner.ShellQuote(repositoryRoot)} && ";
        return "PostgreSQL server binaries (pg_ctl and initdb) were not found, but Docker is installed. Start the database "
            + $"of docker-compose.yml and run the app against it:{Environment.NewLine}"
            + $"  {cd}{ComposeCommand}{Environment.NewLine}"
            + $"  ConnectionStrings__Bootcamp='{ComposeConnectionString}' dotnet run --project src/Host{Environment.NewLine}"
            + message;
    }
}
