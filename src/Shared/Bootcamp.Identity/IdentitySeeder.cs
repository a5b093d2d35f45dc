using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Bootcamp.Identity;

public sealed record DemoLogin(string Email, string Password, string Role);

/// <summary>Creates the roles, the first admin from configuration, and (demo data) one person per role.</summary>
public sealed partial class IdentitySeeder(
    UserManager<BootcampUser> users, RoleManager<IdentityRole<Guid>> roles, IConfiguration configuration, ILogger<IdentitySeeder> logger)
{
    public const string DemoPassword = "bootcamp-demo-2026";

    public static readonly IReadOnlyList<(string Email, string Name, string Role, string Culture)> DemoPeople =
    [
        ("staff@bootcamp.local", "Amina Diallo", Roles.Staff, "fr-CA"),
        ("instructor@bootcamp.local", "Karim Haddad", Roles.Instructor, "fr-CA"),
        ("instructor2@bootcamp.local", "Sarah Tremblay", Roles.Instructor, "en-CA"),
        ("placement@bootcamp.local", "Lucie Bernard", Roles.PlacementDirector, "fr-CA"),
        ("sponsor@bootcamp.local", "Jordan Lee (sponsor)", Roles.Sponsor, "en-CA"),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }

    /// <summary>The first admin, from <c>Bootcamp:Admin:Email</c> and <c>Bootcamp:Admin:Password</c>.</summary>
    public async Task<DemoLogin?> EnsureFirstAdminAsync()
    {
        await EnsureRolesAsync();
        var email = configuration["Bootcamp:Admin:Email"];
        var password = configuration["Bootcamp:Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            return null;
        }

        var admin = await EnsureUserAsync(email, "Administrator", Roles.Admin, "fr-CA", password);
        if (!admin.IsActive)
        {
            // The way back in when every admin was deactivated: the configured one is active again at the next start.
            admin.DeactivatedAt = null;
            await users.UpdateAsync(admin);
            LogReactivated(email);
        }

        return new DemoLogin(email, password, Roles.Admin);
    }

    public async Task<IReadOnlyList<DemoLogin>> EnsureDemoPeopleAsync()
    {
        await EnsureRolesAsync();
        var logins = new List<DemoLogin>();
        foreach (var (email, name, role, culture) in DemoPeople)
        {
            await EnsureUserAsync(email, name, role, culture, DemoPassword);
            logins.Add(new DemoLogin(email, DemoPassword, role));
        }

        return logins;
    }

    public async Task<BootcampUser> EnsureUserAsync(string email, string displayName, string role, string culture, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new BootcampUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, PreferredCulture = culture };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            LogCreated(email, role);
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            await users.AddToRoleAsync(user, role);
        }

        return user;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The configured first admin {Email} was deactivated and is active again")]
    private partial void LogReactivated(string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created user {Email} ({Role})")]
    private partial void LogCreated(string email, string role);
}
