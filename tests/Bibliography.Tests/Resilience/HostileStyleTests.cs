using System.Diagnostics;
using Bibliography.CiteProc;
using Bibliography.Tests.Styles;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Resilience;

/// <summary>
/// Hostile styles and locales on the embedded (Jint) host: the time budget holds from a new engine's first job, a render that
/// grows without end is stopped at the memory limit, oversized styles and DTDs are refused in one line naming the file.
/// </summary>
public sealed class HostileStyleTests
{
    /// <summary>Never finishes (2^40 renders) and never grows: only the clock stops it.</summary>
    private static readonly string Endless = HostileStyles.Doubling(40);

    private static readonly string Plain = HostileStyles.Plain;

    private static readonly JArray Items = new(new JObject { ["id"] = "a", ["type"] = "book", ["title"] = "Qafqaz" });

    private static CitationCluster Cite() => new([new CitationReference("a", null)]);

    [Fact]
    public void A_new_engine_holds_the_time_budget_from_its_first_job()
    {
        var budget = TimeSpan.FromSeconds(2);
        using var host = new JintHost(budget: budget, maxEngines: 1);
        host.Prestart();
        SpinWait.SpinUntil(() => host.EnginesBuilt == 1, TimeSpan.FromMinutes(2)).ShouldBeTrue("the engine did not start");

        var watch = Stopwatch.StartNew();
        var e = Should.Throw<CiteProcException>(() => new CiteProcessor(host, Endless, "en-US", Items).Citations([Cite()]));
        watch.Elapsed.ShouldBeLessThan(budget + TimeSpan.FromSeconds(1), "the first job was given more than its budget");
        e.Kind.ShouldBe(CiteProcErrorKind.Timeout);
        e.Message.ShouldContain("did not finish within 2 s");

        new CiteProcessor(host, Plain, "en-US", Items).Citations([Cite()]).ShouldBe(["Qafqaz."]);
        host.DiscardedEngines.ShouldBe(1);
    }

    [Fact]
    public void A_render_that_grows_without_end_is_stopped_at_the_memory_limit_and_the_host_carries_on()
    {
        const long limit = 96L * 1024 * 1024;
        using var host = new JintHost(budget: TimeSpan.FromMinutes(3), maxEngines: 1, memoryLimit: limit);
        var watch = Stopwatch.StartNew();

        var e = Should.Throw<CiteProcException>(() => new CiteProcessor(host, HostileStyles.Growing(), "en-US", Items).Citations([Cite()]));

        e.Kind.ShouldBe(CiteProcErrorKind.Memory, e.Message);
        e.Message.ShouldContain("needed more than 96 MB of memory");
        e.Message.ShouldContain(CiteProcLimits.MemoryVariable);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(2), "the memory limit did not stop the render before its time budget");
        new CiteProcessor(host, Plain, "en-US", Items).Citations([Cite()]).ShouldBe(["Qafqaz."]);
        host.DiscardedEngines.ShouldBe(1);
        SpinWait.SpinUntil(() => host.RunawayJobs == 0, TimeSpan.FromSeconds(30)).ShouldBeTrue("the stopped render kept running");
    }

    [Fact]
    public void The_tool_stops_a_growing_render_at_the_default_limit_with_its_heap_under_a_gigabyte()
    {
        // The child's GC heap is capped at 1 GB (CliProcess.HeapLimit): had the limit not held, it would have run out of
        // memory there instead of reporting it.
        using var folder = new TempFolder();
        // A book: an archival file would take the branch the tool adds to every style for shelf marks, not the style's layout.
        var paper = folder.Write(folder.Root, "notes.txt", "1 Иванов И. И. История Кавказа. М.: Наука, 1985. С. 112.\n");
        var style = folder.Write(folder.Root, "growing.csl", HostileStyles.Growing());

        var (code, stdout, stderr, _) = CliProcess.Run(TimeSpan.FromMinutes(3), new Dictionary<string, string?> { [CiteProcLimits.MemoryVariable] = null },
            "format", paper, "--style", style, "--engine", "embedded", "--timeout", "150");

        code.ShouldBe(2, stderr);
        stdout.ShouldBeEmpty();
        stderr.Trim().ShouldBe("bibliography: " + CiteProcLimits.MemoryExceeded("", "render", CiteProcLimits.DefaultMemoryMegabytes, "its engine was discarded"));
    }

    [Fact]
    public void The_memory_limit_is_read_from_the_environment_and_a_bad_value_is_a_clear_error()
    {
        CiteProcLimits.ParseMemoryMegabytes(null).ShouldBe(CiteProcLimits.DefaultMemoryMegabytes);
        CiteProcLimits.ParseMemoryMegabytes(" 300 ").ShouldBe(300);
        foreach (var bad in new[] { "lots", "-5", "8", "1.5", "99999999999" })
            Should.Throw<CiteProcException>(() => CiteProcLimits.ParseMemoryMegabytes(bad)).Message.ShouldContain($"not '{bad}'");

        // Each host reads the variable when it is made: in a process of its own, so no other test's host sees it.
        using var folder = new TempFolder();
        var paper = folder.Write(folder.Root, "notes.txt", "1 RGASPI. F. 17. Op. 3. D. 1. L. 5.\n");
        foreach (var engine in new[] { "embedded", "node" })
        {
            var (code, _, stderr, _) = CliProcess.Run(TimeSpan.FromMinutes(2), new Dictionary<string, string?> { [CiteProcLimits.MemoryVariable] = "lots" },
                "format", paper, "--style", "chicago-fullnote-bibliography", "--engine", engine);
            code.ShouldBe(2, engine);
            stderr.Trim().ShouldBe($"bibliography: {CiteProcLimits.MemoryVariable} must be a whole number of megabytes from {CiteProcLimits.MinMemoryMegabytes} to {CiteProcLimits.MaxMemoryMegabytes}, not 'lots'", engine);
        }
    }

    [Fact]
    public void A_style_past_the_size_limit_is_refused_in_one_line_before_any_engine_reads_it()
    {
        using var folder = new TempFolder();
        // 365,000 unused macros: a style that once kept the embedded engine from ever starting.
        var macros = string.Concat(Enumerable.Range(0, 365_000).Select(i => $"""<macro name="u{i}"><text variable="title" prefix="p{i}"/></macro>"""));
        var style = folder.Write(folder.Root, "huge.csl", HostileStyles.Style(macros, """<text variable="title"/>"""));
        var paper = folder.Write(folder.Root, "notes.txt", "1 RGASPI. F. 17. Op. 3. D. 1. L. 5.\n");

        var watch = Stopwatch.StartNew();
        var (code, stdout, stderr) = CliRun.Run("format", paper, "--style", style);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.Trim().Split('\n').Length.ShouldBe(1, stderr);
        stderr.ShouldContain("huge.csl");
        stderr.ShouldContain($"larger than {CiteProcLimits.MaxStyleBytes / (1024 * 1024)} MB is refused");

        // The library's own entry point, given the text, refuses it too.
        var e = Should.Throw<CiteProcException>(() => new CiteProcessor(new NoHost(), File.ReadAllText(style), "en-US", Items));
        e.Kind.ShouldBe(CiteProcErrorKind.Style);
    }

    [Fact]
    public void A_style_with_a_DTD_is_refused_saying_so_not_with_dotnets_advice()
    {
        using var folder = new TempFolder();
        var dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE style [<!ENTITY e \"x\">]>\n" + Plain.TrimStart();
        var style = folder.Write(folder.Root, "dtd.csl", dtd);
        var paper = folder.Write(folder.Root, "notes.txt", "1 RGASPI. F. 17. Op. 3. D. 1. L. 5.\n");

        var (code, _, stderr) = CliRun.Run("format", paper, "--style", style);

        code.ShouldBe(2);
        stderr.Trim().Split('\n').Length.ShouldBe(1, stderr);
        stderr.ShouldContain("dtd.csl");
        stderr.ShouldContain("contains a DTD");
        stderr.ShouldNotContain("DtdProcessing");

        var e = Should.Throw<CiteProcException>(() => new CiteProcessor(new NoHost(), dtd, "en-US", Items));
        e.Message.ShouldContain("contains a DTD");
        e.Message.ShouldNotContain("DtdProcessing");
        e.Line.ShouldBe(2);
    }

    [Theory]
    [InlineData("--styles-dir")]
    [InlineData("BIBLIOGRAPHY_STYLES")]
    public void A_broken_or_DTD_locale_in_a_users_folder_is_refused_naming_its_file_and_place(string how)
    {
        using var folder = new TempFolder();
        var locales = folder.Sub("locales");
        var paper = folder.Write(folder.Root, "notes.txt", "1 RGASPI. F. 17. Op. 3. D. 1. L. 5.\n");
        var english = LocaleResolver.Default.Find("en-US").ShouldNotBeNull();

        folder.Write(locales, "locales-en-US.xml", english.Replace("<locale ", "<!DOCTYPE locale [<!ENTITY e \"EVIL\">]>\n<locale "));
        var dtd = RunWithLocales(how, locales, paper);
        dtd.Code.ShouldBe(2);
        dtd.Err.Trim().Split('\n').Length.ShouldBe(1, dtd.Err);
        dtd.Err.ShouldContain("locales-en-US.xml:");
        dtd.Err.ShouldContain("contains a DTD");
        dtd.Out.ShouldNotContain("EVIL");

        File.Delete(Path.Combine(locales, "locales-en-US.xml"));
        folder.Write(locales, "locales-fr-FR.xml", english.Replace("</locale>", ""));
        var broken = RunWithLocales(how, locales, paper);
        broken.Code.ShouldBe(2);
        broken.Err.ShouldContain("locales-fr-FR.xml:");
        broken.Err.ShouldContain("Malformed XML in CSL locale");
        broken.Err.ShouldNotContain("citeproc-js");
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")] // mkfifo
    public async Task A_named_pipe_as_a_style_or_a_locale_is_refused_without_being_opened()
    {
        using var folder = new TempFolder();
        var locales = folder.Sub("locales");
        var paper = folder.Write(folder.Root, "notes.txt", "1 RGASPI. F. 17. Op. 3. D. 1. L. 5.\n");
        var style = Path.Combine(folder.Root, "pipe.csl");
        FileSafetyTests.Tool("mkfifo", style);
        FileSafetyTests.Tool("mkfifo", Path.Combine(locales, "locales-en-US.xml"));

        // Opening a FIFO blocks until a writer comes: a hang here is the failure, so each run is bounded (WaitAsync
        // throws a TimeoutException after 30 s).
        var asStyle = await Task.Run(() => CliRun.Run("format", paper, "--style", style)).WaitAsync(TimeSpan.FromSeconds(30));
        asStyle.Code.ShouldBe(2);
        asStyle.Err.Trim().Split('\n').Length.ShouldBe(1, asStyle.Err);
        asStyle.Err.ShouldContain("named pipe");

        var asLocale = await Task.Run(() => CliRun.Run("format", paper, "--style", "chicago-fullnote-bibliography", "--styles-dir", locales)).WaitAsync(TimeSpan.FromSeconds(30));
        asLocale.Code.ShouldBe(2);
        asLocale.Err.ShouldContain("locales-en-US.xml");
        asLocale.Err.ShouldContain("named pipe");
    }

    [Fact]
    public void A_locale_only_in_styles_dir_can_be_asked_for()
    {
        using var folder = new TempFolder();
        var locales = folder.Sub("locales");
        var paper = folder.Write(folder.Root, "notes.txt", "1 Иванов И. И. История Кавказа. М.: Наука, 1985. С. 112.\n");
        var english = LocaleResolver.Default.Find("en-US").ShouldNotBeNull();
        LocaleResolver.Default.Find("tt-RU").ShouldBeNull("the test needs a tag nobody else ships");
        folder.Write(locales, "locales-tt-RU.xml", english.Replace("xml:lang=\"en-US\"", "xml:lang=\"tt-RU\""));
        var style = folder.Write(folder.Root, "plain.csl", Plain);

        var (code, stdout, stderr) = CliRun.Run("format", paper, "--style", style, "--styles-dir", locales, "--locale", "tt-RU");

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("История Кавказа");
    }

    private static (int Code, string Out, string Err) RunWithLocales(string how, string locales, string paper)
    {
        if (how == "--styles-dir") return CliRun.Run("format", paper, "--style", "chicago-fullnote-bibliography", "--styles-dir", locales);
        // LocaleResolver.Default reads the variable once per process, so this case runs the tool in a process of its own.
        var (code, stdout, stderr, _) = CliProcess.Run(TimeSpan.FromMinutes(2), new Dictionary<string, string?> { ["BIBLIOGRAPHY_STYLES"] = locales },
            "format", paper, "--style", "chicago-fullnote-bibliography");
        return (code, stdout, stderr);
    }

    /// <summary>A host that is never reached: the processor refuses the style before calling it.</summary>
    private sealed class NoHost : ICiteProcHost
    {
        public string Name => "none";

        public string Invoke(string function, string jsonArgument) => throw new InvalidOperationException("the host was called");

        public void Dispose()
        {
        }
    }
}
