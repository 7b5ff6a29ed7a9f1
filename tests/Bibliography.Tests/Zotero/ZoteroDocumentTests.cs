using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bibliography.Export;
using Bibliography.Model;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Zotero;

/// <summary>`bibliography zotero` on paper 003: every citation a Zotero field, checked by readers nobody here wrote.</summary>
public sealed class ZoteroDocumentTests : IDisposable
{
    private const string Style = "chicago-fullnote-bibliography";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("bib-zotero-");

    public void Dispose() => _dir.Delete(true);

    private static string Paper003 => Path.Combine(TestPaths.SharedSeeds!, "003_5bd5681df1433a7c.txt");

    /// <summary>Writes paper 003 as a Zotero document and returns its path, after checking the paper was not touched.</summary>
    private string Write()
    {
        var before = SHA256.HashData(File.ReadAllBytes(Paper003));
        var output = Path.Combine(_dir.FullName, "003.docx");
        var (code, stdout, stderr) = CliRun.Run("zotero", Paper003, "--style", Style, "-o", output);
        code.ShouldBe(0, stderr);
        stdout.ShouldContain("21 Zotero citation fields (23 citations of 14 items)");
        SHA256.HashData(File.ReadAllBytes(Paper003)).ShouldBe(before);
        return output;
    }

    private string Part(string docx, string part)
    {
        using var zip = ZipFile.OpenRead(docx);
        var path = Path.Combine(_dir.FullName, part.Replace('/', '_'));
        zip.GetEntry(part)!.ExtractToFile(path, overwrite: true);
        return path;
    }

    [SharedFact]
    public void Every_citation_of_paper_003_is_a_zotero_field_and_reads_back_as_the_same_items_and_citations()
    {
        var original = BibliographyPipeline.ExtractFile(Paper003).Document;
        original.Citations.Sum(c => c.CitationItems.Count).ShouldBe(23);
        var docx = Write();

        var back = BibliographyPipeline.ExtractFile(docx).Document;
        back.Items.OrderBy(i => i.Id).Select(CslJson.Serialize).ShouldBe(original.Items.OrderBy(i => i.Id).Select(CslJson.Serialize));
        static string Shape(CslCitation c) => $"{c.CitationId}@{c.Properties.NoteIndex}: " + string.Join("; ", c.CitationItems.Select(i => $"{i.Id} {i.Label} {i.Locator}"));
        back.Citations.Select(Shape).ShouldBe(original.Citations.Select(Shape));
        back.Diagnostics.Count(d => d.Code == DiagnosticCodes.EmbeddedCitation.Code).ShouldBe(21);

        // Each field carries Zotero's citation JSON; the document data is stored as the Word plugin stores it.
        var footnotes = File.ReadAllText(Part(docx, "word/footnotes.xml"));
        Regex.Matches(footnotes, "ADDIN ZOTERO_ITEM CSL_CITATION").Count.ShouldBe(21);
        footnotes.ShouldContain("\"schema\":\"" + ZoteroDocxWriter.CitationSchema + "\"");
        XDocument.Load(Part(docx, "word/document.xml")).Descendants().Where(e => e.Name.LocalName == "instrText")
            .ShouldContain(e => e.Value.Trim() == ZoteroDocxWriter.BibliographyCode);
        var custom = XDocument.Load(Part(docx, "docProps/custom.xml"));
        var prefs = custom.Root!.Elements().Where(e => ((string?)e.Attribute("name"))?.StartsWith("ZOTERO_PREF_") == true)
            .OrderBy(e => int.Parse(((string)e.Attribute("name")!)["ZOTERO_PREF_".Length..])).ToList();
        prefs.Count.ShouldBeGreaterThan(1);
        prefs.ShouldAllBe(p => p.Value.Length <= 255);
        var data = XDocument.Parse(string.Concat(prefs.Select(p => p.Value)));
        ((string?)data.Root!.Attribute("data-version")).ShouldBe("3");
        ((string?)data.Root.Element("style")!.Attribute("id")).ShouldBe("http://www.zotero.org/styles/" + Style);
        data.Root.Element("prefs")!.Elements("pref").Select(p => $"{p.Attribute("name")!.Value}={p.Attribute("value")!.Value}")
            .ShouldBe(["fieldType=Field", "noteType=1"]);
    }

    [Fact]
    public void A_word_paper_gets_its_typed_notes_as_zotero_fields_and_reads_back_the_same()
    {
        var b = new Bibliography.Tests.Docx.DocxBuilder();
        var fn1 = b.Footnote(["Rusiya Dövlət Hərbi Arxivi (RDHA), fond 7, siyahı 2, iş 484, vərəq 184 arxa – 185."]);
        var fn2 = b.Footnote(["Not a citation at all, just a remark"]);
        var fn3 = b.Footnote(["Kavtaradze V. Na putyax k konfederasii Kavkaza. Varşava, 1933, s. 121."]);
        b.Paragraph("Body text", fn1, " more", fn2, " end", fn3, ".");
        var paper = b.Save(Path.Combine(_dir.FullName, "paper.docx"));
        var before = SHA256.HashData(File.ReadAllBytes(paper));
        var output = Path.Combine(_dir.FullName, "zotero.docx");

        var (code, stdout, stderr) = CliRun.Run("zotero", paper, "--style", Style, "-o", output);
        code.ShouldBe(1, stderr); // note 2 is left as written, and said so
        stderr.ShouldContain("note 2 was not read as citations and is left as written");
        stdout.ShouldContain("2 Zotero citation fields (2 citations of 2 items)"); // note 2 is prose: no item
        SHA256.HashData(File.ReadAllBytes(paper)).ShouldBe(before);

        var original = BibliographyPipeline.ExtractFile(paper).Document;
        var back = BibliographyPipeline.ExtractFile(output).Document;
        // The same items (fields' embedded ones are listed after the typed ones read back) and the same citations.
        back.Items.OrderBy(i => i.Id, StringComparer.Ordinal).Select(CslJson.Serialize).ShouldBe(original.Items.OrderBy(i => i.Id, StringComparer.Ordinal).Select(CslJson.Serialize));
        back.Citations.Select(c => CslJson.Serialize(c)).ShouldBe(original.Citations.Select(c => CslJson.Serialize(c)));
        back.Footnotes.Single(f => f.Number == 2).Text.ShouldBe("Not a citation at all, just a remark");
    }

    [NodeReadersFact]
    public void Biblatex_csl_converter_finds_the_14_items_with_archive_data_and_the_23_citations_with_locators()
    {
        var original = BibliographyPipeline.ExtractFile(Paper003).Document;
        var docx = Write();
        var read = (JObject)NodeReaders.Run("docx-citations", Part(docx, "word/footnotes.xml"))[0]!;

        var entries = ((JObject)read["entries"]!).Properties().Select(p => (JObject)p.Value).ToList();
        entries.Select(e => (string)e["entry_key"]!).Order().ShouldBe(original.Items.Select(i => i.Id).Order());
        // The converter has no BibLaTeX field for archive and archive_location: it reports them, with their values, as fields it found.
        var warnings = ((JArray)read["warnings"]!).Cast<JObject>().ToList();
        foreach (var item in original.Items.Where(i => i.ArchiveLocation is not null))
        {
            warnings.ShouldContain(w => (string?)w["entry"] == item.Id && (string?)w["field"] == "archive" && (string?)w["value"] == item.Archive);
            warnings.ShouldContain(w => (string?)w["entry"] == item.Id && (string?)w["field"] == "archive_location" && (string?)w["value"] == item.ArchiveLocation);
        }
        var cited = ((JArray)read["citations"]!).SelectMany(c => c["items"]!).Select(i => $"{i["entry_key"]} {i["label"]} {i["locator"]}").ToList();
        cited.ShouldBe(original.Citations.SelectMany(c => c.CitationItems).Select(i => $"{i.Id} {i.Label} {i.Locator}"));
        ((JArray)read["errors"]!).ShouldBeEmpty();
    }

    [LibreOfficeFact]
    public void LibreOffice_renders_the_formatted_notes()
    {
        var docx = Write();
        var html = Soffice.ToHtml(docx, _dir.FullName);
        var notes = Regex.Matches(html, "<div id=\"sdfootnote(\\d+)\">(.*?)</div>", RegexOptions.Singleline)
            .Select(m => Regex.Replace(System.Net.WebUtility.HtmlDecode(Regex.Replace(m.Groups[2].Value, "<[^>]+>", "")), @"[\x00-\x1F\s]+", " ").Trim())
            .ToList();
        notes.Count.ShouldBe(21);
        var fields = Regex.Matches(File.ReadAllText(Part(docx, "word/footnotes.xml")), "\"formattedCitation\":\"((?:[^\"\\\\]|\\\\.)*)\"")
            // footnotes.xml holds the field code XML-escaped ("comp. &amp; trans."); LibreOffice shows it unescaped.
            .Select(m => System.Net.WebUtility.HtmlDecode(JToken.Parse("\"" + m.Groups[1].Value + "\"").ToString())).ToList();
        for (var i = 0; i < notes.Count; i++) notes[i].ShouldEndWith(Regex.Replace(fields[i], @"\s+", " ").Trim(), Case.Sensitive, $"note {i + 1}");
    }
}

/// <summary>A fact that needs LibreOffice and ../shared: skipped, saying why, where either is absent.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    /// <summary>Sets Skip when soffice or ../shared is missing.</summary>
    public LibreOfficeFactAttribute()
    {
        if (!Soffice.Available) Skip = "LibreOffice is not installed (apt-get install libreoffice-writer-nogui; .ci/install-deps does).";
        else if (TestPaths.Shared is null) Skip = TestPaths.SharedMissing;
    }
}

/// <summary>LibreOffice, headless, with a profile of its own so parallel runs do not share one.</summary>
internal static class Soffice
{
    public static bool Available { get; } = File.Exists("/usr/bin/soffice");

    public static string ToHtml(string docx, string dir)
    {
        var psi = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { $"-env:UserInstallation=file://{dir}/lo-profile", "--headless", "--convert-to", "html", "--outdir", dir, docx }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(180_000)) { p.Kill(true); throw new TimeoutException("soffice did not finish in 180 s"); }
        p.ExitCode.ShouldBe(0, err.Result);
        return File.ReadAllText(Path.Combine(dir, Path.GetFileNameWithoutExtension(docx) + ".html"));
    }
}
