using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Cli;

/// <summary>Every exit path of the command line: usage errors, unreadable inputs, warnings, errors, inputs passed over;
/// each with its exit code and exactly one line on standard error per problem.</summary>
public sealed class CliExitPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bib-exit-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Theory]
    [InlineData("extract")] // missing argument
    [InlineData("validate")]
    [InlineData("format", "x.txt", "--style", "apa", "--to", "pdf")] // unknown option value
    [InlineData("format", "x.txt")] // missing required option
    [InlineData("validate", "--format", "xml", "x.txt")]
    [InlineData("import")]
    [InlineData("nosuch")]
    [InlineData("format", "x.txt", "--style", "apa", "-o", "out.txt")] // an option the command does not have
    [InlineData("format", "x.txt", "--style", "apa", "--group-archives")] // grouping with the notes alone would do nothing
    [InlineData()]
    public void A_usage_error_exits_2_with_one_line_on_stderr_and_a_hint_and_nothing_on_stdout(params string[] args)
    {
        var (code, output, error) = Run(args);
        code.ShouldBe(2, error);
        output.ShouldBeEmpty();
        var line = Lines(error).ShouldHaveSingleItem();
        line.ShouldStartWith("bibliography: ");
        line.ShouldContain("see 'bibliography");
        line.ShouldContain("--help'");
    }

    [Fact]
    public void Help_names_the_tool_bibliography_and_extract_help_names_docx()
    {
        var (code, output, _) = Run("extract", "--help");
        code.ShouldBe(0);
        output.ShouldContain("bibliography extract <inputs>");
        output.ShouldContain(".docx");
        output.ShouldContain(".pdf");
        Run("--help").Out.ShouldContain("bibliography [command] [options]");
    }

    [Fact]
    public void Unreadable_inputs_get_one_line_each_and_exit_2()
    {
        var (code, output, error) = Run("validate", "/no/such/a.txt", "/no/such/b.txt");
        code.ShouldBe(2);
        output.ShouldBeEmpty();
        var lines = Lines(error);
        lines.Count(l => l.Contains("/no/such/a.txt")).ShouldBe(1, error);
        lines.Count(l => l.Contains("/no/such/b.txt")).ShouldBe(1, error);
        lines.Length.ShouldBe(3, error);
        lines[^1].ShouldBe("bibliography: 2 of 2 inputs failed; the others were processed.");
    }

    [Fact]
    public void A_prose_only_footnote_is_shown_by_validate_and_counted_by_extract_and_exits_0()
    {
        var notes = Write("prose.txt", "1 This point was first made by his colleagues, who never published it.\n2 РГАСПИ. Ф. 17. Оп. 3. Д. 1. Л. 5.\n"u8.ToArray());
        var validate = Run("validate", notes);
        validate.Code.ShouldBe(0, validate.Out);
        Lines(validate.Out).ShouldContain(l => l.Contains("info BIB204 (footnote 1)") && l.Contains("Footnote 1 has no citation: prose only"));

        // The summary goes to stderr when the documents go to a folder; the diagnostic is in the document written.
        var outDir = Path.Combine(_dir, "out");
        var extract = Run("extract", notes, "--out", outDir);
        extract.Code.ShouldBe(0, extract.Err);
        extract.Err.ShouldContain("2 footnotes, 0 in-text references, 1 citations, 1 items, 1 diagnostics");
        var written = JObject.Parse(File.ReadAllText(Directory.GetFiles(outDir, "*.json", SearchOption.AllDirectories).ShouldHaveSingleItem()));
        written.SelectTokens("$..diagnostics[*].code").Select(t => (string?)t).ShouldContain("BIB204");
    }

    [Fact]
    public void Warnings_exit_1_and_errors_exit_2_with_nothing_on_stderr()
    {
        var warnings = Run("validate", "--", "Əliyev R. Qafqaz tarixi. Bzd-tvo, 2005, s. 4.");
        warnings.Code.ShouldBe(1, warnings.Out);
        warnings.Err.ShouldBeEmpty();
        var errors = Run("validate", "--", "ARDA, fond 27, siyahı 4, iş 25, vərəq 23 – 22.");
        errors.Code.ShouldBe(2, errors.Out);
        errors.Err.ShouldBeEmpty();
    }

    [Fact]
    public void A_binary_file_is_named_by_its_signature_not_guessed_to_be_a_legacy_encoding()
    {
        var png = Write("figure.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        var (code, _, error) = Run("validate", png);
        code.ShouldBe(2);
        var line = Lines(error).ShouldHaveSingleItem();
        line.ShouldContain("is a PNG image, not text");
        line.ShouldNotContain("legacy");
    }

    [Fact]
    public void A_folder_names_each_file_it_passes_over_in_one_line()
    {
        Write("figure.png", [0x89, 0x50, 0x4E, 0x47]);
        Write("notes.md", "# notes"u8.ToArray());
        Write("paper.txt", "1 Azərbaycan Respublikası Dövlət Arxivi (ARDA), fond 27, siyahı 4, iş 25, vərəq 17.\n"u8.ToArray());
        var (code, _, error) = Run("validate", _dir);
        code.ShouldBe(0, error);
        var lines = Lines(error);
        lines.Length.ShouldBe(2, error);
        lines.ShouldContain(l => l.Contains("figure.png") && l.Contains("skipped"));
        lines.ShouldContain(l => l.Contains("notes.md") && l.Contains("skipped"));
    }

    [Fact]
    public void A_folder_holding_a_paper_as_pdf_and_as_text_reads_it_once_and_says_which()
    {
        // A PDF beside the text extracted from it: one paper, one output, the text read (it is what the user prepared).
        Write("paper.pdf", "%PDF-1.4 not read"u8.ToArray());
        Write("paper.txt", "1 Azərbaycan Respublikası Dövlət Arxivi (ARDA), fond 27, siyahı 4, iş 25, vərəq 17.\n"u8.ToArray());
        var outDir = Path.Combine(_dir, "out");

        var (code, _, error) = Run("extract", _dir, "--out", outDir);

        code.ShouldBe(0, error);
        Lines(error).ShouldContain(l => l.Contains("skipped") && l.Contains("paper.pdf") && l.Contains("the same paper as") && l.Contains("paper.txt"));
        Directory.EnumerateFiles(outDir, "*.json", SearchOption.AllDirectories).ShouldHaveSingleItem();
    }

    [Fact]
    public void An_empty_text_is_reported_by_validate_and_refused_by_format_and_export_without_writing_a_file()
    {
        var empty = Write("empty.txt", []);
        var validate = Run("validate", empty);
        validate.Code.ShouldBe(1);
        validate.Out.ShouldContain("SRC010");

        var outDir = Path.Combine(_dir, "out");
        foreach (var args in new[] { new[] { "export", empty, "--to", "ris", "--out", outDir }, ["export", empty, "--to", "bibtex"], ["format", empty, "--style", "apa", "--out", outDir] })
        {
            var (code, output, error) = Run(args);
            code.ShouldBe(2, error);
            output.ShouldBeEmpty();
            Lines(error).ShouldHaveSingleItem().ShouldContain("nothing to");
        }
        var exported = Path.Combine(_dir, "empty.ris");
        Run("export", empty, "--to", "ris", "-o", exported).Code.ShouldBe(2);
        File.Exists(exported).ShouldBeFalse();
        (Directory.Exists(outDir) ? Directory.GetFiles(outDir, "*", SearchOption.AllDirectories) : []).ShouldBeEmpty();
    }

    [Fact]
    public void Sarif_of_an_unreadable_file_carries_a_tool_notification()
    {
        var (code, output, _) = Run("validate", "--format", "sarif", "/no/such/paper.txt");
        code.ShouldBe(2);
        var invocation = JObject.Parse(output)["runs"]![0]!["invocations"]![0]!;
        invocation["executionSuccessful"]!.Value<bool>().ShouldBeFalse();
        var note = invocation["toolExecutionNotifications"]!.ShouldHaveSingleItem();
        note["level"]!.ToString().ShouldBe("error");
        note["message"]!["text"]!.ToString().ShouldContain("/no/such/paper.txt");
    }

    [Fact]
    public void Styles_prints_ids_whole_and_locales_lists_the_known_tags()
    {
        const string id = "a-style-whose-identifier-runs-well-past-the-old-forty-eight-character-column";
        Write("long.csl", System.Text.Encoding.UTF8.GetBytes(
            $"<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"note\" version=\"1.0\"><info><title>Long</title><id>http://www.zotero.org/styles/{id}</id></info>"
            + "<citation><layout><text variable=\"title\"/></layout></citation></style>"));
        var styles = Run("styles", "a-style-whose", "--styles-dir", _dir);
        styles.Code.ShouldBe(0, styles.Err);
        styles.Out.ShouldContain(id + " ");
        var locales = Run("locales");
        locales.Code.ShouldBe(0, locales.Err);
        locales.Out.ShouldContain("az-AZ");
        locales.Out.ShouldContain("ru-RU");
    }
}
