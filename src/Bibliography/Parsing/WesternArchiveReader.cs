using System.Collections.Immutable;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>
/// Reads citations of Western repositories, which keep collections in boxes and folders rather than in fonds,
/// inventories and files: <c>Hoover Institution Archives, Boris Nicolaevsky Collection, box 3, folder 7</c>,
/// <c>Memorandum, 14 June 1945, RG 59, Central Decimal File, box 6, NARA</c>. The repository is the archive, a record
/// group the fond; the collection, box and folder are kept as written in the shelf mark (<see cref="ArchivalCitation.Holding"/>);
/// a description of the document before them is prose.
/// </summary>
internal static class WesternArchiveReader
{
    /// <summary>The most comma-separated segments looked at in one citation (a real one has a dozen at most).</summary>
    private const int MaxSegments = 24;

    /// <summary>
    /// Reads the first sentence of text[start..end) that holds a Western repository's holdings, with the sentences of
    /// description before it, or returns null. <paramref name="next"/> is where the text after that sentence begins.
    /// </summary>
    public static ArchivalCitation? Read(string text, int start, int end, out int next)
    {
        next = end;
        var (s, e) = TextScan.Trim(text, start, end, " .;");
        if (e - s < 6 || !MayHold(text.AsSpan(s, e - s))) return null;
        for (var from = s; from < e; )
        {
            var stop = SentenceEnd(text, from, e);
            if (ReadSentence(text, from, stop) is { } read)
            {
                if (stop < e) next = stop + 1;
                return read;
            }
            from = stop + 1;
        }
        return null;
    }

    // A cheap test: a holding unit before a number, or a collection's word.
    private static bool MayHold(ReadOnlySpan<char> part)
    {
        foreach (var unit in Vocabulary.HoldingUnits)
            for (var at = TextScan.IndexOf(part, unit, 0, StringComparison.Ordinal); at >= 0; at = TextScan.IndexOf(part, unit, at + 1, StringComparison.Ordinal))
                if (UnitValueAt(part, at, unit.Length) > 0) return true;
        foreach (var word in Vocabulary.CollectionWords)
            if (part.Contains(word, StringComparison.Ordinal)) return true;
        // "FO 371/9356": capitals, a space and the series' digits before a slash.
        for (var slash = part.IndexOf('/'); slash > 0; )
        {
            var digits = slash;
            while (digits > 0 && char.IsAsciiDigit(part[digits - 1])) digits--;
            var capitals = digits - 1;
            while (capitals > 0 && char.IsAsciiLetterUpper(part[capitals - 1])) capitals--;
            if (digits < slash && capitals >= 0 && capitals < digits - 1 && part[digits - 1] == ' ' && PieceReference(part[capitals..]) > 0) return true;
            var more = part[(slash + 1)..].IndexOf('/');
            slash = more < 0 ? -1 : slash + 1 + more;
        }
        return false;
    }

    /// <summary>
    /// The length of a reference into the British record offices opening <paramref name="segment"/>: a department's
    /// code in capitals, its series and the piece (<c>FO 371/9356</c>, <c>PREM 4/30/8</c>, <c>CAB 128/5</c>), or 0.
    /// </summary>
    internal static int PieceReference(ReadOnlySpan<char> segment)
    {
        var i = 0;
        while (i < segment.Length && i < 5 && char.IsAsciiLetterUpper(segment[i])) i++;
        if (i == 0 || i >= segment.Length || segment[i] != ' ') return 0;
        var digits = ++i;
        while (i < segment.Length && char.IsAsciiDigit(segment[i])) i++;
        if (i == digits || i - digits > 4 || i + 1 >= segment.Length || segment[i] != '/' || !char.IsAsciiDigit(segment[i + 1])) return 0;
        i++;
        while (i < segment.Length && (char.IsAsciiDigit(segment[i]) || segment[i] == '/' && i + 1 < segment.Length && char.IsAsciiDigit(segment[i + 1]))) i++;
        return i < segment.Length && char.IsLetterOrDigit(segment[i]) ? 0 : i;
    }

    // The length of the value after a unit word at part[at..at+length) ("box 3", "RG 59", "folder 12a"), or 0 where the
    // word is not a whole word followed by a space and a number.
    private static int UnitValueAt(ReadOnlySpan<char> part, int at, int length)
    {
        if (at > 0 && char.IsLetterOrDigit(part[at - 1])) return 0;
        var v = at + length;
        if (v + 1 >= part.Length || part[v] != ' ' || !char.IsAsciiDigit(part[v + 1])) return 0;
        var i = v + 1;
        while (i < part.Length && (char.IsAsciiLetterOrDigit(part[i]) || part[i] is '-' or '–' or '/' or '.' && i + 1 < part.Length && char.IsAsciiDigit(part[i + 1]))) i++;
        return i - v - 1;
    }

    // Where the sentence opening at text[from..e) ends: a full stop after a word of three letters or more or a number,
    // before a space and a capital (not "D. Smith", "no. 5").
    // Unlike TextScan.Sentences, the first end only, an abbreviation told by its length ("no.", "D."), as English archival prose has no list of them.
    private static int SentenceEnd(string text, int from, int e)
    {
        for (var i = from + 3; i + 2 < e; i++)
        {
            if (text[i] != '.' || text[i + 1] != ' ' || !char.IsUpper(text[i + 2])) continue;
            var w = i;
            while (w > from && char.IsLetterOrDigit(text[w - 1])) w--;
            if (i - w >= 3 || i - w >= 1 && char.IsAsciiDigit(text[i - 1])) return i;
        }
        return e;
    }

    private enum SegmentKind { Other, Unit, Collection, Repository }

    private static ArchivalCitation? ReadSentence(string text, int s, int e)
    {
        Span<(int Start, int End)> segments = stackalloc (int, int)[MaxSegments];
        var count = Segments(text, s, e, segments);
        if (count == 0) return null;
        Span<SegmentKind> kinds = stackalloc SegmentKind[count];
        int archive = -1, firstHolding = -1, lastHolding = -1;
        var unit = false;
        var publicationYear = false;
        ArchivalLevel? recordGroup = null;
        (ArchivalLevel Fond, ArchivalLevel Delo)? piece = null;
        for (var i = 0; i < count; i++)
        {
            var (a, b) = segments[i];
            var segment = text.AsSpan(a, b - a);
            if (segment[0] is '“' or '"' or '‘' or '«') continue; // a document's title
            // A year standing alone is a book's imprint ("The Nicolaevsky Papers, Hoover Institution Press, Stanford, 1990").
            if (segment.Length == 4 && segment.IndexOfAnyExceptInRange('0', '9') < 0) publicationYear = true;
            if (Units(text, a, b, ref recordGroup))
            {
                (kinds[i], unit) = (SegmentKind.Unit, true);
            }
            else if (piece is null && PieceReference(segment) is > 0 and var length)
            {
                // "FO 371/9356": the department and series stand where a fond stands, the piece where a file does.
                var slash = segment.IndexOf('/');
                piece = (new ArchivalLevel(ArchivalLevelKind.Fond, "", text.Substring(a, slash), new TextSpan(a, slash)),
                    new ArchivalLevel(ArchivalLevelKind.Delo, "", text.Substring(a + slash + 1, length - slash - 1), new TextSpan(a + slash + 1, length - slash - 1)));
                (kinds[i], unit) = (SegmentKind.Unit, true);
            }
            else if (EndsWithWord(segment, Vocabulary.CollectionWords)) kinds[i] = SegmentKind.Collection;
            else if (archive < 0 && NamesRepository(segment)) (kinds[i], archive) = (SegmentKind.Repository, i);
            else continue;
            if (kinds[i] != SegmentKind.Repository)
            {
                if (firstHolding < 0) firstHolding = i;
                lastHolding = i;
            }
        }
        if (firstHolding < 0) return null;
        // "…, box 6, NARA", "…, box 4, NARA II": an abbreviation after the holdings names their repository.
        for (var i = lastHolding + 1; archive < 0 && i < count; i++)
            if (ArchivalReader.IsAcronymRun(text.AsSpan(segments[i].Start, segments[i].End - segments[i].Start), ArchivalReader.MaxArchiveWords)) archive = i;
        // "HIA, Nicolaevsky Collection, box 3", "TNA, FO 371/9356": or before them.
        for (var i = firstHolding - 1; archive < 0 && i >= 0; i--)
            if (ArchivalReader.IsAcronymRun(text.AsSpan(segments[i].Start, segments[i].End - segments[i].Start), ArchivalReader.MaxArchiveWords)) archive = i;
        if (archive < 0) return null;
        // A collection named without a box needs no more; but a title of a book with "Papers" in a bracketed imprint is no holding.
        if (!unit && (publicationYear || text.AsSpan(s, e - s).IndexOfAny('(', ')') >= 0)) return null;
        // The holdings after the repository where it stands among them ("Bakhmeteff Archive, Columbia University, Maklakov Papers, box 12").
        if (archive > firstHolding && archive < lastHolding)
        {
            firstHolding = archive + 1;
            while (kinds[firstHolding] is SegmentKind.Other) firstHolding++;
        }
        var (archiveStart, archiveEnd) = segments[archive];
        archiveStart = AfterLeadIn(text, archiveStart, archiveEnd);
        var (name, abbreviation) = ArchivalReader.SplitArchive(text, archiveStart, archiveEnd, 0);
        var (holdStart, holdEnd) = (segments[firstHolding].Start, segments[lastHolding].End);
        var holding = new Located(text[holdStart..holdEnd], new TextSpan(holdStart, holdEnd - holdStart));
        var locator = LocatorReader.ReadAtEnd(text, s, e)?.Locator;
        var (ts, te) = TextScan.Trim(text, s, e);
        return new ArchivalCitation
        {
            Text = text[ts..te],
            Span = new TextSpan(ts, te - ts),
            ArchiveName = name,
            ArchiveShort = abbreviation,
            Levels = piece is { } p ? [p.Fond, p.Delo] : recordGroup is null ? [] : [recordGroup],
            ShelfMark = holding.Value,
            Holding = holding,
            Locator = locator,
            Language = "en",
        };
    }

    // The segments of text[s..e) between commas, semicolons and colons outside brackets and quotes, trimmed; their count.
    private static int Segments(string text, int s, int e, Span<(int Start, int End)> into)
    {
        var count = 0;
        int depth = 0, quote = 0, from = s;
        for (var i = s; i <= e && count < into.Length; i++)
        {
            var c = i < e ? text[i] : ',';
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']' && depth > 0) depth--;
            else if (c is '“' or '«') quote++;
            else if (c is '”' or '»' && quote > 0) quote--;
            else if (c is ',' or ';' or ':' && depth == 0 && quote == 0)
            {
                var (a, b) = TextScan.Trim(text, from, i, " .\u00A0—–");
                if (b > a) into[count++] = (a, b);
                from = i + 1;
            }
        }
        return count;
    }

    // Reads the holding units of the segment text[a..b) ("box 3", "RG 59", "NSF Box 100"): true where it has one; a record
    // group is the fond.
    private static bool Units(string text, int a, int b, ref ArchivalLevel? recordGroup)
    {
        var segment = text.AsSpan(a, b - a);
        var found = false;
        foreach (var unit in Vocabulary.HoldingUnits)
        {
            var at = segment.IndexOf(unit, StringComparison.Ordinal);
            if (at < 0 || UnitValueAt(segment, at, unit.Length) is not (> 0 and var length)) continue;
            found = true;
            if (recordGroup is null && Vocabulary.RecordGroupUnits.Contains(unit))
            {
                var v = a + at + unit.Length + 1;
                recordGroup = new ArchivalLevel(ArchivalLevelKind.Fond, unit, text.Substring(v, length), new TextSpan(a + at, unit.Length + 1 + length));
            }
        }
        return found;
    }

    // The segment ends with one of the words, as a whole word ("Boris Nicolaevsky Collection").
    private static bool EndsWithWord(ReadOnlySpan<char> segment, ImmutableArray<string> words)
    {
        foreach (var word in words)
            if (segment.EndsWith(word, StringComparison.Ordinal) && (segment.Length == word.Length || segment[^(word.Length + 1)] == ' '))
                return true;
        return false;
    }

    // The segment names a repository: one of its words as a whole word, and no digit (a date or a page is no repository).
    private static bool NamesRepository(ReadOnlySpan<char> segment)
    {
        if (segment.IndexOfAnyInRange('0', '9') >= 0) return false;
        foreach (var word in Vocabulary.RepositoryWords)
            for (var at = TextScan.IndexOf(segment, word, 0, StringComparison.Ordinal); at >= 0; at = TextScan.IndexOf(segment, word, at + 1, StringComparison.Ordinal))
                if ((at == 0 || segment[at - 1] == ' ') && (at + word.Length == segment.Length || !char.IsLetter(segment[at + word.Length]))) return true;
        return false;
    }

    // Where the repository's name begins in text[a..b) once a commentary word and small words before it are left out
    // ("See the Hoover Institution Archives").
    private static int AfterLeadIn(string text, int a, int b)
    {
        if (Conventions.CommentaryPrefixAt(text, a, b) is > 0 and var prefix) a = TextScan.Trim(text, a + prefix, b, " ,:").Start;
        while (a < b && char.IsLower(text[a]))
        {
            var space = text.IndexOf(' ', a, b - a);
            if (space < 0) break;
            a = space + 1;
        }
        return a;
    }
}
