using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Bootcamp.Shared.Pdf;

/// <summary>The font families every Bootcamp PDF uses (embedded, see <see cref="EmbeddedFontResolver"/>).</summary>
public static class PdfFonts
{
    public const string Sans = "DejaVu Sans";
    public const string Serif = "DejaVu Serif";

    // Unicode encoding: names of newcomers are not limited to the WinAnsi code page. The font is always embedded, as a subset of the glyphs used.
    private static readonly XPdfFontOptions Options = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    public static XFont Font(string family, double size, XFontStyleEx style = XFontStyleEx.Regular)
    {
        BootcampPdf.EnsureConfigured();
        return new XFont(family, size, style, Options);
    }
}
