namespace Bootcamp.LocalPostgres;

/// <summary>
/// Where and how <see cref="LocalPostgresCluster"/> provisions a local PostgreSQL cluster.
/// </summary>
public sealed record LocalPostgresOptions
{
    /// <summary>
    /// The cluster's data directory, e.g. <c>&lt;repo&gt;/.local/postgres</c> (git-ignored).
    /// Sidecar files are kept next to it: <c>&lt;DataDirectory&gt;.password</c>,
    /// <c>&lt;DataDirectory&gt;.port</c> and <c>&lt;DataDirectory&gt;.lock</c>.
    /// </summary>
    public required string DataDirectory { get; init; }

    /// <summary>
    /// TCP port on 127.0.0.1. <c>null</c>: reuse the port recorded next to the data directory
    /// (if it is still free), otherwise pick a free loopback port and record it.
    /// </summary>
    public int? Port { get; init; }

    /// <summary>
    /// <c>true</c> for tests: the data directory (and its sidecar files) is deleted on dispose, and the
    /// server runs with <c>fsync=off</c>, <c>synchronous_commit=off</c>, <c>full_page_writes=off</c>.
    /// Use a unique directory per run: an existing directory is wiped at start.
    /// </summary>
    public bool Ephemeral { get; init; }

    /// <summary>The database superuser role created by <c>initdb -U</c>.</summary>
    public string UserName { get; init; } = "bootcamp";
}
