using System.Text.RegularExpressions;
using Bibliography.CiteProc;
using Bibliography.Tests.Golden;
using Bibliography.Tests.Support;
using Bibliography.Validation;

namespace Bibliography.Tests.Rendering;

/// <summary>
/// Paper 003 formatted in its own convention (the Azerbaijani note style, az-AZ) gives back its footnotes, and
/// in GOST (ru-RU) and Chicago (en-US) renders its archives in those conventions; goldens on both hosts.
/// </summary>
/// <remarks>Set BIBLIOGRAPHY_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change, then review the diff.</remarks>
public sealed partial class SeedConventionRoundTripTests(BothHosts hosts) : IClassFixture<BothHosts>
{
    private static string Paper => Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt");

    /// <summary>
    /// Footnotes whose original differs from the convention because of a slip the validator reports, with the
    /// code that reports it. Each must still be reported, and must still differ: a stale entry fails the test.
    /// </summary>
    private static readonly IReadOnlyDictionary<int, string> Exempt = new Dictionary<int, string>
    {
        [5] = "BIB406",  // "f. 1874, siy. 1" abbreviated where the paper writes "fond", "siyahı"
        // The style writes "Yenə orada" and "Göst. əsəri" where the paper repeats a citation in full, as BIB411 advises.
        [9] = "BIB411", [10] = "BIB411", [11] = "BIB411", [12] = "BIB411", [21] = "BIB411",
        [6] = "BIB407",  // "Zbornik" for "Sbornik" (and the role phrase "sostavil", which the reader does not keep)
        [13] = "BIB408", // "S. 222" for "s."; also "Zbornik" (BIB407)
        [14] = "BIB408", // "S. 517-518" for "s."
        [19] = "BIB409", // "Mamuliya" for "Mamulia" (and the role phrase "Sost., predislovie, perevod")
        [20] = "BIB409", // the same citation again
    };

    [Fact]
    public void Notes_in_the_seed_convention_give_back_the_original_footnotes()
    {
        var document = BibliographyPipeline.ExtractFile(Paper).Document;
        var notes = FormatAndCompareWithGolden(document, "azerbaijani-historical-notes", "az-AZ");
        var produced = Notes().Matches(notes).ToDictionary(m => int.Parse(m.Groups[1].Value), m => m.Groups[2].Value);
        var report = new Validator().ValidateFile(Paper);

        produced.Keys.ShouldBe(document.Footnotes.Select(f => f.Number), ignoreOrder: false);
        var failures = new List<string>();
        foreach (var footnote in document.Footnotes)
        {
            var same = Loose(produced[footnote.Number]) == Loose(footnote.Text);
            if (Exempt.TryGetValue(footnote.Number, out var code))
            {
                if (!report.Diagnostics.Any(d => d.Code == code && Concerns(d, footnote.Number)))
                    failures.Add($"footnote {footnote.Number} is exempt by {code}, which the validator no longer reports for it");
                if (same) failures.Add($"footnote {footnote.Number} is exempt by {code} but now round-trips: remove the exemption");
            }
            else if (!same)
            {
                failures.Add($"footnote {footnote.Number}:\n  original: {footnote.Text}\n  produced: {produced[footnote.Number]}");
            }
        }
        failures.ShouldBeEmpty();
    }

    /// <summary>
    /// Where the validator advises an ibid or a short form (BIB411), the project's Azerbaijani style prints exactly
    /// that advice: a historian who follows the rules gets what the style writes, and the other way round.
    /// </summary>
    [Fact]
    public void The_style_prints_what_the_validator_advises_for_a_repeated_citation()
    {
        var document = BibliographyPipeline.ExtractFile(Paper).Document;
        var notes = FormatAndCompareWithGolden(document, "azerbaijani-historical-notes", "az-AZ");
        var produced = Notes().Matches(notes).ToDictionary(m => int.Parse(m.Groups[1].Value), m => m.Groups[2].Value);
        var advice = new Validator().ValidateFile(Paper).Diagnostics.Where(d => d.Code == "BIB411").ToList();

        advice.Count.ShouldBeGreaterThanOrEqualTo(8);
        foreach (var d in advice)
        {
            var quoted = Advice().Match(d.Message).Groups[1].Value;
            quoted.ShouldNotBeEmpty(d.Message);
            // The advice names the first citation of the note; the note may go on with others after "; ".
            produced[d.Footnote!.Value].Split("; ")[0].TrimEnd('.').Replace('–', '-').ShouldBe(quoted.Replace('–', '-'), $"footnote {d.Footnote}: {d.Message}");
        }
    }

    [DebianStylesTheory]
    [InlineData("gost-r-7-0-5-2008-archival-note", "ru-RU", "Rusiya Dövlət Hərbi Arxivi (RDHA). Ф. 7. Оп. 2. Д. 484. Л. 184 об.–185.")]
    [InlineData("chicago-fullnote-bibliography", "en-US", "Russian State Military Archive (RGVA), f. 7, op. 2, d. 484, fols. 184v–185.")]
    public void Archives_render_in_the_convention_of_the_locale(string style, string locale, string note2)
    {
        var document = BibliographyPipeline.ExtractFile(Paper).Document;

        var notes = FormatAndCompareWithGolden(document, style, locale);

        var produced = Notes().Matches(notes).ToDictionary(m => int.Parse(m.Groups[1].Value), m => m.Groups[2].Value);
        produced.Count.ShouldBe(21);
        produced[2].ShouldEndWith(note2);
        // No shelf mark as the Azerbaijani paper wrote it survives into another convention.
        notes.ShouldNotContain("siyahı");
        notes.ShouldNotContain("arxa");
    }

    private string FormatAndCompareWithGolden(Model.BibliographyDocument document, string style, string locale)
    {
        var options = new FormatOptions(style, locale, FormatMode.Notes);
        var node = DocumentFormatter.Format(document, options, hosts.Node);
        DocumentFormatter.Format(document, options, hosts.Jint).ShouldBe(node, "the Jint host must give the same bytes as Node");

        var golden = Path.Combine(Path.GetDirectoryName(Paper)!, "formatted", $"{style}.{locale}.notes.txt");
        if (Support.Golden.UpdateRequested())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, node);
        }
        File.Exists(golden).ShouldBeTrue($"missing golden {golden}");
        node.ShouldBe(File.ReadAllText(golden).ReplaceLineEndings("\n"), $"differs from {golden}");
        return node;
    }

    /// <summary>A footnote compared loosely: no white space, every dash a hyphen.</summary>
    private static string Loose(string text) => Dashes().Replace(Regex.Replace(text, @"\s+", ""), "-");

    /// <summary>True when a diagnostic is about footnote <paramref name="number"/>, directly or by naming it among others ("footnotes 19, 20").</summary>
    private static bool Concerns(Model.Diagnostic diagnostic, int number) =>
        diagnostic.Footnote == number
        || NamedFootnotes().Matches(diagnostic.Message).SelectMany(m => m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries)).Contains(number.ToString());

    [GeneratedRegex(@"^(\d+)\. (.*)$", RegexOptions.Multiline)]
    private static partial Regex Notes();

    [GeneratedRegex(@"[‐‑‒–—―−-]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"footnotes? (\d+(?:, \d+)*)")]
    private static partial Regex NamedFootnotes();

    [GeneratedRegex(@"(?:write|here):? '([^']+)'")]
    private static partial Regex Advice();
}
