using System.Collections.Concurrent;
using System.Diagnostics;

namespace Bibliography.CiteProc;

/// <summary>
/// Time marks of one run, from process start, with the process's CPU and JIT time so far, on every thread (<c>format --verbose</c> prints them): where a cold start
/// spends its time, without a profiler. Off unless <see cref="Start"/> was called; a mark then costs a clock read, until
/// <see cref="Stop"/> (a library used in a long-lived process must not keep queueing every job's marks after the run).
/// </summary>
public static class StartupTimeline
{
    private static readonly ConcurrentQueue<(TimeSpan At, TimeSpan Cpu, TimeSpan? ThreadCpu, TimeSpan Jit, long Methods, string Thread, string What)> Marks = new();
    private static Stopwatch? _clock;
    private static TimeSpan _offset;

    /// <summary>Starts recording afresh (earlier marks are dropped); marks are timed from the process's start.</summary>
    public static void Start()
    {
        Marks.Clear();
        _offset = DateTime.Now - Process.GetCurrentProcess().StartTime;
        _clock = Stopwatch.StartNew();
        Mark("timeline started");
    }

    /// <summary>Stops recording and hands back the marks so far (<see cref="Lines"/>); they are dropped, and later marks cost nothing.</summary>
    public static IReadOnlyList<string> Stop()
    {
        _clock = null;
        var lines = Lines.ToList();
        Marks.Clear();
        return lines;
    }

    /// <summary>Records that <paramref name="what"/> happened now, on this thread.</summary>
    public static void Mark(string what)
    {
        // The process's CPU time beside the wall time: on a shared machine the wall time also measures the queue.
        if (_clock is { } clock) Marks.Enqueue((_offset + clock.Elapsed, Environment.CpuUsage.TotalTime, ThreadCpu(), System.Runtime.JitInfo.GetCompilationTime(),
            System.Runtime.JitInfo.GetCompiledMethodCount(), System.Threading.Thread.CurrentThread.Name ?? "main", what));
    }

    // This thread's CPU time on Linux (utime and stime of /proc/thread-self/stat, in ticks of 10 ms): the sum along the
    // critical thread is what a quiet machine's wall time would be.
    private static TimeSpan? ThreadCpu()
    {
        try
        {
            var stat = File.ReadAllText("/proc/thread-self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return TimeSpan.FromMilliseconds((long.Parse(fields[11]) + long.Parse(fields[12])) * 10);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The marks so far, one line each, in order of time.</summary>
    public static IEnumerable<string> Lines =>
        Marks.OrderBy(m => m.At).Select(m => $"{m.At.TotalMilliseconds,7:0} ms (CPU: process {m.Cpu.TotalMilliseconds,5:0} ms, thread {m.ThreadCpu?.TotalMilliseconds.ToString("0") ?? "?",5} ms; JIT {m.Jit.TotalMilliseconds,5:0} ms for {m.Methods,5} methods)  {m.Thread,-14} {m.What}");
}
