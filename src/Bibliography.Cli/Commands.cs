using System.CommandLine;
using Bibliography.Model;

namespace Bibliography.Cli;

/// <summary>The commands of the <c>bibliography</c> tool, each a thin call into the library.</summary>
internal static class Commands
{
    public static IEnumerable<Command> All(TextWriter stdout)
    {
        yield return Extract(stdout);
        yield return Parse(stdout);
    }

    private static Option<string> FormatOption(params string[] formats) => new Option<string>("--format", "-f")
    {
        Description = "Output format: " + string.Join(", ", formats) + ".",
        DefaultValueFactory = _ => formats[0],
        Arity = ArgumentArity.ExactlyOne,
    }.AcceptOnly(formats);

    private static Command Extract(TextWriter stdout)
    {
        var file = new Argument<string>("file") { Description = "A paper (text extracted from a PDF) or a footnote list." };
        var format = FormatOption("json");
        var command = new Command("extract", "Read a paper, parse every footnote and in-text reference, and print the normalised JSON document.") { file, format };
        command.SetAction(result =>
        {
            var document = BibliographyPipeline.ExtractFile(result.GetValue(file)!).Document;
            stdout.WriteLine(CslJson.Serialize(document));
            return CliApp.Success;
        });
        return command;
    }

    private static Command Parse(TextWriter stdout)
    {
        var footnotes = new Argument<string[]>("footnotes") { Description = "Footnotes of one document, numbered from 1 in order.", Arity = ArgumentArity.OneOrMore };
        var format = FormatOption("json");
        var command = new Command("parse", "Parse footnotes given on the command line (after --) and print the normalised JSON document.") { footnotes, format };
        command.SetAction(result =>
        {
            var document = BibliographyPipeline.ParseFootnotes(result.GetValue(footnotes)!).Document;
            stdout.WriteLine(CslJson.Serialize(document));
            return CliApp.Success;
        });
        return command;
    }

    private static Option<string> AcceptOnly(this Option<string> option, string[] values)
    {
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
