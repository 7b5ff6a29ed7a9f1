using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.CiteProc;

/// <summary>
/// The unmodified citeproc-js in a long-lived Node.js child process, spoken to in JSON lines over
/// stdin/stdout. Started on first use; if the process dies the job is retried once on a fresh one.
/// The node executable is BIBLIOGRAPHY_NODE or "node" on the PATH.
/// </summary>
/// <remarks>
/// No script is read from disk: node gets js/node-host.js on its command line and citeproc-js with our driver on
/// stdin, so nothing another user can write is ever run. citeproc-js runs on a worker thread with a bounded heap and
/// stack; the process dies with its parent (node-host.js watches its parent id, this process kills its children when
/// it exits or is disposed).
/// </remarks>
public sealed class NodeHost : ICiteProcHost
{
    // The stack of citeproc-js's worker thread: what the OS gave node's main thread, so every style that ran before
    // still runs; deeper recursion is a RangeError (node's old --stack-size=16000 let V8 run past the 8 MB into a segfault).
    private const int StackMegabytes = 8;

    // Every node process started and not yet stopped, killed when this process exits (SIGTERM, Environment.Exit,
    // the end of Main) so that none outlives it even if a host is never disposed.
    private static readonly ConcurrentDictionary<Process, byte> Live = new();

    // Set when the process exits: a job whose node was just killed must not retry on a new one while the runtime ends.
    private static volatile bool _exiting;

    static NodeHost()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            _exiting = true;
            foreach (var p in Live.Keys) Kill(p);
        };
    }

    private readonly LocaleResolver _locales;
    private readonly TimeSpan _budget;
    private readonly int _heapLimitMegabytes;
    private readonly object _gate = new();
    private readonly StringBuilder _stderr = new();
    private Process? _process;
    private long _nextId;
    private volatile bool _disposed;

    /// <summary>Creates the host; nothing starts until the first job.</summary>
    /// <param name="locales">The locales to load (the default resolver when null).</param>
    /// <param name="budget">How long one job may run (60 s when null).</param>
    /// <param name="heapLimitMegabytes">The heap limit of citeproc-js's worker (<see cref="CiteProcLimits.MemoryLimitMegabytes"/> when
    /// null); a job that needs more is stopped with <see cref="CiteProcErrorKind.Memory"/>, and node peaks ~80 MB above it.</param>
    public NodeHost(LocaleResolver? locales = null, TimeSpan? budget = null, int? heapLimitMegabytes = null)
    {
        heapLimitMegabytes ??= CiteProcLimits.MemoryLimitMegabytes();
        ArgumentOutOfRangeException.ThrowIfLessThan(heapLimitMegabytes.Value, CiteProcLimits.MinMemoryMegabytes, nameof(heapLimitMegabytes));
        _locales = locales ?? LocaleResolver.Default;
        _budget = budget ?? CiteProcLimits.DefaultJobBudget;
        _heapLimitMegabytes = heapLimitMegabytes.Value;
    }

    /// <inheritdoc />
    public string Name => "Node";

    /// <inheritdoc />
    public LocaleResolver Locales => _locales;

    /// <summary>The environment variable naming the node executable (else "node" on the PATH).</summary>
    public const string NodeVariable = "BIBLIOGRAPHY_NODE";

    /// <summary>
    /// The node executable this host would start, or null when there is none: <see cref="NodeVariable"/> if it names
    /// an existing file, else the first <c>node</c> on the PATH. Found without starting it, so choosing costs nothing.
    /// </summary>
    public static string? FindExecutable() =>
        FindExecutable(Environment.GetEnvironmentVariable(NodeVariable), Environment.GetEnvironmentVariable("PATH"));

    /// <summary>The same search over the given variable values (tests pass their own rather than change the process's).</summary>
    internal static string? FindExecutable(string? named, string? path)
    {
        if (!string.IsNullOrEmpty(named)) return File.Exists(named) ? named : null;
        foreach (var dir in (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? "node.exe" : "node");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>How many Node processes this host has started (for tests of restarts).</summary>
    public int Starts { get; private set; }

    /// <inheritdoc />
    public string Invoke(string function, string jsonArgument)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                return Exchange(function, jsonArgument);
            }
            catch (NodeDiedException)
            {
                if (_disposed || _exiting) throw new CiteProcException(CiteProcErrorKind.Host, $"the Node host was closed while running {function}");
                // One retry on a fresh process: a crash (e.g. killed by the OS) should not fail the caller's job.
                try
                {
                    return Exchange(function, jsonArgument);
                }
                catch (NodeDiedException e)
                {
                    throw new CiteProcException(CiteProcErrorKind.Host, $"the Node host died twice running {function}: {e.Message}", inner: e);
                }
            }
        }
    }

    /// <inheritdoc />
    public void Prestart() => Task.Run(() =>
    {
        lock (_gate)
        {
            if (_disposed) return;
            try
            {
                EnsureStarted();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The first job starts node again and reports the failure where the caller sees it.
            }
        }
    });

    /// <summary>Kills the current Node process, even in the middle of a job (tests use it to check the restart).</summary>
    public void KillProcessForTest()
    {
        // No lock: the point is to kill the process while a job holds the gate and waits for its answer.
        var process = Volatile.Read(ref _process);
        try { process?.Kill(true); process?.WaitForExit(5000); }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or System.ComponentModel.Win32Exception) { }
    }

    /// <summary>The id of the running Node process, if any (tests watch it).</summary>
    public int? ProcessId
    {
        get
        {
            try { return Volatile.Read(ref _process) is { HasExited: false } p ? p.Id : null; }
            catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException) { return null; }
        }
    }

    /// <summary>True while a Node process is running for this host.</summary>
    public bool IsRunning
    {
        get
        {
            try { return Volatile.Read(ref _process) is { HasExited: false }; }
            catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException) { return false; }
        }
    }

    /// <summary>Stops the Node process; a job running on another thread is not left to finish (its process is killed and it fails at once).</summary>
    /// <remarks>Safe to call from a signal handler while a job runs: it kills the process without waiting for the job's lock.</remarks>
    public void Dispose()
    {
        _disposed = true;
        if (!Monitor.TryEnter(_gate))
        {
            Kill(Volatile.Read(ref _process));
            Monitor.Enter(_gate);
        }
        try { Stop(); }
        finally { Monitor.Exit(_gate); }
    }

    private string Exchange(string function, string json, TimeSpan? timeout = null)
    {
        var process = EnsureStarted();
        var id = ++_nextId;
        var line = JsonConvert.SerializeObject(new { id, fn = function, arg = json });
        try
        {
            process.StandardInput.WriteLine(line);
            process.StandardInput.Flush();
        }
        catch (IOException e)
        {
            Stop();
            throw new NodeDiedException("could not write to node: " + e.Message + Stderr());
        }
        var answer = ReadLine(process, function, timeout ?? _budget);
        JObject obj;
        try
        {
            obj = JObject.Parse(answer);
        }
        catch (JsonReaderException e)
        {
            // Something other than the host script wrote to stdout: the channel can no longer be trusted.
            Stop();
            throw new CiteProcException(CiteProcErrorKind.Host, $"the Node host answered with something that is not JSON: {Truncate(answer)}", inner: e);
        }
        if (obj.Value<string>("fatal") is { } fatal)
        {
            // The worker thread running citeproc-js is gone and node exits after this line; the next job starts a new one.
            Stop();
            if (fatal == "memory")
                throw new CiteProcException(CiteProcErrorKind.Memory, MemoryMessage(function, _heapLimitMegabytes));
            throw new NodeDiedException("citeproc-js's thread died: " + OneLine(obj.Value<string>("message") ?? ""));
        }
        if (obj.Value<long?>("id") != id)
        {
            Stop();
            throw new CiteProcException(CiteProcErrorKind.Host, $"the Node host answered out of order (expected {id}): {Truncate(answer)}");
        }
        return obj.Value<string>("result") ?? throw new CiteProcException(CiteProcErrorKind.Host, "the Node host gave no result: " + Truncate(answer));
    }

    private string ReadLine(Process process, string function, TimeSpan timeout)
    {
        var read = process.StandardOutput.ReadLineAsync();
        if (!read.Wait(timeout))
        {
            Kill(process); // not a polite close: the job is still running and would be waited for
            Stop();
            throw new CiteProcException(CiteProcErrorKind.Timeout,
                $"citeproc-js on Node ({function}) did not finish within {timeout.TotalSeconds:0.#} s; the process was stopped and will restart");
        }
        if (read.Result is not { } line)
        {
            Stop();
            // V8 gives up with a report of many lines when node's own heap is exhausted; the user gets one.
            if (StderrContains("heap out of memory")) throw new CiteProcException(CiteProcErrorKind.Memory, MemoryMessage(function, _heapLimitMegabytes));
            throw new NodeDiedException("node exited" + Stderr());
        }
        return line;
    }

    private Process EnsureStarted()
    {
        if (_process is { HasExited: false }) return _process;
        Stop();
        var node = Environment.GetEnvironmentVariable(NodeVariable) is { Length: > 0 } n ? n : "node";
        var info = new ProcessStartInfo(node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        // No --max-old-space-size: V8 would apply it to the worker too, over its own limit.
        info.ArgumentList.Add("-e");
        info.ArgumentList.Add(CiteProcResources.NodeHostScript);
        foreach (var arg in new[] { Environment.ProcessId, _heapLimitMegabytes, StackMegabytes })
            info.ArgumentList.Add(arg.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // A stable collation/case locale for anything citeproc does without an explicit locale.
        info.Environment["LANG"] = "en_US.UTF-8";
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new CiteProcException(CiteProcErrorKind.Host, $"could not start {node}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new CiteProcException(CiteProcErrorKind.Host, $"could not start Node ('{node}'): {e.Message}; install Node.js or use --engine embedded", inner: e);
        }
        Live[process] = 0;
        // Published at once, so a Dispose from another thread (a signal) can kill it during start-up.
        _process = process;
        if (_exiting) Kill(process);
        lock (_stderr) _stderr.Clear();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) { if (_stderr.Length < 8000) _stderr.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
        Starts++;
        // Written beside the wait for the answer, which bounds it: a 'node' that never reads would block the write.
        var program = Task.Run(() =>
        {
            process.StandardInput.WriteLine(Program.Value);
            process.StandardInput.Flush();
        });
        // Start-up is not the job's: it gets its own, longer allowance.
        var startup = _budget > CiteProcLimits.StartupBudget ? _budget : CiteProcLimits.StartupBudget;
        var hello = ReadLine(process, "start", startup);
        program.Wait(); // node answers only once it has read the whole program
        if (JObject.Parse(hello).Value<string>("result") is not { } helloResult || !helloResult.StartsWith("{\"ok\"", StringComparison.Ordinal))
            throw new CiteProcException(CiteProcErrorKind.Host, "the Node host did not start: " + Truncate(hello) + Stderr());
        var locales = Exchange("setLocales", JsonConvert.SerializeObject(_locales.All), startup);
        if (!locales.StartsWith("{\"ok\"", StringComparison.Ordinal))
            throw new CiteProcException(CiteProcErrorKind.Host, "the Node host could not load the locales: " + Truncate(locales));
        return process;
    }

    private void Stop()
    {
        var p = _process;
        _process = null;
        if (p is null) return;
        try
        {
            if (!p.HasExited)
            {
                p.StandardInput.Close(); // node-host.js exits when its stdin closes
                if (!p.WaitForExit(2000)) p.Kill(true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception) { }
        Live.TryRemove(p, out _);
        p.Dispose();
    }

    private static void Kill(Process? process)
    {
        try { if (process is { HasExited: false }) process.Kill(true); }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or System.ComponentModel.Win32Exception) { }
    }

    private static string MemoryMessage(string function, int limit) =>
        CiteProcLimits.MemoryExceeded(" on Node", function, limit, "its process was stopped and will restart");

    private bool StderrContains(string text)
    {
        lock (_stderr) return _stderr.ToString().Contains(text, StringComparison.Ordinal);
    }

    // node's last words, in one line: its final message without stack frames or the version banner.
    private string Stderr()
    {
        string text;
        lock (_stderr) text = _stderr.ToString();
        var last = text.Split('\n').Select(l => l.Trim())
            .LastOrDefault(l => l.Length > 0 && !l.StartsWith("at ", StringComparison.Ordinal) && !l.StartsWith("Node.js v", StringComparison.Ordinal));
        return last is null ? "" : ": " + OneLine(last);
    }

    private static string OneLine(string s) => Truncate(s.ReplaceLineEndings(" "));

    private static string Truncate(string s) => s.Length > 300 ? s[..300] + "…" : s;

    // The first line node-host.js reads: the scripts its worker thread runs.
    private static readonly Lazy<string> Program = new(() => JsonConvert.SerializeObject(new
    {
        citeproc = CiteProcResources.NodeCiteProc,
        driver = CiteProcResources.Driver,
    }));

    private sealed class NodeDiedException(string message) : Exception(message);
}
