using System.Reflection;
using System.Xml.Linq;

namespace Bootcamp.ArchitectureTests.Rules;

internal enum ProjectKind
{
    /// <summary><c>Bootcamp.&lt;Module&gt;</c>: the module's internals and its one public ModuleDefinition.</summary>
    ModuleImplementation,

    /// <summary><c>Bootcamp.&lt;Module&gt;.Contracts</c> and <c>Bootcamp.Shared.Contracts</c>: requests, events and DTOs.</summary>
    Contracts,

    /// <summary><c>Bootcamp.&lt;Module&gt;.Web</c>: the module's pages, endpoints and display.</summary>
    ModuleWeb,

    /// <summary><c>Bootcamp.Web</c>: the shell every module's pages use.</summary>
    Shell,
}

/// <summary>
/// Rule 2: references between modules are one-way.
/// A module implementation may reference Bootcamp.Shared*, any *.Contracts and framework/NuGet assemblies; never another
/// module's implementation, the Host or any other Bootcamp project.
/// A contracts assembly may reference Bootcamp.Shared.Contracts and other *.Contracts only, and no persistence (EF Core, Npgsql).
/// This checks the csproj, because the compiler drops references nothing uses and a forbidden reference would wait there
/// for its first use; the compiled types are checked by <see cref="TypeDependencyRule"/>.
/// </summary>
internal static class ModuleReferenceRule
{
    private const string Prefix = "Bootcamp.";

    /// <summary>Checks the ProjectReference, PackageReference and Reference items of a csproj (its XML text).</summary>
    public static IReadOnlyList<string> CheckProjectFile(string projectName, string csprojXml, ProjectKind kind)
    {
        var document = XDocument.Parse(csprojXml);
        var violations = new List<string>();
        foreach (var item in document.Descendants().Where(e => e.Name.LocalName is "ProjectReference" or "PackageReference" or "Reference"))
        {
            var include = (string?)item.Attribute("Include");
            if (string.IsNullOrWhiteSpace(include))
            {
                continue;
            }

            var referenced = item.Name.LocalName switch
            {
                "ProjectReference" => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')),
                "Reference" => include.Split(',')[0].Trim(),
                _ => include.Trim(),
            };
            var violation = Check(projectName, kind, referenced, $"{projectName}.csproj has <{item.Name.LocalName} Include=\"{include}\" />");
            if (violation is not null)
            {
                violations.Add(violation);
            }
        }

        return violations;
    }

    /// <summary>Null when <paramref name="from"/> may reference <paramref name="to"/>; otherwise what is wrong and how to fix it.</summary>
    public static string? Check(string from, ProjectKind kind, string to, string where) => kind switch
    {
        ProjectKind.ModuleImplementation => CheckImplementationReference(from, to, where),
        ProjectKind.Contracts => CheckContractsReference(from, to, where),
        ProjectKind.ModuleWeb => CheckWebReference(from, to, where),
        ProjectKind.Shell => CheckShellReference(to, where),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool IsBootcamp(string name) => name.StartsWith(Prefix, StringComparison.Ordinal);

    // Platform building blocks every module may use: the shared kernel and the mail queue (modules write their own
    // mails). Identity is not one of them: modules see people as ids.
    public static bool IsShared(string name) =>
        name == "Bootcamp.Shared" || name.StartsWith("Bootcamp.Shared.", StringComparison.Ordinal) || name == "Bootcamp.Mail";

    public static bool IsContracts(string name) => IsBootcamp(name) && name.EndsWith(".Contracts", StringComparison.Ordinal);

    private static string? CheckImplementationReference(string from, string to, string where)
    {
        if (!IsBootcamp(to) || IsShared(to) || IsContracts(to) || to == from)
        {
            return null;
        }

        if (to == "Bootcamp.Host")
        {
            return $"{where}: a module must never reference the Host (dependencies point from the Host to the modules). "
                + "Move what the module needs into Bootcamp.Shared or a Contracts project, and remove the reference.";
        }

        return $"{where}: {to} is another module's implementation (or a Bootcamp project that is neither Shared nor Contracts), "
            + $"so {from} would see its internals and the modules would be coupled both ways. Reference {to}.Contracts instead "
            + "and use its requests (queries/commands) and integration events; remove the reference to the implementation.";
    }

    public const string ShellName = "Bootcamp.Web";

    // A module's pages ask their own module and the others through Contracts (MediatR requests), like any other caller:
    // never its own implementation's internals, another module's pages or the Host.
    private static string? CheckWebReference(string from, string to, string where)
    {
        if (!IsBootcamp(to) || IsContracts(to) || to == ShellName || to == from)
        {
            return null;
        }

        return $"{where}: a module's Web project may reference the shell ({ShellName}) and *.Contracts only, but {to} is "
            + "an implementation, another module's Web project, the Host or infrastructure. Send that module's requests "
            + "(its Contracts) instead, or move what every page needs into the shell, and remove the reference.";
    }

    // The shell serves every module alike: platform libraries and contracts, never a module's implementation or pages.
    private static string? CheckShellReference(string to, string where)
    {
        if (!IsBootcamp(to) || IsShared(to) || IsContracts(to) || to == "Bootcamp.Identity")
        {
            return null;
        }

        return $"{where}: the shell may reference Bootcamp.Shared*, Bootcamp.Identity and *.Contracts only, but {to} is a "
            + "module's implementation or Web project, or the Host: the shell would then depend on what depends on it. "
            + "Move that piece into the module's Web project, and remove the reference.";
    }

    private static string? CheckContractsReference(string from, string to, string where)
    {
        if (IsBootcamp(to))
        {
            return IsContracts(to) || to == from
                ? null
                : $"{where}: a Contracts assembly may reference only Bootcamp.Shared.Contracts and other *.Contracts assemblies, "
                    + $"but {to} is an implementation or infrastructure assembly. Keep contracts plain (requests, events, DTOs): "
                    + "move the type you need into a Contracts project and remove the reference.";
        }

        var persistence = to.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || to.StartsWith("Npgsql", StringComparison.Ordinal);
        return persistence
            ? $"{where}: contracts must not depend on persistence ({to}). Requests, events and DTOs are plain types; keep entities, "
                + "DbContexts and EF Core configuration in the module implementation, and remove the reference."
            : null;
    }
}
