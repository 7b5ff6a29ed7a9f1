using System.Text.RegularExpressions;
using Bibliography.Model;
using Bibliography.Sources;

namespace Bibliography.Tests.Pdf;

/// <summary>Papers printed to PDF read to the same notes as the .docx they were printed from.</summary>
[Collection(PaperPdfCollection.Name)]
public sealed class PdfReaderTests(PaperPdfFixture papers)
{
    private static string Flat(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    public static TheoryData<string> Names => ["az-003", "ru-columns", "en", "en-endnotes", "az-endnotes", "ru-references", "big"];

    [Theory]
    [MemberData(nameof(Names))]
    public void The_notes_read_from_the_pdf_equal_those_read_from_its_docx(string name)
    {
        var docx = PaperReader.ReadFile(papers.PathOf(name, ".docx"));
        var pdf = PaperReader.ReadFile(papers.PathOf(name, ".pdf"));

        pdf.Footnotes.Select(f => (f.Number, Flat(f.Text))).ShouldBe(docx.Footnotes.Select(f => (f.Number, Flat(f.Text))));
        pdf.References.Select(r => (r.Number, r.Text)).ShouldBe(docx.References.Select(r => (r.Number, r.Text)));
        pdf.ReferenceEntries.Select(e => (e.Number, Flat(e.Text))).ShouldBe(docx.ReferenceEntries.Select(e => (e.Number, Flat(e.Text))));
        pdf.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        pdf.Footnotes.ShouldAllBe(f => f.Page >= 1);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_citations_extracted_from_the_pdf_equal_those_from_its_docx(string name)
    {
        var docx = BibliographyPipeline.ExtractFile(papers.PathOf(name, ".docx")).Document;
        var pdf = BibliographyPipeline.ExtractFile(papers.PathOf(name, ".pdf")).Document;

        CslJson.Serialize(pdf.Items).ShouldBe(CslJson.Serialize(docx.Items));
        pdf.Footnotes.Select(f => (f.Number, f.CitationId)).ShouldBe(docx.Footnotes.Select(f => (f.Number, f.CitationId)));
        pdf.Footnotes.ShouldAllBe(f => f.Page >= 1);
        docx.Footnotes.ShouldAllBe(f => f.Page == null);
    }

    [Fact]
    public void A_note_too_long_for_its_page_runs_on_to_the_next_and_keeps_both_pages()
    {
        var pdf = PaperReader.ReadFile(papers.PathOf("az-003", ".pdf"));
        var note = pdf.Footnotes.Single(f => f.Text.StartsWith("Azərbaycan Respublikası Dövlət Arxivi (ARDA), fond 1,", StringComparison.Ordinal));
        Flat(note.Text).ShouldBe(Flat(PaperPdfFixture.LongNote));
        var pages = note.Segments.Select(s => s.Page).Distinct().ToList();
        pages.Count.ShouldBeGreaterThan(1);
        note.PositionOf(note.Text.Length - 1).Page.ShouldBe(pages[^1]);
    }

    [Fact]
    public void Azerbaijani_letters_survive_exactly_and_running_heads_and_page_numbers_stay_out()
    {
        var pdf = PaperReader.ReadFile(papers.PathOf("az-003", ".pdf"));
        var all = string.Join("\n", pdf.Footnotes.Select(f => f.Text));
        all.ShouldContain("Azərbaycan Respublikası Prezidentinin İşlər İdarəsi Siyasi Sənədlər Arxivi (ARPİİSSA)");
        all.ShouldNotContain("Tarix və onun problemləri");
    }

    [Fact]
    public void Georgian_script_survives_exactly()
    {
        var pdf = PaperReader.ReadFile(papers.PathOf("en", ".pdf"));
        pdf.Footnotes[^1].Text.ShouldBe(PaperPdfFixture.EnglishNotes[^1]);
    }

    [Fact]
    public void The_big_paper_has_its_pages_and_every_note()
    {
        var pdf = PaperReader.ReadFile(papers.PathOf("big", ".pdf"));
        pdf.Footnotes.Count.ShouldBe(2 * PaperPdfFixture.BigPages);
        pdf.Footnotes[^1].Page!.Value.ShouldBeGreaterThanOrEqualTo(PaperPdfFixture.BigPages);
    }

    [Fact]
    public void Validating_a_pdf_names_the_page_and_note_of_each_finding()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Bibliography.Cli.CliApp.Run(["validate", papers.PathOf("az-003", ".pdf")], stdout, stderr);

        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain(l => l.Contains("(page ") && l.Contains(", note "));
        lines.ShouldNotContain(l => l.Contains("(footnote "));
    }
}
