using BenchmarkDotNet.Running;
using Bibliography.Benchmarks;

// `--profile parse [N] [rounds]` measures CPU time without BenchmarkDotNet (for optimisation work on a shared machine);
// anything else goes to BenchmarkDotNet (`--filter '*Parse*'`, `--job short`…).
if (args.Length >= 2 && args[0] == "--profile" && args[1] == "parse")
{
    Profile.Parse(args.Length > 2 ? int.Parse(args[2]) : 20_000, args.Length > 3 ? int.Parse(args[3]) : 5, args.Length > 4 ? args[4] : null);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
