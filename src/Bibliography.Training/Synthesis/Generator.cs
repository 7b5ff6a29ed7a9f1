using System.Diagnostics;
using System.Text;
using Bibliography.CiteProc;
using Newtonsoft.Json;

namespace Bibliography.Training.Synthesis;

/// <summary>What a run is asked for: the seed, how many footnotes, where the official styles are.</summary>
/// <param name="Seed">The seed every document's randomness derives from.</param>
/// <param name="Count">The number of footnotes to write.</param>
/// <param name="StylesDirectory">A folder of CSL styles (Debian's by default); null or absent: the project's styles only.</param>
/// <param name="ProjectStyleEvery">One document in this many is rendered with one of the project's own styles.</param>
/// <param name="StyleRun">How many documents in a row an official style renders (citeproc-js keeps a few engines built, so a run saves rebuilding one per document).</param>
public sealed record GenerationOptions(int Seed, int Count, string? StylesDirectory, int ProjectStyleEvery = 8, int StyleRun = 1);

/// <summary>Runs the generator: documents in turn, each through the next style, until enough footnotes are written.</summary>
public static class Generator
{
    /// <summary>Writes <see cref="GenerationOptions.Count"/> footnotes as JSON Lines to <paramref name="output"/>; returns the run's account.</summary>
    /// <param name="options">What to make.</param>
    /// <param name="output">Where the lines go.</param>
    /// <param name="hosts">One citeproc host per document rendered at once; the file does not depend on how many.</param>
    public static GenerationStats Run(GenerationOptions options, TextWriter output, params ICiteProcHost[] hosts)
    {
        var stats = new GenerationStats();
        foreach (var note in Footnotes(options, hosts, stats))
        {
            output.Write(Serialize(note));
            output.Write('\n');
        }
        return stats;
    }

    /// <summary>The footnotes of a run, in order, counted into <paramref name="stats"/> as they are taken.</summary>
    /// <remarks>
    /// Every document draws on its own generator, seeded from the run's seed and its index, so documents are rendered
    /// on several hosts at once and still taken in index order: the output is the same for any number of hosts.
    /// </remarks>
    /// <exception cref="InvalidOperationException">Nearly everything rendered is being dropped (a broken style folder or host).</exception>
    public static IEnumerable<Footnote> Footnotes(GenerationOptions options, IReadOnlyList<ICiteProcHost> hosts, GenerationStats stats)
    {
        if (hosts.Count == 0) throw new ArgumentException("at least one host is needed", nameof(hosts));
        var styles = StyleCatalog.Load(options.StylesDirectory);
        var project = styles.Where(s => s.IsProject).ToList();
        var official = styles.Where(s => !s.IsProject).ToList();
        SynthStyle StyleOf(int index) => official.Count == 0 || index % options.ProjectStyleEvery == 0
            ? project[index / options.ProjectStyleEvery % project.Count]
            : official[(index - index / options.ProjectStyleEvery - 1) / Math.Max(1, options.StyleRun) % official.Count];

        var batch = hosts.Count * 2;
        for (var first = 0; stats.Written < options.Count; first += batch)
        {
            var results = new (IReadOnlyList<Footnote> Notes, GenerationStats Stats)[batch];
            Parallel.For(0, batch, new ParallelOptions { MaxDegreeOfParallelism = hosts.Count }, k =>
            {
                // Each worker slot k % hosts uses one host, never two documents on one host at once.
                var local = new GenerationStats();
                lock (hosts[k % hosts.Count])
                    results[k] = (new DocumentGenerator(hosts[k % hosts.Count], local).Generate(options.Seed, first + k, StyleOf(first + k)), local);
            });
            foreach (var (notes, local) in results)
            {
                if (stats.Written >= options.Count) break;
                stats.Merge(local);
                foreach (var note in notes)
                {
                    if (stats.Written >= options.Count) break;
                    stats.Count(note);
                    yield return note;
                }
            }
            if (first > options.Count * 4 + 100) throw new InvalidOperationException("the generator keeps dropping everything it renders: " + Describe(stats, TimeSpan.Zero));
        }
    }

    /// <summary>One line of the training file (text, style, locale, spans), without a line break.</summary>
    public static string Serialize(Footnote note) =>
        Bibliography.Parsing.Labelling.LabelledNote.Line(note.Text, note.Spans.Select(x => (x.Start, x.End, x.Label, x.Citation)), ("style", note.Style), ("locale", note.Locale));

    /// <summary>A report of a run: speed, styles, locales, labels and drops by cause.</summary>
    public static string Describe(GenerationStats stats, TimeSpan elapsed)
    {
        var sb = new StringBuilder();
        var dropped = stats.Dropped.Values.Sum();
        sb.Append($"footnotes written: {stats.Written} from {stats.Documents} documents");
        if (elapsed > TimeSpan.Zero)
            sb.Append($" in {elapsed.TotalSeconds:F1} s ({stats.Written / elapsed.TotalSeconds:F0} footnotes/s; {stats.RenderTime.TotalSeconds:F1} s of it waiting for citeproc-js)");
        sb.AppendLine();
        sb.AppendLine($"styles used: {stats.Styles.Count} ({stats.Styles.Keys.Count(k => !k.StartsWith("plain-", StringComparison.Ordinal))} CSL styles plus plain conventions)");
        sb.AppendLine("locales: " + string.Join(", ", stats.Locales.Select(kv => $"{kv.Key} {kv.Value}")));
        sb.AppendLine("labels: " + string.Join(", ", stats.LabelCounts.Select(kv => $"{kv.Key} {kv.Value}")));
        sb.AppendLine($"dropped: {dropped} ({(stats.Written + dropped == 0 ? 0 : 100.0 * dropped / (stats.Written + dropped)):F1}% of footnotes and failed documents)");
        foreach (var (cause, n) in stats.Dropped) sb.AppendLine($"  {cause}: {n}");
        return sb.ToString();
    }

    /// <summary>Runs a generation into a file (written beside it and renamed, so a killed run leaves no half file) and reports on <paramref name="log"/>.</summary>
    /// <param name="options">What to make.</param>
    /// <param name="outPath">The JSON Lines file.</param>
    /// <param name="log">Where the report goes.</param>
    /// <param name="workers">How many citeproc hosts render documents at once (the file is the same for any number).</param>
    public static int RunToFile(GenerationOptions options, string outPath, TextWriter log, int workers = 1)
    {
        var full = Path.GetFullPath(outPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        var watch = Stopwatch.StartNew();
        GenerationStats stats;
        var hosts = Enumerable.Range(0, Math.Max(1, workers)).Select(_ => CiteProcHosts.Create(CiteProcEngine.Auto)).ToArray();
        try
        {
            using var writer = new StreamWriter(temp, false, new UTF8Encoding(false));
            stats = Run(options, writer, hosts);
        }
        finally
        {
            foreach (var host in hosts) host.Dispose();
        }
        File.Move(temp, full, true);
        log.Write(Describe(stats, watch.Elapsed));
        return 0;
    }
}
