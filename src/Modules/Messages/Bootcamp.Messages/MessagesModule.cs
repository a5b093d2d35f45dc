using System.Reflection;
using Bootcamp.Messages.Contracts;
using Bootcamp.Messages.Delivery;
using Bootcamp.Messages.Persistence;
using Bootcamp.Messages.PersonalData;
using Bootcamp.Messages.Recipients;
using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Jobs;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Messages;

/// <summary>Messages from the team to a session's people, written once in French and/or English, each person mailed in
/// their language, with the history of what went to whom in counts (decisions/0023).</summary>
public sealed class MessagesModule : ModuleDefinition
{
    public override string Name => "Messages";
    public override string Schema => MessagesDbContext.SchemaName;
    public override Type DbContextType => typeof(MessagesDbContext);
    public override Assembly ContractsAssembly => typeof(RecipientGroup).Assembly;

    public override void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<MessagesDbContext>(Schema);
        services.Configure<DeliveryOptions>(configuration.GetSection(DeliveryOptions.Section));
        services.AddScoped<Audience>();
        services.AddScoped<IPersonalDataHolder, MessagesPersonalDataHolder>();
        var interval = configuration.GetSection(DeliveryOptions.Section).Get<DeliveryOptions>()?.Interval ?? new DeliveryOptions().Interval;
        services.AddBootcampRecurringJob<DeliverMessagesJob>(DeliverMessagesJob.Name, interval, exclusive: false);
        services.AddBootcampJob<DeliverMessageJob>(DeliverMessageJob.Name);
    }
}
