using System.CommandLine;
using Bibliography.CiteProc;
using Bibliography.Errors;
using Bibliography.Export;
using Bibliography.Files;
using Bibliography.Sources;

namespace Bibliography.Cli;

/// <summary>The <c>zotero</c> command: a paper's typed citations as Zotero citation fields in a new Word document.</summary>
internal static class ZoteroCommand
{
    public static Command Create(TextWriter stdout)
    {
        var input = new Argument<string>("paper") { Description = "A paper: plain text (.txt, its footnotes become real footnotes) or a Word document (.docx)." };
        var style = new Option<string>("--style", "-s") { Description = "The CSL style the citations are formatted in and Zotero keeps: id (chicago-fullnote-bibliography), file name or path.", Required = true };
        var locale = new Option<string?>("--locale", "-l") { Description = "A locale tag (ru-RU, az-AZ); default: the style's." };
        var output = new Option<string>("--output", "-o") { Description = "The .docx to write (the paper itself is never changed).", Required = true };
        var engine = new Option<string?>("--engine", "-e") { Description = "auto, jint (embedded) or node, as for format." };
        var command = new Command("zotero", "Write a copy of a paper whose citations are Zotero citation fields, formatted in a style, with a Zotero bibliography.") { input, style, locale, output, engine };
        command.SetAction(result =>
        {
            var paper = result.GetValue(input)!;
            var target = result.GetValue(output)!;
            OutputGuard.EnsureNoInputOverwritten([paper], [target]);
            var normalised = BibliographyPipeline.ExtractFile(paper);
            var head = new byte[8];
            int length;
            using (var file = File.OpenRead(paper)) length = file.Read(head);
            var isWord = DocxReader.IsWordFile(paper, head.AsSpan(0, length));
            using var host = CiteProcHosts.Create(CiteProcHosts.Parse(result.GetValue(engine)), LocaleResolver.Create([]));
            var formatter = new DocumentFormatter(new FormatOptions(result.GetValue(style)!, result.GetValue(locale)), host);
            var (formatted, bibliography) = formatter.FormatEach(normalised.Document);
            var (styleId, isNote, usedLocale) = formatter.Resolved;
            var documentOptions = new ZoteroDocumentOptions(styleId, usedLocale, isNote, formatted, bibliography);
            var report = isWord ? ZoteroDocxWriter.WriteFromDocx(normalised, documentOptions, target) : ZoteroDocxWriter.WriteFromText(normalised, documentOptions, target);
            stdout.WriteLine($"{target}: {report.CitationFields} Zotero citation fields ({report.CitationsInFields} citations of {normalised.Document.Items.Count} items) and a bibliography field.");
            foreach (var note in report.UnparsedNotes)
                result.InvocationConfiguration.Error.WriteLine($"{paper}: note {note} was not read as citations and is left as written.");
            return report.UnparsedNotes.Count > 0 ? CliApp.Warnings : CliApp.Success;
        });
        return command;
    }
}
