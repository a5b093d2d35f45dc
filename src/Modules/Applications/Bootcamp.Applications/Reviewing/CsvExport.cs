using System.Globalization;
using System.Text;
using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Shared.Csv;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Reviewing;

/// <summary>The shared CSV rules (Bootcamp.Shared.Csv), under the name this module's exports use.</summary>
internal static class Csv
{
    public static string Cell(string? value) => CsvRows.Cell(value);

    public static void Row(StringBuilder builder, IEnumerable<string?> cells) => CsvRows.Row(builder, cells);

    public static byte[] Encode(StringBuilder builder) => CsvRows.Encode(builder);
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
