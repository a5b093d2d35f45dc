using System.Diagnostics;
using System.Text;

namespace Bootcamp.Testing;

/// <summary>One rendered page as 8-bit grey levels (0 black … 255 white), row by row.</summary>
public sealed record GreyPage(int Width, int Height, byte[] Pixels)
{
    /// <summary>Pixels darker than near-white between the rows <paramref name="fromRow"/> and <paramref name="toRow"/>.</summary>
    public int InkBetween(int fromRow, int toRow) =>
        Enumerable.Range(fromRow, Math.Max(0, toRow - fromRow)).Sum(y => Pixels.AsSpan(y * Width, Width).ToArray().Count(p => p < 200));
}

/// <summary>Renders a PDF's pages with poppler's <c>pdftoppm -gray</c> (binary PGM, read here: no image library needed).</summary>
public static class PdfPages
{
    public static async Task<IReadOnlyList<GreyPage>> RenderAsync(byte[] pdf, int dpi = 30)
    {
        var directory = Directory.CreateTempSubdirectory("bootcamp-pages-").FullName;
        try
        {
            var file = Path.Combine(directory, "report.pdf");
            await File.WriteAllBytesAsync(file, pdf);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-gray", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), file, Path.Combine(directory, "page") })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start.");
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pdftoppm failed ({process.ExitCode}): {error}");
            }

            // page-1.pgm … page-12.pgm: the number is zero-padded to the page count's width, so sort by the number.
            return [.. Directory.GetFiles(directory, "page-*.pgm")
                .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)["page-".Length..], System.Globalization.CultureInfo.InvariantCulture))
                .Select(f => ReadPgm(File.ReadAllBytes(f)))];
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Binary PGM: "P5", width, height, maximum grey, each separated by whitespace (comments start with #), one
    /// whitespace byte, then width × height bytes.</summary>
    internal static GreyPage ReadPgm(byte[] data)
    {
        var position = 0;
        string Token()
        {
            while (position < data.Length && (char.IsWhiteSpace((char)data[position]) || data[position] == '#'))
            {
                if (data[position] == '#')
                {
                    while (position < data.Length && data[position] != '\n')
                    {
                        position++;
                    }
                }
                else
                {
                    position++;
                }
            }

            var begin = position;
            while (position < data.Length && !char.IsWhiteSpace((char)data[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(data, begin, position - begin);
        }

        var magic = Token();
        Assert.Equal("P5", magic);
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var max = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(max < 256, "16-bit PGM not expected");
        position++;
        return new GreyPage(width, height, data[position..(position + (width * height))]);
    }
}
