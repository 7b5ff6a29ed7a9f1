using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bibliography.CiteProc;

namespace Bibliography.Benchmarks;

/// <summary>
/// Format: a 1,000-entry bibliography and 1,000 sequential note clusters, in chicago-fullnote-bibliography and apa,
/// on the embedded host (Jurassic), the Node host, and citeproc-js directly in Node (no host), for the ratios.
/// </summary>
/// <remarks>Each operation takes seconds, so it is timed once per iteration (monitoring strategy), not in a tight loop.</remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class FormatBenchmarks
{
    private FormatJob _job = null!;
    private ICiteProcHost? _host;
    private CiteProcessor? _processor;
    private DirectNode? _direct;
    private string? _jobFile;

    /// <summary>The style.</summary>
    [Params("chicago-fullnote-bibliography", "apa")]
    public string Style { get; set; } = "";

    /// <summary>What runs citeproc-js: the embedded host, the Node host, or Node directly.</summary>
    [ParamsSource(nameof(Runners))]
    public string Runner { get; set; } = "";

    /// <summary>Every runner, or those listed in BIBLIOGRAPHY_BENCH_RUNNERS (e.g. <c>Node,DirectNode</c>).</summary>
    public static IEnumerable<string> Runners =>
        Environment.GetEnvironmentVariable("BIBLIOGRAPHY_BENCH_RUNNERS") is { Length: > 0 } only
            ? only.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : ["Embedded", "Node", "DirectNode"];

    /// <summary>Builds the job and starts the runner (engines compile here, not in the measurement).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _job = FormatJob.Create(Quick.Size(FormatJob.Size));
        if (Runner == "DirectNode")
        {
            _jobFile = Path.Combine(Path.GetTempPath(), $"bibliography-bench-{Environment.ProcessId}-{Style}.json");
            _direct = new DirectNode(_job.WriteForNode(Style, _jobFile));
            return;
        }
        if (Runner == "Embedded") JurassicHost.Warm();
        _host = CiteProcHosts.Create(Runner == "Node" ? CiteProcEngine.Node : CiteProcEngine.Embedded);
        _processor = new CiteProcessor(_host, FormatJob.StyleXml(Style), null, _job.Items);
    }

    /// <summary>The bibliography of every item.</summary>
    [Benchmark]
    public int Bibliography() => _direct?.Run("bibliography").Count ?? _processor!.Bibliography()!.Entries.Count;

    /// <summary>Every note cluster in order, note numbers 1..N.</summary>
    [Benchmark]
    public int Notes() => _direct?.Run("notes").Count ?? _processor!.Citations(_job.Clusters).Count;

    /// <summary>Prints peak memory (this process, and Node where it runs), then stops everything.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        var node = _direct?.PeakResident ?? NodeChildren().Select(FormatJob.PeakResident).Max();
        Console.WriteLine($"// PeakMemory {Runner} {Style}: dotnet {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"
                          + (node is { } n ? $", node {n / 1048576} MB" : ""));
        _direct?.Dispose();
        _host?.Dispose();
        if (_jobFile is not null) File.Delete(_jobFile);
    }

    /// <summary>The node processes this process started (the Node host's child), by their parent id.</summary>
    internal static IEnumerable<int> NodeChildren()
    {
        if (!Directory.Exists("/proc")) yield break;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); } catch (IOException) { continue; } catch (UnauthorizedAccessException) { continue; }
            var close = stat.LastIndexOf(')');
            var name = stat[(stat.IndexOf('(') + 1)..close];
            var parent = stat[(close + 2)..].Split(' ')[1];
            if (name == "node" && parent == Environment.ProcessId.ToString()) yield return pid;
        }
    }
}

/// <summary>Cold start: a new process from its start to the first formatted note, on each host.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 5)]
public class ColdStartBenchmarks
{
    /// <summary>The engine the new process formats with.</summary>
    [Params("embedded", "node")]
    public string Engine { get; set; } = "";

    /// <summary>Starts <c>Bibliography.Benchmarks --first-note ENGINE</c> and waits for it to exit.</summary>
    [Benchmark]
    public int FirstNote()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(ColdStartBenchmarks).Assembly.Location);
        info.ArgumentList.Add("--first-note");
        info.ArgumentList.Add(Engine);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Console.WriteLine("// " + output.Trim().Replace("\n", "\n// "));
        return process.ExitCode == 0 ? output.Length : throw new InvalidOperationException("first-note failed: " + output);
    }

    /// <summary>What the started process does: read one footnote, format it as a Chicago note, print the times.</summary>
    public static int Run(string engine)
    {
        var note = BibliographyPipeline.ParseFootnotes(["Mamulia G. Borba za svobodu Kavkaza. Tbilisi, Meridiani, 2012, s. 151-156."]).Document;
        using var host = CiteProcHosts.Create(CiteProcHosts.Parse(engine));
        var processor = new CiteProcessor(host, FormatJob.StyleXml("chicago-fullnote-bibliography"), null, note.Items);
        var first = processor.Citations(note.Citations.Select(DocumentFormatter.ToCluster))[0];
        var self = Process.GetCurrentProcess();
        var elapsed = DateTime.Now - self.StartTime;
        var node = FormatBenchmarks.NodeChildren().Select(FormatJob.PeakResident).Max();
        Console.WriteLine(first);
        Console.WriteLine($"FirstNote {engine}: {elapsed.TotalMilliseconds:0} ms from process start; peak memory dotnet {self.PeakWorkingSet64 / 1048576} MB"
                          + (node is { } n ? $", node {n / 1048576} MB" : ""));
        return 0;
    }
}

/// <summary>The short smoke run (<c>--quick</c>): smaller inputs, one iteration each.</summary>
internal static class Quick
{
    /// <summary>The environment variable that carries <c>--quick</c> into BenchmarkDotNet's child processes.</summary>
    public const string Variable = "BIBLIOGRAPHY_BENCH_QUICK";

    /// <summary>True in a quick run.</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>The format jobs' size: <paramref name="full"/>, a tenth in a quick run, or BIBLIOGRAPHY_BENCH_SIZE.</summary>
    public static int Size(int full) =>
        int.TryParse(Environment.GetEnvironmentVariable("BIBLIOGRAPHY_BENCH_SIZE"), out var n) && n > 0 ? n : Enabled ? full / 10 : full;
}
