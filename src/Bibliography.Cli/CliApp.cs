using System.CommandLine;
using Bibliography.Errors;

namespace Bibliography.Cli;

/// <summary>The <c>bibliography</c> command line: parses arguments and hands each command to the library.</summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;
    /// <summary>Exit code for warnings only (validate).</summary>
    public const int Warnings = 1;
    /// <summary>Exit code for errors: unreadable input, bad arguments, findings of severity error.</summary>
    public const int Failure = 2;

    /// <summary>Runs the command line with the given arguments, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Bibliography: read, parse, normalise, validate, format and export citations of post-Soviet archives and Russian/Azerbaijani publications.");
        foreach (var command in Commands.All(stdout))
            root.Subcommands.Add(command);
        try
        {
            var result = root.Parse(args);
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (BibliographyException e)
        {
            stderr.WriteLine("bibliography: " + e.ToOneLine());
            return Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("bibliography: " + e.Message.ReplaceLineEndings(" "));
            return Failure;
        }
        catch (Exception e)
        {
            // Never a stack trace: say what failed in one line, and that it is our fault.
            stderr.WriteLine($"bibliography: internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}");
            return Failure;
        }
    }
}
