using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Bibliography.Model;

namespace Bibliography.Benchmarks;

/// <summary>
/// pandoc's own CSL processor (Haskell citeproc) on the format jobs: what a historian writing in Markdown would use
/// instead. Each run is a new pandoc process, its start included, as a user runs it; the text differs from
/// citeproc-js's in places (pandoc's locales and processor), so only the time and the count compare.
/// </summary>
public sealed class Pandoc : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bibliography-bench-pandoc-").FullName;

    /// <summary>Writes the job as pandoc reads it: the style, the items as CSL-JSON, and one Markdown paragraph per cluster.</summary>
    public Pandoc(FormatJob job)
    {
        File.WriteAllText(Path.Combine(_dir, "style.csl"), job.Style);
        File.WriteAllText(Path.Combine(_dir, "items.json"), CslJson.Serialize(job.Items.ToList()));
        File.WriteAllText(Path.Combine(_dir, "bibliography.md"), "---\nnocite: '@*'\n---\n");
        var notes = new StringBuilder();
        foreach (var cluster in job.Clusters)
        {
            // Braced keys and locators (pandoc 2.14 and later): ids and folio numbers may hold any character.
            var cites = cluster.Items.Select(r => $"@{{{r.Id}}}" + (r.Locator is null ? "" : $", {r.Label ?? "page"} {{{r.Locator}}}"));
            notes.Append("Text[").AppendJoin("; ", cites).Append("].\n\n");
        }
        File.WriteAllText(Path.Combine(_dir, "notes.md"), notes.ToString());
    }

    /// <summary>Runs pandoc on "bibliography" or "notes"; the entries or notes it wrote, its CPU time, and its peak memory.</summary>
    public (int Count, TimeSpan Cpu, long PeakResident) Run(string job)
    {
        var before = ChildUsage();
        var info = new ProcessStartInfo("pandoc") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _dir };
        foreach (var arg in new[] { job + ".md", "--citeproc", "--bibliography=items.json", "--csl=style.csl", "-t", "plain", "--wrap=none" })
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start pandoc (Debian: apt install pandoc)");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"pandoc failed: {error.Result}");
        var after = ChildUsage();
        // A note is a "[n]" line after the text; a bibliography entry is a paragraph.
        var count = job == "notes"
            ? output.Split('\n').Count(l => l.StartsWith('[') && l.IndexOf(']') is > 1 and var end && l[1..end].All(char.IsAsciiDigit))
            : output.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Length;
        return (count, after.Cpu - before.Cpu, after.PeakResident);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // getrusage(RUSAGE_CHILDREN): the CPU of every child waited for, and the largest peak resident set among them. They
    // are pandoc's own only where pandoc is the one runner in the process, as in `--profile format Pandoc …`; a
    // BenchmarkDotNet run that also starts Node hosts would mix theirs in.
    private static (TimeSpan Cpu, long PeakResident) ChildUsage()
    {
        var usage = new long[18];
        if (GetRUsage(-1, usage) != 0) return (TimeSpan.Zero, 0);
        var cpu = TimeSpan.FromSeconds(usage[0] + usage[2]) + TimeSpan.FromMicroseconds(usage[1] + usage[3]);
        return (cpu, usage[4] * 1024);
    }

    // DllImport rather than LibraryImport: the generated stub would need unsafe code in the project for one call.
    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, [Out] long[] usage);
}
