using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>
/// Reads an Azerbaijani reference to a journal or a newspaper named in quotation marks with its kind word after it:
/// <c>M. Family. "Title". "Qobustan" jurnalı, 1977, N 10, səh. 78.</c>, <c>Family I. «Title». «Kommunist» qəzeti,
/// 1967, 5 mart.</c>, <c>«Azərbaycan» jurnalı, 1984, № 5, s. 12.</c>
/// </summary>
/// <remarks>
/// The quoted name followed by <c>jurnalı</c> or <c>qəzeti</c> is the container; what stands before it is the author and
/// the piece's title (its quotation marks dropped); after it come the year, the number (<c>№</c>, <c>N</c>, or <c>Ns</c>,
/// as № comes out of some text layers), the day and month (recorded nowhere) and the page.
/// </remarks>
internal static class QuotedPeriodicalReader
{
    // The quoted name and its kind word, then a comma: the container.
    private static readonly Regex Container = new(@"[“""«„](?<name>[^”""»“«„]{2,80})[”""»“]\s*(?<kind>"
        + Vocabulary.Alternation(Vocabulary.NewspaperWords.Concat(Vocabulary.JournalWords)) + @")\s*[,.]", Conventions.Options);
    // "Title". "Ədəbiyyat qəzeti", 1990: the kind word inside the marks is part of the paper's name, which is the container.
    private static readonly Regex ContainerWithKind = new(@"[“""«„](?<name>[^”""»“«„]{2,80}\s"
        + Vocabulary.Alternation(Vocabulary.NewspaperWords.Concat(Vocabulary.JournalWords)) + @")[”""»“]\s*[,.]", Conventions.Options);
    // Linear (Conventions.Linear): tried at each space, comma or full stop, every repeat bounded but a \s run, which "il" ends.
    private static readonly Regex Year = new(@"(?:^|[\s,.])(?<y>1[5-9]\d\d|20\d\d)(?:" + Conventions.AzerbaijaniOrdinal + @"\s*il)?\b", Conventions.Linear);
    // The number may stand in brackets after the date ("2001, 28 avqust (№ 25-26)").
    private static readonly Regex Issue = new(@"(?:^|[\s,.(])(?:" + Conventions.IssueKeyword + @"|N|Ns)\s*(?<n>\d+(?:[/–-]\d+)?)\b", Conventions.Options);
    // The author heading the piece, "M. Family." or "Family M.", from the heading-name patterns every reader composes.
    // Linear (Conventions.Linear): anchored, the initials bounded, the name's letters given back one at a time, each at a bounded cost.
    private static readonly Regex InitialsFirst = new(@"^(?<ini>" + PublicationReader.Initials + @")\s?(?<fam>" + PublicationReader.FamilyNameAfterInitials + @")[.,]\s", Conventions.Linear);
    // Linear (Conventions.Linear): anchored, the initials bounded, the name's letters given back one at a time, each at a bounded cost.
    private static readonly Regex FamilyFirst = new(@"^(?<fam>" + PublicationReader.FamilyName + @")\s(?<ini>" + PublicationReader.Initials + @"),?\s", Conventions.Linear);

    private const string Quotes = "\"“”«»„";

    // How far after a quoted name ReadBare looks for the date or number that makes it a paper ("«Paper», 1973, 13 yanvar",
    // "«Paper» ¹ 1-2, 1959, 7 mart"): they follow the name at once.
    private const int DateWindow = 48;

    // The most quoted names ReadBare tries as the paper: an author's, a title's and the paper's own come first, and a part
    // of many quoted names (a list of titles) is no piece in a paper.
    private const int MaxQuotedNames = 4;

    // A quoted name, the candidate paper of ReadBare (tried at each opening mark in turn).
    private static readonly Regex QuotedName = new(@"[“""«„](?<name>[^”""»“«„]{1,80})[”""»“]", Conventions.Options);
    // "Zamanov A.Yersiz müdaxilə", "Zamanov A.»Title»": the initial glued to the title, whose first letter or quotation
    // mark the match takes as well (so that it is no initial's: the caller steps back over it).
    // Linear (Conventions.Linear): anchored, the initials bounded, the name's letters given back one at a time, each at a bounded cost.
    internal static readonly Regex FamilyFirstGlued = new(@"^(?<fam>" + PublicationReader.FamilyName + @")\s(?<ini>" + PublicationReader.Initials + @")[\p{Lu}«»""“„]", Conventions.Linear);

    /// <summary>Reads text[start..end) as a piece in a quoted journal or newspaper, or null if it is not one.</summary>
    public static PublicationCitation? Read(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;,");
        if (e - s < 8 || text.AsSpan(s, e - s).IndexOfAny(Quotes) < 0) return null;
        var regex = Container;
        if (Container.Find(text, s, e - s) is not { } found)
        {
            // Only after a quoted title: a paper's name alone ("Ədəbiyyat qəzeti", 1990) is the newspaper reader's.
            if (ContainerWithKind.Find(text, s, e - s) is not { } inside || inside.Index == s) return null;
            (found, regex) = (inside, ContainerWithKind);
        }
        var m = regex.MatchIn(text, found.Index, found.Length)!;
        // A newspaper named alone ("“Azərbaycan” qəzeti, 1919, 12 noyabr") is the newspaper reader's: an issue, not a piece.
        if (found.Index == s && Vocabulary.NewspaperWords.Contains(m.Groups["kind"].Value, StringComparer.OrdinalIgnoreCase)) return null;
        var name = m.Groups["name"];
        var restStart = found.Index + found.Length;
        if (Year.Find(text, restStart, e - restStart) is not { } y) return null;
        var ya = PublicationReader.YearStart(text, y.Index);
        var year = new Located(text.Substring(ya, 4), new TextSpan(ya, 4));
        Located? issue = null;
        if (Issue.MatchIn(text, restStart, e - restStart) is { } im)
            issue = new Located(im.Groups["n"].Value, new TextSpan(im.Groups["n"].Index, im.Groups["n"].Length));
        var locator = LocatorReader.ReadAtEnd(text, restStart, e, folioAllowed: false)?.Locator;

        // Before the container: the author, then the piece's title ("Title" // "Qobustan" jurnalı, "Title" - "Kommunist"
        // qəzeti: the mark or the dash that opens the container is no part of it).
        var container = new Located(name.Value.Trim(), new TextSpan(name.Index, name.Length));
        return Piece(text, s, e, found.Index, KindWordHeading, container, year, issue, locator, "az");
    }

    /// <summary>
    /// Reads text[start..end) as a piece in a newspaper or journal named in quotation marks without a kind word, or
    /// null: <c>Family I. Title. «Paper», 1973, 13 yanvar.</c>, <c>Title. «Paper»- 26.12.70</c>, <c>«Paper» ¹ 55, 1959,
    /// 7 mart, s.3.</c>, <c>Title. «Journal»-1985. № 3</c>, the source line <c>«Paper», 1907-14</c> (year and issue).
    /// </summary>
    /// <remarks>
    /// A quoted name is a paper only where a date or a number follows it at once (after a comma, full stop or dash) and
    /// the part after it holds what only an issue has: a number (<c>№</c>, <c>¹</c>), a day and month, or a date in
    /// numbers, which alone gives the year as written (<c>70</c>). A quoted title followed by its year alone
    /// (<c>«Title», 1990</c>) stays a book's. Before the paper: the author (as in <see cref="Read"/>) and the title,
    /// quotation marks inside kept, an annotation in brackets closing it dropped.
    /// </remarks>
    public static PublicationCitation? ReadBare(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;,");
        // Russian notes are the GOST readers' ("Family I. Title. — «Journal», 1961, № 2"): only Latin text is read here.
        if (e - s < 8 || text.AsSpan(s, e - s).ContainsAnyInRange('\u0400', '\u04FF')) return null;
        var quoted = text.AsSpan(s, e - s).IndexOfAny(Quotes) >= 0;
        for (var (from, tried) = (s, 0); quoted && tried < MaxQuotedNames && from < e && QuotedName.MatchIn(text, from, e - from) is { } m; from = m.Index + 1, tried++)
        {
            var restStart = m.Index + m.Length;
            while (restStart < e && (char.IsWhiteSpace(text[restStart]) || text[restStart] is ',' or '.' or '-' or '–' or '—')) restStart++;
            if (restStart >= e) continue;
            if (m.Index == s && YearAndNumber(text, restStart, e) is var (sourceYear, sourceIssue))
            {
                var (sn, se) = TextScan.Trim(text, m.Groups["name"].Index, m.Groups["name"].Index + m.Groups["name"].Length, " ");
                return Piece(text, s, e, m.Index, BareHeading, Paper(text, sn, se), sourceYear, sourceIssue, null, LanguageDetector.Detect(text[s..e]));
            }
            // The date or number follows the paper at once: it is looked for near it, so that a part of many quoted
            // names (each tried in turn) costs each only its window, not the rest of the part (FuzzTests' quoted titles).
            var window = Math.Min(e, restStart + DateWindow) - restStart;
            // A date written in numbers after the paper ("26.12.70", "5.12.1998"): its year as written.
            var numeric = Conventions.NumericDateYear(text, restStart, restStart + window, twoDigitYear: true);
            var issueMatch = NewspaperReader.IssueNumber.Find(text, restStart, window);
            var opensWithIssue = issueMatch is { } first && TextScan.Trim(text, restStart, first.Index).End == restStart;
            if (!char.IsDigit(text[restStart]) && !opensWithIssue) continue;
            var dated = numeric is not null || issueMatch is not null
                        || NewspaperReader.DayMonth.Find(text, restStart, window) is not null
                        || Conventions.FindMonthDay(text, restStart, window) is not null;
            if (!dated) continue;
            Located year;
            if (NewspaperReader.Year.Find(text, restStart, window) is { } y)
            {
                var ya = char.IsDigit(text[y.Index]) ? y.Index : y.Index + 1;
                year = new Located(text.Substring(ya, 4), new TextSpan(ya, 4));
            }
            else if (numeric is (var ny, var nl))
                year = new Located(text.Substring(ny, nl), new TextSpan(ny, nl));
            else continue;
            Located? issue = null;
            if (issueMatch is { } im)
            {
                var n = NewspaperReader.FirstDigit(text, im.Index);
                var ie = im.Index + im.Length;
                // "¹ 1-2": a double number keeps both.
                if (ie + 1 < e && text[ie] is '-' or '–' or '/' && char.IsDigit(text[ie + 1]))
                    for (ie++; ie < e && char.IsDigit(text[ie]);) ie++;
                issue = new Located(text[n..ie], new TextSpan(n, ie - n));
            }
            var (rs, re) = (restStart, e);
            if (re > rs && text[re - 1] == ')' && text.LastIndexOf('(', re - 1, re - rs) is var open and > 0) re = open; // "s.1. (ərəb əlifbası ilə)"
            var locator = LocatorReader.ReadAtEnd(text, rs, TextScan.Trim(text, rs, re, " .,;").End, folioAllowed: false)?.Locator;

            var name = m.Groups["name"];
            var (ns, ne) = TextScan.Trim(text, name.Index, name.Index + name.Length, " ");
            return Piece(text, s, e, m.Index, BareHeading, Paper(text, ns, ne), year, issue, locator, LanguageDetector.Detect(text[s..e]));
        }
        return ReadDashedPaper(text, s, e);
    }

    /// <summary>
    /// The year and the number of a reprint's source line, all that follows the paper's name (<c>«Molla Nəsrəddin»,
    /// 1907-14</c>: the year, a hyphen, the issue as written), or null. Two digits that are the next year's last two
    /// (<c>1906-07</c>) are a span of years, a season or a volume, not an issue.
    /// </summary>
    private static (Located Year, Located Issue)? YearAndNumber(string text, int from, int end)
    {
        if (end - from < 6 || end - from > 8 || !Conventions.IsYear(text.AsSpan(from, 4)) || text[from + 4] != '-') return null;
        for (var k = from + 5; k < end; k++)
            if (!char.IsAsciiDigit(text[k])) return null;
        if (end - from == 7 && (text[from + 2] - '0') * 10 + text[from + 3] - '0' is var yy && (yy + 1) % 100 == (text[from + 5] - '0') * 10 + text[from + 6] - '0')
            return null;
        return (new Located(text.Substring(from, 4), new TextSpan(from, 4)), new Located(text[(from + 5)..end], new TextSpan(from + 5, end - from - 5)));
    }

    /// <summary>
    /// <c>Title.- Paper, 1958, 22 mart</c>, <c>Title- Bakı ,1966, 27 iyul</c>: a paper named without quotation marks
    /// after a dash, told by the day and month next to its year (a book's imprint has none), or null.
    /// </summary>
    private static PublicationCitation? ReadDashedPaper(string text, int s, int e)
    {
        // Most parts have no dash: they are refused before any pattern runs.
        if (text.AsSpan(s, e - s).IndexOfAny("-–—") < 0) return null;
        int dateAt;
        if (NewspaperReader.DayMonth.Find(text, s, e - s) is { } dayMonth) dateAt = dayMonth.Index;
        else if (Conventions.FindMonthDay(text, s, e - s) is { } monthDay) dateAt = monthDay.Index;
        else return null;
        var cluster = dateAt;
        // The year before the day and month ("1958, 22 mart") opens the date; one after it ("22 mart, 1958") closes it.
        var before = TextScan.Trim(text, s, dateAt, " ,").End;
        if (before - 4 >= s && NewspaperReader.Year.Find(text, before - 4, 4) is not null) cluster = before - 4;
        if (NewspaperReader.Year.Find(text, cluster, e - cluster) is not { } y) return null;
        var ya = char.IsDigit(text[y.Index]) ? y.Index : y.Index + 1;
        if (ya - cluster > 20) return null;
        var pe = TextScan.Trim(text, s, cluster, " ,").End;
        if (pe >= cluster) return null; // no comma or space between the paper and its date
        var ps = pe;
        while (ps > s && (char.IsLetter(text[ps - 1]) || text[ps - 1] is ' ' or '.' or '\u0300')) ps--;
        if (ps <= s || text[ps - 1] is not ('-' or '–' or '—') || ps - 1 <= s || char.IsDigit(text[ps - 2])) return null;
        var (ns, ne) = TextScan.Trim(text, ps, pe, " .");
        if (ne - ns < 2 || ne - ns > 60 || !char.IsUpper(text[ns])) return null;
        var year = new Located(text.Substring(ya, 4), new TextSpan(ya, 4));
        return Piece(text, s, e, ps - 1, BareHeading, Paper(text, ns, ne), year, null, null, LanguageDetector.Detect(text[s..e]));
    }

    // The paper named at text[start..end).
    private static Located Paper(string text, int start, int end) => new(text[start..end], new TextSpan(start, end - start));

    /// <summary>The piece whose author and title stand in text[s..head), read as <paramref name="form"/> says, in <paramref name="paper"/>.</summary>
    private static PublicationCitation Piece(string text, int s, int e, int head, HeadingForm form, Located paper, Located year, Located? issue, CitedLocator? locator, string? language)
    {
        var (authors, title) = Heading(text, s, head, form);
        return new PublicationCitation
        {
            Text = text[s..e],
            Span = new TextSpan(s, e - s),
            Kind = PublicationKind.Article,
            Authors = authors,
            Title = title,
            ContainerTitle = paper,
            Year = year,
            Issue = issue,
            Locator = locator,
            Language = language,
        };
    }

    /// <summary>How the part before the paper is read: what is trimmed around it and off the title, and whether the loose forms are read.</summary>
    /// <param name="Trim">Trimmed off the part before the paper.</param>
    /// <param name="TitleTrim">Trimmed off the title (with a kind word, its quotation marks as well).</param>
    /// <param name="Loose">Whether an initial glued to the title and an annotation in brackets closing it are read.</param>
    private sealed record HeadingForm(string Trim, string TitleTrim, bool Loose);

    // Before a quoted paper with its kind word: the title's quotation marks are dropped, and the author is written apart.
    private static readonly HeadingForm KindWordHeading = new(" ,.-–—/", " ,.-–—/" + Quotes, Loose: false);

    // Before a paper without its kind word (ReadBare, ReadDashedPaper): the title's quotation marks are kept, and the
    // hand-typed notes these come from glue initials to titles and close titles with annotations.
    private static readonly HeadingForm BareHeading = new(" ,.:;-–—/", " ,.:;-–—/", Loose: true);

    /// <summary>The author heading text[s..head) and the piece's title after it, read as <paramref name="form"/> says.</summary>
    private static (List<CslName> Authors, Located? Title) Heading(string text, int s, int head, HeadingForm form)
    {
        var (hs, he) = TextScan.Trim(text, s, head, form.Trim);
        var authors = new List<CslName>();
        if (he > hs && PublicationReader.HeadingName(text, hs, he, out var afterName, InitialsFirst, FamilyFirst) is { } author)
        {
            authors.Add(author);
            hs = afterName;
        }
        else if (form.Loose && he > hs && PublicationReader.HeadingName(text, hs, he, out var glued, FamilyFirstGlued) is { } gluedAuthor)
        {
            authors.Add(gluedAuthor);
            hs = glued - 1;
        }
        // "3.500-cü tamaşa («Leyli və Məcnun»)": a bracketed annotation closing the title is prose.
        if (form.Loose && he > hs && text[he - 1] == ')' && text.LastIndexOf('(', he - 1, he - hs) is var bracket and >= 0 && bracket > hs)
            he = bracket;
        var (ts, te) = TextScan.Trim(text, hs, he, form.TitleTrim);
        return (authors, te > ts ? new Located(text[ts..te], new TextSpan(ts, te - ts)) : null);
    }
}
