using System.IO.Packaging;
using System.Text;
using System.Xml;
using Bibliography.Errors;
using Bibliography.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bibliography.Sources;

/// <summary>
/// Reads a Word document (.docx) into a <see cref="SourceDocument"/>: its real footnotes and endnotes, and the
/// numeric in-text references (and numbered reference list) of its body.
/// </summary>
/// <remarks>
/// <para>Numbering follows Word: footnotes are numbered 1, 2, … in the order their references stand in the
/// body, and so are endnotes, separately. Because one document holds one note sequence, endnotes are numbered
/// on after the last footnote (a paper with only endnotes gets 1, 2, …). A note with a custom mark
/// (<c>w:customMarkFollows</c>, e.g. <c>*</c>) still takes the next number; its mark is dropped from the start
/// of its text and reported as a <see cref="DocxDiagnosticCodes.CustomMark"/> info diagnostic. Separator and
/// continuation notes are skipped, as are notes the body never references (Word does not show them).</para>
/// <para>A note's text is the text of all its paragraphs joined with one space: runs, hyperlinks, fields'
/// results and inserted revisions are read; deleted revisions and field instructions are not. Tabs and
/// breaks become spaces, a no-break hyphen a hyphen, a soft hyphen nothing, and a <c>w:sym</c> its character
/// (Symbol-font Greek mapped to Unicode, dingbat fonts dropped).</para>
/// <para>Positions: a .docx has no lines, so the document is read as if saved as plain text with one line
/// per paragraph and the notes after the body. Line N ≤ B (B body paragraphs, tables and text boxes
/// included, empty ones counted) is the N-th body paragraph, which is where in-text references are placed;
/// lines after B are the notes' paragraphs in number order (footnotes, then endnotes), so a footnote's line
/// is B plus the paragraphs of the notes before it plus one. A column counts UTF-16 code units of the
/// paragraph's text as read here; a body paragraph in an automatically numbered list starts with the number
/// Word draws (<c>3. </c>), so a reference list numbered by Word is found like a typed one.</para>
/// </remarks>
public static class DocxReader
{
    /// <summary>The zip local-file signature every .docx starts with.</summary>
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The OLE compound-file signature: an encrypted (password-protected) .docx or a legacy .doc.</summary>
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Symbol-font letters A–Z and a–z, in that order, as the Unicode Greek letters they show.</summary>
    private const string SymbolGreek = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖαβχδεφγηιϕκλμνοπθρστυϖωξψζ";

    /// <summary>True when the file should be read as a Word document: a .docx name, a zip package, or an OLE compound file.</summary>
    /// <remarks>Compound files are claimed too, so a password-protected document or a .doc gets a clear error instead of a text-decoding one.</remarks>
    public static bool IsWordFile(string path, ReadOnlySpan<byte> bytes) =>
        string.Equals(Path.GetExtension(path), ".docx", StringComparison.OrdinalIgnoreCase)
        || bytes.StartsWith(ZipSignature)
        || bytes.StartsWith(CompoundFileSignature);

    /// <summary>Reads the .docx whose content is <paramref name="bytes"/>; <paramref name="path"/> names it in results and errors.</summary>
    /// <exception cref="InputReadException">The file is password-protected or a legacy .doc, is not a readable .docx, or has no notes or references.</exception>
    public static SourceDocument Read(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(path);
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
            throw new InputReadException($"'{path}' is a password-protected Word document or a legacy .doc file (an OLE compound file), not a .docx: open it in Word and save it as a .docx without a password.", path);
        if (!bytes.AsSpan().StartsWith(ZipSignature))
            throw new InputReadException($"'{path}' is not a valid .docx: it is not a zip package (the file is damaged or is not a Word document).", path);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body
                ?? throw new InputReadException($"'{path}' is not a valid .docx: it has no main document body.", path);
            return new Reading(main!, body, path).Run();
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException
                                      or XmlException or IOException or InvalidOperationException or NotSupportedException)
        {
            // The SDK reports damage in many shapes (bad zip, missing parts, malformed XML); to the user they are one problem.
            throw new InputReadException($"'{path}' is not a valid .docx: the file is damaged or is not a Word document ({e.Message.ReplaceLineEndings(" ")}).", path, e);
        }
    }

    /// <summary>One read of one document: body paragraphs, then notes, then the body's references.</summary>
    private sealed class Reading
    {
        private readonly MainDocumentPart _main;
        private readonly Body _body;
        private readonly string _path;
        private readonly List<Diagnostic> _diagnostics = [];

        public Reading(MainDocumentPart main, Body body, string path)
        {
            _main = main;
            _body = body;
            _path = path;
        }

        public SourceDocument Run()
        {
            var paragraphs = Paragraphs(_body);
            var calls = NoteCalls(paragraphs);

            var footnotes = RealNotes(_main.FootnotesPart?.Footnotes?.Elements<Footnote>());
            var endnotes = RealNotes(_main.EndnotesPart?.Endnotes?.Elements<Endnote>());
            var notes = new List<SourceFootnote>();
            var nextLine = paragraphs.Count + 1;
            AddNotes(notes, calls.Where(c => !c.IsEndnote), footnotes, "footnote", ref nextLine);
            AddNotes(notes, calls.Where(c => c.IsEndnote), endnotes, "endnote", ref nextLine);

            // Each body paragraph is one line; automatic list numbers are drawn in, so a Word-numbered reference list reads as one.
            var numbering = new DocxListNumbering(_main);
            var source = SourceText.From(string.Join('\n', paragraphs.Select(p => numbering.Prefix(p) + Clean(TextOf(p)))));
            var excluded = new bool[source.Lines.Length];
            var entries = ReferenceListScanner.Read(source, excluded);
            var references = InTextReferenceScanner.Read(source, excluded, _path, _diagnostics);
            PaperReader.CheckReferences(references, entries, _path, _diagnostics);

            if (notes.Count == 0 && references.Count == 0)
                throw new InputReadException($"'{_path}' has no footnotes, endnotes or numeric in-text references such as [12, s.185-186] to read (only Word's own notes are read, not numbers typed as text).", _path);

            return new SourceDocument(_path, notes, references, entries.Count > 0, _diagnostics) { ReferenceEntries = entries };
        }

        /// <summary>Numbers the called notes in call order and reads them; reports calls of missing notes and notes never called.</summary>
        private void AddNotes(List<SourceFootnote> notes, IEnumerable<NoteCall> calls, Dictionary<long, OpenXmlElement> stored, string kind, ref int nextLine)
        {
            var called = new HashSet<long>();
            foreach (var call in calls)
            {
                if (!called.Add(call.Id)) continue;
                if (!stored.TryGetValue(call.Id, out var note))
                {
                    _diagnostics.Add(SourceDiagnostic.Warning(
                        SourceDiagnosticCodes.MarkerWithoutFootnote,
                        $"The body calls {kind} id {call.Id}, which the document does not hold; it is skipped.",
                        _path,
                        line: call.Paragraph));
                    continue;
                }
                var number = notes.Count + 1;
                var built = ReadNote(note, number, call.CustomMark, ref nextLine);
                notes.Add(built);
                if (call.CustomMark is { Length: > 0 } mark)
                {
                    _diagnostics.Add(SourceDiagnostic.Info(
                        DocxDiagnosticCodes.CustomMark,
                        $"The {kind} marked '{mark}' in the document (a custom mark) is numbered {number} by its place among the notes.",
                        _path,
                        line: built.Line,
                        footnote: number));
                }
            }
            foreach (var id in stored.Keys.Where(id => !called.Contains(id)))
            {
                _diagnostics.Add(SourceDiagnostic.Warning(
                    DocxDiagnosticCodes.UnreferencedNote,
                    $"The document holds {kind} id {id}, which nothing in the body calls, so Word does not show it; it is skipped.",
                    _path));
            }
        }

        /// <summary>Joins the note's paragraphs with one space, each piece mapped to the paragraph's line.</summary>
        private static SourceFootnote ReadNote(OpenXmlElement note, int number, string? customMark, ref int nextLine)
        {
            var text = new StringBuilder();
            var segments = new List<TextSegment>();
            var firstLine = nextLine;
            var firstColumn = 1;
            foreach (var paragraph in Paragraphs(note))
            {
                var line = nextLine++;
                var piece = Clean(TextOf(paragraph));
                var start = 0;
                var end = piece.Length;
                while (start < end && char.IsWhiteSpace(piece[start])) start++;
                while (end > start && char.IsWhiteSpace(piece[end - 1])) end--;
                if (text.Length == 0 && customMark is { Length: > 0 } && piece.AsSpan(start, end - start).StartsWith(customMark, StringComparison.Ordinal))
                {
                    // Word repeats a custom mark as plain text at the start of the note, where an automatic number has w:footnoteRef.
                    start += customMark.Length;
                    while (start < end && char.IsWhiteSpace(piece[start])) start++;
                }
                if (start >= end) continue;
                if (text.Length == 0)
                {
                    firstLine = line;
                    firstColumn = start + 1;
                }
                else text.Append(' ');
                segments.Add(new TextSegment(text.Length, line, start + 1));
                text.Append(piece, start, end - start);
            }
            return new SourceFootnote(number, text.ToString(), firstLine, firstColumn, segments);
        }

        /// <summary>Every footnote and endnote reference in the body, in document order, with its paragraph line and any custom mark.</summary>
        private static List<NoteCall> NoteCalls(List<Paragraph> paragraphs)
        {
            var calls = new List<NoteCall>();
            for (var i = 0; i < paragraphs.Count; i++)
            {
                foreach (var element in Own(paragraphs[i]))
                {
                    var (id, customMark, isEndnote) = element switch
                    {
                        FootnoteReference f => (f.Id?.Value, f.CustomMarkFollows?.Value == true, false),
                        EndnoteReference e => (e.Id?.Value, e.CustomMarkFollows?.Value == true, true),
                        _ => (null, false, false),
                    };
                    if (id is null) continue;
                    calls.Add(new NoteCall(id.Value, isEndnote, i + 1, customMark ? MarkAfter(element) : null));
                }
            }
            return calls;
        }

        /// <summary>A custom mark is the text that follows the reference in its run (or, failing that, the next run).</summary>
        private static string? MarkAfter(OpenXmlElement reference)
        {
            var mark = string.Concat(reference.ElementsAfter().OfType<Text>().Select(t => t.Text)).Trim();
            if (mark.Length == 0 && reference.Parent?.NextSibling<Run>() is { } next)
                mark = string.Concat(next.Elements<Text>().Select(t => t.Text)).Trim();
            return mark.Length > 0 ? mark : null;
        }

        /// <summary>The notes that carry text, by id: separators and continuation notices are layout, not notes.</summary>
        private static Dictionary<long, OpenXmlElement> RealNotes<T>(IEnumerable<T>? notes) where T : FootnoteEndnoteType
        {
            var result = new Dictionary<long, OpenXmlElement>();
            foreach (var note in notes ?? [])
            {
                if (note.Id?.Value is not { } id) continue;
                if (note.Type is { } type && type.Value != FootnoteEndnoteValues.Normal) continue;
                result.TryAdd(id, note);
            }
            return result;
        }
    }

    /// <summary>A place in the body that calls a note.</summary>
    private readonly record struct NoteCall(long Id, bool IsEndnote, int Paragraph, string? CustomMark);

    /// <summary>The paragraphs under <paramref name="root"/> in document order, text boxes included, alternate renderings not.</summary>
    private static List<Paragraph> Paragraphs(OpenXmlElement root)
    {
        var result = new List<Paragraph>();
        Collect(root);
        return result;

        void Collect(OpenXmlElement element)
        {
            foreach (var child in element.ChildElements)
            {
                if (Skipped(child)) continue;
                if (child is Paragraph p) result.Add(p);
                Collect(child);
            }
        }
    }

    /// <summary>The elements that belong to the paragraph itself: not to a nested (text-box) paragraph, a deletion or a fallback rendering.</summary>
    private static IEnumerable<OpenXmlElement> Own(Paragraph paragraph)
    {
        var stack = new Stack<OpenXmlElement>();
        for (var i = paragraph.ChildElements.Count - 1; i >= 0; i--) stack.Push(paragraph.ChildElements[i]);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (Skipped(element) || element is Paragraph) continue;
            yield return element;
            for (var i = element.ChildElements.Count - 1; i >= 0; i--) stack.Push(element.ChildElements[i]);
        }
    }

    /// <summary>
    /// Content a reader does not see: tracked deletions, the fallback copy of a drawing (its text box is read
    /// from the preferred copy), field instructions and formatting properties.
    /// </summary>
    private static bool Skipped(OpenXmlElement element) => element is DeletedRun or MoveFromRun or DeletedText
        or DeletedFieldCode or FieldCode or AlternateContentFallback or RunProperties or ParagraphProperties;

    /// <summary>The text a reader sees in the paragraph.</summary>
    private static string TextOf(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in Own(paragraph))
        {
            switch (element)
            {
                case Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn or PositionalTab:
                    sb.Append(' ');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                case SymbolChar sym:
                    AppendSymbol(sb, sym);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// A <c>w:sym</c> gives a font and a code, often in the private-use range F000–F0FF that maps a symbol
    /// font's byte; Symbol's letters are Greek, dingbat fonts draw pictures with no textual meaning.
    /// </summary>
    private static void AppendSymbol(StringBuilder sb, SymbolChar sym)
    {
        if (!int.TryParse(sym.Char?.Value, System.Globalization.NumberStyles.HexNumber, null, out var code) || code <= 0) return;
        if (code is >= 0xF000 and <= 0xF0FF) code -= 0xF000;
        var font = sym.Font?.Value ?? "";
        if (font.Contains("Wingdings", StringComparison.OrdinalIgnoreCase) || font.Contains("Webdings", StringComparison.OrdinalIgnoreCase)
            || font.Contains("Dingbats", StringComparison.OrdinalIgnoreCase)) return;
        if (font.Equals("Symbol", StringComparison.OrdinalIgnoreCase))
        {
            var mapped = code switch
            {
                >= 'A' and <= 'Z' => SymbolGreek[code - 'A'],
                >= 'a' and <= 'z' => SymbolGreek[26 + code - 'a'],
                0x2D => '−',
                0xB0 => '°',
                0xB1 => '±',
                0xB4 => '×',
                0xB7 => '•',
                0xB8 => '÷',
                < 0x80 => (char)code,
                _ => '\0',
            };
            if (mapped != '\0') sb.Append(mapped);
            return;
        }
        if (code <= 0xFFFF && !char.IsSurrogate((char)code)) sb.Append((char)code);
    }

    /// <summary>Keeps a paragraph on one line: stray line breaks and BOMs inside text would shift later positions.</summary>
    private static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAny('\n', '\r', '\uFEFF') < 0) return text;
        return text.Replace("\uFEFF", "").Replace('\r', ' ').Replace('\n', ' ');
    }
}
