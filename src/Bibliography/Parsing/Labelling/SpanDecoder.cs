using Bibliography.Model;

namespace Bibliography.Parsing.Labelling;

/// <summary>
/// Reads one citation's labelled spans into the parser's citation types, so the normaliser, CSL-JSON and validation
/// take them as they take the rule readers'. Where rules are exact they decide: a locator's keyword and canonical
/// value (<see cref="LocatorReader"/>), an archival level's keyword, names (<see cref="ResponsibilityReader"/>).
/// </summary>
internal static class SpanDecoder
{
    private const string ValueTrim = " \t\u00A0,;:/";

    /// <summary>The citation of spans[first..last) standing in text[start..end), or null when they make none.</summary>
    public static ParsedCitation? Build(string text, int start, int end, List<LabelledSpan> spans, int first, int last)
    {
        (start, end) = TextScan.Trim(text, start, end, " \t\u00A0;");
        if (end <= start) return null;
        var mine = Mend(text, spans.GetRange(first, last - first));
        Located? Get(string label)
        {
            foreach (var s in mine)
                if (s.Label == label) return Value(text, s.Start, s.End);
            return null;
        }
        bool Has(string label) => mine.Exists(s => s.Label == label);
        var locator = ReadLocator(text, start, mine, Has("fond") || Has("delo") || Has("archive"));
        var citationText = text[start..end];
        var span = new TextSpan(start, end - start);

        if (Has("ibid"))
        {
            var phrase = mine.First(s => s.Label == "ibid");
            return new IbidCitation
            {
                Text = citationText, Span = span, Phrase = text[phrase.Start..phrase.End], Locator = locator,
                Language = LanguageDetector.Detect(citationText),
            };
        }

        if (Has("fond") || Has("opis") || Has("delo") || Has("archive") && !Has("title"))
        {
            var levels = new List<ArchivalLevel>();
            var previousEnd = start;
            foreach (var s in mine)
            {
                var kind = s.Label switch { "fond" => ArchivalLevelKind.Fond, "opis" => ArchivalLevelKind.Opis, "delo" => ArchivalLevelKind.Delo, _ => (ArchivalLevelKind?)null };
                if (kind is { } k && Value(text, s.Start, s.End) is { } value)
                {
                    var (ks, ke) = Keyword(text, previousEnd, s.Start);
                    var keyword = text.Substring(ks, ke - ks);
                    levels.Add(new ArchivalLevel(k, keyword, value.Value, new TextSpan(ke > ks ? ks : value.Span.Offset, value.Span.End - (ke > ks ? ks : value.Span.Offset))));
                }
                previousEnd = s.End;
            }
            // A shelf mark has numbers ("и места" labelled an opis is prose): a reading with no numbered level is none.
            if (!levels.Exists(l => l.Value.Any(char.IsDigit))) return null;
            var archive = Get("archive");
            var shelf = levels.Count > 0 ? text[levels[0].Span.Offset..levels[^1].Span.End] : "";
            return new ArchivalCitation
            {
                Text = citationText, Span = span,
                ArchiveShort = archive is not null && IsAbbreviation(archive.Value) ? archive : null,
                ArchiveName = archive is not null && !IsAbbreviation(archive.Value) ? archive : null,
                Levels = levels, ShelfMark = shelf, Locator = locator,
                Language = LanguageDetector.OfArchivalCitation(levels, locator, citationText),
            };
        }

        var title = Get("title");
        var container = Get("container");
        var date = Get("date");
        // A newspaper's date may come in parts ("1923. 2 окт."): the issue's date runs from the first to the last.
        var dates = mine.FindAll(s => s.Label == "date");
        var issueDate = dates.Count > 1 ? Value(text, dates[0].Start, dates[^1].End) : date;
        if (issueDate is not null && HasMonth(issueDate.Value) && (container ?? title) is { } paper && !Has("publisher") && !Has("place") && !Has("author"))
        {
            date = issueDate;
            return new NewspaperCitation
            {
                Text = citationText, Span = span, Title = paper, DateWritten = date, Date = DateOf(date.Value),
                Issue = Get("issue"), Locator = locator, Language = LanguageDetector.Detect(paper.Value),
            };
        }

        var authors = Names(text, mine, "author");
        if (title is null && container is null && authors.Count == 0) return null;
        var place = Get("place");
        var publisher = Get("publisher");
        var issue = Get("issue");
        // A title alone is no reading ("Müəllifin şəxsi arxivindən."): any phrase could be labelled so, and the part is
        // better kept unread, with its diagnostic, than made into a book of that name.
        if (authors.Count == 0 && container is null && date is null && place is null && publisher is null && locator is null && issue is null && !Has("volume"))
            return null;
        var kind2 = container is null ? PublicationKind.Book
            : issue is not null || place is null && publisher is null ? PublicationKind.Article : PublicationKind.Chapter;
        return new PublicationCitation
        {
            Text = citationText, Span = span, Kind = kind2,
            Authors = authors, Editors = Names(text, mine, "editor"), Compilers = Names(text, mine, "compiler"),
            Translators = Names(text, mine, "translator"),
            Title = title, ContainerTitle = container, Volume = Get("volume"), Issue = issue, Place = place,
            Publisher = publisher, Year = PublicationYear(text, dates), Edition = Get("edition"), Locator = locator,
            Language = LanguageDetector.Detect(title?.Value, container?.Value, publisher?.Value),
        };
    }

    /// <summary>
    /// Mends kinds of error the model makes whatever the work, before the spans are read: a title or container cut in
    /// two at its own punctuation ("«Дело Михоэлса»: новый взгляд", "Маршал Жуков. Каким мы его помним") and a list of
    /// pages cut at its commas ("90–91, 113, 151") are joined again, since only one span of a label is read; and in a
    /// citation with no title the last of several names, written after a comma and without an initial ("Robert Service,
    /// Comrades (London, 2007)"), is the short title the model took for a second author, since a publication is cited by its title and a list of names with no title is rare. A title
    /// that opens a bracket and stops before it closes takes the closing bracket, and a "container" after a bare comma or
    /// colon is the rest of the title.
    /// </summary>
    internal static List<LabelledSpan> Mend(string text, List<LabelledSpan> spans)
    {
        var issue = spans.Exists(s => s.Label == "issue");
        // Names joined by "and" are one list of one role ("A. I. Kokurin and N. V. Petrov (eds.)", "Stanislav Bernev and
        // Nikita Lomagin, eds"): the model gives the role to the name nearest its word and leaves the other an author.
        // Only where the role's word stands on that side of the list: a role the model guessed is not spread.
        for (var k = spans.Count - 1; k > 0; k--)
        {
            var (a, b) = (spans[k - 1], spans[k]);
            if (a.Label == b.Label || !OnlyJoiner(text, a.End, b.Start)) continue;
            if (a.Label == "author" && IsRole(b.Label) && RoleWordIn(text, b.End, k + 1 < spans.Count ? spans[k + 1].Start : Math.Min(text.Length, b.End + RoleWordReach)))
                spans[k - 1] = a with { Label = b.Label };
            else if (b.Label == "author" && IsRole(a.Label) && RoleWordIn(text, k > 1 ? spans[k - 2].End : Math.Max(0, a.Start - RoleWordReach), a.Start))
                spans[k] = b with { Label = a.Label };
        }
        // An author after the title of a citation whose author stands before it is a word of the title or of what follows
        // ("Salisbury, Black Night, White Snow", "…, Winter 1998"); a name given twice is one author anyway.
        var titleAt = spans.FindIndex(s => s.Label == "title");
        if (titleAt > 0 && spans.FindIndex(0, titleAt, s => s.Label == "author") >= 0)
            for (var k = spans.Count - 1; k > titleAt; k--)
                if (spans[k].Label == "author") spans.RemoveAt(k);
        for (var k = spans.Count - 1; k > 0; k--)
        {
            var (a, b) = (spans[k - 1], spans[k]);
            if (a.Label == b.Label && (a.Label is "title" or "container" && OnlyInnerPunctuation(text, a.End, b.Start)
                                       || a.Label is "locator" or "pages" && OnlyComma(text, a.End, b.Start))
                // A subtitle taken for a container ("The Greatest Battle: Stalin, Hitler, and …"): a container follows
                // "in", "//" or a closing quote, never a bare comma or colon.
                || a.Label == "title" && b.Label == "container" && !issue && OnlyOneMark(text, a.End, b.Start))
            {
                spans[k - 1] = a with { End = b.End };
                spans.RemoveAt(k);
            }
        }
        // A title ending in a bracket it opened ("… пленумов ЦК (1898–1986)", "Records (1917–1921)"): the model stops
        // before the closing bracket as it stops before most marks; the bracket is the title's.
        for (var k = 0; k < spans.Count; k++)
        {
            var t = spans[k];
            if (t.Label is not ("title" or "container") || Unclosed(text, t.Start, t.End) != 1) continue;
            var close = TextScan.Trim(text, t.End, text.Length).Start;
            if (close < text.Length && text[close] is ')' or ']' && (k + 1 == spans.Count || spans[k + 1].Start > close)) spans[k] = t with { End = close + 1 };
        }
        if (spans.Exists(s => s.Label is "title" or "container")) return spans;
        var last = spans.FindLastIndex(s => s.Label == "author");
        if (last > 0 && spans[last - 1].Label == "author" && OnlyComma(text, spans[last - 1].End, spans[last].Start) && !HasInitial(text, spans[last].Start, spans[last].End))
            spans[last] = spans[last] with { Label = "title" };
        return spans;
    }

    // Between two parts of one title: spaces and the marks a title holds inside it (colon, full stop, dash, quotes), no
    // word, number, bracket or separator of citations.
    private static bool OnlyInnerPunctuation(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!(char.IsWhiteSpace(text[i]) || text[i] is ':' or '.' or ',' or '–' or '—' or '-' or '«' or '»' or '"' or '“' or '”' or '„' or '‘' or '’' or '\'')) return false;
        return true;
    }

    /// <summary>How far from a list of names its role's word is looked for where no other span stands between.</summary>
    private const int RoleWordReach = 24;

    // One of Vocabulary.RoleWords ("eds", "ed.", "под ред.", "сост.") opening a word in text[from..to).
    private static bool RoleWordIn(string text, int from, int to)
    {
        if (to <= from) return false;
        var window = text.AsSpan(from, to - from);
        // A whole word only: "ed" in "Edinburgh" or "trans" in "Transcaucasia" is no role.
        foreach (var (word, _) in Vocabulary.RoleWords)
        {
            var role = word.AsSpan().TrimEnd('.');
            for (var at = window.IndexOf(role, StringComparison.OrdinalIgnoreCase); at >= 0;)
            {
                var end = at + role.Length;
                if ((at == 0 || !char.IsLetter(window[at - 1])) && (end == window.Length || !char.IsLetter(window[end]))) return true;
                var next = window[(at + 1)..].IndexOf(role, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        return false;
    }

    // A role names share with the names joined to them.
    private static bool IsRole(string label) => label is "editor" or "compiler" or "translator";

    // Spaces and one of Conventions.AuthorJoiners ("and", "&", "и", "və") in text[from..to), nothing else.
    private static bool OnlyJoiner(string text, int from, int to)
    {
        var (s, e) = TextScan.Trim(text, from, to);
        return TextScan.IsOneOf(text.AsSpan(s, e - s), Conventions.AuthorJoiners, StringComparison.OrdinalIgnoreCase);
    }

    // Spaces and one comma or colon.
    private static bool OnlyOneMark(string text, int from, int to) => OnlyOne(text, from, to, colonToo: true);

    // Brackets opened and not closed in text[from..to).
    private static int Unclosed(string text, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] is '(' or '[') depth++;
            else if (text[i] is ')' or ']' && depth > 0) depth--;
        }
        return depth;
    }

    // Between two names of a list: a comma and spaces only (a list joined by "and", "&", "и" is a list of names).
    private static bool OnlyComma(string text, int from, int to) => OnlyOne(text, from, to, colonToo: false);

    // Spaces and one comma (or colon, where colonToo) in text[from..to), nothing else.
    private static bool OnlyOne(string text, int from, int to, bool colonToo)
    {
        var marks = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == ',' || colonToo && text[i] == ':') marks++;
            else if (!char.IsWhiteSpace(text[i])) return false;
        }
        return marks == 1;
    }

    // An initial: a capital followed by a full stop, standing alone ("A.", "Н.Е."), as a name has and a title rarely.
    private static bool HasInitial(string text, int from, int to)
    {
        for (var i = from; i + 1 < to; i++)
            if (char.IsUpper(text[i]) && text[i + 1] == '.' && (i == from || !char.IsLetter(text[i - 1]))) return true;
        return false;
    }

    // A span's value: trimmed of spaces and separators, and of quotes that enclose it whole.
    private static Located? Value(string text, int s, int e)
    {
        (s, e) = TextScan.Trim(text, s, e, ValueTrim);
        if (e - s >= 2 && text[s] is '«' or '"' or '“' or '„' && text[e - 1] is '»' or '"' or '”') (s, e) = TextScan.Trim(text, s + 1, e - 1, ValueTrim);
        return e > s ? new Located(text[s..e], new TextSpan(s, e - s)) : null;
    }

    // The keyword in the unlabelled text before a value (", f. " → "f."): its last word with the full stop after it.
    private static (int Start, int End) Keyword(string text, int from, int to)
    {
        var (s, e) = TextScan.Trim(text, from, to, " \t\u00A0,;:()");
        while (s < e && (text[s] is '.' or '-' || char.IsWhiteSpace(text[s]))) s++; // "558. Оп.": the full stop ends the value before
        if (e <= s) return (s, s);
        var k = e;
        while (k > s && !char.IsWhiteSpace(text[k - 1]) && text[k - 1] is not (',' or ';' or '(')) k--;
        // Two-word keywords (ед. хр., ed. khr.) keep both words.
        if (k - 1 > s && text[k - 1] == ' ' && k - 2 >= s && text[k - 2] == '.')
        {
            var k2 = k - 1;
            while (k2 > s && !char.IsWhiteSpace(text[k2 - 1]) && text[k2 - 1] is not (',' or ';' or '(')) k2--;
            if (k - 1 - k2 <= 4 && char.IsLetter(text[k2])) k = k2;
        }
        return (k, e);
    }

    private static CitedLocator? ReadLocator(string text, int start, List<LabelledSpan> spans, bool archival)
    {
        // The pages of a newspaper or article stand for the locator where no other is given: the parser's types keep
        // no page range of their own, and a note citing an issue's page names it so.
        var index = spans.FindLastIndex(s => s.Label == "locator");
        if (index < 0) index = spans.FindLastIndex(s => s.Label == "pages");
        if (index < 0) return null;
        var s = spans[index];
        if (Value(text, s.Start, s.End) is not { } value) return null;
        var (ks, ke) = Keyword(text, index > 0 ? spans[index - 1].End : start, s.Start);
        var keyword = text[ks..ke];
        var whole = new TextSpan(ke > ks ? ks : value.Span.Offset, value.Span.End - (ke > ks ? ks : value.Span.Offset));
        if (keyword.Length > 0 && LocatorReader.ReadOne(keyword, value.Value, whole) is { } read) return read;
        // No keyword (Chicago's bare "112–14"), or one the patterns do not know: an archive is cited by folio.
        return new CitedLocator(LocatorReader.Canonical(value.Value), archival ? LocatorLabels.Folio : LocatorLabels.Page, keyword, value.Value, whole);
    }

    private static IReadOnlyList<CslName> Names(string text, List<LabelledSpan> spans, string label)
    {
        List<CslName>? names = null;
        foreach (var s in spans)
        {
            if (s.Label != label || Value(text, s.Start, s.End) is not { } value) continue;
            names ??= new List<CslName>();
            var read = ResponsibilityReader.ReadNames(text, value.Span.Offset, value.Span.End);
            // A name given twice in one citation is one person: Azerbaijani library lines repeat the author after the
            // title ("Səfiyev, A. Sənətkar mövqeyi /Arif Səfiyev //Azərbaycan").
            foreach (var name in read.Count > 0 ? read : PlainNames(value.Value))
                if (!names.Exists(n => string.Equals(n.Family, name.Family, StringComparison.OrdinalIgnoreCase))) names.Add(name);
        }
        return names is null ? Array.Empty<CslName>() : names;
    }

    // Names the rule patterns do not take: "Firstname Surname", "Surname, Firstname", joined by "and", "&", "и", ",".
    private static IEnumerable<CslName> PlainNames(string value)
    {
        var comma = value.IndexOf(',');
        var parts = value.Split([" and ", " & ", " и ", " və "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && comma > 0 && value.IndexOf(',', comma + 1) < 0)
        {
            // "Ivanov, Aleksandr": one name, family first.
            yield return CslName.Person(value[..comma].Trim(), value[(comma + 1)..].Trim().TrimEnd('.') is { Length: > 0 } g ? g : null);
            yield break;
        }
        foreach (var part in parts.SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var space = part.LastIndexOf(' ');
            // Family first with initials after it ("ამირანაშვილი შ.", "Nevezhin I. V."): scripts without capitals and
            // spellings the rule patterns do not take; the family name is what stands before the initials.
            var initials = part.Length;
            while (initials > 0 && part.LastIndexOf(' ', initials - 1) is var w && IsInitial(part[(w + 1)..initials])) initials = Math.Max(0, w);
            if (initials > 0 && initials < part.Length)
                yield return CslName.Person(part[..initials].Trim(), part[initials..].Trim());
            else yield return space < 0 ? CslName.Person(part, null) : CslName.Person(part[(space + 1)..], part[..space]);
        }
    }

    // An initial or a run of them: letters of one or two each, each with its full stop ("შ.", "I.", "Н.Е.", "Sh.").
    private static bool IsInitial(string word)
    {
        if (word.Length < 2 || word[^1] != '.') return false;
        foreach (var part in word[..^1].Split('.'))
            if (part.Length is 0 or > 2 || !part.All(char.IsLetter)) return false;
        return true;
    }

    private static bool IsAbbreviation(string archive) => archive.Length <= 12 && !archive.Any(char.IsLower) || !archive.Contains(' ');

    private static bool HasMonth(string date)
    {
        foreach (var word in date.Split([' ', '.', ',', '-', '/'], StringSplitOptions.RemoveEmptyEntries))
            if (Conventions.MonthOf(word) is not null) return true;
        return false;
    }

    // A publication's year: that of its last date with one, since a date before it stands in the title or names the
    // issue of a container ("Девятый съезд РКП (б). Март – апрель 1920 г. М., 1934", "Lavrenti Beriia: 1953 (Moscow, 1999)").
    private static Located? PublicationYear(string text, List<LabelledSpan> dates)
    {
        for (var k = dates.Count - 1; k >= 0; k--)
            if (Value(text, dates[k].Start, dates[k].End) is { } value && YearOf(value) is { } year) return year;
        return null;
    }

    // The year of a date span (a four-digit number), or null.
    private static Located? YearOf(Located date)
    {
        var v = date.Value;
        for (var i = 0; i + 4 <= v.Length; i++)
        {
            if ((i > 0 && char.IsDigit(v[i - 1])) || (i + 4 < v.Length && char.IsDigit(v[i + 4]))) continue;
            if (v[i] is '1' or '2' && char.IsDigit(v[i + 1]) && char.IsDigit(v[i + 2]) && char.IsDigit(v[i + 3]))
                return new Located(v.Substring(i, 4), new TextSpan(date.Span.Offset + i, 4));
        }
        return null; // the year is a number downstream: a date with none gives none (it stays in the citation's text)
    }

    private static CslDate? DateOf(string date)
    {
        int? year = null, month = null, day = null;
        foreach (var word in date.Split([' ', '.', ',', '-', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Conventions.MonthOf(word) is { } m) month ??= m;
            else if (word.Length == 4 && int.TryParse(word, out var y)) year ??= y;
            else if (word.Length <= 2 && int.TryParse(word, out var d) && d is >= 1 and <= 31) day ??= d;
        }
        return year is { } yy ? CslDate.FromParts(yy, month, month is null ? null : day) : null;
    }
}
