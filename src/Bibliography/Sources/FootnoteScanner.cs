using Bibliography.Model;

namespace Bibliography.Sources;

/// <summary>
/// Finds footnotes in text extracted from a PDF (markers in the body, definition blocks below a separator
/// line on each page) and in plain footnote lists (<c>N text</c>, <c>N. text</c> or <c>N) text</c> per line).
/// </summary>
internal static class FootnoteScanner
{
    /// <summary>A whitespace-only line this long is a footnote rule even when no marker announced the footnote.</summary>
    private const int LongSeparator = 20;

    /// <summary>How far a footnote block may start past the expected number before it is not taken as one.</summary>
    private const int MaxSkippedFootnotes = 10;

    /// <summary>Above this many continuation lines per footnote, text that starts with <c>1 </c> is prose, not a footnote list.</summary>
    private const int MaxContinuationsPerFootnote = 4;

    /// <summary>A body line holding only a number: the place a footnote is called.</summary>
    private readonly record struct Marker(int Number, int Line, int Column);

    /// <summary>
    /// Reads the text as a footnote list if it is one: the first non-blank line is <c>1 text</c> (or <c>1. text</c>, <c>1) text</c>) at the
    /// start of the line, every later line starting with the next number begins the next footnote and any
    /// other line continues the previous one.
    /// </summary>
    /// <returns>The footnotes, or null when the text is not a footnote list.</returns>
    public static List<SourceFootnote>? TryReadFootnoteList(SourceText source)
    {
        var lines = source.Lines;
        var first = 0;
        while (first < lines.Length && SourceText.IsBlank(lines[first])) first++;
        if (first == lines.Length) return null;
        if (SourceText.ReadListNumber(lines[first], 0, out var n) < 0 || n != 1) return null;

        var notes = new List<SourceFootnote>();
        NoteBuilder? current = null;
        var continuations = 0;
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i];
            if (SourceText.IsBlank(line)) continue;
            var expected = (current?.Number ?? 0) + 1;
            var start = SourceText.ReadListNumber(line, 0, out var number);
            if (start >= 0 && number == expected)
            {
                if (current is not null) notes.Add(current.Build());
                current = new NoteBuilder(number, i + 1, start + 1);
                current.Append(line, i + 1, start);
            }
            else
            {
                continuations++;
                current!.Append(line, i + 1, 0);
            }
        }
        notes.Add(current!.Build());
        return continuations > MaxContinuationsPerFootnote * notes.Count ? null : notes;
    }

    /// <summary>
    /// Reads the footnotes of a PDF-extracted paper. A footnote block starts after a whitespace-only line
    /// when the next non-blank line is <c>N text</c> with N the next expected footnote (or a few past it),
    /// and the separator is long or N was already called by a marker. Inside a block a line starting with
    /// the next expected number begins a new footnote, any other line continues the current one, and a
    /// line starting with whitespace is body text again (page text after a block starts indented).
    /// Lines the method consumed are marked in <paramref name="excluded"/>; lines already marked are skipped.
    /// </summary>
    public static List<SourceFootnote> ReadPaper(SourceText source, bool[] excluded, string? path, List<Diagnostic> diagnostics)
    {
        var lines = source.Lines;
        var notes = new List<SourceFootnote>();
        var markers = new List<Marker>();
        var markerNumbers = new HashSet<int>();
        NoteBuilder? current = null;
        var expected = 1;
        var inBlock = false;
        var blankRunEnd = 0;

        for (var i = 0; i < lines.Length; i++)
        {
            if (excluded[i])
            {
                // A reference list or other consumed region ends any open block.
                inBlock = false;
                continue;
            }
            var line = lines[i];
            if (inBlock)
            {
                if (SourceText.IsBlank(line))
                {
                    excluded[i] = true;
                    continue;
                }
                if (char.IsWhiteSpace(line[0]))
                {
                    inBlock = false;
                    i--; // read this line again as body text
                    continue;
                }
                excluded[i] = true;
                var start = SourceText.ReadLeadingNumber(line, 0, out var number);
                if (start >= 0 && number == expected)
                {
                    if (current is not null) notes.Add(current.Build());
                    current = new NoteBuilder(number, i + 1, start + 1);
                    current.Append(line, i + 1, start);
                    expected++;
                }
                else
                {
                    current!.Append(line, i + 1, 0);
                }
                continue;
            }

            if (line.Length > 0 && SourceText.IsBlank(line))
            {
                // Remember how far the blank run reaches, so a page of blank lines is walked once, not once per line.
                var next = Math.Max(i + 1, blankRunEnd);
                while (next < lines.Length && !excluded[next] && SourceText.IsBlank(lines[next])) next++;
                blankRunEnd = next;
                if (next < lines.Length && !excluded[next]
                    && SourceText.ReadLeadingNumber(lines[next], 0, out var first) >= 0
                    && first >= expected && first <= expected + MaxSkippedFootnotes
                    && (line.Length >= LongSeparator || markerNumbers.Contains(first)))
                {
                    if (first > expected)
                    {
                        diagnostics.Add(DiagnosticCodes.FootnotesSkipped.Report(first == expected + 1
                                ? $"Footnote {expected} is missing: the footnote block starts with footnote {first}."
                                : $"Footnotes {expected}–{first - 1} are missing: the footnote block starts with footnote {first}.",
                            path,
                            line: next + 1,
                            footnote: first));
                        expected = first;
                    }
                    for (var k = i; k < next; k++) excluded[k] = true;
                    inBlock = true;
                    i = next - 1;
                    continue;
                }
            }

            if (TryReadMarker(line, out var marker, out var column))
            {
                if (!markerNumbers.Add(marker))
                {
                    diagnostics.Add(DiagnosticCodes.DuplicateMarker.Report($"Footnote marker {marker} appears again; only its first place is checked.",
                        path,
                        line: i + 1,
                        column: column,
                        footnote: marker));
                    continue;
                }
                markers.Add(new Marker(marker, i + 1, column));
            }
        }
        if (current is not null) notes.Add(current.Build());

        CheckMarkers(notes, markers, path, diagnostics);
        return notes;
    }

    /// <summary>Reports markers without definitions and definitions without markers.</summary>
    private static void CheckMarkers(List<SourceFootnote> notes, List<Marker> markers, string? path, List<Diagnostic> diagnostics)
    {
        // With no footnotes at all, lone numbers are only reported when they run 1, 2, … like markers do:
        // a single number on its own line in free text is more likely a page number.
        var looksLikeMarkers = notes.Count > 0 || (markers.Count >= 2 && markers[0].Number == 1 && markers[1].Number == 2);
        var defined = notes.Select(n => n.Number).ToHashSet();
        var called = markers.Select(m => m.Number).ToHashSet();
        if (looksLikeMarkers)
        {
            foreach (var m in markers.Where(m => !defined.Contains(m.Number)))
            {
                diagnostics.Add(DiagnosticCodes.MarkerWithoutFootnote.Report($"Footnote marker {m.Number} has no footnote text below any page's footnote rule.",
                    path,
                    line: m.Line,
                    column: m.Column,
                    footnote: m.Number));
            }
        }
        foreach (var n in notes.Where(n => !called.Contains(n.Number)))
        {
            diagnostics.Add(DiagnosticCodes.FootnoteWithoutMarker.Report($"Footnote {n.Number} has no marker (its number alone on a line) in the body text.",
                path,
                line: n.Line,
                column: n.Column,
                footnote: n.Number));
        }
    }

    /// <summary>A marker is a line holding only a 1–3 digit number, possibly indented.</summary>
    private static bool TryReadMarker(string line, out int number, out int column)
    {
        number = 0;
        column = 0;
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start])) start++;
        var end = line.Length;
        while (end > start && char.IsWhiteSpace(line[end - 1])) end--;
        var length = end - start;
        if (length is < 1 or > 3) return false;
        for (var i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(line[i])) return false;
            number = number * 10 + (line[i] - '0');
        }
        column = start + 1;
        return number > 0;
    }
}
