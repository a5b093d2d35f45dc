using Bootcamp.Shared.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Bootcamp.Reporting.Pdf;

/// <summary>A bar of a chart: its label, its value and the text printed beside it (the value may be suppressed: no bar).</summary>
internal sealed record Bar(string Label, double? Value, string Text);

/// <summary>A flowing Letter-size layout over PDFsharp: headings, wrapped paragraphs, tables whose header row repeats when
/// they split across pages, and horizontal bar charts. Header, footer and "Page n / N" are stamped on every page at the end,
/// once the number of pages is known.</summary>
internal sealed class PdfReportWriter(PdfDocument document, string header)
{
    private const double Margin = 54;
    private const double Top = 78;
    private const double Bottom = 66;
    private static readonly XColor Ink = XColor.FromArgb(0x1F, 0x2A, 0x37);
    private static readonly XColor Accent = XColor.FromArgb(0x0E, 0x6E, 0x6E);
    private static readonly XColor Muted = XColor.FromArgb(0x5B, 0x66, 0x70);
    private static readonly XColor Rule = XColor.FromArgb(0xD0, 0xD7, 0xDE);
    private static readonly XColor Shade = XColor.FromArgb(0xEE, 0xF4, 0xF4);
    private static readonly XColor Second = XColor.FromArgb(0xE0, 0x8A, 0x1E);

    private readonly XFont _body = PdfFonts.Font(PdfFonts.Sans, 10);
    private readonly XFont _bold = PdfFonts.Font(PdfFonts.Sans, 10, XFontStyleEx.Bold);
    private readonly XFont _small = PdfFonts.Font(PdfFonts.Sans, 8);
    private PdfPage? _page;
    private XGraphics? _gfx;
    private double _y;

    private double Width => _page!.Width.Point - (2 * Margin);

    private double Limit => _page!.Height.Point - Bottom;

    public void NewPage()
    {
        _gfx?.Dispose();
        _page = document.AddPage();
        _page.Size = PageSize.Letter;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Top;
    }

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page yet.");

    private void Need(double height)
    {
        if (_page is null || _y + height > Limit)
        {
            NewPage();
        }
    }

    public void Title(string title, IEnumerable<string> subtitles)
    {
        var font = PdfFonts.Font(PdfFonts.Serif, 24, XFontStyleEx.Bold);
        Need(120);
        Gfx.DrawString(title, font, new XSolidBrush(Accent), new XRect(Margin, _y, Width, 30), XStringFormats.TopLeft);
        _y += 36;
        foreach (var line in subtitles)
        {
            Paragraph(line, PdfFonts.Font(PdfFonts.Sans, 12), Ink);
        }

        Gfx.DrawLine(new XPen(Accent, 1), Margin, _y + 4, Margin + Width, _y + 4);
        _y += 16;
    }

    public void Heading(string text)
    {
        var font = PdfFonts.Font(PdfFonts.Serif, 15, XFontStyleEx.Bold);
        // Keep a heading with at least a few lines of what follows.
        Need(70);
        _y += 6;
        Gfx.DrawString(text, font, new XSolidBrush(Accent), new XRect(Margin, _y, Width, 20), XStringFormats.TopLeft);
        _y += 24;
    }

    public void Paragraph(string text, XFont? font = null, XColor? color = null)
    {
        font ??= _body;
        var lineHeight = font.Height * 1.25;
        foreach (var line in Wrap(text, font, Width))
        {
            Need(lineHeight);
            Gfx.DrawString(line, font, new XSolidBrush(color ?? Ink), new XRect(Margin, _y, Width, lineHeight), XStringFormats.TopLeft);
            _y += lineHeight;
        }

        _y += 4;
    }

    public void Note(string text) => Paragraph(text, _small, Muted);

    /// <summary>A table; <paramref name="widths"/> are fractions of the text width. The first column is left-aligned, the
    /// others right-aligned (figures). Rows that do not fit start a new page with the header row again.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> widths, IReadOnlyList<IReadOnlyList<string>> rows, bool lastRowIsTotal = false)
    {
        var columns = widths.Select(w => w * Width).ToArray();
        double RowHeight(IReadOnlyList<string> cells, XFont font) =>
            (cells.Select((c, i) => Wrap(c, font, columns[i] - 8).Count).Max() * font.Height * 1.2) + 6;

        void DrawRow(IReadOnlyList<string> cells, XFont font, bool shaded)
        {
            var height = RowHeight(cells, font);
            if (shaded)
            {
                Gfx.DrawRectangle(new XSolidBrush(Shade), Margin, _y, Width, height);
            }

            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var lines = Wrap(cells[i], font, columns[i] - 8);
                for (var l = 0; l < lines.Count; l++)
                {
                    var rect = new XRect(x + 4, _y + 3 + (l * font.Height * 1.2), columns[i] - 8, font.Height * 1.2);
                    Gfx.DrawString(lines[l], font, new XSolidBrush(Ink), rect, i == 0 ? XStringFormats.TopLeft : XStringFormats.TopRight);
                }

                x += columns[i];
            }

            _y += height;
            Gfx.DrawLine(new XPen(Rule, 0.5), Margin, _y, Margin + Width, _y);
        }

        void Header()
        {
            DrawRow(headers, _bold, true);
        }

        Need(RowHeight(headers, _bold) + (rows.Count > 0 ? RowHeight(rows[0], _body) : 0));
        Header();
        for (var r = 0; r < rows.Count; r++)
        {
            var font = lastRowIsTotal && r == rows.Count - 1 ? _bold : _body;
            if (_y + RowHeight(rows[r], font) > Limit)
            {
                NewPage();
                Header();
            }

            DrawRow(rows[r], font, false);
        }

        _y += 10;
    }

    /// <summary>Horizontal bars, one or two series (e.g. before / after) per label, scaled to <paramref name="max"/>.</summary>
    public void BarChart(string caption, IReadOnlyList<string> series, IReadOnlyList<IReadOnlyList<Bar>> bars, double max)
    {
        var barHeight = 11.0;
        var group = (series.Count * (barHeight + 2)) + 8;
        Need(30 + Math.Min(bars[0].Count * group, 200));
        Gfx.DrawString(caption, _bold, new XSolidBrush(Ink), new XRect(Margin, _y, Width, 14), XStringFormats.TopLeft);
        _y += 16;
        if (series.Count > 1)
        {
            var lx = Margin;
            for (var s = 0; s < series.Count; s++)
            {
                Gfx.DrawRectangle(new XSolidBrush(s == 0 ? Accent : Second), lx, _y + 2, 9, 9);
                Gfx.DrawString(series[s], _small, new XSolidBrush(Ink), new XRect(lx + 13, _y, 100, 12), XStringFormats.TopLeft);
                lx += 20 + Gfx.MeasureString(series[s], _small).Width;
            }

            _y += 16;
        }

        var labelWidth = Width * 0.34;
        var plot = Width - labelWidth - 50;
        for (var i = 0; i < bars[0].Count; i++)
        {
            Need(group);
            Gfx.DrawString(bars[0][i].Label, _small, new XSolidBrush(Ink), new XRect(Margin, _y, labelWidth - 6, group - 8), XStringFormats.CenterRight);
            for (var s = 0; s < series.Count; s++)
            {
                var bar = bars[s][i];
                var top = _y + (s * (barHeight + 2));
                var length = bar.Value is { } v && max > 0 ? Math.Max(0, plot * v / max) : 0;
                if (length > 0)
                {
                    Gfx.DrawRectangle(new XSolidBrush(s == 0 ? Accent : Second), Margin + labelWidth, top, length, barHeight);
                }

                Gfx.DrawString(bar.Text, _small, new XSolidBrush(Ink), new XRect(Margin + labelWidth + length + 4, top, 60, barHeight), XStringFormats.CenterLeft);
            }

            _y += group;
        }

        Gfx.DrawLine(new XPen(Rule, 0.75), Margin + labelWidth, _y - (bars[0].Count * group) - 2, Margin + labelWidth, _y - 6);
        _y += 8;
    }

    /// <summary>Header and footer with page numbers on every page; call once, after the last page.</summary>
    public void Finish(string footer, Func<int, int, string> pageOf)
    {
        _gfx?.Dispose();
        _gfx = null;
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point;
            var height = page.Height.Point;
            gfx.DrawString(header, _small, new XSolidBrush(Muted), new XRect(Margin, 30, width - (2 * Margin), 12), XStringFormats.TopLeft);
            gfx.DrawLine(new XPen(Rule, 0.5), Margin, 46, width - Margin, 46);
            gfx.DrawLine(new XPen(Rule, 0.5), Margin, height - 48, width - Margin, height - 48);
            gfx.DrawString(footer, _small, new XSolidBrush(Muted), new XRect(Margin, height - 42, width - (2 * Margin), 12), XStringFormats.TopLeft);
            gfx.DrawString(pageOf(i + 1, count), _small, new XSolidBrush(Muted), new XRect(Margin, height - 42, width - (2 * Margin), 12), XStringFormats.TopRight);
        }
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var measure = Gfx;
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && measure.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
