using WStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;
using Bibliography.Sources;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bibliography.Tests.Docx;

/// <summary>Word's automatic list numbers are read as text, so a reference list numbered by Word is found.</summary>
public sealed class DocxListNumberingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bib-docx-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    /// <summary>List 1: decimal "%1." over lower-letter "%1.%2)"; list 2: the same definition restarted at 5; list 3: bullets.</summary>
    private static Numbering Lists() => new(
        new AbstractNum(
            new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
            new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "%1.%2)" }) { LevelIndex = 1 })
        { AbstractNumberId = 0 },
        new AbstractNum(
            new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
        new NumberingInstance(new AbstractNumId { Val = 0 }, new LevelOverride(new StartOverrideNumberingValue { Val = 5 }) { LevelIndex = 0 }) { NumberID = 2 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 3 });

    [Fact]
    public void Prefixes_follow_levels_restarts_overrides_bullets_and_styles()
    {
        var styles = new WStyles(
            new Style(new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 2 }))) { StyleId = "ListNumber", Type = StyleValues.Paragraph },
            new Style(new BasedOn { Val = "ListNumber" }) { StyleId = "Bibliography", Type = StyleValues.Paragraph });
        var path = new DocxBuilder().WithNumbering(Lists(), styles)
            .ListItem(1, 0, "a").ListItem(1, 1, "b").ListItem(1, 1, "c").ListItem(1, 0, "d").ListItem(1, 1, "e")
            .ListItem(3, 0, "bullet")
            .Paragraph("plain")
            .Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Bibliography" }), DocxBuilder.Run("styled")))
            .ListItem(0, 0, "numbering removed")
            .Save(Path.Combine(_dir, "lists.docx"));

        using var document = WordprocessingDocument.Open(path, false);
        var numbering = new DocxListNumbering(document.MainDocumentPart!);
        var prefixes = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(numbering.Prefix).ToList();

        prefixes.ShouldBe(["1. ", "1.a) ", "1.b) ", "2. ", "2.a) ", "", "", "5. ", ""]);
    }

    [Fact]
    public void A_reference_list_numbered_by_word_resolves_the_in_text_references()
    {
        var path = new DocxBuilder().WithNumbering(Lists())
            .Paragraph("Bu məsələ ətraflı öyrənilib [1], [2, s. 185-186].")
            .Paragraph("Ədəbiyyat")
            .ListItem(1, 0, "Rusiya Dövlət Hərbi Arxivi (RDHA), fond 7, siyahı 2, iş 484.")
            .ListItem(1, 0, "Məmmədov Ə. Azərbaycan tarixi. Bakı: Elm, 2005.")
            .Save(Path.Combine(_dir, "paper.docx"));

        var doc = PaperReader.ReadFile(path);

        doc.HasReferenceList.ShouldBeTrue();
        doc.ReferenceEntries.Select(e => (e.Number, e.Text)).ShouldBe([
            (1, "Rusiya Dövlət Hərbi Arxivi (RDHA), fond 7, siyahı 2, iş 484."),
            (2, "Məmmədov Ə. Azərbaycan tarixi. Bakı: Elm, 2005.")]);
        doc.References.Select(r => (r.Number, r.Locators)).ShouldBe([(1, ""), (2, "s. 185-186")]);
        doc.Diagnostics.ShouldBeEmpty();
    }
}
