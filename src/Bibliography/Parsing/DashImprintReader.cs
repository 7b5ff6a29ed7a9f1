using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>
/// Reads the dash-separated GOST form of bibliographic indexes and lists of literature, whose elements a full stop and a
/// dash glued to it separate: <c>Surname, I. Title /I. Surname //Paper.- 2000.- 29 sentyabr.- S.8.</c>,
/// <c>ამირანაშვილი შ. Title.-თბ.,1971.-გვ.242.</c>, <c>Title //Surname I. Book.- Bakı, 2000.- S.418.</c>.
/// </summary>
/// <remarks>
/// The elements after the first separator each say what they are by their shape (a year, a day and month, an issue, a
/// page, an extent, a volume, an imprint), so they are read left to right; the first that has none of these shapes and
/// all after it are an annotation (prose), recorded nowhere. The statement of responsibility after a lone <c>/</c> and
/// bracketed annotations of the heading are recorded nowhere; the authors come from the heading.
/// </remarks>
internal static class DashImprintReader
{
    // A full stop with a dash glued to it ("2000.- S.8", ".-თბ.,1971", ".– 280 s."): the mark of this form. A full stop,
    // a space and a dash (". – ") is GOST's own separator, which PublicationReader reads.
    private static readonly Regex Glued = new(@"\.[-–—]", Conventions.Options);
    // Any element separator once the form is known: a full stop, then a dash, with or without spaces between.
    private static readonly Regex Separator = new(@"\.\s?[-–—]\s?", Conventions.Options);

    // Linear (Conventions.Linear): anchored, every repeat bounded or followed by a token it cannot match.
    private static readonly Regex YearElement = new(@"^(?<y>\d{3,4})(?:\s?\([^)]*\))?(?:\.|$)", Conventions.Linear);
    // Linear (Conventions.Linear): anchored, every repeat followed by a token it cannot match.
    private static readonly Regex DayMonthElement = new(@"^\d{1,2}\s*\p{L}+\.?$", Conventions.Linear);
    // Linear (Conventions.Linear): anchored, every repeat followed by a token it cannot match.
    private static readonly Regex IssueElement = new(@"^(?:" + Conventions.IssueKeyword + @"|N)\s*(?<n>\d+(?:\s?[-/]\s?\d+)?)\.?$", Conventions.Linear);
    // Linear (Conventions.Linear): anchored, each \s run followed by a digit, a comma, a dash or a verso mark.
    private static readonly Regex PageElement = new(@"^(?<kw>" + Conventions.PageKeyword + @")\s*(?<v>" + Conventions.NumberList + @")(?:\.|$)", Conventions.Linear);
    // An extent: a number of pages, the page word after it ("280 s.", "91გვ."), recorded nowhere.
    // Linear (Conventions.Linear): anchored, every repeat followed by a token it cannot match.
    private static readonly Regex ExtentElement = new(@"^\d+\s?(?:" + Vocabulary.Alternation(Vocabulary.Spellings(KeywordLevel.Page).Select(k => k.TrimEnd('.')).Distinct()) + @")\.?(?:\s|$)", Conventions.Linear);
    // Linear (Conventions.Linear): anchored, each keyword's repeats followed by a token they cannot match.
    private static readonly Regex VolumeElement = new(@"^(?:" + Conventions.VolumeKeyword + @")\s*(?<n>\d+|" + Conventions.RomanClass() + @"+)\.?$", Conventions.Linear);
    // "Bakı, 2000", "თბ.,1971", "Bakı: Elm, 1993", "ქუთაისი", "М.-Л.: Госиздат, 1930": a place (a word or two, or an
    // abbreviation, or two joined by a dash), a publisher after a colon, a year after a comma.
    private static readonly Regex ImprintElement = new(
        @"^(?<place>\p{L}[\p{L}\-]*\.?(?:[\s\-–]\p{L}[\p{L}\-]*\.?)?)\s*(?::\s*(?<pub>[^,:]+?))?\s*(?:,\s*(?<y>\d{3,4}))?\.?$", Conventions.Options);

    // The heading's author: "Quliyev, V. ", "ამირანაშვილი შ. ", "ახალაძე ლ.ბედიის" (the title glued to the initial).
    // Linear (Conventions.Linear): anchored, the initials bounded, the name's letters given back one at a time, each at a bounded cost.
    private static readonly Regex CommaAuthor = new(@"^(?<fam>" + PublicationReader.FamilyName + @"),\s(?<ini>" + PublicationReader.Initials + @")\s", Conventions.Linear);
    // Linear (Conventions.Linear): anchored, the initials bounded, the name's letters given back one at a time, each at a bounded cost.
    private static readonly Regex InitialAuthor = new(@"^(?<fam>" + PublicationReader.FamilyName + @")\s(?<ini>" + PublicationReader.Initials + ")", Conventions.Linear);
    // A single name, then a full stop (a pen name, "Elçin. ", "თან-ნარელი. ").
    // Linear (Conventions.Linear): anchored, the name's letters given back one at a time, each at a bounded cost.
    private static readonly Regex NameAlone = new(@"^(?<fam>\p{L}[\p{L}'’\-]{2,})\.\s", Conventions.Linear);
    // The book's author after "//": "Quliyev V. Book", "ჯაფარიძე ა.(მიტროპოლიტი), Book".
    // Linear (Conventions.Linear): anchored, the initials bounded, the name's letters given back one at a time, each at a bounded cost.
    private static readonly Regex BookAuthor = new(@"^(?<fam>" + PublicationReader.FamilyName + @")\s(?<ini>" + PublicationReader.Initials + @")(?:\s?\([^)]*\))?,?\s", Conventions.Linear);
    // A volume closing the container: ".II", ".ტ.II", ". 3".
    private static readonly Regex ContainerVolume = new(@"\.\s?(?:\p{L}\.\s?)?(?<n>" + Conventions.RomanClass() + @"+|\d{1,2})$", Conventions.Options);
    // A volume closing the heading, before the first glued dash ("Title: ტ.I.–თბ., 1997", "Title. Т. 2.- Bakı, 2000"):
    // the keyword after a space or a mark, a number after it, a Roman one maybe glued to the keyword ("ტ.II"); or the
    // number before the word written in full ("Title: III cild.-Bakı, 1999").
    private static readonly Regex HeadingVolume = new(@"(?:^|[\s,.:])(?:(?:" + Conventions.VolumeKeyword + @")\s?(?<n>\d{1,3}|" + Conventions.RomanClass() + @"+)|(?<n>\d{1,3}|" + Conventions.RomanClass() + @"+)\s(?:"
        + Vocabulary.Alternation(Vocabulary.Keywords.Where(k => k.Level == KeywordLevel.Volume && !k.Abbreviated && k.Read).Select(k => k.Text)) + "))$", Conventions.Options);
    // A title given in quotation marks, a subtitle after it: “Title”: subtitle.
    // Linear (Conventions.Linear): anchored, the title's run followed by the closing mark it cannot hold.
    private static readonly Regex QuotedTitle = new(@"^[""“«„](?<t>[^""”»“]+)[""”»“]", Conventions.Linear);

    /// <summary>Reads text[start..end) in the dash-separated form, or null if it is not written so.</summary>
    public static PublicationCitation? Read(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " ;,");
        // Most parts reaching here have no glued dash: they are refused before their text is copied.
        if (e - s < 8 || !Glued.IsMatch(text.AsSpan(s, e - s))) return null;
        var part = text[s..e];
        // "М.-Л.: Госиздат, 1930": a joined place's full stop and dash separate nothing; without a glued dash of its own
        // the part is a GOST line for PublicationReader.
        var separators = Separator.Matches(part).Where(m => !InJoinedPlace(part, m.Index)).ToList();
        if (!separators.Exists(m => m.Length > 1 && part[m.Index + 1] is '-' or '–' or '—')) return null;
        var headEnd = separators[0].Index;
        var slashes = part.IndexOf("//", StringComparison.Ordinal);
        if (slashes >= headEnd) slashes = -1;

        // The elements after the head.
        Located? year = null, place = null, publisher = null, volume = null, issue = null;
        CitedLocator? locator = null;
        var newspaper = false;
        for (var k = 0; k < separators.Count; k++)
        {
            var from = separators[k].Index + separators[k].Length;
            var to = k + 1 < separators.Count ? separators[k + 1].Index : part.Length;
            var (a, b) = TextScan.Trim(part, from, to, " ");
            if (b <= a) continue;
            var element = part[a..b];
            Match m;
            if ((m = YearElement.Match(element)).Success && year is null)
            {
                year = At(m.Groups["y"], a);
                if (m.Length < element.Length) break; // an annotation follows the year
            }
            else if (DayMonthElement.IsMatch(element))
                newspaper = true;
            else if ((m = IssueElement.Match(element)).Success && issue is null)
                issue = At(m.Groups["n"], a);
            else if ((m = PageElement.Match(element)).Success && locator is null)
            {
                var kw = m.Groups["kw"];
                var v = m.Groups["v"];
                locator = LocatorReader.ReadOne(kw.Value, v.Value, new TextSpan(s + a + kw.Index, v.Index + v.Length - kw.Index));
                if (m.Length < element.Length) break; // an annotation follows the page
            }
            else if (ExtentElement.Match(element) is { Success: true } x)
            {
                if (x.Length < element.Length) break;
            }
            else if ((m = VolumeElement.Match(element)).Success && volume is null)
                volume = At(m.Groups["n"], a);
            else if ((m = ImprintElement.Match(element)).Success && place is null && year is null
                     && (m.Groups["y"].Success || NextIsYear(part, separators, k)))
            {
                place = At(m.Groups["place"], a);
                if (m.Groups["pub"].Success) publisher = Unquoted(m.Groups["pub"], a);
                if (m.Groups["y"].Success) year = At(m.Groups["y"], a);
            }
            else break; // an annotation: prose
        }
        // "Title. Ташкент, 1923.-с.45-56": an older list glues the dash to the year, so the place and year close the head.
        if (year is null && place is null && ImprintClosingHead(part, headEnd) is { } closing)
        {
            place = At(closing.Groups["place"], 0);
            if (closing.Groups["pub"].Success) publisher = Unquoted(closing.Groups["pub"], 0);
            year = At(closing.Groups["y"], 0);
            headEnd = closing.Index - 2;
            if (slashes >= headEnd) slashes = -1;
        }
        if (year is null && locator is null && issue is null && place is null) return null;

        // The head: heading, then the container after "//".
        var headingEnd = slashes >= 0 ? slashes : headEnd;
        var statement = part.IndexOf(" /", 0, headingEnd, StringComparison.Ordinal);
        var annotation = part.IndexOf('[', 0, headingEnd);
        var titleEnd = headingEnd;
        if (statement > 0) titleEnd = statement;
        if (annotation > 0 && annotation < titleEnd) titleEnd = annotation;
        // The statement after the lone slash is recorded nowhere, but for the editors and compilers its roles name
        // ("/Cəlil Əlioğlu; red. M.Əliyev", "/tərt. ed. E.Əfəndiyev").
        var statements = new PublicationReader.Builder();
        if (statement > 0)
        {
            var statementEnd = annotation > statement ? annotation : headingEnd;
            for (var semicolon = statement + 2; semicolon >= 0 && semicolon < statementEnd; semicolon = part.IndexOf(';', semicolon + 1, statementEnd - semicolon - 1))
            {
                var from = semicolon == statement + 2 ? semicolon : semicolon + 1;
                if (!ResponsibilityReader.RoleFollows(part, from)) continue;
                var next = part.IndexOf(';', from, statementEnd - from);
                statements.TakeStatement(text, s + from, s + (next < 0 ? statementEnd : next));
            }
        }
        var authors = new List<CslName>();
        var titleStart = 0;
        Match a1;
        if ((a1 = CommaAuthor.Match(part, 0, titleEnd)).Success || (a1 = InitialAuthor.Match(part, 0, titleEnd)).Success)
        {
            authors.Add(CslName.Person(a1.Groups["fam"].Value, a1.Groups["ini"].Value.Replace(" ", "")));
            titleStart = a1.Index + a1.Length;
        }
        else if ((a1 = NameAlone.Match(part, 0, titleEnd)).Success && (slashes >= 0 || statement > 0))
        {
            authors.Add(CslName.Person(a1.Groups["fam"].Value, null));
            titleStart = a1.Length;
        }
        var (ts, te) = TextScan.Trim(part, titleStart, titleEnd, " .:/,");
        if (volume is null && te > ts && HeadingVolume.Match(part, ts, te - ts) is { Success: true } hv && hv.Index + hv.Length == te
            && TextScan.Trim(part, ts, hv.Index, " .:/,") is var (_, beforeVolume) && beforeVolume > ts)
        {
            volume = At(hv.Groups["n"], 0);
            te = beforeVolume;
        }
        Located? title = null;
        if (te > ts)
        {
            var q = QuotedTitle.Match(part, ts, te - ts);
            title = q.Success && q.Index == ts ? At(q.Groups["t"], 0) : new Located(part[ts..te], new TextSpan(s + ts, te - ts));
        }

        Located? container = null;
        var kind = PublicationKind.Book;
        if (slashes >= 0)
        {
            var cs = slashes + 2;
            var ce = headEnd;
            var book = BookAuthor.Match(part, cs, ce - cs);
            if (book.Success && book.Index == cs)
            {
                if (authors.Count == 0) authors.Add(CslName.Person(book.Groups["fam"].Value, book.Groups["ini"].Value.Replace(" ", "")));
                cs = book.Index + book.Length;
                kind = PublicationKind.Chapter;
            }
            else kind = place is null ? PublicationKind.Article : PublicationKind.Chapter;
            cs = SkipNewspaperWord(part, cs, ce);
            var v = ContainerVolume.Match(part, cs, ce - cs);
            if (v.Success && v.Index + v.Length == ce && volume is null)
            {
                volume = At(v.Groups["n"], 0);
                ce = v.Index;
            }
            var (xs, xe) = TextScan.Trim(part, cs, ce, " .,\"“”«»„");
            if (xe > xs) container = new Located(part[xs..xe], new TextSpan(s + xs, xe - xs));
        }
        _ = newspaper; // a paper dated by day and month: its container, year and page are read as any article's

        Located At(Group g, int offset) => new(g.Value, new TextSpan(s + offset + g.Index, g.Length));
        Located Unquoted(Group g, int offset)
        {
            var (us, ue) = TextScan.Trim(part, offset + g.Index, offset + g.Index + g.Length, " \"“”«»„");
            return new Located(part[us..ue], new TextSpan(s + us, ue - us));
        }

        return new PublicationCitation
        {
            Text = part,
            Span = new TextSpan(s, e - s),
            Kind = kind,
            Authors = authors,
            Title = title,
            Editors = statements.Editors ?? (IReadOnlyList<CslName>)Array.Empty<CslName>(),
            Compilers = statements.Compilers ?? (IReadOnlyList<CslName>)Array.Empty<CslName>(),
            ContainerTitle = container,
            Volume = volume,
            Issue = issue,
            Place = place,
            Publisher = publisher,
            Year = year,
            Locator = locator,
            Language = LanguageDetector.Detect(part),
        };
    }

    /// <summary>How many sentence stops before the first dash are tried as the start of a closing imprint.</summary>
    private const int MaxImprintStops = 3;

    /// <summary>
    /// The place and year (a publisher maybe) that close the head before its first glued dash (<c>Title. Ташкент,
    /// 1923.-с.45</c>, <c>Title. М., 1968.- с. 7</c>), matched from the sentence stop before them; null if none does.
    /// </summary>
    private static Match? ImprintClosingHead(string part, int headEnd)
    {
        var stop = headEnd;
        for (var tried = 0; tried < MaxImprintStops; tried++)
        {
            stop = stop > 1 ? part.LastIndexOf(". ", stop - 1, stop - 1, StringComparison.Ordinal) : -1;
            if (stop <= 0) return null;
            // The full stop of an initial ("Иванов П.П. Ташкент, 1923"): the imprint would leave no title.
            if (char.IsUpper(part[stop - 1]) && (stop < 2 || !char.IsLetter(part[stop - 2]))) return null;
            var from = stop + 2;
            var m = ImprintElement.Match(part, from, headEnd - from);
            if (m.Success && m.Index == from && m.Groups["y"].Success && char.IsUpper(part[from])) return m;
        }
        return null;
    }

    /// <summary>The longest statement of responsibility looked through for a <c>;</c> it holds.</summary>
    private const int MaxStatement = 200;

    /// <summary>
    /// True when the <c>;</c> at i stands in a statement of responsibility, between its lone <c>/</c> and the
    /// container's <c>//</c> (<c>/Elçin; müsahibəni apardı N.Cabbarova //Ekspress</c>) or the dash imprint of a
    /// catalogue record (<c>/tərt. L.Talıbova; baş redaktor K.Tahirov; M.F.Axundov adına Milli Kitabxana.- Bakı,
    /// 2009</c>): it joins the people (and bodies) of one statement and separates no citations.
    /// </summary>
    internal static bool InStatement(string text, int from, int i)
    {
        var back = Math.Max(from, i - MaxStatement);
        var slash = text.LastIndexOf(" /", i, i - back, StringComparison.Ordinal);
        if (slash < 0 || slash + 2 >= text.Length || text[slash + 2] == '/') return false;
        // A statement names people: a figure after the slash is an imprint's year or a page, which close a citation.
        if (text.AsSpan(slash, i - slash).IndexOfAnyInRange('0', '9') >= 0) return false;
        if (text.IndexOf("//", back, i - back, StringComparison.Ordinal) >= 0) return false;
        var ahead = Math.Min(text.Length, i + MaxStatement) - i;
        var container = text.IndexOf("//", i, ahead, StringComparison.Ordinal);
        if (container > 0) return text.IndexOf(';', i + 1, container - i - 1) < 0;
        // No container: the statement must still be open at i (no imprint since its slash) and run, without a number or
        // another statement, to the record's imprint, a place and a year after a glued dash.
        if (Glued.IsMatch(text.AsSpan(slash, i - slash))) return false;
        var dash = Glued.Match(text, i, ahead);
        if (!dash.Success) return false;
        for (var k = i + 1; k < dash.Index; k++)
            if (char.IsDigit(text[k]) || text[k] == '/') return false;
        // Each part after a ';' names a role's people or a body; a heading's name or a sentence's end there opens the
        // next citation ("/tərt. A.Mirəhmədov; Əliyev R. Azərbaycan tarixi.- Bakı, 2009": two works).
        for (var k = i; k < dash.Index; k = text.IndexOf(';', k + 1, dash.Index - k - 1) is var next and >= 0 ? next : dash.Index)
            if (!ResponsibilityReader.RoleFollows(text, k + 1) && !IsBodyPart(text, k + 1, dash.Index)) return false;
        return YearFollows(text, dash.Index + dash.Length);
    }

    // True when text[s..e), up to its next ';', may be a body of a statement ("Azərbaycan Xalça Muzeyi", "M.F.Axundov
    // adına Milli Kitabxana", "Azərb. Resp. Təhsil Nazirliyi"): no heading's name, neither a family name before an initial
    // ("Əliyev R.", "Əliyev, R.") nor initials, a family name and a full stop at its start ("R.Əliyev. Azərbaycan tarixi").
    private static bool IsBodyPart(string text, int s, int e)
    {
        var semicolon = text.IndexOf(';', s, e - s);
        if (semicolon >= 0) e = semicolon;
        while (s < e && text[s] == ' ') s++;
        // Initials first: "R.Əliyev. ", "R. Əliyev. ".
        var k = s;
        while (k + 1 < e && char.IsUpper(text[k]) && text[k + 1] == '.') { k += 2; while (k < e && text[k] == ' ') k++; }
        if (k > s)
        {
            var w = k;
            while (w < e && char.IsLetter(text[w])) w++;
            if (w - k >= 2 && char.IsUpper(text[k]) && w + 1 < e && text[w] == '.' && text[w + 1] == ' ') return false;
        }
        // Family name first: a word of two letters or more, an optional comma, then initials and a space ("Əliyev R. ",
        // "Əliyev, R.Ə. "; not a body named after someone: "AMEA Z.Bünyadov adına …").
        for (var i = s + 1; i + 1 < e; i++)
        {
            if (text[i] != '.' || !char.IsUpper(text[i - 1]) || i - 2 >= s && char.IsLetter(text[i - 2])) continue;
            var j = i - 2;
            while (j >= s && text[j] is ' ' or ',') j--;
            if (j == i - 2 || j - 1 < s || !char.IsLetter(text[j]) || !char.IsLetter(text[j - 1])) continue;
            var after = i + 1;
            while (after + 1 < e && char.IsUpper(text[after]) && text[after + 1] == '.') after += 2;
            if (after >= e || text[after] == ' ') return false;
        }
        return true;
    }

    /// <summary>The longest imprint element looked through for its year (<c>Bakı: Azərbaycan Milli Kitabxanası, 2009</c>).</summary>
    private const int MaxImprint = 60;

    // True when a year closes the element starting at from ("Bakı, 2009.- 288 s.", "Bakı: Elm, 2009"), a place first.
    private static bool YearFollows(string text, int from)
    {
        var end = Math.Min(text.Length, from + MaxImprint);
        for (var k = from; k + 4 <= end; k++)
        {
            if (text[k] is ';' or '/' || text[k] == '.' && k + 1 < text.Length && text[k + 1] is '-' or '–' or '—') return false;
            if (k > from && !char.IsDigit(text[k - 1]) && Conventions.IsYear(text.AsSpan(k, 4)) && (k + 4 == text.Length || !char.IsDigit(text[k + 4])))
                return char.IsLetter(text[TextScan.Trim(text, from, k, " ").Start]);
        }
        return false;
    }

    // True when the full stop at part[dot] is the one a joined abbreviated place glues to its dash ("М.-Л.", "M.–L.":
    // Moscow–Leningrad, as Vocabulary.AbbreviatedPlaces writes it, with any dash).
    private static bool InJoinedPlace(string part, int dot)
    {
        foreach (var place in Vocabulary.AbbreviatedPlaces)
        {
            var glue = place.IndexOf(".-", StringComparison.Ordinal);
            var at = dot - glue;
            if (glue < 0 || at < 0 || at + place.Length > part.Length || at > 0 && char.IsLetter(part[at - 1])) continue;
            var i = 0;
            while (i < place.Length && (part[at + i] == place[i] || place[i] == '-' && part[at + i] is '–' or '—')) i++;
            if (i == place.Length) return true;
        }
        return false;
    }

    // True when the element after the k-th separator's is a year alone ("-ქუთაისი.-1984").
    private static bool NextIsYear(string part, IReadOnlyList<Match> separators, int k)
    {
        if (k + 1 >= separators.Count) return false;
        var from = separators[k + 1].Index + separators[k + 1].Length;
        var to = k + 2 < separators.Count ? separators[k + 2].Index : part.Length;
        var (a, b) = TextScan.Trim(part, from, to, " ");
        return b > a && YearElement.IsMatch(part.AsSpan(a, b - a));
    }

    // "გაზ. "ივერია"": the word that names a newspaper before its title is recorded nowhere.
    private static int SkipNewspaperWord(string part, int cs, int ce)
    {
        foreach (var word in Vocabulary.NewspaperWords)
            if (ce - cs > word.Length + 1 && string.CompareOrdinal(part, cs, word, 0, word.Length) == 0 && part[cs + word.Length] == ' ')
                return cs + word.Length + 1;
        return cs;
    }
}
