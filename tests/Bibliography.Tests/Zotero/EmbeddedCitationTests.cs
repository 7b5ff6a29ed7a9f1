using System.Text;
using Bibliography.Model;
using Bibliography.Sources;
using Bibliography.Tests.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Zotero;

/// <summary>Documents a reference manager manages: Zotero and Mendeley fields read from their embedded CSL-JSON beside typed notes.</summary>
public class EmbeddedCitationTests
{
    private const string Schema = "https://github.com/citation-style-language/schema/raw/master/csl-citation.json";

    internal static readonly JObject ZoteroManuscript = JObject.Parse("""
        {"id":1234,"type":"manuscript","title":"Report of the Georgian mission","archive":"Gürcüstan Mərkəzi Tarix Arxivi","archive_location":"f. 1874, op. 1, d. 4","archive-place":"Tbilisi","issued":{"date-parts":[["1920","6","19"]]},"author":[{"family":"Zhordania","given":"Noe"}],"note":"archive-short: GMTA"}
        """);

    internal static readonly JObject MendeleyBook = JObject.Parse("""
        {"id":"a1b2c3d4-mendeley","type":"book","title":"Borba za svobodu","author":[{"family":"Mamulia","given":"G.","parse-names":false,"dropping-particle":"","non-dropping-particle":""}],"issued":{"date-parts":[[2012]]},"publisher":"Meridiani","publisher-place":"Tbilisi","container-title-short":""}
        """);

    internal static readonly JObject MendeleyArticle = JObject.Parse("""
        {"id":"ffee-0001","type":"article-journal","title":"The Caucasian Confederation","container-title":"Caucasus Survey","volume":"4","page":"1-20","issued":{"date-parts":[[2016]]}}
        """);

    private static string Citation(string id, JObject item, string? locator, string? label = null, string? prefix = null, int noteIndex = 0)
    {
        var entry = new JObject { ["id"] = item["id"]!.DeepClone(), ["uris"] = new JArray("http://zotero.org/users/1/items/ABCD"), ["itemData"] = item.DeepClone() };
        if (locator is not null) entry["locator"] = locator;
        if (label is not null) entry["label"] = label;
        if (prefix is not null) entry["prefix"] = prefix;
        return new JObject
        {
            ["citationID"] = id,
            ["properties"] = new JObject { ["formattedCitation"] = "x", ["plainCitation"] = "x", ["noteIndex"] = noteIndex },
            ["citationItems"] = new JArray(entry),
            ["schema"] = Schema,
        }.ToString(Newtonsoft.Json.Formatting.None);
    }

    /// <summary>A complex field as Word writes it: begin, the instruction split over several runs, separate, result, end.</summary>
    internal static OpenXmlElement[] ComplexField(string instruction, string result)
    {
        var runs = new List<OpenXmlElement> { new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }) };
        for (var i = 0; i < instruction.Length; i += 40)
            runs.Add(new Run(new FieldCode(instruction.Substring(i, Math.Min(40, instruction.Length - i))) { Space = SpaceProcessingModeValues.Preserve }));
        runs.Add(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        runs.Add(DocxBuilder.Run(result));
        runs.Add(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        return runs.ToArray();
    }

    private static OpenXmlElement SimpleField(string instruction, string result) =>
        new SimpleField(DocxBuilder.Run(result)) { Instruction = instruction };

    private static OpenXmlElement MendeleyV3(string json, string result) => new SdtRun(
        new SdtProperties(new Tag { Val = "MENDELEY_CITATION_v3_" + Convert.ToBase64String(Encoding.UTF8.GetBytes(json)) }),
        new SdtContentRun(DocxBuilder.Run(result)));

    private static string Build(string dir)
    {
        var b = new DocxBuilder();
        var fn1 = b.Footnote(["Rusiya Dövlət Hərbi Arxivi (RDHA), fond 7, siyahı 2, iş 484, vərəq 184 arxa – 185."]);
        var fn2 = b.Footnote([.. new object[] { "See " }, .. ComplexField("ADDIN ZOTERO_ITEM CSL_CITATION " + Citation("zA", ZoteroManuscript, "12v", "folio", noteIndex: 2), "GMTA, f. 1874, op. 1, d. 4, l. 12 ob."),
            "; Azərbaycan Respublikası Dövlət Arxivi (ARDA), fond 27, siyahı 4, iş 25, vərəq 17."]);
        var fn3 = b.Footnote([SimpleField(" ADDIN CSL_CITATION " + Citation("mB", MendeleyBook, "45", "page", noteIndex: 3) + " ", "Mamulia, Borba, 45.")]);
        var fn4 = b.Footnote([MendeleyV3(Citation("mC", MendeleyArticle, "3"), "Caucasus Survey 4 (2016): 3.")]);
        var fn5 = b.Footnote([.. ComplexField("ADDIN ZOTERO_ITEM CSL_CITATION {broken", "Kavtaradze V. Na putyax k konfederasii Kavkaza. Varşava, 1933, s. 121.")]);
        var fn6 = b.Footnote([.. ComplexField("ADDIN ZOTERO_ITEM CSL_CITATION " + Citation("zD", ZoteroManuscript, "14", "folio", noteIndex: 6), "Ibid., l. 14.")]);
        b.Paragraph("Text", fn1, " more", fn2, " and", fn3, fn4, fn5, fn6, " end ");
        b.Paragraph([.. ComplexField("ADDIN ZOTERO_ITEM CSL_CITATION " + Citation("zE", MendeleyArticle, null), "(Caucasus Survey 2016)")]);
        return b.Save(Path.Combine(dir, "managed.docx"));
    }

    [Fact]
    public void Zotero_and_mendeley_fields_and_typed_notes_are_read_into_one_document_with_embedded_items_field_for_field()
    {
        var dir = Directory.CreateTempSubdirectory("bib-embedded-");
        try
        {
            var path = Build(dir.FullName);
            var doc = BibliographyPipeline.ExtractFile(path).Document;

            // Embedded items are kept field for field; the id becomes a string, and date parts Zotero writes as strings numbers.
            var zotero = ZoteroManuscript.DeepClone();
            zotero["id"] = "1234";
            zotero["issued"] = JObject.Parse("""{"date-parts":[[1920,6,19]]}""");
            JToken.DeepEquals(ExportJson(doc.Items.Single(i => i.Id == "1234")), zotero).ShouldBeTrue(ExportJson(doc.Items.Single(i => i.Id == "1234")).ToString());
            JToken.DeepEquals(ExportJson(doc.Items.Single(i => i.Id == "a1b2c3d4-mendeley")), MendeleyBook).ShouldBeTrue();
            JToken.DeepEquals(ExportJson(doc.Items.Single(i => i.Id == "ffee-0001")), MendeleyArticle).ShouldBeTrue();
            // Cited three times (fn2, fn6, body), the same data gives one item.
            doc.Items.Count(i => i.Title == "Report of the Georgian mission").ShouldBe(1);

            Cluster(doc, "note-1").ShouldBe([("rdha-7-2-484", "184v-185", "folio")]);
            // Typed and embedded citations in the order they stand in the note.
            Cluster(doc, "note-2").ShouldBe([("1234", "12v", "folio"), ("arda-27-4-25", "17", "folio")]);
            Cluster(doc, "note-3").ShouldBe([("a1b2c3d4-mendeley", "45", "page")]);
            Cluster(doc, "note-4").ShouldBe([("ffee-0001", "3", null)]);
            Cluster(doc, "note-6").ShouldBe([("1234", "14", "folio")]);
            doc.Citations.Single(c => c.CitationId == "field-1").Properties.NoteIndex.ShouldBe(0);
            Cluster(doc, "field-1").ShouldBe([("ffee-0001", null, null)]);
            // Citations come in note order, then the body's.
            doc.Citations.Select(c => c.CitationId).ShouldBe(["note-1", "note-2", "note-3", "note-4", "note-5", "note-6", "field-1"]);

            // A field whose JSON is broken is reported and its text read as typed text.
            doc.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.BadEmbeddedCitation.Code && d.Footnote == 5);
            doc.Items.ShouldContain(i => i.Title == "Na putyax k konfederasii Kavkaza");
            doc.Diagnostics.Count(d => d.Code == DiagnosticCodes.EmbeddedCitation.Code).ShouldBe(5);
            // A field's formatted text is not parsed again as a typed citation.
            doc.Footnotes.Single(f => f.Number == 3).Text.ShouldBe("");
            doc.Footnotes.Single(f => f.Number == 2).Text.ShouldBe("See ; Azərbaycan Respublikası Dövlət Arxivi (ARDA), fond 27, siyahı 4, iş 25, vərəq 17.");
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void The_reader_gives_each_field_with_its_manager_note_and_place()
    {
        var dir = Directory.CreateTempSubdirectory("bib-embedded-");
        try
        {
            var source = PaperReader.ReadFile(Build(dir.FullName));
            source.EmbeddedCitations.Select(e => (e.Manager, e.Note)).ShouldBe(
                [("zotero", 2), ("mendeley", 3), ("mendeley-v3", 4), ("zotero", 6), ("zotero", 0)]);
            var fn2 = source.EmbeddedCitations[0];
            fn2.Offset.ShouldBe(4);
            fn2.Text.ShouldBe("GMTA, f. 1874, op. 1, d. 4, l. 12 ob.");
            JObject.Parse(fn2.Json)["citationID"]!.ToString().ShouldBe("zA");
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Validate_format_and_export_work_on_a_managed_document()
    {
        var dir = Directory.CreateTempSubdirectory("bib-embedded-");
        try
        {
            var path = Build(dir.FullName);
            var (validateCode, validateOut, _) = Bibliography.Tests.Support.CliRun.Run("validate", path, "--format", "json");
            validateCode.ShouldBeLessThan(2, validateOut);
            validateOut.ShouldContain(DiagnosticCodes.EmbeddedCitation.Code);

            var (formatCode, formatOut, formatErr) = Bibliography.Tests.Support.CliRun.Run("format", path, "--style", "chicago-fullnote-bibliography");
            formatCode.ShouldBe(0, formatErr);
            formatOut.ShouldContain("Report of the Georgian Mission");
            formatOut.ShouldContain("Caucasus Survey");

            var ris = Path.Combine(dir.FullName, "out.ris");
            var (exportCode, _, exportErr) = Bibliography.Tests.Support.CliRun.Run("export", path, "--to", "ris", "-o", ris);
            exportCode.ShouldBe(0, exportErr);
            var text = File.ReadAllText(ris);
            text.ShouldContain("AN  - f. 1874, op. 1, d. 4");
            text.ShouldContain("ID  - a1b2c3d4-mendeley");
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void The_archive_rules_check_embedded_archival_items()
    {
        var dir = Directory.CreateTempSubdirectory("bib-embedded-");
        try
        {
            var incomplete = (JObject)ZoteroManuscript.DeepClone();
            incomplete["id"] = 99;
            incomplete["archive_location"] = "f. 1874, d. 4";
            var b = new DocxBuilder();
            var good = b.Footnote([.. ComplexField("ADDIN ZOTERO_ITEM CSL_CITATION " + Citation("z1", ZoteroManuscript, "12", "folio", noteIndex: 1), "GMTA 12.")]);
            var bad = b.Footnote([.. ComplexField("ADDIN ZOTERO_ITEM CSL_CITATION " + Citation("z2", incomplete, null, noteIndex: 2), "GMTA.")]);
            b.Paragraph("Text", good, bad);
            var path = b.Save(Path.Combine(dir.FullName, "archive.docx"));

            var report = new Bibliography.Validation.Validator().ValidateFile(path);
            var found = report.Diagnostics.Where(d => d.Code == "BIB413").ShouldHaveSingleItem();
            found.Footnote.ShouldBe(2);
            found.Message.ShouldContain("no opis");
            found.Message.ShouldContain("no folio");
        }
        finally { dir.Delete(true); }
    }

    private static JObject ExportJson(CslItem item) => JObject.Parse(CslJson.Serialize(item));

    private static List<(string Id, string? Locator, string? Label)> Cluster(BibliographyDocument doc, string id) =>
        doc.Citations.Single(c => c.CitationId == id).CitationItems.Select(i => (i.Id, i.Locator, i.Label)).ToList();
}
