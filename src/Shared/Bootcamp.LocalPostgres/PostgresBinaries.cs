using System.Globalization;

namespace Bootcamp.LocalPostgres;

/// <summary>Locates the PostgreSQL server binaries on this machine.</summary>
internal static class PostgresBinaries
{
    internal const string BinDirectoryVariable = "BOOTCAMP_PG_BIN";

    private static string ExeSuffix => OperatingSystem.IsWindows() ? ".exe" : string.Empty;

    internal static string PgCtlPath(string binDirectory) => Path.Combine(binDirectory, "pg_ctl" + ExeSuffix);

    internal static string InitDbPath(string binDirectory) => Path.Combine(binDirectory, "initdb" + ExeSuffix);

    /// <summary>
    /// BOOTCAMP_PG_BIN (if set, it is the only place looked at), then PATH, then the highest-versioned
    /// well-known install directory (/usr/lib/postgresql/*/bin, /usr/pgsql-*/bin, Homebrew).
    /// </summary>
    internal static string? Find()
    {
        var overridden = Environment.GetEnvironmentVariable(BinDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return HasBinaries(overridden) ? Resolve(Path.TrimEndingDirectorySeparator(Path.GetFullPath(overridden))) : null;
        }

        foreach (var entry in PathDirectories())
        {
            if (HasBinaries(entry))
            {
                return Resolve(Path.TrimEndingDirectorySeparator(entry));
            }
        }

        foreach (var candidate in WellKnownDirectories())
        {
            if (HasBinaries(candidate))
            {
                return Resolve(candidate);
            }
        }

        return null;
    }

    /// <summary>Human-readable description of where <see cref="Find"/> looks, for error messages.</summary>
    internal static string DescribeSearch()
    {
        var overridden = Environment.GetEnvironmentVariable(BinDirectoryVariable);
        return !string.IsNullOrWhiteSpace(overridden)
            ? $"{BinDirectoryVariable}='{overridden}' (does not contain pg_ctl and initdb)"
            : "PATH, /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin, /opt/homebrew/opt/postgresql@*/bin, /usr/local/opt/postgresql@*/bin";
    }

    /// <summary>Whether an executable of this name is in one of PATH's directories.</summary>
    internal static bool IsOnPath(string name) => PathDirectories().Any(dir => File.Exists(Path.Combine(dir, name + ExeSuffix)));

    // Relative entries are skipped: they would name binaries by the current directory, which can be anything.
    private static IEnumerable<string> PathDirectories() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(Path.IsPathRooted);

    private static bool HasBinaries(string directory) =>
        File.Exists(PgCtlPath(directory)) && File.Exists(InitDbPath(directory));

    /// <summary>
    /// If pg_ctl is a symlink (e.g. /usr/local/bin/pg_ctl -> /usr/lib/postgresql/15/bin/pg_ctl), use the
    /// real install directory, where the postgres server binary lives as well.
    /// </summary>
    private static string Resolve(string directory)
    {
        try
        {
            var target = new FileInfo(PgCtlPath(directory)).ResolveLinkTarget(returnFinalTarget: true);
            var targetDirectory = target is null ? null : Path.GetDirectoryName(target.FullName);
            if (targetDirectory is not null && HasBinaries(targetDirectory))
            {
                return targetDirectory;
            }
        }
        catch (IOException)
        {
            // Unresolvable link: fall back to the directory as found.
        }

        return directory;
    }

    private static IEnumerable<string> WellKnownDirectories()
    {
        // (parent, directory-name prefix, sub-path under the versioned directory)
        (string Parent, string Prefix, string Sub)[] roots =
        [
            ("/usr/lib/postgresql", string.Empty, "bin"),
            ("/usr", "pgsql-", "bin"),
            ("/opt/homebrew/opt", "postgresql@", "bin"),
            ("/usr/local/opt", "postgresql@", "bin"),
        ];

        var found = new List<(Version Version, string Directory)>();
        foreach (var (parent, prefix, sub) in roots)
        {
            if (!Directory.Exists(parent))
            {
                continue;
            }

            IEnumerable<string> children;
            try
            {
                children = Directory.EnumerateDirectories(parent, prefix + "*");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var child in children)
            {
                var versionText = Path.GetFileName(child)[prefix.Length..];
                if (TryParseVersion(versionText, out var version))
                {
                    found.Add((version, Path.Combine(child, sub)));
                }
            }
        }

        return found.OrderByDescending(f => f.Version).Select(f => f.Directory);
    }

    private static bool TryParseVersion(string text, out Version version)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            version = new Version(major, 0);
            return true;
        }

        return Version.TryParse(text, out version!);
    }
}
