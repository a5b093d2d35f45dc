using Bootcamp.Identity.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace Bootcamp.Identity.Team;

/// <summary>
/// The link of an invitation (<see cref="StampedToken"/>), valid <see cref="InvitationLifespan"/> by the injected clock.
/// Single use: accepting sets a password, which changes the stamp the token carries, and a resend changes it on purpose
/// so the previous link dies (decisions/0014).
/// </summary>
internal sealed class InvitationTokenProvider(IDataProtectionProvider protection, TimeProvider clock, InvitationLifespan lifespan)
    : IUserTwoFactorTokenProvider<BootcampUser>
{
    public const string Name = "Invitation";
    public const string Purpose = "AcceptInvitation";

    private readonly IDataProtector _protector = protection.CreateProtector("Bootcamp.Identity.Invitation.v2");

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<BootcampUser> manager, BootcampUser user) => Task.FromResult(false);

    public Task<string> GenerateAsync(string purpose, UserManager<BootcampUser> manager, BootcampUser user) =>
        StampedToken.CreateAsync(_protector, clock.GetUtcNow(), purpose, manager, user);

    public Task<bool> ValidateAsync(string purpose, string token, UserManager<BootcampUser> manager, BootcampUser user) =>
        StampedToken.IsValidAsync(_protector, clock.GetUtcNow(), lifespan.Value, purpose, token, manager, user);
}

/// <summary>How long an invitation link lasts: <c>Bootcamp:Invitations:Lifespan</c>, seven days unless set.</summary>
public sealed class InvitationLifespan(IConfiguration configuration)
{
    public TimeSpan Value => configuration.GetValue("Bootcamp:Invitations:Lifespan", TimeSpan.FromDays(7));
}
