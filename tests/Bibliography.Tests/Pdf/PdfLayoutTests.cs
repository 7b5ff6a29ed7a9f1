using Bibliography.Sources;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Bibliography.Tests.Pdf;

/// <summary>Layout rules on hand-placed pages: smaller type at the foot without a rule, hyphenated breaks, letter clean-up.</summary>
public sealed class PdfLayoutTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bib-pdf-layout-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void Smaller_type_at_the_foot_is_the_footnote_area_even_without_a_rule_and_a_hyphenated_break_is_joined()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 1; p <= 2; p++)
        {
            var page = builder.AddPage(595, 842);
            var y = 760.0;
            for (var i = 0; i < 20; i++, y -= 14) page.AddText("Reports from the districts reached the capital late.", 12, new PdfPoint(72, y), font);
            var body = page.AddText("The army grew quickly in 1918.", 12, new PdfPoint(72, y), font);
            page.AddText(p.ToString(), 7, new PdfPoint(body[^1].EndBaseLine.X + 0.5, y + 4), font);
            page.AddText(p.ToString(), 7, new PdfPoint(72, 104), font);
            page.AddText(p == 1 ? "Tadeusz Swietochowski, Russian Azer-" : "Ibid., 152.", 10, new PdfPoint(78, 100), font);
            if (p == 1) page.AddText("baijan (Cambridge, 1985), 150.", 10, new PdfPoint(72, 88), font);
            page.AddText(p.ToString(), 10, new PdfPoint(295, 40), font); // the page number
        }
        var path = Path.Combine(_dir, "paper.pdf");
        File.WriteAllBytes(path, builder.Build());

        var document = PaperReader.ReadFile(path);

        document.Footnotes.Select(f => (f.Number, f.Text)).ShouldBe([(1, "Tadeusz Swietochowski, Russian Azerbaijan (Cambridge, 1985), 150."), (2, "Ibid., 152.")]);
        document.Footnotes.Select(f => f.Page).ShouldBe([1, 2]);
        document.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\uFB01", "fi")]
    [InlineData("\uFB03", "ffi")]
    [InlineData("\u00A0", " ")]
    [InlineData("\u2009", " ")]
    [InlineData("\u200B", "")]
    [InlineData("ə", "ə")]
    [InlineData("İ", "İ")]
    [InlineData("ı", "ı")]
    [InlineData("ბ", "ბ")]
    [InlineData("\u00AD", "\u00AD")]
    public void Letters_are_cleaned_but_kept_exact(string letter, string expected) => PdfText.Clean(letter).ShouldBe(expected);
}
