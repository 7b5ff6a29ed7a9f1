using System.Diagnostics;

namespace Bibliography.Tests.Support;

/// <summary>
/// Runs the <c>bibliography</c> tool as a process of its own: for what in-process runs cannot show (environment read
/// once per process, signals, exit of the whole runtime).
/// </summary>
public static class CliProcess
{
    /// <summary>The tool's assembly, copied beside the tests by the project reference.</summary>
    public static string Assembly { get; } = Path.Combine(AppContext.BaseDirectory, "Bibliography.Cli.dll");

    /// <summary>A start description for the tool with <paramref name="args"/>, output redirected, and <paramref name="environment"/> added.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Assembly);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        return info;
    }

    /// <summary>Runs the tool to its end (two minutes at most) and returns its exit code, standard output and standard error.</summary>
    public static (int Code, string Out, string Err) Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(environment, args))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("bibliography " + string.Join(' ', args) + " did not end within two minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
