using Bibliography.Validation;

namespace Bibliography.Tests.Validation;

/// <summary>Odd input never crashes a rule: every footnote gives a report, whatever it holds.</summary>
public class ValidationRobustnessTests
{
    public static TheoryData<string[]> OddDocuments => new()
    {
        new[] { "" },
        new[] { ";;;", ". , ;" },
        new[] { "fond", "siyahı", "iş", "vərəq", "s.", "Yenə orada" },
        new[] { "GMTA, fond , siyahı , iş , vərəq ." },
        new[] { "ARDA, fond 1, siyahı 2, iş 3, vərəq 99999999999999999999999 – 1." },
        new[] { "Yenə orada, vərəq 5 arxa – 4.", "Там же. С. 9–1." },
        new[] { "“” qəzeti, , ;", "//", "// //, 2001, s. 1", "M., izd-vo, 2001." },
        new[] { string.Join(" ", Enumerable.Repeat("Əliyev R.M. Qafqaz tarixi. Bakı, bzd-tvo Elm, 2005, s. 45", 400)) },
        Enumerable.Repeat("Mamulia Q.Q. Kniga kniga kniga. Tbilisi, 2012, s. 1-2.", 50).Concat(Enumerable.Repeat("Mamuliya Q.Q. Kniga kniga kniga. Tbilisi, 2012, S. 2-1.", 50)).ToArray(),
    };

    [Theory]
    [MemberData(nameof(OddDocuments))]
    public void Validating_odd_footnotes_gives_a_report_with_placed_diagnostics(string[] footnotes)
    {
        var report = new Validator().ValidateFootnotes(footnotes);
        report.Diagnostics.ShouldAllBe(d => d.Code.Length > 0 && d.Message.Length > 0 && d.Line >= 1 && d.Column >= 1);
        Should.NotThrow(() => ReportWriter.WriteSarif(report));
    }

    [Fact]
    public void Random_citation_soup_never_throws()
    {
        var pieces = new[] { "fond 1", "siyahı 2", "iş 3", "vərəq 4", "arxa", "об", "s.", "S. 5-3", "//", "Mamulia Q.Q.", "M.,", "bzd-tvo", "2005", "(ARDA)", ";", ".", ",", "Ф.", "Оп.", "Л. 2 об", "Yenə orada", "“Kommunist”", "19 iyun" };
        var random = new Random(5);
        for (var round = 0; round < 200; round++)
        {
            var footnotes = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => string.Join(" ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)])))
                .ToArray();
            Should.NotThrow(() => new Validator().ValidateFootnotes(footnotes), string.Join(" | ", footnotes));
        }
    }
}
