using System.Globalization;
using Bibliography.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Bibliography.Sources;

/// <summary>
/// Reads a PDF's text layer into a <see cref="SourceDocument"/>: its footnotes and endnotes, numeric in-text
/// references and numbered reference list, the same structures the text and .docx readers give.
/// </summary>
/// <remarks>
/// <para>Each page's letters (PdfPig gives font size and position) are grouped into lines; a page whose lines leave a
/// band in the middle empty is read as two columns, left before right. Running heads and feet (a line at the top or
/// bottom that comes back at the same place on other pages) and bare page numbers are left out.</para>
/// <para>The footnote area is what stands below a short horizontal rule with text under it (the separator word
/// processors draw), or else the run of smaller-type lines at the foot of a page under body text. A line there
/// opening with the next note's number (superscript or not) begins that note; any other line continues the open
/// note, on the next page too. Superscript numbers in the body are the markers. Endnotes are numbered entries under
/// a heading such as <c>Qeydlər</c>, <c>Примечания</c> or <c>Notes</c> and are numbered on after the footnotes, as
/// <see cref="DocxReader"/> numbers them.</para>
/// <para>Positions: the PDF is read as if saved as text, one line per printed line in reading order, each page's body
/// and then its footnotes; every footnote, segment and reference also records its page.</para>
/// </remarks>
public static class PdfReader
{
    /// <summary>How far past the expected number a note in the footnote area may start (a number the reader missed).</summary>
    private const int MaxSkippedFootnotes = 10;

    /// <summary>True when the file should be read as a PDF: a .pdf name or the <c>%PDF-</c> header.</summary>
    public static bool IsPdfFile(string path, ReadOnlySpan<byte> bytes) =>
        string.Equals(Path.GetExtension(path), ".pdf", StringComparison.OrdinalIgnoreCase) || bytes.StartsWith("%PDF-"u8);

    /// <summary>Reads the PDF whose content is <paramref name="bytes"/>; <paramref name="path"/> names it in results and errors.</summary>
    /// <exception cref="PdfNoTextLayerException">The PDF has no text (a scan).</exception>
    /// <exception cref="PdfEncryptedException">The PDF needs a password.</exception>
    /// <exception cref="PdfDamagedException">The file is not a readable PDF.</exception>
    /// <exception cref="PdfLimitException">The PDF is past one of the <see cref="PdfLimits"/>.</exception>
    public static SourceDocument Read(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(path);
        if (bytes.LongLength > PdfLimits.MaxFileBytes)
            throw new PdfLimitException(path, $"it is larger than {PdfLimits.MaxFileBytes / (1024 * 1024)} MB, the most a PDF may be");
        if (bytes.AsSpan().IndexOf("%PDF-"u8) is < 0 or > 1024)
            throw new PdfDamagedException(path, "it has no %PDF- header", null);
        var pages = new List<PdfPageLayout>();
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > PdfLimits.MaxPages)
                throw new PdfLimitException(path, $"it has {document.NumberOfPages:N0} pages, more than the {PdfLimits.MaxPages:N0} a PDF may have");
            if (document.NumberOfPages == 0) throw new PdfDamagedException(path, "it has no pages", null);
            for (var i = 1; i <= document.NumberOfPages; i++) pages.Add(PdfPageLayout.Read(document.GetPage(i)));
        }
        catch (PdfReadException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new PdfEncryptedException(path, e);
        }
        catch (PdfLayoutLimitException e)
        {
            throw new PdfLimitException(path, e.Message);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException or OperationCanceledException))
        {
            // PdfPig reports damage in many shapes (bad xref, truncated streams, broken fonts); to the user they are one problem.
            throw new PdfDamagedException(path, e.Message.ReplaceLineEndings(" "), e);
        }
        if (pages.All(p => p.Rows.Count == 0)) throw new PdfNoTextLayerException(path);
        return new Assembly(pages, path).Run();
    }

    /// <summary>A printed line placed in the text reading: its page, line number, text and the markers taken out of it.</summary>
    private sealed record Line(int Page, int Number, string Text, List<(int Number, int At)> Markers);

    /// <summary>One reading of one document: rows sorted into body and notes, then the notes and references built.</summary>
    private sealed class Assembly(List<PdfPageLayout> pages, string path)
    {
        private readonly List<Diagnostic> _diagnostics = [];

        public SourceDocument Run()
        {
            var bodySize = BodySize();
            var furniture = Furniture();
            var body = new List<Line>();
            var notes = new List<Line>();
            var lineNumber = 0;
            foreach (var page in pages)
            {
                var (bodyRows, noteRows) = SplitFootnoteArea(page, bodySize, furniture);
                foreach (var row in bodyRows) body.Add(MakeLine(page, row, ++lineNumber));
                foreach (var row in noteRows) notes.Add(MakeLine(page, row, ++lineNumber));
            }
            var pageOfLine = new int[lineNumber + 1];
            foreach (var l in body.Concat(notes)) pageOfLine[l.Number] = l.Page;

            var footnotes = ReadFootnotes(notes, body, pageOfLine);

            // The body as text, for the scanners the text reader uses; their line numbers are mapped back afterwards.
            var source = SourceText.From(string.Join('\n', body.Select(l => l.Text)));
            var excluded = new bool[source.Lines.Length];
            var entries = ReferenceListScanner.Read(source, excluded).Select(e => Place(e, body, pageOfLine)).ToList();
            var endnotes = ReferenceListScanner.ReadEndnotes(source, excluded);
            foreach (var e in endnotes)
                footnotes.Add(Place(e, body, pageOfLine) with { Number = footnotes.Count + 1 });
            var referenceDiagnostics = new List<Diagnostic>();
            var references = InTextReferenceScanner.Read(source, excluded, path, referenceDiagnostics)
                .Select(r => r with { Line = body[r.Line - 1].Number, Page = body[r.Line - 1].Page }).ToList();
            _diagnostics.AddRange(referenceDiagnostics.Select(d => d.Line is { } l && l >= 1 && l <= body.Count ? d with { Line = body[l - 1].Number, Page = body[l - 1].Page } : d));
            PaperReader.CheckReferences(references, entries, path, _diagnostics);
            CheckMarkers(body, footnotes, endnotes.Count);

            if (footnotes.Count == 0 && references.Count == 0 && entries.Count == 0)
            {
                _diagnostics.Add(DiagnosticCodes.NothingFound.Report("No footnotes, endnotes, numeric in-text references or numbered reference list were found in the PDF's text, so nothing was read.",
                    path,
                    line: 1,
                    column: 1));
            }
            return new SourceDocument(path, footnotes, references, entries.Count > 0, _diagnostics) { ReferenceEntries = entries };
        }

        /// <summary>The size of most letters in the document: the body text's.</summary>
        private double BodySize()
        {
            var counts = new Dictionary<double, int>();
            foreach (var row in pages.SelectMany(p => p.Rows))
                counts[row.Size] = counts.GetValueOrDefault(row.Size) + row.Glyphs.Count;
            return counts.Count == 0 ? 0 : counts.MaxBy(c => c.Value).Key;
        }

        /// <summary>
        /// The rows that are running heads, feet or page numbers: a top or bottom row that is only a number, or whose
        /// text (digits aside) comes back at the same height on another page.
        /// </summary>
        private HashSet<PdfRow> Furniture()
        {
            var furniture = new HashSet<PdfRow>();
            var seen = new Dictionary<(string, double), List<PdfRow>>();
            foreach (var page in pages)
            {
                if (page.Rows.Count == 0) continue;
                var top = page.Rows.Max(r => r.Baseline);
                var bottom = page.Rows.Min(r => r.Baseline);
                foreach (var row in page.Rows.Where(r => r.Baseline == top || r.Baseline == bottom))
                {
                    var text = row.Text([]);
                    if (IsPageNumber(text) && page.Rows.Count > 1)
                    {
                        furniture.Add(row);
                        continue;
                    }
                    var key = (new string(text.Where(c => !char.IsDigit(c)).ToArray()).Trim(), Math.Round(row.Baseline));
                    if (key.Item1.Length == 0) continue;
                    if (!seen.TryGetValue(key, out var list)) seen[key] = list = [];
                    list.Add(row);
                }
            }
            foreach (var list in seen.Values.Where(l => l.Count >= 2)) furniture.UnionWith(list);
            return furniture;
        }

        private static bool IsPageNumber(string text)
        {
            var t = text.Trim().Trim('-', '–', '—', ' ');
            if (t.Length == 0 || t.Length > 6) return false;
            return t.All(char.IsAsciiDigit) || t.All(c => "ivxlcdm".Contains(char.ToLowerInvariant(c)));
        }

        /// <summary>Splits a page's rows (furniture left out) into body rows and footnote rows, each in reading order.</summary>
        private static (List<PdfRow> Body, List<PdfRow> Notes) SplitFootnoteArea(PdfPageLayout page, double bodySize, HashSet<PdfRow> furniture)
        {
            var rows = page.Rows.Where(r => !furniture.Contains(r)).ToList();
            if (rows.Count == 0) return ([], []);
            // The separator: a short rule with body text above it and a line just below it; on a page of two columns
            // each column has its own, and a row is a note's when it stands under its column's rule.
            var rules = new List<PdfRule>();
            foreach (var rule in page.Rules)
            {
                var column = page.ColumnOf(rule);
                bool InColumn(PdfRow r) => column == PdfColumn.Full || r.Column == column || r.Column == PdfColumn.Full;
                var below = rows.Where(r => r.Baseline < rule.Y && InColumn(r)).ToList();
                if (below.Count == 0 || !rows.Any(r => r.Baseline > rule.Y + r.Size && InColumn(r))) continue;
                if (rule.Y - below.Max(r => r.Baseline) > 3 * bodySize) continue;
                rules.Add(rule);
            }
            if (rules.Count > 0)
            {
                bool IsNote(PdfRow r) => rules.Any(rule => r.Baseline < rule.Y
                    && (r.Column == PdfColumn.Full || page.ColumnOf(rule) is PdfColumn.Full || page.ColumnOf(rule) == r.Column));
                return (rows.Where(r => !IsNote(r)).ToList(), rows.Where(IsNote).ToList());
            }

            // No rule: the run of smaller-type lines at the foot, opening with a number, under body-size text.
            var byHeight = rows.OrderBy(r => r.Baseline).ToList();
            var n = 0;
            while (n < byHeight.Count && byHeight[n].Size < 0.9 * bodySize) n++;
            if (n == 0 || n == byHeight.Count) return (rows, []);
            var first = byHeight[n - 1];
            if (!char.IsAsciiDigit(first.Text([]).FirstOrDefault())) return (rows, []);
            var noteSet = byHeight.Take(n).ToHashSet();
            return (rows.Where(r => !noteSet.Contains(r)).ToList(), rows.Where(noteSet.Contains).ToList());
        }

        private static Line MakeLine(PdfPageLayout page, PdfRow row, int number)
        {
            var markers = new List<(int, int)>();
            var text = row.Text(markers);
            return new Line(page.Number, number, text, markers);
        }

        /// <summary>Builds the footnotes from the footnote areas, in order; rows before the first note are body text.</summary>
        private List<SourceFootnote> ReadFootnotes(List<Line> notes, List<Line> body, int[] pageOfLine)
        {
            var result = new List<SourceFootnote>();
            NoteBuilder? current = null;
            var expected = 1;
            foreach (var line in notes)
            {
                var start = SourceText.ReadListNumber(line.Text, 0, out var number);
                if (start >= 0 && number >= expected && number <= expected + MaxSkippedFootnotes)
                {
                    if (current is not null) result.Add(Paged(current.Build(), pageOfLine));
                    if (number > expected)
                    {
                        _diagnostics.Add(DiagnosticCodes.FootnotesSkipped.Report($"The footnotes jump from {expected - 1} to {number}: footnote(s) {expected}–{number - 1} were not found on the page.",
                            path, line: line.Number, column: 1, footnote: number) with { Page = line.Page });
                    }
                    current = new NoteBuilder(number, line.Number, start + 1);
                    current.Append(line.Text, line.Number, start);
                    expected = number + 1;
                }
                else if (current is not null)
                {
                    current.Append(line.Text, line.Number, 0);
                }
                else
                {
                    // Small type under a rule before any note: not a note, so kept as body text where it stood.
                    var at = body.FindIndex(b => b.Number > line.Number);
                    body.Insert(at < 0 ? body.Count : at, line);
                }
            }
            if (current is not null) result.Add(Paged(current.Build(), pageOfLine));
            return result;
        }

        /// <summary>Gives a footnote built on the text reading its pages.</summary>
        private static SourceFootnote Paged(SourceFootnote note, int[] pageOfLine) => note with
        {
            Page = pageOfLine[note.Line],
            Segments = note.Segments.Select(s => s with { Page = pageOfLine[s.Line] }).ToArray(),
        };

        /// <summary>Maps an entry read from the body text (lines count body lines) to the text reading's lines and pages.</summary>
        private static SourceFootnote Place(SourceFootnote entry, List<Line> body, int[] pageOfLine)
        {
            int Map(int bodyLine) => body[Math.Clamp(bodyLine, 1, body.Count) - 1].Number;
            var placed = entry with
            {
                Line = Map(entry.Line),
                Segments = entry.Segments.Select(s => s with { Line = Map(s.Line) }).ToArray(),
            };
            return Paged(placed, pageOfLine);
        }

        /// <summary>Warns about body markers without a note and footnotes without a marker.</summary>
        private void CheckMarkers(List<Line> body, List<SourceFootnote> notes, int endnoteCount)
        {
            var footnoteCount = notes.Count - endnoteCount;
            // Endnotes are printed with their own numbers (1, 2, …), which their markers carry.
            var printed = notes.Take(footnoteCount).Select(n => n.Number).Concat(Enumerable.Range(1, endnoteCount)).ToHashSet();
            var called = new HashSet<int>();
            foreach (var line in body)
            {
                foreach (var (number, at) in line.Markers)
                {
                    called.Add(number);
                    if (printed.Contains(number)) continue;
                    _diagnostics.Add(DiagnosticCodes.MarkerWithoutFootnote.Report($"Marker {number.ToString(CultureInfo.InvariantCulture)} in the text has no footnote on its page or after.",
                        path, line: line.Number, column: at + 1, footnote: number) with { Page = line.Page });
                }
            }
            if (called.Count == 0) return; // a PDF whose markers are not raised gives no markers to check against
            foreach (var note in notes.Take(footnoteCount).Where(n => !called.Contains(n.Number)))
            {
                _diagnostics.Add(DiagnosticCodes.FootnoteWithoutMarker.Report($"Footnote {note.Number} has no superscript marker in the text.",
                    path, line: note.Line, column: 1, footnote: note.Number) with { Page = note.Page });
            }
        }
    }
}
