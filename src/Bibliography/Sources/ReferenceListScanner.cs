using System.Globalization;

namespace Bibliography.Sources;

/// <summary>
/// Finds a numbered reference list: a heading line (<c>Ədəbiyyat</c>, <c>Список литературы</c>,
/// <c>References</c>…) followed by entries <c>1. Author…</c>, <c>1) …</c>, <c>1 …</c> or <c>[1] …</c>.
/// </summary>
internal static class ReferenceListScanner
{
    /// <summary>Headings, folded by <see cref="Fold"/>, that introduce a reference list.</summary>
    private static readonly HashSet<string> Headings = new HashSet<string>(StringComparer.Ordinal)
    {
        // Azerbaijani
        "ədəbiyyat", "ədəbiyyatlar", "ədəbiyyat siyahısı", "istifadə olunmuş ədəbiyyat", "istifadə edilmiş ədəbiyyat",
        "istifadə olunan ədəbiyyat", "istifadə edilən ədəbiyyat", "istinadlar", "mənbələr", "mənbələr və ədəbiyyat",
        "qaynaqlar", "qaynaqça", "edebiyyat", "istifade olunmush edebiyyat",
        // Russian
        "литература", "список литературы", "список использованной литературы", "использованная литература",
        "список источников", "список источников и литературы", "источники и литература", "библиография",
        "библиографический список",
        // English, Turkish
        "references", "bibliography", "works cited", "literature", "sources", "sources and literature", "kaynakça", "kaynaklar",
    }.Select(Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Headings, folded by <see cref="Fold"/>, under which a paper prints its endnotes.</summary>
    private static readonly HashSet<string> EndnoteHeadings = new HashSet<string>(StringComparer.Ordinal)
    {
        "qeydlər", "qeydlər və istinadlar", "izahlar", "примечания", "примечание", "комментарии", "notes", "endnotes", "notlar",
    }.Select(Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Section headings that follow a reference list in these journals (abstracts in other languages).</summary>
    private static readonly HashSet<string> FollowingSections = new HashSet<string>(StringComparer.Ordinal)
    {
        "xülasə", "резюме", "аннотация", "abstract", "summary", "açar sözlər", "ключевые слова", "keywords", "key words",
    }.Select(Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Finds the first heading followed (after blank lines) by entry 1 and reads the entries. The list ends
    /// at the end of the text, at a following section heading (<c>Резюме</c>, <c>Summary</c>…) or at a line
    /// written all in capitals (the title of the next abstract); any other line continues the last entry.
    /// </summary>
    /// <returns>The entries (empty when there is no list); consumed lines are marked in <paramref name="excluded"/>.</returns>
    public static List<SourceFootnote> Read(SourceText source, bool[] excluded) => ReadUnder(source, excluded, IsHeading, IsSectionBreak);

    /// <summary>
    /// Finds endnotes printed as a numbered list under a heading (<c>Qeydlər</c>, <c>Примечания</c>, <c>Notes</c>…),
    /// read as <see cref="Read"/> reads a reference list; a reference-list heading also ends them. Lines already
    /// in <paramref name="excluded"/> are not taken.
    /// </summary>
    public static List<SourceFootnote> ReadEndnotes(SourceText source, bool[] excluded) =>
        ReadUnder(source, excluded, line => IsEndnoteHeading(line), line => IsSectionBreak(line) || IsHeading(line), skipExcluded: true);

    private static List<SourceFootnote> ReadUnder(SourceText source, bool[] excluded, Func<string, bool> isHeading, Func<string, bool> ends, bool skipExcluded = false)
    {
        var lines = source.Lines;
        for (var h = 0; h < lines.Length; h++)
        {
            if ((skipExcluded && excluded[h]) || !isHeading(lines[h])) continue;
            var first = h + 1;
            while (first < lines.Length && SourceText.IsBlank(lines[first])) first++;
            if (first == lines.Length || TryReadEntryStart(lines[first], out var n, out _) < 0 || n != 1) continue;
            return ReadEntries(lines, h, first, excluded, ends, skipExcluded);
        }
        return [];
    }

    private static List<SourceFootnote> ReadEntries(string[] lines, int heading, int first, bool[] excluded, Func<string, bool> ends, bool skipExcluded)
    {
        var entries = new List<SourceFootnote>();
        NoteBuilder? current = null;
        excluded[heading] = true;
        var i = first;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (SourceText.IsBlank(line))
            {
                excluded[i] = true;
                continue;
            }
            var start = TryReadEntryStart(line, out var number, out var numberColumn);
            if (start >= 0 && number == (current?.Number ?? 0) + 1)
            {
                if (current is not null) entries.Add(current.Build());
                current = new NoteBuilder(number, i + 1, numberColumn);
                current.Append(line, i + 1, start);
            }
            else if (ends(line) || (skipExcluded && excluded[i]))
            {
                break;
            }
            else
            {
                current!.Append(line, i + 1, 0);
            }
            excluded[i] = true;
        }
        entries.Add(current!.Build());
        // Blank lines just before the section that ended the list belong to neither.
        for (var k = i - 1; k > first && SourceText.IsBlank(lines[k]); k--) excluded[k] = false;
        return entries;
    }

    /// <summary>
    /// Reads an entry number at the start of a line, after any indentation: <c>N.</c>, <c>N)</c> or
    /// <c>[N]</c> followed by text, or <c>N</c> followed by whitespace.
    /// </summary>
    /// <returns>The index where the entry text starts, or -1.</returns>
    internal static int TryReadEntryStart(string line, out int number, out int numberColumn)
    {
        number = 0;
        var i = 0;
        while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
        numberColumn = i + 1;
        var bracketed = i < line.Length && line[i] == '[';
        if (bracketed) i++;
        var digitsStart = i;
        while (i < line.Length && i - digitsStart < 4 && char.IsAsciiDigit(line[i]))
        {
            number = number * 10 + (line[i] - '0');
            i++;
        }
        if (i == digitsStart || number == 0 || (i < line.Length && char.IsAsciiDigit(line[i]))) return -1;
        if (bracketed)
        {
            if (i >= line.Length || line[i] != ']') return -1;
            i++;
        }
        else if (i < line.Length && (line[i] == '.' || line[i] == ')'))
        {
            i++;
            // "1.5" or "2.3.4" is a section number, not an entry.
            if (i < line.Length && char.IsAsciiDigit(line[i])) return -1;
        }
        else if (i < line.Length && !char.IsWhiteSpace(line[i]))
        {
            return -1;
        }
        while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
        return i < line.Length ? i : -1;
    }

    /// <summary>True when the line, stripped of spaces and a trailing colon or full stop, is a reference-list heading.</summary>
    internal static bool IsHeading(string line)
    {
        // Headings are short; checking length first keeps the per-line cost of folding off body lines.
        if (line.Length > 60) return false;
        return Headings.Contains(Fold(line));
    }

    /// <summary>True when the line, folded as a heading, is an endnote heading.</summary>
    internal static bool IsEndnoteHeading(string line) => line.Length <= 60 && EndnoteHeadings.Contains(Fold(line));

    private static bool IsSectionBreak(string line)
    {
        if (FollowingSections.Contains(Fold(line))) return true;
        var letters = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        // Twelve capitals and no lower case: the title of the next abstract, not an author's surname.
        return letters >= 12;
    }

    /// <summary>Lower-cases, drops a trailing <c>:</c> or <c>.</c> and treats Azerbaijani dotless ı as i, so spellings of a heading compare equal.</summary>
    private static string Fold(string line)
    {
        // Invariant casing may leave İ as it is (or give i + combining dot), so the Turkic i's are mapped by hand.
        var s = line.Trim().TrimEnd(':', '.').Trim().Replace('İ', 'i').ToLower(CultureInfo.InvariantCulture);
        s = s.Replace('ı', 'i').Replace("i\u0307", "i");
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
