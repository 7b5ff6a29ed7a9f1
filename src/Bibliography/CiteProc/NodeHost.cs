using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.CiteProc;

/// <summary>
/// The unmodified citeproc-js in a long-lived Node.js child process, spoken to in JSON lines over
/// stdin/stdout. Started on first use; if the process dies the job is retried once on a fresh one.
/// The node executable is BIBLIOGRAPHY_NODE or "node" on the PATH.
/// </summary>
public sealed class NodeHost : ICiteProcHost
{
    private readonly LocaleResolver _locales;
    private readonly TimeSpan _budget;
    private readonly object _gate = new();
    private readonly StringBuilder _stderr = new();
    private Process? _process;
    private long _nextId;
    private bool _disposed;

    /// <summary>Creates the host; nothing starts until the first job.</summary>
    public NodeHost(LocaleResolver? locales = null, TimeSpan? budget = null)
    {
        _locales = locales ?? LocaleResolver.Default;
        _budget = budget ?? JurassicHost.DefaultBudget;
    }

    /// <inheritdoc />
    public string Name => "Node";

    /// <inheritdoc />
    public LocaleResolver Locales => _locales;

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

    /// <summary>True while a Node process is running for this host.</summary>
    public bool IsRunning
    {
        get
        {
            try { return Volatile.Read(ref _process) is { HasExited: false }; }
            catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException) { return false; }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            Stop();
        }
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
            Stop();
            throw new CiteProcException(CiteProcErrorKind.Timeout,
                $"citeproc-js on Node ({function}) did not finish within {timeout.TotalSeconds:0.#} s; the process was stopped and will restart");
        }
        if (read.Result is not { } line)
        {
            Stop();
            throw new NodeDiedException("node exited" + Stderr());
        }
        return line;
    }

    private Process EnsureStarted()
    {
        if (_process is { HasExited: false }) return _process;
        Stop();
        var dir = ScriptDirectory();
        var node = Environment.GetEnvironmentVariable("BIBLIOGRAPHY_NODE") is { Length: > 0 } n ? n : "node";
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
        info.ArgumentList.Add("--stack-size=16000");
        info.ArgumentList.Add(Path.Combine(dir, "node-host.js"));
        info.ArgumentList.Add(Path.Combine(dir, "citeproc.js"));
        info.ArgumentList.Add(Path.Combine(dir, "driver.js"));
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
        lock (_stderr) _stderr.Clear();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) { if (_stderr.Length < 8000) _stderr.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
        _process = process;
        Starts++;
        // Start-up is not the job's: it gets its own, longer allowance.
        var startup = _budget > JurassicHost.StartupBudget ? _budget : JurassicHost.StartupBudget;
        var hello = ReadLine(process, "start", startup);
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
                p.StandardInput.Close();
                if (!p.WaitForExit(2000)) p.Kill(true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception) { }
        p.Dispose();
    }

    private string Stderr()
    {
        lock (_stderr) return _stderr.Length == 0 ? "" : ": " + _stderr.ToString().Trim();
    }

    private static string Truncate(string s) => s.Length > 300 ? s[..300] + "…" : s;

    // The scripts are written once per content version to a temp folder, so concurrent processes share it safely.
    private static readonly Lazy<string> ScriptDir = new(() =>
    {
        var files = new Dictionary<string, string>
        {
            ["node-host.js"] = CiteProcResources.NodeHostScript,
            ["citeproc.js"] = CiteProcResources.NodeCiteProc,
            ["driver.js"] = CiteProcResources.Driver,
        };
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(files.Values))))[..16].ToLowerInvariant();
        var dir = Path.Combine(Path.GetTempPath(), "bibliography-citeproc-" + hash);
        Directory.CreateDirectory(dir);
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path) && new FileInfo(path).Length == Encoding.UTF8.GetByteCount(text)) continue;
            var tmp = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(tmp, text, new UTF8Encoding(false));
            File.Move(tmp, path, overwrite: true);
        }
        return dir;
    });

    private static string ScriptDirectory() => ScriptDir.Value;

    private sealed class NodeDiedException(string message) : Exception(message);
}
