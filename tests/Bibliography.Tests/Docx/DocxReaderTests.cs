using Bibliography.Model;
using Bibliography.Sources;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bibliography.Tests.Docx;

/// <summary>How <see cref="DocxReader"/> numbers notes, reads their text and places them.</summary>
public sealed class DocxReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bib-docx-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private SourceDocument Read(DocxBuilder builder, string name = "paper.docx") =>
        PaperReader.ReadFile(builder.Save(Path.Combine(_dir, name)));

    [Fact]
    public void Footnotes_are_numbered_in_the_order_the_body_calls_them_not_as_stored()
    {
        var b = new DocxBuilder();
        var stored1 = b.Footnote(["ARDA, fond 27, siyahı 4, iş 25, vərəq 17."]);
        var stored2 = b.Footnote(["ГА РФ. Ф. Р-130. Оп. 2. Д. 3. Л. 4 об."]);
        b.Paragraph("Первый абзац.", stored2).Paragraph("İkinci abzas.", stored1);

        var doc = Read(b);

        doc.Footnotes.Select(f => (f.Number, f.Text)).ShouldBe([
            (1, "ГА РФ. Ф. Р-130. Оп. 2. Д. 3. Л. 4 об."),
            (2, "ARDA, fond 27, siyahı 4, iş 25, vərəq 17.")]);
        doc.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Endnotes_are_numbered_after_the_footnotes_and_alone_from_one()
    {
        var b = new DocxBuilder();
        var endnote = b.Endnote(["Yenə orada, vərəq 5."]);
        var footnote = b.Footnote(["Rusiya Dövlət Hərbi Arxivi (RDHA), fond 7, siyahı 2, iş 484, vərəq 184 arxa – 185."]);
        b.Paragraph("Mətn", endnote, " və", footnote);
        PaperReader.ReadFile(b.Save(Path.Combine(_dir, "both.docx"))).Footnotes
            .Select(f => (f.Number, f.Text[..5])).ShouldBe([(1, "Rusiy"), (2, "Yenə ")]);

        var only = new DocxBuilder();
        var first = only.Endnote(["ГА РФ. Ф. Р-130. Оп. 2. Д. 3. Л. 4."]);
        var second = only.Endnote(["Там же. Л. 5."]);
        only.Paragraph("Текст", first, second);
        PaperReader.ReadFile(only.Save(Path.Combine(_dir, "endnotes.docx"))).Footnotes
            .Select(f => f.Number).ShouldBe([1, 2]);
    }

    [Fact]
    public void A_note_called_twice_is_read_once_and_separators_are_not_notes()
    {
        var b = new DocxBuilder();
        var note = b.Footnote(["Yenə orada."]);
        b.Paragraph("A", note).Paragraph("B", (Run)note.CloneNode(true));

        var doc = Read(b);

        doc.Footnotes.ShouldHaveSingleItem().Text.ShouldBe("Yenə orada.");
    }

    [Fact]
    public void Tabs_breaks_symbols_hyphens_fields_and_revisions_read_as_a_reader_sees_them()
    {
        var b = new DocxBuilder();
        var note = b.Footnote([
            new Run(new Text("fond"), new TabChar(), new Text("27,"), new Break(), new Text("siyahı 4")),
            new Run(new Text(", iş 25"), new SoftHyphen(), new Text("a, 1920"), new NoBreakHyphen(), new Text("1921")),
            new Run(new Text(" "), new SymbolChar { Font = "Symbol", Char = "F061" }, new SymbolChar { Font = "Wingdings", Char = "F0FC" }),
            new DeletedRun(new Run(new DeletedText("silinmiş "))),
            new InsertedRun(new Run(new Text(" əlavə"))),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGEREF _Ref1 \\h ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text(" s. 12")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        ]);
        b.Paragraph("Mətn.", note);

        Read(b).Footnotes.ShouldHaveSingleItem().Text.ShouldBe("fond 27, siyahı 4, iş 25a, 1920-1921 α əlavə s. 12");
    }

    [Fact]
    public void Paragraphs_of_a_note_are_joined_with_a_space_and_each_maps_back_to_its_own_line()
    {
        var b = new DocxBuilder();
        var first = b.Footnote(["ARDA, fond 27."]);
        var split = b.Footnote(["ГА РФ. Ф. Р-130.  "], [], ["  Оп. 2. Д. 3."]);
        b.Paragraph("Body one.", first).Paragraph("").Paragraph("Body three.", split);

        var doc = Read(b);

        // Three body paragraphs, then note 1 (one paragraph, line 4), then note 2's three paragraphs (lines 5–7).
        doc.Footnotes[0].ShouldSatisfyAllConditions(f => f.Line.ShouldBe(4), f => f.Column.ShouldBe(2));
        var note = doc.Footnotes[1];
        note.Text.ShouldBe("ГА РФ. Ф. Р-130. Оп. 2. Д. 3.");
        note.Line.ShouldBe(5);
        note.Column.ShouldBe(2); // after the space Word puts behind the note's number
        note.PositionOf(note.Text.IndexOf("Оп.", StringComparison.Ordinal)).ShouldBe(new SourcePosition(7, 3));
    }

    [Fact]
    public void In_text_references_are_read_from_body_paragraphs_tables_included_but_not_from_notes()
    {
        var b = new DocxBuilder();
        var note = b.Footnote(["Müqayisə et: [7, s. 3]."]);
        b.Paragraph("Giriş [1].", note);
        b.Add(new Paragraph());
        b.Add(new Table(new TableRow(new TableCell(new Paragraph(DocxBuilder.Run("Cədvəl [2; 3, s.7]"))))));
        b.Add(new Paragraph(new Run(new Text("Son [4–5]."))));

        var read = Read(b);

        read.References.Select(r => (r.Number, r.Locators, r.Line, r.Column)).ShouldBe([
            (1, "", 1, 7),
            (2, "", 3, 8),
            (3, "s.7", 3, 8),
            (4, "", 4, 5),
            (5, "", 4, 5)]);
        read.Footnotes.ShouldHaveSingleItem().Text.ShouldBe("Müqayisə et: [7, s. 3].");
    }

    [Fact]
    public void A_note_nobody_calls_is_skipped_with_a_warning_and_a_call_of_a_missing_note_is_reported()
    {
        var b = new DocxBuilder();
        var called = b.Footnote(["ARDA, fond 27, siyahı 4, iş 25, vərəq 17."]);
        _ = b.Footnote(["Orphan note, not shown by Word."]);
        b.Paragraph("Text", called, new Run(new FootnoteReference { Id = 99 }));

        var doc = Read(b);

        doc.Footnotes.ShouldHaveSingleItem().Text.ShouldStartWith("ARDA");
        doc.Diagnostics.Select(d => d.Code).OrderBy(c => c).ShouldBe([DiagnosticCodes.UnreferencedNote.Code, DiagnosticCodes.MarkerWithoutFootnote.Code]);
        doc.Diagnostics.Single(d => d.Code == DiagnosticCodes.MarkerWithoutFootnote.Code).ShouldSatisfyAllConditions(
            d => d.Message.ShouldContain("99"),
            d => d.Line.ShouldBe(1));
    }

    [Fact]
    public void A_docx_under_another_name_is_recognised_by_its_zip_signature()
    {
        var b = new DocxBuilder();
        b.Paragraph("Mətn", b.Footnote(["Yenə orada, vərəq 5."]));

        var doc = Read(b, "paper.txt");

        doc.Footnotes.ShouldHaveSingleItem().Text.ShouldBe("Yenə orada, vərəq 5.");
        doc.Path.ShouldEndWith("paper.txt");
    }

    [Fact]
    public void A_folder_input_includes_its_docx_and_pdf_files()
    {
        var b = new DocxBuilder();
        b.Paragraph("Mətn", b.Footnote(["Yenə orada."]));
        var docx = b.Save(Path.Combine(_dir, "b.docx"));
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "1 Yenə orada.");
        File.WriteAllText(Path.Combine(_dir, "c.pdf"), "a PDF paper");
        File.WriteAllText(Path.Combine(_dir, "d.png"), "not a paper");

        Bibliography.Batch.BatchInputs.Expand([_dir], Bibliography.Batch.BatchInputs.Papers).Select(i => Path.GetFileName(i.Path)).ShouldBe(["a.txt", "b.docx", "c.pdf"]);
        docx.ShouldEndWith(".docx");
    }
}
