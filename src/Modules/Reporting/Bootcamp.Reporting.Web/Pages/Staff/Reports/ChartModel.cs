using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Bootcamp.Reporting.Web.Pages.Staff.Reports;

/// <summary>One group of bars (a bucket, a skill), with one value per series; a null value is suppressed and drawn as no
/// bar, its text saying why.</summary>
internal sealed record ChartGroup(string Label, IReadOnlyList<(double? Value, string Text)> Values);

/// <summary>A horizontal bar chart drawn as SVG on the server: readable without JavaScript, named by its title for screen
/// readers, each bar titled with its figure, and always shown beside a table holding the same figures.</summary>
internal sealed record ChartModel(string Id, string Title, IReadOnlyList<string> Series, IReadOnlyList<ChartGroup> Groups, double Max)
{
    private const int Width = 560;
    private const int LabelWidth = 190;
    private const int BarHeight = 14;
    private static readonly string[] Colours = ["#0e6e6e", "#b06a12"];

    public IHtmlContent ToSvg()
    {
        var c = CultureInfo.InvariantCulture;
        // Markup characters only: the page is UTF-8, so French text stays readable in the SVG as in the rest of the page.
        static string E(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
        var groupHeight = (Series.Count * (BarHeight + 3)) + 10;
        var top = Series.Count > 1 ? 22 : 0;
        var height = top + 10 + (Groups.Count * groupHeight);
        var svg = new StringBuilder();
        svg.Append(c, $"<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{Id}-title\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" data-testid=\"{Id}\">");
        svg.Append(c, $"<title id=\"{Id}-title\">{E(Title)}</title>");
        if (Series.Count > 1)
        {
            for (var s = 0; s < Series.Count; s++)
            {
                svg.Append(c, $"<rect x=\"{LabelWidth + (s * 110)}\" y=\"4\" width=\"10\" height=\"10\" fill=\"{Colours[s % 2]}\"/>");
                svg.Append(c, $"<text x=\"{LabelWidth + (s * 110) + 14}\" y=\"13\" font-size=\"12\">{E(Series[s])}</text>");
            }
        }

        for (var g = 0; g < Groups.Count; g++)
        {
            var group = Groups[g];
            var y = top + 6 + (g * groupHeight);
            svg.Append(c, $"<text x=\"{LabelWidth - 8}\" y=\"{y + (groupHeight / 2.0) - 2:0.#}\" font-size=\"12\" text-anchor=\"end\">{E(group.Label)}</text>");
            for (var s = 0; s < group.Values.Count; s++)
            {
                var (value, text) = group.Values[s];
                var length = value is { } v && Max > 0 ? Math.Max(0, (Width - LabelWidth - 60) * v / Max) : 0;
                var barY = y + (s * (BarHeight + 3));
                var name = Series.Count > 1 ? $"{group.Label} — {Series[s]} : {text}" : $"{group.Label} : {text}";
                svg.Append(c, $"<rect x=\"{LabelWidth}\" y=\"{barY}\" width=\"{length:0.#}\" height=\"{BarHeight}\" fill=\"{Colours[s % 2]}\"><title>{E(name)}</title></rect>");
                svg.Append(c, $"<text x=\"{LabelWidth + length + 4:0.#}\" y=\"{barY + 11}\" font-size=\"11\">{E(text)}</text>");
            }
        }

        svg.Append(c, $"<line x1=\"{LabelWidth}\" y1=\"{top}\" x2=\"{LabelWidth}\" y2=\"{height}\" stroke=\"#8896a4\" stroke-width=\"1\"/></svg>");
        svg.Append(c, $"<figcaption>{E(Title)}</figcaption></figure>");
        return new HtmlString(svg.ToString());
    }
}
