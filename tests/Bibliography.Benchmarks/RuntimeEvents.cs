using System.Diagnostics.Tracing;

namespace Bibliography.Benchmarks;

/// <summary>
/// Records every method the JIT compiles while it is alive, with its time and tier (runtime JIT events): where a first
/// round runs unoptimised code, and when the runtime starts recompiling it optimised (<c>BIBLIOGRAPHY_PROFILE_JIT</c>).
/// </summary>
internal sealed class JitTimeline : EventListener
{
    private readonly List<(DateTime At, int Tier, string Name)> _methods = new();
    private bool _on = true;

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x10); // JIT keyword: MethodLoadVerbose names each compiled method
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) || e.Payload is null || e.PayloadNames is null) return;
        object? Field(string name) => e.PayloadNames.IndexOf(name) is >= 0 and var i ? e.Payload[i] : null;
        // Bits 7-9 of the flags are the optimisation tier the code was compiled at.
        var tier = (int)((Convert.ToInt64(Field("MethodFlags")) >> 7) & 7);
        lock (_methods) _methods.Add((e.TimeStamp, tier, $"{Field("MethodNamespace")}::{Field("MethodName")}"));
    }

    private static string TierName(int tier) => tier switch { 2 => "optimised", 3 => "tier-0", 4 => "tier-1", _ => $"tier {tier}" };

    /// <summary>Prints the compilations in each <paramref name="bucketSeconds"/> of wall time by tier, then the types compiled at tier 0 in each.</summary>
    public void Print(DateTime start, double bucketSeconds = 0.25)
    {
        _on = false;
        lock (_methods)
        {
            int Bucket(DateTime at) => (int)((at - start).TotalSeconds / bucketSeconds);
            Console.WriteLine("methods compiled, by wall time since the first round began:");
            foreach (var g in _methods.GroupBy(m => Bucket(m.At)).OrderBy(g => g.Key))
                Console.WriteLine($"  {g.Key * bucketSeconds,6:F2} s: " + string.Join(", ", g.GroupBy(m => m.Tier).OrderBy(t => t.Key).Select(t => $"{TierName(t.Key)} {t.Count()}")));
            Console.WriteLine("types of the methods compiled at tier 0 (most first):");
            foreach (var g in _methods.Where(m => m.Tier == 3).GroupBy(m => Bucket(m.At)).OrderBy(g => g.Key))
                Console.WriteLine($"  {g.Key * bucketSeconds,6:F2} s: " + string.Join(", ", g.GroupBy(m => m.Name.Split("::")[0]).OrderByDescending(t => t.Count()).Take(6).Select(t => $"{t.Key} {t.Count()}")));
        }
    }
}

/// <summary>
/// Counts the runtime's allocation samples (one per ~100 KB) by type and heap while it is alive
/// (<c>BIBLIOGRAPHY_PROFILE_ALLOC</c>): large-object allocations start full collections, which is how the
/// non-backtracking patterns' set-up (their BDD caches) was found to cost a first round three of them.
/// </summary>
internal sealed class AllocationsByHeap : EventListener
{
    private readonly Dictionary<string, (long Bytes, int Samples)> _by = new();
    private bool _on = true;

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)1); // GC keyword, verbose: the allocation ticks
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null || e.PayloadNames is null) return;
        var large = Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("AllocationKind")]) == 1;
        var type = (large ? "large " : "small ") + e.Payload[e.PayloadNames.IndexOf("TypeName")];
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount")]);
        lock (_by) _by[type] = (_by.GetValueOrDefault(type).Bytes + amount, _by.GetValueOrDefault(type).Samples + 1);
    }

    /// <summary>Prints the 30 largest totals.</summary>
    public void Print()
    {
        _on = false;
        lock (_by)
            foreach (var (type, v) in _by.OrderByDescending(p => p.Value.Bytes).Take(30)) Console.WriteLine($"{v.Bytes / 1e6,8:F1} MB  {type}");
    }
}
