using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Bootcamp.Shared.Input;

/// <summary>
/// The one rule for an enum value sent by a client, whatever the door (JSON body, form, route, query): the name of one
/// member, nothing else. .NET's own parsers also take a number ("2", 99) and a comma-combined list
/// ("AsylumClaimant,PermanentResident", which is 1|2, another member): values nobody chose. Case is ignored, as the JSON
/// reader always did.
/// </summary>
public static class EnumInput
{
    private static readonly ConcurrentDictionary<Type, (string Name, object Value)[]> Members = new();

    public static bool TryParse(Type enumType, [NotNullWhen(true)] string? text, [NotNullWhen(true)] out object? value)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var (name, member) in Members.GetOrAdd(enumType, t => [.. Enum.GetNames(t).Select(n => (n, Enum.Parse(t, n)))]))
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                value = member;
                return true;
            }
        }

        return false;
    }

    public static bool TryParse<TEnum>([NotNullWhen(true)] string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        var found = TryParse(typeof(TEnum), text, out var boxed);
        value = found ? (TEnum)boxed! : default;
        return found;
    }

    /// <summary>The value is one of its type's members (a number cast to the enum, or a combination, is not).</summary>
    public static bool IsMember(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Enum.IsDefined(value.GetType(), value);
    }

    /// <summary>The enum type behind <paramref name="type"/>, nullable or not; null for anything else.</summary>
    public static Type? EnumTypeOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsEnum ? underlying : null;
    }

    /// <summary>The field message, in the current UI culture.</summary>
    public static string Message => Resources.SharedMessages.EnumValueInvalid;
}
