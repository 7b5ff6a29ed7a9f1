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
        yield return Locales(stdout);
        yield return ExportCommand(stdout);
        yield return ImportCommand(stdout);
        yield return ZoteroCommand.Create(stdout);
    }

    private static Command FormatCommand(TextWriter stdout)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Papers (their footnotes become citation clusters in order), JSON documents or CSL-JSON items: files or folders.", Arity = ArgumentArity.OneOrMore };
        var style = new Option<string>("--style", "-s") { Description = "A CSL style: id (apa), file name or path.", Required = true };
        var locale = new Option<string?>("--locale", "-l") { Description = "A locale tag (ru-RU, az-AZ); default: the style's." };
        var mode = new Option<string>("--mode", "-m") { Description = "notes (citations in order), bibliography, or both (the notes, then the bibliography).", DefaultValueFactory = _ => "notes" };
        mode.AcceptOnlyFromAmong("notes", "bibliography", "both");
        var to = new Option<string>("--to", "-t") { Description = "text, html or rtf.", DefaultValueFactory = _ => "text" };
        to.AcceptOnlyFromAmong("text", "html", "rtf");
        var engine = new Option<string?>("--engine", "-e") { Description = "auto (the default: node when a node executable is found, it is many times faster; else jint), embedded or jint (Jint, in this process) or node; also BIBLIOGRAPHY_ENGINE. All give the same output." };
        var timeout = new Option<string?>("--timeout") { Description = $"Seconds one formatting job may run before it is stopped (default {CiteProcLimits.DefaultJobBudget.TotalSeconds:0}; also {CiteProcHosts.TimeoutVariable})." };
        var output = OutDirOption("Write one formatted file per input into this folder (needed for several inputs).");
        var dirs = StylesDirOption();
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Say on standard error which engine runs citeproc-js, and why, and when each step of the run ended (wall, CPU and JIT time)." };
        var group = new Option<bool>("--group-archives") { Description = "In the bibliography, list archival files first, under their archive, then the other entries (numeric styles keep their numbered list)." };
        var command = new Command("format", "Format documents' notes or bibliography in any CSL style and locale with citeproc-js.") { inputs, style, locale, mode, to, engine, timeout, output, dirs, verbose, group };
        command.SetAction(result =>
        {
            // Grouping lays out a bibliography; with the notes alone it would change nothing, silently.
            if (result.GetValue(group) && result.GetValue(mode) is "notes")
            {
                result.InvocationConfiguration.Error.WriteLine("bibliography: --group-archives lays out the bibliography: add --mode bibliography or --mode both; see 'bibliography format --help'.");
                return CliApp.Usage;
            }
            var files = ExpandInputs(result.GetValue(inputs)!, BatchInputs.Documents, result.InvocationConfiguration.Error);
            var outDir = result.GetValue(output);
            RequireOutDir(files, outDir);
            var options = new FormatOptions(
                result.GetValue(style)!,
                result.GetValue(locale),
                result.GetValue(mode) switch { "bibliography" => FormatMode.Bibliography, "both" => FormatMode.NotesAndBibliography, _ => FormatMode.Notes },
                Enum.Parse<CiteProcOutputFormat>(result.GetValue(to)!, ignoreCase: true),
                result.GetValue(dirs),
                result.GetValue(group));
            var requested = CiteProcHosts.Parse(result.GetValue(engine));
            if (result.GetValue(verbose))
            {
                result.InvocationConfiguration.Error.WriteLine(CiteProcHosts.Describe(requested));
                StartupTimeline.Start();
            }
            // The timeline is printed, and stopped, however the run ends: a failed run's marks say where it failed.
            try
            {
                // One host for the whole batch: it pools engines (Jint) or serialises on one process (Node).
                var locales = LocaleResolver.Create(result.GetValue(dirs) ?? []);
                StartupTimeline.Mark("locales read");
                using var host = CiteProcHosts.Create(requested, locales, budget: CiteProcHosts.ParseBudget(result.GetValue(timeout)));
                host.Prestart(); // citeproc-js loads on its own thread while the style is resolved and the input read
                var formatter = new DocumentFormatter(options, host); // the style is resolved once for the batch
                StartupTimeline.Mark("style resolved and adapted");
                var extension = options.Output switch { CiteProcOutputFormat.Html => ".html", CiteProcOutputFormat.Rtf => ".rtf", _ => ".txt" };
                var exit = CliBatch.RunOneOrMany(files, outDir, extension, file =>
                {
                    var document = Load(file, result.InvocationConfiguration.Error, out var exitCode);
                    StartupTimeline.Mark($"{file} read");
                    RequireItems(file, document, "format");
                    if (DocumentFormatter.ItemsWithoutData(document) is { Count: > 0 } empty)
                    {
                        lock (result.InvocationConfiguration.Error)
                            result.InvocationConfiguration.Error.WriteLine($"{file}: {empty.Count} of {document.Items.Count} items hold no data to print "
                                + $"({string.Join(", ", empty.Take(10).Select(i => i.Id))}{(empty.Count > 10 ? ", …" : "")}): numbered references whose list the paper lacks?");
                        exitCode = Math.Max(exitCode, CliApp.Warnings);
                    }
                    var formatted = formatter.Format(document);
                    StartupTimeline.Mark($"{file} formatted");
                    return new BatchOutput(formatted, exitCode, Summary: $"{file}: {document.Citations.Count} citations, {document.Items.Count} items formatted");
                }, stdout, result.InvocationConfiguration.Error, "formatting");
                StartupTimeline.Mark("output written");
                return exit;
            }
            finally
            {
                if (result.GetValue(verbose))
                    foreach (var line in StartupTimeline.Stop()) result.InvocationConfiguration.Error.WriteLine("timeline: " + line);
            }
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
            var files = ExpandInputs(result.GetValue(inputs)!, BatchInputs.Documents, result.InvocationConfiguration.Error);
            var format = ReferenceFormats.ByName(result.GetValue(to)!);
            var outDir = result.GetValue(outDirOption);
            if (outDir is null && files.Count > 1)
                throw new BibliographyException($"{files.Count} inputs were given: name a folder for their exports with --out" + (result.GetValue(output) is null ? "." : " (-o names one file)."));
            if (outDir is not null && result.GetValue(output) is not null)
                throw new BibliographyException("Give either -o FILE (one input) or --out DIR, not both.");
            if (result.GetValue(output) is { } path)
            {
                OutputGuard.EnsureNoInputOverwritten([files[0].Path], [path]);
                var document = Load(files[0].Path, result.InvocationConfiguration.Error, out var exitCode);
                RequireItems(files[0].Path, document, "export");
                ReferenceFormats.ExportFile(document.Items, format.Name, path);
                return exitCode;
            }
            return CliBatch.RunOneOrMany(files, outDir, format.Extensions[0], file =>
            {
                var document = Load(file, result.InvocationConfiguration.Error, out var exitCode);
                RequireItems(file, document, "export");
                var items = document.Items;
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

    /// <summary>The inputs named, folders expanded; each file a folder holds that the command does not read is named on
    /// <paramref name="stderr"/> in one line, so that no input is passed over in silence.</summary>
    public static IReadOnlyList<BatchInput> ExpandInputs(IEnumerable<string> paths, IReadOnlyList<string> extensions, TextWriter stderr)
    {
        var skipped = new List<SkippedInput>();
        // A path that does not exist is kept as an input of its own, so that it fails in its own line (and in SARIF's
        // notifications) while the others are still processed.
        var (present, missing) = (new List<string>(), new List<string>());
        foreach (var path in paths) (Bibliography.Files.FileStatus.Of(path).Kind == Bibliography.Files.FileKind.Missing ? missing : present).Add(path);
        var inputs = (present.Count > 0 || missing.Count == 0 ? BatchInputs.Expand(present, extensions, skipped) : [])
            .Concat(missing.Select(m => new BatchInput(m, BatchInputs.NameOfFile(m)))).ToList();
        foreach (var file in skipped)
            stderr.WriteLine($"{CliApp.Name}: skipped '{file.Path}': {file.Reason}.");
        return inputs;
    }

    /// <summary>An input with no items gives an empty output: it is refused in one line instead of written as an empty file.</summary>
    /// <exception cref="BibliographyException">The document has no items.</exception>
    private static void RequireItems(string file, BibliographyDocument document, string verb)
    {
        if (document.Items.Count > 0) return;
        var why = document.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.EmptyInput.Code || d.Code == DiagnosticCodes.NothingFound.Code) is { } d
            ? char.ToLowerInvariant(d.Message[0]) + d.Message[1..].TrimEnd('.') : "no citation was read from it";
        throw new BibliographyException($"nothing to {verb}: {why}. Nothing was written.", file);
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

    private static Command Locales(TextWriter stdout)
    {
        var dirs = StylesDirOption();
        var command = new Command("locales", "List the CSL locales --locale accepts and where each comes from.") { dirs };
        command.SetAction(result =>
        {
            var resolver = LocaleResolver.Create(result.GetValue(dirs) ?? []);
            var tags = resolver.Tags.Order(StringComparer.OrdinalIgnoreCase).ToList();
            var width = tags.Max(t => t.Length);
            foreach (var tag in tags) stdout.WriteLine($"{tag.PadRight(width)}  {resolver.OriginOf(tag)}");
            stdout.WriteLine();
            stdout.WriteLine($"{tags.Count} locales. A tag not listed is served by a listed locale of the same language, where there is one.");
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
        var inputs = new Argument<string[]>("inputs") { Description = "Papers or footnote lists (" + string.Join(", ", BatchInputs.Papers) + "; a .txt is a paper's text or one numbered footnote per line): files or folders.", Arity = ArgumentArity.OneOrMore };
        var format = FormatOption("json");
        var output = new Option<string?>("--out", "-o") { Description = "Write one JSON document per input into this folder (needed for several inputs)." };
        var command = new Command("extract", "Read papers, parse every footnote and in-text reference, and write the normalised JSON document.") { inputs, format, output };
        command.SetAction(result =>
        {
            var files = ExpandInputs(result.GetValue(inputs)!, BatchInputs.Papers, result.InvocationConfiguration.Error);
            var outDir = result.GetValue(output);
            RequireOutDir(files, outDir);
            return CliBatch.RunOneOrMany(files, outDir, ".json", file =>
            {
                var document = BibliographyPipeline.ExtractFile(file).Document;
                return new BatchOutput(writer => CslJson.Write(document, writer), summary:
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
