using System.CommandLine;
using Bibliography.Batch;
using Bibliography.CiteProc;
using Bibliography.CiteProc.Styles;
using Bibliography.Errors;
using Bibliography.Export;
using Bibliography.Files;
using Bibliography.Model;
using Bibliography.Sources;

namespace Bibliography.Cli;

/// <summary>The commands of the <c>bibliography</c> tool, each a thin call into the library.</summary>
internal static class Commands
{
    public static IEnumerable<Command> All(TextWriter stdout)
    {
        yield return Extract(stdout);
        yield return Parse(stdout);
        yield return ValidateCommand.Create(stdout);
        yield return FormatCommand(stdout);
        yield return Styles(stdout);
        yield return ExportCommand(stdout);
        yield return ImportCommand(stdout);
        yield return ZoteroCommand.Create(stdout);
    }

    private static Command FormatCommand(TextWriter stdout)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Papers (their footnotes become citation clusters in order), JSON documents or CSL-JSON items: files or folders.", Arity = ArgumentArity.OneOrMore };
        var style = new Option<string>("--style", "-s") { Description = "A CSL style: id (apa), file name or path.", Required = true };
        var locale = new Option<string?>("--locale", "-l") { Description = "A locale tag (ru-RU, az-AZ); default: the style's." };
        var mode = new Option<string>("--mode", "-m") { Description = "notes (citations in order) or bibliography.", DefaultValueFactory = _ => "notes" };
        mode.AcceptOnlyFromAmong("notes", "bibliography");
        var to = new Option<string>("--to", "-t") { Description = "text, html or rtf.", DefaultValueFactory = _ => "text" };
        to.AcceptOnlyFromAmong("text", "html", "rtf");
        var engine = new Option<string?>("--engine", "-e") { Description = "auto (the default: node when a node executable is found, it is many times faster; else jint), embedded or jint (Jint, in this process) or node; also BIBLIOGRAPHY_ENGINE. All give the same output." };
        var timeout = new Option<string?>("--timeout") { Description = $"Seconds one formatting job may run before it is stopped (default {CiteProcLimits.DefaultJobBudget.TotalSeconds:0}; also {CiteProcHosts.TimeoutVariable})." };
        var output = OutDirOption("Write one formatted file per input into this folder (needed for several inputs).");
        var dirs = StylesDirOption();
        var command = new Command("format", "Format documents' notes or bibliography in any CSL style and locale with citeproc-js.") { inputs, style, locale, mode, to, engine, timeout, output, dirs };
        command.SetAction(result =>
        {
            var files = BatchInputs.Expand(result.GetValue(inputs)!, BatchInputs.Documents);
            var outDir = result.GetValue(output);
            RequireOutDir(files, outDir);
            var options = new FormatOptions(
                result.GetValue(style)!,
                result.GetValue(locale),
                result.GetValue(mode) == "bibliography" ? FormatMode.Bibliography : FormatMode.Notes,
                Enum.Parse<CiteProcOutputFormat>(result.GetValue(to)!, ignoreCase: true),
                result.GetValue(dirs));
            // One host for the whole batch: it pools engines (Jint) or serialises on one process (Node).
            using var host = CiteProcHosts.Create(CiteProcHosts.Parse(result.GetValue(engine)), LocaleResolver.Create(result.GetValue(dirs) ?? []), budget: CiteProcHosts.ParseBudget(result.GetValue(timeout)));
            host.Prestart(); // citeproc-js loads on its own thread while the style is resolved and the input read
            var formatter = new DocumentFormatter(options, host); // the style is resolved once for the batch
            var extension = options.Output switch { CiteProcOutputFormat.Html => ".html", CiteProcOutputFormat.Rtf => ".rtf", _ => ".txt" };
            return CliBatch.RunOneOrMany(files, outDir, extension, file =>
            {
                var document = Load(file, result.InvocationConfiguration.Error, out var exitCode);
                return new BatchOutput(formatter.Format(document), exitCode, Summary: $"{file}: {document.Citations.Count} citations, {document.Items.Count} items formatted");
            }, stdout, result.InvocationConfiguration.Error, "formatting");
        });
        return command;
    }

    private static Command ExportCommand(TextWriter stdout)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Papers, footnote lists, JSON documents or CSL-JSON files: files or folders.", Arity = ArgumentArity.OneOrMore };
        var to = new Option<string>("--to", "-t") { Description = "Format: " + string.Join(", ", ReferenceFormats.All.Select(f => f.Name)) + ".", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (one input)." };
        var outDirOption = OutDirOption("Write one exported file per input into this folder (needed for several inputs).");
        var command = new Command("export", "Export documents' items to a reference manager format, keeping archive data.") { inputs, to, output, outDirOption };
        command.SetAction(result =>
        {
            var files = BatchInputs.Expand(result.GetValue(inputs)!, BatchInputs.Documents);
            var format = ReferenceFormats.ByName(result.GetValue(to)!);
            var outDir = result.GetValue(outDirOption);
            if (outDir is null && files.Count > 1)
                throw new BibliographyException($"{files.Count} inputs were given: name a folder for their exports with --out" + (result.GetValue(output) is null ? "." : " (-o names one file)."));
            if (outDir is not null && result.GetValue(output) is not null)
                throw new BibliographyException("Give either -o FILE (one input) or --out DIR, not both.");
            if (result.GetValue(output) is { } path)
            {
                OutputGuard.EnsureNoInputOverwritten([files[0].Path], [path]);
                ReferenceFormats.ExportFile(Load(files[0].Path, result.InvocationConfiguration.Error, out var exitCode).Items, format.Name, path);
                return exitCode;
            }
            return CliBatch.RunOneOrMany(files, outDir, format.Extensions[0], file =>
            {
                var items = Load(file, result.InvocationConfiguration.Error, out var exitCode).Items;
                return new BatchOutput(ReferenceFormats.Export(items, format.Name), exitCode, Summary: $"{file}: {items.Count} items");
            }, stdout, result.InvocationConfiguration.Error, "exporting");
        });
        return command;
    }

    /// <summary>
    /// Loads an input of <c>format</c> or <c>export</c>: items that cannot be read are reported on
    /// <paramref name="stderr"/> as <c>import</c> reports them, and make the exit code 1 (a partial result kept).
    /// </summary>
    private static BibliographyDocument Load(string file, TextWriter stderr, out int exitCode)
    {
        var document = BibliographyPipeline.LoadDocument(file, out var skipped);
        // Inputs of a batch load in parallel; one lock keeps each report's lines whole.
        lock (stderr)
            foreach (var s in skipped) stderr.WriteLine($"{file}:{s.Line}: skipped: {s.Reason}");
        exitCode = skipped.Count > 0 ? CliApp.Warnings : CliApp.Success;
        return document;
    }

    /// <summary>The <c>--out DIR</c> option of the batch commands.</summary>
    public static Option<string?> OutDirOption(string description) => new("--out") { Description = description };

    /// <summary>Several inputs need a folder to write their outputs into.</summary>
    /// <exception cref="BibliographyException">More than one input and no folder.</exception>
    public static void RequireOutDir(IReadOnlyList<BatchInput> files, string? outDir)
    {
        if (outDir is null && files.Count > 1)
            throw new BibliographyException($"{files.Count} inputs were given: name a folder for their outputs with --out.");
    }

    private static Command ImportCommand(TextWriter stdout)
    {
        var input = new Argument<string>("file") { Description = "A CSL-JSON, RIS, BibTeX or BibLaTeX file." };
        var from = new Option<string?>("--from") { Description = "The file's format when its extension and content do not tell: " + string.Join(", ", ReferenceFormats.All.Select(f => f.Name)) + "." };
        var command = new Command("import", "Read a reference manager file and print the JSON document; entries that cannot be read are reported, the rest kept.") { input, from };
        command.SetAction(result =>
        {
            var imported = ReferenceFormats.ImportFile(result.GetValue(input)!, result.GetValue(from));
            stdout.WriteLine(CslJson.Serialize(imported.ToDocument()));
            foreach (var skipped in imported.Skipped)
                result.InvocationConfiguration.Error.WriteLine($"{result.GetValue(input)}:{skipped.Line}: skipped: {skipped.Reason}");
            return imported.HasErrors ? CliApp.Warnings : CliApp.Success;
        });
        return command;
    }

    /// <summary>The repeatable <c>--styles-dir</c> option shared by the commands that look styles up.</summary>
    public static Option<string[]> StylesDirOption() => new("--styles-dir")
    {
        Description = "A folder of CSL styles and locales searched before Zotero's and Debian's (repeatable; also BIBLIOGRAPHY_STYLES).",
        AllowMultipleArgumentsPerToken = false,
    };

    private static Command Styles(TextWriter stdout)
    {
        var filter = new Argument<string?>("filter") { Description = "Only styles whose id or title contains this.", Arity = ArgumentArity.ZeroOrOne };
        var dirs = StylesDirOption();
        var command = new Command("styles", "List the CSL styles available and where each comes from.") { filter, dirs };
        command.SetAction(result =>
        {
            StyleListing.Print(stdout, result.GetValue(dirs), result.GetValue(filter));
            return CliApp.Success;
        });
        return command;
    }

    private static Option<string> FormatOption(params string[] formats) => new Option<string>("--format", "-f")
    {
        Description = "Output format: " + string.Join(", ", formats) + ".",
        DefaultValueFactory = _ => formats[0],
        Arity = ArgumentArity.ExactlyOne,
    }.AcceptOnly(formats);

    private static Command Extract(TextWriter stdout)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Papers (text extracted from a PDF) or footnote lists: files or folders.", Arity = ArgumentArity.OneOrMore };
        var format = FormatOption("json");
        var output = new Option<string?>("--out", "-o") { Description = "Write one JSON document per input into this folder (needed for several inputs)." };
        var command = new Command("extract", "Read papers, parse every footnote and in-text reference, and write the normalised JSON document.") { inputs, format, output };
        command.SetAction(result =>
        {
            var files = BatchInputs.Expand(result.GetValue(inputs)!, BatchInputs.Papers);
            var outDir = result.GetValue(output);
            RequireOutDir(files, outDir);
            return CliBatch.RunOneOrMany(files, outDir, ".json", file =>
            {
                var document = BibliographyPipeline.ExtractFile(file).Document;
                return new BatchOutput(CslJson.Serialize(document) + "\n", Summary:
                    $"{file}: {document.Footnotes.Count} footnotes, {document.References.Count} in-text references, " +
                    $"{document.Citations.Sum(c => c.CitationItems.Count)} citations, {document.Items.Count} items, " +
                    $"{document.Diagnostics.Count} diagnostics");
            }, stdout, result.InvocationConfiguration.Error, "extracting");
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
