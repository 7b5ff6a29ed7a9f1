using Bibliography.CiteProc;
using Bibliography.Tests.Golden;
using Bibliography.Tests.Support;

namespace Bibliography.Tests.Rendering;

/// <summary>
/// A newspaper issue cited by its paper and date alone (no title, no author), as historians cite the press, in official
/// styles: every note and in-text citation names the paper, and no style prints an error, a bare year or a lone "//".
/// </summary>
public sealed class NewspaperIssueStylesTests(BothHosts hosts) : IClassFixture<BothHosts>
{
    private static readonly string[] Notes =
    [
        "“Kommunist” qəzeti (rusca), 1920, 19 iyun.",
        "Kavtaradze V. Na putyax k konfederasii Kavkaza. Varşava, 1933, s. 121.",
        "“Kommunist” qəzeti (rusca), 1920, 19 iyun, s. 2.",
        "“Kommunist” qəzeti (rusca), 1920, 23 iyun.",
        "Kavtaradze V. Na putyax k konfederasii Kavkaza. Varşava, 1933, s. 12.",
        "“Kommunist” qəzeti (rusca), 1920, 23 iyun, s. 3.",
    ];

    [DebianStylesTheory]
    [InlineData("chicago-fullnote-bibliography", null, "19")]
    [InlineData("modern-humanities-research-association", null, "19")]
    [InlineData("modern-language-association", null, "19")]
    [InlineData("apa", null, "19")]
    [InlineData("chicago-author-date", null, "19")]
    [InlineData("gost-r-7-0-5-2008", "ru-RU", "19 июн.")]
    public void Every_citation_of_an_issue_names_the_paper_and_its_day(string style, string? locale, string day)
    {
        var document = BibliographyPipeline.ParseFootnotes(Notes).Document;
        var options = new FormatOptions(style, locale, FormatMode.NotesAndBibliography);

        var output = DocumentFormatter.Format(document, options, hosts.Node);

        DocumentFormatter.Format(document, options, hosts.Jint).ShouldBe(output, "both hosts");
        // The notes, a blank line, the bibliography.
        var blank = output.IndexOf("\n\n", StringComparison.Ordinal);
        blank.ShouldBeGreaterThan(0, output);
        var lines = output[..blank].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var n in new[] { 1, 3, 4, 6 })
            lines.Single(l => l.StartsWith($"{n}. ", StringComparison.Ordinal)).ShouldContain("Kommunist", Case.Sensitive, $"note {n}: {output}");
        lines.Single(l => l.StartsWith("3. ", StringComparison.Ordinal)).ShouldContain(day, Case.Sensitive, output);
        output.ShouldNotContain("CSL STYLE ERROR");
        output.ShouldNotContain("1920a");
        output.ShouldNotContain("// Kommunist");
        var entries = output[blank..].Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(e => e.Contains("Kommunist")).ToList();
        entries.Count.ShouldBe(2, output);
        entries.ShouldAllBe(e => e.Contains("1920"), output);
    }
}
