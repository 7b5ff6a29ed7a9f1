using System.Runtime.InteropServices;

namespace Bibliography.Tests.Support;

/// <summary>
/// The calling thread's CPU time: what a timing test should bound on a shared 2-core machine, where the wall clock moves
/// with everything else that runs (a quadratic still shows, a busy neighbour does not).
/// </summary>
public static class ThreadClock
{
    /// <summary>The calling thread's CPU time so far (Linux), or null where the clock is not there.</summary>
    public static TimeSpan? CpuTime()
    {
        try
        {
            const int threadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID on Linux
            if (!OperatingSystem.IsLinux() || ClockGetTime(threadCpuTimeClock, out var spec) != 0) return null;
            return TimeSpan.FromTicks(spec.Seconds * TimeSpan.TicksPerSecond + spec.Nanoseconds / 100);
        }
        catch (DllNotFoundException) { return null; }
        catch (EntryPointNotFoundException) { return null; }
    }

    /// <summary>How long <paramref name="action"/> took on this thread's CPU, or on the wall clock where there is no CPU clock.</summary>
    public static TimeSpan Measure(Action action)
    {
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var before = CpuTime();
        action();
        return CpuTime() is { } after && before is { } start ? after - start : wall.Elapsed;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec spec);
}
