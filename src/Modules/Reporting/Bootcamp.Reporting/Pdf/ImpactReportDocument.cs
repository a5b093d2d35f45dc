using Bootcamp.Placements.Contracts;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Reporting.Resources;
using Bootcamp.Shared.Pdf;

namespace Bootcamp.Reporting.Pdf;

/// <summary>The impact report: summary, sessions, demand, attendance and completion, skills, placements, follow-up response
/// and methods. Draws only <see cref="ReportFiguresDto"/>, which is already through disclosure control.</summary>
internal static class ImpactReportDocument
{
    public static byte[] Render(ReportFiguresDto f, ReportText text, string audience, string scope, DateOnly producedOn)
    {
        string T(string key) => text[key];
        var title = $"{T(nameof(ReportMessages.ReportTitle))} — {audience} — {scope}";
        using var document = BootcampPdf.NewDocument(title, text.Culture.Name, T(nameof(ReportMessages.Programme)));
        document.Info.Subject = T(nameof(ReportMessages.Programme));
        var pdf = new PdfReportWriter(document, $"{T(nameof(ReportMessages.ReportTitle))} · {audience} · {scope}");
        pdf.NewPage();
        pdf.Title(T(nameof(ReportMessages.ReportTitle)), [
            text.Format(nameof(ReportMessages.PreparedFor), audience), scope,
            text.Format(nameof(ReportMessages.ProducedOn), text.Date(producedOn)),
        ]);

        pdf.Heading(T(nameof(ReportMessages.SummaryHeading)));
        pdf.Paragraph(text.Format(nameof(ReportMessages.SummaryText), f.Sessions.Count, f.Seats.ToString("N0", text.Culture)));
        pdf.Table([T(nameof(ReportMessages.Figure)), T(nameof(ReportMessages.Value))], [0.7, 0.3], [
            [T(nameof(ReportMessages.Sessions)), f.Sessions.Count.ToString(text.Culture)],
            [T(nameof(ReportMessages.Seats)), f.Seats.ToString("N0", text.Culture)],
            [T(nameof(ReportMessages.Applications)), text.Count(f.Applications)],
            [T(nameof(ReportMessages.ApplicationsPerSeat)), text.Decimal(f.ApplicationsPerSeat)],
            [T(nameof(ReportMessages.Participants)), text.Count(f.Participants)],
            [T(nameof(ReportMessages.CompletionRate)), text.Percent(f.CompletionRate)],
            [T(nameof(ReportMessages.AttendanceRate)), text.Percent(f.AttendanceRate)],
            [text.Figure(PlacementFigure.EmploymentRate), text.Percent(f.PlacedRate)],
            [text.Figure(PlacementFigure.PlacedWithinThreeMonths), text.Percent(f.PlacedWithinThreeMonthsRate)],
            [text.Figure(PlacementFigure.InFieldRate), text.Percent(f.InFieldRate)],
        ]);

        pdf.Heading(T(nameof(ReportMessages.SessionsHeading)));
        pdf.Table(
            [T(nameof(ReportMessages.Track)), T(nameof(ReportMessages.Session)), T(nameof(ReportMessages.Dates)), T(nameof(ReportMessages.Seats))],
            [0.26, 0.34, 0.28, 0.12],
            [.. f.Sessions.Select(s => (IReadOnlyList<string>)[
                s.TrackName(text.Culture.Name), s.Title, $"{text.Date(s.StartDate)} – {text.Date(s.EndDate)}", s.Seats.ToString(text.Culture)])]);

        pdf.Heading(T(nameof(ReportMessages.DemandHeading)));
        pdf.Table([T(nameof(ReportMessages.Figure)), T(nameof(ReportMessages.Value))], [0.7, 0.3], [
            [T(nameof(ReportMessages.Applications)), text.Count(f.Applications)],
            [T(nameof(ReportMessages.Seats)), f.Seats.ToString("N0", text.Culture)],
            [T(nameof(ReportMessages.ApplicationsPerSeat)), text.Decimal(f.ApplicationsPerSeat)],
        ]);
        if (f.Applicants is { } applicants)
        {
            pdf.Table([T(nameof(ReportMessages.Category)), T(nameof(ReportMessages.Count)), T(nameof(ReportMessages.Share))], [0.5, 0.25, 0.25],
                [.. Rows(applicants, text), [T(nameof(ReportMessages.Total)), text.Count(applicants.Total), ""]], lastRowIsTotal: true);
        }
        else
        {
            pdf.Note(text.Format(nameof(ReportMessages.CategoryNotShown), f.ImmigrationThreshold));
        }

        pdf.Heading(T(nameof(ReportMessages.AttendanceHeading)));
        pdf.Table([T(nameof(ReportMessages.Figure)), T(nameof(ReportMessages.Value))], [0.7, 0.3], [
            [T(nameof(ReportMessages.Participants)), text.Count(f.Participants)],
            [T(nameof(ReportMessages.Completed)), text.Count(f.Completed)],
            [T(nameof(ReportMessages.CompletionRate)), text.Percent(f.CompletionRate)],
            [T(nameof(ReportMessages.AttendanceRate)), text.Percent(f.AttendanceRate)],
        ]);

        pdf.Heading(T(nameof(ReportMessages.SkillsHeading)));
        pdf.Paragraph(text.Format(nameof(ReportMessages.SkillsText), text.Count(f.SkillPaired)));
        if (f.Skills.Count > 0)
        {
            pdf.Table(
                [T(nameof(ReportMessages.Skill)), T(nameof(ReportMessages.Count)), T(nameof(ReportMessages.Before)), T(nameof(ReportMessages.After)), T(nameof(ReportMessages.Improved))],
                [0.36, 0.16, 0.16, 0.16, 0.16],
                [.. f.Skills.Select(s => (IReadOnlyList<string>)[
                    s.Label, text.Count(s.Paired), text.Decimal(s.AveragePre), text.Decimal(s.AveragePost), text.Percent(s.ImprovedShare)])]);
            pdf.BarChart(T(nameof(ReportMessages.ChartSkills)), [T(nameof(ReportMessages.Before)), T(nameof(ReportMessages.After))],
                [
                    [.. f.Skills.Select(s => new Bar(s.Label, (double?)s.AveragePre, text.Decimal(s.AveragePre)))],
                    [.. f.Skills.Select(s => new Bar(s.Label, (double?)s.AveragePost, text.Decimal(s.AveragePost)))],
                ], 5);
        }
        else
        {
            pdf.Note(T(nameof(ReportMessages.NoData)));
        }

        pdf.Heading(T(nameof(ReportMessages.PlacementsHeading)));
        pdf.Table([T(nameof(ReportMessages.Figure)), T(nameof(ReportMessages.Value))], [0.7, 0.3], [
            [text.Figure(PlacementFigure.Denominator), text.Count(f.PlacementDenominator)],
            [text.Figure(PlacementFigure.EmploymentRate), text.RateOf(f.PlacedRate, f.Placed, f.PlacementDenominator)],
            [text.Figure(PlacementFigure.PlacedWithinThreeMonths), text.RateOf(f.PlacedWithinThreeMonthsRate, f.PlacedWithinThreeMonths, f.PlacementDenominator)],
            [text.Figure(PlacementFigure.InFieldRate), text.RateOf(f.InFieldRate, f.InField, f.Placed)],
        ]);
        pdf.Paragraph(T(nameof(ReportMessages.OutcomesHeading)), PdfFonts.Font(PdfFonts.Sans, 11, PdfSharp.Drawing.XFontStyleEx.Bold));
        pdf.Table([T(nameof(ReportMessages.Outcome)), T(nameof(ReportMessages.Count)), T(nameof(ReportMessages.Share))], [0.56, 0.22, 0.22],
            [.. Rows(f.Outcomes, text), [T(nameof(ReportMessages.Total)), text.Count(f.Outcomes.Total), ""]], lastRowIsTotal: true);
        pdf.Paragraph(T(nameof(ReportMessages.TimeToJobHeading)), PdfFonts.Font(PdfFonts.Sans, 11, PdfSharp.Drawing.XFontStyleEx.Bold));
        pdf.Table([T(nameof(ReportMessages.TimeToJob)), T(nameof(ReportMessages.Count)), T(nameof(ReportMessages.Share))], [0.56, 0.22, 0.22],
            [.. Rows(f.TimeToJob, text), [T(nameof(ReportMessages.Total)), text.Count(f.TimeToJob.Total), ""]], lastRowIsTotal: true);
        pdf.BarChart(T(nameof(ReportMessages.ChartTimeToJob)), [T(nameof(ReportMessages.Share))],
            [[.. f.TimeToJob.Rows.Select(r => new Bar(r.Label, r.Share is { } s ? (double)s * 100 : null, text.Percent(r.Share)))]], 100);

        pdf.Heading(T(nameof(ReportMessages.FollowUpHeading)));
        if (f.FollowUpWaves.Count > 0)
        {
            pdf.Table(
                [T(nameof(ReportMessages.Wave)), T(nameof(ReportMessages.Sent)), T(nameof(ReportMessages.Answered)), T(nameof(ReportMessages.ResponseRate))],
                [0.4, 0.2, 0.2, 0.2],
                [.. f.FollowUpWaves.Select(w => (IReadOnlyList<string>)[
                    text.Wave(w.Months), text.Count(w.Sent), text.Count(w.Answered), text.Percent(w.ResponseRate)])]);
        }
        else
        {
            pdf.Note(T(nameof(ReportMessages.NoData)));
        }

        pdf.NewPage();
        pdf.Heading(T(nameof(ReportMessages.MethodsHeading)));
        pdf.Paragraph(T(nameof(ReportMessages.Method1)));
        pdf.Paragraph(T(nameof(ReportMessages.Method2)));
        pdf.Paragraph(T(nameof(ReportMessages.Method3)));
        pdf.Paragraph(T(nameof(ReportMessages.Method4)));
        pdf.Paragraph(T(nameof(ReportMessages.Method5)));
        pdf.Paragraph(T(nameof(ReportMessages.Method6)));
        pdf.Paragraph(text.Format(nameof(ReportMessages.Method7), f.Threshold - 1, f.Threshold));
        pdf.Paragraph(text.Format(nameof(ReportMessages.Method8), f.ImmigrationThreshold));

        pdf.Finish(T(nameof(ReportMessages.Programme)), (page, count) => text.Format(nameof(ReportMessages.PageOf), page, count));
        return BootcampPdf.ToBytes(document);
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(ReportTable table, ReportText text) =>
        table.Rows.Select(r => (IReadOnlyList<string>)[r.Label, text.Count(r.Count), text.Percent(r.Share)]);
}
