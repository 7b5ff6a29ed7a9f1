using System.Security.Cryptography;
using System.Text;
using Bibliography.Files;
using Bibliography.Model;
using Bibliography.Normalisation;
using Bibliography.Sources;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using DocumentFormat.OpenXml.Wordprocessing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.Export;

/// <summary>The style and formatted text a Zotero document is written with.</summary>
/// <param name="StyleId">The CSL style's id URI (<c>http://www.zotero.org/styles/…</c>), as Zotero stores it.</param>
/// <param name="Locale">The locale tag, or null for the style's.</param>
/// <param name="IsNoteStyle">Whether the style is a note style (Zotero then keeps citations in footnotes).</param>
/// <param name="Formatted">Each citation of the document formatted in the style, in the document's citation order.</param>
/// <param name="Bibliography">The bibliography formatted in the style (entries one per line), or null when the style has none.</param>
public sealed record ZoteroDocumentOptions(string StyleId, string? Locale, bool IsNoteStyle, IReadOnlyList<string> Formatted, string? Bibliography);

/// <summary>What writing a Zotero document did: fields written and notes left as they were.</summary>
/// <param name="CitationFields">How many citation fields were written.</param>
/// <param name="CitationsInFields">How many citations (items cited) the fields hold.</param>
/// <param name="UnparsedNotes">Notes with text that no citation was read from, left as written (their numbers).</param>
public sealed record ZoteroWriteReport(int CitationFields, int CitationsInFields, IReadOnlyList<int> UnparsedNotes);

/// <summary>
/// Writes a paper as a Word document Zotero's word-processor plugin manages: every parsed citation of a note, and
/// every numeric in-text reference, becomes a Zotero citation field (<c>ADDIN ZOTERO_ITEM CSL_CITATION {json}</c>,
/// the citation's CSL-JSON with each item's full data) whose result is the citation in the chosen style; a
/// bibliography field follows, and the document preferences are stored as Zotero stores them, so Zotero opens the
/// document as its own and can refresh it or change its style.
/// </summary>
/// <remarks>
/// The field and preference formats follow Zotero's own code: the citation JSON and the document data are those
/// of <c>chrome/content/zotero/xpcom/integration.js</c> in zotero/zotero (<c>Zotero.Integration.DocumentData.prototype.serialize</c>:
/// <c>&lt;data data-version="3" …&gt;&lt;session id/&gt;&lt;style id locale hasBibliography bibliographyStyleHasBeenSet/&gt;&lt;prefs&gt;…&lt;/prefs&gt;&lt;/data&gt;</c>,
/// falsy prefs left out), and the Word plugin (zotero/zotero-word-for-windows-integration,
/// <c>build/zoteroWinWordIntegration/document.cpp</c> <c>setProperty</c>) stores that string in custom document
/// properties <c>ZOTERO_PREF_1</c>, <c>ZOTERO_PREF_2</c>… of at most 255 characters each, and writes field codes as
/// <c> ADDIN ZOTERO_…</c> (<c>field.cpp</c>, <c>FIELD_PREFIXES</c>).
/// </remarks>
public static class ZoteroDocxWriter
{
    /// <summary>The csl-citation schema URL Zotero writes in every citation.</summary>
    public const string CitationSchema = "https://github.com/citation-style-language/schema/raw/master/csl-citation.json";

    /// <summary>The bibliography field's code as Zotero writes a new bibliography.</summary>
    public const string BibliographyCode = "ADDIN ZOTERO_BIBL {\"uncited\":[],\"omitted\":[],\"custom\":[]} CSL_BIBLIOGRAPHY";

    /// <summary>Zotero's document data version (integration.js <c>DATA_VERSION</c>).</summary>
    private const int DataVersion = 3;

    /// <summary>The Zotero version written in the document data; Zotero reads older data as version 2.0 and upgrades it.</summary>
    private const string ZoteroVersion = "7.0";

    /// <summary>The Word plugin's custom property chunk length (<c>MAX_PROPERTY_LENGTH</c>).</summary>
    private const int MaxPropertyLength = 255;

    /// <summary>Zotero's note type for footnotes (<c>Zotero.Integration.NOTE_FOOTNOTE</c>).</summary>
    private const int NoteFootnote = 1;

    /// <summary>Writes the paper <paramref name="normalised"/> was read from (plain text) as a new .docx at <paramref name="output"/>, atomically.</summary>
    /// <exception cref="Errors.InputReadException">The paper cannot be read again.</exception>
    public static ZoteroWriteReport WriteFromText(NormalisedSource normalised, ZoteroDocumentOptions options, string output)
    {
        var text = ReferenceFormats.ReadText(normalised.Source.Path ?? throw new ArgumentException("The source has no file.", nameof(normalised)));
        var builder = new Builder(normalised, options);
        builder.Plan();
        AtomicFile.Write(output, stream =>
        {
            using var buffer = new MemoryStream();
            using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
            {
                var main = document.AddMainDocumentPart();
                var footnotes = main.AddNewPart<FootnotesPart>();
                footnotes.Footnotes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                var body = new Body();
                foreach (var paragraph in builder.BodyFromText(text, footnotes.Footnotes)) body.Append(paragraph);
                foreach (var paragraph in builder.BibliographyParagraphs()) body.Append(paragraph);
                main.Document = new Document(body);
                WritePreferences(document, builder.Preferences());
            }
            buffer.Position = 0;
            buffer.CopyTo(stream);
        });
        return builder.Report;
    }

    /// <summary>
    /// Writes a copy of the Word document <paramref name="normalised"/> was read from to <paramref name="output"/>,
    /// atomically: each note whose citations were all read is rewritten as its prose and citation fields (its first
    /// paragraph's properties and note mark kept); other notes, the body and everything else stay as they were. The
    /// bibliography field is added at the end of the body.
    /// </summary>
    public static ZoteroWriteReport WriteFromDocx(NormalisedSource normalised, ZoteroDocumentOptions options, string output)
    {
        var builder = new Builder(normalised, options);
        builder.Plan();
        var original = File.ReadAllBytes(normalised.Source.Path ?? throw new ArgumentException("The source has no file.", nameof(normalised)));
        AtomicFile.Write(output, stream =>
        {
            using var buffer = new MemoryStream();
            buffer.Write(original);
            buffer.Position = 0;
            using (var document = WordprocessingDocument.Open(buffer, true))
            {
                var main = document.MainDocumentPart!;
                var body = main.Document.Body!;
                // Notes are numbered as the reader numbers them: in call order, footnotes first, endnotes after.
                var numbers = new Dictionary<(bool Endnote, long Id), int>();
                foreach (var endnote in new[] { false, true })
                    foreach (var call in body.Descendants().Where(e => endnote ? e is EndnoteReference : e is FootnoteReference))
                    {
                        var id = endnote ? ((EndnoteReference)call).Id?.Value : ((FootnoteReference)call).Id?.Value;
                        if (id is { } value && !numbers.ContainsKey((endnote, value))) numbers[(endnote, value)] = numbers.Count + 1;
                    }
                var notes = (main.FootnotesPart?.Footnotes?.Elements<FootnoteEndnoteType>() ?? [])
                    .Select(n => (Endnote: false, Note: n))
                    .Concat((main.EndnotesPart?.Endnotes?.Elements<FootnoteEndnoteType>() ?? []).Select(n => (Endnote: true, Note: n)));
                foreach (var (endnote, note) in notes.ToList())
                {
                    if (note.Id?.Value is not { } id || !numbers.TryGetValue((endnote, id), out var number) || !builder.HasFields(number)) continue;
                    var first = note.Elements<Paragraph>().FirstOrDefault();
                    var paragraph = new Paragraph();
                    if (first?.ParagraphProperties is { } pPr) paragraph.Append(pPr.CloneNode(true));
                    var mark = first?.Elements<Run>().FirstOrDefault(r => r.Descendants<FootnoteReferenceMark>().Any() || r.Descendants<EndnoteReferenceMark>().Any());
                    if (mark is not null) paragraph.Append(mark.CloneNode(true), TextRun(" "));
                    foreach (var run in builder.NoteRuns(number)) paragraph.Append(run);
                    note.RemoveAllChildren<Paragraph>();
                    note.Append(paragraph);
                }
                var sectPr = body.Elements<SectionProperties>().LastOrDefault();
                foreach (var paragraph in builder.BibliographyParagraphs())
                {
                    if (sectPr is not null) body.InsertBefore(paragraph, sectPr);
                    else body.Append(paragraph);
                }
                if (document.CustomFilePropertiesPart?.Properties is { } existing)
                    foreach (var old in existing.Elements<CustomDocumentProperty>().Where(p => p.Name?.Value?.StartsWith("ZOTERO_PREF", StringComparison.Ordinal) == true).ToList())
                        old.Remove();
                WritePreferences(document, builder.Preferences());
            }
            buffer.Position = 0;
            buffer.CopyTo(stream);
        });
        return builder.Report;
    }

    /// <summary>Stores the document data in ZOTERO_PREF_1… as the Word plugin does.</summary>
    private static void WritePreferences(WordprocessingDocument document, string data)
    {
        var part = document.CustomFilePropertiesPart ?? document.AddCustomFilePropertiesPart();
        part.Properties ??= new Properties();
        // Custom property ids start at 2 and are unique in the part.
        var pid = Math.Max(2, part.Properties.Elements<CustomDocumentProperty>().Select(p => p.PropertyId?.Value ?? 0).DefaultIfEmpty(0).Max() + 1);
        for (var i = 0; i * MaxPropertyLength < data.Length; i++)
        {
            var chunk = data.Substring(i * MaxPropertyLength, Math.Min(MaxPropertyLength, data.Length - i * MaxPropertyLength));
            part.Properties.Append(new CustomDocumentProperty(new VTLPWSTR(chunk))
            {
                FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}",
                PropertyId = pid++,
                Name = $"ZOTERO_PREF_{i + 1}",
            });
        }
    }

    /// <summary>One write: which citations become which fields, and the XML for them.</summary>
    private sealed class Builder(NormalisedSource normalised, ZoteroDocumentOptions options)
    {
        private readonly BibliographyDocument _doc = normalised.Document;
        private readonly Dictionary<string, CslItem> _items = normalised.Document.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        private readonly Dictionary<string, int> _citationIndex = normalised.Document.Citations
            .Select((c, i) => (c.CitationId, i)).ToDictionary(x => x.CitationId, x => x.i, StringComparer.Ordinal);
        /// <summary>Each note's pieces: prose as text, parsed citations as fields (a null json is text).</summary>
        private readonly Dictionary<int, List<(string Text, string? Code)>> _notes = new();
        private readonly List<int> _unparsed = [];
        private int _fields;
        private int _cited;

        public void Plan()
        {
            foreach (var parsed in normalised.Footnotes)
            {
                var note = parsed.Footnote;
                var record = _doc.Footnotes.FirstOrDefault(f => f.Number == note.Number);
                if (record?.CitationId is not { } id || !_citationIndex.TryGetValue(id, out var index))
                {
                    if (note.Text.Trim().Length > 0) _unparsed.Add(note.Number);
                    _notes[note.Number] = [(note.Text, null)];
                    continue;
                }
                _notes[note.Number] = NotePieces(note.Text, parsed, _doc.Citations[index], options.Formatted[index]);
            }
        }

        public ZoteroWriteReport Report => new(_fields, _cited, _unparsed);

        /// <summary>
        /// A note as prose and fields: the citations read from it (with an item) in one field, prose before the first
        /// and after the last kept as text, text between two of them the second's prefix. A citation not read stays text.
        /// </summary>
        private List<(string Text, string? Code)> NotePieces(string text, Normalisation.ParsedFootnote parsed, CslCitation cluster, string formatted)
        {
            var spans = new List<(int Start, int End, bool Cited)>();
            for (var i = 0; i < parsed.Citations.Count; i++)
            {
                var span = parsed.Citations[i].Span;
                // An unread citation is kept as a document item of its text; as a field it would pass that guess off as a reference.
                spans.Add((span.Offset, Math.Min(text.Length, span.End), parsed.ItemIds[i] is not null && parsed.Citations[i] is not Parsing.UnreadCitation));
            }
            var cited = spans.Where(s => s.Cited).ToList();
            if (cited.Count == 0 || cited.Count != cluster.CitationItems.Count || spans.Any(s => !s.Cited))
            {
                // A note with a citation not read is left whole as text (and reported), so nothing written is lost.
                _unparsed.Add(parsed.Footnote.Number);
                return [(text, null)];
            }
            var items = new JArray();
            for (var k = 0; k < cited.Count; k++)
            {
                var entry = ItemEntry(cluster.CitationItems[k]);
                if (k > 0)
                {
                    var gap = text[cited[k - 1].End..cited[k].Start].Trim().Trim(';', ',', '.').Trim();
                    if (gap.Length > 0) entry["prefix"] = gap;
                }
                items.Add(entry);
            }
            var before = text[..cited[0].Start];
            var after = text[cited[^1].End..];
            var pieces = new List<(string, string?)>();
            if (before.Trim().Length > 0) pieces.Add((before, null));
            pieces.Add((formatted, CitationCode(cluster, items, formatted)));
            // A closing full stop belongs to the citation the style now writes.
            if (after.Trim().Trim('.', ';', ',').Trim().Length > 0) pieces.Add((after, null));
            return pieces;
        }

        private JObject ItemEntry(CslCitationItem item)
        {
            var entry = new JObject { ["id"] = item.Id };
            if (_items.TryGetValue(item.Id, out var data)) entry["itemData"] = JObject.Parse(CslJson.Serialize(data));
            if (item.Locator is not null) entry["locator"] = item.Locator;
            if (item.Label is not null) entry["label"] = item.Label;
            if (item.Prefix is not null) entry["prefix"] = item.Prefix;
            if (item.Suffix is not null) entry["suffix"] = item.Suffix;
            return entry;
        }

        /// <summary>The field code of a citation: Zotero's JSON for it (integration.js <c>Citation.serialize</c>).</summary>
        private string CitationCode(CslCitation cluster, JArray items, string formatted)
        {
            _fields++;
            _cited += items.Count;
            var json = new JObject
            {
                ["citationID"] = cluster.CitationId,
                ["properties"] = new JObject
                {
                    ["formattedCitation"] = formatted,
                    ["plainCitation"] = formatted,
                    ["noteIndex"] = cluster.Properties.NoteIndex,
                },
                ["citationItems"] = items,
                ["schema"] = CitationSchema,
            };
            return "ADDIN ZOTERO_ITEM CSL_CITATION " + json.ToString(Formatting.None);
        }

        /// <summary>The body of a plain-text paper: its lines that are not notes, as paragraphs, with the notes called where their markers stood.</summary>
        public IEnumerable<Paragraph> BodyFromText(string text, Footnotes footnotes)
        {
            var lines = SourceText.From(text).Lines;
            var noteLines = new HashSet<int>();
            foreach (var note in normalised.Source.Footnotes)
            {
                noteLines.Add(note.Line);
                foreach (var segment in note.Segments) noteLines.Add(segment.Line);
            }
            var firstNoteLine = normalised.Source.Footnotes.ToDictionary(n => n.Number, n => n.Line);
            var called = new HashSet<int>();
            var references = normalised.Source.References.ToLookup(r => r.Line);
            var paragraph = new Paragraph();
            var hasText = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = i + 1;
                var content = lines[i].Trim();
                if (noteLines.Contains(line) || content.Length == 0) continue;
                // A line holding only a note's number is where the note is called (text extracted from a PDF).
                if (int.TryParse(content, out var number) && firstNoteLine.ContainsKey(number) && !called.Contains(number))
                {
                    paragraph.Append(NoteCall(number, footnotes));
                    called.Add(number);
                    continue;
                }
                // Notes whose marker was not found are called at the end of the text before them.
                foreach (var (n, at) in firstNoteLine.Where(p => p.Value < line && !called.Contains(p.Key)).OrderBy(p => p.Key).ToList())
                {
                    paragraph.Append(NoteCall(n, footnotes));
                    called.Add(n);
                }
                if (hasText) paragraph.Append(TextRun(" "));
                foreach (var run in LineRuns(lines[i].TrimEnd(), line, references)) paragraph.Append(run);
                hasText = true;
                // A line ending a sentence, or a short one (a heading), ends its paragraph.
                if (content.EndsWith('.') || content.EndsWith('!') || content.EndsWith('?') || content.Length < 60)
                {
                    yield return paragraph;
                    paragraph = new Paragraph();
                    hasText = false;
                }
            }
            foreach (var n in firstNoteLine.Keys.Where(n => !called.Contains(n)).Order()) paragraph.Append(NoteCall(n, footnotes));
            if (paragraph.HasChildren) yield return paragraph;
        }

        /// <summary>A body line's runs, each numeric in-text reference on it a citation field.</summary>
        private IEnumerable<OpenXmlElement> LineRuns(string line, int lineNumber, ILookup<int, Bibliography.Sources.SourceReference> references)
        {
            var at = 0;
            foreach (var reference in references[lineNumber].OrderBy(r => r.Column))
            {
                var start = reference.Column - 1;
                if (start < at || start + reference.Text.Length > line.Length) continue;
                if (start > at) yield return TextRun(line[at..start]);
                var record = _doc.References.FirstOrDefault(r => r.Index == reference.Index);
                if (record?.CitationId is { } id && _citationIndex.TryGetValue(id, out var index))
                {
                    var cluster = _doc.Citations[index];
                    var items = new JArray(cluster.CitationItems.Select(ItemEntry));
                    foreach (var run in Field(CitationCode(cluster, items, options.Formatted[index]), options.Formatted[index])) yield return run;
                }
                else yield return TextRun(reference.Text);
                at = start + reference.Text.Length;
            }
            if (at < line.Length) yield return TextRun(line[at..]);
        }

        /// <summary>Stores note <paramref name="number"/> in the footnotes part and returns the run calling it.</summary>
        private Run NoteCall(int number, Footnotes footnotes)
        {
            var note = new Footnote { Id = number };
            var paragraph = new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
                new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                TextRun(" "));
            foreach (var run in NoteRuns(number)) paragraph.Append(run);
            note.Append(paragraph);
            footnotes.Append(note);
            return new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = number });
        }

        /// <summary>Whether note <paramref name="number"/> gets citation fields.</summary>
        public bool HasFields(int number) => _notes.TryGetValue(number, out var pieces) && pieces.Any(p => p.Code is not null);

        /// <summary>A note's prose and citation fields as runs.</summary>
        public IEnumerable<Run> NoteRuns(int number)
        {
            foreach (var (text, code) in _notes.GetValueOrDefault(number) ?? [])
            {
                if (code is null) yield return TextRun(text);
                else foreach (var run in Field(code, text)) yield return run;
            }
        }

        /// <summary>The bibliography field at the end of the document, one paragraph per entry.</summary>
        public IEnumerable<Paragraph> BibliographyParagraphs()
        {
            var entries = (options.Bibliography ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (entries.Length == 0) entries = [""];
            for (var i = 0; i < entries.Length; i++)
            {
                var paragraph = new Paragraph();
                if (i == 0)
                {
                    paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
                    paragraph.Append(new Run(new FieldCode(" " + BibliographyCode + " ") { Space = SpaceProcessingModeValues.Preserve }));
                    paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
                }
                paragraph.Append(TextRun(entries[i]));
                if (i == entries.Length - 1) paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
                yield return paragraph;
            }
        }

        /// <summary>Zotero's document data (integration.js <c>DocumentData.prototype.serialize</c>, XML form, data version 3).</summary>
        public string Preferences()
        {
            static string Escape(string s) => System.Security.SecurityElement.Escape(s);
            var prefs = new StringBuilder("<pref name=\"fieldType\" value=\"Field\"/>");
            // Falsy prefs are left out, as Zotero does: an in-text style has noteType 0 and no pref.
            if (options.IsNoteStyle) prefs.Append($"<pref name=\"noteType\" value=\"{NoteFootnote}\"/>");
            var session = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", _doc.Citations.Select(c => c.CitationId)) + options.StyleId)))[..8];
            return $"<data data-version=\"{DataVersion}\" zotero-version=\"{ZoteroVersion}\"><session id=\"{session}\"/>"
                + $"<style id=\"{Escape(options.StyleId)}\" " + (options.Locale is { } l ? $"locale=\"{Escape(l)}\" " : "")
                + $"hasBibliography=\"{(options.Bibliography is null ? 0 : 1)}\" bibliographyStyleHasBeenSet=\"0\"/>"
                + $"<prefs>{prefs}</prefs></data>";
        }
    }

    /// <summary>A complex field as Word writes it: begin, the code, separate, the result, end.</summary>
    private static IEnumerable<Run> Field(string code, string result) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" " + code + " ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        TextRun(result),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
