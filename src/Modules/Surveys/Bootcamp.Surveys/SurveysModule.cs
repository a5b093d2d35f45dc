using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Surveys.PersonalData;
using System.Reflection;
using Bootcamp.Shared.Jobs;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Persistence;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Invitations;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Surveys.Questionnaires;
using Bootcamp.Surveys.Results;
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

    public override void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SurveysDbContext>(Schema);
        services.AddOptions<SurveysOptions>().Bind(configuration.GetSection(SurveysOptions.Section))
            .Validate(o => o.LinkValidDays >= 1 && o.ReminderAfterDays >= 1 && o.ReminderAfterDays < o.LinkValidDays
                    && o.ReminderCheckInterval > TimeSpan.Zero && o.Evaluation.MinimumForComments >= 1,
                "Surveys: LinkValidDays ≥ 1, ReminderAfterDays between 1 and LinkValidDays, ReminderCheckInterval positive, Evaluation:MinimumForComments ≥ 1.")
            .ValidateOnStart();
        services.AddScoped<QuestionnaireStore>();
        services.AddScoped<InvitationSender>();
        services.AddScoped<SurveyLinks>();
        services.AddScoped<IPersonalDataHolder, SurveysPersonalDataHolder>();
        services.AddScoped<SubmittedResponses>();
        services.AddBootcampRecurringJob<SurveyRemindersJob>(
            SurveyRemindersJob.Name, configuration.GetValue("Surveys:ReminderCheckInterval", TimeSpan.FromHours(1)), exclusive: true);
    }
}
