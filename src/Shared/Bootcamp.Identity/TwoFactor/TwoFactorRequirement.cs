using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bootcamp.Identity.TwoFactor;

/// <summary>
/// Who must sign in with a second factor (decisions/0017): the roles that see personal data. The setting
/// <c>Bootcamp:SignIn:RequireTwoFactor</c> can turn it off only in Development and Testing; anywhere else it is
/// ignored (and <see cref="IgnoredSetting"/> says so, for a warning at start-up).
/// </summary>
public sealed class TwoFactorRequirement
{
    public const string Setting = "Bootcamp:SignIn:RequireTwoFactor";

    /// <summary>Admin, Staff and the placement director see applicants' and participants' personal data.</summary>
    public static readonly IReadOnlyList<string> RolesRequiringIt = [Roles.Admin, Roles.Staff, Roles.PlacementDirector];

    public TwoFactorRequirement(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration.GetValue(Setting, true);
        var relaxable = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        Enabled = configured || !relaxable;
        IgnoredSetting = !configured && !relaxable;
    }

    /// <summary>False only where the setting may relax it (Development, Testing) and does.</summary>
    public bool Enabled { get; }

    /// <summary>The setting asked to relax it where it may not.</summary>
    public bool IgnoredSetting { get; }

    /// <summary>Whether this person's roles require a second factor (whether or not they already have one).</summary>
    public bool AppliesTo(ClaimsPrincipal person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Enabled && RolesRequiringIt.Any(person.IsInRole);
    }
}
