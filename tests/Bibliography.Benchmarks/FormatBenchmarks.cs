using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bibliography.CiteProc;

namespace Bibliography.Benchmarks;

/// <summary>
/// Format: a 1,000-entry bibliography and 1,000 sequential note clusters, in chicago-fullnote-bibliography and apa,
/// on the embedded host (Jint), the Node host, and citeproc-js directly in Node (no host), for the ratios.
/// </summary>
/// <remarks>Each operation takes seconds, so it is timed once per iteration (monitoring strategy), not in a tight loop.</remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class FormatBenchmarks
{
    private FormatRunner _runner = null!;

    /// <summary>The style.</summary>
    [Params("chicago-fullnote-bibliography", "apa")]
    public string Style { get; set; } = "";

    /// <summary>What runs citeproc-js: the embedded (Jint) host, the Node host, or Node directly.</summary>
    [ParamsSource(nameof(Runners))]
    public string Runner { get; set; } = "";

    /// <summary>Every runner, or those listed in BIBLIOGRAPHY_BENCH_RUNNERS (e.g. <c>Node,DirectNode</c>).</summary>
    public static IEnumerable<string> Runners =>
        Environment.GetEnvironmentVariable("BIBLIOGRAPHY_BENCH_RUNNERS") is { Length: > 0 } only
            ? only.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : ["Jint", "Node", "DirectNode"];

    /// <summary>Builds the job and starts the runner (engines compile here, not in the measurement).</summary>
    [GlobalSetup]
    public void Setup() => _runner = new FormatRunner(Runner, FormatJob.Create(Style, Quick.Size(FormatJob.Size)));

    /// <summary>The bibliography of every item.</summary>
    [Benchmark]
    public int Bibliography() => _runner.Run("bibliography").Count;

    /// <summary>Every note cluster in order, note numbers 1..N.</summary>
    [Benchmark]
    public int Notes() => _runner.Run("notes").Count;

    /// <summary>Prints peak memory (this process, and Node where it runs), then stops everything.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        var node = _runner.NodePeakResident;
        Console.WriteLine($"// PeakMemory {Runner} {Style}: dotnet {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"
                          + (node is { } n ? $", node {n / 1048576} MB" : ""));
        _runner.Dispose();
    }

    /// <summary>The node processes this process started (the Node host's child), by their parent id.</summary>
    internal static IEnumerable<int> NodeChildren() => NodeChildren(Environment.ProcessId);

    /// <summary>The node processes <paramref name="parentId"/> started, by their parent id.</summary>
    internal static IEnumerable<int> NodeChildren(int parentId)
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
            if (name == "node" && parent == parentId.ToString()) yield return pid;
        }
    }
}

/// <summary>
/// Cold start: the real command-line tool, started as a new process, formatting one footnote as a Chicago note,
/// from process start until it has printed the note and exited, on each host.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 5)]
public class ColdStartBenchmarks
{
    /// <summary>The footnote the tool formats.</summary>
    public const string Footnote = "1 Mamulia G. Borba za svobodu Kavkaza. Tbilisi, Meridiani, 2012, s. 151-156.";

    private string _input = "";

    /// <summary>The engine the new process formats with.</summary>
    [Params("jint", "node")]
    public string Engine { get; set; } = "";

    /// <summary>Writes the one-footnote paper the tool reads.</summary>
    [GlobalSetup]
    public void Setup() => _input = WriteInput();

    /// <summary>Starts <c>bibliography format</c> and waits for it to exit.</summary>
    [Benchmark]
    public int FirstNote()
    {
        var (note, elapsed, peak) = Run(Engine, _input);
        Console.WriteLine($"// FirstNote {Engine}: {elapsed.TotalMilliseconds:0} ms, peak memory ~{peak / 1048576} MB: {note}");
        return note.Length;
    }

    /// <summary>Deletes the input.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_input);

    /// <summary>Runs the tool once on <paramref name="input"/>; returns its output, the time from start to exit and its peak resident memory (sampled).</summary>
    public static (string Output, TimeSpan Elapsed, long PeakBytes) Run(string engine, string input)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bibliography.Cli.dll"));
        foreach (var a in new[] { "format", input, "--style", "chicago-fullnote-bibliography", "--engine", engine }) info.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        long peak = 0;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        // VmHWM is gone once the process has exited, so it is sampled while it runs.
        while (!process.WaitForExit(10))
            peak = Math.Max(peak, (FormatJob.PeakResident(process.Id) ?? 0) + FormatBenchmarks.NodeChildren(process.Id).Sum(p => FormatJob.PeakResident(p) ?? 0));
        clock.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException($"bibliography format failed ({process.ExitCode}): {errors.Result}");
        return (output.Result.Trim(), clock.Elapsed, peak);
    }

    private static string WriteInput()
    {
        var input = Path.Combine(Path.GetTempPath(), $"bibliography-first-note-{Environment.ProcessId}.txt");
        File.WriteAllText(input, Footnote + "\n");
        return input;
    }

    /// <summary>What <c>--first-note ENGINE</c> prints: one cold start of the tool, its time and peak memory.</summary>
    public static int RunOnce(string engine)
    {
        var input = WriteInput();
        try
        {
            var (note, elapsed, peak) = Run(engine, input);
            Console.WriteLine(note);
            Console.WriteLine($"FirstNote {engine}: {elapsed.TotalMilliseconds:0} ms from process start to exit; peak memory ~{peak / 1048576} MB (tool and node)");
            return 0;
        }
        finally
        {
            File.Delete(input);
        }
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
