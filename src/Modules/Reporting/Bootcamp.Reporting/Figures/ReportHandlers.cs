using System.Globalization;
using System.Text;
using Bootcamp.Placements.Contracts;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Reporting.Disclosure;
using Bootcamp.Reporting.Pdf;
using Bootcamp.Reporting.Persistence;
using Bootcamp.Reporting.Resources;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Csv;
using CsvHelper;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Reporting.Figures;

internal sealed class GetReportFiguresHandler(IMediator sender, FiguresSource source, IOptions<DisclosureOptions> options)
    : IRequestHandler<GetReportFigures, ReportFiguresDto>
{
    public async Task<ReportFiguresDto> Handle(GetReportFigures request, CancellationToken cancellationToken)
    {
        var sessions = await StaffSelection.SessionsAsync(sender, request.Year, request.TrackId, request.SessionId, cancellationToken);
        var raw = await source.GatherAsync(sessions, StaffSelection.IsYearLevel(request.SessionId, sessions.Count), cancellationToken);
        return FiguresPublisher.Publish(raw, options.Value, new ReportText(ReportText.Supported(request.Culture ?? CultureInfo.CurrentUICulture.Name), options.Value.MinimumCount));
    }
}

/// <summary>The staff filters: a year of start and a track narrow the list; a session alone is one session.</summary>
internal static class StaffSelection
{
    public static async Task<List<SessionSummaryDto>> SessionsAsync(IMediator sender, int? year, Guid? trackId, Guid? sessionId, CancellationToken cancellationToken)
    {
        var sessions = await Funding.AllSessionsAsync(sender, year, trackId, cancellationToken);
        return sessionId is { } id ? [.. sessions.Where(s => s.Id == id)] : sessions;
    }

    /// <summary>Immigration status needs more than one session: a track or year holding a single session is that session.</summary>
    public static bool IsYearLevel(Guid? sessionId, int sessions) => sessionId is null && sessions > 1;
}

internal sealed class GetImpactReportHandler(
    ReportingDbContext db, IMediator sender, FiguresSource source, IOptions<DisclosureOptions> options, TimeProvider clock)
    : IRequestHandler<GetImpactReport, ReportFileDto>
{
    public async Task<ReportFileDto> Handle(GetImpactReport request, CancellationToken cancellationToken)
    {
        var culture = ReportText.Supported(request.Culture);
        var text = new ReportText(culture, options.Value.MinimumCount);
        var report = await ImpactSelection.SelectAsync(db, sender, request.Scope, request.SponsorId, request.SessionId, request.Year, text, cancellationToken);
        var raw = await source.GatherAsync(report.Sessions, report.YearLevel, cancellationToken);
        var figures = FiguresPublisher.Publish(raw, options.Value, text);
        var pdf = ImpactReportDocument.Render(figures, text, report.Audience, report.Scope, ProgrammeTime.Today(clock));
        return new ReportFileDto($"{text[nameof(ReportMessages.ReportFileName)]}-{report.Slug}-{culture.TwoLetterISOLanguageName}.pdf", "application/pdf", pdf);
    }
}

/// <summary>The portal shows the figures of the PDF of everything funded: same selection, same computation, same disclosure
/// control, so the page and the download cannot disagree.</summary>
internal sealed class GetSponsorReportFiguresHandler(ReportingDbContext db, IMediator sender, FiguresSource source, IOptions<DisclosureOptions> options)
    : IRequestHandler<GetSponsorReportFigures, ReportFiguresDto>
{
    public async Task<ReportFiguresDto> Handle(GetSponsorReportFigures request, CancellationToken cancellationToken)
    {
        var text = new ReportText(ReportText.Supported(request.Culture ?? CultureInfo.CurrentUICulture.Name), options.Value.MinimumCount);
        var report = await ImpactSelection.SelectAsync(db, sender, ReportScope.AllFunded, request.SponsorId, null, null, text, cancellationToken);
        return FiguresPublisher.Publish(await source.GatherAsync(report.Sessions, report.YearLevel, cancellationToken), options.Value, text);
    }
}

/// <summary>The sessions an impact report covers and how it is titled.</summary>
/// <param name="YearLevel">More than one session of a year or more: the newcomer share may show.</param>
internal sealed record ImpactSelection(string Audience, string Scope, string Slug, List<SessionSummaryDto> Sessions, bool YearLevel)
{
    /// <summary>With a sponsor, only what it funded; without one (staff), every session in the scope.</summary>
    public static async Task<ImpactSelection> SelectAsync(
        ReportingDbContext db, IMediator sender, ReportScope reportScope, Guid? sponsorId, Guid? sessionId, int? year, ReportText text,
        CancellationToken cancellationToken)
    {
        string audience;
        List<SessionSummaryDto> candidates;
        if (sponsorId is { } id)
        {
            var sponsor = await db.Sponsors.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
                ?? throw new NotFoundException(ReportMessages.SponsorNotFound);
            audience = sponsor.Name;
            candidates = await Funding.SessionsOfAsync(db, sender, id, cancellationToken);
        }
        else
        {
            audience = text[nameof(ReportMessages.Programme)];
            candidates = await Funding.AllSessionsAsync(sender, null, null, cancellationToken);
        }

        var (sessions, scope, slug) = reportScope switch
        {
            ReportScope.Session => (candidates.Where(s => s.Id == sessionId).ToList(),
                text.Format(nameof(ReportMessages.ScopeSession), candidates.FirstOrDefault(s => s.Id == sessionId)?.Title ?? ""),
                $"session-{sessionId:N}"),
            ReportScope.Year => (candidates.Where(s => s.StartDate.Year == year).ToList(),
                text.Format(nameof(ReportMessages.ScopeYear), year ?? 0), $"{year}"),
            _ => (candidates, text[sponsorId is null ? nameof(ReportMessages.ScopeAllStaff) : nameof(ReportMessages.ScopeAll)], "all"),
        };
        // A sponsor asking for a session or year it did not fund learns nothing, not even that it exists.
        if (sessions.Count == 0)
        {
            throw new NotFoundException(ReportMessages.ReportNotFound);
        }

        return new ImpactSelection(audience, scope, slug, sessions, reportScope != ReportScope.Session && sessions.Count > 1);
    }
}

/// <summary>One line per figure (section, figure, value, share) in the reader's language, as the dashboard shows them.</summary>
internal sealed class ExportReportCsvHandler(IMediator sender) : IRequestHandler<ExportReportCsv, ReportFileDto>
{
    public async Task<ReportFileDto> Handle(ExportReportCsv request, CancellationToken cancellationToken)
    {
        var culture = ReportText.Supported(request.Culture);
        var f = await sender.Send(new GetReportFigures(request.Year, request.TrackId, request.SessionId, request.Culture), cancellationToken);
        var text = new ReportText(culture, f.Threshold);
        var lines = new List<(string Section, string Figure, string Value, string Share)>();
        void Add(string section, string figure, string value, string share = "") => lines.Add((text[section], figure, value, share));

        Add(nameof(ReportMessages.SummaryHeading), text[nameof(ReportMessages.Sessions)], f.Sessions.Count.ToString(CultureInfo.InvariantCulture));
        Add(nameof(ReportMessages.SummaryHeading), text[nameof(ReportMessages.Seats)], f.Seats.ToString(CultureInfo.InvariantCulture));
        Add(nameof(ReportMessages.DemandHeading), text[nameof(ReportMessages.Applications)], text.Count(f.Applications));
        Add(nameof(ReportMessages.DemandHeading), text[nameof(ReportMessages.ApplicationsPerSeat)], text.Decimal(f.ApplicationsPerSeat));
        foreach (var row in f.Applicants?.Rows ?? [])
        {
            Add(nameof(ReportMessages.DemandHeading), row.Label, text.Count(row.Count), text.Percent(row.Share));
        }

        Add(nameof(ReportMessages.AttendanceHeading), text[nameof(ReportMessages.Participants)], text.Count(f.Participants));
        Add(nameof(ReportMessages.AttendanceHeading), text[nameof(ReportMessages.Completed)], text.Count(f.Completed), text.Percent(f.CompletionRate));
        Add(nameof(ReportMessages.AttendanceHeading), text[nameof(ReportMessages.AttendanceRate)], "", text.Percent(f.AttendanceRate));
        foreach (var s in f.Skills)
        {
            Add(nameof(ReportMessages.SkillsHeading), s.Label, $"{text.Decimal(s.AveragePre)} → {text.Decimal(s.AveragePost)} ({text.Count(s.Paired)})", text.Percent(s.ImprovedShare));
        }

        Add(nameof(ReportMessages.PlacementsHeading), text.Figure(PlacementFigure.Denominator), text.Count(f.PlacementDenominator));
        Add(nameof(ReportMessages.PlacementsHeading), text.Figure(PlacementFigure.EmploymentRate), text.Count(f.Placed), text.Percent(f.PlacedRate));
        Add(nameof(ReportMessages.PlacementsHeading), text.Figure(PlacementFigure.PlacedWithinThreeMonths), text.Count(f.PlacedWithinThreeMonths), text.Percent(f.PlacedWithinThreeMonthsRate));
        Add(nameof(ReportMessages.PlacementsHeading), text.Figure(PlacementFigure.InFieldRate), text.Count(f.InField), text.Percent(f.InFieldRate));
        foreach (var row in f.Outcomes.Rows)
        {
            Add(nameof(ReportMessages.OutcomesHeading), row.Label, text.Count(row.Count), text.Percent(row.Share));
        }

        foreach (var row in f.TimeToJob.Rows)
        {
            Add(nameof(ReportMessages.TimeToJobHeading), row.Label, text.Count(row.Count), text.Percent(row.Share));
        }

        foreach (var w in f.FollowUpWaves)
        {
            Add(nameof(ReportMessages.FollowUpHeading), text.Wave(w.Months), $"{text.Count(w.Answered)} / {text.Count(w.Sent)}", text.Percent(w.ResponseRate));
        }

        var csv = new StringBuilder();
        await using (var writer = new StringWriter(csv, CultureInfo.InvariantCulture))
        await using (var out_ = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var header in new[] { "section", "figure", "value", "share" })
            {
                out_.WriteField(header);
            }

            await out_.NextRecordAsync();
            foreach (var (section, figure, value, share) in lines)
            {
                // Track and skill names are typed by staff: never let a spreadsheet run them.
                foreach (var cell in new[] { section, figure, value, share })
                {
                    out_.WriteField(SpreadsheetSafe.Cell(cell));
                }

                await out_.NextRecordAsync();
            }
        }

        var name = request.SessionId is { } s_ ? $"report-{s_:N}.csv" : request.Year is { } y ? $"report-{y}.csv" : "report.csv";
        return new ReportFileDto(name, "text/csv; charset=utf-8", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())]);
    }
}
