using BenchmarkDotNet.Running;
using Bibliography.Benchmarks;

// `--profile parse [N] [rounds] [parseonly|normalise|pipeline|linear|alloc|parsealloc]` (alloc, parsealloc: allocated bytes per citation by type) and
// `--profile extract N ROUNDS` (environment: BIBLIOGRAPHY_PROFILE_JIT, _ALLOC, _GC, _STATICS_FIRST; see README.md),
// `--profile pdf FILE [ROUNDS]` (wall and CPU time to read a PDF paper),
// `--profile format RUNNER STYLE JOB [SIZE] [ROUNDS] [ENGINES]` (ENGINES: the embedded host's engine count, so one bibliography's parts) measure process CPU time without BenchmarkDotNet (for
// optimisation work on a shared machine); `--first-note ENGINE` starts the tool once as the cold-start benchmark does;
// `--quick` runs every benchmark small and once (smoke check); anything else goes to BenchmarkDotNet
// (`--filter '*Parse*'`, `--list flat`…).
if (args.Length >= 2 && args[0] == "--profile" && args[1] == "parse")
{
    Profile.Parse(args.Length > 2 ? int.Parse(args[2]) : 20_000, args.Length > 3 ? int.Parse(args[3]) : 5, args.Length > 4 ? args[4] : null);
    return 0;
}
if (args.Length >= 2 && args[0] == "--profile" && args[1] == "extract")
{
    // `--profile extract [N] [rounds]`: end-to-end extract of an N-footnote list, JSON written (run under `taskset -c 0`).
    ExtractListJob.Profile(args.Length > 2 ? int.Parse(args[2]) : 100_000, args.Length > 3 ? int.Parse(args[3]) : 3);
    return 0;
}
if (args.Length == 2 && args[0] == "--profile" && args[1] == "statics")
{
    // `--profile statics`: the CPU each parsing class's static set-up (its regexes, tables, the model) takes in a new process.
    ExtractListJob.ProfileStatics();
    return 0;
}
if (args.Length == 3 && args[0] == "--write-extract-list")
{
    // The footnote list the extract benchmark reads, kept (e.g. to compare two builds' `extract` output).
    using var job = ExtractListJob.Create(int.Parse(args[1]));
    File.Copy(job.ListPath, args[2], overwrite: true);
    return 0;
}
if (args.Length >= 5 && args[0] == "--profile" && args[1] == "format")
{
    FormatProfile.Run(args[2], args[3], args[4], args.Length > 5 ? int.Parse(args[5]) : FormatJob.Size, args.Length > 6 ? int.Parse(args[6]) : 3,
        args.Length > 7 ? int.Parse(args[7]) : null);
    return 0;
}
if (args.Length >= 3 && args[0] == "--write-job")
{
    // `--write-job STYLE PATH [JOB] [SIZE]`: the direct-Node job file, for running direct-citeproc.js by hand or under `node --cpu-prof`.
    var job = FormatJob.For(args.Length > 3 ? args[3] : "notes", args[1], args.Length > 4 ? int.Parse(args[4]) : Quick.Size(FormatJob.Size));
    Console.WriteLine(job.WriteForNode(args[2]));
    return 0;
}
if (args.Length >= 3 && args[0] == "--profile" && args[1] == "pdf")
{
    PdfProfile.Run(args[2], args.Length > 3 ? int.Parse(args[3]) : 3);
    return 0;
}
if (args.Length == 2 && args[0] == "--first-note") return ColdStartBenchmarks.RunOnce(args[1]);
if (args.Contains("--quick"))
{
    Environment.SetEnvironmentVariable(Quick.Variable, "1");
    args = [.. args.Where(a => a != "--quick"), "--job", "dry"];
    if (!args.Contains("--filter")) args = [.. args, "--filter", "*"];
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
