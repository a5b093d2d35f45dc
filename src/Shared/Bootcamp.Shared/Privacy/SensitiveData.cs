using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Bootcamp.Shared.Privacy;

/// <summary>
/// Encrypts sensitive fields before they reach the database (docs/PRODUCT.md: immigration status, country, demographics,
/// free text). ASP.NET Core Data Protection does the cryptography and key rotation; its key ring lives outside the
/// database (a mounted directory), so a database dump alone reveals nothing.
/// </summary>
public sealed class SensitiveData(IDataProtectionProvider provider)
{
    public SensitiveProtector For(string purpose) => new(provider.CreateProtector("Bootcamp.Sensitive." + purpose));

    /// <summary>Private links (status, surveys): 256 random bits, URL-safe. Only a hash is stored.</summary>
    public static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static byte[] HashToken(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Whether <paramref name="token"/> has the shape <see cref="NewToken"/> gives: 43 URL-safe characters.
    /// Anything else opens no link and is not worth a database lookup.</summary>
    public static bool IsWellFormedToken([NotNullWhen(true)] string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public sealed class SensitiveProtector(IDataProtector protector)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Protect<T>(T value) => protector.Protect(JsonSerializer.Serialize(value, Json));

    public T Unprotect<T>(string protectedValue) =>
        JsonSerializer.Deserialize<T>(protector.Unprotect(protectedValue), Json)
        ?? throw new InvalidOperationException("An encrypted field decrypted to nothing.");
}
