using System.Buffers;
using System.Text.RegularExpressions;
using Bibliography.Model;
using System.Runtime.CompilerServices;

namespace Bibliography.Parsing;

/// <summary>Reads archival citations: archive, fond, opis, delo and folio or page, in every convention.</summary>
internal static class ArchivalReader
{
    /// <summary>
    /// A level's number: digits, or digits in groups of three set apart by a space as a printer sets a long number
    /// (<c>f.31 660</c>, <c>d.1 103</c>).
    /// </summary>
    internal const string Digits = @"(?:\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)";

    /// <summary>
    /// A fond's or a file's value: a number with an optional letter, a letter prefix before it (<c>Р-130</c>), and a
    /// part after a hyphen, a number or one or two letters (<c>1-1044</c>, <c>17-п</c>, <c>416-с</c>), as archives number
    /// fonds split or reorganised.
    /// </summary>
    internal const string LevelValue = @"(?:[A-Za-zА-Яа-яЁё]{1,3}\s?-\s?)?" + Digits + @"[A-Za-zА-Яа-я]?(?:-(?:\d+|[A-Za-zА-Яа-яЁё]{1,2}\b))?";

    // The alternatives in their order of priority; each names its keyword k and its value v.
    private const int Fond = 0, Named = 1, Opis = 2, Delo = 3, Folio = 4, Page = 5;
    internal static readonly string[] LevelPatterns =
    [
        Spelt(Vocabulary.Alternation(KeywordLevel.Fond)) + SignAfter + @"\s*(?<v>" + LevelValue + @")",
        @"(?<v>\p{Lu}\p{Ll}+(?:\s\p{Lu}?\p{Ll}+)?)\s+" + Vocabulary.NamedFond,
        // An opis may be compound ("Оп. 263/216", an inventory and its part).
        Spelt(Vocabulary.Alternation(KeywordLevel.Opis)) + SignAfter + @"\s*(?<v>(?:" + Digits + @"[A-Za-zА-Яа-я]?(?:/\d+)?|" + Conventions.RomanClass(3) + @"{1,5})(?:\s?«[А-Яа-яA-Za-z]{1,2}»)?)",
        Spelt(Vocabulary.Alternation(KeywordLevel.Delo)) + SignAfter + @"\s*(?<v>" + LevelValue + @")",
        Spelt(Conventions.FolioKeyword) + @"\s*(?<v>" + Conventions.NumberList + @")",
        @"(?<k>" + Conventions.PageKeyword + @")\s*(?<v>" + Conventions.NumberList + @")",
    ];

    // A file kept in volumes ("d. 12, t. 2", "т. 2", "vol. 4"): its volume, looked for after the levels only (not one of
    // the level patterns the labeller's features read, where a publication's volume would look like a shelf mark's).
    private static readonly Regex ArchivalVolume = new(@"(?:" + Vocabulary.ArchivalVolumeAlternation + @")\s*(?<v>\d+)", Conventions.Options);

    // A level's keyword, also as English notes spell a level out with its abbreviation in brackets ("fond (f.) 270",
    // "opis' (op.) 1", "delo (d.) 8", "list (l.) 53ob"): the word before the bracket, one of the level's own, is part
    // of the keyword as written.
    private static string Spelt(string keywords) => @"(?:(?:" + keywords + @")\s?\()?(?<k>" + keywords + @")\)?";

    // "fond №1541", "ф. № 17", "საქმე №16": a number sign between a level's keyword and its number is part of the
    // keyword as written (one optional space before it, so the engine meets one bounded choice).
    private const string SignAfter = @"(?:\s?" + Vocabulary.NumberSign + @")?";

    // The alternatives joined, to find the levels (a search computes no groups and allocates nothing), and each alone,
    // anchored at both ends, to tell which one a found span is and to read its keyword and value: the first alternative
    // that matches the span whole is the one the search took there.
    private static readonly Regex Level = new(string.Join("|", LevelPatterns), Conventions.Options);
    // Linear (Conventions.Linear): anchored at both ends of a span the search found, each \s run followed by a token it
    // cannot match, and a number's digits given back one at a time, each at a bounded cost, where what follows fails.
    private static readonly Regex[] Alternatives = LevelPatterns.Select(p => new Regex(@"\A(?:" + p + @")\z", Conventions.Linear)).ToArray();
    // Each alternative's keyword and value groups, by number (-1 where it has none).
    private static readonly int[] K = Alternatives.Select(r => r.GroupNumberFromName("k")).ToArray(), V = Alternatives.Select(r => r.GroupNumberFromName("v")).ToArray();

    /// <summary>Every level and locator match in text[start..start+length) as read: alternative, where it stands, keyword and value (for tests).</summary>
    internal static List<(int Alternative, int Index, int Length, string Keyword, string Value)> Levels(string text, int start, int length)
    {
        var found = new List<(int, int, int, string, string)>();
        foreach (var f in Level.EnumerateMatches(text.AsSpan(start, length)))
        {
            var (index, alternative) = (start + f.Index, AlternativeOf(text, start + f.Index, f.Length));
            var (kStart, kEnd, vStart) = Parts(text, alternative, index, f.Length);
            found.Add((alternative, index, f.Length, text[kStart..kEnd], text[vStart..(index + f.Length)]));
        }
        return found;
    }

    // The alternative a level found at text[index..index+length) is (a test that computes no groups).
    private static int AlternativeOf(string text, int index, int length)
    {
        for (var i = 0; i < Alternatives.Length; i++)
            if (Alternatives[i].IsMatch(text.AsSpan(index, length))) return i;
        throw new InvalidOperationException("a level found matches no alternative");
    }

    /// <summary>
    /// Where the keyword of a level match of <paramref name="alternative"/> at [index, index+length) starts and ends,
    /// and where its value starts (it runs to the match's end), told from the alternatives' shape without groups where
    /// that is certain. Every keyword is free of digits and ends in a non-space, and every value opens with a digit unless
    /// it is a fond's with a letter prefix, which takes a '-': with no '-' in the match, the value opens at its first
    /// digit and the keyword is what precedes it less the spaces between. A named fond is its whole match (no keyword);
    /// a fond's match holding a '-' is split as its pattern tries it (the pattern itself only if that found nothing).
    /// </summary>
    /// <remarks>Groups of the non-backtracking engine cost about a kilobyte per match: most levels are read without them.</remarks>
    private static (int KeywordStart, int KeywordEnd, int ValueStart) Parts(string text, int alternative, int index, int length)
    {
        if (alternative == Named) return (index, index, index);
        var match = text.AsSpan(index, length);
        if (alternative is Fond or Delo && match.Contains('-'))
        {
            // A value may open with letters then ("Ф. Р-5446", "Д. П-1234"): the keyword is the first of the pattern's, in
            // its order, after which (and the spaces) the rest is a whole value, as the pattern tries them.
            foreach (var keyword in alternative == Fond ? FondKeywordOrder : DeloKeywordOrder)
            {
                if (!match.StartsWith(keyword, StringComparison.Ordinal)) continue;
                var value = SkipSign(match, keyword.Length);
                if (IsLevelValue(match[value..])) return (index, index + keyword.Length, index + value);
            }
            var m = Alternatives[alternative].Match(text, index, length);
            var (k, v) = (m.Groups[K[alternative]], m.Groups[V[alternative]]);
            return (k.Index, k.Index + k.Length, v.Index);
        }
        if (alternative == Opis && match.IndexOfAnyInRange('0', '9') < 0)
        {
            // An opis in Roman numerals ("Оп. I «б»"): the value opens after the keyword, the first of the opis's words it starts with.
            foreach (var keyword in OpisKeywords)
            {
                if (!match.StartsWith(keyword, StringComparison.Ordinal)) continue;
                return (index, index + keyword.Length, index + SkipSign(match, keyword.Length));
            }
        }
        var digit = index;
        while (!char.IsDigit(text[digit])) digit++;
        var keywordEnd = digit;
        while (char.IsWhiteSpace(text[keywordEnd - 1])) keywordEnd--;
        // The sign is kept out of the keyword, which the convention and the language are told by (unless the keyword
        // is spelt with it: "инв. №").
        if (keywordEnd - 1 > index && text[keywordEnd - 1] == Vocabulary.NumberSign[0]
            && !Vocabulary.InventoryNumberKeywords.Contains(text[index..keywordEnd]))
            for (keywordEnd--; char.IsWhiteSpace(text[keywordEnd - 1]); ) keywordEnd--;
        return (index, keywordEnd, digit);
    }

    // Where a level's value opens after its keyword ending at `at`: past spaces and a number sign (SignAfter).
    private static int SkipSign(ReadOnlySpan<char> match, int at)
    {
        while (at < match.Length && char.IsWhiteSpace(match[at])) at++;
        if (at < match.Length && match[at] == Vocabulary.NumberSign[0])
            for (at++; at < match.Length && char.IsWhiteSpace(match[at]); ) at++;
        return at;
    }

    // The fond keywords in the order of the Fond pattern's alternation.
    private static readonly string[] FondKeywordOrder = Vocabulary.Spellings(KeywordLevel.Fond).ToArray();

    // The delo keywords in the order of the Delo pattern's alternation (a space in one stands for an optional one).
    private static readonly string[] DeloKeywordOrder = Vocabulary.Spellings(KeywordLevel.Delo).SelectMany(k => k.Contains(' ') ? new[] { k, k.Replace(" ", "") } : [k]).ToArray();

    /// <summary>True when <paramref name="value"/> is a whole <see cref="LevelValue"/>: <c>(?:[A-Za-zА-Яа-яЁё]{1,3}\s?-\s?)?\d+[A-Za-zА-Яа-я]?(?:-(?:\d+|[A-Za-zА-Яа-яЁё]{1,2}))?</c>.</summary>
    internal static bool IsLevelValue(ReadOnlySpan<char> value)
    {
        var i = 0;
        var letters = 0;
        while (i < value.Length && letters < 3 && IsLevelValueLetter(value[i])) (i, letters) = (i + 1, letters + 1);
        if (letters > 0)
        {
            // The prefix is taken whole or not at all: without it the value would open with a letter, not a digit.
            if (i < value.Length && char.IsWhiteSpace(value[i])) i++;
            if (i >= value.Length || value[i] != '-') return false;
            i++;
            if (i < value.Length && char.IsWhiteSpace(value[i])) i++;
        }
        var digits = i;
        while (i < value.Length && char.IsDigit(value[i])) i++;
        if (i == digits) return false;
        // Groups of three after a space ("31 660"), only after a first group of three digits at most.
        while (i - digits <= 3 && i + 3 < value.Length && value[i] is ' ' or '\u00A0' or '\u202F'
               && char.IsDigit(value[i + 1]) && char.IsDigit(value[i + 2]) && char.IsDigit(value[i + 3])
               && (i + 4 == value.Length || !char.IsDigit(value[i + 4])))
        {
            i += 4;
            digits = i - 3; // the rule on the first group's length holds for it alone
        }
        if (i < value.Length && value[i] is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 'А' and <= 'я')) i++;
        // The part after a hyphen: digits, or one or two letters.
        if (i + 1 < value.Length && value[i] == '-')
        {
            var part = ++i;
            if (char.IsDigit(value[i])) while (i < value.Length && char.IsDigit(value[i])) i++;
            else while (i < value.Length && i - part < 2 && IsLevelValueLetter(value[i])) i++;
            if (i == part) return false;
        }
        return i == value.Length;
    }

    // What every keyword that can start a fond (a named fond ends in "fondu"), an opis or a delo in the Level pattern
    // opens with (its first word: "ед. хр." may be written "ед.хр."). A citation holding none of a fond's, or none of an
    // opis's or a delo's, cannot be archival, whatever the pattern would find: most citations of a paper are
    // publications, and this spares them the archival search.
    private static readonly string[] FondKeywords = Openings(KeywordLevel.Fond), OpisKeywords = Openings(KeywordLevel.Opis), DeloKeywords = Openings(KeywordLevel.Delo);

    private static string[] Openings(KeywordLevel level) => Vocabulary.Spellings(level).Select(s => s.Split(' ')[0]).Distinct().ToArray();
    private static readonly SearchValues<char> FondStarts = Starts(FondKeywords), OpisStarts = Starts(OpisKeywords), DeloStarts = Starts(DeloKeywords);
    private static readonly string[][] FondByFirst = ByFirst(FondKeywords), OpisByFirst = ByFirst(OpisKeywords), DeloByFirst = ByFirst(DeloKeywords);

    private static SearchValues<char> Starts(string[] words) => SearchValues.Create(words.Select(w => w[0]).Distinct().ToArray());

    // The words by their first letter (Latin, Cyrillic, Georgian: up to the last first letter of any keyword): a found
    // letter is compared only with the words it opens.
    private static string[][] ByFirst(string[] words) =>
        Enumerable.Range(0, Vocabulary.Keywords.Max(k => (int)k.Text[0]) + 1).Select(c => words.Where(w => w[0] == c).ToArray()).ToArray();

    // As IndexOfAny over the words (ordinal) >= 0, but a vectorised search for their first letters then a comparison:
    // the multi-string search falls back to a dictionary per character for non-ASCII words. With valueFollows, only
    // a word that a fond's value can follow counts.
    [MethodImpl(Hot.Loop)]
    private static bool ContainsAny(ReadOnlySpan<char> text, SearchValues<char> starts, string[][] byFirst, bool valueFollows = false)
    {
        for (var at = text.IndexOfAny(starts); at >= 0; )
        {
            var rest = text[at..];
            foreach (var word in rest[0] < byFirst.Length ? byFirst[rest[0]] : [])
                if (rest.StartsWith(word, StringComparison.Ordinal) && (!valueFollows || FondValueMayFollow(rest[word.Length..]))) return true;
            var next = rest[1..].IndexOfAny(starts);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>
    /// False when no citation in <paramref name="text"/> can name an archive in full with its abbreviation
    /// (<c>Full Name (ABBR)</c>): such a citation ends its archive part with ')' and is archival.
    /// </summary>
    public static bool MayExpandAbbreviation(string text)
    {
        var span = text.AsSpan();
        return span.Contains(')') && MayBeArchival(span);
    }

    // A cheap test Read applies first: no fond keyword that a value can follow, and not both an opis's and a delo's
    // keyword, means not archival (a fond's keyword is also an initial: "N.F. Title"). One pass over the part with a
    // table of the levels each letter opens a keyword of, not three searches: the opis's and delo's first letters
    // (o, s, d, i…) are most of an English note's letters, so a vectorised search restarted at each was mostly calls.
    [MethodImpl(Hot.Loop)]
    private static bool MayBeArchival(ReadOnlySpan<char> part)
    {
        bool opis = false, delo = false;
        for (var at = 0; at < part.Length; at++)
        {
            var c = part[at];
            var levels = c < LevelsByFirst.Length ? LevelsByFirst[c] : 0;
            if (levels == 0) continue;
            var rest = part[at..];
            if ((levels & FondBit) != 0)
                foreach (var word in FondByFirst[c])
                    if (rest.StartsWith(word, StringComparison.Ordinal) && FondValueMayFollow(rest[word.Length..])) return true;
            opis = opis || ((levels & OpisBit) != 0 && StartsWithAny(rest, OpisByFirst[c]));
            delo = delo || ((levels & DeloBit) != 0 && StartsWithAny(rest, DeloByFirst[c]));
            if (opis && delo) return true;
        }
        return false;
    }

    private const byte FondBit = 1, OpisBit = 2, DeloBit = 4;

    // For each letter (as ByFirst's tables), which levels have a keyword opening with it.
    private static readonly byte[] LevelsByFirst = Enumerable.Range(0, FondByFirst.Length).Select(c => (byte)(
        (FondByFirst[c].Length > 0 ? FondBit : 0) | (OpisByFirst[c].Length > 0 ? OpisBit : 0) | (DeloByFirst[c].Length > 0 ? DeloBit : 0))).ToArray();

    // As ContainsAny at one place: the words a found letter opens.
    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words) if (text.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>False when no fond level (<see cref="Fond"/> or <see cref="Named"/>) can match in <paramref name="text"/> (tests compare it with the levels found).</summary>
    internal static bool MayHoldFond(ReadOnlySpan<char> text) => ContainsAny(text, FondStarts, FondByFirst, valueFollows: true);

    /// <summary>
    /// False where the text after a fond keyword (<paramref name="after"/>) cannot open the rest of a fond level: a named
    /// fond's or a fond's "fondu" (after "fond": a "u"), or spaces then a <see cref="LevelValue"/>, which opens with a
    /// digit or with one to three of its letters, one optional space and a '-'.
    /// </summary>
    internal static bool FondValueMayFollow(ReadOnlySpan<char> after)
    {
        if (after.StartsWith('u')) return true;
        // "fond (f.) 270": the keyword's abbreviation in brackets, then the value.
        var i = after.StartsWith(')') ? 1 : after.TrimStart().StartsWith('(') && after.IndexOf(')') is > 0 and < 8 and var close ? close + 1 : 0;
        i = SkipSign(after, i);
        if (i < after.Length && char.IsDigit(after[i])) return true;
        var letters = 0;
        while (i < after.Length && letters < 3 && IsLevelValueLetter(after[i])) (i, letters) = (i + 1, letters + 1);
        if (letters == 0) return false;
        if (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        return i < after.Length && after[i] == '-';
    }

    // [A-Za-zА-Яа-яЁё] of LevelValue.
    private static bool IsLevelValueLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 'А' and <= 'я') or 'Ё' or 'ё';

    private static readonly char[] ArchiveEnd = [' ', ',', '.', ';', ':', '\u00A0'];

    /// <summary>Reads <paramref name="text"/>[start..end) as an archival citation, or returns null if it is not one.</summary>
    public static ArchivalCitation? Read(string text, int start, int end)
    {
        var part = text.AsSpan(start, end - start);
        var namesArchive = NamesArchive(part);
        if (!MayBeArchival(part) && !((OpensWithLevel(part) || namesArchive || HoldsInventoryNumber(part)) && (ContainsAny(part, DeloStarts, DeloByFirst) || ContainsAny(part, OpisStarts, OpisByFirst))))
            return null;
        var slice = text.Substring(start, end - start);
        var levels = new List<ArchivalLevel>();
        var covered = new List<(int Start, int End)>();
        CitedLocator? locator = null;
        Located? volume = null;
        int firstLevel = -1, lastLevelEnd = -1;
        var fondFound = false;

        foreach (var found in Level.EnumerateMatches(slice))
        {
            var (index, length) = (found.Index, found.Length);
            // "ЦГИА Грузии ф. 16, оп. 1", "სცსა ფ. 1831, აღწ. 2": the first level may follow the archive's name with no mark.
            if (!AtBoundary(slice, index) && !(levels.Count == 0 && locator is null && ArchiveNamedBefore(slice, index))) continue;
            var alternative = AlternativeOf(slice, index, length);
            if (levels.Count == 0 && alternative != Fond && !AtBoundary(slice, index)) continue;
            covered.Add((index, index + length));
            var span = new TextSpan(start + index, length);
            var (kStart, kEnd, vStart) = Parts(slice, alternative, index, length);
            var keyword = slice.AsSpan(kStart, kEnd - kStart);
            var vEnd = index + length;
            if (alternative == Fond && !(fondFound && IsFolioAfterFond(keyword)))
            {
                levels.Add(new ArchivalLevel(ArchivalLevelKind.Fond, keyword.ToString(), PrefixJoined(slice[vStart..vEnd]), span));
                fondFound = true;
                // "ფ.1451/1-253": fond, opis and delo in one compact mark.
                if (CompactRest(slice, vEnd) is { } compact)
                {
                    levels.Add(new ArchivalLevel(ArchivalLevelKind.Opis, "", slice[compact.Opis.Start..compact.Opis.End], new TextSpan(start + compact.Opis.Start, compact.Opis.End - compact.Opis.Start)));
                    levels.Add(new ArchivalLevel(ArchivalLevelKind.Delo, "", slice[compact.Delo.Start..compact.Delo.End], new TextSpan(start + compact.Delo.Start, compact.Delo.End - compact.Delo.Start)));
                    covered[^1] = (index, compact.Delo.End);
                    length = compact.Delo.End - index;
                }
            }
            else if (alternative == Fond)
            {
                // "f." (English "f. 12") or "ფ." after a fond is a folio, never a second fond.
                var value = slice[vStart..vEnd];
                locator = new CitedLocator(LocatorReader.Canonical(value), LocatorLabels.Folio, keyword.ToString(), value, span);
                continue;
            }
            else if (alternative == Named)
            {
                levels.Add(new ArchivalLevel(ArchivalLevelKind.Fond, "", slice.Substring(index, length), span));
                fondFound = true;
            }
            else if (alternative == Opis)
                levels.Add(new ArchivalLevel(ArchivalLevelKind.Opis, keyword.ToString(), slice[vStart..vEnd], span));
            else if (alternative == Delo)
            {
                // "Д. 2, 3": several files of one opis. Only after a Cyrillic or Georgian keyword: in Latin notes a number
                // after the file's is as often a folio written without its keyword ("d. 5, 12").
                // An inventory number is one manuscript's; a number after it is its year ("Инв. 28, 1947").
                if ((!char.IsAscii(keyword[0]) || keyword.SequenceEqual(Vocabulary.EnglishFiles)) && !IsInventoryKeyword(keyword) && FileListEnd(slice, vEnd) is var listEnd and > 0)
                {
                    (vEnd, length) = (listEnd, listEnd - index);
                    (covered[^1], span) = ((index, listEnd), new TextSpan(start + index, length));
                }
                // "Case 2981 (b)": a file's part lettered in brackets after its number is part of the file's number.
                else if (LetteredPartEnd(slice, vEnd) is var partEnd and > 0)
                {
                    (vEnd, length) = (partEnd, partEnd - index);
                    (covered[^1], span) = ((index, partEnd), new TextSpan(start + index, length));
                }
                levels.Add(new ArchivalLevel(ArchivalLevelKind.Delo, keyword.ToString(), slice[vStart..vEnd], span));
            }
            else
            {
                var value = slice[vStart..vEnd];
                locator = new CitedLocator(LocatorReader.Canonical(value), alternative == Folio ? LocatorLabels.Folio : LocatorLabels.Page,
                    keyword.ToString(), value.Trim(), span);
                if (firstLevel < 0) firstLevel = index;
                continue;
            }
            if (firstLevel < 0) firstLevel = index;
            lastLevelEnd = index + length;
        }

        // "Op.1. D 2. L.3-4": the file's keyword letter without its full stop, read only right after a fond and an opis.
        if (levels is [{ Level: ArchivalLevelKind.Fond }, { Level: ArchivalLevelKind.Opis } opisLevel] && UndottedFile(slice, opisLevel.Span.Offset - start + opisLevel.Span.Length) is var (ds, de, dv) && de > ds)
        {
            levels.Add(new ArchivalLevel(ArchivalLevelKind.Delo, slice[ds..(ds + 1)], slice[dv..de], new TextSpan(start + ds, de - ds)));
            var at = 0;
            while (at < covered.Count && covered[at].Start < ds) at++;
            covered.Insert(at, (ds, de));
            lastLevelEnd = Math.Max(lastLevelEnd, de);
        }
        // "ფონდი 1451 - IV - გუჯართა აღწერილობის დავთარი - …": a fond's register cited by its parts between dashes, its
        // Roman number, right after the fond, the file.
        if (levels is [{ Level: ArchivalLevelKind.Fond, Keyword: [var k0, ..] } registerFond] && TextScan.IsGeorgian(k0)
            && RegisterNumber(slice, registerFond.Span.Offset - start + registerFond.Span.Length) is var (rs, re) && re > rs)
        {
            levels.Add(new ArchivalLevel(ArchivalLevelKind.Delo, "", slice[rs..re], new TextSpan(start + rs, re - rs)));
            var at = 0;
            while (at < covered.Count && covered[at].Start < rs) at++;
            covered.Insert(at, (rs, re));
            lastLevelEnd = Math.Max(lastLevelEnd, re);
        }
        bool hasFond = false, hasOpis = false, hasDelo = false;
        foreach (var l in levels)
        {
            hasFond |= l.Level == ArchivalLevelKind.Fond;
            hasOpis |= l.Level == ArchivalLevelKind.Opis;
            hasDelo |= l.Level == ArchivalLevelKind.Delo;
        }
        // A file or an inventory alone is a citation where it continues the one before ("…; Д. 420. Л. 1–68", "Там же.
        // Д. 58") or where the archive is named in words ("Архив УФСБ по Республике Марий Эл. Д. 595").
        var continues = !hasFond && firstLevel >= 0 && slice.AsSpan(0, firstLevel).Trim(" .,;:").IsEmpty;
        if (!(hasFond || (hasOpis && hasDelo) || ((hasOpis || hasDelo) && (continues || namesArchive))
              || hasDelo && firstLevel > 0 && HoldsInventoryNumber(part) && InventoryAfterAbbreviation(slice, firstLevel))) return null;

        // "АВПРИ, ф. Политархив, оп. 482", "(АВПРИ). Ф. Главный архив. Оп. 1": a fond named by words, not numbered.
        if (!hasFond && hasOpis && NamedFondBefore(slice, firstLevel) is var (fondAt, fondKeyword, valueEnd) && fondAt > 0)
        {
            var fondValue = slice[TextScan.Trim(slice, fondAt + fondKeyword.Length, valueEnd).Start..valueEnd];
            levels.Insert(0, new ArchivalLevel(ArchivalLevelKind.Fond, fondKeyword, fondValue, new TextSpan(start + fondAt, valueEnd - fondAt)));
            covered.Insert(0, (fondAt, valueEnd));
            firstLevel = fondAt;
        }

        // A volume after the first level ("d. 12, t. 2"): elsewhere "t." may be anything.
        if (firstLevel >= 0 && ArchivalVolume.Match(slice, firstLevel) is { Success: true } v && AtBoundary(slice, v.Index) && RightAfterALevel(slice, covered, v.Index))
        {
            var value = v.Groups["v"];
            volume = new Located(value.Value, new TextSpan(start + value.Index, value.Length));
            var at = 0;
            while (at < covered.Count && covered[at].Start < v.Index) at++;
            covered.Insert(at, (v.Index, v.Index + v.Length));
        }

        // "spr. 926, 192", "vol. 1, 15", "d.74, 1.3": the folio closing the shelf mark without its keyword, or with the
        // keyword printed as the digit one.
        if (locator is null && lastLevelEnd > 0 && BareFolio(slice, CoveredEnd(covered)) is var (fs, fe) && fe > fs)
        {
            var value = slice[fs..fe];
            locator = new CitedLocator(LocatorReader.Canonical(value), LocatorLabels.Folio, "", value, new TextSpan(start + fs, fe - fs));
            covered.Add((CoveredEnd(covered), fe));
        }

        // The archive is what precedes the first level, less its separators and spaces: found in place, copied once.
        var (archiveStart, archiveEnd) = (0, firstLevel);
        while (archiveEnd > 0 && ArchiveEnd.AsSpan().Contains(slice[archiveEnd - 1])) archiveEnd--;
        while (archiveStart < archiveEnd && char.IsWhiteSpace(slice[archiveStart])) archiveStart++;
        while (archiveEnd > archiveStart && char.IsWhiteSpace(slice[archiveEnd - 1])) archiveEnd--;
        // "Archive of the President of the Russian Federation (APRF), Moscow": the city after the archive is its place.
        Located? place = null;
        if (TrailingPlace(slice, archiveStart, archiveEnd) is var comma and > 0)
        {
            var (ps, pe) = TextScan.Trim(slice, comma + 1, archiveEnd);
            place = new Located(slice[ps..pe], new TextSpan(start + ps, pe - ps));
            archiveEnd = TextScan.Trim(slice, archiveStart, comma).End;
        }
        archiveStart = ArchiveAfterDescription(slice, AfterLeadIn(slice, ArchiveNameStart(slice, archiveStart, archiveEnd), archiveEnd), archiveEnd);
        archiveEnd = ArchiveBeforeDescription(slice, archiveStart, archiveEnd);
        // "Report of Colonel Martynov, 3 March 1917, Fond 102, …, Case 1063, GARF, Moscow": no archive before the levels,
        // but one after them.
        if (archiveEnd > archiveStart && !NamesAnArchive(slice.AsSpan(archiveStart, archiveEnd - archiveStart))
            && ArchiveAfterLevels(slice, CoveredEnd(covered)) is var (las, lae, lps, lpe) && lae > las)
        {
            (archiveStart, archiveEnd) = (las, lae);
            place = lpe > lps ? new Located(slice[lps..lpe], new TextSpan(start + lps, lpe - lps)) : place;
            covered.Add((las, Math.Max(lae, lpe)));
        }
        var (name, abbreviation) = SplitArchive(slice, archiveStart, archiveEnd, start);
        var (authors, title) = AuthoredWork(slice, archiveStart, start);
        var read = levels.ToArray();
        // "op. 1, 1841–42, d. 6440": a year or years between the levels date the file; they are read, not unread.
        var unread = Uncovered(slice, start, firstLevel, covered);
        Located? date = null;
        for (var i = 0; i < unread.Count && date is null; i++)
            if (IsYearOrRange(unread[i].Value)) (date, unread) = (unread[i], unread.Where((_, k) => k != i).ToArray());

        return new ArchivalCitation
        {
            Text = slice.Trim(),
            Span = new TextSpan(start, end - start),
            ArchiveName = name,
            ArchiveShort = abbreviation,
            ArchivePlace = place,
            Authors = authors,
            Title = title,
            Levels = read,
            Continues = continues,
            ShelfMark = lastLevelEnd > firstLevel ? slice[firstLevel..lastLevelEnd].Trim() : "",
            Locator = locator,
            Volume = volume,
            Unread = unread,
            Date = date,
            Language = LanguageDetector.OfArchivalCitation(read, locator, slice),
        };
    }

    /// <summary>
    /// Reads a document cited by the archive that keeps it, without a shelf mark, as English notes cite archives that
    /// give out no file numbers (<c>Soviet Politburo transcript, October 29, 1981, TsKhSD</c>, <c>Report, 3 May 1962,
    /// SVR Archives, Moscow</c>, <c>GRU Archives</c>): the part's last segment after a comma (or the whole part) names an
    /// archive in capitalised words with an archive's word, or is an archive's abbreviation after a dated description;
    /// a city after it is its place, and the description is prose. Null where the part is anything else.
    /// </summary>
    public static ArchivalCitation? ReadArchiveAlone(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;");
        if (e - s < 3 || e - s > MaxArchiveAloneLength || text.AsSpan(s, e - s).IndexOfAny("()“”\"«»") >= 0) return null;
        Located? place = null;
        if (TrailingPlace(text, s, e) is var placeComma and > 0)
        {
            var (ps, pe) = TextScan.Trim(text, placeComma + 1, e);
            place = new Located(text[ps..pe], new TextSpan(ps, pe - ps));
            e = TextScan.Trim(text, s, placeComma).End;
        }
        var comma = text.LastIndexOf(',', e - 1, e - s);
        var (a, ae) = TextScan.Trim(text, comma < s ? s : comma + 1, e);
        if (ae <= a) return null;
        var archive = text.AsSpan(a, ae - a);
        // An abbreviation alone may be anything (an agency, a siglum): only after a description with its year.
        var named = IsArchiveNameInWords(archive) && char.IsUpper(archive[0]);
        if (!named && !(comma > s && IsAcronymRun(archive, MaxArchiveWords) && HoldsYear(text.AsSpan(s, comma - s)))) return null;
        var (name, abbreviation) = SplitArchive(text, a, ae, 0);
        return new ArchivalCitation
        {
            Text = text[s..ae],
            Span = new TextSpan(s, ae - s),
            ArchiveName = name,
            ArchiveShort = abbreviation,
            ArchivePlace = place,
            Language = LanguageDetector.OfArchivalCitation([], null, text[s..ae]),
        };
    }

    /// <summary>The longest part read as a document cited by its archive alone: a description and the archive's name.</summary>
    private const int MaxArchiveAloneLength = 300;

    // A year (four digits, 1000–2099, standing alone) in the text.
    private static bool HoldsYear(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
            if ((i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])) && Conventions.IsYear(text.Slice(i, 4))) return true;
        return false;
    }

    /// <summary>The longest remark in brackets passed over after a shelf mark (<c>(telegram of 3 May)</c>).</summary>
    private const int MaxRemarkAfterShelfMark = 120;

    /// <summary>
    /// Where the citation <paramref name="read"/> from text ends when more follows its shelf mark before
    /// <paramref name="end"/>: a new sentence (<c>…, l. 5. See also Kotkin, Stalin, 1:455</c>, <c>…, ll. 92–97. Published
    /// in Istochnik …</c>) or the publication the file was read in (<c>…, l. 4, in Fursenko, ed., Prezidium …</c>), after a
    /// remark in brackets if any. (Cut, Next): the citation is text[..Cut), what follows starts at Next; (0, 0) where
    /// nothing follows.
    /// </summary>
    internal static (int Cut, int Next) AfterShelfMark(string text, ArchivalCitation read, int end)
    {
        var at = ShelfMarkEnd(read);
        if (at <= 0 || at >= end) return (0, 0);
        var i = at + LocatorReader.VersoLength(text, at); // "ll. 3–4 ob."
        if (i > end) return (0, 0);
        while (i < end && text[i] == ' ') i++;
        if (i < end && text[i] == '(' && text.IndexOf(')', i, Math.Min(MaxRemarkAfterShelfMark, end - i)) is var close and > 0) i = close + 1;
        if (i + 5 < end && string.CompareOrdinal(text, i, ", in ", 0, 5) == 0 && char.IsUpper(text[i + 5])) return (i, i + 5);
        // The full stop after the shelf mark, or the one its last keyword or verso mark ends in ("5 ob.").
        int stop;
        if (i < end && text[i] == '.') stop = i + 1;
        else if (text[i - 1] == '.') stop = i;
        else return (0, 0);
        var next = stop;
        while (next < end && text[next] == ' ') next++;
        return next > stop && next < end && char.IsUpper(text[next]) ? (stop, next) : (0, 0);
    }

    /// <summary>Where the shelf mark of <paramref name="read"/> ends: its last level, volume or locator (0 where it has none).</summary>
    internal static int ShelfMarkEnd(ArchivalCitation read)
    {
        var at = 0;
        foreach (var level in read.Levels) at = Math.Max(at, level.Span.End);
        if (read.Locator is { } locator) at = Math.Max(at, locator.Span.End);
        if (read.Volume is { } volume) at = Math.Max(at, volume.Span.End);
        return at;
    }

    // The end of the last level, volume or locator read.
    private static int CoveredEnd(List<(int Start, int End)> covered)
    {
        var end = 0;
        foreach (var (_, e) in covered) end = Math.Max(end, e);
        return end;
    }

    // A list of folios or pages, whole: "192", "12–14", "3, 5ob".
    private static readonly Regex WholeNumberList = new(@"\A(?:" + Conventions.NumberList + @")\z", Conventions.Options);

    /// <summary>
    /// Where a folio written without its keyword stands when it closes the shelf mark after <paramref name="at"/> (the
    /// end of the last level read): a comma, then numbers and nothing else to the citation's end (<c>spr. 926, 192</c>,
    /// <c>d. 5, 12–14</c>); also after <c>1.</c> or <c>11.</c> run into the number, the <c>l.</c> and <c>ll.</c> that a
    /// stored copy prints as digits (<c>d.74, 1.3</c>). A year there dates the file and is no folio. (0, 0) where none.
    /// </summary>
    internal static (int Start, int End) BareFolio(string slice, int at)
    {
        var (s, e) = TextScan.Trim(slice, at, slice.Length, " .");
        if (e - s < 2 || slice[s] != ',') return (0, 0);
        s = TextScan.Trim(slice, s + 1, e).Start;
        var ones = s;
        while (ones < e && ones - s < 2 && slice[ones] == '1') ones++;
        var misprinted = ones > s && ones + 1 < e && slice[ones] == '.' && char.IsAsciiDigit(slice[ones + 1]);
        var v = misprinted ? ones + 1 : s;
        if (e <= v || !char.IsAsciiDigit(slice[v]) || !WholeNumberList.IsMatch(slice.AsSpan(v, e - v))) return (0, 0);
        return !misprinted && IsYearOrRange(slice[v..e]) ? (0, 0) : (v, e);
    }

    /// <summary>The most words of a city named after an archive (<c>Moscow</c>, <c>College Park</c>, <c>St. Petersburg</c>).</summary>
    private const int MaxPlaceWords = 3;

    /// <summary>
    /// Where the comma stands before a city that closes the archive's part text[s..e) (<c>Archive of the President of
    /// the Russian Federation (APRF), Moscow</c>, <c>Arkhiv MVD Gruzii, Tbilisi</c>), or -1: one to three capitalised
    /// words, no acronym, no digit, no archive's word, after a part that names an archive (its abbreviation in brackets,
    /// an archive's word, or an acronym last).
    /// </summary>
    internal static int TrailingPlace(string text, int s, int e)
    {
        var comma = text.LastIndexOf(',', Math.Max(s, e - 1), Math.Max(0, e - s));
        if (comma <= s) return -1;
        var (ps, pe) = TextScan.Trim(text, comma + 1, e);
        var place = text.AsSpan(ps, pe - ps);
        if (place.IsEmpty || NamesArchive(place)) return -1;
        var words = 0;
        foreach (var range in place.Split(' '))
        {
            var word = place[range];
            if (word.IsEmpty) continue;
            if (++words > MaxPlaceWords || !char.IsUpper(word[0]) || IsAcronym(word.TrimEnd('.'))) return -1;
            foreach (var c in word)
                if (!(char.IsLetter(c) || c is '-' or '.' or '\'' or '’')) return -1;
        }
        var before = text.AsSpan(s, TextScan.Trim(text, s, comma).End - s);
        if (before.IsEmpty) return -1;
        if (before[^1] == ')') return comma;
        var last = before.LastIndexOf(' ');
        return NamesArchive(before) || IsAcronym(before[(last + 1)..]) ? comma : -1;
    }

    // "Юсуров Х. Участие дунган в восстании // РФ ИЯЛИ НАН КР. Инв. 29": before the "//" that the archive follows, an
    // author's heading name and a title name a work kept there (a manuscript, a memoir); a document's description without
    // an author ("Письмо А. Пашкова в редакцию // РГАНИ") names none.
    private static (IReadOnlyList<CslName> Authors, Located? Title) AuthoredWork(string slice, int archiveStart, int offset)
    {
        var slashes = slice.LastIndexOf("//", Math.Max(0, archiveStart - 1), StringComparison.Ordinal);
        if (slashes <= 0) return (Array.Empty<CslName>(), null);
        var (hs, he) = TextScan.Trim(slice, 0, slashes, " .,;:");
        hs = AfterLeadIn(slice, hs, he);
        if (PublicationReader.HeadingName(slice, hs, he, out var next, PublicationReader.FamilyThenInitials, PublicationReader.InitialsThenFamily) is not { } author)
            return (Array.Empty<CslName>(), null);
        var (ts, te) = TextScan.Trim(slice, next, he, " .,;:");
        if (te <= ts) return (Array.Empty<CslName>(), null);
        return ([author], new Located(slice[ts..te], new TextSpan(offset + ts, te - ts)));
    }

    /// <summary>The most files read in one list after a file's keyword (<c>Д. 2, 3</c>).</summary>
    private const int MaxFilesListed = 12;

    /// <summary>
    /// Where a list of further files after a file's value at <paramref name="at"/> ends (<c>Д. 2, 3</c>, <c>Д. 12, 13,
    /// 15.</c>), or -1: numbers after commas, the list closing the shelf mark (the part's end, a full stop, a
    /// <c>;</c>, a bracket, or a comma before the next keyword). Numbers that run on otherwise (<c>d. 5, 12–14</c>, an
    /// English note's folios without keyword) are not files.
    /// </summary>
    private static int FileListEnd(string slice, int at)
    {
        var end = -1;
        for (var (i, n) = (at, 0); n < MaxFilesListed; n++)
        {
            if (i >= slice.Length || slice[i] != ',') break;
            var d = i + 1;
            while (d < slice.Length && slice[d] == ' ') d++;
            var digits = d;
            while (d < slice.Length && char.IsAsciiDigit(slice[d])) d++;
            if (d == digits || d - digits > 6) break;
            (end, i) = (d, d);
        }
        if (end < 0) return -1;
        var after = end;
        while (after < slice.Length && slice[after] == ' ') after++;
        if (after >= slice.Length || slice[after] is '.' or ';' or ')') return end;
        if (slice[after] != ',') return -1;
        after++;
        while (after < slice.Length && slice[after] == ' ') after++;
        return after < slice.Length && char.IsLetter(slice[after]) ? end : -1;
    }

    // "R - 5446" is the fond "R-5446"; "31 660", a number printed in groups, stays as written.
    private static string PrefixJoined(string value)
    {
        var dash = value.IndexOf('-');
        if (dash < 0) return value;
        return value[..dash].TrimEnd() + "-" + value[(dash + 1)..].TrimStart();
    }

    // "f." and "ფ.", which after a fond are its folio.
    private static bool IsFolioAfterFond(ReadOnlySpan<char> keyword) => TextScan.IsOneOf(keyword, Vocabulary.FolioAfterFondKeywords);

    /// <summary>
    /// Where the archive's name begins in slice[start..end): after a document's title and its <c>//</c> ("Письмо … 1921 г.
    /// // РГАСПИ"), or after a sentence of prose before an archive's abbreviation or a name with an archive word in it
    /// ("Документ не датирован. РГАСПИ"); else at <paramref name="start"/>.
    /// </summary>
    private static int ArchiveNameStart(string slice, int start, int end)
    {
        var part = slice.AsSpan(start, end - start);
        var slashes = part.LastIndexOf("//", StringComparison.Ordinal);
        if (slashes >= 0) return TextScan.Trim(slice, start + slashes + 2, end).Start;
        var stop = part.LastIndexOf(". ", StringComparison.Ordinal);
        if (stop <= 0 || part[^1] == ')') return start;
        var last = TextScan.Trim(slice, start + stop + 1, end).Start;
        var name = slice.AsSpan(last, end - last);
        // What stands before is prose, not the first part of the archive's name ("Архив РАН. СПбФ").
        var before = slice[start..(start + stop)];
        if (NamesArchive(before) || LooksLikeAbbreviation(before) || !before.Contains(' ')) return start;
        return LooksLikeAbbreviation(name.ToString()) || NamesArchive(name) ? last : start;
    }

    /// <summary>
    /// The opis and delo of a compact shelf mark after its fond's value (<c>ფ.1451/1-253</c>: fond 1451, opis 1, delo
    /// 253), as the Georgian manuscript and archive catalogues write it: '/', digits, a hyphen or dash, digits, then no
    /// further digit or slash. Null where text[at..] does not continue so.
    /// </summary>
    internal static ((int Start, int End) Opis, (int Start, int End) Delo)? CompactRest(string text, int at)
    {
        if (at >= text.Length || text[at] != '/') return null;
        var opis = (Start: at + 1, End: DigitsEnd(text, at + 1));
        if (opis.End == opis.Start || opis.End >= text.Length || text[opis.End] is not ('-' or '–' or '‑')) return null;
        var delo = (Start: opis.End + 1, End: DigitsEnd(text, opis.End + 1));
        if (delo.End == delo.Start || (delo.End < text.Length && text[delo.End] is '/' or '-' || delo.End < text.Length && char.IsLetterOrDigit(text[delo.End]))) return null;
        return (opis, delo);
    }

    private static int DigitsEnd(string text, int at)
    {
        while (at < text.Length && char.IsAsciiDigit(text[at])) at++;
        return at;
    }

    /// <summary>
    /// Where the archive's name begins in slice[start..end) once a lead-in label before a colon is left out
    /// (<c>წყარო: ცენტრალური საისტორიო არქივი</c>, <c>Source: GARF</c>, <c>Mənbə: ARDA</c>): one or two words, then
    /// ": ", then the name. A longer run before a colon is kept (it may be the name itself).
    /// </summary>
    internal static int AfterLeadIn(string slice, int start, int end)
    {
        // "See RGASPI, f. 17": a commentary word is no part of the archive's name either; nor is the prose it closes
        // ("For the dismissal of the director, see RGASPI: Fond 17", "… as quoted in GARF, f. 5446"): the archive begins
        // after the last commentary word in small letters.
        var prefix = Conventions.CommentaryPrefixAt(slice, start, end);
        for (var i = end - 2; prefix == 0 && i > start; i--)
            if (slice[i - 1] == ' ' && char.IsLower(slice[i]) && Conventions.CommentaryPrefixAt(slice, i, end) is > 0 and var inner)
                (start, prefix) = (i, inner);
        if (prefix > 0)
        {
            start += prefix;
            while (start < end && (char.IsWhiteSpace(slice[start]) || slice[start] is ',' or ':')) start++;
        }
        start = AfterProseWords(slice, start, end);
        start = AfterInPhrase(slice, start, end);
        var colon = slice.AsSpan(start, end - start).IndexOf(':');
        if (colon <= 0 || start + colon + 1 >= end || !char.IsWhiteSpace(slice[start + colon + 1])) return start;
        var label = slice.AsSpan(start, colon).Trim();
        if (label.IsEmpty || label.Count(' ') > 1 || label.IndexOfAnyInRange('0', '9') >= 0) return start;
        var at = start + colon + 1;
        while (at < end && char.IsWhiteSpace(slice[at])) at++;
        return at;
    }

    /// <summary>
    /// Where text[start..end) begins once a sentence of prose that says where the file is is left out (<c>The decision is
    /// in RGASPI</c>, <c>Ordzhonikidze's report is in GARF</c>): after the last <c>in</c> that an archive's abbreviation or
    /// name follows, where no archive is named before it (<c>Central Archive in Tbilisi</c> stays whole).
    /// </summary>
    internal static int AfterInPhrase(string text, int start, int end)
    {
        var at = text.AsSpan(start, end - start).LastIndexOf(" in ", StringComparison.Ordinal);
        if (at <= 0) return start;
        var (rs, re) = TextScan.Trim(text, start + at + 4, end);
        rs = AfterProseWords(text, rs, re); // "kept in the Central State Archive"
        if (re <= rs || !char.IsUpper(text[rs]) || NamesArchive(text.AsSpan(start, at)) || !NamesAnArchive(text.AsSpan(rs, re - rs))) return start;
        return rs;
    }

    /// <summary>
    /// Where text[start..end) begins once the small words of English prose before an archive's name in capitals are
    /// left out (<c>in the Central State Archive</c>, <c>in RGASPI</c>); a name in small letters (<c>rgia</c>) stays.
    /// </summary>
    internal static int AfterProseWords(string text, int start, int end)
    {
        while (start < end && char.IsAsciiLetterLower(text[start]))
        {
            var w = start;
            while (w < end && char.IsAsciiLetterLower(text[w])) w++;
            if (w + 1 >= end || text[w] != ' ' || !char.IsUpper(text[w + 1])) break;
            start = w + 1;
        }
        return start;
    }

    /// <summary>
    /// Where the archive begins in text[s..e), the part before the first level: after the description of the document an
    /// English note gives first (<c>Beria to Stalin, 12 March 1944, GARF</c>, <c>Report, AVPRF</c>), when the part after
    /// its last comma or colon is an archive's abbreviation or names an archive; else at <paramref name="s"/> (<c>Arkhiv
    /// MVD Gruzii, 2–I otdel</c> is one archive).
    /// </summary>
    internal static int ArchiveAfterDescription(string text, int s, int e)
    {
        // "“Perepiska o pochtovykh stantsiiakh,” RGADA": a file's title in quotes before the archive is prose.
        if (s < e && QuoteClose(text[s]) is var close and not '\0' && text.IndexOf(close, s + 1, e - s - 1) is var closed and > 0)
        {
            var (rs, re) = TextScan.Trim(text, closed + 1, e, " ,.:");
            if (re > rs && NamesAnArchive(text.AsSpan(rs, re - rs))) s = rs;
        }
        int depth = 0, quote = 0;
        for (var i = e - 1; i > s; i--)
        {
            var c = text[i];
            if (c == ')') depth++;
            else if (c == '(' && depth > 0) depth--;
            else if (c is '”' or '»') quote++;
            else if (c is '“' or '«' && quote > 0) quote--;
            if (depth > 0 || quote > 0 || c is not (',' or ':')) continue;
            var (as_, ae) = TextScan.Trim(text, i + 1, e);
            as_ = AfterProseWords(text, as_, ae); // "Letter of 5 May 1921, in RGASPI"
            if (!(ae > as_ && NamesAnArchive(text.AsSpan(as_, ae - as_)))) return s;
            // "National Archives of Georgia, Central Historical Archive": a repository and its part, named in words.
            for (var (k, parts) = (i - 1, 0); k > s && parts < MaxArchiveParts; k--)
            {
                if (text[k] is not (',' or ':') && k - 1 > s) continue;
                var (ps, pe) = TextScan.Trim(text, text[k] is ',' or ':' ? k + 1 : s, i);
                if (pe <= ps || !IsArchiveNameInWords(text.AsSpan(ps, pe - ps))) break;
                (as_, i, parts) = (ps, text[k] is ',' or ':' ? k : s, parts + 1);
            }
            return as_;
        }
        return s;
    }

    // The letters of the file's one-letter keywords ("d.", "Д."), as the vocabulary spells them, which an undotted file opens with.
    private static readonly System.Buffers.SearchValues<char> UndottedFileLetters = System.Buffers.SearchValues.Create(string.Concat(
        Vocabulary.Keywords.Where(k => k.Level == KeywordLevel.Delo && k.Abbreviated && k.Text.Length == 2 && k.Text[1] == '.').Select(k => k.Text[0])));

    // The file written with its keyword's letter and no full stop after the opis ending at `at` (". D 2", ", d 236"): where
    // the letter stands, where its number ends and begins; (0, 0, 0) where none is.
    private static (int Start, int End, int Value) UndottedFile(string text, int at)
    {
        var i = at;
        if (i < text.Length && text[i] is '.' or ',') i++;
        while (i < text.Length && text[i] == ' ') i++;
        if (i + 2 >= text.Length || !UndottedFileLetters.Contains(text[i]) || text[i + 1] != ' ' || !char.IsAsciiDigit(text[i + 2])) return default;
        var e = i + 2;
        while (e < text.Length && char.IsAsciiDigit(text[e])) e++;
        return e == text.Length || !char.IsLetterOrDigit(text[e]) ? (i, e, i + 2) : default;
    }

    // Where a single letter in brackets after a file's number ends (" (b)" in "Case 2981 (b)"), or 0.
    private static int LetteredPartEnd(string text, int at)
    {
        var i = at;
        if (i < text.Length && text[i] == ' ') i++;
        return i + 2 < text.Length && text[i] == '(' && char.IsLetter(text[i + 1]) && text[i + 2] == ')'
            && (i + 3 == text.Length || !char.IsLetterOrDigit(text[i + 3])) ? i + 3 : 0;
    }

    // The closing quotation mark of the opening one c, or '\0'.
    private static char QuoteClose(char c) => c switch { '“' => '”', '«' => '»', '"' => '"', _ => '\0' };

    /// <summary>
    /// Where the archive ends in text[s..e): before the dated description of the document an English note gives after an
    /// archive's abbreviation (<c>RGVA, NKO Order of 12 May 1941</c>, <c>GARF, NKVD circular of March 3, 1938</c>): the
    /// part after the first comma holds a year and names no archive; else at <paramref name="e"/>.
    /// </summary>
    internal static int ArchiveBeforeDescription(string text, int s, int e)
    {
        var comma = text.IndexOf(',', s, e - s);
        if (comma <= s || !char.IsAsciiLetterUpper(text[s])) return e;
        var (fs, fe) = TextScan.Trim(text, s, comma);
        var (rs, re) = TextScan.Trim(text, comma + 1, e);
        if (fe <= fs || re <= rs || !IsAcronymRun(text.AsSpan(fs, fe - fs), MaxArchiveWords)) return e;
        var rest = text.AsSpan(rs, re - rs);
        return HoldsYear(rest) && !NamesArchive(rest) && !IsAcronymRun(rest, MaxArchiveWords) ? fe : e;
    }

    /// <summary>
    /// The archive an English note names after its shelf mark, from <paramref name="at"/> (the end of the last level read):
    /// after a comma, an archive's abbreviation in Latin letters or a name in words with an archive's word, to the next
    /// comma or full stop (<c>…, Case 1063, GARF, Moscow.</c>), and the city after it; (0, 0, 0, 0) where none is.
    /// </summary>
    private static (int Start, int End, int PlaceStart, int PlaceEnd) ArchiveAfterLevels(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
        if (i >= text.Length || text[i] != ',') return default;
        var (s, _) = TextScan.Trim(text, i + 1, text.Length);
        if (s >= text.Length || !char.IsAsciiLetterUpper(text[s])) return default;
        var stop = text.AsSpan(s).IndexOfAny(",.;");
        var e = stop < 0 ? text.Length : s + stop;
        (s, e) = TextScan.Trim(text, s, e);
        var name = text.AsSpan(s, e - s);
        if (e <= s || !(IsAcronymRun(name, MaxArchiveWords) || IsArchiveNameInWords(name))) return default;
        if (e >= text.Length || text[e] != ',') return (s, e, 0, 0);
        var pe = text.AsSpan(e + 1).IndexOfAny(",.;") is var p and >= 0 ? e + 1 + p : text.Length;
        return TrailingPlace(text, s, pe) == e ? (s, e, TextScan.Trim(text, e + 1, pe).Start, TextScan.Trim(text, e + 1, pe).End) : (s, e, 0, 0);
    }

    /// <summary>The most words of one part of a Russian or Georgian archive's name in words (<c>Центральный государственный исторический архив Грузии</c>).</summary>
    private const int MaxArchiveNameWords = 8;

    /// <summary>The most parts of an archive's name in words joined by commas (<c>National Archives of Georgia, Central Historical Archive</c>).</summary>
    private const int MaxArchiveParts = 2;

    // A name with an archive's word in it whose words are capitalised but for short joining words ("of", "the") and the archive's word ("GRU archives"), and
    // no digit: a repository's name, not the description of a document ("Letter from the Director of the Archive").
    private static bool IsArchiveNameInWords(ReadOnlySpan<char> segment)
    {
        if (!NamesArchive(segment) || segment.IndexOfAnyInRange('0', '9') >= 0) return false;
        // Russian capitalises a name's first word only, and Georgian has no capitals ("Национальный архив Грузии,
        // Центральный исторический архив", "საქართველოს ეროვნული არქივი, ცენტრალური საისტორიო არქივი"): a few words.
        if (TextScan.IsGeorgian(segment[0]) || segment[0] is >= 'А' and <= 'Я')
            return segment.Count(' ') < MaxArchiveNameWords;
        foreach (var range in segment.Split(' '))
        {
            var word = segment[range];
            if (!word.IsEmpty && !char.IsUpper(word[0]) && word.Length > 3 && !IsArchiveWord(word)) return false;
        }
        return true;
    }

    // One of Conventions.ArchiveWords, whole ("GRU archives").
    private static bool IsArchiveWord(ReadOnlySpan<char> word) => TextScan.IsOneOf(word, Conventions.ArchiveWords);

    // An archive's abbreviation of one to three words ("GARF", "TsK KPG", "Arkhiv INO OGPU-NKVD"), a name with its
    // abbreviation in brackets, or words that name an archive ("Hoover Institution Archives").
    private static bool NamesAnArchive(ReadOnlySpan<char> segment)
    {
        if (NamesArchive(segment)) return true;
        if (segment[^1] == ')' && segment.LastIndexOf('(') is var open and > 0) segment = segment[(open + 1)..^1].Trim();
        return IsAcronymRun(segment, MaxArchiveWords);
    }

    /// <summary>True when <paramref name="segment"/> is one to <paramref name="maxWords"/> acronyms between spaces (<c>GARF</c>, <c>NARA II</c>, <c>РФ ИЯЛИ НАН КР</c>).</summary>
    internal static bool IsAcronymRun(ReadOnlySpan<char> segment, int maxWords)
    {
        var words = 0;
        foreach (var range in segment.Split(' '))
        {
            var word = segment[range];
            if (word.IsEmpty) continue;
            if (++words > maxWords || !IsAcronym(word)) return false;
        }
        return words > 0;
    }

    /// <summary>
    /// Reads a shelf mark written without level keywords after the archive's abbreviation, as English notes give it:
    /// with slashes (<c>RGASPI 17/162/14</c>, <c>DAKhO, P-1962/1/973 (1933), 9</c>: fond, opis and delo), with full stops
    /// (<c>GF IML 8.1.2.4</c>: fond, opis, delo and folio) or with commas (<c>GARF 9401, 2, 99, 386</c>: fond, opis, delo
    /// and at least one folio, as three numbers alone could be anything). A year in brackets after the mark is skipped,
    /// pages without keyword are read. Where <c>, in</c> follows (the document as printed in a book), or a sentence
    /// after the page, <paramref name="next"/> is where that begins; else it is <paramref name="end"/>.
    /// </summary>
    public static ArchivalCitation? ReadSlashed(string text, int start, int end, out int next)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;");
        if (e <= s) { next = end; return null; }
        if (ReadBareMark(text, start, s, e, end, out next) is { } read) return read;
        // A description of the document before the archive ("Report of 13 July 1926, AVPRF, 122/10/34", "N. Tlashadze,
        // GASPI 8, 2:1, 48, 20", "Memoir by D. Chachanidze: GF IML 8.1.2.4"): the archive opens after a comma or a colon.
        var tries = 0;
        for (var i = s + 1; i + 2 < e && tries < MaxDescriptionSkips; i++)
        {
            // Within the first sentence: a citation before a full stop is read on its own ("Morris, 753. On …, AVPRF, …").
            if (text[i] == '.' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !(char.IsUpper(text[i - 1]) && (i - 1 == s || !char.IsLetter(text[i - 2])))) break;
            if (!(text[i] is ',' or ':' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))) continue;
            // "PRO: PREM, 4/30/8": what stands before is the archive itself, its series no archive of a shelf mark.
            if (NamesAnArchive(text.AsSpan(s, i - s).Trim())) break;
            tries++;
            if (ReadBareMark(text, start, i + 2, e, end, out next) is { } after) return after;
        }
        next = end;
        return null;
    }

    /// <summary>The most commas or colons a description before a shelf mark without keywords is passed over at.</summary>
    private const int MaxDescriptionSkips = 8;

    /// <summary>
    /// Reads a part that is only a shelf mark with full stops or slashes and no archive (<c>RGASPI 558.11.728.40–2;
    /// 558.11.729.3</c>): a further file of the archive the citation before it names, which the normaliser gives it.
    /// Null where the part is anything else.
    /// </summary>
    public static ArchivalCitation? ReadBareContinuation(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;");
        if (e - s < 5 || !char.IsAsciiDigit(text[s])) return null;
        if (ReadBareMark(text, start, s, e, end, out var next, continues: true) is not { } read || next < end) return null;
        // "12.05.1920" is a date, not fond 12, opis 5, file 1920.
        var (day, month) = (read.Levels[0].Value, read.Levels[1].Value);
        return Conventions.IsYear(read.Levels[2].Value) && day.Length <= 2 && month.Length <= 2 && int.TryParse(month, out var m) && m <= 12 ? null : read;
    }

    // ReadSlashed with the archive at s: the citation is text[start..) as far as the mark and its page. A mark that
    // continues the citation before it has no archive and is written with full stops or slashes.
    private static ArchivalCitation? ReadBareMark(string text, int start, int s, int e, int end, out int next, bool continues = false)
    {
        next = end;
        Located? archive = null;
        var p = s;
        if (!continues)
        {
            // "See GARF 9401, …": the commentary word belongs to no field.
            if (Conventions.CommentaryPrefixAt(text, s, e) is var prefix and > 0) s = TextScan.Trim(text, s + prefix, e, " ,:").Start;
            // The archive: one to three abbreviations ("GARF", "TsDAHOU", "GF IML"), then a comma, a colon or a space.
            var archiveEnd = s;
            for (var (at, words) = (s, 0); words < MaxArchiveWords; words++)
            {
                var w = at;
                while (at < e && (char.IsLetter(text[at]) || text[at] == '-')) at++;
                if (at - w > 12 || !IsAcronym(text.AsSpan(w, at - w))) break;
                archiveEnd = at;
                if (at + 1 >= e || text[at] != ' ' || !char.IsUpper(text[at + 1])) break;
                at++;
            }
            if (archiveEnd == s) return null;
            archive = new Located(text[s..archiveEnd], new TextSpan(s, archiveEnd - s));
            p = archiveEnd;
            if (p < e && text[p] is ',' or ':') p++;
            if (p >= e || text[p] != ' ') return null;
            while (p < e && text[p] == ' ') p++;
        }
        // Three values joined by one separator, each of letters, digits and hyphens with a digit in it.
        var levels = new ArchivalLevel[3];
        var markStart = p;
        var separator = '\0';
        for (var k = 0; k < 3; k++)
        {
            var v = p;
            p = BareValueEnd(text, p, e);
            if (p < 0) return null;
            // "GARF 7523c-149a-2.1–6": fond, opis and file joined by hyphens, the folio after a full stop.
            if (k == 0 && !continues && HyphenJoined(text, v, p) is { } joined && (p >= e || text[p] is '.' or '/' or ',' or ' '))
            {
                (levels, separator) = (joined, p < e && text[p] is '.' or '/' ? text[p] : '\0');
                break;
            }
            levels[k] = new ArchivalLevel((ArchivalLevelKind)k, "", text[v..p], new TextSpan(v, p - v));
            if (k == 2) break;
            if (p >= e) return null;
            if (k == 0)
            {
                separator = text[p];
                if (separator is not ('/' or '.' or ',') || continues && separator == ',') return null;
            }
            if (text[p++] != separator) return null;
            if (separator == ',') while (p < e && text[p] == ' ') p++;
            else if (p < e && text[p] == ' ') return null; // "5. 12" is no dotted mark
        }
        var markEnd = p;
        CitedLocator? folio = null;
        // The folio after the file: ".4" in a dotted mark, "/3" in a slashed one (GARF 8131/28/22/20); ", 386" in one
        // with commas, where it must be. A verso mark may follow a folio ("17ob", "12ob–13").
        if (separator is '.' or '/' && p + 1 < e && text[p] == separator && char.IsAsciiDigit(text[p + 1]))
        {
            var v = p + 1;
            var f = v;
            while (f < e)
            {
                while (f < e && char.IsAsciiDigit(text[f])) f++;
                f += Math.Min(LocatorReader.VersoLength(text, f), e - f);
                if (!(f + 1 < e && text[f] is '-' or '–' && char.IsAsciiDigit(text[f + 1]))) break;
                f++;
            }
            if (f < e && char.IsLetter(text[f])) return null;
            folio = new CitedLocator(LocatorReader.Canonical(text[v..f]), LocatorLabels.Folio, "", text[v..f], new TextSpan(v, f - v));
            p = f;
        }
        else if (separator == ',' && !(p + 2 < e && text[p] == ',' && text[p + 1] == ' ' && char.IsAsciiDigit(text[p + 2])))
            return null;
        // "(1933)": the date of the document, not part of the shelf mark.
        var (rest, _) = TextScan.Trim(text, p, e);
        Located? date = null;
        if (rest < e && text[rest] == '(')
        {
            var close = text.IndexOf(')', rest, e - rest);
            if (close < 0) return null;
            if (TextScan.Locate(text, rest + 1, close) is { } inside && IsYearOrRange(inside.Value)) date = inside;
            p = close + 1;
        }
        // ", in Book": the citation stops before it, and the book is read after it; so does a sentence after its page.
        var sentence = EnglishNoteReader.SentenceAfterPage(text, p - 1, e); // (a full stop right after the mark ends it too)
        var stop = sentence;
        if (sentence < e) next = sentence + 1;
        for (var i = p; i + 4 <= sentence; i++)
            if (text[i] == ',' && string.CompareOrdinal(text, i + 1, " in ", 0, 4) == 0) { stop = i; next = i + 5; break; }
        // "RGASPI 558.11.1550.73–5 and 558.11.1552.30": a further mark of the same archive after "and", read after it.
        const string and = " " + Conventions.And + " ";
        if (stop > p && string.CompareOrdinal(text, p, and, 0, and.Length) == 0 && p + and.Length < stop && char.IsAsciiDigit(text[p + and.Length]))
            (stop, next) = (p, p + and.Length);
        var locator = folio ?? LocatorReader.ReadAtEnd(text, p, stop)?.Locator ?? LocatorReader.ReadBareAtEnd(text, p, stop)?.Locator;
        var (ts, te) = TextScan.Trim(text, start, stop);
        return new ArchivalCitation
        {
            Text = text[ts..te],
            Span = new TextSpan(ts, te - ts),
            ArchiveShort = archive,
            Levels = levels,
            Continues = continues,
            ShelfMark = text[markStart..markEnd],
            Locator = locator,
            Date = date,
            Language = null,
        };
    }

    /// <summary>
    /// Reads the source line of a Georgian documentary edition (<c>დედანი: Hd-1348</c>, <c>პირი: 1461-14/209 - გადაწერილი
    /// XIX საუკუნის ბოლოს</c>): after the label, a shelf mark of the National Centre of Manuscripts (a collection's letters,
    /// a hyphen, the number: the file) or of the National Archives (fond, a hyphen, the file); what follows the mark is
    /// prose. The label's colon may be left out (<c>დედანი 1448-1033</c>), and a Centre's mark may stand alone as the
    /// whole part (<c>H-2077</c>, <c>Sd-2898/99</c>, a shelf mark printed in parentheses). Null where the part is not so written.
    /// </summary>
    public static ArchivalCitation? ReadManuscriptSource(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;");
        var p = -1;
        var colon = false;
        foreach (var label in Vocabulary.GeorgianSourceLabels)
        {
            if (e - s > label.Length + 2 && string.CompareOrdinal(text, s, label, 0, label.Length) == 0 && text[s + label.Length] is ':' or ' ')
            {
                colon = text[s + label.Length] == ':';
                p = TextScan.Trim(text, s + label.Length + 1, e).Start;
                break;
            }
            // "დ ე დ ა ნ ი: ხეც, Ad-1588": the label printed letter-spaced, its colon required.
            if (LetterSpacedEnd(text, s, e, label) is var spaced and > 0)
            {
                (colon, p) = (true, TextScan.Trim(text, spaced, e).Start);
                break;
            }
        }
        // TITUS's header line "Manuscript: Hd-2231" names the edition's manuscript; only with its colon. The English word
        // heads any manuscript in a Latin note ("Manuscript: A-14, Bodleian Library", "Manuscript: 1852-1860 diary"), so
        // after it the mark must be the whole part or the note Georgian, and never a range of years.
        var header = Vocabulary.ManuscriptHeaderLabel;
        var headed = false;
        if (p < 0 && e - s > header.Length + 2 && string.CompareOrdinal(text, s, header, 0, header.Length) == 0 && text[s + header.Length] == ':')
            (colon, headed, p) = (true, true, TextScan.Trim(text, s + header.Length + 1, e).Start);
        // Without a label, only a Centre's mark that is the whole part: a bare "1448-33" is as likely a page range. And
        // only in a Georgian note or as the whole note: "…, 4; A-14." after a Latin citation is a sheet or a plate.
        // An item of a page's list of copies may say after a dash who copied it ("Hd-4254 - პირი გადაწერილია …",
        // "1449-1230 - პირი …"): the Georgian remark is prose, and the mark opening the part is the citation.
        var alone = p < 0;
        if (alone) p = s;
        if (p >= e || alone && char.IsAsciiDigit(text[p]) && !IsCompactMarkBeforeRemark(text, p, e)) return null;
        var levels = new List<ArchivalLevel>(2);
        var markStart = p;
        Located? repository = null;
        if (colon && MuseumSiglumEnd(text, p, e) is var siglum && siglum > 0)
        {
            // "დედანი: ქიმ-438-4": a museum's own siglum and numbers after the label, the file whole.
            levels.Add(new ArchivalLevel(ArchivalLevelKind.Delo, "", text[p..siglum], new TextSpan(p, siglum - p)));
            p = siglum;
        }
        else if (char.IsAsciiDigit(text[p]))
        {
            // "1448-3322", "1461-14/209": the fond, then the file (with its part after a slash).
            var f = DigitsEnd(text, p);
            if (f - p is < 2 or > 5 || f + 1 >= e || text[f] != '-' || !char.IsAsciiDigit(text[f + 1])) return null;
            var d = DigitsEnd(text, f + 1);
            if (d + 1 < e && text[d] == '/' && char.IsAsciiDigit(text[d + 1])) d = DigitsEnd(text, d + 1);
            if (d < e && (char.IsLetterOrDigit(text[d]) || text[d] is '-' or '/')) return null;
            // Without the colon the label is as likely a word of prose ("პირი 1461-1470 წლებში გადაწერილი", copied in
            // 1461-1470): the mark must end the part, and a range of two years is a date.
            if (!colon && !alone && (!EndsPart(text, d, e) || IsYearRange(text, p, f, d))) return null;
            if (headed && (IsYearRange(text, p, f, d) || !EndsPart(text, d, e) && !IsGeorgianScript(text))) return null;
            levels.Add(new ArchivalLevel(ArchivalLevelKind.Fond, "", text[p..f], new TextSpan(p, f - p)));
            levels.Add(new ArchivalLevel(ArchivalLevelKind.Delo, "", text[(f + 1)..d], new TextSpan(f + 1, d - f - 1)));
            p = d;
        }
        else
        {
            // "ხეც, Ad-1588", "სპბაი, H-72": the repository's siglum before a Centre's mark, after the label.
            if (colon && RepositorySiglumEnd(text, p, e) is var (siglumEnd, markAt) && markAt > 0 && CollectionMarkEnd(text, markAt, e) > 0)
            {
                repository = new Located(text[p..siglumEnd], new TextSpan(p, siglumEnd - p));
                p = markStart = markAt;
            }
            var d = CollectionMarkEnd(text, p, e);
            if (d < 0) return null;
            if (alone && d < e && !IsDashedRemark(text, d, e) || !alone && !colon && !EndsPart(text, d, e)) return null;
            if (headed && !EndsPart(text, d, e) && !IsGeorgianScript(text)) return null;
            // The note's script is asked last, of a part that is a Centre's mark alone: asked of every part, the scan
            // of the whole note made a note of many parts quadratic.
            if (alone && !IsGeorgianContext(text, s, e)) return null;
            levels.Add(new ArchivalLevel(ArchivalLevelKind.Delo, "", text[p..d], new TextSpan(p, d - p)));
            p = d;
        }
        return new ArchivalCitation
        {
            Text = text[s..p],
            Span = new TextSpan(s, p - s),
            ArchiveName = repository,
            Levels = levels,
            ShelfMark = text[markStart..p],
            Language = "ka",
        };
    }

    // Where a label printed letter-spaced ("დ ე დ ა ნ ი", a space after each letter) and its colon (maybe after a space)
    // end at text[s], past the colon; -1 where the label is not so printed there.
    private static int LetterSpacedEnd(string text, int s, int e, string label)
    {
        var i = s;
        for (var k = 0; k < label.Length; k++)
        {
            if (i >= e || text[i] != label[k]) return -1;
            i++;
            if (k < label.Length - 1 && (i >= e || text[i++] != ' ')) return -1;
        }
        while (i < e && text[i] == ' ') i++;
        return i < e && text[i] == ':' ? i + 1 : -1;
    }

    /// <summary>The most letters of a repository's siglum before a Centre's mark (<c>სპბაი</c>).</summary>
    private const int MaxRepositorySiglumLetters = 5;

    // A repository's siglum at text[p] ("ხეც, ", "ხეც. ": Georgian letters, a comma or a full stop, a space): where its
    // letters end and where the mark after it begins; (0, 0) where none is there.
    private static (int End, int Mark) RepositorySiglumEnd(string text, int p, int e)
    {
        var l = GeorgianSiglumEnd(text, p, e, MaxRepositorySiglumLetters);
        if (l < 0 || l + 2 >= e || text[l] is not (',' or '.') || text[l + 1] != ' ') return (0, 0);
        return (l, TextScan.Trim(text, l + 1, e).Start);
    }

    // Where a siglum of two to max Georgian letters opening at text[p] ends, or -1 where the run is shorter or longer.
    private static int GeorgianSiglumEnd(string text, int p, int e, int max)
    {
        var l = p;
        while (l < e && l - p <= max && TextScan.IsGeorgian(text[l])) l++;
        return l - p is < 2 || l - p > max ? -1 : l;
    }

    // Where a Centre's mark opening at p (a collection's letters, a hyphen, the number, a second after a slash: "Sd-2898/99")
    // ends, or -1 where none opens there or a letter, digit, hyphen or slash runs on from it.
    private static int CollectionMarkEnd(string text, int p, int e)
    {
        var collection = -1;
        foreach (var letters in Vocabulary.ManuscriptCollections)
            if (e - p > letters.Length + 1 && string.CompareOrdinal(text, p, letters, 0, letters.Length) == 0 && text[p + letters.Length] == '-' && char.IsAsciiDigit(text[p + letters.Length + 1]))
            {
                collection = letters.Length;
                break;
            }
        if (collection < 0) return -1;
        var d = DigitsEnd(text, p + collection + 1);
        if (d + 1 < e && text[d] == '/' && char.IsAsciiDigit(text[d + 1])) d = DigitsEnd(text, d + 1);
        return d < e && (char.IsLetterOrDigit(text[d]) && !TextScan.IsGeorgian(text[d]) || text[d] is '-' or '/') ? -1 : d;
    }

    /// <summary>
    /// Whether text[start..end) is a Centre's mark alone (<c>A-14</c>) in a note that is not Georgian: a sheet or a plate
    /// after a Latin citation, which <see cref="ReadManuscriptSource"/> leaves unread and no other reader may make a shelf mark.
    /// </summary>
    internal static bool IsBareCollectionMarkOutsideGeorgian(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;");
        return s < e && !char.IsAsciiDigit(text[s]) && CollectionMarkEnd(text, s, e) == e && !IsGeorgianContext(text, s, e);
    }

    /// <summary>The most letters of a register's Roman number (<c>VIII</c>).</summary>
    private const int MaxRegisterLetters = 4;

    // The Roman number of a fond's register right after slice[from] (" - IV - …"): the first part between " - ", where
    // every register so cited numbers it; (0, 0) where none is.
    private static (int Start, int End) RegisterNumber(string slice, int from)
    {
        if (from + 3 > slice.Length || string.CompareOrdinal(slice, from, " - ", 0, 3) != 0) return (0, 0);
        var next = slice.IndexOf(" - ", from + 3, StringComparison.Ordinal);
        if (next < 0) return (0, 0);
        var (ps, pe) = TextScan.Trim(slice, from + 3, next);
        if (pe <= ps || pe - ps > MaxRegisterLetters) return (0, 0);
        for (var i = ps; i < pe; i++)
            if (!Conventions.IsRomanLetter(slice[i])) return (0, 0);
        return (ps, pe);
    }

    // "1449-1230 - პირი …" opening a part without a label: a National Archives fond of four digits (the old documents'
    // collections, 1448-1461), a hyphen and the file, then a dashed Georgian remark; a range of two years is a date.
    private static bool IsCompactMarkBeforeRemark(string text, int p, int e)
    {
        var f = DigitsEnd(text, p);
        if (f - p != 4 || f + 1 >= e || text[f] != '-' || !char.IsAsciiDigit(text[f + 1])) return false;
        var d = DigitsEnd(text, f + 1);
        if (d + 1 < e && text[d] == '/' && char.IsAsciiDigit(text[d + 1])) d = DigitsEnd(text, d + 1);
        return !IsYearRange(text, p, f, d) && IsDashedRemark(text, d, e);
    }

    // " - გადაწერილია …" at text[at..e): a space, a dash, a space, then Georgian script, the remark a list's item makes
    // after its shelf mark.
    private static bool IsDashedRemark(string text, int at, int e)
    {
        if (at + 3 >= e || text[at] != ' ' || text[at + 1] is not ('-' or '–' or '—')) return false;
        var r = TextScan.Trim(text, at + 2, e).Start;
        return r > at + 2 && r < e && TextScan.IsGeorgian(text[r]);
    }

    /// <summary>The most Georgian letters of a museum's siglum before its number (<c>ქიმ-438-4</c>).</summary>
    private const int MaxSiglumLetters = 4;

    // Where a museum's siglum and numbers at text[p] end ("ქიმ-438-4": Georgian letters, then hyphen-joined numbers),
    // ended by the part, a space or a stop; -1 where none is there.
    private static int MuseumSiglumEnd(string text, int p, int e)
    {
        var l = GeorgianSiglumEnd(text, p, e, MaxSiglumLetters);
        if (l < 0 || l + 1 >= e || text[l] != '-' || !char.IsAsciiDigit(text[l + 1])) return -1;
        var d = l;
        while (d + 1 < e && text[d] == '-' && char.IsAsciiDigit(text[d + 1])) d = DigitsEnd(text, d + 1);
        return d == e || text[d] is ' ' or '.' or ',' or ';' or ')' ? d : -1;
    }

    // A mark after a label without its colon ends the part, or only a closing bracket follows it.
    private static bool EndsPart(string text, int at, int end) => TextScan.Trim(text, at, end, " .;)]").Start >= end;

    // "1461-1470": two four-digit numbers of one century, rising, as a date's range is written (the charters' years
    // reach before 1500, which Conventions.IsYear leaves out).
    private static bool IsYearRange(string text, int start, int hyphen, int end) =>
        hyphen - start == 4 && end - hyphen - 1 == 4 && text[start] is '1' or '2' && string.CompareOrdinal(text, start, text, hyphen + 1, 2) == 0
        && string.CompareOrdinal(text, start, text, hyphen + 1, 4) < 0;

    // A note written in Georgian script, or a note that is the part alone (a bare mark as the whole footnote).
    private static bool IsGeorgianContext(string text, int start, int end) =>
        IsGeorgianScript(text) || TextScan.Trim(text, 0, text.Length, " .;()") == TextScan.Trim(text, start, end, " .;()");

    // The note's script is scanned once per note (the last note asked, on this thread), not once per part asking.
    [ThreadStatic] private static string? _scriptScanned;
    [ThreadStatic] private static bool _scriptGeorgian;

    private static bool IsGeorgianScript(string text)
    {
        if (!ReferenceEquals(text, _scriptScanned))
        {
            _scriptGeorgian = text.AsSpan().IndexOfAnyInRange('\u10D0', '\u10FF') >= 0;
            _scriptScanned = text;
        }
        return _scriptGeorgian;
    }

    /// <summary>The most words an archive's abbreviation before a shelf mark without keywords has (<c>GF IML</c>).</summary>
    internal const int MaxArchiveWords = 3;

    /// <summary>
    /// Fond, opis and file of one value of a shelf mark that joins them by hyphens (<c>7523c-149a-2</c>): three parts, each
    /// opening with a digit; null otherwise (<c>P-1962</c> is one fond).
    /// </summary>
    private static ArchivalLevel[]? HyphenJoined(string text, int s, int e)
    {
        var first = text.IndexOf('-', s, e - s);
        var second = first < 0 ? -1 : text.IndexOf('-', first + 1, e - first - 1);
        if (second < 0 || text.IndexOf('-', second + 1, e - second - 1) >= 0) return null;
        (int S, int E)[] parts = [(s, first), (first + 1, second), (second + 1, e)];
        var levels = new ArchivalLevel[3];
        for (var k = 0; k < 3; k++)
        {
            var (ps, pe) = parts[k];
            if (pe <= ps || !char.IsAsciiDigit(text[ps])) return null;
            levels[k] = new ArchivalLevel((ArchivalLevelKind)k, "", text[ps..pe], new TextSpan(ps, pe - ps));
        }
        return levels;
    }

    // The end of one value of a shelf mark without keywords opening text[at..e): letters (Latin or Cyrillic: "7523с"),
    // digits and hyphens with a digit among them, and a colon between digits ("2:1", an opis and its part); or -1.
    private static int BareValueEnd(string text, int at, int e)
    {
        var digit = false;
        var i = at;
        while (i < e && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is >= 'А' and <= 'я' || text[i] == '-'
                         || text[i] == ':' && i > at && char.IsAsciiDigit(text[i - 1]) && i + 1 < e && char.IsAsciiDigit(text[i + 1])))
            digit |= char.IsAsciiDigit(text[i++]);
        return i > at && digit ? i : -1;
    }

    /// <summary>True for a year (<c>1933</c>) or a range of years (<c>1841–42</c>, <c>1884–1909</c>), as a shelf mark dates a file.</summary>
    internal static bool IsYearOrRange(string value)
    {
        var v = value.AsSpan().Trim();
        if (v.Length < 4 || !Conventions.IsYear(v[..4])) return false;
        if (v.Length == 4) return true;
        var rest = v[4..].Trim();
        if (rest.IsEmpty || !(rest[0] is '-' or '–' or '—')) return false;
        rest = rest[1..].Trim();
        return rest.Length is 2 or 4 && rest.IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>The runs after the archive's name that no level or locator explains, beyond separators.</summary>
    private static IReadOnlyList<Located> Uncovered(string slice, int offset, int from, List<(int Start, int End)> covered)
    {
        List<Located>? result = null; // most citations are read whole: no list for them
        var at = from;
        for (var i = 0; i <= covered.Count; i++)
        {
            var (s, e) = i < covered.Count ? covered[i] : (slice.Length, slice.Length);
            if (s > at)
            {
                var (gs, ge) = TextScan.Trim(slice, at, s, " \t\u00A0,.;:–—-");
                if (ge > gs) (result ??= new()).Add(new Located(slice[gs..ge], new TextSpan(offset + gs, ge - gs)));
            }
            at = Math.Max(at, e);
        }
        return result ?? (IReadOnlyList<Located>)Array.Empty<Located>();
    }

    /// <summary>Splits <c>Full Name (ABBR)</c> into its name and abbreviation; a lone abbreviation has no name.</summary>
    internal static (Located? Name, Located? Abbreviation) SplitArchive(string archive, int offset) => SplitArchive(archive, 0, archive.Length, offset);

    /// <summary>
    /// As <see cref="SplitArchive(string, int)"/> for text[start..end) (offsets into the footnote are
    /// <paramref name="textOffset"/> + index into text): only the parts returned are copied.
    /// </summary>
    internal static (Located? Name, Located? Abbreviation) SplitArchive(string text, int start, int end, int textOffset)
    {
        if (end == start) return (null, null);
        var offset = textOffset + start;
        if (text[end - 1] == ')')
        {
            var open = text.AsSpan(start, end - start).LastIndexOf('(');
            if (open > 0)
            {
                var nameEnd = start + open;
                while (nameEnd > start && char.IsWhiteSpace(text[nameEnd - 1])) nameEnd--;
                var (abbrStart, abbrEnd) = (start + open + 1, end - 1);
                while (abbrStart < abbrEnd && char.IsWhiteSpace(text[abbrStart])) abbrStart++;
                while (abbrEnd > abbrStart && char.IsWhiteSpace(text[abbrEnd - 1])) abbrEnd--;
                // "РЦХИДНИ (ныне РГАСПИ)": the archive is cited under its present name, the old one stays in the text.
                foreach (var mark in Conventions.RenamedArchiveMarks)
                {
                    if (abbrEnd - abbrStart <= mark.Length + 1 || string.Compare(text, abbrStart, mark, 0, mark.Length, StringComparison.OrdinalIgnoreCase) != 0
                        || !char.IsWhiteSpace(text[abbrStart + mark.Length])) continue;
                    var present = abbrStart + mark.Length;
                    while (present < abbrEnd && char.IsWhiteSpace(text[present])) present++;
                    var now = new Located(text[present..abbrEnd], new TextSpan(textOffset + present, abbrEnd - present));
                    return LooksLikeAbbreviation(now.Value) ? (null, now) : (now, null);
                }
                // "(hereafter RGASPI)", "(далее — РГАСПИ)": the abbreviation after the word that introduces it.
                foreach (var mark in Conventions.AbbreviationMarks)
                {
                    if (abbrEnd - abbrStart <= mark.Length + 1 || string.Compare(text, abbrStart, mark, 0, mark.Length, StringComparison.OrdinalIgnoreCase) != 0
                        || char.IsLetter(text[abbrStart + mark.Length])) continue;
                    var (a, _) = TextScan.Trim(text, abbrStart + mark.Length, abbrEnd, " \u00A0–—-:,");
                    open = a - 1 - start;
                    abbrStart = a;
                    break;
                }
                // "(Gosudarstvennyi arkhiv Rossiiskoi Federatsii, GARF)": the name in the original language, then the abbreviation.
                if (text.LastIndexOf(',', abbrEnd - 1, abbrEnd - abbrStart) is var inner and > 0
                    && TextScan.Trim(text, inner + 1, abbrEnd) is var (ia, ie) && ie > ia && IsAcronymRun(text.AsSpan(ia, ie - ia), MaxArchiveWords))
                {
                    open = ia - 1 - start;
                    abbrStart = ia;
                }
                // "sShSSA (I)": a department's numeral in brackets is part of the archive's abbreviation.
                if (abbrEnd > abbrStart && Conventions.IsRoman(text.AsSpan(abbrStart, abbrEnd - abbrStart), letters: 3))
                    return LooksLikeAbbreviation(text[start..end]) ? (null, new Located(text[start..end], new TextSpan(offset, end - start))) : (new Located(text[start..end], new TextSpan(offset, end - start)), null);
                if (nameEnd > start && abbrEnd > abbrStart)
                    // The abbreviation's span opens after the bracket, before any spaces its value is trimmed of (as it always has).
                    return (new Located(text[start..nameEnd], new TextSpan(offset, nameEnd - start)),
                        new Located(text[abbrStart..abbrEnd], new TextSpan(offset + open + 1, abbrEnd - abbrStart)));
            }
        }
        var located = new Located(text[start..end], new TextSpan(offset, end - start));
        return LooksLikeAbbreviation(located.Value) ? (null, located) : (located, null);
    }

    /// <summary>True for <c>GMTA</c>, <c>ГА РФ</c>, <c>RGASPI</c>, <c>ЦГА РУз</c>; false for a name in words.</summary>
    internal static bool LooksLikeAbbreviation(string text)
    {
        // One pass over the characters, as runs between spaces are the words: no word array, no enumerator.
        if (text.Length > 20) return false;
        int words = 0, upper = 0, letters = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != ' ' && (i == 0 || text[i - 1] == ' ')) words++;
            if (char.IsUpper(c)) upper++;
            if (char.IsLetter(c)) letters++;
        }
        if (words is 0 or > 3) return false;
        return upper >= 2 && upper * 2 >= letters;
    }

    // A level opens after punctuation, after the value of the level before it ("Ф. 17 Оп. 171"), or after the archive's
    // abbreviation without a full stop ("РГАСПИ Ф. 17").
    private static bool AtBoundary(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        if (i < 0 || ",.;:()".Contains(text[i])) return true;
        // "d. 1063, “Perepiska o studentakh,” l. 5": a quoted title closed the American way, its comma inside the quotes.
        if (i > 0 && text[i] is '”' or '»' or '"' && text[i - 1] is ',' or '.') return true;
        if (i == index - 1) return false;
        if (char.IsDigit(text[i])) return true;
        var w = i;
        while (w >= 0 && char.IsLetter(text[w])) w--;
        return i - w >= 2 && (w < 0 || char.IsWhiteSpace(text[w])) && IsAcronym(text.AsSpan(w + 1, i - w));
    }

    /// <summary>
    /// A word an archive's abbreviation is: capitals, or capitals with the small letters of a transliterated digraph
    /// (<c>TsGAA</c>, <c>DAKhO</c>, <c>TsKhSD</c>, <c>ЦГАОР</c>), never more small letters than capitals.
    /// </summary>
    internal static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        int upper = 0, lower = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
            else if (c != '-') return false;
        }
        return upper >= 2 && lower <= upper;
    }

    private static bool IsInventoryKeyword(ReadOnlySpan<char> keyword)
    {
        for (var i = 0; i < InventoryKeywordsJoined.Length; i++)
            if (keyword.SequenceEqual(Vocabulary.InventoryNumberKeywords[i]) || keyword.StartsWith(InventoryKeywordsJoined[i], StringComparison.Ordinal)) return true;
        return false;
    }

    // The inventory keywords with their spaces left out ("инв.№"), built once.
    private static readonly string[] InventoryKeywordsJoined = Vocabulary.InventoryNumberKeywords.Select(k => k.Replace(" ", "")).ToArray();

    /// <summary>The most words of a fond named by words (<c>Ф. Главный архив</c>, <c>ф. Канцелярия министра</c>).</summary>
    private const int MaxNamedFondWords = 4;

    // A fond keyword before the first level followed by words, not a number: where it stands, the keyword and the name
    // as written; null where there is none. The name opens with a capital and holds no digit.
    private static (int At, string Keyword, int ValueEnd)? NamedFondBefore(string slice, int firstLevel)
    {
        var end = slice.AsSpan(0, firstLevel).TrimEnd(" .,;:").Length;
        for (var at = end - 2; at > 0; at--)
        {
            if (slice[at - 1] != ' ') continue;
            foreach (var keyword in Vocabulary.ShortFondKeywords)
            {
                if (at + keyword.Length + 1 >= end || string.CompareOrdinal(slice, at, keyword, 0, keyword.Length) != 0 || slice[at + keyword.Length] != ' ') continue;
                var (vs, ve) = TextScan.Trim(slice, at + keyword.Length, end);
                var value = slice.AsSpan(vs, ve - vs);
                if (ve <= vs || !char.IsUpper(value[0]) || value.IndexOfAnyInRange('0', '9') >= 0 || value.Count(' ') >= MaxNamedFondWords
                    || value.IndexOfAny(".,;:") >= 0) return null;
                return (at, keyword, ve);
            }
        }
        return null;
    }

    // The part holds an inventory number's keyword (Vocabulary.InventoryNumberKeywords) before a number.
    private static bool HoldsInventoryNumber(ReadOnlySpan<char> part)
    {
        foreach (var keyword in Vocabulary.InventoryNumberKeywords)
            if (part.IndexOf(keyword, StringComparison.Ordinal) is var at and >= 0 && (at == 0 || !char.IsLetter(part[at - 1]))) return true;
        return false;
    }

    /// <summary>The most words of an academy archive's abbreviation before an inventory number (<c>РФ ИЯЛИ НАН КР</c>).</summary>
    private const int MaxInventoryArchiveWords = 6;

    // "РО ИРЛИ, инв. № 12", "… // РФ ИЯЛИ НАН КР. Инв. 29": what stands before the inventory number (after a "//") is an
    // archive's abbreviation, a few acronyms, as an academy's archive or manuscript department is cited.
    private static bool InventoryAfterAbbreviation(string slice, int firstLevel)
    {
        var part = slice.AsSpan(0, firstLevel).TrimEnd(" .,;:");
        if (part.LastIndexOf("//", StringComparison.Ordinal) is var slashes and >= 0) part = part[(slashes + 2)..];
        return IsAcronymRun(part.Trim(), MaxInventoryArchiveWords);
    }

    // Only separators stand between the levels read so far and text[at]: "d. 12, t. 2" is the file's volume, "d. 12, l. 1.
    // On the vote, see Ivanov, Istoriia, vol. 2" is a book's.
    private static bool RightAfterALevel(string slice, List<(int Start, int End)> covered, int at)
    {
        var end = -1;
        foreach (var (s, e) in covered) if (s < at && e > end) end = e;
        return end >= 0 && slice.AsSpan(end, at - end).Trim(" ,;.").IsEmpty;
    }

    // The part opens with an opis's or a delo's keyword: the rest of a shelf mark cited before.
    internal static bool OpensWithLevel(ReadOnlySpan<char> part)
    {
        part = part.TrimStart(" .,;:");
        if (part.IsEmpty || part[0] >= DeloByFirst.Length) return false;
        foreach (var word in DeloByFirst[part[0]]) if (part.StartsWith(word, StringComparison.Ordinal)) return true;
        foreach (var word in OpisByFirst[part[0]]) if (part.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    // The part names an archive in words ("Архив УФСБ …", "Arkhiv MVD Gruzii").
    /// <summary>The longest archive's name a first level may follow with no mark between (<see cref="ArchiveNamedBefore"/>).</summary>
    private const int MaxUnmarkedArchiveName = 80;

    /// <summary>The longest Georgian archive's abbreviation read as one (<c>სცსა</c>, <c>სუიცა</c>, <c>სშსსა</c>).</summary>
    private const int MaxGeorgianAbbreviation = 6;

    // True when all of slice before `index` names an archive a fond's keyword may follow with no mark ("ЦГИА Грузии ф. 16",
    // "შსს არქივი ფონდი 6", "სცსა ფ. 1831"): a name the registry knows, one with a word for an archive, or one word of
    // Georgian script as short as an abbreviation (the script has no capitals to tell one); and an opis or a file after it.
    private static bool ArchiveNamedBefore(string slice, int index)
    {
        var before = slice.AsSpan(0, index).Trim(ArchiveEnd);
        if (before.IsEmpty || before.Length > MaxUnmarkedArchiveName) return false;
        var after = slice.AsSpan(index);
        if (!ContainsAny(after, OpisStarts, OpisByFirst) && !ContainsAny(after, DeloStarts, DeloByFirst)) return false;
        if (NamesArchive(before) || ArchiveRegistry.Default.Find(before.ToString()) is not null) return true;
        if (before.Length > MaxGeorgianAbbreviation) return false;
        foreach (var c in before)
            if (!TextScan.IsGeorgian(c)) return false;
        return true;
    }

    private static bool NamesArchive(ReadOnlySpan<char> part)
    {
        foreach (var word in Conventions.ArchiveWords)
            if (part.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }
}
