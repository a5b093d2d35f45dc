using System.Reflection;
using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.PersonalData;
using Bootcamp.Privacy.Persistence;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Privacy;

/// <summary>Law 25 made operable: the register of access and erasure requests with their deadline, and the export and
/// erasure of one person across every module that holds data on them (decisions/0018).</summary>
public sealed class PrivacyModule : ModuleDefinition
{
    public override string Name => "Privacy";
    public override string Schema => PrivacyDbContext.SchemaName;
    public override Type DbContextType => typeof(PrivacyDbContext);
    public override Assembly ContractsAssembly => typeof(PrivacyRequestKind).Assembly;

    public override void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PrivacyDbContext>(Schema);
        services.AddScoped<PersonalDataOffice>();
    }
}
