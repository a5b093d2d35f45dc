using Bootcamp.Mail.Persistence;
using Bootcamp.Mail.PersonalData;
using Bootcamp.Mail.Sending;
using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Links;
using Bootcamp.Shared.Persistence;
using MimeKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Bootcamp.Mail;

public static class MailRegistration
{
    /// <summary>
    /// The mail queue (<see cref="IMailQueue"/>), its admin view (<see cref="IMailbox"/>), its store (schema <c>mail</c>,
    /// migrated with the modules) and the background sender, configured from the <c>Email</c> section.
    /// </summary>
    public static IServiceCollection AddBootcampMail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => MailboxAddress.TryParse(o.From, out _), "Email:From must be an e-mail address, optionally with a name: \"Bootcamp <no-reply@example.org>\".")
            .Validate(o => o.MaxAttempts >= 1, "Email:MaxAttempts must be at least 1.")
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Email:PollInterval must be positive.")
            .Validate(o => o.RetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.RetryDelay, "Email:RetryDelay must be positive and at most Email:MaxRetryDelay.")
            .Validate(o => o.Smtp.Port is > 0 and <= 65535, "Email:Smtp:Port must be a TCP port.")
            .ValidateOnStart();

        services.AddOptions<Texting.TextMessageOptions>()
            .Bind(configuration.GetSection(Texting.TextMessageOptions.Section))
            .Validate(o => !o.Enabled || o.IsUsable, "TextMessages:Endpoint must be an absolute http(s) address when TextMessages:Enabled is true.")
            .Validate(o => o.MaxSegments is >= 1 and <= 10, "TextMessages:MaxSegments must be between 1 and 10.")
            .ValidateOnStart();
        services.AddPlatformDbContext<MailDbContext>(MailDbContext.SchemaName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new MailHostEnvironment(environment.IsDevelopment(), environment.ContentRootPath));
        services.AddSingleton<MailSignal>();
        // Where the site's (private) links point: the sender takes them out of sent mail.
        services.AddOptions<PublicLinkOptions>().Bind(configuration.GetSection(PublicLinkOptions.Section));
        services.AddSingleton<SentMailRedaction>();
        services.AddSingleton<PrivacyFooter>();
        services.AddSingleton<MailQueue>();
        services.AddSingleton<IMailQueue>(sp => sp.GetRequiredService<MailQueue>());
        services.AddSingleton<ITextMessageQueue>(sp => sp.GetRequiredService<MailQueue>());
        services.AddSingleton<IMailbox, Mailbox>();
        services.AddSingleton<IMailOperations, MailOperations>();
        services.AddSingleton<MailTransportSelector>();
        services.AddHostedService<MailSender>();
        // The queue holds mail to and about people: it answers for it like a module (decisions/0018).
        services.AddScoped<IPersonalDataHolder, MailPersonalDataHolder>();
        return services;
    }
}
