using Bootcamp.Shared.Contracts;
using MediatR;
using Bootcamp.Identity.Audit;
using Bootcamp.Identity.Passwords;
using Bootcamp.Identity.Persistence;
using Bootcamp.Identity.Team;
using Bootcamp.Identity.TwoFactor;
using Bootcamp.Shared.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bootcamp.Identity;

public static class IdentityRegistration
{
    public static IServiceCollection AddBootcampIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPlatformDbContext<IdentityStoreDbContext>(IdentityStoreDbContext.SchemaName);
        services
            .AddIdentity<BootcampUser, IdentityRole<Guid>>(options =>
            {
                // NIST 800-63B: length over composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Bootcamp:SignIn:MaxFailedAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                // "Confirmed" means active here: ActiveAccountConfirmation refuses deactivated accounts at every sign-in.
                options.SignIn.RequireConfirmedAccount = true;
                // A reset link lives two hours, not the default token's day (decisions/0017).
                options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProviderOptions.ProviderName;
            })
            .AddUserValidator<MailAddressUserValidator>()
            .AddUserConfirmation<ActiveAccountConfirmation>()
            .AddEntityFrameworkStores<IdentityStoreDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.Name)
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProviderOptions.ProviderName);
        services.AddOptions<PasswordResetTokenProviderOptions>();
        services.AddSingleton<TwoFactorRequirement>();
        services.AddScoped<TwoFactorSignIn>();
        services.AddScoped<AuthenticatorSetup>();
        services.AddScoped<PasswordResets>();
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, SessionValidator>());
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<UserDirectory>();
        // The account audit is kept Bootcamp:Retention:AuditYears, then the Privacy module's job deletes it (decisions/0020).
        services.AddScoped<Bootcamp.Shared.Contracts.PersonalData.IAuditTrail, AccountAuditTrail>();
        services.AddTransient<IRequestHandler<GetTeamMembers, IReadOnlyList<TeamMemberDto>>, GetTeamMembersHandler>();
        services.AddTransient<IRequestHandler<GetTeamMemberNames, IReadOnlyDictionary<Guid, string>>, GetTeamMemberNamesHandler>();
        services.AddScoped<IdentitySeeder>();
        services.AddScoped(sp => new TeamDirectory(sp.GetRequiredService<IdentityStoreDbContext>()));
        services.AddScoped<TeamAdministration>();
        services.AddScoped(sp => new AdminGuard(sp.GetRequiredService<IdentityStoreDbContext>()));
        services.AddSingleton<InvitationLifespan>();
        services.AddScoped(sp => new AccountAudit(sp.GetRequiredService<IdentityStoreDbContext>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
