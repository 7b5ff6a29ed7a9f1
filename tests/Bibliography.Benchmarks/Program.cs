using BenchmarkDotNet.Running;
using Bibliography.Benchmarks;

// `--profile parse [N] [rounds] [parseonly|normalise]` measures process CPU time without BenchmarkDotNet (for
// optimisation work on a shared machine); `--first-note ENGINE` is what the cold-start benchmark starts;
// `--quick` runs every benchmark small and once (smoke check); anything else goes to BenchmarkDotNet
// (`--filter '*Parse*'`, `--list flat`…).
if (args.Length >= 2 && args[0] == "--profile" && args[1] == "parse")
{
    Profile.Parse(args.Length > 2 ? int.Parse(args[2]) : 20_000, args.Length > 3 ? int.Parse(args[3]) : 5, args.Length > 4 ? args[4] : null);
    return 0;
}
if (args.Length == 2 && args[0] == "--first-note") return ColdStartBenchmarks.Run(args[1]);
if (args.Contains("--quick"))
{
    Environment.SetEnvironmentVariable(Quick.Variable, "1");
    args = [.. args.Where(a => a != "--quick"), "--job", "dry"];
    if (!args.Contains("--filter")) args = [.. args, "--filter", "*"];
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
