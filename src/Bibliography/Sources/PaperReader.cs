using Bibliography.Errors;
using Bibliography.Files;
using Bibliography.Model;

namespace Bibliography.Sources;

/// <summary>
/// Reads a source's text into a <see cref="SourceDocument"/>: its footnotes, numeric in-text references and
/// numbered reference list.
/// </summary>
/// <remarks>
/// <para>Input kinds, tried in this order after CRLF/CR are turned into LF and a BOM is dropped:</para>
/// <list type="number">
/// <item>A footnote list: the first non-blank line is <c>1 text</c>; each line starting with the next
/// number begins the next footnote, any other line continues the previous one.</item>
/// <item>Otherwise a paper. A reference list is a heading (<c>Ədəbiyyat</c>, <c>Литература</c>,
/// <c>References</c>…) followed by entries <c>1. …</c>. Footnotes are PDF-extracted: markers are numbers
/// alone on a body line, definitions stand in blocks below a whitespace-only separator line on each page.
/// In-text references are <c>[N]</c>, <c>[N, locators]</c>, lists <c>[3; 5, s.7]</c> and ranges
/// <c>[3-5]</c>, one <see cref="SourceReference"/> per cited number.</item>
/// <item>Anything else (one citation, free text) gives no footnotes and no references.</item>
/// </list>
/// <para>Lines and columns are 1-based; a column counts UTF-16 code units of the normalised line.
/// Reading is linear in the size of the text. Problems such as a marker without a footnote are
/// diagnostics (codes in <see cref="DiagnosticCodes"/>), never exceptions.</para>
/// </remarks>
public static class PaperReader
{
    /// <summary>Detects what kind of text <paramref name="text"/> is and reads it; <paramref name="path"/> is only recorded.</summary>
    public static SourceDocument Read(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = SourceText.From(text);

        var list = FootnoteScanner.TryReadFootnoteList(source);
        if (list is not null) return new SourceDocument(path, list, [], false, []);

        var diagnostics = new List<Diagnostic>();
        var excluded = new bool[source.Lines.Length];
        var entries = ReferenceListScanner.Read(source, excluded);
        var footnotes = FootnoteScanner.ReadPaper(source, excluded, path, diagnostics);
        var references = InTextReferenceScanner.Read(source, excluded, path, diagnostics);
        CheckReferences(references, entries, path, diagnostics);
        var empty = source.Lines.FirstOrDefault(l => !SourceText.IsBlank(l)) is null;
        if (empty)
        {
            // An empty file is most often a failed export or the wrong file: say so rather than report a clean paper.
            diagnostics.Add(DiagnosticCodes.EmptyInput.Report("The input is empty (no text, or white space only); nothing was read.", path));
        }
        else if (footnotes.Count == 0 && references.Count == 0 && entries.Count == 0 && diagnostics.Count == 0)
        {
            // Without this the caller would get an empty document and no hint that the whole text was passed over.
            diagnostics.Add(DiagnosticCodes.NothingFound.Report("No footnotes, numeric in-text references or numbered reference list were found, so nothing was read. "
                + "A footnote list has one footnote per line, starting with its number ('1 …', '1. …' or '1) …'); a paper has footnotes below a blank line on each page.",
                path,
                line: 1,
                column: 1));
        }

        return new SourceDocument(path, footnotes, references, entries.Count > 0, diagnostics)
        {
            ReferenceEntries = entries,
        };
    }

    /// <summary>
    /// Reads a file: UTF-8 with or without BOM, UTF-16/UTF-32 with a BOM, a PDF (by name or <c>%PDF-</c> header, see
    /// <see cref="PdfReader"/>) or a Word .docx (by name or zip signature, see <see cref="DocxReader"/>). Only regular files are opened; text is read up to <see cref="InputFile.MaxTextBytes"/>.
    /// </summary>
    /// <exception cref="InputReadException">The file is missing, not a regular file, too large, unreadable, not text in a supported encoding, or not a readable .docx.</exception>
    /// <exception cref="PdfReadException">The file is a PDF that cannot be read: a scan, encrypted, damaged or too large.</exception>
    public static SourceDocument ReadFile(string path)
    {
        // A .docx is compressed and its parts have limits of their own, but its file can be no larger than all of them
        // inflated; anything else is text, bounded here.
        var docx = string.Equals(Path.GetExtension(path), ".docx", StringComparison.OrdinalIgnoreCase);
        var pdf = string.Equals(Path.GetExtension(path), ".pdf", StringComparison.OrdinalIgnoreCase);
        var bytes = InputFile.ReadAllBytes(path, docx ? DocxPackageLimits.MaxPackageBytes : pdf ? PdfLimits.MaxFileBytes : InputFile.MaxTextBytes);
        if (PdfReader.IsPdfFile(path, bytes)) return PdfReader.Read(bytes, path);
        if (DocxReader.IsWordFile(path, bytes)) return DocxReader.Read(bytes, path);
        return Read(TextDecoder.Decode(bytes, path), path);
    }

    /// <summary>Takes each string as one footnote, numbered from 1 in order; footnote i+1 is placed at line i+1.</summary>
    /// <remarks>Line breaks inside a string are joined as in a paper; a column counts from the start of its string.</remarks>
    public static SourceDocument ReadFootnotes(IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(footnotes);
        var notes = new List<SourceFootnote>(footnotes.Count);
        for (var i = 0; i < footnotes.Count; i++)
        {
            var text = SourceText.Normalise(footnotes[i] ?? "");
            if (IsOnePiece(text))
            {
                // What the builder below makes of it, without a builder per footnote: most footnotes handed in as
                // strings are one trimmed line, and the builder's buffers were a tenth of a document's allocation.
                notes.Add(new SourceFootnote(i + 1, text, i + 1, 1, new[] { new TextSegment(0, i + 1, 1) }));
                continue;
            }
            var builder = new NoteBuilder(i + 1, i + 1, 1);
            var lineStart = 0;
            while (lineStart <= text.Length)
            {
                var lineEnd = text.IndexOf('\n', lineStart);
                if (lineEnd < 0) lineEnd = text.Length;
                // Each piece keeps its offset within the whole string as its column, on the footnote's own line.
                builder.Append(text, i + 1, lineStart, lineEnd);
                lineStart = lineEnd + 1;
            }
            notes.Add(builder.Build());
        }
        return new SourceDocument(null, notes, [], false, []);
    }

    // A footnote the builder would keep whole: one line, nothing to trim at either end.
    private static bool IsOnePiece(string text) =>
        text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) && !text.Contains('\n');

    /// <summary>Warns about in-text references without a list to resolve them, numbers the list lacks, and entries never cited.</summary>
    internal static void CheckReferences(List<SourceReference> references, List<SourceFootnote> entries, string? path, List<Diagnostic> diagnostics)
    {
        if (references.Count == 0) return;
        if (entries.Count == 0)
        {
            diagnostics.Add(DiagnosticCodes.NoReferenceList.Report($"The text has {references.Count} numeric in-text reference(s) but no numbered reference list (a heading such as 'Ədəbiyyat' or 'Литература' followed by '1. …'); they cannot be resolved.",
                path,
                line: references[0].Line,
                column: references[0].Column));
            return;
        }
        var numbers = entries.Select(e => e.Number).ToHashSet();
        var reported = new HashSet<int>();
        foreach (var r in references.Where(r => !numbers.Contains(r.Number) && reported.Add(r.Number)))
        {
            diagnostics.Add(DiagnosticCodes.ReferenceNotInList.Report($"In-text reference {r.Text} cites {r.Number}, but the reference list has entries 1–{entries.Count}.",
                path,
                line: r.Line,
                column: r.Column));
        }
        var cited = references.Select(r => r.Number).ToHashSet();
        foreach (var e in entries.Where(e => !cited.Contains(e.Number)))
        {
            diagnostics.Add(DiagnosticCodes.UncitedReferenceEntry.Report($"Reference-list entry {e.Number} is never cited in the text.",
                path,
                line: e.Line,
                column: e.Column));
        }
    }
}
