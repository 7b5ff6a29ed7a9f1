using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>Forms of Georgian publications that the general readers do not know (kept apart so they stay Georgian).</summary>
internal static class GeorgianForms
{
    /// <summary>The most letters of the count before a set-size word (<c>ოცდაათ ტომად</c>, "in thirty volumes").</summary>
    private const int MaxCountLength = 12;

    /// <summary>
    /// Where the size of a multi-volume set closes text[start..end) (<c>თსკ ათ ტომად</c>, <c>თხზულებანი 5 ტომად</c>: a count,
    /// then <see cref="Vocabulary.GeorgianSetSizeWords"/>), so that the title ends before it; -1 where it does not, or
    /// where nothing of a title would be left.
    /// </summary>
    public static int SetSizeStart(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .,;:");
        foreach (var word in Vocabulary.GeorgianSetSizeWords)
        {
            if (e - s <= word.Length + 2 || string.CompareOrdinal(text, e - word.Length, word, 0, word.Length) != 0 || text[e - word.Length - 1] != ' ') continue;
            var countEnd = e - word.Length - 1;
            var count = countEnd;
            while (count > s && (TextScan.IsGeorgian(text[count - 1]) || char.IsAsciiDigit(text[count - 1]))) count--;
            if (count == countEnd || countEnd - count > MaxCountLength || count <= s || text[count - 1] != ' ') return -1;
            var titleEnd = TextScan.Trim(text, s, count - 1, " ,").End;
            return titleEnd > s ? titleEnd : -1;
        }
        return -1;
    }

    /// <summary>The most parts between " - " of an edition's line (year, title, volume, number).</summary>
    private const int MaxDashedParts = 4;

    /// <summary>
    /// A library catalogue's record with its labels glued to their values (<c>Title გამოცემის წელი1968
    /// გამომცემლობათსუ-ს გამომცემლობა</c>): the title before the first label, then the year, place and publisher each
    /// label opens, up to the next label. A record whose year label holds no year is not read.
    /// </summary>
    public static PublicationCitation? ReadCatalogueRecord(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;");
        // The title opens in Georgian script: asked first, so that the label searches below run on Georgian parts only.
        if (TextScan.Trim(text, s, e, " .,;:").Start is var opening && (opening >= e || !TextScan.IsGeorgian(text[opening]))) return null;
        var first = e;
        foreach (var (label, _) in Vocabulary.GeorgianCatalogueLabels)
            if (text.IndexOf(label, s, e - s, StringComparison.Ordinal) is var at and > 0 && at < first && at > s && text[at - 1] == ' ') first = at;
        if (first == e) return null;
        var (ts, te) = TextScan.Trim(text, s, first, " .,;:");
        if (te <= ts || !TextScan.IsGeorgian(text[ts])) return null;
        Located? year = null, place = null, publisher = null;
        for (var p = first; p < e; )
        {
            var (label, field) = LabelAt(text, p, e);
            if (label is null) return null;
            var vs = p + label.Length;
            var next = NextGluedLabel(text, vs, e);
            var (a, b) = TextScan.Trim(text, vs, next, " .,;:");
            p = next;
            if (b <= a) continue;
            var value = new Located(text[a..b], new TextSpan(a, b - a));
            switch (field)
            {
                case CatalogueField.Year when b - a >= 4 && Conventions.IsYear(text.AsSpan(a, 4)) && (b - a == 4 || EndsWithYearMark(text, a + 4, b, next)):
                    year ??= new Located(text.Substring(a, 4), new TextSpan(a, 4)); break;
                case CatalogueField.Year: return null;
                case CatalogueField.Place: place ??= value; break;
                default: publisher ??= value; break;
            }
        }
        if (year is null) return null;
        return new PublicationCitation
        {
            Text = text[s..e],
            Span = new TextSpan(s, e - s),
            Kind = PublicationKind.Book,
            Title = new Located(text[ts..te], new TextSpan(ts, te - ts)),
            Year = year,
            Place = place,
            Publisher = publisher,
            Language = "ka",
        };
    }

    // Where the next label glued to its value starts after a space in text[from..end), or end: one forward scan, so that a
    // label after a space that is no glued label (a publisher's name may end with the publishing house's word) does not
    // hide a glued one after it.
    private static int NextGluedLabel(string text, int from, int end)
    {
        for (var i = Math.Max(from, 1); i < end; i++)
            if (text[i - 1] == ' ' && LabelAt(text, i, end).Label is { } label && i + label.Length < end && text[i + label.Length] != ' ') return i;
        return end;
    }

    // Whether a year's value text[yearEnd..valueEnd) goes on with a year word alone (1975 წ.), the commonest Georgian
    // year form; the word may run to valueEnd's trimmed full stop but not past the next label at limit.
    private static bool EndsWithYearMark(string text, int yearEnd, int valueEnd, int limit)
    {
        var m = yearEnd;
        while (m < valueEnd && text[m] == ' ') m++;
        foreach (var mark in Vocabulary.YearMarks)
            if (m + mark.Length >= valueEnd && m + mark.Length <= limit && string.CompareOrdinal(text, m, mark, 0, mark.Length) == 0) return true;
        return false;
    }

    // The catalogue label that opens text at p, if any.
    private static (string? Label, CatalogueField Field) LabelAt(string text, int p, int e)
    {
        foreach (var (label, field) in Vocabulary.GeorgianCatalogueLabels)
            if (e - p > label.Length && string.CompareOrdinal(text, p, label, 0, label.Length) == 0) return (label, field);
        return (null, default);
    }

    /// <summary>
    /// Reads a document's place in a Georgian edition as document collections print it, parts joined by " - "
    /// (<c>1965 - ქართული სამართლის ძეგლები - ტომი II - N 40</c>): the year of the edition, if it opens the line, the
    /// title, the volume (a remark in brackets after it is recorded nowhere) and the document's number, the locator.
    /// Null unless the title and a volume or a number are there and nothing else.
    /// </summary>
    public static PublicationCitation? ReadDashedEdition(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;");
        if (e - s < 8) return null;
        Located? year = null, title = null, volume = null;
        CitedLocator? locator = null;
        var parts = 0;
        for (var p = s; p < e; )
        {
            var dash = text.IndexOf(" - ", p, e - p, StringComparison.Ordinal);
            var partEnd = dash < 0 ? e : dash;
            var (ps, pe) = TextScan.Trim(text, p, partEnd);
            p = dash < 0 ? e : dash + 3;
            if (pe <= ps || ++parts > MaxDashedParts) return null;
            if (parts == 1 && pe - ps == 4 && Conventions.IsYear(text.AsSpan(ps, 4))) { year = new Located(text[ps..pe], new TextSpan(ps, 4)); continue; }
            if (title is null)
            {
                if (!TextScan.IsGeorgian(text[ps])) return null;
                title = new Located(text[ps..pe], new TextSpan(ps, pe - ps));
                continue;
            }
            if (volume is null && locator is null && Volume(text, ps, pe) is { } v) { volume = v; continue; }
            if (locator is null && Number(text, ps, pe) is { } n) { locator = n; continue; }
            return year is null ? null : ReadYearNameTitle(text, s, e, year);
        }
        if (title is null) return null;
        if (volume is null && locator is null) return year is null ? null : ReadYearNameTitle(text, s, e, year);
        return new PublicationCitation
        {
            Text = text[s..e],
            Span = new TextSpan(s, e - s),
            Kind = PublicationKind.Book,
            Title = title,
            Volume = volume,
            Year = year,
            Locator = locator,
            Language = "ka",
        };
    }

    /// <summary>
    /// An electronic library's page title (<c>2017 - არახამია გონელი - სასისხლო სიგელთა შესწავლისათვის</c>) or an
    /// edition's line naming its editor (<c>1927 - იასე ცინცაძე - გუგუნბერიძეთა სასისხლო სიგელი - გვ.16-19</c>): the year,
    /// the author's two names and the title between " - ", then only the pages. The family name is the word that ends as
    /// one (<see cref="Vocabulary.GeorgianFamilyEndings"/>), else the first, as these pages write it. Null where the middle
    /// part is not two words of a name (<c>ისტორიული საბუთები</c> ends as a title's plural does).
    /// </summary>
    private static PublicationCitation? ReadYearNameTitle(string text, int s, int e, Located year)
    {
        var end = e;
        var first = text.IndexOf(" - ", s, e - s, StringComparison.Ordinal);
        var second = first < 0 ? -1 : text.IndexOf(" - ", first + 3, e - first - 3, StringComparison.Ordinal);
        if (second < 0) return null;
        // "… - გვ.16-19": the pages close the line.
        CitedLocator? pages = null;
        if (text.IndexOf(" - ", second + 3, e - second - 3, StringComparison.Ordinal) is var third and >= 0)
        {
            if (text.IndexOf(" - ", third + 3, e - third - 3, StringComparison.Ordinal) >= 0 || Pages(text, third + 3, e) is not { } read) return null;
            (pages, e) = (read, third);
        }
        var (ns, ne) = TextScan.Trim(text, first + 3, second);
        var space = text.IndexOf(' ', ns, ne - ns);
        if (space < 0 || text.IndexOf(' ', space + 1, ne - space - 1) >= 0) return null;
        var one = text.AsSpan(ns, space - ns);
        var two = text.AsSpan(space + 1, ne - space - 1);
        if (!IsNameWord(one) || !IsNameWord(two)) return null;
        var (ts, te) = TextScan.Trim(text, second + 3, e);
        if (te <= ts || !TextScan.IsGeorgian(text[ts])) return null;
        var familyFirst = !(PublicationReader.IsGeorgianFamily(two) && !PublicationReader.IsGeorgianFamily(one));
        var (family, given) = familyFirst ? (one.ToString(), two.ToString()) : (two.ToString(), one.ToString());
        return new PublicationCitation
        {
            Text = text[s..end],
            Span = new TextSpan(s, end - s),
            Kind = PublicationKind.Book,
            Authors = [CslName.Person(family, given)],
            Title = new Located(text[ts..te], new TextSpan(ts, te - ts)),
            Year = year,
            Locator = pages,
            Language = "ka",
        };
    }

    // "გვ.16-19", "გვ. 7": the pages, a Georgian page keyword and numbers (a range) alone in text[s..e).
    private static CitedLocator? Pages(string text, int s, int e)
    {
        (s, e) = TextScan.Trim(text, s, e, " .;");
        if (TextScan.OpeningKeyword(text, s, e, Vocabulary.GeorgianPageKeywords) is not var (keyword, v) || v >= e || !char.IsAsciiDigit(text[v])) return null;
        for (var i = v; i < e; i++)
            if (!(char.IsAsciiDigit(text[i]) || text[i] is '-' or '–')) return null;
        return new CitedLocator(text[v..e], LocatorLabels.Page, keyword, text[v..e], new TextSpan(s, e - s));
    }

    // A word of a person's name in Georgian script: not a title's plural, genitive or adjective (-ები, -ს, -ული, -ური).
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return false;
        foreach (var c in word)
            if (!TextScan.IsGeorgian(c)) return false;
        return !word.EndsWith(Vocabulary.GeorgianPluralEnding, StringComparison.Ordinal) && word[^1] != Vocabulary.GeorgianGenitiveEnding
            && !TextScan.EndsWithOneOf(word, Vocabulary.GeorgianAdjectiveEndings);
    }

    // "ტომი III", "ტომი III (დამატება)": the volume, a bracketed remark after it recorded nowhere.
    private static Located? Volume(string text, int s, int e)
    {
        if (TextScan.OpeningKeyword(text, s, e, Vocabulary.GeorgianVolumeKeywords) is not { Value: var v }) return null;
        var ve = v;
        while (ve < e && (char.IsAsciiDigit(text[ve]) || Conventions.IsRomanLetter(text[ve]))) ve++;
        if (ve == v) return null;
        var rest = TextScan.Trim(text, ve, e).Start;
        if (rest < e && !(text[rest] == '(' && text[e - 1] == ')')) return null;
        return new Located(text[v..ve], new TextSpan(v, ve - v));
    }

    // "N 40", "№ 5": the document's number, read as the locator.
    private static CitedLocator? Number(string text, int s, int e)
    {
        if (TextScan.OpeningKeyword(text, s, e, Vocabulary.DocumentNumberSigns) is not var (sign, v)) return null;
        if (v >= e || v == s + sign.Length) return null;
        for (var i = v; i < e; i++)
            if (!char.IsAsciiDigit(text[i])) return null;
        return new CitedLocator(text[v..e], LocatorLabels.Page, sign, text[v..e], new TextSpan(s, e - s));
    }

    /// <summary>
    /// Where the family name ends at text[start..end) in a literature list that prints no initials but keeps their full
    /// stop (<c>აბდუშელიშვილი ., Title, …</c>): one Georgian word, then " ." and a comma; with the index past that comma.
    /// (-1, -1) otherwise.
    /// </summary>
    public static (int FamilyEnd, int After) FamilyBeforeLostInitial(string text, int start, int end)
    {
        var w = start;
        while (w < end && (TextScan.IsGeorgian(text[w]) || text[w] == '-')) w++;
        if (w == start || w + 3 >= end || text[w] != ' ') return (-1, -1);
        var dot = TextScan.Trim(text, w, end).Start;
        if (dot + 1 >= end || text[dot] != '.' || text[dot + 1] != ',') return (-1, -1);
        return (w, dot + 2);
    }

    /// <summary>The fewest letters of a name read alone before a title (<c>ვახუშტი</c>); shorter words are not told from a title's.</summary>
    private const int MinSingleNameLetters = 4;

    /// <summary>
    /// Where a single name ends and the title after its comma begins in a head text[start..end) (<c>ვახუშტი, აღწერა
    /// სამეფოსა საქართველოსა</c>): medieval and church authors are cited by their one name. One Georgian word, not in the
    /// genitive (<c>-ს</c>, a title's first word) nor a plural (<c>-ები</c>), then a comma and a title of two words or more
    /// with no comma, full stop or digit (which a volume or an imprint would bring). (-1, -1) otherwise.
    /// </summary>
    public static (int NameEnd, int TitleStart) SingleNameBeforeTitle(string text, int start, int end)
    {
        var w = start;
        while (w < end && TextScan.IsGeorgian(text[w])) w++;
        if (w - start < MinSingleNameLetters || w + 1 >= end || text[w] != ',' || text[w - 1] == Vocabulary.GeorgianGenitiveEnding
            || text.AsSpan(start, w - start).EndsWith(Vocabulary.GeorgianPluralEnding, StringComparison.Ordinal)) return (-1, -1);
        var (ts, te) = TextScan.Trim(text, w + 1, end, " .,;:");
        if (te <= ts || !TextScan.IsGeorgian(text[ts])) return (-1, -1);
        var spaces = 0;
        for (var i = ts; i < te; i++)
        {
            if (text[i] is ',' or '.' or ';' or ':' || char.IsAsciiDigit(text[i])) return (-1, -1);
            if (text[i] == ' ') spaces++;
        }
        return spaces == 0 ? (-1, -1) : (w, ts);
    }

    /// <summary>The most words of a periodical's or collection's name before a Roman volume (<c>Title, კაეშ, IV</c>).</summary>
    private const int MaxContainerWords = 12;

    /// <summary>
    /// A Georgian title that goes on, after its commas, with a periodical or collection and its volume in Roman numerals
    /// without a keyword (<c>ფევრების სამაროვანი, კაეშ, IV</c>, <c>…, სსმმ, XIXA-XXIB</c>): where the title ends, the
    /// container and the volume; null otherwise.
    /// </summary>
    public static (int TitleEnd, Located Container, Located Volume)? ContainerAndRomanVolume(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .,;:");
        if (e - s < 8 || !TextScan.IsGeorgian(text[s])) return null;
        var last = TextScan.LastIndexOutsideQuotes(text, s, e, ',');
        if (last <= s) return null;
        var (vs, ve) = TextScan.Trim(text, last + 1, e);
        if (!IsRomanVolume(text.AsSpan(vs, ve - vs))) return null;
        var before = TextScan.LastIndexOutsideQuotes(text, s, last, ',');
        if (before <= s) return null;
        var (cs, ce) = TextScan.Trim(text, before + 1, last, " .«»„“”\"");
        if (ce <= cs || !TextScan.IsGeorgian(text[cs])) return null;
        var container = text.AsSpan(cs, ce - cs);
        if (container.IndexOfAnyInRange('0', '9') >= 0 || container.Count(' ') >= MaxContainerWords) return null;
        var titleEnd = TextScan.Trim(text, s, before, " ,").End;
        if (titleEnd <= s) return null;
        return (titleEnd, new Located(text[cs..ce], new TextSpan(cs, ce - cs)), new Located(text[vs..ve], new TextSpan(vs, ve - vs)));
    }

    // "IV", "XIX", "XIXA-XXIB": Roman numerals, a capital letter after them for a part, two of them joined by a hyphen.
    private static bool IsRomanVolume(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > 12) return false;
        var hyphen = value.IndexOf('-');
        return hyphen < 0 ? IsRomanPart(value) : IsRomanPart(value[..hyphen]) && IsRomanPart(value[(hyphen + 1)..]);
    }

    private static bool IsRomanPart(ReadOnlySpan<char> part)
    {
        var n = 0;
        while (n < part.Length && Conventions.IsRomanLetter(part[n])) n++;
        return n > 0 && (n == part.Length || n == part.Length - 1 && char.IsAsciiLetterUpper(part[n]));
    }

    /// <summary>
    /// A Georgian text cited in the collection that prints it, the editors' statement after both
    /// (<c>მოქცევაჲ ქართლისაჲ, შატბერდის კრებული X საუკუნისა, ბ. გიგინეიშვილის გამოცემა</c>): the title read up to the
    /// statement holds one comma, before which stands the text's title and after it the collection's. Where the title
    /// ends and the collection; null otherwise.
    /// </summary>
    public static (int TitleEnd, Located Collection)? CollectionAfterTitle(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .,;:");
        if (e - s < 8 || !TextScan.IsGeorgian(text[s])) return null;
        var comma = TextScan.LastIndexOutsideQuotes(text, s, e, ',');
        if (comma <= s || TextScan.LastIndexOutsideQuotes(text, s, comma, ',') > s) return null;
        var (cs, ce) = TextScan.Trim(text, comma + 1, e, " «»„“”\"");
        var titleEnd = TextScan.Trim(text, s, comma).End;
        if (ce <= cs || titleEnd <= s || !TextScan.IsGeorgian(text[cs]) || text.AsSpan(cs, ce - cs).IndexOfAnyInRange('0', '9') >= 0) return null;
        return (titleEnd, new Located(text[cs..ce], new TextSpan(cs, ce - cs)));
    }

}
