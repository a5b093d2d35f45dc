namespace Bootcamp.Shared.Mediation;

/// <summary>
/// The one rule for text entering the application, whatever the door (form, API, link): no control characters
/// (line breaks and tabs excepted). PostgreSQL refuses a NUL in text, a mail header breaks on one, and none has a place
/// in a name, an address or a key. <see cref="RequestInput"/> applies it to every text of every request.
/// </summary>
internal static class TextInput
{
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
}
