using PdfSharp;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Bootcamp.Shared.Pdf;

/// <summary>
/// The one place that configures PDFsharp for the process: the AGPL licence the project is published under
/// (docs/decisions/0005) and the embedded-font resolver. PDFsharp's settings are static and may be set only once, before any font is used,
/// hence the lazy one-time initialisation that every entry point goes through.
/// </summary>
public static class BootcampPdf
{
    private static readonly Lazy<bool> Configured = new(() =>
    {
        PdfSharpLicense.SetAgplLicense();
        GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureConfigured() => _ = Configured.Value;

    /// <summary>A new document with its metadata: title and language let screen readers and search tools do their job.</summary>
    public static PdfDocument NewDocument(string title, string language, string? author = null)
    {
        EnsureConfigured();
        var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = author ?? "";
        document.Info.Creator = "Bootcamp";
        document.Language = language;
        return document;
    }

    public static byte[] ToBytes(PdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
