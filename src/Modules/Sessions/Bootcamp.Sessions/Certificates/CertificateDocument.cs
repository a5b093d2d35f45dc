using System.Globalization;
using Bootcamp.Sessions.Resources;
using Bootcamp.Shared;
using Bootcamp.Shared.Pdf;
using PdfSharp;
using PdfSharp.Drawing;

namespace Bootcamp.Sessions.Certificates;

/// <summary>What a certificate states; everything the public verification page may repeat.</summary>
internal sealed record CertificateContent(
    string FullName, string TrackName, string SessionTitle, DateOnly StartDate, DateOnly EndDate, DateTimeOffset IssuedAt, string Code);

/// <summary>The certificate of completion: one landscape Letter page in the participant's language.</summary>
internal static class CertificateDocument
{
    private static readonly XColor Ink = XColor.FromArgb(0x1F, 0x2A, 0x37);
    private static readonly XColor Accent = XColor.FromArgb(0x0E, 0x6E, 0x6E);
    private static readonly XColor Muted = XColor.FromArgb(0x5B, 0x66, 0x70);

    public static byte[] Render(CertificateContent content, CultureInfo culture, string verificationUrl)
    {
        string Text(string key) => SessionsMessages.ResourceManager.GetString(key, culture) ?? key;
        var english = culture.TwoLetterISOLanguageName == "en";
        var datePattern = english ? "MMMM d, yyyy" : "d MMMM yyyy";
        string Date(DateOnly date) => date.ToString(datePattern, culture);

        var title = Text(nameof(SessionsMessages.CertificateTitle));
        using var document = BootcampPdf.NewDocument($"{title} — {content.FullName}", culture.Name, Text(nameof(SessionsMessages.CertificateProgramme)));
        document.Info.Subject = $"{content.TrackName} · {content.SessionTitle}";
        var page = document.AddPage();
        page.Size = PageSize.Letter;
        page.Orientation = PageOrientation.Landscape;

        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var width = page.Width.Point;
            var height = page.Height.Point;
            gfx.DrawRectangle(new XPen(Accent, 3), 24, 24, width - 48, height - 48);
            gfx.DrawRectangle(new XPen(Accent, 0.75), 32, 32, width - 64, height - 64);

            void Centered(string text, XFont font, XColor color, double y) =>
                gfx.DrawString(text, font, new XSolidBrush(color), new XRect(48, y, width - 96, font.Height * 1.2), XStringFormats.TopCenter);

            Centered(Text(nameof(SessionsMessages.CertificateProgramme)).ToUpper(culture), PdfFonts.Font(PdfFonts.Sans, 10), Muted, 64);
            Centered(title, PdfFonts.Font(PdfFonts.Serif, 34, XFontStyleEx.Bold), Accent, 98);
            gfx.DrawLine(new XPen(Accent, 1), (width / 2) - 90, 152, (width / 2) + 90, 152);

            Centered(Text(nameof(SessionsMessages.CertificateCertifies)), PdfFonts.Font(PdfFonts.Serif, 14, XFontStyleEx.Italic), Ink, 180);
            Centered(content.FullName, PdfFonts.Font(PdfFonts.Serif, 30, XFontStyleEx.Bold), Ink, 210);
            Centered(Text(nameof(SessionsMessages.CertificateCompleted)), PdfFonts.Font(PdfFonts.Serif, 14, XFontStyleEx.Italic), Ink, 268);
            Centered(content.TrackName, PdfFonts.Font(PdfFonts.Serif, 22, XFontStyleEx.Bold), Accent, 296);
            Centered(content.SessionTitle, PdfFonts.Font(PdfFonts.Sans, 12), Ink, 338);
            Centered(
                string.Format(culture, Text(nameof(SessionsMessages.CertificateDates)), Date(content.StartDate), Date(content.EndDate)),
                PdfFonts.Font(PdfFonts.Sans, 12), Ink, 358);

            var issuedOn = DateOnly.FromDateTime(ProgrammeTime.Local(content.IssuedAt).DateTime);
            Centered(string.Format(culture, Text(nameof(SessionsMessages.CertificateIssued)), Date(issuedOn)), PdfFonts.Font(PdfFonts.Sans, 10), Muted, 420);

            var small = PdfFonts.Font(PdfFonts.Sans, 9);
            Centered(string.Format(culture, Text(nameof(SessionsMessages.CertificateCode)), content.Code), PdfFonts.Font(PdfFonts.Sans, 11, XFontStyleEx.Bold), Ink, height - 110);
            Centered(string.Format(culture, Text(nameof(SessionsMessages.CertificateVerifyAt)), verificationUrl), small, Muted, height - 92);
        }

        return BootcampPdf.ToBytes(document);
    }
}
