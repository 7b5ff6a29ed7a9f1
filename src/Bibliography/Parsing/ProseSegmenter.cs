using System.Runtime.CompilerServices;

namespace Bibliography.Parsing;

/// <summary>
/// Finds the citations inside a Russian footnote part that mixes them with prose: a citation in brackets after a
/// sentence (<c>… поступил в 1950 г. (РГАСПИ. Ф. 558. …)</c>), a lead-in before one (<c>Цит. по:</c>, <c>См.:</c>),
/// several citations run on in sentences (<c>… Л. 166–167. Цит. по: Хаустов В. …</c>).
/// </summary>
/// <remarks>
/// One pass over the part for its cuts, and one per piece for its brackets and lead-in: linear in the part's length.
/// A piece that carries no sign of a citation (a shelf mark, a locator or a year at its end, an ibid phrase) is
/// marked as prose: it is kept only when a reader reads it as a citation.
/// </remarks>
internal static class ProseSegmenter
{
    /// <summary>A range of the part to read as a citation; <paramref name="Prose"/> when nothing in it says it is one.</summary>
    internal readonly record struct Segment(int Start, int End, bool Prose, bool Bracketed = false);

    /// <summary>The longest lead-in read before a colon: a longer sentence is prose that happens to end in one.</summary>
    private const int MaxLeadIn = 80;

    /// <summary>
    /// Fills <paramref name="into"/> with the citations of text[s..e) and the prose between them, in order; false (and
    /// <paramref name="into"/> empty) when the part is one citation to be read whole, as it is written.
    /// </summary>
    public static bool Split(string text, int s, int e, List<Segment> into)
    {
        into.Clear();
        if (!TextScan.HasCyrillic(text, s, e))
        {
            // "RGASPI, f. 17, op. 3, d. 1, l. 5. See also I. V. Ivanov, …": sentences that each hold a citation.
            if (CutLatin(text, s, e, into)) return true;
            // A note in Latin script is left to its readers, but for a shelf mark in brackets after its prose or citation
            // ("…, II: 69–72 (Arkhiv MVD Gruzii, 2–I otdel, f. 14, op. 11, d. 244, l. 19–22)"), which is read alone.
            if (text.IndexOf('(', s, e - s) < 0 || !ArchivalReader.MayHoldFond(text.AsSpan(s, e - s))) return false;
            Piece(text, s, e, MaxBracketLevels - 1, into, latin: true);
            if (!into.Exists(x => x.Bracketed)) { into.Clear(); return false; }
            return true;
        }
        Cut(text, s, e, 0, into);
        if (into.Count == 1 && into[0].Start == s && into[0].End == e) { into.Clear(); return false; }
        if (into.TrueForAll(x => x.Prose)) { into.Clear(); return false; } // nothing reads as a citation: the part as before
        return true;
    }

    // A note in Latin or Georgian script cut into sentences where one of them opens with a lead-in ("… 10–27. See also
    // Edwin Bacon, …", "… (Moscow, 1985), 112. Cf. RGASPI …") or follows a shelf mark closed by its folio ("RGASPI, f.
    // 17, op. 3, d. 1, l. 5. The same decision was reported in Pravda, …"); false (and into empty) where there is no
    // such cut. Other sentences are left to the readers, which read an English note's run-on citations themselves.
    // Unlike TextScan.Sentences, cuts only where a lead-in or a shelf mark's close tells it, so no abbreviation list is needed: only initials are skipped.
    [MethodImpl(Hot.Loop)]
    private static bool CutLatin(string text, int s, int e, List<Segment> into)
    {
        int start = s, looked = s;
        int depth = 0, quote = 0;
        bool cut = false, fond = false;
        for (var i = s; i < e; i++)
        {
            var c = text[i];
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']' && depth > 0) depth--;
            else if (c is '«' or '“') quote++;
            else if (c is '»' or '”' && quote > 0) quote--;
            if (depth > 0 || quote > 0) continue;
            var next = -1;
            if (c == '.' && i + 1 < e && char.IsWhiteSpace(text[i + 1]) && !AfterInitial(text, start, i))
            {
                // Whether the sentence holds a fond is looked for in what was not looked at yet (and a keyword's length
                // back): once per character, not once per full stop.
                if (!fond && i > looked)
                {
                    fond = ArchivalReader.MayHoldFond(text.AsSpan(Math.Max(start, looked - MaxFondOverlap), i - Math.Max(start, looked - MaxFondOverlap)));
                    looked = i;
                }
                next = TextScan.Trim(text, i + 1, e).Start;
                if (next >= e || !(LatinLeadInAt(text, next, e) || fond && ShelfMarkCloses(text, start, i) && OpensSentence(text, next, e)
                    || TopicBeforeColon(text, next, e) > 0 && (EndsWithLocator(text, start, i) || EndsWithBarePage(text, start, i)))) next = -1;
            }
            // "Ivanov, Istoriia, 112, and RGASPI, f. 17, …": a shelf mark joined to the citation before it by "and".
            else if (c == ',' && i > start && char.IsAsciiDigit(text[i - 1]) && AndBeforeShelfMark(text, i + 1, e) is var mark and > 0)
                next = mark;
            if (next < 0) continue;
            LatinPiece(text, start, c == '.' ? i + 1 : i, into);
            (start, cut, fond, looked) = (next, true, false, next);
            i = next - 1;
        }
        if (!cut) return false;
        LatinPiece(text, start, e, into);
        if (into.TrueForAll(x => x.Prose)) { into.Clear(); return false; }
        return true;
    }

    // One sentence of a Latin note: its bracketed shelf marks, as a note in Latin script has them read, or the sentence
    // whole, which is prose where it holds no digit and no ibid (a sentence of commentary: "The letter was used in a
    // leaflet.").
    private static void LatinPiece(string text, int a, int b, List<Segment> into)
    {
        (a, b) = TextScan.Trim(text, a, b);
        if (b <= a) return;
        var first = into.Count;
        if (text.IndexOf('(', a, b - a) >= 0 && ArchivalReader.MayHoldFond(text.AsSpan(a, b - a)))
        {
            Piece(text, a, b, MaxBracketLevels - 1, into, latin: true);
            if (into.Skip(first).Any(x => x.Bracketed)) return;
            into.RemoveRange(first, into.Count - first);
        }
        // "See also Ivanov, …", "Reprinted in Ivanov, …", "For background, see Nagorski, …": the lead-in is no part of the
        // citation after it.
        var led = true;
        if (LeadInAt(text, a, b) is var n and > 0)
            a = TextScan.Trim(text, a + n, b, " ,:").Start;
        else if (SeeAfterPhrase(text, a, b) is var see and > 0) a = see;
        else if (TopicBeforeColon(text, a, b) is var topic and > 0) a = topic;
        else led = false;
        var (ca, cb) = TextScan.Trim(text, a, b, " \t\u00A0,;.");
        if (cb <= ca) return;
        // What a lead-in announces is a citation; other sentences, numbers or not ("The figures are for January 1 of each
        // year", "… was 5,000"), are prose unless one of them ends as a citation does.
        into.Add(new Segment(a, b, !led && !SentenceEndsAsCitation(text, ca, cb)));
    }

    // A sentence of text[a..b) ends as a citation does: a locator, a bare page, a year, a shelf mark, an ibid (see
    // LooksLikeCitation).
    private static bool SentenceEndsAsCitation(string text, int a, int b)
    {
        if (LooksLikeCitation(text, a, b) || EndsWithBarePage(text, a, b) || EndsWithImprintBracket(text, a, b)) return true;
        // Each look reads the piece from its start: a few sentences are looked at, so a crafted run of them costs little.
        var looks = 0;
        for (var i = a + 1; i + 1 < b && looks < MaxSentencesLooked; i++)
        {
            if (text[i] != '.' || !char.IsWhiteSpace(text[i + 1])) continue;
            looks++;
            if (LooksLikeCitation(text, a, i) || EndsWithBarePage(text, a, i) || EndsWithImprintBracket(text, a, i)) return true;
        }
        return false;
    }

    /// <summary>The most sentence ends of a piece looked at for a citation's end (a note's citations come in its first sentences).</summary>
    private const int MaxSentencesLooked = 8;

    // text[a..b) ends in a bare page or range after a comma (or a title's closing quote after one) or a colon ("…, 112",
    // "… (1989), 6–7", "…,” 753", "4:109").
    private static bool EndsWithBarePage(string text, int a, int b)
    {
        var k = b;
        while (k > a && (char.IsAsciiDigit(text[k - 1]) || text[k - 1] is '-' or '–' or '—')) k--;
        if (k == b || !char.IsAsciiDigit(text[k])) return false;
        if (k > a && text[k - 1] == ':') return true;
        if (k - 1 <= a || text[k - 1] != ' ') return false;
        var before = text[k - 2] is '”' or '’' or '"' && k - 2 > a ? k - 3 : k - 2;
        return text[before] == ',';
    }

    // text[a..b) ends in a book's imprint in brackets, its year after a comma ("… Inner Asia (Cambridge: Cambridge
    // University Press, 1990)", "… (Moscow, 1985)"): a sentence of prose that ends so names the book it cites.
    private static bool EndsWithImprintBracket(string text, int a, int b)
    {
        var (_, e) = TextScan.Trim(text, a, b, " .;");
        return e - a >= 8 && text[e - 1] == ')' && Conventions.IsYear(text.AsSpan(e - 5, 4)) && text[e - 6] == ' ' && text[e - 7] == ',';
    }

    // The full stop at text[dot] closes an initial ("I. V. Ivanov", "A. Sidorov"): no sentence ends there.
    private static bool AfterInitial(string text, int a, int dot) =>
        dot > a && char.IsLetter(text[dot - 1]) && (dot - 1 == a || !char.IsLetter(text[dot - 2]));

    /// <summary>How far back a fond is looked for again past what was looked at: a keyword and its number cut by the last look (<c>fond 1</c>|<c>7</c>).</summary>
    private const int MaxFondOverlap = 16;

    // The shelf mark text[a..dot) (it holds a fond) is closed by its folio or file ("…, l. 5", "…, listy 2–2 ob", "…,
    // d. 12"): a sentence after it is no part of it.
    private static bool ShelfMarkCloses(string text, int a, int dot)
    {
        var w = dot;
        while (w > a && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] != ',') w--;
        var word = text.AsSpan(w, dot - w);
        return word.ContainsAnyInRange('0', '9') || word.Length > 0 && LocatorReader.VersoLength(text, w) >= dot - w;
    }

    /// <summary>The longest word of a level or locator keyword after a sentence's full stop (<c>D. 5</c>, <c>Ll. 3</c>): no sentence opens there.</summary>
    private const int MaxKeywordLength = 3;

    // A sentence opens at text[at]: a word with a capital and a small letter ("The", "Pravda"), an acronym ("GARF"), a
    // Georgian letter (the script has no capitals) or a name's initials ("I. V. Ivanov"); no level or locator keyword
    // before its number ("D. 5", "Op.1", "L. 12", "D 2").
    private static bool OpensSentence(string text, int at, int e)
    {
        if (ArchivalReader.OpensWithLevel(text.AsSpan(at, e - at))) return false;
        if (TextScan.IsGeorgian(text[at])) return true;
        if (!char.IsUpper(text[at]) || at + 1 >= e) return false;
        var w = at;
        while (w < e && char.IsLetter(text[w])) w++;
        if (w - at == 1)
            return text[w] == '.' && w + 2 < e && text[w + 1] == ' ' && char.IsUpper(text[w + 2]); // an initial
        if (w - at > MaxKeywordLength || w >= e || text[w] != '.') return true;
        var n = TextScan.Trim(text, w + 1, e).Start;
        return n >= e || !char.IsAsciiDigit(text[n]);
    }

    // A sentence opening at text[at] with a lead-in before a citation: a commentary word ("See also", "Cf.", "Quoted
    // in", "Bax") or one of Conventions.SentenceLeadIns ("Reprinted in", "ეს ციტირებულია:"), or a phrase that closes in
    // ", see" or ": see" ("For background, see Andrew Nagorski, …"). What follows must open as a citation does: "See
    // esp. chap. 3", "Cf. below" are remarks on the citation before.
    // A sentence's lead-in at text[at..e): one of Conventions.SentenceLeadIns, else a commentary prefix; its length or 0.
    private static int LeadInAt(string text, int at, int e) =>
        Conventions.SentenceLeadInAt(text, at, e) is var n and > 0 ? n : Conventions.CommentaryPrefixAt(text, at, e);

    private static bool LatinLeadInAt(string text, int at, int e)
    {
        var n = LeadInAt(text, at, e);
        var after = n > 0 ? TextScan.Trim(text, at + n, e, " ,:").Start : SeeAfterPhrase(text, at, e);
        return after > at && after < e && (char.IsUpper(text[after]) || TextScan.IsGeorgian(text[after]) || OpensIbid(text, after, e));
    }

    /// <summary>
    /// Where the citation begins after a phrase of prose closing in <c>, see</c> or <c>: see</c> that opens text[at..e)
    /// within <see cref="MaxLeadIn"/> (<c>For background, see …</c>), or -1. The phrase holds no digit, full stop,
    /// quote or bracket: it is a remark, not a citation that a "see" continues ("Petrov, Title, 7, see also …").
    /// </summary>
    internal static int SeeAfterPhrase(string text, int at, int e)
    {
        var limit = Math.Min(e, at + MaxLeadIn);
        foreach (var see in Conventions.SeeAfterPhrase)
        {
            var k = text.IndexOf(see, at, limit - at, StringComparison.Ordinal);
            if (k <= at || text.AsSpan(at, k - at).IndexOfAny(PhraseBreakers) >= 0) continue;
            var after = TextScan.Trim(text, k + see.Length, e).Start;
            if (after < e && char.IsUpper(text[after])) return after;
        }
        return -1;
    }

    /// <summary>The fewest words of a topic before a colon that leads into a citation (<c>Kamo on the train with a girl: …</c>).</summary>
    private const int MinTopicWords = 3;

    /// <summary>
    /// Where the citation begins after a topic that opens text[at..e) and closes in a colon within <see cref="MaxLeadIn"/>
    /// (<c>Kamo on the train with the policeman's daughter: Baron Bibineishvili, …</c>), or -1: a phrase of prose, at least
    /// <see cref="MinTopicWords"/> words and twice as many with a small letter as with a capital, no digit, full stop, quote
    /// or bracket, before a capital. A title's subtitle opens after a phrase of capitals (<c>The Making of the Georgian
    /// Nation: A Study</c>), an imprint's publisher after a place (<c>Ithaca, NY: Cornell</c>).
    /// </summary>
    private static int TopicBeforeColon(string text, int at, int e)
    {
        var limit = Math.Min(e, at + MaxLeadIn);
        var colon = text.IndexOf(':', at, limit - at);
        if (colon <= at || text.AsSpan(at, colon - at).IndexOfAny(PhraseBreakers) >= 0) return -1;
        int small = 0, capital = 0;
        for (var i = at; i < colon; i++)
        {
            if (i > at && !char.IsWhiteSpace(text[i - 1]) || char.IsWhiteSpace(text[i])) continue;
            if (char.IsLower(text[i])) small++;
            else if (char.IsUpper(text[i])) capital++;
        }
        if (small + capital < MinTopicWords || small < 2 * capital) return -1;
        var after = TextScan.Trim(text, colon + 1, e).Start;
        return after < e && char.IsUpper(text[after]) ? after : -1;
    }

    private static readonly System.Buffers.SearchValues<char> PhraseBreakers =
        System.Buffers.SearchValues.Create("0123456789.()[]«»“”\"‘");

    // Where a shelf mark begins after ", and " at text[at..e) ("…, 112, and RGASPI, f. 17, …"), or -1.
    private static int AndBeforeShelfMark(string text, int at, int e)
    {
        var i = TextScan.Trim(text, at, e).Start;
        var and = Conventions.And;
        if (e - i <= and.Length + 1 || string.CompareOrdinal(text, i, and, 0, and.Length) != 0 || text[i + and.Length] != ' ') return -1;
        var mark = TextScan.Trim(text, i + and.Length, e).Start;
        return mark < e && OpensShelfMark(text, mark, e) ? mark : -1;
    }

    // Brackets are looked into this many levels deep: a crafted "((((…" is read flat beyond them, not recursed into.
    private const int MaxBracketLevels = 2;

    [MethodImpl(Hot.Loop)]
    private static void Cut(string text, int s, int e, int level, List<Segment> into)
    {
        // The cuts: a full stop at the top level that closes a locator, or that a lead-in follows.
        var start = s;
        int depth = 0, quote = 0;
        for (var i = s; i < e; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (c is '«' or '“' or '„') quote++;
            else if (c is '»' or '”' && quote > 0) quote--;
            if (c != '.' || depth > 0 || quote > 0 || i + 1 >= e || !char.IsWhiteSpace(text[i + 1])) continue;
            var next = i + 1;
            while (next < e && char.IsWhiteSpace(text[next])) next++;
            // "… С. 12–20. URL: https://… (дата обращения: …)": an access statement closes the citation before it, never opens one.
            if (OpensAccessStatement(text, next, e)) continue;
            if (next < e && (EndsWithLocator(text, start, i) || OpensLeadIn(text, next, e) || OpensShelfMark(text, next, e) || LongLeadInAt(text, next, e)
                             || EndsWithImprintYear(text, start, i) && RemarkCloses(text, next, e)))
            {
                Piece(text, start, i + 1, level, into);
                start = next;
            }
        }
        Piece(text, start, e, level, into);
    }

    // text[at..e) opens with an access statement (Conventions.AccessStatements, compared ignoring case).
    private static bool OpensAccessStatement(string text, int at, int e)
    {
        foreach (var mark in Conventions.AccessStatements)
            if (e - at > mark.Length && string.Compare(text, at, mark, 0, mark.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        return false;
    }

    // The author's remark that closes the note after an imprint with no page ("… Нальчик, 2014. Здесь и далее цит. по
    // этому изданию.", "… М., 1990. Курсив мой."): text[at..e) opens with a word of a capital and small letters and
    // holds no digit, quote, bracket or slash (no volume, issue, page or further citation), and no more words with a
    // capital than in small letters ("Репринт.", "Предисловие А. Иванова." stay the imprint's); not an ibid. Stops at
    // the first digit or mark, so a note of many imprints is still scanned in linear time.
    private static bool RemarkCloses(string text, int at, int e)
    {
        if (at + 1 >= e || !char.IsUpper(text[at]) || !char.IsLower(text[at + 1]) || OpensIbid(text, at, e)) return false;
        int small = 0, capital = 0;
        for (var i = at; i < e; i++)
        {
            var c = text[i];
            if (char.IsDigit(c) || CitationMarks.Contains(c)) return false;
            if (i > at && !char.IsWhiteSpace(text[i - 1])) continue;
            if (char.IsLower(c)) small++;
            else if (char.IsUpper(c)) capital++;
        }
        return small >= capital;
    }

    /// <summary>The most words of an archive's abbreviation that opens a shelf mark after a sentence (<c>ЦА ФСБ РФ</c>).</summary>
    private const int MaxShelfMarkArchiveWords = 3;

    // An archive's abbreviation then a numbered fond opens text[at..e) ("РГАСПИ. Ф. 558", "ЦА ФСБ, ф. 3"): after a sentence
    // ("… 14 июня 1895 г. Оригинал на грузинском яз. РГАСПИ. Ф. 558 …") the shelf mark is a citation of its own.
    private static bool OpensShelfMark(string text, int at, int e)
    {
        var i = at;
        for (var words = 0; words < MaxShelfMarkArchiveWords; words++)
        {
            var w = i;
            while (i < e && (char.IsLetter(text[i]) || text[i] == '-')) i++;
            if (i == w || !ArchivalReader.IsAcronym(text.AsSpan(w, i - w))) return false;
            if (i + 2 < e && text[i] == ' ' && char.IsUpper(text[i + 1]) && char.IsUpper(text[i + 2])) { i++; continue; }
            break;
        }
        if (i < e && text[i] is '.' or ',') i++;
        while (i < e && text[i] == ' ') i++;
        foreach (var keyword in Vocabulary.ShortFondKeywords)
        {
            if (string.CompareOrdinal(text, i, keyword, 0, keyword.Length) != 0) continue;
            var j = i + keyword.Length;
            while (j < e && text[j] == ' ') j++;
            return j < e && char.IsAsciiDigit(text[j]);
        }
        return false;
    }

    // One piece between cuts: its bracketed citations, or the piece less its lead-in.
    private static void Piece(string text, int a, int b, int level, List<Segment> into, bool latin = false)
    {
        (a, b) = TextScan.Trim(text, a, b);
        b = DropUnmatchedClose(text, a, b);
        if (b <= a) return;
        if (level >= MaxBracketLevels)
        {
            Lead(text, a, b, into);
            return;
        }
        // Brackets at the top level holding a citation: each is read alone, the text around them is prose.
        var first = into.Count;
        int depth = 0, open = -1, outside = a;
        var bracketed = false;
        for (var i = a; i < b; i++)
        {
            // "… см. [Иванов 1985; Petrov 1990, p. 5]": author–date references in square brackets, each read alone.
            if (text[i] == '[' && depth == 0 && !latin && AuthorDatesClose(text, i, b) is var close and > 0)
            {
                AddProse(text, outside, i, into);
                for (var from = i + 1; from < close; )
                {
                    var semicolon = text.IndexOf(';', from, close - from);
                    var to = semicolon < 0 ? close : semicolon;
                    var (ra, rb) = TextScan.Trim(text, from, to);
                    if (rb > ra) into.Add(new Segment(ra, rb, false, true));
                    from = to + 1;
                }
                (outside, bracketed, i) = (close + 1, true, close);
                continue;
            }
            if (text[i] == '(' && depth++ == 0) open = i;
            else if (text[i] == ')' && depth > 0 && --depth == 0)
            {
                var (ia, ib) = TextScan.Trim(text, open + 1, i);
                if (ib <= ia || !(latin ? ArchivalReader.MayHoldFond(text.AsSpan(ia, ib - ia)) : HoldsCitation(text, ia, ib))) continue;
                AddProse(text, outside, open, into);
                if (latin)
                {
                    ia = SkipCommentary(text, ia, ib);
                    into.Add(new Segment(ia, ib, false, true));
                    outside = i + 1;
                    bracketed = true;
                    continue;
                }
                // The inside may run on over sentences itself ("(РГАНИ. Ф. 2. … Л. 70–82. Впервые опубл.: Источник. …)").
                Cut(text, ia, ib, level + 1, into);
                outside = i + 1;
                bracketed = true;
            }
        }
        if (bracketed)
        {
            AddProse(text, outside, b, into);
            return;
        }
        into.RemoveRange(first, into.Count - first);
        Lead(text, a, b, into);
    }

    // Where the square bracket opened at open closes, when what it holds are references separated by ';', each opening
    // with a capital and holding a year, one at least read as author–date ("[Иванов 1985, с. 12; Whitlock 2002, chap.
    // 2]": the other is read as the readers can); else -1.
    private static int AuthorDatesClose(string text, int open, int b)
    {
        var close = text.IndexOf(']', open + 1, b - open - 1);
        if (close < 0 || text.IndexOf('[', open + 1, close - open - 1) >= 0) return -1;
        var read = false;
        for (var from = open + 1; from < close; )
        {
            var semicolon = text.IndexOf(';', from, close - from);
            var to = semicolon < 0 ? close : semicolon;
            var (ra, rb) = TextScan.Trim(text, from, to);
            if (rb <= ra || !char.IsUpper(text[ra]) || YearEnd(text, ra, rb) is not (> 0 and var ye)) return -1;
            // The names and the year are enough: a locator the reader does not know ("chap. 2") is read as it can be.
            read |= AuthorDateReader.Read(text, ra, ye, bracketed: true) is not null;
            from = to + 1;
        }
        return read ? close : -1;
    }

    // Where the first year in text[a..b) ends, or -1.
    private static int YearEnd(string text, int a, int b)
    {
        for (var i = a; i + 4 <= b; i++)
            if (Conventions.IsYear(text.AsSpan(i, 4)) && (i == a || !char.IsDigit(text[i - 1])) && (i + 4 == b || !char.IsDigit(text[i + 4]))) return i + 4;
        return -1;
    }

    // Past an English commentary opening the brackets ("citing", "see"), which belongs to no field.
    private static int SkipCommentary(string text, int a, int b)
    {
        var n = Conventions.CommentaryPrefixAt(text, a, b);
        return n > 0 ? TextScan.Trim(text, a + n, b, " ,:").Start : a;
    }

    // text[a..b) less a lead-in before its first colon that ends one; what stands before the lead-in's sentence is a
    // piece of its own.
    [MethodImpl(Hot.Loop)]
    private static void Lead(string text, int a, int b, List<Segment> into)
    {
        // "См. также Иванов А. Б. …", "Ср. РГАСПИ. Ф. 17 …": a lead-in without its colon, before a name or a shelf mark.
        if (BareLeadIn(text, a, b) is var lead and > 0) a = lead;
        // "Об этом же писал Иванов И. И. История …. М., 1985": a phrase of prose before the name, without a colon.
        else if (PhraseBeforeName(text, a, b) is var named and > 0)
        {
            AddProse(text, a, named, into);
            a = named;
        }
        int depth = 0, quote = 0, sentence = a;
        for (var i = a; i < b; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (c is '«' or '“' or '„') quote++;
            else if (c is '»' or '”' && quote > 0) quote--;
            if (depth > 0 || quote > 0) continue;
            // "— см. также:": an abbreviation before a small letter ends no sentence.
            if (c == '.' && i + 2 < b && char.IsWhiteSpace(text[i + 1]) && !char.IsLower(text[TextScan.Trim(text, i + 1, b).Start])) sentence = i + 1;
            if (c != ':') continue;
            // "О массовой мобилизации населения … во время Первой мировой войны см.: Siegelbaum L. H. …": a longer sentence
            // leads in only where "см." stands among its last words and an author's name follows the colon.
            if (i - sentence > MaxLeadIn && (i - sentence > MaxLongLeadIn || !SeeCloses(text, sentence, i) || !NameFollows(text, i + 1, b))) continue;
            // "Статья. В кн.: Сборник …": the colon of a container's mark, inside the citation.
            if (ClosesContainerMark(text, a, i)) continue;
            // "История Абхазии / Ред. кол.: А. Б. Петров", "Redaktor: …": the colon of a statement of responsibility.
            if (ClosesRole(text, a, i)) continue;
            // The lead-in is the piece up to the colon ("Цит. по:", whose "Цит." looks like a sentence), else its last sentence.
            var (ls, le) = TextScan.Trim(text, a, i);
            var nameFollows = NameFollows(text, i + 1, b);
            // Any phrase before a name is a lead-in only within one sentence: "…, 1954. Вариации — см. также: Name" keeps the
            // citation before the sentence.
            if (i - a > MaxLeadIn || le <= ls || !(OpensLeadIn(text, ls, i + 1) || EndsLeadIn(text, ls, le) || nameFollows && sentence == a && IsPhrase(text, ls, le)))
                (ls, le) = TextScan.Trim(text, sentence, i);
            if (le <= ls || !(OpensLeadIn(text, ls, i + 1) || EndsLeadIn(text, ls, le) || nameFollows && IsPhrase(text, ls, le))) continue;
            if (ls > a) AddProse(text, a, ls, into);
            Add(text, i + 1, b, into);
            return;
        }
        Add(text, a, b, into);
    }

    /// <summary>The longest sentence of prose read as a lead-in where it closes with "см." (a topic, then "see").</summary>
    private const int MaxLongLeadIn = 320;

    /// <summary>The most words after "см." before a lead-in's colon (<c>см. подробное исследование:</c>, <c>см., например:</c>).</summary>
    private const int MaxWordsAfterSee = 3;

    // A sentence opening at text[at] leads in as Lead reads a long one: its colon within MaxLongLeadIn and no sentence's
    // end before it, "см." among its last words, an author's name after it ("… P. 49–53. О публичной мобилизации более
    // широко см.: Pearson R. …"). Stops at the first colon or full stop before a capital: a sentence is looked at once.
    private static bool LongLeadInAt(string text, int at, int e)
    {
        if (!char.IsUpper(text[at])) return false;
        var limit = Math.Min(e, at + MaxLongLeadIn);
        for (var i = at; i < limit; i++)
        {
            if (text[i] == ':') return SeeCloses(text, at, i) && NameFollows(text, i + 1, e);
            if (text[i] is '.' or '(' or ';' or '«' && (text[i] != '.' || i + 2 < limit && char.IsWhiteSpace(text[i + 1]) && char.IsUpper(text[i + 2]))) return false;
        }
        return false;
    }

    // One of the last words of text[a..colon) is "см." ("… войны см.:", "… см. отличное исследование:"): the sentence,
    // however long, names a topic and then leads into what it cites. Looks back a few words only.
    private static bool SeeCloses(string text, int a, int colon)
    {
        var end = TextScan.Trim(text, a, colon, " ,").End;
        for (var words = 0; words <= MaxWordsAfterSee && end > a; words++)
        {
            var w = end;
            while (w > a && !char.IsWhiteSpace(text[w - 1])) w--;
            var word = text.AsSpan(w, end - w).TrimEnd(',');
            if (w > a)
                foreach (var see in Vocabulary.RussianSeeWords)
                    if (word.Equals(see, StringComparison.OrdinalIgnoreCase)) return true;
            end = TextScan.Trim(text, a, w, " ,").End;
        }
        return false;
    }

    // The colon at text[colon] closes a role word ("Ред. кол.:", "Редкол.:", "Tərtibçilər:") standing at a word's start.
    private static bool ClosesRole(string text, int a, int colon)
    {
        var end = TextScan.Trim(text, a, colon).End;
        foreach (var (word, _) in Vocabulary.RoleWords)
        {
            var at = end - word.Length;
            if (at < a || string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            if (at == a || !char.IsLetter(text[at - 1])) return true;
        }
        return false;
    }

    // The colon at text[colon] closes a container's mark opening a sentence after a's ("… Статья. — В кн.:").
    private static bool ClosesContainerMark(string text, int a, int colon)
    {
        foreach (var mark in Vocabulary.ContainerMarks)
        {
            var at = colon + 1 - mark.Length;
            if (mark[^1] != ':' || at <= a || string.Compare(text, at, mark, 0, mark.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            var before = TextScan.Trim(text, a, at, " –—-").End;
            if (before > a && text[before - 1] == '.') return true;
        }
        return false;
    }

    // Where the citation after a colonless lead-in opening text[a..b) begins, or -1: the lead-in must be followed by an
    // author's name, a shelf mark or a lead-in's colon.
    private static int BareLeadIn(string text, int a, int b)
    {
        foreach (var lead in Conventions.RussianBareLeadIns)
        {
            if (b - a <= lead.Length || string.Compare(text, a, lead, 0, lead.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            // "См.: ГАРФ", "См. также: Иванов …": a colon after the lead-in is its own, no part of what follows.
            var (at, _) = TextScan.Trim(text, a + lead.Length, b, " ,:");
            if (at >= b) return -1;
            return lead[^1] == ':' || NameFollows(text, at, b) || ArchivalReader.Read(text, at, b) is not null ? at : -1;
        }
        return -1;
    }

    /// <summary>The most words of prose before an author's name read as a lead-in without a colon (<c>Об этом же писал</c>).</summary>
    private const int MaxLeadInWords = 6;

    // Where the author's name begins after a phrase of prose opening text[a..b) without a colon ("Об этом же писал
    // Иванов И. И. …", "Эту точку зрения разделяет И. И. Петров. …"), or -1: a phrase of two words or more, a capital
    // and then small letters only, no digit and no joining "и" before the name, and a publication after it, with a
    // year and no shelf mark (a document's description before a shelf mark names people too: "Записка Берия Л. П. …").
    private static int PhraseBeforeName(string text, int a, int b)
    {
        if (!char.IsUpper(text[a])) return -1;
        var limit = Math.Min(b, a + MaxLeadIn);
        var words = 1;
        for (var i = a + 1; i < limit; i++)
        {
            var c = text[i];
            if (c != ' ')
            {
                if (!char.IsLetter(c)) return -1;
                continue;
            }
            var w = i + 1;
            if (w >= limit || !char.IsLetter(text[w])) return -1;
            if (char.IsLower(text[w]))
            {
                if (++words > MaxLeadInWords) return -1;
                continue;
            }
            if (words < 2 || Conventions.AuthorJoinerAt(text, text.LastIndexOf(' ', i - 1, i - a) + 1, i + 1) > 0) return -1;
            var name = PublicationReader.FamilyThenInitials.Find(text, w, b - w) is { Index: var f } && f == w
                || PublicationReader.InitialsThenFamily.Find(text, w, b - w) is { Index: var n } && n == w;
            if (!name || YearEnd(text, w, b) < 0 || ArchivalReader.MayHoldFond(text.AsSpan(w, b - w))) return -1;
            return w;
        }
        return -1;
    }

    private static void Add(string text, int a, int b, List<Segment> into)
    {
        (a, b) = TextScan.Trim(text, a, b, " \t\u00A0,;");
        if (b > a) into.Add(new Segment(a, b, !LooksLikeCitation(text, a, b)));
    }

    // Text around bracketed citations: prose unless it carries a citation's sign at its end.
    private static void AddProse(string text, int a, int b, List<Segment> into)
    {
        (a, b) = TextScan.Trim(text, a, b, " \t\u00A0,;.");
        if (b <= a) return;
        into.Add(new Segment(a, b, !EndsWithLocator(text, a, b) && !EndsWithImprintYear(text, a, b) && !ArchivalReader.MayHoldFond(text.AsSpan(a, b - a))));
    }

    // text[a..b) ends in an imprint's year after its comma ("… М.: Наука, 1954"): a citation cited without pages before
    // a sentence of prose, not prose ("…, 1954. Вариации на тему — см. также: …").
    private static bool EndsWithImprintYear(string text, int a, int b)
    {
        if (b - a < 6 || !Conventions.IsYear(text.AsSpan(b - 4, 4)) || char.IsAsciiDigit(text[b - 5])) return false;
        var before = TextScan.Trim(text, a, b - 4).End;
        return before > a && text[before - 1] == ',';
    }

    // A closing bracket with no opening one in the piece ("Там же. С. 126–128)"): the note's own, not the citation's.
    private static int DropUnmatchedClose(string text, int a, int b)
    {
        var depth = 0;
        for (var i = a; i < b; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth < 0) return TextScan.Trim(text, a, i, " .").End;
        }
        return b;
    }

    // Brackets that hold a citation rather than a remark: a shelf mark, a lead-in, a locator at the end, an ibid.
    private static bool HoldsCitation(string text, int a, int b) =>
        ArchivalReader.MayHoldFond(text.AsSpan(a, b - a)) || OpensLeadIn(text, a, b) || EndsWithLocator(text, a, b) || OpensIbid(text, a, b)
        || AuthorDateReader.Read(text, a, b, bracketed: true) is not null;

    /// <summary>The fewest words of a part read as prose alone: a shorter one may be a title cited bare.</summary>
    private const int MinProseWords = 8;

    /// <summary>
    /// True when text[a..b) is prose and cites nothing: no sentence of it ends as a citation does (a locator, a bare
    /// page, a year, a shelf mark, an ibid), it has no quotes, brackets or <c>//</c> (a title, an imprint, a
    /// container), does not open with an author's name, and runs on in words of small letters, at least twice as many as
    /// words with a capital (<c>Death-toll estimates are very approximate. The rumour at the time was of 17,000 lives
    /// lost</c>). Georgian, which has no capitals, is never told prose this way.
    /// </summary>
    internal static bool IsProseOnly(string text, int a, int b)
    {
        (a, b) = TextScan.Trim(text, a, b, " \t\u00A0,;.");
        if (b - a < MinProseWords * 2 || text.AsSpan(a, b - a).IndexOfAny(CitationMarks) >= 0) return false;
        int small = 0, capital = 0;
        for (var i = a; i < b; i++)
        {
            if (i > a && !char.IsWhiteSpace(text[i - 1]) || char.IsWhiteSpace(text[i])) continue;
            var c = text[i];
            if (c is >= '\u10A0' and <= '\u10FF') return false;
            if (char.IsLower(c)) small++;
            else if (char.IsUpper(c)) capital++;
            // "Ivanov, The making of …": a name and its comma open a citation, not a sentence.
            if (i == a && char.IsUpper(c) && WordEnd(text, i, b) is var we && we < b && text[we] == ',') return false;
            // "no. 51", "t. 1", "gv. 45" (AcadNusx Georgian is written in small letters), "red. by": an abbreviation
            // before a number or a small letter, which a citation has and a sentence's end has not.
            if (AbbreviationAt(text, i, b)) return false;
        }
        if (small + capital < MinProseWords || small < 2 * capital) return false;
        if (NameFollows(text, a, b) || PublicationReader.InitialsThenFamily.Find(text, a, b - a) is not null) return false;
        return !SentenceEndsAsCitation(text, a, b);
    }

    private static int WordEnd(string text, int i, int b)
    {
        while (i < b && char.IsLetter(text[i])) i++;
        return i;
    }

    // A short word and its full stop at text[i], then a number or a small letter ("no. 51", "p. 5", "gv. 45", "red. red.").
    private static bool AbbreviationAt(string text, int i, int b)
    {
        var w = WordEnd(text, i, b);
        if (w == i || w - i > MaxKeywordLength + 1 || w + 2 >= b || text[w] != '.' || !char.IsWhiteSpace(text[w + 1])) return false;
        var n = w + 2;
        return char.IsAsciiDigit(text[n]) || char.IsLower(text[n]);
    }

    // Quotes, brackets and the slashes of a container: what a title or an imprint is set in, never running prose.
    private static readonly System.Buffers.SearchValues<char> CitationMarks = System.Buffers.SearchValues.Create("«»“”„\"‘()[]/");

    /// <summary>True when text[a..b) carries a sign of a citation: a shelf mark, an ibid phrase, a locator or a year at its end.</summary>
    internal static bool LooksLikeCitation(string text, int a, int b)
    {
        var (s, e) = TextScan.Trim(text, a, b, " .,;");
        if (e <= s) return false;
        if (OpensIbid(text, s, e) || EndsWithLocator(text, s, e) || ArchivalReader.MayHoldFond(text.AsSpan(s, e - s))
            || AuthorDateReader.Read(text, s, e) is not null) return true;
        // A year closing the part, alone or with "г.": an imprint ("М., 1993") or a newspaper's date.
        var end = e;
        if (end - s > 2 && text[end - 1] == 'г' && char.IsWhiteSpace(text[end - 2])) end -= 2;
        (_, end) = TextScan.Trim(text, s, end);
        return end - s >= 4 && Conventions.IsYear(text.AsSpan(end - 4, 4)) && (end - s == 4 || !char.IsLetterOrDigit(text[end - 5]));
    }

    private static bool OpensIbid(string text, int a, int b)
    {
        foreach (var (phrase, _) in Vocabulary.IbidPhrases)
            if (b - a >= phrase.Length && string.Compare(text, a, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        return false;
    }

    /// <summary>True when text at <paramref name="at"/> opens a Russian lead-in (<c>См.</c>, <c>Цит. по</c>) that ends in a colon within its sentence.</summary>
    private static bool OpensLeadIn(string text, int at, int end)
    {
        // An author's heading name whose family opens like a lead-in word ("Смит А. …", "Текстов И. И. …") opens a
        // citation: the colon after it is its imprint's ("М.: Наука"), not a lead-in's.
        if (PublicationReader.FamilyThenInitials.Find(text, at, end - at) is not null) return false;
        foreach (var opening in Conventions.RussianLeadInOpenings)
        {
            if (end - at < opening.Length || string.Compare(text, at, opening, 0, opening.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            // An opening is also a word's stem ("Цитируется по:", "Опубликовано:"), but a word it begins in small letters,
            // or one whose colon a publisher and a year follow, is a statement's word or a place: "/ подгот. текста В. Г.
            // Сидорова. Л.: Прибой", "Смоленск: Русич, 2001".
            if (at + opening.Length < end && char.IsLetter(text[at + opening.Length]) && !StemOpensLeadIn(text, at)) continue;
            // The colon must follow within a short sentence: "Списки использовались …" opens no lead-in.
            var limit = Math.Min(end, at + MaxLeadIn);
            for (var i = at + opening.Length; i < limit; i++)
            {
                if (text[i] == ':') return true;
                if (text[i] is '(' or ';' or '«') break;
            }
        }
        return false;
    }

    // The word at text[at] that a lead-in's opening begins leads in: capitalised, and not a place closed by its colon
    // before a publisher and a year ("Смоленск: Русич, 2001"; "Опубликовано: Известия. 1990" leads in).
    private static bool StemOpensLeadIn(string text, int at)
    {
        if (!char.IsUpper(text[at])) return false;
        var word = at;
        while (word < text.Length && char.IsLetter(text[word])) word++;
        // (The imprint is looked for past end, which a caller may set at the colon.)
        return word >= text.Length || text[word] != ':' || !PublisherAndYearFollow(text, word + 1, text.Length);
    }

    /// <summary>The most characters of a publisher's name read after a place's colon (<c>: Изд-во Смоленского ун-та, 1998</c>).</summary>
    private const int MaxPublisherAfterColon = 80;

    // text[at..end) holds a comma and a year ("Русич, 2001") before another colon, within a publisher's length.
    private static bool PublisherAndYearFollow(string text, int at, int end)
    {
        var limit = Math.Min(end, at + MaxPublisherAfterColon);
        for (var i = at; i < limit; i++)
        {
            if (text[i] == ':') return false;
            if (text[i] != ',') continue;
            var y = i + 1;
            while (y < end && text[y] == ' ') y++;
            if (y + 4 <= end && Conventions.IsYear(text.AsSpan(y, 4))) return true;
        }
        return false;
    }

    // An author's name opens text[at..b) ("…: Алиев И. Г. История …", "…: И. Г. Алиев. История …"): the colon before it
    // closes a lead-in whatever its words ("Эти данные приводятся в работе:"), where a subtitle would open with a small
    // letter or a word that is no name.
    private static bool NameFollows(string text, int at, int b)
    {
        (at, _) = TextScan.Trim(text, at, b);
        if (at >= b || !char.IsUpper(text[at])) return false;
        if (PublicationReader.FamilyThenInitials.Find(text, at, b - at) is { } f)
            return f.Index + f.Length == b || text[f.Index + f.Length] is ' ' or ',' or '.';
        return PublicationReader.InitialsThenFamily.Find(text, at, b - at) is { } i && i.Index + i.Length < b && text[i.Index + i.Length] is '.' or ',';
    }

    // text[a..b) is a phrase of several words (a lone word before a colon is a title: "Реабилитация:").
    private static bool IsPhrase(string text, int a, int b) => text.AsSpan(a, b - a).Contains(' ');

    // The lead-in text[a..b) ends in one of its closing words ("… см.", "… цит. по").
    private static bool EndsLeadIn(string text, int a, int b)
    {
        var w = b;
        while (w > a && !char.IsWhiteSpace(text[w - 1])) w--;
        if (w == a) return false; // one word alone is a title ("Реабилитация:")
        var word = text.AsSpan(w, b - w);
        foreach (var ending in Conventions.RussianLeadInEndings)
            if (word.Equals(ending, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// True when text[a..end) ends in a page or folio locator with its keyword (<c>С. 33–34</c>, <c>Л. 166 об</c>,
    /// <c>Ст. 44</c>); <paramref name="end"/> is the full stop after it, or the end of the text looked at.
    /// </summary>
    internal static bool EndsWithLocator(string text, int a, int end)
    {
        var k = end;
        while (k > a && char.IsWhiteSpace(text[k - 1])) k--;
        if (k - 2 >= a && text[k - 1] == 'б' && text[k - 2] == 'о') { k -= 2; while (k > a && char.IsWhiteSpace(text[k - 1])) k--; }
        else if (k - 3 >= a && text[k - 1] == '.' && text[k - 2] == 'б' && text[k - 3] == 'о') { k -= 3; while (k > a && char.IsWhiteSpace(text[k - 1])) k--; }
        var digits = 0;
        while (k > a && (char.IsAsciiDigit(text[k - 1]) || text[k - 1] is ' ' or ',' or '-' or '–' or '—' or '\u00A0'))
            digits += char.IsAsciiDigit(text[--k]) ? 1 : 0;
        if (digits == 0 || k <= a || text[k - 1] != '.') return false;
        // "Л., 1966": a comma after the keyword's full stop makes it a place of publication (Ленинград), not a folio.
        if (TextScan.Trim(text, k, end).Start is var first && first < end && text[first] == ',') return false;
        var w = k - 1;
        while (w > a && char.IsLetter(text[w - 1])) w--;
        if (w > a && char.IsLetterOrDigit(text[w - 1])) return false;
        return IsLocatorWord(text.AsSpan(w, k - 1 - w));
    }

    private static readonly string[] LocatorWords = ["С", "с", "Л", "л", "Лл", "лл", "Ст", "ст", "Стр", "стр", "Стб", "стб", "S", "s", "p", "pp", "l", "ll", "v", "V"];

    private static bool IsLocatorWord(ReadOnlySpan<char> word)
    {
        foreach (var w in LocatorWords)
            if (word.SequenceEqual(w)) return true;
        return false;
    }
}
