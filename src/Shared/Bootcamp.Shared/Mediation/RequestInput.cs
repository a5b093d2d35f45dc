using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Bootcamp.Shared.Input;
using Bootcamp.Shared.Resources;

namespace Bootcamp.Shared.Mediation;

/// <summary>
/// Walks every request before its validators run and applies the rules that hold for any field of any request, so a new
/// field is covered without anyone remembering to: text under <see cref="TextInput"/>, and an enum value must be one of
/// its members (<see cref="EnumInput"/>; a number cast to the enum is not, whichever door it came through).
/// </summary>
internal static class RequestInput
{
    private const int MaxDepth = 8;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>The paths ("Profile.FirstName", "Entries[2].Note") and messages of every value that breaks a rule.</summary>
    public static IReadOnlyList<(string Path, string Message)> Offending(object? request)
    {
        var found = new List<(string, string)>();
        Walk(request, "", 0, found);
        return found;
    }

    private static void Walk(object? value, string path, int depth, List<(string, string)> found)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (!TextInput.IsAllowed(text))
                {
                    found.Add((path, SharedMessages.ControlCharacters));
                }

                return;
            case Enum member:
                if (!EnumInput.IsMember(member))
                {
                    found.Add((path, EnumInput.Message));
                }

                return;
            case IDictionary dictionary when depth < MaxDepth:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Walk(entry.Key, path, depth + 1, found);
                    Walk(entry.Value, $"{path}[{entry.Key}]", depth + 1, found);
                }

                return;
            case IEnumerable items when depth < MaxDepth && value is not byte[]:
                var i = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{i++}]", depth + 1, found);
                }

                return;
        }

        var type = value.GetType();
        if (depth >= MaxDepth || type.IsPrimitive || type.Namespace?.StartsWith("Bootcamp", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in Properties.GetOrAdd(type, t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)]))
        {
            Walk(property.GetValue(value), path.Length == 0 ? property.Name : path + "." + property.Name, depth + 1, found);
        }
    }
}
