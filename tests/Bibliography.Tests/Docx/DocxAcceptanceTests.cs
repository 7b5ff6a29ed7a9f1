using Bibliography.Model;
using Bibliography.Sources;
using DocumentFormat.OpenXml.Wordprocessing;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Docx;

/// <summary>
/// A Word document and the plain text with the same content extract to the same JSON document, in what a
/// user relies on: items, citations, footnote numbers and texts, references and diagnostics (lines aside).
/// </summary>
public sealed class DocxAcceptanceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bib-docx-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    /// <summary>The notes' texts as a user reads them, in Word's numbering (footnotes, then the endnote).</summary>
    private static readonly string[] NoteTexts =
    [
        "Rusiya Dövlət Hərbi Arxivi (RDHA), fond 7, siyahı 2, iş 484, vərəq 184 arxa – 185.",
        "ГА РФ. Ф. Р-130. Оп. 2. Д. 3. Л. 4 об.",
        "Там же. Л. 5.",
        "Azərbaycan Respublikası Dövlət Arxivi (ARDA), fond 27, siyahı 4, iş 25, vərəq 17.",
        "Yenə orada, vərəq 18.",
        "Jupikova E.F. Povstançeskoye dvijenie na Severnom Kavkaze v 1920-1925 qodax// Sbornik trudov. c. 1. М., Akademiya istoriçeskix nauk, 2006, s. 172.",
        "“Kommunist” qəzeti (rusca), 1920, 19 iyun.",
        "Gürcüstan Mərkəzi Tarix Arxivi (GMTA), f. 1874, siy. 1, iş 2, vərəq 78 arxa.",
    ];

    /// <summary>
    /// The same notes written as Word would hold them: runs with formatting, a note over two paragraphs, a
    /// custom mark, a hyperlink, a no-break hyphen, and an endnote called before most footnotes.
    /// </summary>
    private static (DocxBuilder Builder, List<string> BodyLines, List<int[]> Calls) Document(bool withReference)
    {
        var b = new DocxBuilder();
        var f1 = b.Footnote(["Rusiya Dövlət Hərbi Arxivi ", DocxBuilder.Run("(RDHA)", bold: true), ", fond 7, siyahı 2, ", "iş 484, ", "vərəq 184 arxa – 185."]);
        var f2 = b.Footnote(["ГА РФ. Ф. Р-130. ", "Оп. 2."], ["Д. 3. Л. 4 об."]);
        var f3 = b.FootnoteMarked("*", ["Там же. Л. 5."]);
        var f4 = b.Footnote([DocxBuilder.Hyperlink("Azərbaycan Respublikası Dövlət Arxivi", "https://www.milliarxiv.gov.az/"), " (ARDA), fond 27, siyahı 4, iş 25, vərəq 17."]);
        var f5 = b.Footnote(["Yenə orada, vərəq 18."]);
        var f6 = b.Footnote([
            "Jupikova E.F. Povstançeskoye dvijenie na Severnom Kavkaze v 1920",
            new Run(new NoBreakHyphen()),
            "1925 qodax// Sbornik trudov. c. 1. М., Akademiya istoriçeskix nauk, 2006, s. 172."]);
        var f7 = b.Footnote(["“Kommunist” qəzeti (rusca), 1920, 19 iyun."]);
        var e1 = b.Endnote(["Gürcüstan Mərkəzi Tarix Arxivi (GMTA), f. 1874, siy. 1, iş 2, vərəq 78 arxa."]);

        b.Paragraph("Azərbaycan Xalq Cümhuriyyətinin ordu quruculuğu", f1, " geniş vüsət aldı.", e1);
        b.Paragraph("Арестованные были отправлены в Москву.", f2, f3);
        b.Paragraph(withReference ? "Bu barədə ətraflı bax: [12, s.185-186]." : "Bu barədə ətraflı bax: arxiv sənədləri.", f4, f5);
        b.Paragraph("Üsyan 1920–1925-ci illərdə davam etdi.", f6);
        b.Paragraph("Qəzet yazırdı:", f7, " «Bakı azad olunub».");
        var bodyLines = new List<string>
        {
            "Azərbaycan Xalq Cümhuriyyətinin ordu quruculuğu geniş vüsət aldı.",
            "Арестованные были отправлены в Москву.",
            withReference ? "Bu barədə ətraflı bax: [12, s.185-186]." : "Bu barədə ətraflı bax: arxiv sənədləri.",
            "Üsyan 1920–1925-ci illərdə davam etdi.",
            "Qəzet yazırdı: «Bakı azad olunub».",
        };
        return (b, bodyLines, [[1, 8], [2, 3], [4, 5], [6], [7]]);
    }

    [Fact]
    public void A_docx_extracts_to_the_same_document_as_the_plain_text_footnote_list()
    {
        var (builder, _, _) = Document(withReference: false);
        var docx = builder.Save(Path.Combine(_dir, "paper.docx"));
        var text = Path.Combine(_dir, "footnotes.txt");
        // The two-paragraph note is written over two lines, as a footnote list continues a note.
        File.WriteAllText(text, string.Join("\n", NoteTexts.Select((t, i) => $"{i + 1} {t}")).Replace("Оп. 2. Д. 3.", "Оп. 2.\nД. 3."));

        var fromDocx = BibliographyPipeline.ExtractFile(docx).Document;
        var fromText = BibliographyPipeline.ExtractFile(text).Document;

        fromDocx.Footnotes.Select(f => (f.Number, f.Text)).ShouldBe(NoteTexts.Select((t, i) => (i + 1, t)));
        fromDocx.Items.Count.ShouldBeGreaterThan(4);
        UserView(fromDocx).ToString().ShouldBe(UserView(fromText).ToString());
    }

    [Fact]
    public void A_docx_with_an_in_text_reference_extracts_like_the_same_paper_as_text()
    {
        var (builder, bodyLines, calls) = Document(withReference: true);
        var docx = builder.Save(Path.Combine(_dir, "paper.docx"));
        // The PDF-text form: body lines each followed by its note markers, then the footnote rule and the notes.
        var lines = new List<string>();
        for (var i = 0; i < bodyLines.Count; i++)
        {
            lines.Add(bodyLines[i]);
            lines.AddRange(calls[i].Select(n => n.ToString()));
        }
        lines.Add(new string(' ', 61));
        lines.AddRange(NoteTexts.Select((t, i) => $"{i + 1} {t}"));
        var text = Path.Combine(_dir, "paper.txt");
        File.WriteAllText(text, string.Join("\n", lines));

        var fromDocx = BibliographyPipeline.ExtractFile(docx).Document;
        var fromText = BibliographyPipeline.ExtractFile(text).Document;

        fromDocx.References.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            r => r.Number.ShouldBe(12),
            r => r.Text.ShouldBe("[12, s.185-186]"),
            r => r.Line.ShouldBe(3),
            r => r.Column.ShouldBe("Bu barədə ətraflı bax: ".Length + 1));
        fromText.Footnotes.Count.ShouldBe(NoteTexts.Length);
        UserView(fromDocx).ToString().ShouldBe(UserView(fromText).ToString());
    }

    [Fact]
    public void The_custom_mark_is_reported_as_the_notes_own_mark_and_not_left_in_its_text()
    {
        var (builder, _, _) = Document(withReference: false);
        var docx = builder.Save(Path.Combine(_dir, "paper.docx"));

        var doc = BibliographyPipeline.ExtractFile(docx).Document;

        doc.Footnotes[2].Text.ShouldBe("Там же. Л. 5.");
        var info = doc.Diagnostics.ShouldHaveSingleItem();
        info.Code.ShouldBe(DiagnosticCodes.CustomMark.Code);
        info.Severity.ShouldBe(DiagnosticSeverity.Info);
        info.Footnote.ShouldBe(3);
        info.Message.ShouldContain("'*'");
        info.File.ShouldBe(docx);
    }

    /// <summary>The document without what differs by nature between a .docx and a text file: lines, columns, file names and the .docx's own notices.</summary>
    private static JObject UserView(BibliographyDocument document)
    {
        var json = JObject.Parse(CslJson.Serialize(document));
        foreach (var footnote in json["footnotes"]!.Children<JObject>()) footnote.Remove("line");
        foreach (var reference in json["references"]!.Children<JObject>())
        {
            reference.Remove("line");
            reference.Remove("column");
        }
        var diagnostics = json["diagnostics"]!.Children<JObject>()
            .Where(d => !((string)d["code"]!).StartsWith("DOCX", StringComparison.Ordinal))
            .Select(d =>
            {
                d.Remove("line");
                d.Remove("column");
                d.Remove("file");
                return d;
            })
            .OrderBy(d => d.ToString(), StringComparer.Ordinal)
            .ToList();
        json["diagnostics"] = new JArray(diagnostics);
        return json;
    }
}
