using System.Runtime.CompilerServices;

namespace Bibliography.Parsing;

/// <summary>Small scanning helpers over a text range, keeping offsets so every part keeps its position.</summary>
internal static class TextScan
{
    /// <summary>
    /// True for a character of the Georgian (Mkhedruli) block, U+10D0–U+10FF, in which the region's Georgian notes are
    /// typed: one test for every reader, so that none disagrees on where the block ends.
    /// </summary>
    public static bool IsGeorgian(char c) => c is >= '\u10D0' and <= '\u10FF';

    /// <summary>
    /// True when <paramref name="word"/> is one of <paramref name="words"/>, whole, compared by <paramref name="comparison"/>
    /// (ordinal unless a list is read in any case) and, where <paramref name="trimEnd"/> names characters, with those off
    /// each listed word's end (a word written with or without its full stop): one test for every "is it in the list". An
    /// empty <paramref name="trimEnd"/> trims nothing (MemoryExtensions.TrimEnd would take it for white space).
    /// </summary>
    public static bool IsOneOf(ReadOnlySpan<char> word, IReadOnlyList<string> words, StringComparison comparison = StringComparison.Ordinal, string? trimEnd = null)
    {
        for (var i = 0; i < words.Count; i++)
            if (word.Equals(string.IsNullOrEmpty(trimEnd) ? words[i].AsSpan() : words[i].AsSpan().TrimEnd(trimEnd), comparison)) return true;
        return false;
    }

    /// <summary>True when <paramref name="word"/> ends with one of <paramref name="endings"/>, compared ordinally: the one test for "does it end as these do".</summary>
    public static bool EndsWithOneOf(ReadOnlySpan<char> word, IReadOnlyList<string> endings)
    {
        for (var i = 0; i < endings.Count; i++)
            if (word.EndsWith(endings[i], StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The first of <paramref name="keywords"/> (listed longer first) that opens text[s..e) with something after it, and
    /// where the value after it starts (spaces skipped), or null: the readers' "keyword, then its number" shape.
    /// </summary>
    public static (string Keyword, int Value)? OpeningKeyword(string text, int s, int e, IEnumerable<string> keywords)
    {
        foreach (var keyword in keywords)
            if (e - s > keyword.Length && string.CompareOrdinal(text, s, keyword, 0, keyword.Length) == 0)
                return (keyword, Trim(text, s + keyword.Length, e).Start);
        return null;
    }

    /// <summary>Narrows [start, end) past the given characters at both ends.</summary>
    public static (int Start, int End) Trim(string text, int start, int end, string chars = " \t\u00A0")
    {
        while (start < end && (chars.Contains(text[start]) || char.IsWhiteSpace(text[start]))) start++;
        while (end > start && (chars.Contains(text[end - 1]) || char.IsWhiteSpace(text[end - 1]))) end--;
        return (start, end);
    }

    /// <summary>
    /// Where one of <paramref name="marks"/> ("n.d.", "б. г.") closes text[s..e) after a separator, or -1. English
    /// notes write the mark whole after a space, comma or bracket ("(Moscow, n.d.)"); GOST imprints, when
    /// <paramref name="bracketed"/>, may drop its full stop or square it in brackets ("б. г", "[б. г.]", the bracket's
    /// start returned) after a space, comma, full stop, bracket or colon, and the range is trimmed first.
    /// </summary>
    public static int MarkAtEnd(string text, int s, int e, IReadOnlyList<string> marks, bool bracketed)
    {
        if (bracketed)
        {
            (s, e) = Trim(text, s, e);
            if (e > s && text[e - 1] == ']') e--;
            if (e > s && text[e - 1] == '.') e--;
        }
        foreach (var mark in marks)
        {
            var written = bracketed ? mark.AsSpan().TrimEnd('.') : mark.AsSpan();
            var at = e - written.Length;
            if (at < s || !text.AsSpan(at, written.Length).SequenceEqual(written)) continue;
            if (at > s && !(bracketed ? char.IsWhiteSpace(text[at - 1]) || text[at - 1] is ',' or '.' or '[' or ':' : text[at - 1] is ' ' or ',' or '(')) continue;
            return bracketed && at > s && text[at - 1] == '[' ? at - 1 : at;
        }
        return -1;
    }

    /// <summary>A <see cref="Located"/> for text[start..end) trimmed, or null when empty.</summary>
    public static Located? Locate(string text, int start, int end, string chars = " \t\u00A0")
    {
        (start, end) = Trim(text, start, end, chars);
        return end > start ? new Located(text[start..end], new TextSpan(start, end - start)) : null;
    }

    /// <summary>
    /// The sentence boundaries of a citation part, into <paramref name="result"/> (cleared first: a caller that reads
    /// them at once reuses one list): full stops (or ?/!) that end a sentence, not an initial or abbreviation, as pairs
    /// of (index of the stop, index where the next sentence starts).
    /// </summary>
    /// <remarks>Unlike ProseSegmenter.CutLatin and WesternArchiveReader.SentenceEnd, every boundary, an abbreviation told by <see cref="Vocabulary.NonTerminalAbbreviations"/>.</remarks>
    [MethodImpl(Hot.Loop)]
    public static void Sentences(string text, int start, int end, List<(int Stop, int Next)> result)
    {
        result.Clear();
        var quote = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '“' or '«' or '„') quote++;
            else if (c is '”' or '»' && quote > 0) quote--;
            // "Title (1924–1925) М., 1958": a closing bracket before an imprint ends the title's sentence too.
            if (quote == 0 && c == ')' && i + 1 < end && char.IsWhiteSpace(text[i + 1]))
            {
                var at = i + 1;
                while (at < end && char.IsWhiteSpace(text[at])) at++;
                if (at < end && StartsImprint(text, at, end)) result.Add((i + 1, at));
                continue;
            }
            if (quote > 0 || c is not ('.' or '?' or '!')) continue;
            if (i + 1 < end && !char.IsWhiteSpace(text[i + 1])) continue;
            var next = i + 1;
            while (next < end && (char.IsWhiteSpace(text[next]) || text[next] is '–' or '—' or '-')) next++;
            if (next >= end) continue;
            if (c == '.' && !EndsSentence(text, start, i) && !StartsImprint(text, next, end) && !(AfterYearMark(text, start, i) && PlaceInFullToEnd(text, next, end))) continue;
            result.Add((i, next));
        }
    }

    // The full stop at `dot` closes a year's mark after its year ("1917 г.", "1941–1945 гг."): a title's phrase ends there.
    private static bool AfterYearMark(string text, int start, int dot)
    {
        var j = dot - 1;
        while (j >= start && char.IsLetter(text[j])) j--;
        var word = text.AsSpan(j + 1, dot - j - 1);
        // The plural doubles the letter ("гг."), as abbreviations of Russian plurals do.
        if (word.Length == 2 && word[0] == word[1]) word = word[..1];
        if (word.IsEmpty) return false;
        // The year before the mark first: most full stops follow no figure, and the mark is then never looked up.
        while (j >= start && char.IsWhiteSpace(text[j])) j--;
        if (j < start || !char.IsAsciiDigit(text[j])) return false;
        foreach (var mark in Vocabulary.YearMarks)
            if (mark.Length == word.Length + 1 && mark[^1] == '.' && word.SequenceEqual(mark.AsSpan(0, word.Length))) return true;
        return false;
    }

    /// <summary>The most words of a place of publication written in full (<c>Ростов-на-Дону</c>, <c>Нижний Новгород</c>).</summary>
    private const int MaxPlaceWords = 3;

    // text[at..end), up to a publisher's colon, is a place written in full and nothing else: one to three capitalised
    // words joined by spaces or hyphens ("Ростов-на-Дону", "Нижний Новгород", "Йошкар-Ола"), particles between them,
    // before its publisher's colon or its year's comma (read from the right, the year is cut off before the range's end).
    private static bool PlaceInFullToEnd(string text, int at, int end)
    {
        // A place list is short: the colon is looked for within MaxPlaceList characters, so a range of many year marks
        // is not searched to its end once per mark.
        var colon = text.IndexOf(':', at, Math.Min(end - at, MaxPlaceList));
        var stop = colon >= 0 ? colon : end;
        if (stop - at > MaxPlaceList) return false;
        // Without a publisher, the imprint's year must follow the range: a title's last words are no place.
        if (colon < 0)
        {
            var y = end;
            while (y < text.Length && text[y] is ' ' or ',') y++;
            if (y == end || y + 4 > text.Length || !Conventions.IsYear(text.AsSpan(y, 4))) return false;
        }
        var (s, e) = Trim(text, at, stop);
        if (e <= s || !IsPlaceList(text.AsSpan(s, e - s))) return false;
        // Without a publisher's colon a capitalised word before ", year" may as well be the title's ("Революция 1917 г.
        // Документы, 1957"): one place at least must be abbreviated, known to the lexicon or hyphenated ("Ростов-на-Дону").
        return colon >= 0 || HasTellingPlace(text.AsSpan(s, e - s));
    }

    /// <summary>The longest place list (<c>Ростов-на-Дону</c>, <c>Алма-Ата ; М.</c>) looked for after a year's mark.</summary>
    private const int MaxPlaceList = 80;

    // True when one place of the list is abbreviated ("М."), one the lexicon knows ("Тифлис") or written with a hyphen.
    private static bool HasTellingPlace(ReadOnlySpan<char> list)
    {
        foreach (var range in list.Split(';'))
        {
            var place = list[range].Trim();
            if (Conventions.IsKnownPlace(place) || place.Contains('-')) return true;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="candidate"/> is a place of publication, or several joined by GOST's <c>;</c>: each
    /// abbreviated (<c>М.</c>) or written in full as one to three capitalised words joined by spaces or hyphens, particles
    /// between them (<c>Ростов-на-Дону</c>, <c>Нижний Новгород</c>, <c>Алма-Ата ; М.</c>, <c>Москва ; Берлин</c>).
    /// </summary>
    public static bool IsPlaceList(ReadOnlySpan<char> candidate)
    {
        var any = false;
        foreach (var range in candidate.Split(';'))
        {
            var place = candidate[range].Trim();
            if (place.IsEmpty || !(Conventions.IsAbbreviatedPlace(place) || IsPlaceInFull(place))) return false;
            any = true;
        }
        return any;
    }

    // One place written in full: one to three capitalised words joined by spaces or hyphens, particles between them.
    private static bool IsPlaceInFull(ReadOnlySpan<char> place)
    {
        var words = 0;
        for (var i = 0; i < place.Length;)
        {
            var w = i;
            while (w < place.Length && (char.IsLetter(place[w]) || place[w] == '/')) w++;
            if (w == i) return false;
            var word = place[i..w];
            if (++words > MaxPlaceWords || !(char.IsUpper(word[0]) || Conventions.IsPlaceParticle(word))) return false;
            if (w < place.Length && place[w] is not (' ' or '-')) return false;
            i = w < place.Length ? w + 1 : w;
        }
        return words > 0;
    }

    /// <summary>True where an abbreviated place opens an imprint (<c>М.: Наука</c>, or <c>М.</c> closing the range before its year), which ends the sentence before it.</summary>
    /// <remarks>
    /// After an abbreviation that ends no sentence (<c>9-е изд., доп. и испр. М.; Л.: …</c>, <c>Изд. 2-е, перераб. Баку,
    /// 1970</c>), the imprint is told by its place: abbreviated, also before a second place (<c>М.; Л.</c>, <c>М. – Л.</c>),
    /// or one of the places written in full that the region's notes name, before its publisher's colon or its year.
    /// </remarks>
    private static bool StartsImprint(string text, int at, int end)
    {
        var stop = text.IndexOf('.', at, Math.Min(5, end - at));
        if (stop >= 0)
        {
            var after = stop + 1;
            while (after < end && text[after] == ' ') after++;
            if ((after >= end || text[after] is ':' or ',' or ';' or '–' or '—' or '-') && Conventions.IsAbbreviatedPlace(text.AsSpan(at, stop + 1 - at))
                && !(after < end && text[after] == ',' && FamilyThenInitialAt(text, after + 1, end))) return true;
        }
        var word = at;
        while (word < end && char.IsLetter(text[word])) word++;
        if (word == at || word < end && text[word] is not (':' or ',') || !Labelling.Lexicon.IsPlaceName(text.AsSpan(at, word - at))) return false;
        if (word >= end) return true; // the year after it is already cut off (a reader from the right)
        var next = word + 1;
        while (next < end && text[next] == ' ') next++;
        return text[word] == ':' || next + 4 <= end && Conventions.IsYear(text.AsSpan(next, 4));
    }

    // "Сост. Иванов А. М., Петров В. Г.": a family name and an initial after the comma make the letter before it ("М.",
    // "Л.", "Б.") a name's last initial in a list, not an abbreviated place (whose comma a year or a publisher follows).
    private static bool FamilyThenInitialAt(string text, int at, int end)
    {
        while (at < end && text[at] == ' ') at++;
        if (at >= end || !char.IsUpper(text[at])) return false;
        var word = at + 1;
        while (word < end && char.IsLower(text[word])) word++;
        if (word - at < 2 || word >= end || text[word] != ' ') return false;
        while (word < end && text[word] == ' ') word++;
        return word + 1 < end && char.IsUpper(text[word]) && text[word + 1] == '.';
    }

    private static bool EndsSentence(string text, int start, int dot)
    {
        var j = dot - 1;
        while (j >= start && char.IsLetter(text[j])) j--;
        var word = text.AsSpan(j + 1, dot - j - 1);
        if (word.Length == 0) return true; // after a digit or a bracket: "1931." "materialı)."
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial
        // "Кн. 1", "წ. 2": a book's part before its number, which the sentence goes on with.
        if (NumberAfter(text, dot + 1) && IsBookPartWord(text.AsSpan(j + 1, dot + 1 - (j + 1)))) return false;
        // A Georgian initial ("გ. ლომიძე"): the script has no capitals; but for the year's mark ("1960 წ.").
        if (word.Length == 1 && TextScan.IsGeorgian(word[0]) && !Vocabulary.YearMarks.Contains(word.ToString() + ".")) return false;
        // Georgian initials are often of two letters ("ილ. აბულაძე", "ელ. გიუნაშვილი"): before a Georgian word, not a place's.
        if (word.Length == 2 && TextScan.IsGeorgian(word[0]) && dot + 2 < text.Length && text[dot + 1] == ' ' && TextScan.IsGeorgian(text[dot + 2])
            && !Conventions.IsAbbreviatedPlace(text.AsSpan(j + 1, dot + 1 - (j + 1)))) return false;
        return !Conventions.IsNonTerminalAbbreviation(word);
    }

    private static bool IsBookPartWord(ReadOnlySpan<char> word) => TextScan.IsOneOf(word, Conventions.BookPartWords);

    // A number (digits, or a Roman numeral's capitals) after the spaces at text[at..].
    private static bool NumberAfter(string text, int at)
    {
        while (at < text.Length && text[at] == ' ') at++;
        return at < text.Length && (char.IsAsciiDigit(text[at]) || Conventions.IsRomanLetter(text[at]) && (at + 1 == text.Length || !char.IsLower(text[at + 1])));
    }

    // char.ToLowerInvariant of every character below Armenian (Latin, Cyrillic), looked up instead of asking ICU.
    private static readonly char[] LowerTable = Enumerable.Range(0, 0x530).Select(c => char.ToLowerInvariant((char)c)).ToArray();

    /// <summary>The same as <see cref="string.ToLowerInvariant()"/>, without ICU for Latin and Cyrillic text.</summary>
    public static string LowerInvariant(string text)
    {
        foreach (var c in text)
            if (c >= LowerTable.Length) return text.ToLowerInvariant(); // other scripts, surrogate pairs: the full mapping
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = LowerTable[source[i]];
        });
    }

    /// <summary>
    /// Writes <see cref="LowerInvariant"/> of <paramref name="text"/> into <paramref name="into"/> (as long as the text)
    /// when the table covers every character; false (and <paramref name="into"/> unspecified) when one needs the full mapping.
    /// </summary>
    public static bool TryLowerInvariant(ReadOnlySpan<char> text, Span<char> into)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= LowerTable.Length) return false;
            into[i] = LowerTable[text[i]];
        }
        return true;
    }

    /// <summary>True when <paramref name="c"/> may open a quoted name: one of <see cref="Vocabulary.OpeningQuotes"/>, or the single ‘ unless <paramref name="single"/> is false.</summary>
    public static bool IsOpeningQuote(char c, bool single = true) => OpeningQuoteMarks.Contains(c) || single && c == Vocabulary.SingleQuotes[0];

    /// <summary>True when <paramref name="c"/> may close a quoted name: one of <see cref="Vocabulary.ClosingQuotes"/> (“ too, as German and Russian close „ with it), or the single ’ unless <paramref name="single"/> is false.</summary>
    public static bool IsClosingQuote(char c, bool single = true) => ClosingQuoteMarks.Contains(c) || single && c == Vocabulary.SingleQuotes[1];

    /// <summary>The mark that closes a quotation <paramref name="opener"/> opens (<see cref="Vocabulary.QuotePairs"/>): ” for “, » for «, “ for „; a straight mark, or any other, closes itself.</summary>
    public static char CloserOf(char opener)
    {
        foreach (var pair in Vocabulary.QuotePairs)
            if (pair[0] == opener) return pair[1];
        return opener;
    }

    // The marks as sets, so that a test per character costs a bit look-up, not a scan of the list.
    private static readonly System.Buffers.SearchValues<char> OpeningQuoteMarks = System.Buffers.SearchValues.Create(Vocabulary.OpeningQuotes);
    private static readonly System.Buffers.SearchValues<char> ClosingQuoteMarks = System.Buffers.SearchValues.Create(Vocabulary.ClosingQuotes);

    /// <summary>
    /// The index of the first occurrence of any of <paramref name="chars"/> in [start, end) outside quotes, or -1. A
    /// straight <c>"</c> opens a quote where none is open and closes the one it opened.
    /// </summary>
    [MethodImpl(Hot.Loop)]
    public static int IndexOfAnyOutsideQuotes(string text, int start, int end, string chars)
    {
        var quote = 0;
        var straight = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '“' or '«' or '„') quote++;
            else if (c is '”' or '»' && quote > 0) quote--;
            else if (c == '"' && (straight || quote == 0)) straight = !straight;
            else if (quote == 0 && !straight && chars.Contains(c)) return i;
        }
        return -1;
    }

    /// <summary>The index of the last occurrence of <paramref name="c"/> in [start, end) outside quotes, or -1 (scanned from the end).</summary>
    [MethodImpl(Hot.Loop)]
    public static int LastIndexOutsideQuotes(string text, int start, int end, char c)
    {
        var quote = 0;
        var straight = false;
        for (var i = end - 1; i >= start; i--)
        {
            var x = text[i];
            if (x is '”' or '»') quote++;
            else if (x is '“' or '«' or '„' && quote > 0) quote--;
            else if (x == '"' && (straight || quote == 0)) straight = !straight;
            else if (x == c && quote == 0 && !straight) return i;
        }
        return -1;
    }

    /// <summary>The Cyrillic letters that look like Latin ones (А В Е К М Н О Р С Т Х, а е о р с у х і ј).</summary>
    private static readonly System.Buffers.SearchValues<char> CyrillicLookAlikes = System.Buffers.SearchValues.Create("АВЕКМНОРСТХаеорсухіјІЈ");

    /// <summary>True when text[s..e) holds a letter only the Azerbaijani and Turkish alphabets have among Latin ones (<see cref="Vocabulary.AzerbaijaniLetters"/>; ç, ö, ü are German and French too).</summary>
    public static bool HasAzerbaijaniLetter(string text, int s, int e) => text.AsSpan(s, e - s).IndexOfAny(Vocabulary.AzerbaijaniLetters) >= 0;

    /// <summary>
    /// True when text[s..e) holds Cyrillic text: a Cyrillic letter with no Latin look, or look-alikes that are more than
    /// a few among Latin letters (a slip of the keyboard or of the OCR in a Latin note, "nachale ХХ veka", is none).
    /// </summary>
    public static bool HasCyrillic(string text, int s, int e)
    {
        var part = text.AsSpan(s, e - s);
        if (!part.ContainsAnyInRange('\u0400', '\u04FF')) return false;
        int lookAlikes = 0, latin = 0;
        foreach (var c in part)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                if (!CyrillicLookAlikes.Contains(c)) return true;
                lookAlikes++;
            }
            else if (char.IsAsciiLetter(c)) latin++;
        }
        return lookAlikes * 10 > latin;
    }

    /// <summary>The index of <paramref name="value"/> in <paramref name="span"/> at or after <paramref name="from"/>, or -1: a search that goes on after a rejected match.</summary>
    public static int IndexOf(ReadOnlySpan<char> span, string value, int from, StringComparison comparison) =>
        span[from..].IndexOf(value, comparison) is var at and >= 0 ? from + at : -1;
}
