using System.Collections.Concurrent;
using System.Text;
using Bibliography.Batch;
using Bibliography.Cli;
using Bibliography.Errors;
using Bibliography.Model;
using Bibliography.Tests.CiteProc;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Resilience;

/// <summary>
/// Batches: every command takes several files or a folder, writes one output per input with --out, and a file that
/// cannot be read is one line naming it, never the loss of the others' output; the exit code is the worst.
/// </summary>
public sealed class BatchTests : IDisposable
{
    private const string GoodNotes = "1 Azərbaycan Respublikası Dövlət Arxivi (ARDA), fond 27, siyahı 4, iş 25, vərəq 17.\n2 Yenə orada, vərəq 18.\n3 Mamulia G. Borba za svobodu. Tbilisi, Meridiani, 2012, s. 45.\n";

    private const string WarningNotes = "1 GMTA, fond 1874, siyahı 1, iş 4, vərəq 21.\n2 Gürcüstan Mərkəzi Tarix Arxivi (GMTA), f. 1874, siy. 1, iş 2, vərəq 78 arxa.\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("bib-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A folder with two good papers and one in Windows-1251, which the reader refuses.</summary>
    private string PapersFolder()
    {
        var papers = Path.Combine(_dir, "papers");
        Directory.CreateDirectory(Path.Combine(papers, "sub"));
        File.WriteAllText(Path.Combine(papers, "a-good.txt"), GoodNotes);
        File.WriteAllText(Path.Combine(papers, "sub", "c-good.txt"), WarningNotes);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(papers, "b-corrupt.txt"), Encoding.GetEncoding(1251).GetBytes("1 ГА РФ. Ф. 5. Оп. 1. Д. 2. Л. 3.\n"));
        return papers;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Extract_of_a_folder_with_a_corrupt_file_writes_the_good_ones_and_names_the_bad_one_in_one_line()
    {
        var papers = PapersFolder();
        var outDir = Path.Combine(_dir, "out");

        var (code, output, error) = Run("extract", papers, "--out", outDir);

        code.ShouldBe(2, error);
        output.ShouldBeEmpty();
        var failures = Lines(error).Where(l => l.Contains("b-corrupt.txt")).ToList();
        failures.ShouldHaveSingleItem().ShouldStartWith("bibliography: ");
        failures[0].ShouldContain("Windows-1251");
        error.ShouldNotContain("   at ");
        JObject.Parse(File.ReadAllText(Path.Combine(outDir, "papers", "a-good.json")))["footnotes"]!.Count().ShouldBe(3);
        JObject.Parse(File.ReadAllText(Path.Combine(outDir, "papers", "sub", "c-good.json")))["footnotes"]!.Count().ShouldBe(2);
        File.Exists(Path.Combine(outDir, "papers", "b-corrupt.json")).ShouldBeFalse();
        Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
        error.ShouldContain("1 of 3 inputs failed");
    }

    [Fact]
    public void Validate_of_a_folder_reports_the_readable_files_and_names_the_unreadable_one()
    {
        var papers = PapersFolder();

        var (code, output, error) = Run("validate", papers, "--format", "json");

        code.ShouldBe(2);
        Lines(error).Where(l => l.Contains("b-corrupt.txt")).ShouldHaveSingleItem();
        var files = JObject.Parse(output)["diagnostics"]!.Select(d => (string?)d["file"]).Distinct().ToList();
        files.ShouldContain(f => f!.EndsWith("c-good.txt"));
    }

    [Fact]
    public void Validate_with_out_writes_one_report_per_input_and_exits_with_the_worst_code()
    {
        var papers = Path.Combine(_dir, "clean");
        Directory.CreateDirectory(papers);
        File.WriteAllText(Path.Combine(papers, "good.txt"), GoodNotes);
        File.WriteAllText(Path.Combine(papers, "warn.txt"), WarningNotes);
        var outDir = Path.Combine(_dir, "reports");

        var (code, output, error) = Run("validate", papers, "--out", outDir, "--format", "sarif");

        code.ShouldBe(1, error); // warnings in one file, none in the other: the worst wins
        output.ShouldBeEmpty();
        JObject.Parse(File.ReadAllText(Path.Combine(outDir, "clean", "warn.sarif")))["runs"]![0]!["results"]!.Count().ShouldBeGreaterThan(0);
        File.Exists(Path.Combine(outDir, "clean", "good.sarif")).ShouldBeTrue();
        Lines(error).Count(l => l.Contains(" warnings, ")).ShouldBe(2);
    }

    [Fact]
    public void Export_of_several_files_writes_one_file_each_and_reports_the_failure()
    {
        var papers = PapersFolder();
        var outDir = Path.Combine(_dir, "ris");

        var (code, _, error) = Run("export", papers, "--to", "ris", "--out", outDir);

        code.ShouldBe(2);
        File.ReadAllText(Path.Combine(outDir, "papers", "a-good.ris")).ShouldContain("TY  - MANSCPT");
        File.ReadAllText(Path.Combine(outDir, "papers", "sub", "c-good.ris")).ShouldContain("TY  - ");
        Lines(error).Where(l => l.Contains("b-corrupt.txt")).ShouldHaveSingleItem();
    }

    [Fact]
    public void Several_inputs_without_out_are_refused_before_anything_runs()
    {
        var papers = PapersFolder();
        foreach (var command in new[] { new[] { "extract", papers }, new[] { "export", papers, "--to", "ris" }, new[] { "format", papers, "--style", "apa" } })
        {
            var (code, output, error) = Run(command);
            code.ShouldBe(2, string.Join(" ", command));
            output.ShouldBeEmpty();
            error.ShouldContain("--out");
        }
    }

    [Fact]
    public void Format_of_a_folder_writes_one_formatted_file_per_input()
    {
        var papers = Path.Combine(_dir, "fmt");
        Directory.CreateDirectory(papers);
        File.WriteAllText(Path.Combine(papers, "one.txt"), GoodNotes);
        File.WriteAllText(Path.Combine(papers, "two.txt"), WarningNotes);
        File.WriteAllText(Path.Combine(papers, "broken.json"), "{\"items\": [");
        var style = Path.Combine(_dir, "test-note.csl");
        File.WriteAllText(style, ProcessorTests.NoteStyle);
        var outDir = Path.Combine(_dir, "formatted");

        var (code, _, error) = Run("format", papers, "--style", style, "--engine", "node", "--out", outDir);

        code.ShouldBe(2);
        Lines(error).Where(l => l.Contains("broken.json")).ShouldHaveSingleItem().ShouldContain("Malformed JSON");
        var one = File.ReadAllLines(Path.Combine(outDir, "fmt", "one.txt"));
        one.Length.ShouldBe(3);
        one[1].ShouldBe("2. Ibid., fol. 18."); // an archival file's ibid in English, its folio labelled, never a Turkish "İbid."
        File.ReadAllText(Path.Combine(outDir, "fmt", "two.txt")).ShouldStartWith("1. ");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_bad_format_timeout_is_one_line_naming_the_option(string timeout)
    {
        var paper = Path.Combine(_dir, "t.txt");
        File.WriteAllText(paper, GoodNotes);
        var (code, output, error) = Run("format", paper, "--style", "apa", "--timeout", timeout);
        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.TrimEnd().ShouldNotContain("\n");
        error.ShouldContain("--timeout must be a positive number of seconds");
    }

    [Fact]
    public void The_runner_bounds_parallelism_keeps_input_order_and_turns_any_exception_into_that_input_s_error()
    {
        var inputs = Enumerable.Range(0, 24).Select(i => $"in-{i:00}.txt").ToList();
        int running = 0, peak = 0;
        var progress = new ConcurrentQueue<BatchProgress>();
        var result = BatchRunner.Run(inputs, input =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            Thread.Sleep(15);
            Interlocked.Decrement(ref running);
            return input switch
            {
                "in-03.txt" => throw new InputReadException("cannot read it", input),
                "in-07.txt" => throw new NullReferenceException("a bug"),
                "in-11.txt" => new BatchOutput("w", ExitCode: 1),
                _ => new BatchOutput("ok " + input),
            };
        }, new BatchOptions { MaxParallelism = 3, Progress = new SyncProgress(progress.Enqueue) });

        peak.ShouldBeLessThanOrEqualTo(3);
        peak.ShouldBeGreaterThan(1);
        result.Items.Select(i => i.Input).ShouldBe(inputs);
        result.Items[3].Error.ShouldBe("in-03.txt: cannot read it");
        result.Items[7].Error!.ShouldBe("in-07.txt: internal error (NullReferenceException): a bug");
        result.Items.Count(i => i.Error is null).ShouldBe(22);
        result.Items[0].Output!.Content.ShouldBe("ok in-00.txt");
        result.ExitCode.ShouldBe(BatchRunner.FailureExitCode);
        progress.Select(p => p.Done).OrderBy(d => d).ShouldBe(Enumerable.Range(1, 24));
        progress.ShouldAllBe(p => p.Total == 24);
        progress.Max(p => p.Failed).ShouldBe(2);
    }

    [Fact]
    public void A_failed_input_leaves_an_earlier_output_untouched_and_clashing_outputs_are_refused()
    {
        var outDir = Path.Combine(_dir, "keep");
        var input = new BatchInput("x.txt", "x.txt");
        BatchRunner.Run([input], _ => new BatchOutput("first"), new BatchOptions { OutputDirectory = outDir, Extension = ".json" })
            .ExitCode.ShouldBe(0);
        BatchRunner.Run([input], _ => throw new BibliographyException("broken"), new BatchOptions { OutputDirectory = outDir, Extension = ".json" })
            .ExitCode.ShouldBe(2);
        File.ReadAllText(Path.Combine(outDir, "x.json")).ShouldBe("first");

        var clash = Should.Throw<BibliographyException>(() => BatchRunner.Run(
            [new BatchInput("a/x.txt", "x.txt"), new BatchInput("b/x.docx", "x.docx")], _ => new BatchOutput(""), new BatchOptions { OutputDirectory = outDir }));
        clash.Message.ShouldContain("'a/x.txt' and 'b/x.docx'");
    }

    [Fact]
    public void A_streamed_output_is_written_as_its_content_and_a_failure_while_writing_keeps_the_earlier_file()
    {
        var outDir = Path.Combine(_dir, "streamed");
        var input = new BatchInput("paper.txt", "paper.txt");
        var document = BibliographyPipeline.ExtractText("1 Иванов И. И. История. М.: Наука, 1985. С. 5.\n2 ARDA, f. 28, siy. 1, iş 45, v. 12\n3 Ibid., 7.\n").Document;
        var streamed = new BatchOutput(writer => CslJson.Write(document, writer), summary: "3 notes");

        // Against Newtonsoft's serializer, not CslJson.Serialize (the same writer): a writer's defect must fail here.
        streamed.Content.ShouldBe(Newtonsoft.Json.JsonConvert.SerializeObject(document, CslJson.Settings).Replace("\r\n", "\n") + "\n");
        streamed.Content.ShouldNotContain("\r");
        BatchRunner.Run([input], _ => streamed, new BatchOptions { OutputDirectory = outDir, Extension = ".json" }).ExitCode.ShouldBe(0);
        File.ReadAllText(Path.Combine(outDir, "paper.json")).ShouldBe(streamed.Content);

        var broken = BatchRunner.Run([input], _ => new BatchOutput(writer =>
        {
            writer.Write("{ \"items\": [");
            throw new BibliographyException("broken halfway");
        }), new BatchOptions { OutputDirectory = outDir, Extension = ".json" });
        broken.Items[0].Error.ShouldBe("paper.txt: broken halfway");
        File.ReadAllText(Path.Combine(outDir, "paper.json")).ShouldBe(streamed.Content);
        Directory.GetFiles(outDir).Length.ShouldBe(1);
    }

    [Fact]
    public void The_progress_bar_redraws_one_line_and_erases_itself()
    {
        var writer = new StringWriter();
        using (var bar = new ProgressBar(writer, "extracting"))
        {
            bar.Report(new BatchProgress(1, 4, 0, "/papers/a-very-long-file-name-of-a-paper-extracted-from-a-pdf.txt"));
            bar.Report(new BatchProgress(4, 4, 1, "b.txt"));
        }
        var text = writer.ToString();
        text.ShouldNotContain("\n");
        text.ShouldContain("\rextracting [#######.......................] 1/4 …");
        text.ShouldContain("\rextracting [##############################] 4/4, 1 failed b.txt");
        text.ShouldEndWith("\r");
        ProgressBar.Wanted(writer).ShouldBeFalse(); // a redirected or captured stream gets no bar
    }

    [Fact]
    public void A_batch_on_a_captured_stream_has_no_progress_bar()
    {
        var papers = PapersFolder();
        var (_, _, error) = Run("extract", papers, "--out", Path.Combine(_dir, "quiet"));
        error.ShouldNotContain("\r");
        error.ShouldNotContain("[###");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; would post to the thread pool and race the assertions).</summary>
    private sealed class SyncProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
