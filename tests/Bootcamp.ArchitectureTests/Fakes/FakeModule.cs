using System.Reflection;
using Bootcamp.Shared.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.ArchitectureTests.Fakes;

// Deliberately broken inputs: this test assembly stands in for a module implementation named "Fake".

/// <summary>The fake module's legitimate public type.</summary>
public sealed class FakeModule : ModuleDefinition
{
    public const string SchemaName = "fake";

    public override string Name => "Fake";

    public override string Schema => SchemaName;

    public override Type DbContextType => typeof(FakeModuleDbContext);

    public override Assembly ContractsAssembly => typeof(FakeModule).Assembly;

    public override void Register(IServiceCollection services, IConfiguration configuration)
    {
    }
}

/// <summary>Broken on purpose (rule 1): a module implementation type that should have been internal.</summary>
public sealed class LeakyPublicHelper
{
    public static string Describe() => "I should be internal";
}
