using System.CommandLine;
using System.CommandLine.Parsing;
using Bibliography.Batch;
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
            Description = "A paper (.txt, .docx, .pdf) or footnote list, files or folders; or, after --, the footnotes themselves, numbered from 1.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text, json, sarif.",
            DefaultValueFactory = _ => "text",
            Arity = ArgumentArity.ExactlyOne,
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = Commands.OutDirOption("Write one report per input into this folder instead of one combined report on standard output.");
        var command = new Command("validate",
            "Check archival and bibliographic citations; exit 0 when clean, 1 with warnings only, 2 with errors or unreadable input.") { inputs, format, output };
        command.SetAction(result =>
        {
            var values = result.GetValue(inputs)!;
            var reportFormat = ReportWriter.Parse(result.GetValue(format)!);
            var rules = new Validator().Rules;
            if (result.Tokens.Any(t => t.Type == TokenType.DoubleDash))
            {
                var single = new Validator().ValidateFootnotes(values);
                stdout.Write(ReportWriter.Write(single, reportFormat, rules));
                return single.ExitCode;
            }

            var files = Commands.ExpandInputs(values, BatchInputs.Papers, result.InvocationConfiguration.Error);
            var outDir = result.GetValue(output);
            var reports = new ValidationReport?[files.Count];
            var index = files.Select((f, i) => (f.Path, i)).ToDictionary(x => x.Path, x => x.i, StringComparer.Ordinal);
            var extension = reportFormat switch { ReportFormat.Json => ".json", ReportFormat.Sarif => ".sarif", _ => ".txt" };
            // A validator per input: rules may keep state while they check one source.
            var batch = CliBatch.Run(files, outDir, extension, file =>
            {
                var report = new Validator().ValidateFile(file);
                reports[index[file]] = report;
                var summary = $"{file}: {report.Errors} errors, {report.Warnings} warnings, {report.Infos} notes";
                return new BatchOutput(outDir is null ? "" : ReportWriter.Write(report, reportFormat, rules), report.ExitCode, outDir is null ? null : summary);
            }, result.InvocationConfiguration.Error, "validating");
            if (outDir is null)
            {
                // Inputs that could not be read are reported on stderr; the others still make the combined report.
                var failures = batch.Failures.Select(f => new ToolNotification(f.Input, f.Error!)).ToList();
                stdout.Write(ReportWriter.Write(ValidationReport.Combine(reports.OfType<ValidationReport>()), reportFormat, rules, failures));
            }
            return batch.ExitCode;
        });
        return command;
    }
}
