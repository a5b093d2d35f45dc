using System.Diagnostics;

namespace Bootcamp.Testing;

/// <summary>Reads a PDF the way a person's viewer would, through poppler-utils (scripts/test.sh installs them).</summary>
public static class PdfText
{
    /// <summary>The text of the PDF, laid out as on the page (<c>pdftotext -layout</c>).</summary>
    public static Task<string> ExtractAsync(byte[] pdf) => RunOnFileAsync("pdftotext", pdf, "-layout", "{file}", "-");

    /// <summary>The text in reading order (<c>pdftotext -raw</c>): the layout mode may close the gap of a short right-aligned
    /// figure ("7 %" reads "7%"), the raw mode keeps words as drawn.</summary>
    public static Task<string> ExtractRawAsync(byte[] pdf) => RunOnFileAsync("pdftotext", pdf, "-raw", "{file}", "-");

    /// <summary>The font table (<c>pdffonts</c>): one line per font with its type, encoding and whether it is embedded.</summary>
    public static Task<string> FontsAsync(byte[] pdf) => RunOnFileAsync("pdffonts", pdf, "{file}");

    /// <summary>The document information (<c>pdfinfo</c>): title, page size…</summary>
    public static Task<string> InfoAsync(byte[] pdf) => RunOnFileAsync("pdfinfo", pdf, "{file}");

    private static async Task<string> RunOnFileAsync(string tool, byte[] pdf, params string[] arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"bootcamp-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument == "{file}" ? file : argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await error}");
            }

            return await output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
