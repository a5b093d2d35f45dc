using System.Globalization;
using System.Text;
using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Shared.Csv;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Reviewing;

/// <summary>RFC 4180 CSV that a spreadsheet opens safely: a cell that could start a formula gets a leading apostrophe.</summary>
internal static class Csv
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Cell(string? value)
    {
        var text = SpreadsheetSafe.Cell(value);
        return text.IndexOfAny(NeedsQuotes) >= 0 || text.StartsWith(' ') || text.EndsWith(' ')
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    public static void Row(StringBuilder builder, IEnumerable<string?> cells) =>
        builder.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    /// <summary>UTF-8 with a byte-order mark, so spreadsheet programs read accents correctly.</summary>
    public static byte[] Encode(StringBuilder builder) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
}

internal sealed class ExportApplicationsCsvHandler(ApplicationsDbContext db, TimeProvider clock) : IRequestHandler<ExportApplicationsCsv, CsvFile>
{
    private static readonly TimeZoneInfo Montreal = TimeZoneInfo.FindSystemTimeZoneById("America/Montreal");

    private static readonly string[] Header =
        ["name", "email", "phone", "language", "category", "status", "screening", "score", "waitlist_rank", "submitted_at_montreal"];

    public async Task<CsvFile> Handle(ExportApplicationsCsv request, CancellationToken cancellationToken)
    {
        // Only columns that are in clear in the table: the encrypted profile is never read, so it cannot leak here.
        var rows = await db.Applications.AsNoTracking().Where(a => a.SessionId == request.SessionId)
            .OrderBy(a => a.Category).ThenBy(a => a.WaitlistRank ?? int.MaxValue).ThenBy(a => a.SubmittedAt)
            .Select(a => new
            {
                a.FirstName, a.LastName, a.Email, a.Phone, a.PreferredLanguage, a.Category, a.Status, a.Screening, a.Score, a.WaitlistRank,
                a.SubmittedAt,
            })
            .ToListAsync(cancellationToken);

        var csv = new StringBuilder();
        Csv.Row(csv, Header);
        foreach (var r in rows)
        {
            Csv.Row(csv, [
                $"{r.FirstName} {r.LastName}", r.Email, r.Phone, r.PreferredLanguage, r.Category.ToString(), r.Status.ToString(),
                r.Screening.ToString(), r.Score?.ToString(CultureInfo.InvariantCulture), r.WaitlistRank?.ToString(CultureInfo.InvariantCulture),
                TimeZoneInfo.ConvertTime(r.SubmittedAt, Montreal).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ]);
        }

        Audit.Record(db, clock, AuditActions.ExportedCsv, request.ViewerId, applicationId: null, request.SessionId);
        var stamp = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Montreal).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new CsvFile($"applications-{request.SessionId.ToString("N")[..8]}-{stamp}.csv", Csv.Encode(csv));
    }
}
