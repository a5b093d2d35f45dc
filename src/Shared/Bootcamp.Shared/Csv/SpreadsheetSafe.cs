namespace Bootcamp.Shared.Csv;

/// <summary>CSV cells that open safely in a spreadsheet.</summary>
public static class SpreadsheetSafe
{
    /// <summary>A cell a spreadsheet would run as a formula (= + - @, or a leading tab or carriage return) gets an
    /// apostrophe in front: names, employers and job titles come from the people themselves.</summary>
    public static string Cell(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}

/// <summary>RFC 4180 CSV that a spreadsheet opens safely: quoted where needed, formulas defused, UTF-8 with a BOM.</summary>
public static class CsvRows
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Cell(string? value)
    {
        var text = SpreadsheetSafe.Cell(value);
        return text.IndexOfAny(NeedsQuotes) >= 0 || text.StartsWith(' ') || text.EndsWith(' ')
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    public static void Row(System.Text.StringBuilder builder, IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
    }

    /// <summary>UTF-8 with a byte-order mark, so spreadsheet programs read accents correctly.</summary>
    public static byte[] Encode(System.Text.StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(builder.ToString())];
    }
}
