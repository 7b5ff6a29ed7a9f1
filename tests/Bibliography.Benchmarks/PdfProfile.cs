using System.Diagnostics;
using Bibliography.Sources;

namespace Bibliography.Benchmarks;

/// <summary>
/// <c>--profile pdf FILE [ROUNDS]</c>: reads a PDF paper (e.g. the 300-page paper the PDF tests print with LibreOffice)
/// ROUNDS times, printing each read's wall and process CPU time, its pages and notes; the first round includes JIT.
/// </summary>
public static class PdfProfile
{
    /// <summary>Reads <paramref name="path"/> <paramref name="rounds"/> times and prints the times.</summary>
    public static void Run(string path, int rounds)
    {
        var process = Process.GetCurrentProcess();
        for (var round = 1; round <= rounds; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var document = PaperReader.ReadFile(path);
            wall.Stop();
            process.Refresh();
            var pages = document.Footnotes.Count == 0 ? 0 : document.Footnotes.Max(f => f.Segments.Max(s => s.Page ?? 0));
            Console.WriteLine($"round {round}: {wall.Elapsed.TotalSeconds:F2} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s CPU, "
                + $"{document.Footnotes.Count} notes up to page {pages}, {document.Diagnostics.Count} diagnostics");
        }
    }
}
