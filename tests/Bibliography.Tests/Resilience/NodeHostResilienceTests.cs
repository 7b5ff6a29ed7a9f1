using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Bibliography.CiteProc;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Resilience;

/// <summary>
/// The Node host runs no script from disk, never outlives its parent (killed or signalled), and ends runaway styles
/// with one clear line within its memory bound and time budget; real child processes, real signals.
/// </summary>
public sealed class NodeHostResilienceTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("bibliography-node-test-");

    /// <summary>Removes the test's files.</summary>
    public void Dispose() => _dir.Delete(recursive: true);

    private static readonly JArray Items = new(new JObject { ["id"] = "a", ["type"] = "book", ["title"] = "Azərbaycan tarixi" });

    private static CitationCluster Cite(string id, string? locator = null) => new([new CitationReference(id, locator)]);

    [Fact]
    public void Scripts_planted_where_the_old_host_looked_are_never_run()
    {
        var marker = Path.Combine(_dir.FullName, "planted-script-ran");
        var payload = $"require('fs').writeFileSync({Newtonsoft.Json.JsonConvert.SerializeObject(marker)}, 'x');\n";
        var genuine = new Dictionary<string, string>
        {
            ["node-host.js"] = CiteProcResources.NodeHostScript,
            ["citeproc.js"] = CiteProcResources.NodeCiteProc,
            ["driver.js"] = CiteProcResources.Driver,
        };
        // Where the old host wrote its scripts and ran any file there whose length matched.
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(genuine.Values))))[..16].ToLowerInvariant();
        var planted = Path.Combine(Path.GetTempPath(), "bibliography-citeproc-" + hash);
        Directory.CreateDirectory(planted);
        try
        {
            // First the same length (payload, then padding), then the genuine content with the payload in front.
            foreach (var sameLength in new[] { true, false })
            {
                foreach (var (name, text) in genuine)
                {
                    var bytes = Encoding.UTF8.GetByteCount(text);
                    var content = sameLength ? payload + "//" + new string('x', bytes - Encoding.UTF8.GetByteCount(payload) - 2) : payload + text;
                    if (sameLength) Encoding.UTF8.GetByteCount(content).ShouldBe(bytes);
                    File.WriteAllText(Path.Combine(planted, name), content, new UTF8Encoding(false));
                }
                using var node = new NodeHost();
                new CiteProcessor(node, HostileStyles.Plain, "en-US", Items).Citations([Cite("a", "5")]).ShouldBe(["Azərbaycan Tarixi, 5."]);
                // node was given its program without naming any file.
                var args = File.ReadAllText($"/proc/{node.ProcessId}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
                args.ShouldContain("-e");
                args.ShouldAllBe(a => !a.EndsWith(".js", StringComparison.Ordinal) && !a.Contains(Path.GetTempPath(), StringComparison.Ordinal));
                File.Exists(marker).ShouldBeFalse(sameLength ? "a planted script of the same length was run" : "a planted script was run");
            }
        }
        finally
        {
            Directory.Delete(planted, recursive: true);
        }
    }

    [Fact]
    public void Node_stops_when_its_parent_is_killed_even_while_its_stdin_stays_open()
    {
        // sh starts node-host.js as its child and is SIGKILLed; this test keeps node's stdin open, so only node's
        // watch on its parent can notice.
        var info = new ProcessStartInfo("sh") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        // A background command's stdin is /dev/null unless redirected from a descriptor saved before.
        info.ArgumentList.Add("exec 3<&0; node -e \"$0\" $$ 64 8 <&3 & echo $!; wait");
        info.ArgumentList.Add(CiteProcResources.NodeHostScript);
        using var sh = Process.Start(info)!;
        var node = int.Parse(sh.StandardOutput.ReadLine()!);
        try
        {
            Thread.Sleep(500);
            Alive(node).ShouldBeTrue("node-host.js should wait for its program while its parent lives");
            sh.Kill();
            sh.WaitForExit();
            SpinWait.SpinUntil(() => !Alive(node), TimeSpan.FromSeconds(5)).ShouldBeTrue("node outlived its killed parent");
        }
        finally
        {
            if (Alive(node)) Process.GetProcessById(node).Kill();
        }
    }

    public static TheoryData<int> ParentSignals => new() { Signals.Kill, Signals.Term };

    [Theory, MemberData(nameof(ParentSignals))]
    public void A_node_child_dies_with_the_cli_that_is_signalled_in_the_middle_of_a_runaway_render(int signal)
    {
        // A memory limit no render reaches in the test's seconds: the node must be alive, at work, when the CLI is signalled.
        using var cli = StartCli(WriteDocument(), WriteStyle(HostileStyles.Doubling()), [CiteProcLimits.MemoryVariable, "4096"], "--timeout", "60");
        try
        {
            var node = WaitForNodeChild(cli);
            Thread.Sleep(1500); // well into the render
            Alive(node).ShouldBeTrue();
            cli.HasExited.ShouldBeFalse();
            Signals.Send(cli.Id, signal);
            cli.WaitForExit(10_000).ShouldBeTrue("the CLI did not end on the signal");
            SpinWait.SpinUntil(() => !Alive(node), TimeSpan.FromSeconds(5)).ShouldBeTrue($"node outlived the CLI ended by signal {signal}");
        }
        finally
        {
            if (!cli.HasExited) cli.Kill(true);
        }
    }

    [Fact]
    public async Task A_runaway_style_on_the_cli_ends_with_one_line_exit_code_2_and_node_within_a_gigabyte()
    {
        const long gigabyte = 1L << 30;
        using var cli = StartCli(WriteDocument(), WriteStyle(HostileStyles.Nested(20_000)), "--timeout", "300");
        var stderr = cli.StandardError.ReadToEndAsync();
        var node = WaitForNodeChild(cli);
        long peak = 0;
        while (!cli.WaitForExit(50))
        {
            peak = Math.Max(peak, PeakMemory(node));
            if (peak > gigabyte + gigabyte / 4)
            {
                cli.Kill(true); // spare the machine: the bound is already broken
                break;
            }
        }
        cli.WaitForExit();
        peak.ShouldBeLessThan(gigabyte, "node's peak memory (VmHWM)");
        peak.ShouldBeGreaterThan(100L << 20, "the sampling never saw node at work");
        cli.ExitCode.ShouldBe(2);
        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldHaveSingleItem();
        lines[0].ShouldBe("bibliography: " + CiteProcLimits.MemoryExceeded(" on Node", "render", CiteProcLimits.DefaultMemoryMegabytes, "its process was stopped and will restart"));
    }

    [Fact]
    public async Task An_ever_growing_style_is_a_memory_error_and_the_next_job_runs_on_a_new_process()
    {
        const int limit = 64;
        using var node = new NodeHost(budget: TimeSpan.FromSeconds(120), heapLimitMegabytes: limit);
        new CiteProcessor(node, HostileStyles.Plain, "en-US", Items).Citations([Cite("a")]).ShouldBe(["Azərbaycan Tarixi."]);
        var pid = node.ProcessId!.Value;
        long peak = 0;
        var job = Task.Run(() => Should.Throw<CiteProcException>(() => new CiteProcessor(node, HostileStyles.Doubling(), "en-US", Items).Citations([Cite("a")])));
        while (await Task.WhenAny(job, Task.Delay(50)) != job) peak = Math.Max(peak, PeakMemory(pid));
        var e = await job;
        e.Kind.ShouldBe(CiteProcErrorKind.Memory);
        e.ToOneLine().ShouldBe(CiteProcLimits.MemoryExceeded(" on Node", "render", limit, "its process was stopped and will restart"));
        peak.ShouldBeLessThan((limit + 200L) << 20, "node's peak memory (VmHWM) with a 64 MB heap");

        new CiteProcessor(node, HostileStyles.Plain, "en-US", Items).Citations([Cite("a", "7")]).ShouldBe(["Azərbaycan Tarixi, 7."]);
        node.Starts.ShouldBe(2);
    }

    [Fact]
    public void A_five_second_budget_is_kept_to_within_a_second_on_a_runaway_style()
    {
        var budget = TimeSpan.FromSeconds(5);
        using var node = new NodeHost(budget: budget);
        new CiteProcessor(node, HostileStyles.Plain, "en-US", Items).Citations([Cite("a")]).ShouldBe(["Azərbaycan Tarixi."]); // start-up is not the job's
        var pid = node.ProcessId!.Value;
        var watch = Stopwatch.StartNew();
        var e = Should.Throw<CiteProcException>(() => new CiteProcessor(node, HostileStyles.Doubling(), "en-US", Items).Citations([Cite("a")]));
        watch.Elapsed.ShouldBeLessThan(budget + TimeSpan.FromSeconds(1));
        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(budget);
        e.Kind.ShouldBe(CiteProcErrorKind.Timeout);
        e.ToOneLine().ShouldBe("citeproc-js on Node (render) did not finish within 5 s; the process was stopped and will restart");
        Alive(pid).ShouldBeFalse("the runaway node process was left running");
    }

    [Fact]
    public void Recursion_past_the_stack_is_a_typed_error_not_a_dead_process()
    {
        // With node's old --stack-size=16000 this chain ran past the 8 MB stack into a segfault ("died twice").
        using var node = new NodeHost(budget: TimeSpan.FromSeconds(120));
        var e = Should.Throw<CiteProcException>(() => new CiteProcessor(node, HostileStyles.MacroChain(10_000), "en-US", Items).Citations([Cite("a")]));
        e.Kind.ShouldBe(CiteProcErrorKind.Timeout);
        e.Message.ShouldBe("citeproc-js recursed too deeply: Maximum call stack size exceeded");
        node.Starts.ShouldBe(1);
        new CiteProcessor(node, HostileStyles.Plain, "en-US", Items).Citations([Cite("a")]).ShouldBe(["Azərbaycan Tarixi."]);
    }

    private string WriteStyle(string style)
    {
        var path = Path.Combine(_dir.FullName, "hostile.csl");
        File.WriteAllText(path, style);
        return path;
    }

    private string WriteDocument()
    {
        var path = Path.Combine(_dir.FullName, "document.json");
        var citation = new JObject
        {
            ["citationID"] = "note-1",
            ["citationItems"] = new JArray(new JObject { ["id"] = "a" }),
            ["properties"] = new JObject { ["noteIndex"] = 1 },
        };
        File.WriteAllText(path, new JObject { ["items"] = Items, ["citations"] = new JArray(citation) }.ToString());
        return path;
    }

    // The built tool in a process of its own, as a user runs it, with the default time budget and memory limit.
    private static Process StartCli(string document, string style, params string[] options) => StartCli(document, style, [], options);

    // The same with one variable set (name, value).
    private static Process StartCli(string document, string style, string[] variable, params string[] options)
    {
        var environment = new Dictionary<string, string?> { [CiteProcHosts.TimeoutVariable] = null, [CiteProcLimits.MemoryVariable] = null };
        if (variable is [var name, var value]) environment[name] = value;
        return CliProcess.Start(environment, ["format", document, "--style", style, "--engine", "node", .. options]);
    }

    private static int WaitForNodeChild(Process parent)
    {
        int? node = null;
        SpinWait.SpinUntil(() => (node = NodeChild(parent.Id)) is not null || parent.HasExited, TimeSpan.FromSeconds(60)).ShouldBeTrue("the CLI started no node");
        return node ?? throw new ShouldAssertException("the CLI ended before starting node");
    }

    private static int? NodeChild(int parent)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            if (Stat(pid) is { } stat && stat.Parent == parent && stat.Name == "node") return pid;
        }
        return null;
    }

    // Running or sleeping, not gone or a zombie waiting to be reaped.
    private static bool Alive(int pid) => Stat(pid) is { State: not 'Z' and not 'X' };

    private static (string Name, char State, int Parent)? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var close = stat.LastIndexOf(')');
            var rest = stat[(close + 2)..].Split(' ');
            return (stat[(stat.IndexOf('(') + 1)..close], rest[0][0], int.Parse(rest[1]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    private static long PeakMemory(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
    }

    private static class Signals
    {
        public const int Kill = 9;
        public const int Term = 15;

        public static void Send(int pid, int signal) => kill(pid, signal).ShouldBe(0);

        [DllImport("libc", SetLastError = true)]
        private static extern int kill(int pid, int signal);
    }
}
