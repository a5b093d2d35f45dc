using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Bootcamp.Shared.Mediation;

/// <summary>
/// The one rule for text entering the application, whatever the door (form, API, link): no control characters
/// (line breaks and tabs excepted). PostgreSQL refuses a NUL in text, a mail header breaks on one, and none has a place
/// in a name, an address or a key. Every request is walked before its validators run, so a new field is covered
/// without anyone remembering to.
/// </summary>
internal static class TextInput
{
    private const int MaxDepth = 8;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static bool IsAllowed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The paths ("Profile.FirstName", "Entries[2].Note") of every text that breaks the rule.</summary>
    public static IReadOnlyList<string> Offending(object? request)
    {
        var found = new List<string>();
        Walk(request, "", 0, found);
        return found;
    }

    private static void Walk(object? value, string path, int depth, List<string> found)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (!IsAllowed(text))
                {
                    found.Add(path);
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
        if (depth >= MaxDepth || type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("Bootcamp", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in Properties.GetOrAdd(type, t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)]))
        {
            Walk(property.GetValue(value), path.Length == 0 ? property.Name : path + "." + property.Name, depth + 1, found);
        }
    }
}
