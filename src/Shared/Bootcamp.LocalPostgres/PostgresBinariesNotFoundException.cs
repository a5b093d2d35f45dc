namespace Bootcamp.LocalPostgres;

/// <summary>
/// Thrown when no PostgreSQL server binaries (<c>pg_ctl</c>, <c>initdb</c>) can be found on this machine,
/// so no local cluster can be provisioned. The message says what to do instead.
/// </summary>
public sealed class PostgresBinariesNotFoundException : Exception
{
    internal const string Advice =
        "PostgreSQL server binaries (pg_ctl and initdb) were not found, so no local PostgreSQL cluster can be started. "
        + "Do one of the following: "
        + "(1) point the app at an existing PostgreSQL 15+ server by setting the connection string, e.g. "
        + "ConnectionStrings__Bootcamp='Host=localhost;Port=5432;Username=postgres;Password=...;Database=bootcamp'; "
        + "(2) on a machine with Docker, run `docker compose up` (or just `docker compose up -d db`) in the repository root and set "
        + "ConnectionStrings__Bootcamp='Host=127.0.0.1;Port=15432;Username=bootcamp;Password=bootcamp-dev-password;Database=bootcamp' "
        + "(the values in docker-compose.yml); "
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

    internal static PostgresBinariesNotFoundException Create(string searched) =>
        new($"{Advice} Searched: {searched}.");
}
