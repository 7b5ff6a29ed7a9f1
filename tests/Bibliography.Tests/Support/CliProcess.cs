using System.Diagnostics;

namespace Bibliography.Tests.Support;

/// <summary>
/// Runs the built <c>bibliography</c> tool as a process of its own, as a user runs it: for what in-process runs cannot
/// show (environment read once per process, signals, kills, the whole runtime's memory).
/// </summary>
public static class CliProcess
{
    /// <summary>
    /// The GC heap cap of every child run (1 GB): a hostile input that tried to take more fails with OutOfMemory, which
    /// the tests see, instead of starving the machine.
    /// </summary>
    public const string HeapLimit = "0x40000000";

    /// <summary>The tool's assembly, copied beside the tests by the project reference.</summary>
    public static string Assembly { get; } = Path.Combine(AppContext.BaseDirectory, "Bibliography.Cli.dll");

    /// <summary>
    /// Starts the tool with <paramref name="args"/>, standard input closed, output and error redirected for the caller
    /// to read; <paramref name="environment"/> adds variables, and removes those given as null.
    /// </summary>
    public static Process Start(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Assembly);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["DOTNET_GCHeapHardLimit"] = HeapLimit;
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }
        var process = Process.Start(info)!;
        process.StandardInput.Close();
        return process;
    }

    /// <summary>Runs the tool to its end, or fails the test after <paramref name="timeout"/>; its exit code, output, error and time.</summary>
    public static (int Code, string Out, string Err, TimeSpan Elapsed) Run(TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var watch = Stopwatch.StartNew();
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new ShouldAssertException($"bibliography {string.Join(' ', args)} did not end within {timeout.TotalSeconds} s");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result, watch.Elapsed);
    }
}
