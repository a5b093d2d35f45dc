using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;

namespace Bootcamp.Identity.Team;

/// <summary>
/// The link of an invitation: who, what for, until when and under which security stamp, protected by Data Protection.
/// Identity's DataProtectorTokenProvider reads the system clock; this one reads the injected <see cref="TimeProvider"/>
/// so an expiry is tested, not waited for. Single use: accepting sets a password, which changes the stamp the token
/// carries, and a resend changes it on purpose so the previous link dies (decisions/0014).
/// </summary>
internal sealed class InvitationTokenProvider(IDataProtectionProvider protection, TimeProvider clock, InvitationLifespan lifespan)
    : IUserTwoFactorTokenProvider<BootcampUser>
{
    public const string Name = "Invitation";
    public const string Purpose = "AcceptInvitation";

    private readonly IDataProtector _protector = protection.CreateProtector("Bootcamp.Identity.Invitation.v1");

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<BootcampUser> manager, BootcampUser user) => Task.FromResult(false);

    public async Task<string> GenerateAsync(string purpose, UserManager<BootcampUser> manager, BootcampUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        using var stream = new MemoryStream();
        await using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write((clock.GetUtcNow() + lifespan.Value).UtcTicks);
            writer.Write(user.Id.ToString());
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }

        return WebEncoders.Base64UrlEncode(_protector.Protect(stream.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<BootcampUser> manager, BootcampUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            using var reader = new BinaryReader(new MemoryStream(bytes), System.Text.Encoding.UTF8);
            var expires = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            return expires > clock.GetUtcNow()
                && reader.ReadString() == user.Id.ToString()
                && reader.ReadString() == purpose
                && reader.ReadString() == (await manager.GetSecurityStampAsync(user) ?? "");
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or EndOfStreamException or ArgumentException or IOException)
        {
            // A forged, truncated or foreign token is simply not a valid one.
            return false;
        }
    }
}

/// <summary>How long an invitation link lasts: <c>Bootcamp:Invitations:Lifespan</c>, seven days unless set.</summary>
public sealed class InvitationLifespan(IConfiguration configuration)
{
    public TimeSpan Value => configuration.GetValue("Bootcamp:Invitations:Lifespan", TimeSpan.FromDays(7));
}
