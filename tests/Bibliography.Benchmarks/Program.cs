using BenchmarkDotNet.Running;

// Benchmarks are added by issue 7; the switcher lets `dotnet run -c Release -- --filter *` pick them.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
