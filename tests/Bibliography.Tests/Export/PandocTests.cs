using System.Diagnostics;
using Bibliography.Export;
using Bibliography.Model;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Export;

/// <summary>A fact that is skipped, saying why, when pandoc is not installed (CI installs it).</summary>
public sealed class PandocFactAttribute : TheoryAttribute
{
    /// <summary>Skips the test when pandoc cannot be run.</summary>
    public PandocFactAttribute()
    {
        if (!Pandoc.Available) Skip = Support.TestPaths.SkipUnlessCi("pandoc is not installed (apt-get install pandoc); .ci/run installs it.");
    }
}

internal static class Pandoc
{
    public static bool Available { get; } = Probe();

    private static bool Probe()
    {
        try { return Run(new[] { "--version" }, null).ExitCode == 0; }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(IEnumerable<string> args, string? stdin)
    {
        var psi = new ProcessStartInfo("pandoc") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(60_000)) { p.Kill(); throw new TimeoutException("pandoc did not finish in 60 s"); }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}

public class PandocTests
{
    [PandocFact]
    [InlineData("csljson", "csljson", "samples")]
    [InlineData("bibtex", "bibtex", "samples")]
    [InlineData("biblatex", "biblatex", "samples")]
    [InlineData("csljson", "csljson", "seeds")]
    [InlineData("bibtex", "bibtex", "seeds")]
    [InlineData("biblatex", "biblatex", "seeds")]
    public void Pandoc_reads_our_output_without_warnings_with_the_same_titles_names_and_years(string format, string pandocFormat, string set)
    {
        var items = ExportSamples.Set(set);
        var dir = Directory.CreateTempSubdirectory("bib-pandoc-");
        try
        {
            var path = Path.Combine(dir.FullName, "refs." + (format == "csljson" ? "json" : "bib"));
            ReferenceFormats.ExportFile(items, format, path);
            var (exit, stdout, stderr) = Pandoc.Run(new[] { "-f", pandocFormat, "-t", "csljson", path }, null);
            exit.ShouldBe(0, stderr);
            stderr.Trim().ShouldBeEmpty();

            var read = JArray.Parse(stdout).Cast<JObject>().ToList();
            var keys = format == "csljson" ? items.Select(i => i.Id).ToList() : CitationKeys.Assign(items).ToList();
            read.Count.ShouldBe(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var theirs = read.Single(r => (string?)r["id"] == keys[i]);
                Fold((string?)theirs["title"]).ShouldBe(Fold(item.Title), $"title of {item.Id}");
                // pandoc re-parses a CSL-JSON date's 'raw' instead of its date-parts, so only structured dates compare.
                if (!(format == "csljson" && item.Issued?.Raw is not null))
                    ((int?)theirs.SelectToken("issued.date-parts[0][0]")).ShouldBe(item.Issued?.Year, $"year of {item.Id}");
                Names(theirs["author"]).ShouldBe(Names(item.Author), $"authors of {item.Id}");
                Names(theirs["editor"]).ShouldBe(Names(item.Editor), $"editors of {item.Id}");
                Names(theirs["translator"]).ShouldBe(Names(item.Translator), $"translators of {item.Id}");
            }
        }
        finally { dir.Delete(true); }
    }

    // pandoc folds runs of spaces in titles, as any markup reader does.
    private static string? Fold(string? s) => s is null ? null : System.Text.RegularExpressions.Regex.Replace(s, @"\s+", " ").Trim();

    // pandoc spaces initials ("E. F."); the comparison is of the names, not their typography.
    private static List<string> Names(IEnumerable<CslName>? names) =>
        (names ?? Enumerable.Empty<CslName>()).Select(n => Key(n.Literal, n.NonDroppingParticle, n.DroppingParticle, n.Family, n.Given)).ToList();

    private static List<string> Names(JToken? names) =>
        (names as JArray ?? new JArray()).Select(n => Key((string?)n["literal"], (string?)n["non-dropping-particle"],
            (string?)n["dropping-particle"], (string?)n["family"], (string?)n["given"])).ToList();

    private static string Key(string? literal, string? ndp, string? dp, string? family, string? given) =>
        literal ?? string.Join(" ", new[] { dp, ndp, family, given?.Replace(" ", "") }.Where(s => !string.IsNullOrEmpty(s)));
}
