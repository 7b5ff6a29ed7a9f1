using System.Diagnostics;
using Bibliography.CiteProc;
using Bibliography.Normalisation;
using Bibliography.Parsing;
using Bibliography.Testing;

namespace Bibliography.Benchmarks;

/// <summary>
/// A quick CPU-time measurement outside BenchmarkDotNet, for optimisation decisions on a shared machine:
/// process CPU time (not wall clock) per citation, per stage, so other jobs' load barely moves it.
/// </summary>
internal static class Profile
{
    /// <summary>Runs parse and parse+normalise over <paramref name="footnotes"/> footnotes <paramref name="rounds"/> times and prints CPU µs per footnote.</summary>
    public static void Parse(int footnotes, int rounds, string? only = null)
    {
        if (only == "linear")
        {
            // `--profile parse 100000 5 linear`: 1k, 10k and N footnotes interleaved.
            Linear(rounds, [1_000, 10_000, footnotes]);
            return;
        }
        var corpus = new CitationCorpus(seed: 7);
        var notes = Enumerable.Range(0, footnotes).Select(_ => corpus.NextFootnote()).ToArray();
        BibliographyPipeline.ParseFootnotes(notes.Take(2000).ToArray()); // JIT and regex construction
        BibliographyPipeline.ParseFootnotes(notes.Take(2000).ToArray());
        var citations = notes.Sum(n => CitationParser.ParseFootnote(n).Count);

        if (only is "alloc" or "parsealloc")
        {
            // What parse + normalise (or parse alone) allocates, by type: the runtime's allocation samples (one per ~100 KB allocated).
            using var sampler = new AllocationSampler();
            if (only == "alloc") BibliographyPipeline.ParseFootnotes(notes);
            else foreach (var n in notes) CitationParser.ParseFootnote(n);
            sampler.Print(citations);
            return;
        }
        if (only == "parseonly")
        {
            Measure("parse", footnotes, citations, rounds, () =>
            {
                foreach (var n in notes) CitationParser.ParseFootnote(n);
            });
            return;
        }
        if (only == "pipeline")
        {
            // Only the whole pipeline, for a run under callgrind (instruction counts, which load does not move).
            Measure("parse+normalise", footnotes, citations, rounds, () => BibliographyPipeline.ParseFootnotes(notes));
            return;
        }
        if (only == "normalise")
        {
            var src = Bibliography.Sources.PaperReader.ReadFootnotes(notes);
            Measure("normalise(read)", footnotes, citations, rounds, () => new Bibliography.Normalisation.Normaliser().Normalise(src));
            return;
        }
        Measure("parse", footnotes, citations, rounds, () =>
        {
            foreach (var n in notes) CitationParser.ParseFootnote(n);
        });
        Measure("read", footnotes, citations, rounds, () => Bibliography.Sources.PaperReader.ReadFootnotes(notes));
        var source = Bibliography.Sources.PaperReader.ReadFootnotes(notes);
        Measure("normalise(read)", footnotes, citations, rounds, () => new Bibliography.Normalisation.Normaliser().Normalise(source));
        Measure("parse+normalise", footnotes, citations, rounds, () => BibliographyPipeline.ParseFootnotes(notes));
        Retained(notes, citations);
    }

    /// <summary>
    /// Parse + normalise at 1k, 10k and 100k footnotes (a prefix of one corpus), the sizes interleaved round by round
    /// so that load on a shared machine falls on all of them alike; prints the best CPU time per citation of each size,
    /// its ratio to the smallest, and what the result retains per citation.
    /// </summary>
    /// <remarks>
    /// Each size is measured twice per round: the run alone, and the run followed by a collection of the young
    /// generations while its result is still held ("settled"). A run of fewer than ~20k footnotes allocates less than
    /// gen0's budget, so its collections happen after the measured window (in the next round's set-up), while a 100k run
    /// pays for several inside it: only the settled figures compare equal work. The collection walks every object the
    /// run allocated, dead or alive, and copies the result, as the next collection would in a program that keeps it.
    /// </remarks>
    public static void Linear(int rounds, int[] sizes)
    {
        var corpus = new CitationCorpus(seed: 7);
        var all = Enumerable.Range(0, sizes.Max()).Select(_ => corpus.NextFootnote()).ToArray();
        var inputs = sizes.Select(n => all.Take(n).ToArray()).ToArray();
        var citations = inputs.Select(notes => notes.Sum(n => CitationParser.ParseFootnote(n).Count)).ToArray();
        for (var w = 0; w < 3; w++) BibliographyPipeline.ParseFootnotes(all.Take(2000).ToArray()); // JIT and regex construction
        var best = sizes.Select(_ => TimeSpan.MaxValue).ToArray();
        var settled = sizes.Select(_ => TimeSpan.MaxValue).ToArray();
        var pauses = new TimeSpan[sizes.Length];
        var settledPauses = new TimeSpan[sizes.Length];
        var bytes = new long[sizes.Length];
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < sizes.Length; i++)
            {
                var notes = inputs[i];
                var round = Round(() => BibliographyPipeline.ParseFootnotes(notes));
                bytes[i] = round.Allocated;
                if (round.Cpu < best[i]) (best[i], pauses[i]) = (round.Cpu, round.Pause);
                NormalisedSource? kept = null;
                var then = Round(() =>
                {
                    kept = BibliographyPipeline.ParseFootnotes(notes);
                    GC.Collect(1, GCCollectionMode.Forced, blocking: true);
                });
                GC.KeepAlive(kept);
                if (then.Cpu < settled[i]) (settled[i], settledPauses[i]) = (then.Cpu, then.Pause);
            }
        }
        var first = best[0].TotalMicroseconds / citations[0];
        var firstSettled = settled[0].TotalMicroseconds / citations[0];
        for (var i = 0; i < sizes.Length; i++)
        {
            var (retained, _) = RetainedBytes(() => BibliographyPipeline.ParseFootnotes(inputs[i]));
            var perSettled = settled[i].TotalMicroseconds / citations[i];
            var perCitation = best[i].TotalMicroseconds / citations[i];
            Console.WriteLine($"{sizes[i],7} footnotes {citations[i],7} citations  best CPU {best[i].TotalMilliseconds,8:0.0} ms (GC pauses {pauses[i].TotalMilliseconds:0} ms)  {perCitation,5:0.00} µs/citation = {perCitation / first,4:0.00}× the first  {citations[i] / best[i].TotalSeconds,7:0} citations/s  alloc {bytes[i] / citations[i]} B, retained {retained / citations[i]} B per citation");
            Console.WriteLine($"{"",7}   settled (the run, then collecting what it allocated, its result held): {settled[i].TotalMilliseconds,8:0.0} ms (GC pauses {settledPauses[i].TotalMilliseconds:0} ms)  {perSettled,5:0.00} µs/citation = {perSettled / firstSettled,4:0.00}× the first  {citations[i] / settled[i].TotalSeconds,7:0} citations/s");
        }
    }

    /// <summary>Prints what one parse+normalise result keeps alive per citation: what every collection during the run has to trace and copy.</summary>
    private static void Retained(string[] notes, int citations)
    {
        var (read, _) = RetainedBytes(() => Bibliography.Sources.PaperReader.ReadFootnotes(notes));
        var (parses, _) = RetainedBytes(() => notes.Select(CitationParser.ParseFootnote).ToList());
        Console.WriteLine($"retained: read footnotes {read / Math.Max(1, citations)} B/citation, parse records {parses / Math.Max(1, citations)} B/citation");
        // The result stays alive through the GC report below, as a caller's would.
        var (retained, result) = RetainedBytes(() => BibliographyPipeline.ParseFootnotes(notes));
        Console.WriteLine($"retained by the result: {retained / Math.Max(1, citations)} B/citation, {result.Document.Items.Count} items");
        if (Environment.GetEnvironmentVariable("BIBLIOGRAPHY_PROFILE_GC") is not null)
        {
            // One more run, to see the collections it causes: their count, their pauses and what the last one promoted.
            GC.Collect();
            var (all, older) = (GC.CollectionCount(0), GC.CollectionCount(1));
            var pauses = GC.GetTotalPauseDuration();
            using (var listener = new GcListener())
            {
                BibliographyPipeline.ParseFootnotes(notes);
                GC.KeepAlive(listener);
            }
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            Console.WriteLine($"one run: {GC.CollectionCount(0) - all} collections ({GC.CollectionCount(1) - older} of gen1 or 2), pauses {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:0} ms; "
                              + $"last: gen{info.Generation}, promoted {info.PromotedBytes / 1048576} MB, pause {info.PauseDurations[0].TotalMilliseconds:0} ms, gen0 {info.GenerationInfo[0].SizeBeforeBytes / 1048576} MB before it");
        }
        GC.KeepAlive(result);
    }

    /// <summary>One round of <paramref name="work"/> after a full collection: process CPU and user time, GC pauses and bytes allocated during it.</summary>
    private static (TimeSpan Cpu, TimeSpan User, TimeSpan Pause, long Allocated) Round(Action work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var (cpu, user) = (process.TotalProcessorTime, process.UserProcessorTime);
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes(true);
        work();
        process.Refresh();
        return (process.TotalProcessorTime - cpu, process.UserProcessorTime - user, GC.GetTotalPauseDuration() - pause, GC.GetTotalAllocatedBytes(true) - allocated);
    }

    /// <summary>What <paramref name="make"/>'s result keeps reachable (bytes, after full collections), and the result.</summary>
    private static (long Bytes, T Result) RetainedBytes<T>(Func<T> make)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var result = make();
        return (GC.GetTotalMemory(forceFullCollection: true) - before, result);
    }

    /// <summary>Times <paramref name="work"/> in process CPU time and prints the best round.</summary>
    public static void Measure(string name, int footnotes, int citations, int rounds, Action work)
    {
        var best = TimeSpan.MaxValue;
        var bestUser = TimeSpan.MaxValue;
        var bestPause = TimeSpan.Zero;
        var gcs = GC.CollectionCount(0);
        var bytes = GC.GetTotalAllocatedBytes(true);
        for (var r = 0; r < rounds; r++)
        {
            var round = Round(work);
            if (round.Cpu < best) (best, bestUser, bestPause) = (round.Cpu, round.User, round.Pause);
        }
        Console.WriteLine($"{name,-18} {footnotes,8} footnotes {citations,8} citations  best CPU {best.TotalMilliseconds,9:0.0} ms (user {bestUser.TotalMilliseconds:0}, GC pauses {bestPause.TotalMilliseconds:0})  {citations / best.TotalSeconds,10:0} citations/s CPU  gen0 GCs/round {(GC.CollectionCount(0) - gcs) / rounds}  alloc/citation {(GC.GetTotalAllocatedBytes(true) - bytes) / rounds / Math.Max(1, citations)} B");
    }
}

/// <summary>Counts the runtime's allocation samples by type while it is alive (each sample stands for ~100 KB).</summary>
internal sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
{
    private readonly Dictionary<string, long> _bytes = new();
    private bool _on = true;

    /// <inheritdoc />
    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)1);
    }

    /// <inheritdoc />
    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick") || e.Payload is null || e.PayloadNames is null) return;
        var type = e.Payload[e.PayloadNames.IndexOf("TypeName")]?.ToString() ?? "?";
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount")]);
        lock (_bytes) _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }

    /// <summary>Prints bytes per citation by type, largest first.</summary>
    public void Print(int citations)
    {
        _on = false;
        lock (_bytes)
            foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(30))
                Console.WriteLine($"{bytes / (double)citations,8:0} B/citation  {type}");
    }
}

/// <summary>Prints each collection while it is alive: generation, reason, and what it promoted (runtime GC events).</summary>
internal sealed class GcListener : System.Diagnostics.Tracing.EventListener
{
    private bool _on = true;
    private DateTime _started;

    /// <inheritdoc />
    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Informational, (System.Diagnostics.Tracing.EventKeywords)1);
    }

    /// <inheritdoc />
    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (!_on || e.Payload is null) return;
        string? Field(string name) => e.PayloadNames?.IndexOf(name) is >= 0 and var i ? e.Payload[i]?.ToString() : null;
        long Mb(string name) => long.Parse(Field(name) ?? "0") / 1048576;
        if (e.EventName == "GCStart_V2")
        {
            _started = e.TimeStamp;
            Console.Write($"  GC #{Field("Count")} gen{Field("Depth")} reason {Field("Reason")} type {Field("Type")}");
        }
        else if (e.EventName == "GCMarkWithType") Console.Write($" [mark {Field("Type")}: {Mb("Bytes")} MB]");
        else if (e.EventName == "GCEnd_V1") Console.Write($", {(e.TimeStamp - _started).TotalMilliseconds:0} ms");
        else if (e.EventName == "GCHeapStats_V2")
            Console.WriteLine($"; promoted gen0→ {Mb("TotalPromotedSize0")} MB, gen1→ {Mb("TotalPromotedSize1")} MB; gen0 {Mb("GenerationSize0")} MB, gen1 {Mb("GenerationSize1")} MB, gen2 {Mb("GenerationSize2")} MB, LOH {Mb("GenerationSize3")} MB; pinned {Field("PinnedObjectCount")}, handles {Field("GCHandleCount")}");
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _on = false;
        base.Dispose();
    }
}

/// <summary>
/// One format job outside BenchmarkDotNet (<c>--profile format RUNNER STYLE JOB [SIZE] [ROUNDS]</c>): prints wall and
/// process CPU time of each round, so the host's cost can be compared with citeproc-js run directly in Node.
/// </summary>
internal static class FormatProfile
{
    /// <summary>Runs <paramref name="job"/> ("bibliography", "notes" or "paper", see <see cref="FormatJob.For"/>) on <paramref name="runnerName"/> (Jint, Node, DirectNode or Pandoc).</summary>
    public static void Run(string runnerName, string style, string job, int size, int rounds, int? engines = null)
    {
        var process = Process.GetCurrentProcess();
        var child = runnerName == "Pandoc" ? "pandoc" : "node";
        var started = Stopwatch.StartNew();
        using var runner = new FormatRunner(runnerName, FormatJob.For(job, style, size), TimeSpan.FromHours(1), engines);
        Console.WriteLine($"GC: server {System.Runtime.GCSettings.IsServerGC}, latency {System.Runtime.GCSettings.LatencyMode}, engines {engines?.ToString() ?? "default"}; load {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var r = 0; r < rounds; r++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var nodeCpu = runner.NodeCpu;
            var wall = Stopwatch.StartNew();
            var (count, nodeMs) = runner.Run(job);
            wall.Stop();
            process.Refresh();
            var gcPause = System.GC.GetTotalPauseDuration();
            Console.WriteLine($"{runnerName} {style} {job} size {size} round {r + 1}: {count} outputs, wall {wall.Elapsed.TotalMilliseconds:0} ms, "
                              + $"this process CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms"
                              + (runner.NodeCpu is { } nodeAfter ? $", {child} CPU {(nodeAfter - (nodeCpu ?? TimeSpan.Zero)).TotalMilliseconds:0} ms" : "")
                              + (nodeMs is { } ms ? $", inside node {ms:0} ms" : "")
                              + $", GC pauses so far {gcPause.TotalMilliseconds:0} ms, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"
                              + (r == 0 ? $" (first round includes start-up: {started.Elapsed.TotalMilliseconds:0} ms since setup began)" : ""));
        }
        var node = runner.NodePeakResident;
        Console.WriteLine($"peak memory: dotnet {process.PeakWorkingSet64 / 1048576} MB" + (node is { } n ? $", {child} {n / 1048576} MB" : ""));
    }
}
