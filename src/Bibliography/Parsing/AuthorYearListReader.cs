using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>
/// Reads an entry of an author–date list of literature whose year stands in parentheses after the names and whose parts
/// are joined by commas only, as Azerbaijani and Turkish theses print them: <c>Cəmşidov Şamil (1999) Kitabi-Dədəm Qorqud,
/// Bakı, Elm</c>, <c>Короглы Х.Г., Набиев А.М. (1996) Title, Баку, Язычы</c>, a work without an author named by its title
/// (<c>Halk türküleri (1930) Series, kitap 13, İstanbul, Evkaf Matbaası</c>), and an article in a quoted journal
/// (<c>Family Given (1975) Title, “Journal”, Ankara: sayı 214, s. 9-10</c>).
/// </summary>
/// <remarks>
/// The imprint is told by its place, the last comma-separated piece that is a known place of publication: what precedes
/// it is the title (a volume such as <c>I cild</c> apart), what follows the publisher. Without a known place or a quoted
/// journal the part is left to the other readers, so that a name and a year in prose are no entry. One pass: linear.
/// </remarks>
internal static class AuthorYearListReader
{
    /// <summary>The longest head (names, or a title) read before the year.</summary>
    private const int MaxHead = 120;

    /// <summary>The most words of one name written in full, family name first (<c>Banarlı Nihat Sami</c>).</summary>
    private const int MaxNameWords = 4;

    /// <summary>The most names of a head.</summary>
    private const int MaxNames = 6;

    /// <summary>The most words of a title standing where the names would (<c>Halk türküleri (1930)</c>): a longer head is a sentence.</summary>
    private const int MaxTitleWords = 6;

    /// <summary>The most comma-separated pieces read after the year.</summary>
    private const int MaxPieces = 16;

    // "I cild", "2 c.": a volume among the pieces before the place. Anchored, no nested repeats (Conventions.Anchored).
    // Linear (Conventions.Linear): anchored, every repeat bounded or followed by a token it cannot match.
    private static readonly Regex VolumePiece = new(@"^(?<n>[IVXLC]{1,6}|\d{1,3})\s*(?:" + Conventions.VolumeKeyword + @")$", Conventions.Linear);

    // "sayı 214", "№ 5": an issue after a quoted journal.
    // Linear (Conventions.Linear): anchored, every repeat bounded or followed by a token it cannot match.
    private static readonly Regex IssuePiece = new(@"^(?:" + Conventions.IssueKeyword + @")\s*(?<n>\d{1,5}(?:\s?" + Conventions.Dash + @"\s?\d{1,5})?)$", Conventions.Linear);

    /// <summary>Reads text[start..end) as such an entry, or null when it is not one.</summary>
    public static PublicationCitation? Read(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;");
        if (e - s < 12) return null;
        var (open, ys, close) = YearInParentheses(text, s, Math.Min(e, s + MaxHead));
        if (open <= s) return null;
        var (hs, he) = TextScan.Trim(text, s, open, " ,");
        if (he <= hs) return null;
        var authors = new List<CslName>();
        Located? title = null;
        if (!ReadNames(text, hs, he, authors, out var initials))
        {
            authors.Clear();
            title = TitleHead(text, hs, he, s, e);
            if (title is null) return null;
        }
        // "Robert Service (2004) Stalin, London, …": an English note writes the given name first. Names written in full,
        // or a title, are read only in a part with Turkic or Cyrillic letters; names with initials tell their order.
        if (!initials && !HasTurkicOrCyrillicLetter(text, s, e)) return null;

        // The pieces after the year, split at commas outside quotation marks.
        var (rs, re) = TextScan.Trim(text, close + 1, e, " .,");
        if (rs >= re) return null;
        Span<(int S, int E)> pieces = stackalloc (int, int)[MaxPieces];
        var count = 0;
        for (var at = rs; at < re;)
        {
            var comma = TextScan.IndexOfAnyOutsideQuotes(text, at, re, ",");
            var stop = comma < 0 ? re : comma;
            var piece = TextScan.Trim(text, at, stop, " .");
            if (piece.End > piece.Start)
            {
                if (count == MaxPieces) return null;
                pieces[count++] = piece;
            }
            at = stop + 1;
        }
        var first = title is null ? 1 : 0;
        var year = new Located(text[ys..(ys + 4)], new TextSpan(ys, 4));
        var (ts, te) = TextScan.Trim(text, start, end);
        var citation = new PublicationCitation
        {
            Text = text[ts..te],
            Span = new TextSpan(ts, te - ts),
            Kind = PublicationKind.Book,
            Authors = authors.ToArray(),
            Year = year,
            Language = LanguageDetector.Detect(text[s..e]),
        };

        // "Title, “Journal”, Ankara: sayı 214, s. 9-10": an article.
        for (var q = first; q < count; q++)
        {
            var (qs, qe) = pieces[q];
            if (qe - qs < 3 || !TextScan.IsOpeningQuote(text[qs]) || !TextScan.IsClosingQuote(text[qe - 1])) continue;
            var container = TextScan.Locate(text, qs + 1, qe - 1);
            if (container is null) return null;
            title ??= q > 0 ? TextScan.Locate(text, pieces[0].S, pieces[q - 1].E) : null;
            Located? place = null, issue = null;
            CitedLocator? locator = null;
            for (var k = q + 1; k < count; k++)
            {
                var (ks, ke) = pieces[k];
                var colon = text.IndexOf(':', ks, ke - ks);
                if (colon > ks && place is null && Conventions.IsKnownPlace(text.AsSpan(ks, colon - ks).Trim()))
                {
                    place = TextScan.Locate(text, ks, colon);
                    (ks, ke) = TextScan.Trim(text, colon + 1, ke);
                    if (ks >= ke) continue;
                }
                if (IssuePiece.MatchIn(text, ks, ke - ks) is { } im) issue = new Located(im.Groups["n"].Value, new TextSpan(im.Groups["n"].Index, im.Groups["n"].Length));
                else if (LocatorReader.ReadAtEnd(text, ks, ke, folioAllowed: false) is { } found && found.Start == ks) locator = found.Locator;
            }
            return citation with { Kind = PublicationKind.Article, Title = title, ContainerTitle = container, Place = place, Issue = issue, Locator = locator };
        }

        // "Title, I cild, İstanbul, Publisher": the imprint opens at the last known place.
        var at2 = -1;
        for (var k = count - 1; k >= first; k--)
            if (Conventions.IsKnownPlace(text.AsSpan(pieces[k].S, pieces[k].E - pieces[k].S))) { at2 = k; break; }
        if (at2 < 0) return null;
        Located? volume = null;
        var titleEnd = -1;
        for (var k = 0; k < at2; k++)
        {
            if (VolumePiece.MatchIn(text, pieces[k].S, pieces[k].E - pieces[k].S) is { } vm)
            {
                volume ??= new Located(vm.Groups["n"].Value, new TextSpan(vm.Groups["n"].Index, vm.Groups["n"].Length));
                break;
            }
            titleEnd = k;
        }
        if (title is null)
        {
            if (titleEnd < 0) return null;
            title = TextScan.Locate(text, pieces[0].S, pieces[titleEnd].E);
        }
        var placeAt = pieces[at2];
        // "…, Bakı, Elm, s. 12-14": a page closing the imprint is the cited place, not a word of the publisher.
        CitedLocator? pinpoint = null;
        var last = count - 1;
        if (last > at2 && LocatorReader.ReadAtEnd(text, pieces[last].S, pieces[last].E, folioAllowed: false) is { } cited && cited.Start == pieces[last].S)
            (pinpoint, last) = (cited.Locator, last - 1);
        Located? publisher = null;
        if (at2 < last)
        {
            var (ps, pe) = (pieces[at2 + 1].S, pieces[last].E);
            if (pe - ps > 2 && TextScan.IsOpeningQuote(text[ps]) && TextScan.IsClosingQuote(text[pe - 1])) (ps, pe) = (ps + 1, pe - 1);
            publisher = TextScan.Locate(text, ps, pe);
        }
        return citation with
        {
            Title = title,
            Volume = volume,
            Place = new Located(text[placeAt.S..placeAt.E], new TextSpan(placeAt.S, placeAt.E - placeAt.S)),
            Publisher = publisher,
            Locator = pinpoint,
        };
    }

    // The first "(1999)" of text[s..limit): where its parenthesis opens, where the year starts, where it closes; open is
    // -1 where none stands there.
    private static (int Open, int Year, int Close) YearInParentheses(string text, int s, int limit)
    {
        for (var i = s; i < limit; i++)
        {
            if (text[i] != '(') continue;
            var j = i + 1;
            while (j < limit && text[j] == ' ') j++;
            if (j + 4 > limit || !Conventions.IsYear(text.AsSpan(j, 4))) continue;
            var k = j + 4;
            while (k < limit && text[k] == ' ') k++;
            if (k < limit && text[k] == ')') return (i, j, k);
        }
        return (-1, -1, -1);
    }

    // The names of text[s..e): "Family Given [Given]" in full, or a family name and its initials ("Короглы Х.Г."),
    // several separated by commas. A family name alone could be a title's word and is no name here.
    private static bool ReadNames(string text, int s, int e, List<CslName> names, out bool initials)
    {
        initials = true;
        for (var at = s; at < e;)
        {
            var comma = text.IndexOf(',', at, e - at);
            var stop = comma < 0 ? e : comma;
            var (ns, ne) = TextScan.Trim(text, at, stop, " ");
            if (ne <= ns || names.Count == MaxNames) return false;
            if (PublicationReader.FamilyThenInitials.Find(text, ns, ne - ns) is { } f && f.Index == ns && TextScan.Trim(text, f.Index + f.Length, ne, " .").Start == ne)
                names.Add(PublicationReader.FamilyThenInitialsName(text, f.Index, f.Length));
            else if (FamilyThenGiven(text, ns, ne) is var familyEnd and > 0)
            {
                var (gs, ge) = TextScan.Trim(text, familyEnd, ne, " ");
                names.Add(CslName.Person(text[ns..familyEnd], text[gs..ge]));
                initials = false;
            }
            else return false;
            at = stop + 1;
        }
        initials &= names.Count > 0;
        return names.Count > 0;
    }

    // A letter only the Azerbaijani or Turkish alphabet has (not ç, ö, ü, which German and French names share), or a Cyrillic one, in text[s..e).
    private static bool HasTurkicOrCyrillicLetter(string text, int s, int e) => TextScan.HasAzerbaijaniLetter(text, s, e) || TextScan.HasCyrillic(text, s, e);

    // Where the family name of "Family Given [Given]" in text[s..e) ends (every word a capital and small letters), or -1.
    private static int FamilyThenGiven(string text, int s, int e)
    {
        var words = 0;
        var familyEnd = -1;
        for (var i = s; i < e;)
        {
            var w = i;
            while (w < e && text[w] != ' ') w++;
            if (!AuthorDateReader.IsFamilyName(text, i, w) || ++words > MaxNameWords) return -1;
            if (familyEnd < 0) familyEnd = w;
            i = w;
            while (i < e && text[i] == ' ') i++;
        }
        return words >= 2 ? familyEnd : -1;
    }

    // A work named by its title before the year: the words up to a description in parentheses ("Koroğlu (Tam mətn)") or an
    // unclosed one ("Title (Nəşrə hazırlayan: …"); a few words without digits, in Turkic or Cyrillic letters, a capital
    // first and, without such a description, a word in small letters (a head of capitalised words alone is a name).
    // The Turkic or Cyrillic letter may stand anywhere in the entry [ps, pe) ("Halk türküleri (1930) …, İstanbul, …"): ü
    // alone is German as well, but the entry's other words tell a Turkish note.
    private static Located? TitleHead(string text, int s, int e, int ps, int pe)
    {
        var paren = text.IndexOf('(', s, e - s);
        var described = paren > s;
        var (ts, te) = TextScan.Trim(text, s, described ? paren : e, " ,");
        if (te <= ts || !(char.IsUpper(text[ts]) || TextScan.IsOpeningQuote(text[ts])) || !HasTurkicOrCyrillicLetter(text, ps, pe)) return null;
        var words = 1;
        for (var i = ts; i < te; i++)
            if (char.IsDigit(text[i]) || text[i] == ' ' && ++words > MaxTitleWords) return null;
        if (!described)
        {
            var small = false;
            for (var i = ts + 1; i < te && !small; i++) small = text[i - 1] == ' ' && char.IsLower(text[i]);
            if (!small) return null;
        }
        return new Located(text[ts..te], new TextSpan(ts, te - ts));
    }
}
