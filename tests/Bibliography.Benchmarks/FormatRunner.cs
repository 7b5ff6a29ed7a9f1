using Bibliography.CiteProc;

namespace Bibliography.Benchmarks;

/// <summary>One format job's runner: the embedded (Jint) host, the Node host, citeproc-js directly in Node, or pandoc ("Jint" or "Embedded", "Node", "DirectNode", "Pandoc").</summary>
public sealed class FormatRunner : IDisposable
{
    private readonly FormatJob _job;
    private readonly ICiteProcHost? _host;
    private readonly CiteProcessor? _processor;
    private readonly DirectNode? _direct;
    private readonly Pandoc? _pandoc;
    private TimeSpan _pandocCpu;
    private long _pandocPeak;
    private readonly string? _jobFile;

    /// <summary>Starts <paramref name="runner"/> on <paramref name="job"/> (the direct-Node job file is written here).</summary>
    /// <param name="engines">The in-process host's engine count (default: one per core); a bibliography is rendered in parts only with more than one.</param>
    public FormatRunner(string runner, FormatJob job, TimeSpan? budget = null, int? engines = null)
    {
        _job = job;
        if (runner == "Pandoc")
        {
            _pandoc = new Pandoc(job);
            return;
        }
        if (runner == "DirectNode")
        {
            _jobFile = Path.Combine(Path.GetTempPath(), $"bibliography-bench-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
            _direct = new DirectNode(job.WriteForNode(_jobFile));
            return;
        }
        if (runner == "Node")
        {
            _host = new NodeHost(budget: budget);
        }
        else
        {
            JintHost.Warm();
            _host = new JintHost(budget: budget, maxEngines: engines);
        }
        _processor = new CiteProcessor(_host, job.Style, null, job.Items);
    }

    /// <summary>Runs "bibliography" or "notes" (a "paper" job's are notes) once; the number of outputs, and citeproc's own time when run directly in Node.</summary>
    public (int Count, double? NodeMs) Run(string job)
    {
        if (job == "paper") job = "notes";
        if (_pandoc is not null)
        {
            var (count, cpu, peak) = _pandoc.Run(job);
            _pandocCpu += cpu;
            _pandocPeak = Math.Max(_pandocPeak, peak);
            return (count, null);
        }
        if (_direct is not null)
        {
            var answer = _direct.Run(job);
            return (answer.Count, answer.Ms);
        }
        return (job == "notes" ? _processor!.Citations(_job.Clusters).Count : _processor!.Bibliography()!.Entries.Count, null);
    }

    /// <summary>The CPU time the node process in use (direct or the Node host's child), or every pandoc run, has used so far, if any.</summary>
    public TimeSpan? NodeCpu => _pandoc is not null ? _pandocCpu : (_direct is not null ? [_direct.ProcessId] : FormatBenchmarks.NodeChildren())
        .Select(FormatJob.CpuTime).Aggregate((TimeSpan?)null, (sum, t) => t is null ? sum : (sum ?? TimeSpan.Zero) + t);

    /// <summary>The peak resident memory of the node process in use (direct or the Node host's child), or of the largest pandoc run, if any.</summary>
    public long? NodePeakResident => _pandoc is not null ? _pandocPeak : _direct?.PeakResident ?? FormatBenchmarks.NodeChildren().Select(FormatJob.PeakResident).Max();

    /// <inheritdoc />
    public void Dispose()
    {
        _direct?.Dispose();
        _pandoc?.Dispose();
        _host?.Dispose();
        if (_jobFile is not null) File.Delete(_jobFile);
    }
}
