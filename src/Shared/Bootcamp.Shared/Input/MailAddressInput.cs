using System.Diagnostics.CodeAnalysis;
using Bootcamp.Shared.Resources;
using FluentValidation;
using MimeKit;

namespace Bootcamp.Shared.Input;

/// <summary>
/// The one rule for an e-mail address entering the application, whatever the door (application form, API, sponsor user,
/// seeded account): an address the mail sender can deliver to and that means one thing. It is read by the parser the
/// sender builds its messages with (MimeKit, strict), and then must be exactly one bare mailbox as typed: no display name,
/// comment, list, route or quoted part, an ASCII local part (a server without SMTPUTF8 refuses anything else) and an
/// internet host name. An address that passes here never ends up "Invalid recipient address" in the mail queue.
/// </summary>
public static class MailAddressInput
{
    /// <summary>RFC 5321 allows a 256-character path, angle brackets included.</summary>
    public const int MaxLength = 254;

    private const string LocalPartSymbols = "!#$%&'*+-/=?^_`{|}~";

    private static readonly ParserOptions Strict = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
        AllowUnquotedCommasInAddresses = false,
        Rfc2047ComplianceMode = RfcComplianceMode.Strict,
    };

    /// <summary>The field message, in the current UI culture.</summary>
    public static string Message => SharedMessages.MailAddressInvalid;

    public static bool IsValid([NotNullWhen(true)] string? text) => TryParse(text, out _);

    /// <summary>The mailbox <paramref name="text"/> stands for, when it is a deliverable address and nothing else. White
    /// space around it is ignored (a phone keyboard adds a space after a suggestion; callers store the trimmed text).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out MailboxAddress? mailbox)
    {
        mailbox = null;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength
            || !MailboxAddress.TryParse(Strict, text, out var parsed)
            // The parser also reads "Name <a@b>", "a@b (comment)" or a trailing dot: the address must be the text itself.
            || !string.Equals(parsed.Address, text, StringComparison.Ordinal)
            || !string.IsNullOrEmpty(parsed.Name) || parsed.Route.Count > 0
            || !IsLocalPart(parsed.LocalPart) || !IsHostName(parsed.Domain))
        {
            return false;
        }

        mailbox = parsed;
        return true;
    }

    /// <summary>FluentValidation: the property is an address under <see cref="MailAddressInput"/>'s rule.</summary>
    public static IRuleBuilderOptions<T, string> MailAddress<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(text => IsValid(text)).WithMessage(_ => Message);

    // A dot-atom of ASCII letters, digits and the RFC 5322 symbols; no quoted string.
    private static bool IsLocalPart(string local) =>
        local.Length is > 0 and <= 64 && local.All(c => char.IsAsciiLetterOrDigit(c) || c == '.' || LocalPartSymbols.Contains(c, StringComparison.Ordinal));

    // Two labels at least (no "localhost", no address literal); letters (any script, for international domains), digits
    // and inner hyphens; a top-level label that is not a number.
    private static bool IsHostName(string domain)
    {
        var labels = domain.Split('.');
        return domain.Length <= 253 && labels.Length >= 2
            && labels.All(l => l.Length is > 0 and <= 63 && l[0] != '-' && l[^1] != '-' && l.All(c => char.IsLetterOrDigit(c) || c == '-'))
            && !labels[^1].All(char.IsAsciiDigit);
    }
}
