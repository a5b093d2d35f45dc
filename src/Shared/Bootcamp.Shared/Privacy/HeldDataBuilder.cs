using System.Globalization;
using Bootcamp.Shared.Contracts.PersonalData;

namespace Bootcamp.Shared.Privacy;

/// <summary>
/// Builds one module's answer to "what do you hold on this person" from one enum of the module's Contracts: a member's
/// name is the stable key of the export (camel case), its label (Labels/*.resx) the text in the reader's language.
/// Values are written the same way in every language (ISO dates, codes of enums) so an export compares across requests.
/// </summary>
public sealed class HeldDataBuilder<TItem>(string module, Func<TItem, string> label)
    where TItem : struct, Enum
{
    private readonly List<HeldRecord> _records = [];

    public HeldDataBuilder<TItem> Add(TItem kind, params (TItem Field, object? Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _records.Add(new HeldRecord(Key(kind), label(kind), [.. fields.Select(f => new HeldField(Key(f.Field), label(f.Field), Format(f.Value)))]));
        return this;
    }

    public HeldData Build(TItem moduleLabel) => new(module, label(moduleLabel), _records);

    public ErasureLine Line(TItem kind, ErasureEffect effect, int count) => new(Key(kind), label(kind), effect, count);

    /// <summary>The module's own name in the reader's language.</summary>
    public string ModuleLabel(TItem moduleLabel) => label(moduleLabel);

    private static string Key(TItem item)
    {
        var name = item.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>What anonymising puts where a NOT NULL or unique address was: recognisably erased, never deliverable
/// (.invalid is reserved, RFC 2606), different for every row so unique indexes hold.</summary>
public static class ErasedValues
{
    public const string Domain = "erased.invalid";

    public static string Email() => $"{Guid.NewGuid():N}@{Domain}";

    public static bool IsErased(string? email) => email is not null && email.EndsWith("@" + Domain, StringComparison.OrdinalIgnoreCase);

    /// <summary>A value in place of a token hash: random, so it matches no token ever sent, and unique.</summary>
    public static byte[] TokenHash() => System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
}

public static class PersonKeysMentions
{
    /// <summary>What a stored text mentioning the person would contain: their ids (as events and keys write them) and
    /// their addresses.</summary>
    public static IReadOnlyList<string> Mentions(this PersonKeys person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return [.. person.ApplicationIds.Select(i => i.ToString()), .. person.ParticipantIds.Select(i => i.ToString()), .. person.Emails];
    }
}
