namespace Bootcamp.ArchitectureTests.Infrastructure;

/// <summary>The source tree the tests were built from: csproj files are read from disk, because the compiler drops
/// unused references from the assemblies and a module could otherwise reference another one unnoticed.</summary>
internal static class Solution
{
    public const string SolutionFileName = "Bootcamp.sln";

    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder holding Bootcamp.sln, found by walking up from the test binaries.</summary>
    public static string RootDirectory => Root.Value;

    public static string ModulesDirectory => Path.Combine(RootDirectory, "src", "Modules");

    public static string SharedDirectory => Path.Combine(RootDirectory, "src", "Shared");

    /// <summary>Every project under src/Modules (implementations and contracts), bin and obj excluded.</summary>
    public static IReadOnlyList<string> ModuleProjectFiles() => ProjectFilesUnder(ModulesDirectory);

    public static IReadOnlyList<string> ProjectFilesUnder(string directory) =>
        Directory.EnumerateFiles(directory, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(segment => segment is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static bool IsWebProject(string projectName) =>
        projectName.EndsWith(".Web", StringComparison.Ordinal);

    public static bool IsContractsProject(string projectName) =>
        projectName.EndsWith(".Contracts", StringComparison.Ordinal);

    public static string RelativePath(string path) => Path.GetRelativePath(RootDirectory, path).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFileName} found above {AppContext.BaseDirectory}: the architecture tests must run from a build inside the repository.");
    }
}
