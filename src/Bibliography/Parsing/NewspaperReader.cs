using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>Reads newspaper citations: <c>“Kommunist” qəzeti (rusca), 1920, 19 iyun</c>, <c>«Коммунист», 1920, 19 июня, № 54</c>, <c>Коммунист. 1920. 19 июня</c>.</summary>
internal static class NewspaperReader
{
    internal static readonly Regex Quoted = new(
        @"^[“""«„](?<title>[^”""»“«~]+)[”""»“~]\s*(?<kind>" + Vocabulary.Alternation(Vocabulary.NewspaperWords) + @")?\s*(?:\((?<lang>[^()]*)\))?\s*[,.]\s*(?<rest>.*)$",
        Conventions.Options | RegexOptions.Singleline);

    // Linear: anchored, the title bounded and ended by the first full stop or comma, each \s run followed by a digit or a letter.
    internal static readonly Regex Plain = new(
        @"^(?<title>[^.,;“”«»]{2,60})[.,]-?\s*(?<rest>(?:1[7-9]\d\d|20\d\d)[.,]?-?\s*\d{1,2}\s+" + Conventions.MonthPattern + @".*)$",
        Conventions.Linear | RegexOptions.Singleline);

    // "Красноярский рабочий. № 5 (2555) от 7 января 1927 года.": the number first, then the date in words.
    // Linear (Conventions.Linear): anchored, the title bounded and ended by the first full stop or comma, the number's
    // digits giving back at most two to the day, each \s run followed by a digit, a letter or a year.
    internal static readonly Regex NumberedPlain = new(
        @"^(?<title>[^.,;“”«»]{2,60})[.,]\s*(?<rest>№\s*\d+" + Conventions.RunningNumber + @"[.,]?\s*(?:от\s+)?\d{1,2}\s+" + Conventions.MonthPattern + @"\.?,?\s+(?:1[7-9]\d\d|20\d\d).*)$",
        Conventions.Linear | RegexOptions.Singleline);

    // The year, also with the Azerbaijani ordinal's ending and "il" ("12 mart 2010-cu il").
    internal static readonly Regex Year = new(@"(?:^|[\s,.])(?<y>1[7-9][0-9][0-9]|20[0-9][0-9])(?:" + Conventions.AzerbaijaniOrdinal + @"(?:\s?" + Vocabulary.Alternation(Vocabulary.YearMarks) + @")?)?(?:[\s,.]|$)", Conventions.Options);
    // Linear (Conventions.Linear): tried only at a digit, and bounded but for a \s run, which a month's letter ends.
    internal static readonly Regex DayMonth = new(@"(?<d>[0-9]{1,2})\s+(?<m>" + Conventions.MonthPattern + @")", Conventions.Linear);
    // The issue keywords, and N with no full stop ("N 54"); the number keeps its running number ("№ 5 (2555)").
    internal static readonly Regex IssueNumber = new(@"(?:" + Conventions.IssueKeyword + @"|N)\s*(?<n>[0-9]+" + Conventions.RunningNumber + ")", Conventions.Options);

    /// <summary>Reads text[start..end) as a newspaper citation, or null.</summary>
    public static NewspaperCitation? Read(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " ;");
        // "газета «Коммунист», 15 декабря 1920 г.": the kind word may stand before the quoted title too.
        var kindFirst = false;
        foreach (var word in KindWords)
        {
            var at = s + word.Length;
            if (e - s <= word.Length + 1 || string.Compare(text, s, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0 || !char.IsWhiteSpace(text[at])) continue;
            while (at < e && char.IsWhiteSpace(text[at])) at++;
            if (at < e && text[at] is '“' or '"' or '«' or '„') (s, kindFirst) = (at, true);
            break;
        }
        // Most citations are no newspaper: the cheap tests run on the text in place, before any copy is made.
        var opensQuoted = e > s && text[s] is '“' or '"' or '«' or '„';
        if (!opensQuoted && !MayBePlain(text.AsSpan(s, e - s)) && !text.AsSpan(s, e - s).Contains('№')) return null;
        // Where a pattern matches, its parts are told from its shape: no Match and no groups are made.
        Head? head = null;
        if (opensQuoted && Quoted.Find(text, s, e - s) is not null)
            head = QuotedHead(text, s, e) ?? HeadFromGroups(Quoted.MatchIn(text, s, e - s)!);
        var quoted = head is not null;
        if (head is null && MayBePlain(text.AsSpan(s, e - s)) && Plain.Find(text, s, e - s) is not null)
            head = PlainHead(text, s, e);
        if (head is null && !opensQuoted && text.AsSpan(s, e - s).Contains('№') && NumberedPlain.Find(text, s, e - s) is not null)
            head = PlainHead(text, s, e);
        if (head is not { } h) return null;

        var rest = h.RestStart;
        var hasKindWord = quoted && (h.HasKind || kindFirst);

        int? year = null, month = null, day = null;
        int dateStart = -1, dateEnd = -1;
        if (Year.Find(text, rest, e - rest) is { } y)
        {
            // The year follows the separator the match may open with (a year opens with a digit, no separator is one).
            var at = char.IsAsciiDigit(text[y.Index]) ? y.Index : y.Index + 1;
            year = int.Parse(text.AsSpan(at, 4));
            Extend(ref dateStart, ref dateEnd, at, 4);
        }
        DateParts? dayAndMonth = DayMonth.Find(text, rest, e - rest) is { } dm ? DayMonthParts(text, dm.Index, dm.Length)
            : Conventions.FindMonthDay(text, rest, e - rest) is { } md ? MonthDayParts(text, md.Index, md.Length) : null;
        if (dayAndMonth is { } date)
        {
            month = Conventions.MonthOf(text.AsSpan(date.Month, date.MonthEnd - date.Month));
            day = int.Parse(text.AsSpan(date.Day, date.DayEnd - date.Day));
            Extend(ref dateStart, ref dateEnd, date.Index, date.Length);
        }
        // The number opens at the first digit after the keyword (no keyword holds one) and closes the match.
        var issue = IssueNumber.Find(text, rest, e - rest) is { } im ? (Start: FirstDigit(text, im.Index), End: im.Index + im.Length) : ((int Start, int End)?)null;
        // "«Известия», 28 августа": a paper cited again in the year the text has named, by its day and month alone.
        var yearNamedBefore = year is null && quoted && dayAndMonth is { } only && TextScan.Trim(text, rest, e).Start == only.Index;
        if (year is null && !yearNamedBefore || !(hasKindWord || month is not null || issue is not null)) return null;

        var (ts, te) = (h.TitleStart, h.TitleEnd);
        while (ts < te && char.IsWhiteSpace(text[ts])) ts++;
        while (te > ts && char.IsWhiteSpace(text[te - 1])) te--;
        var title = text[ts..te];
        var lang = h.LangStart >= 0 ? LanguageDetector.FromNote(text[h.LangStart..h.LangEnd]) : null;
        var pageLocator = LocatorReader.ReadAtEnd(text, rest, e, folioAllowed: false) ?? LocatorReader.ReadOtherAtEnd(text, s, e); // its title tells the script
        var slice = text[s..e];
        return new NewspaperCitation
        {
            Text = slice,
            Span = new TextSpan(s, e - s),
            // The span opens where the title group does, before any spaces the value is trimmed of (as it always has).
            Title = new Located(title, new TextSpan(h.TitleStart, title.Length)),
            NewspaperLanguage = lang ?? (title.AsSpan().ContainsAnyInRange('\u0400', '\u04FF') ? "ru" : null),
            Date = year is { } yv ? CslDate.FromParts(yv, month, month is null ? null : day) : null,
            DateWritten = dateStart >= 0 ? new Located(text[dateStart..dateEnd], new TextSpan(dateStart, dateEnd - dateStart)) : null,
            Issue = issue is { } n ? new Located(text[n.Start..n.End], new TextSpan(n.Start, n.End - n.Start)) : null,
            Locator = pageLocator?.Locator,
            Language = LanguageDetector.Detect(slice),
        };
    }

    /// <summary>
    /// Reads text[start..end) as another issue of the newspaper <paramref name="previous"/> cites, given by its date
    /// and number alone (<c>Şərq.- 2018.- 28 mart.- № 53.- S. 5; 29 mart.- № 54.- S. 5</c>): it opens with a day and a
    /// month or with an issue mark, and holds an issue number. The paper and, unless the part gives its own, the year are
    /// the previous citation's. Null where the part is not so written.
    /// </summary>
    public static NewspaperCitation? ReadNextIssue(string text, int start, int end, NewspaperCitation previous)
    {
        var (s, e) = TextScan.Trim(text, start, end, " ;");
        if (e - s < 2) return null;
        var date = DayMonth.Find(text, s, e - s) is { } dm && dm.Index == s ? DayMonthParts(text, dm.Index, dm.Length) : (DateParts?)null;
        if (IssueNumber.Find(text, s, e - s) is not { } im) return null;
        if (date is null && im.Index != s) return null;
        int? month = null, day = null;
        if (date is { } d)
        {
            month = Conventions.MonthOf(text.AsSpan(d.Month, d.MonthEnd - d.Month));
            day = int.Parse(text.AsSpan(d.Day, d.DayEnd - d.Day));
        }
        var year = Year.Find(text, s, e - s) is { } y ? int.Parse(text.AsSpan(char.IsAsciiDigit(text[y.Index]) ? y.Index : y.Index + 1, 4))
            : previous.Date?.DateParts?[0] is [var py, ..] ? py : (int?)null;
        var number = FirstDigit(text, im.Index);
        var slice = text[s..e];
        return new NewspaperCitation
        {
            Text = slice,
            Span = new TextSpan(s, e - s),
            Title = previous.Title,
            NewspaperLanguage = previous.NewspaperLanguage,
            Date = year is { } yv ? CslDate.FromParts(yv, month, month is null ? null : day) : null,
            DateWritten = date is { } w ? new Located(text.Substring(w.Index, w.Length), new TextSpan(w.Index, w.Length)) : null,
            Issue = new Located(text[number..(im.Index + im.Length)], new TextSpan(number, im.Index + im.Length - number)),
            Locator = LocatorReader.ReadAtEnd(text, s, e, folioAllowed: false)?.Locator,
            Language = previous.Language,
        };
    }

    /// <summary>The groups of a <see cref="Quoted"/> or <see cref="Plain"/> match, as positions in the text (<see cref="LangStart"/> -1 when there is no language note).</summary>
    internal readonly record struct Head(int TitleStart, int TitleEnd, bool HasKind, int LangStart, int LangEnd, int RestStart);

    /// <summary>The day and month of a <see cref="DayMonth"/> or <see cref="Conventions.FindMonthDay"/> match at [Index, Index+Length), as positions in the text.</summary>
    internal readonly record struct DateParts(int Index, int Length, int Day, int DayEnd, int Month, int MonthEnd);

    private static readonly IReadOnlyList<string> KindWords = Vocabulary.NewspaperWords;

    // The quotes that close a title (and «, which cannot): '~' is the closing „“ of Georgian text typed in the AcadNusx
    // font ("saqarTvelos respublika~"), as Quoted's title allows.
    private const string ClosingQuotes = "”\"»“«~";

    /// <summary>The groups of a <see cref="Quoted"/> match over text[s..e), read from its shape; null where a step finds what the match could not have.</summary>
    /// <remarks>
    /// The title holds none of the closing quotes, so it ends at the first of them. A kind word is taken when one
    /// follows (after spaces) and the rest of the pattern matches after it, in the pattern's order; without one the
    /// rest must match right there (the pattern backtracks no other way: nothing after the kind word can open with a
    /// letter). The language note holds no bracket; the rest opens after the spaces that follow the comma or full stop.
    /// </remarks>
    internal static Head? QuotedHead(string text, int s, int e)
    {
        var close = text.AsSpan(s + 1, e - s - 1).IndexOfAny(ClosingQuotes);
        if (close < 0) return null;
        close += s + 1;
        if (text[close] == '«') return null;
        var at = SkipSpaces(text, close + 1, e);
        foreach (var word in KindWords)
            if (text.AsSpan(at, e - at).StartsWith(word, StringComparison.Ordinal) && AfterKind(text, at + word.Length, e) is { } withKind)
                return new Head(s + 1, close, true, withKind.LangStart, withKind.LangEnd, withKind.RestStart);
        return AfterKind(text, at, e) is { } after ? new Head(s + 1, close, false, after.LangStart, after.LangEnd, after.RestStart) : null;
    }

    // \s*(?:\((?<lang>[^()]*)\))?\s*[,.]\s* from at, or null where it does not match.
    private static (int LangStart, int LangEnd, int RestStart)? AfterKind(string text, int at, int e)
    {
        at = SkipSpaces(text, at, e);
        int langStart = -1, langEnd = -1;
        if (at < e && text[at] == '(')
        {
            var close = text.AsSpan(at + 1, e - at - 1).IndexOfAny('(', ')');
            if (close < 0 || text[at + 1 + close] == '(') return null;
            (langStart, langEnd) = (at + 1, at + 1 + close);
            at = SkipSpaces(text, langEnd + 1, e);
        }
        if (at >= e || text[at] is not (',' or '.')) return null;
        return (langStart, langEnd, SkipSpaces(text, at + 1, e));
    }

    /// <summary>The groups of a <see cref="Plain"/> match over text[s..e): the title runs to the first character it cannot hold, the rest from after the dash and spaces that follow it.</summary>
    internal static Head PlainHead(string text, int s, int e)
    {
        var stop = s + text.AsSpan(s, e - s).IndexOfAny(".,;“”«»");
        var rest = SkipSpaces(text, stop + 1, e);
        if (rest < e && text[rest] == '-') rest = SkipSpaces(text, rest + 1, e); // "Şərq.- 2018.- 28 mart"
        return new Head(s, stop, false, -1, -1, rest);
    }

    /// <summary>The groups of a match, as positions in its text (the reference the shapes are tested against).</summary>
    internal static Head HeadFromGroups(Match m)
    {
        var (title, kind, lang, rest) = (m.Groups["title"], m.Groups["kind"], m.Groups["lang"], m.Groups["rest"]);
        return new Head(title.Index, title.Index + title.Length, kind.Success, lang.Success ? lang.Index : -1, lang.Success ? lang.Index + lang.Length : -1, rest.Index);
    }

    /// <summary>
    /// Another issue of the paper just cited, given by its date alone after a semicolon, as English notes list them
    /// (<c>The Economist, 30 December 1848, 1468; 10 September 2011, 29</c>, <c>…; Jan. 14, 1984, p. 3</c>): the day and
    /// month, the year, then the page if any and nothing else; null where the part is not that.
    /// </summary>
    public static NewspaperCitation? ReadNextDate(string text, int start, int end, NewspaperCitation previous)
    {
        var (s, e) = TextScan.Trim(text, start, end, " ;.");
        if (e - s < 8) return null;
        DateParts date;
        // Only a date that opens the part is looked for: a day opens with its digit; a month's day follows the first word.
        if (char.IsAsciiDigit(text[s])) { if (DayMonth.Find(text, s, DayMonthWindow(text, s, e) - s) is { } dm && dm.Index == s) date = DayMonthParts(text, dm.Index, dm.Length); else return null; }
        else if (Conventions.FindMonthDay(text, s, MonthDayWindow(text, s, e) - s) is { } md && md.Index == s) date = MonthDayParts(text, md.Index, md.Length);
        else return null;
        var at = date.Index + date.Length;
        while (at < e && text[at] is ' ' or ',') at++;
        if (at + 4 > e || !Conventions.IsYear(text.AsSpan(at, 4)) || at + 4 < e && char.IsAsciiDigit(text[at + 4])) return null;
        var yearEnd = at + 4;
        CitedLocator? page = null;
        var rest = yearEnd;
        while (rest < e && text[rest] is ' ' or ',') rest++;
        if (rest < e)
        {
            // Only the page may follow the year.
            // "p. 3", or the bare "29" after the year's comma.
            if ((LocatorReader.ReadAtEnd(text, rest, e, folioAllowed: false) ?? LocatorReader.ReadBareAtEnd(text, s, e)) is not { } read || read.Start != rest) return null;
            page = read.Locator;
        }
        var month = Conventions.MonthOf(text.AsSpan(date.Month, date.MonthEnd - date.Month));
        var day = date.DayEnd > date.Day ? int.Parse(text.AsSpan(date.Day, date.DayEnd - date.Day)) : (int?)null;
        return new NewspaperCitation
        {
            Text = text[s..e],
            Span = new TextSpan(s, e - s),
            Title = previous.Title,
            NewspaperLanguage = previous.NewspaperLanguage,
            Date = CslDate.FromParts(int.Parse(text.AsSpan(at, 4)), month, month is null ? null : day),
            DateWritten = new Located(text[s..yearEnd], new TextSpan(s, yearEnd - s)),
            Locator = page,
            Language = previous.Language,
        };
    }

    // The end of the first word (the day), its spaces and the second (a month holds no space): a day and month opening
    // text[s..e) lie within it.
    private static int DayMonthWindow(string text, int s, int e)
    {
        var at = s;
        while (at < e && !char.IsWhiteSpace(text[at])) at++;
        while (at < e && char.IsWhiteSpace(text[at])) at++;
        while (at < e && !char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    // The end of the first word, its spaces, and what a day of two digits and its separator take: a month and day opening
    // text[s..e) lie within it.
    private static int MonthDayWindow(string text, int s, int e)
    {
        var at = s;
        while (at < e && !char.IsWhiteSpace(text[at])) at++;
        while (at < e && char.IsWhiteSpace(text[at])) at++;
        return Math.Min(e, at + 3);
    }

    /// <summary>The parts of a <see cref="DayMonth"/> match: the day is its leading digits, the month runs from after the spaces to its end.</summary>
    internal static DateParts DayMonthParts(string text, int index, int length)
    {
        var dayEnd = index;
        while (char.IsAsciiDigit(text[dayEnd])) dayEnd++;
        return new DateParts(index, length, index, dayEnd, SkipSpaces(text, dayEnd, index + length), index + length);
    }

    /// <summary>The parts of a <see cref="Conventions.FindMonthDay"/> match: the month runs to the first space (no month name holds one), the day is the digits after the spaces.</summary>
    internal static DateParts MonthDayParts(string text, int index, int length)
    {
        var monthEnd = index;
        while (!char.IsWhiteSpace(text[monthEnd])) monthEnd++;
        var day = SkipSpaces(text, monthEnd, index + length);
        var dayEnd = day;
        while (dayEnd < index + length && char.IsAsciiDigit(text[dayEnd])) dayEnd++;
        return new DateParts(index, length, day, dayEnd, index, monthEnd);
    }

    /// <summary>The first digit at or after <paramref name="at"/> (the caller knows there is one).</summary>
    internal static int FirstDigit(string text, int at)
    {
        while (!char.IsAsciiDigit(text[at])) at++;
        return at;
    }

    private static int SkipSpaces(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    /// <summary>
    /// A test <see cref="Plain"/> needs to pass: its title runs up to the first of <c>.,;“”«»</c>, which must be a
    /// full stop or comma 2 to 60 characters in, followed by spaces and a year. Most citations fail it at once.
    /// </summary>
    private static bool MayBePlain(ReadOnlySpan<char> slice)
    {
        var stop = slice.IndexOfAny(".,;“”«»");
        if (stop < 2 || stop > 60 || slice[stop] is not ('.' or ',')) return false;
        var i = stop + 1;
        if (i < slice.Length && slice[i] == '-') i++;
        while (i < slice.Length && char.IsWhiteSpace(slice[i])) i++;
        if (i + 4 > slice.Length || !char.IsDigit(slice[i + 2]) || !char.IsDigit(slice[i + 3])) return false;
        return (slice[i] == '1' && slice[i + 1] is '7' or '8' or '9') || (slice[i] == '2' && slice[i + 1] == '0');
    }

    private static void Extend(ref int start, ref int end, int index, int length)
    {
        start = start < 0 ? index : Math.Min(start, index);
        end = Math.Max(end, index + length);
    }

    // "Literaturuli Sakartvelo 1/1988, Tbilisi", "Sakartvelos Respublika, 20.1.1997, Tbilisi": a paper's name in
    // capitalised Latin words, its number over the year (or the day, month and year, Conventions.NumericDateYear's to
    // read), and the place, before the page. Linear (Conventions.Linear): anchored, each repeat bounded and ended by a
    // token it cannot match.
    private static readonly Regex PressListForm = new(
        @"^(?<t>\p{Lu}\p{Ll}+(?: \p{Lu}?\p{Ll}+){0,4}),? (?:(?<i>[0-9]{1,3})/(?<y>[0-9]{4})|(?<d>[0-9.]{8,10})), (?<pl>\p{Lu}\p{Ll}+)$",
        Conventions.Linear);

    /// <summary>
    /// Reads an item of a press list as a bibliography of a writer's press coverage prints it (<c>Literaturuli Sakartvelo
    /// 1/1988, Tbilisi, p. 15</c>, <c>Sakartvelos Respublika, 20.1.1997, Tbilisi, p. 4</c>): the paper, the number before the
    /// slash and the year after it (of a numeric date, the year alone), the place, the page. Null unless the part is so written.
    /// </summary>
    public static NewspaperCitation? ReadPressListItem(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;");
        if (e - s < 12 || !char.IsAsciiLetterUpper(text[s])) return null;
        // Two or three commas (name, date, place, page) before the locator is looked for: most parts are no such item.
        if (text.AsSpan(s, e - s).Count(',') is < 2 or > 3) return null;
        if (LocatorReader.ReadAtEnd(text, s, e, folioAllowed: false) is not var (locator, at)) return null;
        var (hs, he) = TextScan.Trim(text, s, at, " ,");
        if (he <= hs || PressListForm.Match(text, hs, he - hs) is not { Success: true } m) return null;
        var (t, i, pl, y, d) = (m.Groups["t"], m.Groups["i"], m.Groups["pl"], m.Groups["y"], m.Groups["d"]);
        // A date in figures is the whole group only where its year closes it ("12.3.1990.," is none).
        var written = y.Success ? y : d;
        var year = y.Success ? (y.Index, y.Length) : Conventions.NumericDateYear(text, d.Index, d.Index + d.Length);
        if (year is not (var yi, var yl) || yi + yl != written.Index + written.Length || !Conventions.IsYear(text.AsSpan(yi, yl))) return null;
        // "Johnson, 12.3.1990, London, p. 4" is as likely an author and a date: one word is a paper's name only before its number.
        if (!i.Success && t.ValueSpan.IndexOf(' ') < 0) return null;
        return new NewspaperCitation
        {
            Text = text[s..e],
            Span = new TextSpan(s, e - s),
            Title = new Located(t.Value, new TextSpan(t.Index, t.Length)),
            Date = CslDate.FromParts(int.Parse(text.AsSpan(yi, yl)), null, null),
            DateWritten = new Located(text.Substring(yi, yl), new TextSpan(yi, yl)),
            Issue = i.Success ? new Located(i.Value, new TextSpan(i.Index, i.Length)) : null,
            Place = new Located(pl.Value, new TextSpan(pl.Index, pl.Length)),
            Locator = locator,
            Language = LanguageDetector.Detect(text[s..e]),
        };
    }
}
