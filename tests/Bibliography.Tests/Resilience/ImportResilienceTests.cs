using System.Diagnostics;
using System.Text;
using Bibliography.Errors;
using Bibliography.Export;
using Bibliography.Model;
using Bibliography.Tests.Export;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Resilience;

/// <summary>
/// Hostile and odd imports (issue #17, imports): a self-doubling <c>@string</c>, oversize numbers and wrong shapes in
/// CSL-JSON, invalid UTF-8, bad items given to <c>format</c>/<c>export</c>, and the fields of a typical BibTeX entry.
/// Each keeps what can be kept (exit 1) or refuses the file in one line (exit 2), never an internal error.
/// </summary>
public sealed class ImportResilienceTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("bib-import-");

    public void Dispose() => _dir.Delete(true);

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A 1.2 KB file whose @strings double: 16 × 2^50 characters unbounded.</summary>
    internal static string DoublingStrings()
    {
        var sb = new StringBuilder("@book{before, title = {Before}}\n@string{s0 = \"xxxxxxxxxxxxxxxx\"}\n");
        for (var i = 1; i <= 50; i++) sb.Append($"@string{{s{i}=s{i - 1}#s{i - 1}}}\n");
        sb.Append("@book{after, title = {After}}\n@book{uses, title = s50}\n");
        return sb.ToString();
    }

    [Fact]
    public void A_self_doubling_string_is_cut_at_the_cap_quickly_and_the_other_entries_are_kept()
    {
        var bib = DoublingStrings();
        bib.Length.ShouldBeLessThan(1300);
        // This thread's allocations only: other test classes run at the same time.
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = new BibTexFormat().Read(new StringReader(bib), "double.bib");
        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
        // Without the cap this asks for 16 × 2^50 characters (out of memory); with it, a few times the cap.
        allocated.ShouldBeLessThan(64L * BibTexParser.MaxValueLength);
        result.Items.Select(i => i.Id).ShouldBe(new[] { "before", "after", "uses" });
        var first = result.Skipped.First();
        first.Key.ShouldBe("@string s17"); // 16 × 2^16 passes 2^20 characters
        first.Line.ShouldBe(19);
        first.Reason.ShouldContain(BibTexParser.MaxValueLength.ToString());
        result.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void Total_expansion_is_capped_across_the_file()
    {
        var sb = new StringBuilder("@string{big = \"");
        sb.Append('y', BibTexParser.MaxValueLength - 10).Append("\"}\n");
        var uses = BibTexParser.MaxTotalExpansion / BibTexParser.MaxValueLength + 2;
        for (var i = 0; i < uses; i++) sb.Append($"@misc{{m{i}, note = big}}\n");
        var result = new BibTexFormat().Read(new StringReader(sb.ToString()), "many.bib");
        result.Items.Count.ShouldBe(BibTexParser.MaxTotalExpansion / (BibTexParser.MaxValueLength - 10));
        result.Skipped.ShouldNotBeEmpty();
        result.Skipped[0].Reason.ShouldContain(BibTexParser.MaxTotalExpansion.ToString());
        result.Skipped[0].Line.ShouldBe(2 + result.Items.Count);
    }

    [Fact]
    public void The_cli_keeps_the_entries_around_a_doubling_string_with_exit_code_1()
    {
        var path = Write("double.bib", DoublingStrings());
        var (code, output, err) = CliRun.Run("import", path);
        code.ShouldBe(1);
        err.ShouldNotContain("internal error");
        err.ShouldContain($"{path}:19: skipped:");
        output.ShouldContain("\"before\"");
        output.ShouldContain("\"after\"");
    }

    public static TheoryData<string, string, string> BadItems() => new()
    {
        { "huge year", """{"id":"bad","type":"book","issued":{"date-parts":[[99999999999999999999]]}}""", "99999999999999999999" },
        { "huge float", """{"id":"bad","type":"book","volume":1e400}""", "too large" },
        { "huge day in another date", """{"id":"bad","type":"book","accessed":{"date-parts":[[2001, 1, 1e30]]}}""", "date-parts" },
        { "string for date-parts", """{"id":"bad","type":"book","issued":{"date-parts":"1920"}}""", "date-parts" },
        { "date-parts nested too deep", """{"id":"bad","type":"book","issued":{"date-parts":[[[1920]]]}}""", "date-parts" },
        { "three ranges", """{"id":"bad","type":"book","issued":{"date-parts":[[1],[2],[3]]}}""", "date-parts" },
        { "string for names", """{"id":"bad","type":"book","author":"Ivanov"}""", "author" },
        { "array for a name", """{"id":"bad","type":"book","editor":[["Ivanov"]]}""", "editor" },
        { "object in a name part", """{"id":"bad","type":"book","author":[{"family":{"x":1}}]}""", "family" },
        { "array for a title", """{"id":"bad","type":"book","title":["a","b"]}""", "title" },
        { "string for custom", """{"id":"bad","type":"book","custom":"x"}""", "custom" },
        { "deep nesting", """{"id":"bad","type":"book","note":""" + new string('[', 500) + new string(']', 500) + "}", CslJsonFormat.MaxItemDepth.ToString() },
        { "deep nesting in custom", """{"id":"bad","type":"book","custom":""" + string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100) + "}", CslJsonFormat.MaxItemDepth.ToString() },
        { "broken syntax", """{"id":"bad" "type":"book"}""", "broken" },
    };

    [Theory]
    [MemberData(nameof(BadItems))]
    public void A_bad_csl_json_item_is_skipped_with_its_line_and_its_neighbours_kept(string what, string bad, string reason)
    {
        var json = $"[\n {{\"id\":\"a\",\"type\":\"book\",\"title\":\"A\"}},\n {bad},\n {{\"id\":\"c\",\"type\":\"book\",\"issued\":{{\"date-parts\":[[\"1920\",6]]}}}}\n]\n";
        var result = new CslJsonFormat().Read(new StringReader(json), "x.json");
        result.Items.Select(i => i.Id).ShouldBe(new[] { "a", "c" }, what);
        var skipped = result.Skipped.ShouldHaveSingleItem(what);
        skipped.Line.ShouldBe(3, what);
        skipped.Reason.ShouldContain(reason, Case.Insensitive, what);
        skipped.Reason.ShouldNotContain("`1", customMessage: what); // no .NET generic type names
        skipped.Reason.ShouldNotContain("System.", customMessage: what);
    }

    [Fact]
    public void Bad_items_in_a_document_given_to_export_and_format_are_skipped_with_exit_code_1()
    {
        var document = """
            {"items": [
              {"id":"a","type":"book","title":"Kept","issued":{"date-parts":[[1920]]}},
              {"id":"b","type":"book","issued":{"date-parts":[[99999999999999999999]]}},
              {"id":"c","type":"book","author":"not a list"}
            ],
            "citations": [{"citationID":"note-1","citationItems":[{"id":"a"}],"properties":{"noteIndex":1}}]}
            """;
        var path = Write("doc.json", document);
        var (code, output, err) = CliRun.Run("export", path, "--to", "biblatex");
        code.ShouldBe(1, err);
        err.ShouldNotContain("internal error");
        err.ShouldContain($"{path}:3: skipped:");
        err.ShouldContain($"{path}:4: skipped:");
        output.ShouldContain("@book{a,");
        output.ShouldNotContain("@book{b,");

        var loaded = BibliographyPipeline.LoadDocument(path, out var skipped);
        loaded.Items.Select(i => i.Id).ShouldBe(new[] { "a" });
        loaded.Citations.ShouldHaveSingleItem().CitationId.ShouldBe("note-1");
        skipped.Select(s => s.Line).ShouldBe(new[] { 3, 4 });
        loaded.Diagnostics.Count(d => d.Code == "EXP001").ShouldBe(2);

        var items = Write("items.json", "[\n{\"id\":\"a\",\"type\":\"book\",\"title\":\"Kept\"},\n{\"id\":\"b\",\"type\":\"book\",\"title\":[1]}\n]");
        var (fcode, fout, ferr) = CliRun.Run("format", items, "--style", "apa", "--mode", "bibliography");
        ferr.ShouldNotContain("internal error");
        ferr.ShouldContain($"{items}:3: skipped:");
        fcode.ShouldBe(1, ferr);
        fout.ShouldContain("Kept");
    }

    [Fact]
    public void A_whole_file_that_is_not_json_or_a_broken_document_structure_is_refused_in_one_line_with_exit_code_2()
    {
        var garbage = Write("garbage.json", "\n\nnot json at all");
        var (code, _, err) = CliRun.Run("export", garbage, "--to", "ris");
        code.ShouldBe(2);
        err.Trim().ShouldStartWith($"bibliography: {garbage}:3:");
        err.ShouldNotContain("internal error");
        err.Trim().Split('\n').Length.ShouldBe(1);

        var badCitations = Write("badcit.json", "{\"items\": [],\n \"citations\": [\n {\"citationID\": 5, \"citationItems\": \"x\"}]}");
        (code, _, err) = CliRun.Run("export", badCitations, "--to", "ris");
        code.ShouldBe(2);
        err.ShouldNotContain("internal error");
        err.ShouldContain($"{badCitations}:3:");
        err.ShouldContain("citations");
    }

    [Fact]
    public void Invalid_utf8_is_refused_naming_its_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes("@book{a, title = {Ok}}\n@book{b, title = {Bakı X}}\n").ToList();
        var at = bytes.IndexOf((byte)'X');
        bytes[at] = 0xFF;
        foreach (var (name, args) in new[] { ("bad.bib", new[] { "import" }), ("bad.json", new[] { "export", "--to", "ris" }) })
        {
            var content = name.EndsWith(".json")
                ? Encoding.UTF8.GetBytes("[\n{\"id\":\"a\",\n\"title\":\"Bakı X\"}]").Select(b => b == (byte)'X' ? (byte)0xC3 : b).ToArray()
                : bytes.ToArray();
            var path = Write(name, content);
            var (code, _, err) = CliRun.Run([.. args.Take(1), path, .. args.Skip(1)]);
            code.ShouldBe(2, err);
            err.ShouldNotContain("internal error");
            var line = name.EndsWith(".json") ? 3 : 2;
            var column = name.EndsWith(".json") ? 15 : 24;
            err.ShouldStartWith($"bibliography: {path}:{line}:{column}:");
            err.ShouldContain("not valid UTF-8");
        }
        Should.Throw<InputReadException>(() => ReferenceFormats.ImportFile(Write("bom.ris", [0xEF, 0xBB, 0xBF, (byte)'T', (byte)'Y', 0xC0, (byte)'\n'])))
            .ToOneLine().ShouldContain(":1:3:");
    }

    /// <summary>A typical BibLaTeX entry as Zotero (Better BibTeX) and JabRef write it: 38 fields.</summary>
    private const string TypicalEntry = """
        @thesis{aliyev2015,
          author = {Əliyev, Rəşad and Petrov, Ivan},
          editor = {Smith, John},
          translator = {Doe, Jane},
          title = {Neft və siyasət},
          subtitle = {Bakı 1918--1920},
          shorttitle = {Neft},
          type = {phdthesis},
          institution = {Bakı Dövlət Universiteti},
          location = {Bakı},
          date = {2015-06-01},
          origdate = {1998},
          urldate = {2020-01-02},
          langid = {azerbaijani},
          series = {Tarix tədqiqatları},
          volume = {3},
          number = {12},
          pages = {1--250},
          pagetotal = {250},
          edition = {2},
          isbn = {978-5-00-000000-0},
          issn = {1234-5678},
          doi = {10.1000/xyz},
          url = {https://example.org/t},
          keywords = {oil, politics},
          file = {Full Text:files/1/thesis.pdf:application/pdf},
          annotation = {Read in 2020.},
          abstract = {The oil of Baku.},
          note = {Typescript.},
          eprint = {1234.5678},
          eprinttype = {arxiv},
          eprintclass = {hist},
          addendum = {With maps.},
          origtitle = {Oil and politics},
          origlocation = {London},
          origpublisher = {Penguin},
          version = {2},
          pubstate = {inpress},
          howpublished = {Typescript},
        }
        """;

    [Fact]
    public void A_typical_biblatex_entry_keeps_every_one_of_its_38_fields()
    {
        var fieldCount = TypicalEntry.Split('\n').Count(l => l.Contains(" = {"));
        fieldCount.ShouldBe(38);
        var result = new BibLaTexFormat().Read(new StringReader(TypicalEntry), "typical.bib");
        result.Skipped.ShouldBeEmpty();
        var item = ExportSamples.Json(result.Items.ShouldHaveSingleItem());

        item["author"]!.Count().ShouldBe(2);
        item["editor"]![0]!["family"]!.ToString().ShouldBe("Smith");
        item["translator"]![0]!["family"]!.ToString().ShouldBe("Doe");
        var expected = new Dictionary<string, string>
        {
            ["type"] = "thesis", ["title"] = "Neft və siyasət: Bakı 1918--1920", ["title-short"] = "Neft", ["genre"] = "phdthesis",
            ["publisher"] = "Bakı Dövlət Universiteti", ["publisher-place"] = "Bakı", ["language"] = "az",
            ["collection-title"] = "Tarix tədqiqatları", ["volume"] = "3", ["number"] = "12", ["page"] = "1--250",
            ["number-of-pages"] = "250", ["edition"] = "2", ["ISBN"] = "978-5-00-000000-0", ["ISSN"] = "1234-5678", ["DOI"] = "10.1000/xyz",
            ["URL"] = "https://example.org/t", ["keyword"] = "oil, politics", ["annote"] = "Read in 2020.",
            ["abstract"] = "The oil of Baku.", ["original-title"] = "Oil and politics", ["original-publisher-place"] = "London",
            ["original-publisher"] = "Penguin", ["version"] = "2", ["status"] = "inpress", ["medium"] = "Typescript",
        };
        foreach (var (variable, value) in expected) item[variable]?.ToString().ShouldBe(value, variable);
        item["issued"]!["date-parts"]!.ToString(Newtonsoft.Json.Formatting.None).ShouldBe("[[2015,6,1]]");
        item["original-date"]!["date-parts"]!.ToString(Newtonsoft.Json.Formatting.None).ShouldBe("[[1998]]");
        item["accessed"]!["date-parts"]!.ToString(Newtonsoft.Json.Formatting.None).ShouldBe("[[2020,1,2]]");
        item["note"]!.ToString().ShouldBe(string.Join("\n",
            "Typescript.", "file: Full Text:files/1/thesis.pdf:application/pdf", "eprint: 1234.5678", "eprinttype: arxiv",
            "eprintclass: hist", "addendum: With maps."));
        // Each field kept in the note is reported once, with its line.
        result.Diagnostics.Where(d => d.Code == "EXP024").Select(d => d.Line).ShouldBe(new int?[] { 26, 30, 31, 32, 33 });

        // Export gives every field back, bar the subtitle, which is part of the title.
        var again = ReferenceFormats.Export(result.Items, "biblatex");
        var back = BibTexParser.Parse(again).Entries.ShouldHaveSingleItem();
        var original = BibTexParser.Parse(TypicalEntry).Entries.Single();
        foreach (var field in original.Fields.Where(f => f.Name != "subtitle"))
            back.Field(field.Name).ShouldNotBeNull($"{field.Name} is not written back:\n{again}");
        ReferenceFormats.Import(again, formatName: "biblatex").Items.Select(ExportSamples.Json).Single().ToString()
            .ShouldBe(item.ToString());
    }

    [Fact]
    public void Crossref_inherits_the_missing_fields_and_keeps_the_key_in_the_note()
    {
        const string bib = """
            @incollection{part, author = {Ivanov, I.}, title = {Chapter}, pages = {1--10}, crossref = {whole}}
            @collection{whole, editor = {Petrov, P.}, title = {The Collection}, publisher = {Nauka}, location = {M.}, year = {1990}}
            @incollection{orphan, title = {Lost}, crossref = {nowhere}}
            """;
        var result = new BibLaTexFormat().Read(new StringReader(bib), "x.bib");
        var part = result.Items[0];
        part.Title.ShouldBe("Chapter");
        part.ContainerTitle.ShouldBe("The Collection");
        part.Publisher.ShouldBe("Nauka");
        part.PublisherPlace.ShouldBe("M.");
        part.Issued!.Year.ShouldBe(1990);
        part.Editor!.Single().Family.ShouldBe("Petrov");
        part.Note.ShouldBe("crossref: whole");
        result.Items[2].Note.ShouldBe("crossref: nowhere");
        result.Diagnostics.ShouldContain(d => d.Code == "EXP025" && d.Line == 3);
        ReferenceFormats.Export([part], "bibtex").ShouldContain("crossref = {whole}");
    }

    [Fact]
    public void Every_csl_name_field_is_read_and_written_back_in_every_format()
    {
        const string json = """
            [{"id":"n","type":"book","title":"T","author":[
              {"family":"King","given":"Martin Luther","suffix":"Jr.","comma-suffix":true,"dropping-particle":"de",
               "non-dropping-particle":"van","static-ordering":false,"parse-names":"false"},
              {"literal":"Институт истории","parse-names":0}]}]
            """;
        var item = new CslJsonFormat().Read(new StringReader(json)).Items.ShouldHaveSingleItem();
        var expected = JArray.Parse(json)[0]!["author"]!;
        JToken.DeepEquals(ExportSamples.Json(item)["author"], expected).ShouldBeTrue(ExportSamples.Json(item).ToString());
        foreach (var format in ReferenceFormats.All)
        {
            var back = ReferenceFormats.Import(ReferenceFormats.Export([item], format.Name), formatName: format.Name).Items.Single();
            JToken.DeepEquals(ExportSamples.Json(back)["author"], expected).ShouldBeTrue(format.Name);
        }
    }
}
