using Bibliography.Cli;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Cli;

public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void Extract_prints_the_json_document_of_a_file()
    {
        var (code, output, error) = Run("extract", Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt"));
        code.ShouldBe(0, error);
        var doc = JObject.Parse(output);
        doc["items"]!.Count().ShouldBe(14);
        doc.Properties().Select(p => p.Name).ShouldBe(new[] { "items", "citations", "footnotes", "references", "diagnostics" });
    }

    [Fact]
    public void Extract_of_a_missing_file_is_one_line_naming_it_and_exit_2()
    {
        var (code, output, error) = Run("extract", "/no/such/paper.txt");
        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.TrimEnd().ShouldNotContain("\n");
        error.ShouldContain("/no/such/paper.txt");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Extract_of_several_inputs_writes_one_document_each_into_the_out_folder()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "bib-cli-" + Guid.NewGuid().ToString("N"));
        var inDir = Directory.CreateTempSubdirectory("bib-cli-in-").FullName;
        File.Copy(Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt"), Path.Combine(inDir, "003.txt"));
        File.Copy(Path.Combine(TestPaths.Seeds, "000_5d867d1195954457", "references.txt"), Path.Combine(inDir, "000.txt"));
        try
        {
            var (code, _, error) = Run("extract", inDir, "--out", outDir);
            code.ShouldBe(0, error);
            // One document per text in the folder, named after its input.
            var written = Directory.GetFiles(outDir, "*.json", SearchOption.AllDirectories);
            written.Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(new[] { "000.json", "003.json" });
            error.ShouldContain("21 footnotes");
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, true);
            Directory.Delete(inDir, true);
        }
    }

    [Fact]
    public void Parse_numbers_footnotes_in_order_so_ibid_and_abbreviations_refer_back()
    {
        var (code, output, error) = Run("parse", "--", "Gürcüstan Mərkəzi Tarix Arxivi (GMTA), f. 1874, siy. 1, iş 2, vərəq 78 arxa.", "GMTA, fond 1874, siyahı 1, iş 4, vərəq 21.", "Yenə orada, vərəq 22.");
        code.ShouldBe(0, error);
        var doc = JObject.Parse(output);
        doc["items"]![1]!["archive"]!.ToString().ShouldBe("Gürcüstan Mərkəzi Tarix Arxivi");
        doc["citations"]![2]!["citationItems"]![0]!["id"]!.ToString().ShouldBe("gmta-1874-1-4");
        doc["citations"]![2]!["properties"]!["noteIndex"]!.Value<int>().ShouldBe(3);
    }

    [Fact]
    public void An_unknown_format_is_refused_without_a_stack_trace()
    {
        var (code, _, error) = Run("extract", "x.txt", "--format", "yaml");
        code.ShouldNotBe(0);
        error.ShouldNotContain("   at ");
    }
}

public class CliExportImportTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    [Theory]
    [InlineData("ris", "TY  - MANSCPT")]
    [InlineData("bibtex", "@unpublished{rdha-7-2-484,")]
    [InlineData("biblatex", "archiveshort = {RDHA}")]
    [InlineData("csljson", "\"archive-short\": \"RDHA\"")]
    public void Export_of_a_paper_keeps_archive_data_and_import_reads_it_back(string format, string expected)
    {
        var dir = Directory.CreateTempSubdirectory("bib-cli-export-");
        try
        {
            var file = Path.Combine(dir.FullName, "refs." + format);
            var (code, _, error) = Run("export", Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt"), "--to", format, "-o", file);
            code.ShouldBe(0, error);
            File.ReadAllText(file).ShouldContain(expected);

            var (importCode, output, importError) = Run("import", file, "--from", format);
            importCode.ShouldBe(0, importError);
            JObject.Parse(output)["items"]!.Count().ShouldBe(14);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Import_reports_skipped_entries_and_keeps_the_others()
    {
        var dir = Directory.CreateTempSubdirectory("bib-cli-import-");
        try
        {
            var file = Path.Combine(dir.FullName, "refs.bib");
            File.WriteAllText(file, "@book{good, title = {Kitab}, year = {2001}}\n@book{bad, title = {unclosed\n@book{also, title = {Başqa}, year = {2002}}\n");
            var (code, output, error) = Run("import", file);
            code.ShouldBe(1);
            error.ShouldContain("skipped");
            JObject.Parse(output)["items"]!.Select(i => (string)i["title"]!).ShouldContain("Kitab");
        }
        finally { dir.Delete(true); }
    }
}
