using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using Bibliography.Errors;

namespace Bibliography.Cli;

/// <summary>The <c>bibliography</c> command line: parses arguments and hands each command to the library.</summary>
public static partial class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;
    /// <summary>Exit code for warnings only (validate).</summary>
    public const int Warnings = 1;
    /// <summary>Exit code for errors: unreadable input, bad arguments, findings of severity error.</summary>
    public const int Failure = 2;

    /// <summary>The command's name, in help and in every message (the .NET tool's ToolCommandName).</summary>
    public const string Name = "bibliography";

    /// <summary>Exit code for a usage error (a missing argument, an unknown option or value): the same as for errors.</summary>
    public const int Usage = Failure;

    /// <summary>Runs the command line with the given arguments, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Not a RootCommand, which names itself after the executable (Bibliography.Cli, or testhost): the tool is
        // "bibliography" wherever it runs, as its ToolCommandName says.
        var root = new Command(Name, "Bibliography: read, parse, normalise, validate, format and export citations of post-Soviet archives and Russian/Azerbaijani publications.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        foreach (var command in Commands.All(stdout))
            root.Subcommands.Add(command);
        try
        {
            var result = root.Parse(args);
            if (result.Errors.Count > 0 && !result.Tokens.Any(t => t.Value is "--help" or "-h" or "-?"))
                return UsageError(result, root, stderr);
            if (!result.Tokens.Any(t => t.Value is "--help" or "-h" or "-?") && UnknownOptions(result).FirstOrDefault() is { } unknown)
                return UsageError(result, $"Unrecognized option '{unknown}'", stderr);
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

    // One line per problem on stderr, each with where to read more, rather than the whole help on stdout: the output of a
    // command that was misused is then empty, and a script sees exit code 2 as for any other error.
    private static int UsageError(ParseResult result, Command root, TextWriter stderr)
    {
        // "Required command was not provided" beside "Unrecognized command 'x'" is one problem told twice.
        var errors = result.Errors.Count > 1 && result.CommandResult.Command == root ? result.Errors.Skip(1) : result.Errors;
        foreach (var error in errors.Select(e => WhiteSpace().Replace(e.Message, " ").Trim().TrimEnd('.')).Distinct())
            stderr.WriteLine(UsageLine(result, error));
        return Usage;
    }

    // System.CommandLine hands a token such as "-o" that names no option of the command to the inputs argument, which
    // then fails as a missing file or a count of inputs; a dash-led token that is no file or folder is a mistyped option.
    // Only the command's own arguments are looked at: an option's value may start with a dash ("--timeout -5"), and
    // what follows "--" is text.
    private static IEnumerable<string> UnknownOptions(ParseResult result)
    {
        var afterDoubleDash = result.Tokens.SkipWhile(t => t.Type != TokenType.DoubleDash).ToHashSet();
        return result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens)
            .Where(t => !afterDoubleDash.Contains(t) && t.Value.Length > 1 && t.Value[0] == '-' && !File.Exists(t.Value) && !Directory.Exists(t.Value))
            .Select(t => t.Value);
    }

    private static int UsageError(ParseResult result, string error, TextWriter stderr)
    {
        stderr.WriteLine(UsageLine(result, error));
        return Usage;
    }

    private static string UsageLine(ParseResult result, string error) => $"bibliography: {error}; see '{HelpCommand(result)}'.";

    private static string HelpCommand(ParseResult result)
    {
        var command = string.Join(' ', result.CommandResult.Command.Parents.OfType<Command>().Reverse().Skip(1)
            .Append(result.CommandResult.Command).Where(c => c.Parents.Any()).Select(c => c.Name));
        return command.Length == 0 ? "bibliography --help" : $"bibliography {command} --help";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex WhiteSpace();
}
