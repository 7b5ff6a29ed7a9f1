using Bibliography.Cli;

namespace Bibliography.Tests.Support;

/// <summary>Runs the <c>bibliography</c> command line in-process, capturing its exit code and output.</summary>
public static class CliRun
{
    /// <summary>The exit code, standard output and standard error of one run.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
