using System.Reflection;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Surveys;

/// <summary>Questionnaires, tokenised survey links, responses, pre/post skill change, session evaluations.</summary>
public sealed class SurveysModule : ModuleDefinition
{
    public override string Name => "Surveys";
    public override string Schema => SurveysDbContext.SchemaName;
    public override Type DbContextType => typeof(SurveysDbContext);
    public override Assembly ContractsAssembly => typeof(SurveyKind).Assembly;

    public override void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<SurveysDbContext>(Schema);
}
