namespace Bibliography.CiteProc;

/// <summary>
/// The resource limits of one formatting job, stated once: the hosts enforce them, the CLI and README quote them.
/// </summary>
public static class CiteProcLimits
{
    /// <summary>The time a single job may run before it is abandoned, unless the host is given another.</summary>
    public static readonly TimeSpan DefaultJobBudget = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a new engine or process may take to start (load citeproc-js); no job runs on it before, so no job's
    /// budget is spent.
    /// </summary>
    public static readonly TimeSpan StartupBudget = TimeSpan.FromMinutes(2);

    /// <summary>The environment variable giving the memory one job may add to the process, in megabytes.</summary>
    public const string MemoryVariable = "BIBLIOGRAPHY_CITEPROC_MEMORY_MB";

    /// <summary>
    /// The default memory of one job: on Node the heap of citeproc-js's worker, embedded what the process gains during
    /// the job. A 1,000-entry bibliography takes ~300 MB, and a runaway style is stopped before either process passes 1 GB.
    /// </summary>
    public const int DefaultMemoryMegabytes = 512;

    /// <summary>The smallest memory limit accepted: below it citeproc-js cannot load a style at all.</summary>
    public const int MinMemoryMegabytes = 16;

    /// <summary>The largest memory limit accepted (1 TB), so that megabytes times a million stays a valid size.</summary>
    public const int MaxMemoryMegabytes = 1024 * 1024;

    /// <summary>The largest style or locale file accepted: the largest official CSL style is under 300 KB.</summary>
    public const int MaxStyleBytes = 4 * 1024 * 1024;

    /// <summary>Reads <see cref="MemoryVariable"/>, else the default, in megabytes.</summary>
    /// <exception cref="CiteProcException">The variable is set but is not a whole number of megabytes in range.</exception>
    public static int MemoryLimitMegabytes() => ParseMemoryMegabytes(Environment.GetEnvironmentVariable(MemoryVariable));

    /// <summary>Reads a memory limit as <see cref="MemoryVariable"/> gives it; null or blank is the default.</summary>
    /// <exception cref="CiteProcException">The value is not a whole number of megabytes from <see cref="MinMemoryMegabytes"/> to <see cref="MaxMemoryMegabytes"/>.</exception>
    public static int ParseMemoryMegabytes(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return DefaultMemoryMegabytes;
        if (!int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var mb)
            || mb < MinMemoryMegabytes || mb > MaxMemoryMegabytes)
            throw new CiteProcException(CiteProcErrorKind.Host,
                $"{MemoryVariable} must be a whole number of megabytes from {MinMemoryMegabytes} to {MaxMemoryMegabytes}, not '{value}'");
        return mb;
    }

    /// <summary>What a job stopped at the memory limit reports, on either host.</summary>
    public static string MemoryExceeded(string engine, string function, long megabytes, string consequence) =>
        $"citeproc-js{engine} ({function}) needed more than {megabytes} MB of memory and was stopped ({consequence}); "
        + $"a style that runs away does this, and a job that is genuinely that large needs a higher {MemoryVariable}";
}

/// <summary>
/// Watches how much managed memory the process has gained since a job started, from the thread that waits for the job,
/// a few times a second. Jint's own memory constraint counts every byte its thread allocates, garbage included, so it
/// would stop a long legitimate job that allocates much and keeps little, not only one that grows.
/// </summary>
/// <remarks>Only live memory counts: when the cheap reading (garbage included) passes the limit, a full collection
/// decides. Garbage from busy neighbours must then grow by another quarter of the limit before the next collection, so
/// a legitimate job is neither stopped nor slowed, and a runaway is stopped by 1.25 times the limit at most.</remarks>
internal sealed class MemoryWatch
{
    private readonly long _baseline;
    private long _nextCollection;

    /// <summary>Starts watching from the process's current managed heap.</summary>
    public MemoryWatch(long limit)
    {
        Limit = limit;
        _baseline = GC.GetTotalMemory(false);
        _nextCollection = _baseline + limit;
    }

    /// <summary>The growth this watch allows, in bytes.</summary>
    public long Limit { get; }

    /// <summary>True when live memory has grown past the limit since the watch started.</summary>
    public bool Exceeded()
    {
        if (GC.GetTotalMemory(false) <= _nextCollection) return false;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        var live = GC.GetTotalMemory(false);
        if (live - _baseline > Limit) return true;
        _nextCollection = Math.Max(_baseline + Limit, live + Limit / 4);
        return false;
    }
}
