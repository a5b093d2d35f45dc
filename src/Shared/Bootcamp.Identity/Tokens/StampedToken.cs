using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Identity.Tokens;

/// <summary>
/// The one format of the site's mailed account links (invitation, password reset): when it was issued by the injected
/// clock (so a test lets time pass instead of waiting), whose account, what for, and the account's security stamp —
/// anything that renews the stamp (a password set, a reset, a new invitation, a sign-out everywhere) kills the link.
/// Protected by the caller's own Data Protection purpose, so no other token of the site passes for it. URL-safe.
/// </summary>
internal static class StampedToken
{
    public static async Task<string> CreateAsync(
        IDataProtector protector, DateTimeOffset issued, string purpose, UserManager<BootcampUser> manager, BootcampUser user)
    {
        ArgumentNullException.ThrowIfNull(protector);
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        using var stream = new MemoryStream();
        await using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(issued.UtcTicks);
            writer.Write(user.Id.ToString("D", CultureInfo.InvariantCulture));
            writer.Write(purpose ?? "");
            writer.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }

        return Base64Url.EncodeToString(protector.Protect(stream.ToArray()));
    }

    public static async Task<bool> IsValidAsync(
        IDataProtector protector, DateTimeOffset now, TimeSpan lifespan, string purpose, string token, UserManager<BootcampUser> manager,
        BootcampUser user)
    {
        ArgumentNullException.ThrowIfNull(protector);
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(protector.Unprotect(Base64Url.DecodeFromChars(token))), System.Text.Encoding.UTF8);
            var issued = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            var userId = reader.ReadString();
            var forPurpose = reader.ReadString();
            var stamp = reader.ReadString();
            return issued <= now && now < issued + lifespan
                && userId == user.Id.ToString("D", CultureInfo.InvariantCulture)
                && forPurpose == purpose
                && stamp == (await manager.GetSecurityStampAsync(user) ?? "");
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException or EndOfStreamException or IOException or ArgumentException)
        {
            // Forged, cut short or protected with another key: not a token of ours.
            return false;
        }
    }
}
