using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Bootcamp.Shared.Pdf;

/// <summary>
/// Serves the DejaVu faces embedded in this assembly, so PDFs look the same on a laptop and in a container without a
/// single system font. Any other family falls back to DejaVu Sans rather than failing a document at run time.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var serif = familyName.Equals(PdfFonts.Serif, StringComparison.OrdinalIgnoreCase);
        return (serif, bold, italic) switch
        {
            (true, true, _) => new FontResolverInfo("DejaVuSerif-Bold"),
            (true, false, true) => new FontResolverInfo("DejaVuSerif-Italic"),
            (true, false, false) => new FontResolverInfo("DejaVuSerif"),
            // No Sans italic face is shipped: PDFsharp slants the regular one.
            (false, true, _) => new FontResolverInfo("DejaVuSans-Bold", mustSimulateBold: false, mustSimulateItalic: italic),
            (false, false, _) => new FontResolverInfo("DejaVuSans", mustSimulateBold: false, mustSimulateItalic: italic),
        };
    }

    public byte[] GetFont(string faceName) => Faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var assembly = typeof(EmbeddedFontResolver).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Bootcamp.Shared.Pdf.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font face {faceName} is not embedded in {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
