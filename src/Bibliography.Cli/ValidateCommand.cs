using System.CommandLine;
using System.CommandLine.Parsing;
using Bibliography.Errors;
using Bibliography.Sources;
using Bibliography.Validation;

namespace Bibliography.Cli;

/// <summary><c>bibliography validate</c>: checks the citations of papers, footnote lists or footnotes given after <c>--</c>.</summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command, writing its report to <paramref name="stdout"/>.</summary>
    public static Command Create(TextWriter stdout)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "A paper (text extracted from a PDF) or footnote list, files or folders; or, after --, the footnotes themselves, numbered from 1.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text, json, sarif.",
            DefaultValueFactory = _ => "text",
            Arity = ArgumentArity.ExactlyOne,
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var command = new Command("validate",
            "Check archival and bibliographic citations; exit 0 when clean, 1 with warnings only, 2 with errors or unreadable input.") { inputs, format };
        command.SetAction(result =>
        {
            var values = result.GetValue(inputs)!;
            var reportFormat = ReportWriter.Parse(result.GetValue(format)!);
            var validator = new Validator();
            ValidationReport report;
            if (result.Tokens.Any(t => t.Type == TokenType.DoubleDash))
                report = validator.ValidateFootnotes(values);
            else
            {
                var files = InputFiles.Expand(values);
                if (files.Count == 0) throw new BibliographyException("No input files found (folders are searched for " + string.Join(", ", InputFiles.Extensions) + ").");
                report = ValidationReport.Combine(files.Select(f => validator.ValidateFile(f)));
            }
            stdout.Write(ReportWriter.Write(report, reportFormat, validator.Rules));
            return report.ExitCode;
        });
        return command;
    }
}
