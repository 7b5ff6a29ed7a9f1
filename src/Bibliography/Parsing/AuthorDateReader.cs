using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>
/// Reads an author–date reference, the short form of works that cite a list of literature: <c>Иванов 1985: 12</c>,
/// <c>Талаквадзе. 2013. С. 189</c>, <c>Brosse, 1895: 154</c>, <c>Odilavadze D., Berikashvili D. 2015</c>,
/// <c>[Марр 1940, с. 205]</c>, and a work named by its shortened title, <c>History... 1959: 33-34</c>.
/// </summary>
/// <remarks>
/// Only the names, the year and what may follow a year (a volume, a locator) are allowed: anything else between them
/// (a title, a place) makes the part a full citation, left to the other readers. One pass over the part: linear.
/// </remarks>
internal static class AuthorDateReader
{
    /// <summary>The most names read before the year: a longer list is prose, not a reference.</summary>
    private const int MaxNames = 6;

    /// <summary>The longest head (names or short title) read: a longer one is a sentence.</summary>
    private const int MaxHead = 80;

    // Linear (Conventions.Linear): anchored, every repeat bounded or followed by a token it cannot match.
    private static readonly Regex VolumeAtStart = new(@"^(?:" + Conventions.VolumeKeyword + @")\s*(?<n>\d+|" + Conventions.RomanClass() + @"+)", Conventions.Linear);
    // Linear (Conventions.Linear): anchored, each repeat followed by a token it cannot match, each list item opened by its comma.
    private static readonly Regex BareNumbers = new(@"^\d+(?:\s*" + Conventions.Dash + @"\s*\d+)?(?:\s*,\s*\d+(?:\s*" + Conventions.Dash + @"\s*\d+)?)*$", Conventions.Linear);

    /// <summary>
    /// Reads text[start..end) as an author–date reference, or null when it is not one; <paramref name="bracketed"/> when
    /// the part stands in the brackets of an in-text reference (a name alone and a year then read as one).
    /// </summary>
    public static PublicationCitation? Read(string text, int start, int end, bool bracketed = false)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;,");
        if (e - s > 2 && (text[s] == '(' && text[e - 1] == ')' || text[s] == '[' && text[e - 1] == ']')
            && text.IndexOf(text[s], s + 1, e - s - 2) < 0)
        {
            (s, e) = TextScan.Trim(text, s + 1, e - 1, " .;,");
            bracketed = true;
        }
        if (e - s < 6) return null;
        // "…; 1977: 606; 1985: 16, 17": a further work of the author or title just cited, by its year and pages alone.
        if (YearThenPages(text, s, e) is { } further) return further;
        var y = YearAt(text, s, Math.Min(e, s + MaxHead + 6));
        if (y < 0) return null;

        // The head: names, or a title shortened with an ellipsis.
        var (hs, he) = TextScan.Trim(text, s, y, " ,:");
        if (he <= hs) return null;
        var ellipsis = he - hs > 3 && text.AsSpan(he - 3, 3).SequenceEqual("...") ? 3 : text[he - 1] == '…' ? 1 : 0;
        // The full stop of a last initial stays ("Petrov D."); an ellipsis and what it trails go.
        (hs, he) = TextScan.Trim(text, hs, he - ellipsis, ellipsis > 0 ? " ,." : " ,");
        if (he <= hs) return null;
        // "Иванов и др. 1985", "Smith et al. 2001": the others are named nowhere.
        var others = Conventions.EtAlClosing(text, hs, he);
        var etAl = others >= 0;
        if (etAl) he = TextScan.Trim(text, hs, others, " ,").End;
        var authors = new List<CslName>();
        Located? title = null;
        var initials = false;
        var georgianTitle = ellipsis == 0 && IsGeorgianShortTitle(text, hs, he, y, e);
        if (ellipsis > 0 && text.IndexOf(',', hs, he - hs) < 0 || georgianTitle)
        {
            if (!char.IsUpper(text[hs]) && !TextScan.IsGeorgian(text[hs])) return null;
            title = new Located(text[hs..he] + text.Substring(he, ellipsis), new TextSpan(hs, he + ellipsis - hs));
        }
        else if (!ReadNames(text, hs, he, authors, out initials, out var joined))
        {
            // "[Ўзбекистоннинг янги тарихи 2000, 2: 83-102]": in an in-text reference, a work without an author is
            // named by its title, a few words.
            if (!bracketed || !IsShortTitle(text, hs, he)) return null;
            authors.Clear();
            title = new Located(text[hs..he], new TextSpan(hs, he - hs));
        }
        // "Pavlov, Leningrad 1941, p. 120": names without initials, listed with commas, may be an author and a short
        // title; they are a list of authors only in the brackets of an in-text reference.
        else if (authors.Count > 1 && !initials && !joined && !etAl && ellipsis == 0 && !bracketed) return null;

        // The year, with a letter telling two works of one year apart ("1985a", "1985б").
        var ye = y + 4;
        if (ye < e && char.IsLetter(text[ye]) && (ye + 1 == e || !char.IsLetter(text[ye + 1]))) ye++;
        var year = new Located(text[y..(y + 4)], new TextSpan(y, 4));

        // After the year: a volume, then a locator with its keyword or bare; nothing else.
        var (rs, re) = TextScan.Trim(text, ye, e, " .,:;");
        Located? volume = null;
        if (rs < re && VolumeAtStart.MatchIn(text, rs, re - rs) is { } vm)
        {
            var n = vm.Groups["n"];
            volume = new Located(n.Value, new TextSpan(n.Index, n.Length));
            (rs, re) = TextScan.Trim(text, vm.Index + vm.Length, re, " .,:;");
        }
        CitedLocator? locator = null;
        if (rs < re)
        {
            if (LocatorReader.ReadAtEnd(text, rs, re, folioAllowed: false) is { } found && TextScan.Trim(text, rs, found.Start).End == rs)
                locator = found.Locator;
            else
            {
                // "2000, 2: 83-102": the volume, a colon, the pages.
                var colon = text.IndexOf(':', rs, re - rs);
                if (volume is null && colon > rs && BareNumbers.IsMatch(text.AsSpan(rs, colon - rs).Trim()) && text.AsSpan(rs, colon - rs).Trim().IndexOfAny(",-–—") < 0)
                {
                    var (vs, ve) = TextScan.Trim(text, rs, colon);
                    volume = new Located(text[vs..ve], new TextSpan(vs, ve - vs));
                    (rs, re) = TextScan.Trim(text, colon + 1, re, " .,:;");
                }
                if (rs >= re || !BareNumbers.IsMatch(text.AsSpan(rs, re - rs))) return null;
                locator = new CitedLocator(LocatorReader.Canonical(text[rs..re]), LocatorLabels.Page, "", text[rs..re], new TextSpan(rs, re - rs));
            }
        }
        // "Правда, 1937": a lone word and a year may be a periodical; a name without initials is read as an author only
        // with a locator after its year or in the brackets of an in-text reference.
        if (title is null && authors.Count == 1 && !initials && locator is null && !bracketed) return null;
        // "Bakı, 1985, c. I, s. 429": a place of publication and its year (the title standing before the note's
        // brackets) is an edition, which the imprint readers read, not a name and a year.
        if (title is null && authors.Count == 1 && !initials && !bracketed && authors[0].Family is { } only && Labelling.Lexicon.IsPlaceName(only)) return null;

        var (ts, te) = TextScan.Trim(text, start, end);
        return new PublicationCitation
        {
            Text = text[ts..te],
            Span = new TextSpan(ts, te - ts),
            Kind = PublicationKind.Book,
            Authors = authors.ToArray(),
            Title = title,
            Year = year,
            Volume = volume,
            Locator = locator,
            Language = LanguageDetector.Detect(text[hs..he]),
        };
    }

    /// <summary>The ending of a Georgian noun's plural (ქრონიკები, მასალები, საბუთები), which no family name has.</summary>
    private const string GeorgianPlural = Vocabulary.GeorgianPluralEnding;

    /// <summary>The most letters of a Georgian siglum written alone (<c>მქ</c>, <c>ქც</c>, <c>სსმ</c>); a family name is longer.</summary>
    private const int MaxGeorgianSiglum = 3;

    // A Georgian head before "year: pages" that names a work by its (often abbreviated) title: "ქრონიკები 1967: 86", "საქ.
    // სიძ. 1920: 11", "მასალები საქ. ისტ. გეოგ. 1964: 55". The script has no capitals to tell a name from a title: a head
    // with a word that ends as a family name does ("ბერძენიშვილი 1964: 12", "ჯავახიშვილი ი. 1960: 5") is left to the
    // names; so is a head of other scripts, or without the colon after its year.
    private static bool IsGeorgianShortTitle(string text, int hs, int he, int y, int e)
    {
        if (!TextScan.IsGeorgian(text[hs]) || he - hs > MaxHead) return false;
        var colon = y + 4;
        while (colon < e && text[colon] == ' ') colon++;
        if (colon >= e || text[colon] != ':') return false;
        var words = 0;
        for (var i = hs; i < he; )
        {
            while (i < he && text[i] == ' ') i++;
            var w = i;
            while (i < he && text[i] != ' ') i++;
            if (i == w) break;
            var written = text.AsSpan(w, i - w);
            var word = written.TrimEnd('.');
            // An initial ("ჯანაშია ს.") makes the head a name.
            if (++words > MaxTitleWords || word.IsEmpty || !TextScan.IsGeorgian(word[0]) || PublicationReader.IsGeorgianFamily(word) || word.Length <= 2 && written.Length > word.Length)
                return false;
        }
        // A word alone is a name ("ჯანაშია 1952: 45": family names end in -ია, -ელი … as nouns do) unless it is a plural
        // noun's ("ქრონიკები 1967: 86", "მასალები") or a siglum of two or three letters ("მქ 1963: 81", "სსმ 1990: 4"),
        // shorter than any family name.
        return words > 1 || words == 1 && (text.AsSpan(hs, he - hs).EndsWith(GeorgianPlural, StringComparison.Ordinal) || he - hs <= MaxGeorgianSiglum);
    }

    // "1977: 606", "1985: 16, 17": a year, a colon and bare pages, nothing else: a further work of the reference before.
    private static PublicationCitation? YearThenPages(string text, int s, int e)
    {
        if (!char.IsAsciiDigit(text[s]) || !Conventions.IsYear(text.AsSpan(s, 4)) || s + 4 < e && char.IsAsciiDigit(text[s + 4])) return null;
        var colon = s + 4;
        while (colon < e && text[colon] == ' ') colon++;
        if (colon >= e || text[colon] != ':') return null;
        var (rs, re) = TextScan.Trim(text, colon + 1, e, " .,:;");
        if (rs >= re || !BareNumbers.IsMatch(text.AsSpan(rs, re - rs))) return null;
        return new PublicationCitation
        {
            Text = text[s..e],
            Span = new TextSpan(s, e - s),
            Kind = PublicationKind.Book,
            Year = new Located(text[s..(s + 4)], new TextSpan(s, 4)),
            Locator = new CitedLocator(LocatorReader.Canonical(text[rs..re]), LocatorLabels.Page, "", text[rs..re], new TextSpan(rs, re - rs)),
            Language = LanguageDetector.Detect(text[s..e]),
        };
    }

    // Where the first year of text[s..e) stands after the head (a word boundary on both sides), or -1.
    private static int YearAt(string text, int s, int e)
    {
        for (var i = s + 2; i + 4 <= e; i++)
        {
            if (!char.IsAsciiDigit(text[i])) continue;
            if (char.IsLetterOrDigit(text[i - 1]) && text[i - 1] != '…') return -1;
            if (Conventions.IsYear(text.AsSpan(i, 4)) && (i + 4 == text.Length || !char.IsDigit(text[i + 4]))) return i;
            return -1; // the first number of the part is not a year: no author–date reference
        }
        return -1;
    }

    // The names of text[s..e), separated by commas, semicolons or a joining word: a family name alone, or with its
    // initials before or after it. initials is true when every name has them: a bare word could be a title, and a list
    // where only some names have initials ("A. Ivanov, Baku 1918") is a name and a short title, not two authors.
    private static bool ReadNames(string text, int s, int e, List<CslName> names, out bool initials, out bool joined)
    {
        (initials, joined) = (false, false);
        var bare = false;
        var at = s;
        while (at < e)
        {
            var (ps, pe) = TextScan.Trim(text, at, e);
            var stop = NameEnd(text, ps, pe, out var next);
            var (ns, ne) = TextScan.Trim(text, ps, stop, " .");
            if (Conventions.IsEtAl(text.AsSpan(ns, stop - ns))) joined = true;
            else if (ne > ns)
            {
                if (names.Count == MaxNames) return false;
                if (PublicationReader.FamilyThenInitials.Find(text, ns, stop - ns) is { } f && TextScan.Trim(text, f.Index + f.Length, stop, " .").Start == stop)
                {
                    names.Add(PublicationReader.FamilyThenInitialsName(text, f.Index, f.Length));
                    initials = true;
                }
                else if (PublicationReader.InitialsThenFamily.Find(text, ns, stop - ns) is { } i && TextScan.Trim(text, i.Index + i.Length, stop, " .").Start == stop)
                {
                    names.Add(PublicationReader.InitialsThenFamilyName(text, i.Index, i.Length));
                    initials = true;
                }
                else if (IsFamilyName(text, ns, ne)) { names.Add(CslName.Person(text[ns..ne], null)); bare = true; }
                else return false;
            }
            joined |= next < e && text[next - 1] == ' ';
            at = next;
        }
        initials &= !bare;
        return names.Count > 0;
    }

    // Where the name opening text[s..e) ends: at a comma, a semicolon or a joining word ("и", "and", "&"); next is
    // where the following name begins.
    private static int NameEnd(string text, int s, int e, out int next)
    {
        for (var i = s; i < e; i++)
        {
            if (text[i] is ',' or ';') { next = i + 1; return i; }
            if (text[i] != ' ') continue;
            foreach (var joiner in Joiners)
                if (i + joiner.Length + 1 < e && string.CompareOrdinal(text, i + 1, joiner, 0, joiner.Length) == 0 && text[i + 1 + joiner.Length] == ' ')
                {
                    next = i + joiner.Length + 2;
                    return i;
                }
        }
        next = e;
        return e;
    }

    private static readonly string[] Joiners = [.. Conventions.NameJoiners, "и"];

    // A work's title in an in-text reference: a few words, the first with a capital, no digits.
    private static bool IsShortTitle(string text, int s, int e)
    {
        if (!char.IsUpper(text[s]) || e - s > MaxHead) return false;
        var words = 1;
        for (var i = s; i < e; i++)
        {
            if (char.IsDigit(text[i]) || text[i] is '(' or ')' or '[' or ']') return false;
            if (text[i] == ' ' && ++words > MaxTitleWords) return false;
        }
        return true;
    }

    /// <summary>The most words of a title naming a work in an in-text reference.</summary>
    private const int MaxTitleWords = 8;

    // A family name written alone: a capital and small letters (a hyphen or an apostrophe inside), or a Georgian word;
    // not a collection word ("Сб.", "Соч.") nor an abbreviation in capitals (an archive, a siglum).
    internal static bool IsFamilyName(string text, int s, int e)
    {
        if (e - s < 3) return false;
        var word = text.AsSpan(s, e - s);
        if (Conventions.IsCollectionWord(word) || Conventions.IsCollectionWord(text.AsSpan(s, Math.Min(e + 1, text.Length) - s))) return false;
        var georgian = TextScan.IsGeorgian(word[0]);
        if (!georgian && !char.IsUpper(word[0])) return false;
        var small = 0;
        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if (c is '-' or '\'' or '’') continue;
            if (!char.IsLetter(c)) return false;
            if (char.IsLower(c)) small++;
        }
        return small >= 2;
    }
}
