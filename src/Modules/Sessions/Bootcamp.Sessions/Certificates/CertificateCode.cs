using System.Security.Cryptography;
using System.Text;

namespace Bootcamp.Sessions.Certificates;

/// <summary>
/// Verification codes: 12 Crockford base32 characters (60 random bits), shown in three groups of four
/// (<c>K7QM-2XPA-9TZD</c>). Crockford's alphabet has no I, L, O or U, so a code read aloud or retyped from paper
/// survives the usual confusions, which <see cref="TryNormalise"/> undoes.
/// </summary>
internal static class CertificateCode
{
    public const int Length = 12;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new code in canonical form (no dashes).</summary>
    public static string New()
    {
        var bytes = RandomNumberGenerator.GetBytes(8);
        var bits = BitConverter.ToUInt64(bytes) >> 4; // 60 bits
        var code = new char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            code[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new string(code);
    }

    /// <summary>The canonical form of what someone typed: case, dashes and spaces ignored, O read as 0, I and L as 1.
    /// Null when it cannot be a code.</summary>
    public static string? TryNormalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return null;
        }

        var canonical = new StringBuilder(Length);
        foreach (var c in input.ToUpperInvariant())
        {
            var mapped = c switch
            {
                '-' or ' ' or '\u2010' or '\u2011' or '\u2013' => (char?)null,
                'O' => '0',
                'I' or 'L' => '1',
                _ => c,
            };
            if (mapped is not { } ch)
            {
                continue;
            }

            if (!Alphabet.Contains(ch, StringComparison.Ordinal))
            {
                return null;
            }

            canonical.Append(ch);
        }

        return canonical.Length == Length ? canonical.ToString() : null;
    }

    /// <summary>The printed form: <c>K7QM-2XPA-9TZD</c>.</summary>
    public static string Format(string canonical) =>
        canonical.Length == Length ? $"{canonical[..4]}-{canonical[4..8]}-{canonical[8..]}" : canonical;
}
