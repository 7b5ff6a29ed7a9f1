using System.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Support;

/// <summary>
/// The independent npm readers in tests/Bibliography.Tests/js (astrocite-ris, citation-js, biblatex-csl-converter),
/// installed by the test build from their lock file and run through node on a file we wrote.
/// </summary>
public static class NodeReaders
{
    /// <summary>The folder holding readers.js and its node_modules.</summary>
    public static string Folder { get; } = Path.Combine(TestPaths.RepoRoot, "tests", "Bibliography.Tests", "js");

    /// <summary>Why the readers cannot run here, or null when node and the installed packages are present.</summary>
    public static string? Missing { get; } = Probe();

    private static string? Probe()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "astrocite-ris")))
            return "The npm test readers are not installed (the test build runs 'npm ci' in tests/Bibliography.Tests/js).";
        try
        {
            using var p = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            p.WaitForExit(30_000);
            return p.ExitCode == 0 ? null : "node does not run.";
        }
        catch (System.ComponentModel.Win32Exception) { return "node (Node.js) is not installed."; }
    }

    /// <summary>Why a test of the readers skips here: null where they and ../shared are present, and always null in CI,
    /// where the test then fails on what is missing.</summary>
    public static string? SkipReason => TestPaths.SkipUnlessCi(Missing ?? (TestPaths.Shared is null ? TestPaths.SharedMissing : null));

    /// <summary>Runs <paramref name="reader"/> (see readers.js) on the files and returns the JSON it printed.</summary>
    public static JToken Run(string reader, params string[] files)
    {
        var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Folder };
        psi.ArgumentList.Add(Path.Combine(Folder, "readers.js"));
        psi.ArgumentList.Add(reader);
        foreach (var f in files) psi.ArgumentList.Add(f);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException($"node {reader} did not finish in 120 s"); }
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"node {reader} failed ({p.ExitCode}): {stderr.Result}");
        return JToken.Parse(stdout.Result);
    }
}

/// <summary>A fact that needs the npm readers and ../shared: skipped, saying why, where either is absent (never in CI).</summary>
public sealed class NodeReadersFactAttribute : FactAttribute
{
    /// <summary>Sets Skip when node, the readers or ../shared are missing, outside CI.</summary>
    public NodeReadersFactAttribute() => Skip = NodeReaders.SkipReason;
}

/// <summary>A theory that needs the npm readers and ../shared: skipped, saying why, where either is absent (never in CI).</summary>
public sealed class NodeReadersTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets Skip when node, the readers or ../shared are missing, outside CI.</summary>
    public NodeReadersTheoryAttribute() => Skip = NodeReaders.SkipReason;
}
