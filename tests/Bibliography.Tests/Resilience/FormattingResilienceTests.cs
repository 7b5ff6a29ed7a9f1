using System.Diagnostics;
using Bibliography.CiteProc;
using Bibliography.Testing;
using Bibliography.Tests.CiteProc;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Resilience;

/// <summary>
/// Hostile styles and data end with a typed error within the job's time budget on either host, the same processor
/// keeps working afterwards, many threads give the bytes one thread gives, and Node survives dying mid-job.
/// </summary>
/// <remarks>Each test makes its own hosts (with small budgets), so they never share engines with the other CiteProc tests.</remarks>
public sealed class FormattingResilienceTests
{
    public static TheoryData<string> Hosts => new() { "Jint", "Node" };

    /// <summary>Generous allowance over the budget for stopping a job and a busy CI machine.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(8);

    private static ICiteProcHost NewHost(string name, TimeSpan budget) =>
        name == "Node" ? new NodeHost(budget: budget) : new JintHost(budget: budget);

    private static string Style(string macros, string layout) => HostileStyles.Style(macros, layout);

    private static readonly string PlainStyle = HostileStyles.Plain;

    // Typographic quotes and apostrophes make citeproc's quote parser do work far beyond linear in the title's length.
    private static readonly string QuoteHeavyTitle = string.Concat(Enumerable.Repeat("\"'«»“ ", 20000));

    private static JArray Items(params (string Id, string Title)[] items) =>
        new(items.Select(i => new JObject { ["id"] = i.Id, ["type"] = "book", ["title"] = i.Title }));

    private static CitationCluster Cite(string id, string? locator = null) => new([new CitationReference(id, locator)]);

    private static T Timed<T>(TimeSpan limit, Func<T> action, string what)
    {
        var watch = Stopwatch.StartNew();
        var result = action();
        watch.Elapsed.ShouldBeLessThan(limit, what);
        return result;
    }

    [Theory, MemberData(nameof(Hosts))]
    public void A_macro_calling_itself_is_a_style_error_and_the_host_keeps_working(string host)
    {
        using var h = NewHost(host, TimeSpan.FromSeconds(30));
        var self = Style("""<macro name="loop"><text variable="title"/><text macro="loop"/></macro>""", """<text macro="loop"/>""");
        var mutual = Style("""<macro name="a"><text macro="b"/></macro><macro name="b"><text variable="title"/><text macro="a"/></macro>""", """<text macro="a"/>""");
        var items = Items(("a", "Azərbaycan tarixi"));

        foreach (var style in new[] { self, mutual })
        {
            var e = Should.Throw<CiteProcException>(() => new CiteProcessor(h, style, "en-US", items).Citations([Cite("a")]));
            e.Kind.ShouldBe(CiteProcErrorKind.Style);
            e.Message.ShouldContain("infinite loop");
        }
        new CiteProcessor(h, PlainStyle, "en-US", items).Citations([Cite("a", "5")]).ShouldBe(["Azərbaycan Tarixi, 5."]);
    }

    [Theory, MemberData(nameof(Hosts))]
    public async Task A_runaway_job_is_stopped_within_its_budget_and_the_next_job_on_the_same_processor_succeeds(string host)
    {
        var budget = TimeSpan.FromSeconds(1.5);
        using var h = NewHost(host, budget);
        var processor = new CiteProcessor(h, PlainStyle, "en-US", Items(("a", "Azərbaycan tarixi"), ("q", QuoteHeavyTitle)));
        processor.Citations([Cite("a")]).ShouldBe(["Azərbaycan Tarixi."]); // warm: engine start-up is not the job's budget

        // Another job on the same host meanwhile: Jint runs it on another engine, Node after restarting.
        var runaway = Task.Run(() => Timed(budget + Slack, () => Should.Throw<CiteProcException>(() => processor.Citations([Cite("q")])), "the runaway job was not stopped in time"));
        Thread.Sleep(200);
        Timed(budget + Slack + Slack, () => processor.Citations([Cite("a", "7")]), "a job beside the runaway").ShouldBe(["Azərbaycan Tarixi, 7."]);
        var e = await runaway;
        e.Kind.ShouldBe(CiteProcErrorKind.Timeout);
        e.Message.ShouldContain("did not finish within 1.5 s");

        Timed(budget + Slack, () => processor.Citations([Cite("a", "12")]), "the next job").ShouldBe(["Azərbaycan Tarixi, 12."]);
        if (h is JintHost jint)
        {
            jint.DiscardedEngines.ShouldBe(1);
            // The abandoned script must really stop, not spin on a background thread for minutes.
            SpinWait.SpinUntil(() => jint.RunawayJobs == 0, Slack).ShouldBeTrue("the abandoned Jint job is still running");
        }
        else ((NodeHost)h).Starts.ShouldBe(2);
    }

    [Theory, MemberData(nameof(Hosts))]
    public void Deep_recursion_in_a_style_ends_with_a_result_or_a_typed_error(string host)
    {
        // The subject here is the recursion limit, not the budget: a generous one keeps busy CI machines out of it.
        var budget = TimeSpan.FromSeconds(30);
        using var h = NewHost(host, budget);
        const int depth = 4000;
        var deep = Style("", string.Concat(Enumerable.Repeat("<group>", depth)) + """<text variable="title"/>""" + string.Concat(Enumerable.Repeat("</group>", depth)));
        var items = Items(("a", "Qafqaz"));
        Timed(budget + Slack, () =>
        {
            try
            {
                new CiteProcessor(h, deep, "en-US", items).Citations([Cite("a")]).ShouldBe(["Qafqaz."]);
            }
            catch (CiteProcException e)
            {
                e.Kind.ShouldBeOneOf(CiteProcErrorKind.Timeout, CiteProcErrorKind.Style);
            }
            return 0;
        }, "deep style");
        new CiteProcessor(h, PlainStyle, "en-US", items).Citations([Cite("a")]).ShouldBe(["Qafqaz."]);
    }

    [Theory, MemberData(nameof(Hosts))]
    public void Huge_titles_end_with_a_result_or_a_typed_error_within_the_budget(string host)
    {
        var budget = TimeSpan.FromSeconds(8);
        using var h = NewHost(host, budget);
        var huge = string.Concat(Enumerable.Repeat("Azərbaycan Xalq Cümhuriyyəti tarixi ", 10000)); // ~370 KB
        var tags = string.Concat(Enumerable.Repeat("<i><b>x ", 10000));
        var processor = new CiteProcessor(h, PlainStyle, "en-US", Items(("a", "Qafqaz"), ("huge", huge), ("tags", tags)));
        foreach (var id in new[] { "huge", "tags" })
        {
            // After a timeout the next job runs on a new engine, whose first job has the start-up allowance rather
            // than the budget: an ordinary citation takes that first job, so the hostile one is held to the budget.
            processor.Citations([Cite("a")]).ShouldBe(["Qafqaz."]);
            Timed(budget + Slack, () =>
            {
                try { processor.Citations([Cite(id)]).ShouldHaveSingleItem().Length.ShouldBeGreaterThan(1000); }
                catch (CiteProcException e) { e.Kind.ShouldBe(CiteProcErrorKind.Timeout); }
                return 0;
            }, id);
        }
        processor.Citations([Cite("a")]).ShouldBe(["Qafqaz."]);
    }

    [Theory, MemberData(nameof(Hosts))]
    public void Four_threads_formatting_at_once_give_the_same_bytes_as_one_thread(string host)
    {
        using var h = host == "Node" ? (ICiteProcHost)new NodeHost() : new JintHost(maxEngines: 4);
        var corpus = new CitationCorpus(8);
        var document = BibliographyPipeline.ParseFootnotes(Enumerable.Range(0, 40).Select(_ => corpus.NextFootnote()).ToList()).Document;
        var clusters = document.Citations.Select(DocumentFormatter.ToCluster).ToList();
        var processor = new CiteProcessor(h, ProcessorTests.NoteStyle, "en-US", document.Items);
        string FormatAll()
        {
            var result = processor.Format(clusters);
            return string.Join("\n", result.Citations) + "\n--\n" + result.Bibliography;
        }

        var single = FormatAll();
        single.ShouldContain("Ibid.");

        const int threads = 4;
        var outputs = new string[threads * 2];
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            outputs[t * 2] = FormatAll();
            // A processor of its own too: engines are shared through the host, not the processor.
            outputs[t * 2 + 1] = string.Join("\n", new CiteProcessor(h, ProcessorTests.NoteStyle, "en-US", document.Items).Citations(clusters));
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        for (var t = 0; t < threads; t++)
        {
            outputs[t * 2].ShouldBe(single, $"thread {t}, shared processor");
            outputs[t * 2 + 1].ShouldBe(single[..single.IndexOf("\n--\n", StringComparison.Ordinal)], $"thread {t}, own processor");
        }
    }

    [Fact]
    public async Task The_node_host_survives_its_process_dying_in_the_middle_of_a_job()
    {
        using var node = new NodeHost();
        var corpus = new CitationCorpus(11);
        var document = BibliographyPipeline.ParseFootnotes(Enumerable.Range(0, 150).Select(_ => corpus.NextFootnote()).ToList()).Document;
        var processor = new CiteProcessor(node, ProcessorTests.NoteStyle, "en-US", document.Items);
        var clusters = Enumerable.Repeat(document.Citations.Select(DocumentFormatter.ToCluster), 4).SelectMany(c => c).ToList();
        processor.Citations([Cite(document.Items[0].Id)]); // start the process first

        var watch = Stopwatch.StartNew();
        var expected = processor.Citations(clusters);
        var duration = watch.Elapsed;
        duration.ShouldBeGreaterThan(TimeSpan.FromMilliseconds(300), "the job must be long enough to be killed in the middle");
        node.Starts.ShouldBe(1);

        var job = Task.Run(() => processor.Citations(clusters));
        Thread.Sleep(duration / 4);
        job.IsCompleted.ShouldBeFalse();
        node.KillProcessForTest();

        (await job.WaitAsync(TimeSpan.FromSeconds(60))).ShouldBe(expected);
        node.Starts.ShouldBe(2); // restarted once, the job retried on the fresh process
        node.IsRunning.ShouldBeTrue();
    }
}
