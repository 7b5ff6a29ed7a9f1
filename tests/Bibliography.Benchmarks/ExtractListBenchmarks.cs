using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using Bibliography.Batch;
using Bibliography.Model;
using Bibliography.Testing;

namespace Bibliography.Benchmarks;

/// <summary>
/// End-to-end <c>extract</c> of a footnote list, as a user runs it: the file read from disk, parsed, normalised, and
/// its JSON document written to disk, through the batch path <c>bibliography extract LIST -o DIR</c> takes.
/// </summary>
/// <remarks>The target (issue #18) is 20,000 citations/s on one core at 100,000 footnotes.</remarks>
[MemoryDiagnoser]
public class ExtractListBenchmarks
{
    private ExtractListJob _job = null!;

    /// <summary>How many footnotes the list has.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Footnotes { get; set; }

    /// <summary>100k footnotes (10k in a quick run).</summary>
    public static IEnumerable<int> Sizes => Quick.Enabled ? [10_000] : [100_000];

    /// <summary>Writes the footnote list once per size, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => _job = ExtractListJob.Create(Footnotes);

    /// <summary>Deletes the list and the output folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => _job.Dispose();

    /// <summary>Read the list, parse, normalise, write the JSON: the citations read.</summary>
    [Benchmark]
    public int Extract() => _job.Run();
}

/// <summary>A footnote list on disk and the output folder <c>extract</c> writes into, shared by the benchmark and <c>--profile extract</c>.</summary>
public sealed class ExtractListJob : IDisposable
{
    // Forms of the seed papers and of issue #18 ("Conventions it must read"), beside the generated seed conventions.
    private static readonly string[] IssueForms =
    [
        "A. B. Ivanov, Istoriia Zakavkaz'ia (Moscow: Nauka, 1985), 112–14.",
        "Firstname Surname, Title: Subtitle (Ithaca, NY: Cornell University Press, 2005), 92, 132.",
        "Iu. Petrov, \"Title,\" Voprosy istorii 8 (1990): 73.",
        "Ivanov, Istoriia, 115.",
        "Ibid., 156 (emphasis in the original).",
        "RGASPI, f. 17, op. 3, d. 1, l. 5ob.",
        "GARF f. R-5446, op. 1, d. 12, ll. 3–4.",
        "Иванов И. И. История Закавказья / сост. А. Б. Петров; под ред. В. В. Сидорова. М.: Наука, 1985. С. 112.",
        "Петров Ю. Название статьи // Вопросы истории. 1990. № 8. С. 73.",
        "Правда. 1923. 2 окт.",
        "СУ РСФСР. 1922. № 4. Ст. 44.",
        "РГАСПИ. Ф. 558. Оп. 11. Д. 712. Л. 45–46.",
        "Там же. Д. 58.",
        "ARDA, f. 28, siy. 1, iş 45, v. 12.",
        "Şərq.- 2018.- 28 mart.- № 53.- S. 5.",
        "See RGASPI, f. 17, op. 162, d. 14, l. 3; cited in Ivanov, Istoriia, 115.",
    ];

    private readonly string _directory;
    private readonly BatchInput[] _inputs;

    private ExtractListJob(string directory, BatchInput input) => (_directory, _inputs) = (directory, [input]);

    /// <summary>The folder the JSON document is written into.</summary>
    public string OutputDirectory => Path.Combine(_directory, "out");

    /// <summary>The footnote list's path.</summary>
    public string ListPath => _inputs[0].Path;

    /// <summary>
    /// Writes a list of <paramref name="footnotes"/> footnotes: nine in ten from the seed-convention corpus, one in ten
    /// a seed paper's footnote or one of the issue's forms, in a fixed pseudo-random order.
    /// </summary>
    public static ExtractListJob Create(int footnotes)
    {
        var directory = Directory.CreateTempSubdirectory("bibliography-extract-bench-").FullName;
        var seeds = SeedFootnotes();
        var corpus = new CitationCorpus(seed: 18);
        var random = new Random(18);
        var text = new StringBuilder(footnotes * 100);
        for (var n = 1; n <= footnotes; n++)
        {
            var footnote = random.Next(10) switch
            {
                0 when random.Next(2) == 0 && seeds.Length > 0 => seeds[random.Next(seeds.Length)],
                0 => IssueForms[random.Next(IssueForms.Length)],
                _ => corpus.NextFootnote(),
            };
            text.Append(n).Append(' ').Append(footnote).Append('\n');
        }
        var path = Path.Combine(directory, "footnotes.txt");
        File.WriteAllText(path, text.ToString());
        return new ExtractListJob(directory, new BatchInput(path, "footnotes.txt"));
    }

    // The footnotes of seed paper 003 (its "N text" lines, the number dropped), found above the benchmark's folder.
    private static string[] SeedFootnotes()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (!Directory.Exists(seeds)) continue;
            return Directory.GetFiles(seeds, "footnotes.txt", SearchOption.AllDirectories)
                .SelectMany(File.ReadLines)
                .Select(l => l.Trim())
                .Select(l => l.IndexOf(' ') is var space and > 0 && l[..space].All(char.IsAsciiDigit) ? l[(space + 1)..] : l)
                .Where(l => l.Length > 0)
                .ToArray();
        }
        return [];
    }

    /// <summary>Runs <c>extract</c> once: read, parse, normalise, serialise and write the document; returns the citations read.</summary>
    public int Run() => Run(out _);

    // Also gives the process CPU seconds of reading (read the list, parse, normalise); the rest of a round is writing the JSON.
    private int Run(out double readCpu)
    {
        var citations = 0;
        double read = 0;
        var result = BatchRunner.Run(_inputs, file =>
        {
            // The job of `bibliography extract` (src/Bibliography.Cli/Commands.cs).
            var start = Cpu();
            var document = BibliographyPipeline.ExtractFile(file).Document;
            citations = document.Citations.Sum(c => c.CitationItems.Count);
            read = Cpu() - start;
            return new BatchOutput(writer => CslJson.Write(document, writer), summary: $"{citations} citations");
        }, new BatchOptions { OutputDirectory = OutputDirectory, Extension = ".json" });
        readCpu = read;
        if (result.Failures.Any()) throw new InvalidOperationException(string.Join("; ", result.Items.Select(i => i.Error)));
        return citations;
    }

    /// <summary>
    /// <c>--profile extract N ROUNDS</c>: writes the list, runs <c>extract</c> ROUNDS times and prints each round's wall
    /// and process CPU time and citations/s, then the best. Run it on one core: <c>taskset -c 0 dotnet …</c>. Environment:
    /// <c>BIBLIOGRAPHY_PROFILE_JIT</c>, <c>_ALLOC</c>, <c>_GC</c> and <c>_STATICS_FIRST</c> (see tests/Bibliography.Benchmarks/README.md).
    /// </summary>
    public static void Profile(int footnotes, int rounds)
    {
        using var job = Create(footnotes);
        Console.WriteLine($"// list: {footnotes:N0} footnotes, {new FileInfo(job.ListPath).Length / 1e6:F1} MB; processors visible: {Environment.ProcessorCount}; load: {Load()}");
        // BIBLIOGRAPHY_PROFILE_STATICS_FIRST: the parser's static set-up is done (and timed) before the rounds, so that a
        // first round shows what is left without it.
        if (Environment.GetEnvironmentVariable("BIBLIOGRAPHY_PROFILE_STATICS_FIRST") is not null)
        {
            ProfileStatics();
            GC.Collect();
        }
        var process = Process.GetCurrentProcess();
        var best = double.MaxValue;
        var citations = 0;
        // What the runtime did during the rounds, on request: methods compiled by tier, allocations by heap, each collection.
        var timeline = Environment.GetEnvironmentVariable("BIBLIOGRAPHY_PROFILE_JIT") is null ? null : new JitTimeline();
        var allocations = Environment.GetEnvironmentVariable("BIBLIOGRAPHY_PROFILE_ALLOC") is null ? null : new AllocationsByHeap();
        using var collections = Environment.GetEnvironmentVariable("BIBLIOGRAPHY_PROFILE_GC") is null ? null : new GcListener();
        var began = DateTime.UtcNow;
        for (var round = 1; round <= rounds; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var (pause, jit) = (GC.GetTotalPauseDuration(), System.Runtime.JitInfo.GetCompilationTime());
            var counts = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var wall = Stopwatch.StartNew();
            citations = job.Run(out var readCpu);
            wall.Stop();
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            (pause, jit) = (GC.GetTotalPauseDuration() - pause, System.Runtime.JitInfo.GetCompilationTime() - jit);
            best = Math.Min(best, wall.Elapsed.TotalSeconds);
            var output = new FileInfo(Directory.GetFiles(job.OutputDirectory)[0]).Length;
            Console.WriteLine($"round {round}: {citations:N0} citations, wall {wall.Elapsed.TotalSeconds:F2} s ({citations / wall.Elapsed.TotalSeconds:N0}/s), " +
                              $"CPU {cpuSeconds:F2} s ({citations / cpuSeconds:N0}/s: read {readCpu:F2} s, " +
                              $"JSON {cpuSeconds - readCpu:F2} s; of all, collector pauses {pause.TotalSeconds:F2} s, JIT {jit.TotalSeconds:F2} s), " +
                              $"{output / 1e6:F1} MB; collections {GC.CollectionCount(0) - counts.Item1} (of gen 1 or 2: {GC.CollectionCount(1) - counts.Item2}, of gen 2: {GC.CollectionCount(2) - counts.Item3}); load: {Load()}");
        }
        Console.WriteLine($"best: {best:F2} s, {citations / best:N0} citations/s");
        timeline?.Print(began);
        allocations?.Print();
    }

    /// <summary>
    /// <c>--profile statics</c>: runs the static constructor of every class of the parser and the normaliser, in
    /// dependency order as they come, and prints the process CPU each took (JIT of the constructor included), largest first,
    /// with what it allocated (the non-backtracking patterns' set-up caches start full collections).
    /// </summary>
    public static void ProfileStatics()
    {
        var types = typeof(BibliographyPipeline).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns.StartsWith("Bibliography.Parsing", StringComparison.Ordinal) || ns.StartsWith("Bibliography.Normalisation", StringComparison.Ordinal)))
            .Where(t => t.TypeInitializer is not null && !t.ContainsGenericParameters)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        var taken = new List<(string Type, double Cpu, double Megabytes)>();
        var (total, totalAllocated) = (Cpu(), GC.GetAllocatedBytesForCurrentThread());
        foreach (var type in types)
        {
            var (start, allocated) = (Cpu(), GC.GetAllocatedBytesForCurrentThread());
            System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            taken.Add((type.FullName!, Cpu() - start, (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6));
        }
        foreach (var (type, cpu, megabytes) in taken.Where(t => t.Cpu >= 0.005 || t.Megabytes >= 1).OrderByDescending(t => t.Cpu))
            Console.WriteLine($"{cpu:F3} s {megabytes,6:F1} MB  {type}");
        Console.WriteLine($"all {taken.Count} static set-ups: {Cpu() - total:F3} s CPU, {(GC.GetAllocatedBytesForCurrentThread() - totalAllocated) / 1e6:F0} MB allocated; load: {Load()}");
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>Deletes the list and the output folder.</summary>
    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
