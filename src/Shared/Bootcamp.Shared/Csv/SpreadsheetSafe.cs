namespace Bootcamp.Shared.Csv;

/// <summary>CSV cells that open safely in a spreadsheet.</summary>
public static class SpreadsheetSafe
{
    /// <summary>A cell a spreadsheet would run as a formula (= + - @, or a leading tab or carriage return) gets an
    /// apostrophe in front: names, employers and job titles come from the people themselves.</summary>
    public static string Cell(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
