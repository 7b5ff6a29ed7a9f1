using System.Globalization;
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
/// of its text and reported as a <see cref="DiagnosticCodes.CustomMark"/> info diagnostic. Separator and
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
            DocxPackageLimits.CheckPackage(bytes);
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart
                ?? throw new InputReadException($"'{path}' is not a valid .docx: it is a zip archive without a Word document body (of zip-based files only .docx is read).", path);
            return new Reading(main, path).Run();
        }
        catch (DocxLimitException e)
        {
            var where = e.Part is null ? "" : $" in part '{e.Part}'";
            throw new InputReadException($"'{path}' is refused as a .docx{where}: {e.Message}.", path, e);
        }
        catch (XmlException e) when (XmlFaults.IsDtdRefused(e))
        {
            throw new InputReadException($"'{path}' is refused as a .docx: a part contains a DTD (<!DOCTYPE …>), which Word never writes and which is not allowed.", path, e);
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
        private readonly string _path;
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly List<EmbeddedCitation> _embedded = [];

        public Reading(MainDocumentPart main, string path)
        {
            _main = main;
            _path = path;
        }

        public SourceDocument Run()
        {
            var body = PartText.Read(_main, PartKind.Body);
            if (!body.HasBody)
                throw new InputReadException($"'{_path}' is not a valid .docx: it has no main document body.", _path);
            var calls = body.Calls;

            var footnotes = RealNotes(_main.FootnotesPart is { } fp ? PartText.Read(fp, PartKind.Notes) : null);
            var endnotes = RealNotes(_main.EndnotesPart is { } ep ? PartText.Read(ep, PartKind.Notes) : null);
            var notes = new List<SourceFootnote>();
            var nextLine = body.Paragraphs.Count + 1;
            AddNotes(notes, calls.Where(c => !c.IsEndnote), footnotes, "footnote", ref nextLine);
            AddNotes(notes, calls.Where(c => c.IsEndnote), endnotes, "endnote", ref nextLine);

            // Each body paragraph is one line; automatic list numbers are drawn in, so a Word-numbered reference list reads as one.
            var numbering = new DocxListNumbering(_main);
            var joined = new StringBuilder();
            for (var i = 0; i < body.Paragraphs.Count; i++)
            {
                if (i > 0) joined.Append('\n');
                var prefix = numbering.Prefix(body.Paragraphs[i].Numbering);
                joined.Append(prefix).Append(body.Paragraphs[i].Text);
                foreach (var field in body.Paragraphs[i].Fields)
                    AddEmbedded(field, 0, prefix.Length + field.Offset, i + 1, prefix.Length + field.Offset + 1);
            }
            body.Paragraphs.Clear();
            var source = SourceText.From(joined.ToString());
            joined.Clear();
            var excluded = new bool[source.Lines.Length];
            var entries = ReferenceListScanner.Read(source, excluded);
            var references = InTextReferenceScanner.Read(source, excluded, _path, _diagnostics);
            PaperReader.CheckReferences(references, entries, _path, _diagnostics);

            if (notes.Count == 0 && references.Count == 0 && _embedded.Count == 0)
                throw new InputReadException($"'{_path}' has no footnotes, endnotes or numeric in-text references such as [12, s.185-186] to read (only Word's own notes are read, not numbers typed as text).", _path);

            // The notes are read before the body, so the embedded citations come in note order, then the body's.
            return new SourceDocument(_path, notes, references, entries.Count > 0, _diagnostics) { ReferenceEntries = entries, EmbeddedCitations = _embedded };
        }

        /// <summary>Numbers the called notes in call order and reads them; reports calls of missing notes and notes never called.</summary>
        private void AddNotes(List<SourceFootnote> notes, IEnumerable<NoteCall> calls, Dictionary<long, ParagraphText[]> stored, string kind, ref int nextLine)
        {
            var called = new HashSet<long>();
            foreach (var call in calls)
            {
                if (!called.Add(call.Id)) continue;
                if (!stored.TryGetValue(call.Id, out var note))
                {
                    _diagnostics.Add(DiagnosticCodes.MarkerWithoutFootnote.Report($"The body calls {kind} id {call.Id}, which the document does not hold; it is skipped.",
                        _path,
                        line: call.Paragraph));
                    continue;
                }
                var number = notes.Count + 1;
                var built = ReadNote(note, number, call.CustomMark, ref nextLine);
                notes.Add(built);
                if (call.CustomMark is { Length: > 0 } mark)
                {
                    _diagnostics.Add(DiagnosticCodes.CustomMark.Report($"The {kind} marked '{mark}' in the document (a custom mark) is numbered {number} by its place among the notes.",
                        _path,
                        line: built.Line,
                        footnote: number));
                }
            }
            foreach (var id in stored.Keys.Where(id => !called.Contains(id)))
            {
                _diagnostics.Add(DiagnosticCodes.UnreferencedNote.Report($"The document holds {kind} id {id}, which nothing in the body calls, so Word does not show it; it is skipped.",
                    _path));
            }
        }

        /// <summary>Joins the note's paragraphs with one space, each piece mapped to the paragraph's line.</summary>
        private SourceFootnote ReadNote(ParagraphText[] paragraphs, int number, string? customMark, ref int nextLine)
        {
            var text = new StringBuilder();
            var segments = new List<TextSegment>();
            var firstLine = nextLine;
            var firstColumn = 1;
            foreach (var paragraph in paragraphs)
            {
                var line = nextLine++;
                var piece = paragraph.Text;
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
                if (start >= end)
                {
                    // A paragraph holding only a citation field has no text of its own, but the field is still read.
                    foreach (var field in paragraph.Fields) AddEmbedded(field, number, text.Length, line, field.Offset + 1);
                    continue;
                }
                if (text.Length == 0)
                {
                    firstLine = line;
                    firstColumn = start + 1;
                }
                else text.Append(' ');
                segments.Add(new TextSegment(text.Length, line, start + 1));
                foreach (var field in paragraph.Fields)
                    AddEmbedded(field, number, text.Length + Math.Clamp(field.Offset - start, 0, end - start), line, field.Offset + 1);
                text.Append(piece, start, end - start);
            }
            return new SourceFootnote(number, text.ToString(), firstLine, firstColumn, segments);
        }

        /// <summary>Records a citation field (or reports one whose data cannot be read; its text was kept in the paragraph).</summary>
        private void AddEmbedded(FieldMark field, int note, int offset, int line, int column)
        {
            var manager = field.Manager == "zotero" ? "Zotero" : "Mendeley";
            if (field.Json is null)
            {
                _diagnostics.Add(DiagnosticCodes.BadEmbeddedCitation.Report(
                    $"A {manager} citation field cannot be read ({field.Error}); its text '{field.Text}' is read as typed text instead.",
                    _path, line, column, note == 0 ? null : note));
                return;
            }
            _embedded.Add(new EmbeddedCitation(field.Manager, field.Json, note, offset, line, column, field.Text));
        }

        /// <summary>The notes that carry text, by id: separators and continuation notices are layout, not notes.</summary>
        private static Dictionary<long, ParagraphText[]> RealNotes(PartText? part)
        {
            var result = new Dictionary<long, ParagraphText[]>();
            foreach (var note in part?.Notes ?? [])
            {
                if (note.Id is not { } id || !note.IsNormal) continue;
                if (result.ContainsKey(id)) continue;
                result.Add(id, part!.Paragraphs.GetRange(note.FirstParagraph, note.EndParagraph - note.FirstParagraph).ToArray());
            }
            return result;
        }
    }

    /// <summary>A place in the body that calls a note.</summary>
    private readonly record struct NoteCall(long Id, bool IsEndnote, int Paragraph, string? CustomMark);

    /// <summary>A paragraph as read: the text a reader sees, on one line, and the list numbering it asks for.</summary>
    private sealed record ParagraphText(string Text, DocxListNumbering.ParagraphNumbering Numbering)
    {
        /// <summary>The reference manager's citation fields that start in this paragraph, at offsets of <see cref="Text"/>.</summary>
        public IReadOnlyList<FieldMark> Fields { get; init; } = [];
    }

    /// <summary>
    /// A reference manager's citation field as read: who wrote it, its JSON (null with <paramref name="Error"/> when
    /// it cannot be had), where it starts in its paragraph's text and its result (kept out of that text).
    /// </summary>
    private sealed record FieldMark(int Offset, string Manager, string? Json, string Text, string? Error);

    /// <summary>How a field is written: a complex field (<c>w:fldChar</c> begin…separate…end), a <c>w:fldSimple</c>, or a content control (<c>w:sdt</c>).</summary>
    private enum FieldKind { Complex, Simple, ContentControl }

    /// <summary>A field being read: its instruction so far, and where it started.</summary>
    private sealed class OpenField(FieldKind kind, int depth, object? paragraph, int offset)
    {
        public FieldKind Kind { get; } = kind;
        /// <summary>The depth of a w:fldSimple or w:sdt element (a complex field ends by its fldChar, not by depth).</summary>
        public int Depth { get; } = depth;
        /// <summary>The paragraph open where the field began (an OpenParagraph), or null outside any.</summary>
        public object? Paragraph { get; } = paragraph;
        public int Offset { get; } = offset;
        public StringBuilder Instruction { get; } = new();
        public bool InResult { get; set; }
        public string? Manager { get; set; }
        public string? Json { get; set; }
        public string? Error { get; set; }
        public StringBuilder Result { get; } = new();
    }

    /// <summary>The Mendeley Cite (v3) content-control tag prefix; base64 of the citation JSON follows it.</summary>
    private const string MendeleyV3Prefix = "MENDELEY_CITATION_v3_";

    /// <summary>
    /// The manager and JSON of a field instruction that is a citation: Zotero's <c>ADDIN ZOTERO_ITEM CSL_CITATION {json}</c>
    /// or Mendeley Desktop's <c>ADDIN CSL_CITATION {json}</c>; null for any other field.
    /// </summary>
    private static (string Manager, string Json)? CitationInstruction(string instruction)
    {
        var t = instruction.AsSpan().Trim();
        if (!t.StartsWith("ADDIN", StringComparison.Ordinal)) return null;
        var rest = t[5..].TrimStart();
        string manager;
        if (rest.StartsWith("ZOTERO_ITEM", StringComparison.Ordinal)) manager = "zotero";
        else if (rest.StartsWith("CSL_CITATION", StringComparison.Ordinal)) manager = "mendeley";
        else return null;
        var brace = rest.IndexOf('{');
        return (manager, brace < 0 ? "" : rest[brace..].ToString());
    }

    /// <summary>A footnote or endnote element of a notes part: its id, whether it is a real note, and its paragraphs' range.</summary>
    private readonly record struct NoteRange(long? Id, bool IsNormal, int FirstParagraph, int EndParagraph);

    /// <summary>What a part is read for: the body's paragraphs and note calls, or the notes' paragraphs.</summary>
    private enum PartKind { Body, Notes }

    /// <summary>
    /// One streaming pass over a part (no XML tree is built, so memory follows the text, not the markup): its
    /// paragraphs in document order, text boxes included and each after the paragraph holding it, and, in the
    /// body, the note calls in the order the paragraphs and their content stand.
    /// </summary>
    /// <remarks>
    /// <para>A paragraph's text is its own content: not that of a paragraph nested in it (a text box, read as a
    /// paragraph of its own), nor anything under a <see cref="Skipped"/> element. Every element is visited once,
    /// so the cost is linear in the part's size however many runs a paragraph has.</para>
    /// <para>A custom mark is the text that follows the note reference in its run, up to the next note reference
    /// (or, when there is none, the text of the next run).</para>
    /// </remarks>
    private sealed class PartText
    {
        public List<ParagraphText> Paragraphs { get; } = [];
        public List<NoteCall> Calls { get; private set; } = [];
        public List<NoteRange> Notes { get; } = [];
        public bool HasBody { get; private set; }

        /// <summary>An open paragraph: its slot in <see cref="Paragraphs"/>, its text so far and its own numbering properties.</summary>
        private sealed class OpenParagraph(int index, int depth)
        {
            public int Index { get; } = index;
            public int Depth { get; } = depth;
            public StringBuilder Text { get; } = new();
            public int? NumId { get; set; }
            public int? Level { get; set; }
            public string? StyleId { get; set; }
            public bool PropertiesSeen { get; set; }
            /// <summary>How many <c>w:numPr</c> the w:pPr has shown so far; only the first counts, as in Word.</summary>
            public int NumberingElements { get; set; }
            /// <summary>The citation fields that began in this paragraph.</summary>
            public List<FieldMark> Fields { get; } = [];
        }

        /// <summary>A custom mark being gathered for the call at <see cref="Call"/>.</summary>
        private sealed class MarkCollector(int call, int parentDepth)
        {
            public int Call { get; } = call;
            /// <summary>Depth of the element holding the reference (its run).</summary>
            public int ParentDepth { get; } = parentDepth;
            /// <summary>0: texts after the reference in its run; 1: waiting for the next run; 2: texts of that run.</summary>
            public int Stage { get; set; }
            public StringBuilder Text { get; } = new();
        }

        public static PartText Read(OpenXmlPart part, PartKind kind)
        {
            var result = new PartText();
            result.Walk(part, kind);
            return result;
        }

        private void Walk(OpenXmlPart part, PartKind kind)
        {
            var open = new List<OpenParagraph>();
            var marks = new List<MarkCollector>();
            var calls = new List<(NoteCall Call, int Order)>();
            // The part's content container: w:body under w:document, or a w:footnote/w:endnote under the notes root.
            var containerDepth = -1;
            var skipDepth = -1;
            OpenParagraph? properties = null; // the paragraph whose own w:pPr is being read
            var propertiesDepth = -1;
            long? noteId = null;
            var noteNormal = true;
            var noteFirst = 0;
            var fields = new List<OpenField>();

            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                var depth = reader.Depth;
                if (reader.IsStartElement)
                {
                    DocxPackageLimits.CheckDepth(reader, part);
                    var type = reader.ElementType;
                    if (skipDepth >= 0)
                    {
                        if (properties is not null) ReadProperty(reader, type, depth - propertiesDepth, properties);
                        continue;
                    }
                    if (containerDepth < 0)
                    {
                        if (depth == 1 && kind == PartKind.Body && type == typeof(Body) && !HasBody)
                        {
                            containerDepth = 1;
                            HasBody = true;
                        }
                        else if (depth == 1 && kind == PartKind.Notes && (type == typeof(Footnote) || type == typeof(Endnote)))
                        {
                            containerDepth = 1;
                            noteId = ParseLong(WordAttribute(reader, "id"));
                            var noteType = WordAttribute(reader, "type");
                            noteNormal = noteType is null || noteType == "normal";
                            noteFirst = Paragraphs.Count;
                        }
                        continue;
                    }
                    if (marks.Count > 0) MarkStart(marks, calls, type, depth);
                    if (type == typeof(FieldCode) && fields.Count > 0 && fields[^1].Kind == FieldKind.Complex && !fields[^1].InResult)
                        fields[^1].Instruction.Append(reader.GetText());
                    else if (type == typeof(FieldChar)) FieldCharacter(fields, WordAttribute(reader, "fldCharType"), open);
                    else if (type == typeof(SimpleField))
                    {
                        var field = Begin(fields, FieldKind.Simple, depth, open);
                        field.InResult = true;
                        Recognise(field, WordAttribute(reader, "instr") ?? "");
                    }
                    else if (type == typeof(SdtRun) || type == typeof(SdtBlock)) Begin(fields, FieldKind.ContentControl, depth, open);
                    else if (type == typeof(Tag) && fields.Count > 0 && fields[^1].Kind == FieldKind.ContentControl && fields[^1].Manager is null)
                        RecogniseTag(fields[^1], WordAttribute(reader, "val"));
                    if (Skipped(type))
                    {
                        skipDepth = depth;
                        if (type == typeof(ParagraphProperties) && open.Count > 0 && open[^1].Depth == depth - 1 && !open[^1].PropertiesSeen)
                        {
                            properties = open[^1];
                            properties.PropertiesSeen = true;
                            propertiesDepth = depth;
                        }
                        continue;
                    }
                    if (type == typeof(Paragraph))
                    {
                        open.Add(new OpenParagraph(Paragraphs.Count, depth));
                        Paragraphs.Add(null!);
                        continue;
                    }
                    if (open.Count == 0) continue;
                    // A citation field's result is the manager's formatting of data the field carries: kept out of the text parsed.
                    var text = CitationSink(fields) ?? open[^1].Text;
                    if (type == typeof(Text))
                    {
                        var value = reader.GetText();
                        text.Append(value);
                        if (marks.Count > 0) MarkText(marks, value, depth);
                    }
                    else if (type == typeof(TabChar) || type == typeof(Break) || type == typeof(CarriageReturn) || type == typeof(PositionalTab)) text.Append(' ');
                    else if (type == typeof(NoBreakHyphen)) text.Append('-');
                    else if (type == typeof(SymbolChar)) AppendSymbol(text, WordAttribute(reader, "font"), WordAttribute(reader, "char"));
                    else if (kind == PartKind.Body && (type == typeof(FootnoteReference) || type == typeof(EndnoteReference)))
                    {
                        if (ParseLong(WordAttribute(reader, "id")) is not { } id) continue;
                        calls.Add((new NoteCall(id, type == typeof(EndnoteReference), open[^1].Index + 1, null), calls.Count));
                        if (IsOn(WordAttribute(reader, "customMarkFollows"))) marks.Add(new MarkCollector(calls.Count - 1, depth - 1));
                    }
                }
                else if (reader.IsEndElement)
                {
                    if (skipDepth >= 0)
                    {
                        if (depth != skipDepth) continue;
                        skipDepth = -1;
                        properties = null;
                    }
                    if (marks.Count > 0) MarkEnd(marks, calls, depth);
                    if (fields.Count > 0 && fields[^1].Kind != FieldKind.Complex && fields[^1].Depth == depth) End(fields);
                    if (open.Count > 0 && open[^1].Depth == depth)
                    {
                        var paragraph = open[^1];
                        open.RemoveAt(open.Count - 1);
                        Paragraphs[paragraph.Index] = new ParagraphText(Clean(paragraph.Text.ToString()),
                            new DocxListNumbering.ParagraphNumbering(paragraph.NumId, paragraph.Level, paragraph.StyleId))
                        { Fields = paragraph.Fields };
                    }
                    else if (depth == containerDepth)
                    {
                        containerDepth = -1;
                        if (kind == PartKind.Notes) Notes.Add(new NoteRange(noteId, noteNormal, noteFirst, Paragraphs.Count));
                    }
                }
            }
            // In the body the calls are taken paragraph by paragraph: a call in a text box follows every call of the paragraph holding it.
            Calls = calls.OrderBy(c => c.Call.Paragraph).ThenBy(c => c.Order).Select(c => c.Call).ToList();
        }

        /// <summary>Opens a field where the text now stands.</summary>
        private static OpenField Begin(List<OpenField> fields, FieldKind kind, int depth, List<OpenParagraph> open)
        {
            var paragraph = open.Count > 0 ? open[^1] : null;
            var field = new OpenField(kind, depth, paragraph, paragraph?.Text.Length ?? 0);
            fields.Add(field);
            return field;
        }

        /// <summary>A complex field's begin, separate or end mark; an end with no begin (damaged markup) is ignored.</summary>
        private void FieldCharacter(List<OpenField> fields, string? kind, List<OpenParagraph> open)
        {
            if (kind == "begin") Begin(fields, FieldKind.Complex, -1, open);
            else if (fields.Count == 0 || fields[^1].Kind != FieldKind.Complex) return;
            else if (kind == "separate" && !fields[^1].InResult)
            {
                fields[^1].InResult = true;
                Recognise(fields[^1], fields[^1].Instruction.ToString());
            }
            else if (kind == "end")
            {
                if (!fields[^1].InResult) Recognise(fields[^1], fields[^1].Instruction.ToString());
                End(fields);
            }
        }

        private static void Recognise(OpenField field, string instruction)
        {
            if (CitationInstruction(instruction) is not { } citation) return;
            field.Manager = citation.Manager;
            field.Json = citation.Json;
            if (citation.Json.Length == 0) field.Error = "its instruction has no JSON after ADDIN … CSL_CITATION";
        }

        /// <summary>A Mendeley Cite content control: its tag is <c>MENDELEY_CITATION_v3_</c> and the citation JSON in base64.</summary>
        private static void RecogniseTag(OpenField field, string? tag)
        {
            if (tag is null || !tag.StartsWith(MendeleyV3Prefix, StringComparison.Ordinal)) return;
            field.Manager = "mendeley-v3";
            field.InResult = true;
            try { field.Json = Encoding.UTF8.GetString(Convert.FromBase64String(tag[MendeleyV3Prefix.Length..])); }
            catch (FormatException) { field.Error = "its tag is not valid base64 after MENDELEY_CITATION_v3_"; }
        }

        /// <summary>Where text goes now: the result of the innermost citation field being read, or null for the paragraph.</summary>
        private static StringBuilder? CitationSink(List<OpenField> fields)
        {
            for (var i = fields.Count - 1; i >= 0; i--)
                if (fields[i].Manager is not null && fields[i].InResult) return fields[i].Result;
            return null;
        }

        /// <summary>Closes the innermost field; a citation is recorded on the paragraph it began in.</summary>
        private void End(List<OpenField> fields)
        {
            var field = fields[^1];
            fields.RemoveAt(fields.Count - 1);
            if (field.Manager is null || field.Paragraph is not OpenParagraph paragraph) return;
            if (field.Error is null)
            {
                try
                {
                    if (Newtonsoft.Json.Linq.JToken.Parse(field.Json!) is not Newtonsoft.Json.Linq.JObject { } citation
                        || citation["citationItems"] is not Newtonsoft.Json.Linq.JArray { Count: > 0 })
                        field.Error = "its JSON has no citationItems";
                }
                catch (Newtonsoft.Json.JsonException e) { field.Error = "its JSON cannot be read: " + e.Message.ReplaceLineEndings(" "); }
            }
            // A field whose data cannot be had keeps its text in the paragraph, to be parsed like typed text.
            if (field.Error is not null && Paragraphs[paragraph.Index] is null)
                paragraph.Text.Insert(Math.Min(field.Offset, paragraph.Text.Length), field.Result.ToString());
            var mark = new FieldMark(field.Offset, field.Manager, field.Error is null ? field.Json : null, Clean(field.Result.ToString()), field.Error);
            // A field running past its paragraph's end (damaged or odd markup) is recorded on the paragraph already closed.
            if (Paragraphs[paragraph.Index] is { } closed) Paragraphs[paragraph.Index] = closed with { Fields = [.. closed.Fields, mark] };
            else paragraph.Fields.Add(mark);
        }

        /// <summary>Reads the paragraph's own style and list (<c>w:pStyle</c>, <c>w:numPr</c>) from its <c>w:pPr</c>; <paramref name="level"/> counts from the w:pPr.</summary>
        private static void ReadProperty(OpenXmlReader reader, Type type, int level, OpenParagraph paragraph)
        {
            if (level == 1 && type == typeof(ParagraphStyleId)) paragraph.StyleId ??= WordAttribute(reader, "val");
            else if (level == 1 && type == typeof(NumberingProperties)) paragraph.NumberingElements++;
            else if (level == 2 && paragraph.NumberingElements == 1 && type == typeof(NumberingId)) paragraph.NumId ??= ParseInt(WordAttribute(reader, "val"));
            else if (level == 2 && paragraph.NumberingElements == 1 && type == typeof(NumberingLevelReference)) paragraph.Level ??= ParseInt(WordAttribute(reader, "val"));
        }

        private static void MarkStart(List<MarkCollector> marks, List<(NoteCall Call, int Order)> calls, Type type, int depth)
        {
            for (var i = marks.Count - 1; i >= 0; i--)
            {
                var mark = marks[i];
                // The next reference in the run ends this one's mark, so many references in one run cost no more than
                // their texts (a run holding both has no room for a mark of its own anyway).
                if (mark.Stage == 0 && depth == mark.ParentDepth + 1 && (type == typeof(FootnoteReference) || type == typeof(EndnoteReference)))
                {
                    Finish(mark, calls, last: true);
                    marks.RemoveAt(i);
                }
                else if (mark.Stage == 1 && depth == mark.ParentDepth && type == typeof(Run)) mark.Stage = 2;
            }
        }

        private static void MarkText(List<MarkCollector> marks, string value, int depth)
        {
            foreach (var mark in marks)
                if (mark.Stage != 1 && depth == mark.ParentDepth + 1) mark.Text.Append(value);
        }

        private static void MarkEnd(List<MarkCollector> marks, List<(NoteCall Call, int Order)> calls, int depth)
        {
            for (var i = marks.Count - 1; i >= 0; i--)
            {
                var mark = marks[i];
                bool done;
                if (mark.Stage == 0 && depth == mark.ParentDepth) done = Finish(mark, calls, last: false);
                else if (mark.Stage == 2 && depth == mark.ParentDepth) done = Finish(mark, calls, last: true);
                else done = mark.Stage == 1 && depth < mark.ParentDepth;
                if (done) marks.RemoveAt(i);
            }
        }

        /// <summary>Gives the call its mark if one was gathered; a mark still empty after its own run looks on to the next run.</summary>
        private static bool Finish(MarkCollector mark, List<(NoteCall Call, int Order)> calls, bool last)
        {
            var text = mark.Text.ToString().Trim();
            if (text.Length > 0)
            {
                var (call, order) = calls[mark.Call];
                calls[mark.Call] = (call with { CustomMark = text }, order);
                return true;
            }
            mark.Stage = 1;
            return last;
        }
    }

    /// <summary>The value of the WordprocessingML attribute <paramref name="localName"/> of the element the reader stands on.</summary>
    internal static string? WordAttribute(OpenXmlReader reader, string localName)
    {
        foreach (var attribute in reader.Attributes)
            if (attribute.LocalName == localName && attribute.NamespaceUri == WordNamespace) return attribute.Value;
        return null;
    }

    /// <summary>The WordprocessingML namespace, in which every attribute read here stands (strict documents are translated to it by the SDK).</summary>
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    internal static long? ParseLong(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    internal static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>An ST_OnOff value: true, on or 1.</summary>
    private static bool IsOn(string? value) => value is "true" or "on" or "1";

    /// <summary>
    /// Content a reader does not see: tracked deletions, the fallback copy of a drawing (its text box is read
    /// from the preferred copy), field instructions and formatting properties.
    /// </summary>
    private static bool Skipped(Type type) => type == typeof(DeletedRun) || type == typeof(MoveFromRun) || type == typeof(DeletedText)
        || type == typeof(DeletedFieldCode) || type == typeof(FieldCode) || type == typeof(AlternateContentFallback)
        || type == typeof(RunProperties) || type == typeof(ParagraphProperties);

    /// <summary>
    /// A <c>w:sym</c> gives a font and a code, often in the private-use range F000–F0FF that maps a symbol
    /// font's byte; Symbol's letters are Greek, dingbat fonts draw pictures with no textual meaning.
    /// </summary>
    private static void AppendSymbol(StringBuilder sb, string? font, string? character)
    {
        if (!int.TryParse(character, NumberStyles.HexNumber, null, out var code) || code <= 0) return;
        if (code is >= 0xF000 and <= 0xF0FF) code -= 0xF000;
        font ??= "";
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
