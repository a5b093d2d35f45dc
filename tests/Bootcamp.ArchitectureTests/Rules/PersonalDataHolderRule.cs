using System.Reflection;
using Bootcamp.ArchitectureTests.Infrastructure;
using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.ArchitectureTests.Rules;

/// <summary>
/// decisions/0018: a module that stores a property marked <see cref="PersonalDataAttribute"/> registers an
/// <see cref="IPersonalDataHolder"/> of its own in its ModuleDefinition, so the Privacy module's export and erasure reach
/// its tables.
/// </summary>
internal static class PersonalDataHolderRule
{
    public static IReadOnlyList<string> Check(ModuleDefinition module)
    {
        var implementation = module.GetType().Assembly;
        var marked = AssemblyTypes.All(implementation)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.GetCustomAttribute<PersonalDataAttribute>() is not null)
                .Select(p => $"{AssemblyTypes.NameOf(t)}.{p.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (marked.Count == 0)
        {
            return [];
        }

        var services = new ServiceCollection();
        module.Register(services, new ConfigurationBuilder().Build());
        var holders = services.Where(s => s.ServiceType == typeof(IPersonalDataHolder) && s.ImplementationType?.Assembly == implementation).ToList();
        return holders.Count > 0
            ? []
            : [$"{module.Name}: stores personal data ({string.Join(", ", marked.Take(5))}{(marked.Count > 5 ? ", …" : "")}) but registers no "
                + "IPersonalDataHolder. Implement one in PersonalData/ and add services.AddScoped<IPersonalDataHolder, …>() to its "
                + "ModuleDefinition.Register, or the export and the erasure would miss these tables (decisions/0018)."];
    }
}
