using Bibliography.CiteProc;
using Bibliography.Tests.Support;

namespace Bibliography.Tests.Cli;

/// <summary><c>format --mode both</c> and <c>--verbose</c>: what a user formatting a whole paper at once relies on.</summary>
public sealed class FormatCommandTests
{
    private static readonly string Paper = Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt");

    [DebianStylesTheory]
    [InlineData("chicago-fullnote-bibliography")] // one citeproc pass makes both
    [InlineData("azerbaijani-historical-notes")]  // the archive contract shortens notes only: two passes
    public void Both_prints_the_notes_then_a_blank_line_then_the_bibliography(string style)
    {
        string Format(string mode)
        {
            var (code, output, error) = CliRun.Run("format", Paper, "--style", style, "--mode", mode, "--engine", "node");
            code.ShouldBe(0, error);
            return output;
        }

        Format("both").ShouldBe(Format("notes") + "\n" + Format("bibliography"));
    }

    [Fact]
    public void Verbose_says_which_engine_runs_and_why()
    {
        var (code, _, error) = CliRun.Run("format", Paper, "--style", "azerbaijani-historical-notes", "--engine", "jint", "--verbose");

        code.ShouldBe(0, error);
        error.ShouldContain("engine: Jint (in this process), as asked");
        CiteProcHosts.Describe(CiteProcEngine.Auto).ShouldStartWith(NodeHostPresent() ? "engine: Node (" : "engine: Jint");
    }

    [Fact]
    public void Verbose_prints_a_timeline_of_the_run_in_order_of_time()
    {
        var (code, _, error) = CliRun.Run("format", Paper, "--style", "azerbaijani-historical-notes", "--engine", "jint", "--verbose");

        code.ShouldBe(0, error);
        var lines = error.Split('\n').Where(l => l.StartsWith("timeline: ", StringComparison.Ordinal)).ToList();
        lines.ShouldContain(l => l.Contains("style found"));
        lines.ShouldContain(l => l.Contains("Jint: citeproc-js loaded"));
        lines.ShouldContain(l => l.Contains("Jint: render done"));
        lines.ShouldContain(l => l.Contains("formatted") && l.Contains("CPU: process"));
        var times = lines.Select(l => long.Parse(l["timeline: ".Length..].TrimStart().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        times.ShouldBe(times.Order().ToList());
    }

    [Fact]
    public void The_timeline_stops_with_the_run_that_started_it()
    {
        // In this class, so that no other verbose run starts the timeline meanwhile.
        var (code, _, error) = CliRun.Run("format", Paper, "--style", "azerbaijani-historical-notes", "--engine", "jint", "--verbose");
        code.ShouldBe(0, error);

        StartupTimeline.Mark("a later job of a long-lived process");
        StartupTimeline.Stop().ShouldBeEmpty();
    }

    [Fact]
    public void Stop_hands_back_the_marks_and_records_no_more()
    {
        StartupTimeline.Start();
        StartupTimeline.Mark("first step");

        var lines = StartupTimeline.Stop();
        StartupTimeline.Mark("after the stop");

        lines.ShouldContain(l => l.EndsWith("first step", StringComparison.Ordinal));
        StartupTimeline.Lines.ShouldBeEmpty();
    }

    [Fact]
    public void A_failed_verbose_run_still_prints_its_timeline_and_stops_it()
    {
        var (code, _, error) = CliRun.Run("format", Paper, "--style", "no-such-style-anywhere", "--engine", "jint", "--verbose");

        code.ShouldNotBe(0);
        error.ShouldContain("timeline: ");
        StartupTimeline.Lines.ShouldBeEmpty();
    }

    [Fact]
    public void Without_verbose_no_timeline_is_printed()
    {
        var (code, _, error) = CliRun.Run("format", Paper, "--style", "azerbaijani-historical-notes", "--engine", "jint");

        code.ShouldBe(0, error);
        error.ShouldNotContain("timeline:");
    }

    [DebianStylesFact]
    public void Items_with_nothing_to_print_are_named_on_stderr_and_the_exit_code_is_1()
    {
        // Paper 000 cites a numbered reference list that its text lacks: its items hold only their numbers.
        var paper = Path.Combine(TestPaths.Seeds, "000_5d867d1195954457", "references.txt");

        var (code, output, error) = CliRun.Run("format", paper, "--style", "chicago-fullnote-bibliography", "--engine", "node");

        code.ShouldBe(1);
        error.ShouldContain("items hold no data to print (ref-");
        output.ShouldNotBeEmpty("what can be formatted is still written");
    }

    private static bool NodeHostPresent() => NodeHost.FindExecutable() is not null;
}
