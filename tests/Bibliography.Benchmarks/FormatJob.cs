using System.Diagnostics;
using Bibliography.CiteProc;
using Bibliography.CiteProc.Styles;
using Bibliography.Model;
using Bibliography.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.Benchmarks;

/// <summary>The format benchmarks' input: 1,000 items and 1,000 note clusters read from the generated corpus.</summary>
public sealed class FormatJob
{
    /// <summary>How many bibliography entries and note clusters the jobs format.</summary>
    public const int Size = 1_000;

    /// <summary>The items of the bibliography job.</summary>
    public IReadOnlyList<CslItem> Items { get; }

    /// <summary>The note clusters, numbered 1..N in order, citing only <see cref="Items"/>.</summary>
    public IReadOnlyList<CitationCluster> Clusters { get; }

    /// <summary>The style's XML as citeproc-js receives it.</summary>
    public string Style { get; }

    private FormatJob(IReadOnlyList<CslItem> items, IReadOnlyList<CitationCluster> clusters, string style)
    {
        Items = items;
        Clusters = clusters;
        Style = style;
    }

    /// <summary>The job named <paramref name="job"/>: "bibliography" or "notes" (<see cref="Create"/>), or "paper" (<see cref="Paper"/>).</summary>
    public static FormatJob For(string job, string style, int size) => job == "paper" ? Paper(style, size) : Create(style, size);

    /// <summary>
    /// A paper of <paramref name="footnotes"/> footnotes (the extract benchmark's list: the seed conventions, seed
    /// paper 003's notes and the forms) read and pre-rendered as <c>bibliography format</c> reads it, with the
    /// style adapted as it adapts it: the notes job at document scale, one cluster per footnote.
    /// </summary>
    public static FormatJob Paper(string style, int footnotes)
    {
        using var list = ExtractListJob.Create(footnotes);
        var document = BibliographyPipeline.LoadDocument(list.ListPath);
        using var host = new NodeHost(); // never started: the formatter only resolves and adapts the style here
        var formatter = new DocumentFormatter(new FormatOptions(style), host);
        var notes = DocumentFormatter.PreRender(document, StyleXml(style), formatter.Resolved.Locale, FormatMode.Notes);
        return new FormatJob(notes.Items, notes.Citations.Select(DocumentFormatter.ToCluster).ToList(), formatter.StyleXml);
    }

    /// <summary>Reads footnotes of the seed conventions until there are <see cref="Size"/> distinct items and clusters; the style as published.</summary>
    public static FormatJob Create(string style, int size = Size)
    {
        var corpus = new CitationCorpus(seed: 23);
        var footnotes = Enumerable.Range(0, 4 * size).Select(_ => corpus.NextFootnote()).ToList();
        var doc = BibliographyPipeline.ParseFootnotes(footnotes).Document;
        if (doc.Items.Count < size) throw new InvalidOperationException($"the corpus gave only {doc.Items.Count} items");
        var items = doc.Items.Take(size).ToList();
        var known = items.Select(i => i.Id).ToHashSet();
        var clusters = doc.Citations
            .Where(c => c.CitationItems.Count > 0 && c.CitationItems.All(i => known.Contains(i.Id)))
            .Take(size)
            .Select((c, n) => DocumentFormatter.ToCluster(c) with { NoteIndex = n + 1 })
            .ToList();
        if (clusters.Count < size) throw new InvalidOperationException($"the corpus gave only {clusters.Count} clusters");
        return new FormatJob(items, clusters, StyleXml(style));
    }

    /// <summary>The style's XML, resolved as the CLI does (the Debian CSL styles provide apa and chicago).</summary>
    public static string StyleXml(string style) => StyleRepository.CreateDefault().Resolve(style).Xml;

    /// <summary>Writes the job as the Node script reads it: style, locales, items, clusters.</summary>
    public string WriteForNode(string path)
    {
        var clusters = new JArray(Clusters.Select(c => new JArray(c.Items.Select(r =>
        {
            var o = new JObject { ["id"] = r.Id };
            if (r.Locator is not null) o["locator"] = r.Locator;
            if (r.Label is not null) o["label"] = r.Label;
            return o;
        }))));
        var job = new JObject
        {
            ["style"] = Style,
            ["lang"] = null,
            ["locales"] = JObject.FromObject(LocaleResolver.Default.All),
            ["items"] = JArray.Parse(CslJson.Serialize(Items.ToList())),
            ["clusters"] = clusters,
        };
        File.WriteAllText(path, job.ToString(Formatting.None));
        return path;
    }

    /// <summary>The repository root: the folder above this assembly holding Bibliography.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Bibliography.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("cannot find the repository root (Bibliography.sln) above " + AppContext.BaseDirectory);
    }

    /// <summary>The CPU time (user and system) a process has used so far, or null where /proc is not available or the process has ended.</summary>
    public static TimeSpan? CpuTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // utime and stime are the 14th and 15th fields of the line, counted in clock ticks (100 a second on Linux).
            return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The peak resident set of a process in bytes (VmHWM), or null where /proc is not available or the process has ended.</summary>
    public static long? PeakResident(int pid)
    {
        string? line;
        try
        {
            line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the process ended while it was sampled
        }
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }
}

/// <summary>citeproc-js running the format jobs directly in Node (direct-citeproc.js), with no host around it.</summary>
public sealed class DirectNode : IDisposable
{
    private readonly Process _process;

    /// <summary>Starts node on the job file with npm's citeproc-js, the one the hosts embed.</summary>
    public DirectNode(string jobPath)
    {
        var root = FormatJob.RepositoryRoot();
        var citeproc = Path.Combine(root, "src/Bibliography/CiteProc/js/node_modules/citeproc/citeproc_commonjs.js");
        if (!File.Exists(citeproc)) throw new FileNotFoundException("build src/Bibliography first: it installs citeproc from npm", citeproc);
        var info = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("--stack-size=16000"); // as NodeHost starts node
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "direct-citeproc.js"));
        info.ArgumentList.Add(citeproc);
        info.ArgumentList.Add(jobPath);
        info.Environment["LANG"] = "en_US.UTF-8";
        _process = Process.Start(info) ?? throw new InvalidOperationException("could not start node");
    }

    /// <summary>Runs "bibliography" or "notes" once; returns the entry count, total length and citeproc's own time.</summary>
    public (int Count, long Chars, double Ms) Run(string job)
    {
        _process.StandardInput.WriteLine(job);
        _process.StandardInput.Flush();
        var answer = JObject.Parse(_process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("node exited"));
        return (answer.Value<int>("count"), answer.Value<long>("chars"), answer.Value<double>("ms"));
    }

    /// <summary>The node process's id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Node's peak resident set so far.</summary>
    public long? PeakResident => FormatJob.PeakResident(_process.Id);

    /// <inheritdoc />
    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000)) _process.Kill();
        _process.Dispose();
    }
}
