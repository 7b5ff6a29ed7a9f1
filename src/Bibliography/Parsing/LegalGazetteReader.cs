using System.Buffers;
using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>
/// Reads laws and decrees cited by the gazette that published them, in every convention: <c>СУ РСФСР. 1922. № 4. Ст.
/// 44</c>, <c>Sobranie uzakonenii RSFSR, 1918, no. 4, art. 64</c>, <c>სსმ, 28, 29/09/2009</c>, e-qanun.az's
/// <c>Azərbaycan Respublikasının Qanunvericilik Toplusu (Dərc olunma tarixi: 30-06-1998, Nəşr nömrəsi: 06, Maddə
/// nömrəsi: 377)</c>, and the bracket after an Azerbaijani act that lists its publications (<c>… Azərbaycan
/// Respublikasının Qanunu (“Azərbaycan” qəzeti, 7 iyun 2016-cı il, № 121, Azərbaycan Respublikasının Qanunvericilik
/// Toplusu, 2016-cı il, № 6, maddə 969)</c>), one citation per publication.
/// </summary>
/// <remarks>
/// A publication is a name followed by its parts in any order (year or date, issue, article or page, volume), as the
/// conventions order them differently (<c>№ 8, 1991</c>, <c>1991, # 4</c>, <c>28, 29/09/2009</c>); a part of a kind the
/// publication already has opens the next one (<c>…, 2013, № 8, maddə 1032; 2014, № 1, maddə 69</c>), which names no
/// gazette of its own. The gazette's name is <see cref="Vocabulary.LegalGazettes"/>'s: a part naming none is left to
/// the other readers, except in an act's bracket, where every publication of the act is read (the papers too).
/// Every pattern but ArticleAtEnd is anchored and linear (Conventions.Linear); the parts are walked once, left to right.
/// </remarks>
internal static class LegalGazetteReader
{
    private static readonly string YearTail =
        @"(?:\s?" + Vocabulary.Alternation(Vocabulary.AzerbaijaniYearEndings) + @")?(?:\s?" + Vocabulary.Alternation(Vocabulary.YearMarks) + ")?";

    private static readonly string Range = @"\d+(?:\s?" + Conventions.Dash + @"\s?\d+)?";

    // Linear (Conventions.Linear), as every anchored pattern below: anchored, every repeat bounded or followed by a token it
    // cannot match.
    private static readonly Regex NumericDate = new(@"^\d{1,2}[./-]\d{1,2}[./-](?<y>\d{4})", Conventions.Linear);
    // Linear (Conventions.Linear): anchored, every repeat bounded.
    private static readonly Regex WordDate = new(@"^\d{1,2}\s?" + Conventions.MonthPattern + @"\.?,?\s(?<y>\d{4})" + YearTail, Conventions.Linear);
    private static readonly Regex DayMonth = new(@"^\d{1,2}\s?" + Conventions.MonthPattern + @"\.?", Conventions.Linear);
    private static readonly Regex Year = new(@"^(?<y>\d{4})" + YearTail, Conventions.Linear);
    private static readonly Regex IssueOfYear = new(@"^(?<n>\d{1,3})/(?<y>\d{4})", Conventions.Linear);
    // The issue's number, then the part of the issue in brackets, recorded nowhere ("№ 2 (II kitab)", "№ 1 (ч. 1)", "№ 31 (1 ч.)").
    private static readonly Regex Issue = new(@"^" + Vocabulary.Alternation(Vocabulary.LawIssueMarks) + @"\s?(?<n>\d+(?:\s?[-–/]\s?\d+)?)"
        + @"(?:\s?\((?:(?:" + Conventions.RomanClass(3) + @"+|\d+)\s\p{L}+\.?|\p{L}{1,6}\.\s?(?:" + Conventions.RomanClass(3) + @"+|\d+))\))?", Conventions.Linear);
    private static readonly string ArticleWord = Conventions.LawArticleKeyword + "|" + Vocabulary.Alternation(Vocabulary.LawArticleWords);
    private static readonly Regex Article = new(@"^(?<kw>" + ArticleWord + "|" + Vocabulary.Alternation(Vocabulary.LawItemWords) + @")\s?(?<n>" + Range + ")", Conventions.Linear);
    // An article of an act closing the text ("…, № 7. – Maddə 520.", "…, no. 19, art. 321"): with a year and an issue before
    // it, the form of a gazette citation even where the gazette is not one the vocabulary names.
    private static readonly Regex ArticleAtEnd = new(@"(?:^|[\s,.;(])(?:" + ArticleWord + @")\s?" + Range + @"[\s.,;)]*$", Conventions.Options);
    private static readonly Regex Page = new(@"^(?<kw>" + Conventions.PageKeyword + @")\s?(?<n>" + Range + ")", Conventions.Linear);
    // "v. 20" too, as English notes abbreviate the Complete Collection's volume ("PSZ1, v. 20, no. 14392").
    private static readonly Regex Volume = new(@"^(?:" + Conventions.VolumeKeyword + "|" + Regex.Escape(Vocabulary.CollectionVolume) + @")\s?(?<n>\d+|" + Conventions.RomanClass() + @"+)", Conventions.Linear);
    private static readonly Regex Series = new(@"^(?:(?:\d+|" + Conventions.RomanClass(3) + @"+)(?:st|nd|rd|th|-е)?\s)?" + Vocabulary.Alternation(Vocabulary.LawSeriesWords) + @"(?:\s?(?:\d+|" + Conventions.RomanClass(3) + @"+))?", Conventions.Linear);
    private static readonly Regex Label = new(@"^" + Vocabulary.Alternation(Vocabulary.LawRecordLabels), Conventions.Linear);
    // Linear (Conventions.Linear): anchored, every repeat bounded.
    private static readonly Regex Bare = new(@"^(?<n>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)", Conventions.Linear);

    /// <summary>The longest name of a gazette or paper looked for before its parts.</summary>
    private const int MaxName = 160;

    /// <summary>The most words between an act's quoted title and the bracket of its publications (<c>” Azərbaycan Respublikasının Qanunu (</c>).</summary>
    private const int MaxActDesignationWords = 8;

    private enum PartKind { Year, Date, Issue, IssueOfYear, Article, Page, Volume, Ignored, Bare }

    // The parts in the order tried at a place: a date before the year it holds, a label or a day before a number.
    private static readonly (PartKind Kind, Regex Pattern)[] Parts =
    [
        (PartKind.Ignored, Label), (PartKind.Date, NumericDate), (PartKind.Date, WordDate), (PartKind.Ignored, DayMonth),
        (PartKind.IssueOfYear, IssueOfYear), (PartKind.Year, Year), (PartKind.Issue, Issue), (PartKind.Article, Article),
        (PartKind.Page, Page), (PartKind.Volume, Volume), (PartKind.Ignored, Series), (PartKind.Bare, Bare),
    ];

    private sealed class Draft
    {
        public int Start = -1, End;
        public (int Start, int End)? Name;
        public Located? Year, Issue, Volume;
        public CitedLocator? Locator;
        // The locator is an act's article (Ст., maddə, art.), not a page or an item of a collection.
        public bool ByArticle;
        // The locator is the number of an act in a collection that numbers its acts ("PSZ1, vol. 21, no. 15323"): a page
        // after it ("…, p. 378") is where the act stands, recorded nowhere.
        public bool ByActNumber;
        // Read as a gazette by its form (a year, an issue, an article) where its name is none the vocabulary knows.
        public bool ByForm;
        // The gazette the name holds and where its name begins there (GazetteAt's answer, kept for ActBeforeGazette).
        public (LegalGazette Gazette, int At)? Found;
        public bool Gazette => Found is not null || ByForm;
        public bool NumbersActs => Found?.Gazette.NumbersActs == true;
    }

    /// <summary>
    /// Reads text[s..e) as the publications of a law or decree, adding one citation per publication to
    /// <paramref name="into"/>; false (and nothing added) where it is none.
    /// </summary>
    public static bool Read(string text, int s, int e, List<ParsedCitation> into)
    {
        if (e - s < 6 || !MayHoldParts(text, s, e)) return false;
        var gazette = GazetteIn(text, s, e) is not null;
        var byForm = !gazette && ArticleAtEnd.IsMatch(text.AsSpan(s, e - s));
        var bracket = text.IndexOf('(', s, e - s) >= 0;
        if (!gazette && !byForm && !(bracket && NamesAct(text, s, e))) return false;
        return (gazette || byForm) && ReadWhole(text, s, e, into, byForm) || bracket && ReadActBracket(text, s, e, into);
    }

    /// <summary>
    /// Reads text[s..e) as a further publication in the gazette <paramref name="before"/> cites (<c>2014, № 1, maddə
    /// 69</c> after <c>…Toplusu, 2013, № 8, maddə 1032;</c>): the gazette's name is kept, the rest is the part's own.
    /// </summary>
    public static bool ReadNext(string text, int s, int e, PublicationCitation before, List<ParsedCitation> into)
    {
        if (before.Kind != PublicationKind.Legislation || !MayHoldParts(text, s, e)) return false;
        var drafts = List(text, s, e, freeNames: false, out var stop);
        if (drafts.Count == 0 || drafts[0].Name is not null || !Rest(text, stop, e) || drafts.Any(d => d.Issue is null && d.Locator is null)) return false;
        Add(text, drafts, before.Title, into, before.ContainerTitle);
        return true;
    }

    // A gazette citation holds a digit: anything else is spared the walk.
    private static bool MayHoldParts(string text, int s, int e) => text.AsSpan(s, e - s).IndexOfAnyInRange('0', '9') >= 0;

    // The whole part as publications (an optional title before them): "СУ РСФСР. 1922. № 4. Ст. 44.", "Декрет о земле //
    // СУ РСФСР. 1917. № 1. Ст. 3", "“Decree on Land,” SU RSFSR, 1917, no. 1, art. 3", "სსმ, 28, 29/09/2009". byForm: no
    // gazette the vocabulary names is in it, so the first publication must have the form of one (a year, an issue and an
    // article: "Azərbaycan SSR Ali Sovetinin Məlumatı, 1978, № 12, maddə 140").
    private static bool ReadWhole(string text, int s, int e, List<ParsedCitation> into, bool byForm = false)
    {
        Located? title = null;
        var start = s;
        var slash = text.IndexOf("//", s, e - s, StringComparison.Ordinal);
        if (slash > s)
        {
            title = ActTitleBeforeSlash(text, s, slash);
            start = slash + 2;
        }
        else if (QuotedTitle(text, s, e) is { } quoted)
            (title, start) = quoted;
        start = SkipLeadIn(text, start, e);
        var drafts = List(text, start, e, freeNames: true, out var stop);
        // "PSZ1, vol. 21, no. 15323, p. 378 (personal decree … of January 13, 1782)": the act's date in a bracket closing
        // the note, read as its year once the parts before it are read alone.
        var open = text.LastIndexOf('(', e - 1, e - start);
        if (open > start && DatedBracket(text, open, e) is var (bracketEnd, dated) && Rest(text, bracketEnd, e)
            && List(text, start, open, freeNames: true, out var beforeBracket) is [.., { ByActNumber: true } act] actDrafts && Rest(text, beforeBracket, open))
        {
            act.Year ??= dated;
            (drafts, stop) = (actDrafts, e);
        }
        if (byForm && drafts is [{ Name: { } formName, Year: not null, Issue: not null, ByArticle: true } byFormFirst, ..] && !IsPaperName(text, formName.Start, formName.End))
            byFormFirst.ByForm = true;
        if (drafts.Count == 0 || drafts[0].Name is null || !drafts.Any(d => d.Gazette) || !Rest(text, stop, e)) return false;
        if (drafts.Any(d => d.Issue is null && d.Locator is null || d.Name is { } n && !d.Gazette && !IsPaperName(text, n.Start, n.End))
            || drafts[0].Year is null && drafts[0].Volume is null) return false;
        if (drafts[0] is { Found: { } found, Name: { } first } && title is null)
        {
            var (before, from) = ActBeforeGazette(text, first.Start, first.End, found.At);
            title = before;
            drafts[0].Name = (from, first.End);
        }
        Add(text, drafts, title, into);
        return true;
    }

    // "… nömrəli “Title” Azərbaycan Respublikasının Qanunu (“Respublika” qəzeti, 21 iyun 2012-ci il, № 135, …) ilə …":
    // the bracket after an act lists where it was published; the prose after it is no part of any.
    private static bool ReadActBracket(string text, int s, int e, List<ParsedCitation> into)
    {
        for (var open = text.IndexOf('(', s, e - s); open >= 0 && open < e; open = text.IndexOf('(', open + 1, e - open - 1))
        {
            var close = Closing(text, open, e);
            if (close < 0) return false;
            var drafts = List(text, open + 1, close, freeNames: true, out var stop);
            if (drafts.Count > 0 && drafts[0].Name is not null && Rest(text, stop, close) && drafts.All(d => d.Issue is not null || d.Locator is not null)
                && (drafts.Any(d => d.Gazette) || NamesAct(text, s, open)))
            {
                Add(text, drafts, ActTitle(text, s, open), into);
                return true;
            }
        }
        return false;
    }

    private static void Add(string text, List<Draft> drafts, Located? title, List<ParsedCitation> into, Located? gazette = null)
    {
        foreach (var d in drafts)
        {
            if (into.Count >= CitationParser.MaxCitationsPerFootnote) return; // the footnote's bound holds here too
            // A publication that names no gazette is in the one named before it ("…; 2014, № 1, maddə 69").
            if (d.Name is { } name) gazette = Container(text, name.Start, name.End);
            into.Add(Citation(text, d, title, gazette));
        }
    }

    private static PublicationCitation Citation(string text, Draft d, Located? title, Located? container)
    {
        var written = text[d.Start..d.End];
        return new()
        {
        Text = written,
        Span = new TextSpan(d.Start, d.End - d.Start),
        Kind = PublicationKind.Legislation,
        Title = title,
        ContainerTitle = container,
        Year = d.Year,
        Issue = d.Issue,
        Volume = d.Volume,
        Locator = d.Locator,
        Language = LanguageDetector.Detect(written),
        };
    }

    // The publications written from s on, up to the first text that is neither a part nor a name followed by parts;
    // stop is where reading ended. freeNames: a name need not be a gazette's (a paper in an act's bracket).
    private static List<Draft> List(string text, int s, int e, bool freeNames, out int stop)
    {
        var drafts = new List<Draft>();
        Draft? current = null;
        var p = s;
        while (true)
        {
            p = SkipSeparators(text, p, e);
            stop = p;
            if (p >= e) break;
            if (Part(text, p, e, out var kind, out var m) is { } end)
            {
                // A bare number is a gazette's issue only before its issue and article ("სსმ, 28, 29/09/2009").
                if (kind == PartKind.Bare && current is not { Name: not null, Issue: null, Locator: null }) break;
                // "v." is a volume in the Complete Collection alone (PSZ1, v. 20); after another gazette it is no part of it.
                if (kind == PartKind.Volume && current is not { NumbersActs: true } && text.AsSpan(p).StartsWith(Vocabulary.CollectionVolume, StringComparison.Ordinal)) break;
                if (current is null || Fills(current, kind)) drafts.Add(current = new Draft { Start = p });
                Put(text, current, kind, m!);
                current.End = end;
                p = end;
                continue;
            }
            var nameEnd = NameEnd(text, p, e);
            // An empty name ("…, no. 4: art. 64", the colon no part opens) would never move p on.
            if (nameEnd <= p) break;
            var found = GazetteAt(text, p, nameEnd);
            if (found is null && !freeNames) break;
            drafts.Add(current = new Draft { Start = p, End = nameEnd, Name = (p, nameEnd), Found = found });
            p = nameEnd;
        }
        // A name with no parts after it is no publication.
        if (current is { Name: not null } last && last.End == last.Name.Value.End)
        {
            drafts.RemoveAt(drafts.Count - 1);
            stop = last.Start;
        }
        return drafts;
    }

    // Whether a part of this kind opens a new publication: the current one has its own already, or has its locator.
    private static bool Fills(Draft d, PartKind kind) => kind switch
    {
        // The date after an act's number in a collection that numbers its acts is the act's ("no. 15323 (12 May 1772)").
        PartKind.Year or PartKind.Date => d.Year is not null || d.Locator is not null && !d.ByActNumber,
        PartKind.IssueOfYear => d.Year is not null || d.Issue is not null || d.Locator is not null,
        PartKind.Issue or PartKind.Bare => !d.NumbersActs && d.Issue is not null || d.Locator is not null,
        PartKind.Page => d.Locator is not null && !d.ByActNumber,
        PartKind.Article => d.Locator is not null,
        PartKind.Volume => d.Volume is not null || d.Locator is not null,
        _ => false,
    };

    private static void Put(string text, Draft d, PartKind kind, Match m)
    {
        var y = m.Groups["y"];
        var n = m.Groups["n"];
        if (y.Success) d.Year = new Located(y.Value, new TextSpan(y.Index, y.Length));
        // The Complete Collection numbers its acts, not its issues: "ПСЗ. Собр. 2. Т. 12. № 10303".
        if (kind == PartKind.Issue && d.NumbersActs)
        {
            d.Locator = new CitedLocator(LocatorReader.Canonical(n.Value), LocatorLabels.Section, "", n.Value, new TextSpan(n.Index, n.Length));
            d.ByActNumber = true;
            return;
        }
        if (kind == PartKind.Page && d.ByActNumber) return;
        switch (kind)
        {
            case PartKind.Issue or PartKind.IssueOfYear or PartKind.Bare:
                d.Issue = new Located(n.Value, new TextSpan(n.Index, n.Length));
                break;
            case PartKind.Article or PartKind.Page:
                var kw = m.Groups["kw"];
                d.ByArticle = kind == PartKind.Article && !Vocabulary.LawItemWords.Contains(kw.Value);
                d.Locator = new CitedLocator(LocatorReader.Canonical(n.Value), kind == PartKind.Page ? LocatorLabels.Page : LocatorLabels.Section,
                    kw.Value, n.Value, new TextSpan(kw.Index, n.Index + n.Length - kw.Index));
                break;
            case PartKind.Volume:
                d.Volume = new Located(n.Value, new TextSpan(n.Index, n.Length));
                break;
        }
    }

    // The part at p, and where it ends; null where none stands there. A number must end where the part does (not run
    // on into letters or digits: "1991a", "12345").
    private static int? Part(string text, int p, int e, out PartKind kind, out Match? match)
    {
        foreach (var (k, regex) in Parts)
        {
            var m = regex.Match(text, p, e - p);
            if (!m.Success || m.Length == 0) continue;
            var end = p + m.Length;
            if (end < e && char.IsLetterOrDigit(text[end])) continue;
            if (m.Groups["y"] is { Success: true } y && !Conventions.IsYear(y.ValueSpan)) continue;
            // A bare four-digit number is a year (read above) or no part of a gazette citation.
            if (k == PartKind.Bare && m.Length == 4 && m.ValueSpan.IndexOfAnyExceptInRange('0', '9') < 0) continue;
            (kind, match) = (k, m);
            return end;
        }
        (kind, match) = (PartKind.Ignored, null);
        return null;
    }

    // Where the name starting at p ends: before the first part that follows it after a separator (a bare number or a
    // year only after a comma or full stop, as "სსმ, 28" and "СУ РСФСР. 1922" write them: a name may hold a number
    // after a space). -1 where no part follows within MaxName, or a ';' or bracket closes the name first.
    private static int NameEnd(string text, int p, int e)
    {
        if (char.IsDigit(text[p])) return -1;
        var limit = Math.Min(e, p + MaxName);
        for (var i = p + 1; i < limit; i++)
        {
            var c = text[i];
            if (c == ';') return -1;
            if (IsSeparator(c) || !IsSeparator(text[i - 1]) && !IsDashSeparator(text, p, i - 1)) continue;
            var before = i - 1;
            while (before > p && text[before] == ' ') before--;
            if (Part(text, i, e, out var kind, out _) is null) continue;
            // A year after a space only closes a gazette's name the vocabulary knows ("SU RSFSR 1918, no. 34").
            if (kind is PartKind.Bare or PartKind.Year && text[before] is not (',' or '.' or '(') && !IsDashSeparator(text, p, before)
                && !(kind == PartKind.Year && GazetteAt(text, p, before + 1) is not null)) continue;
            return TrimEnd(text, p, i);
        }
        return -1;
    }

    private static bool IsSeparator(char c) => c is ' ' or ',' or '.' or ';' or ':' or '(' or ')' or '\u00A0';

    private static int SkipSeparators(string text, int p, int e)
    {
        while (p < e && (text[p] is ' ' or ',' or '.' or ';' or '(' or ')' or '\u00A0' || IsDashSeparator(text, 0, p))) p++;
        return p;
    }

    // A dash GOST writes between the parts ("Toplusu. – 2009. – № 7", "Toplusu.-2009"): after a space or a full stop, not
    // inside a number's range or a hyphenated word.
    private static bool IsDashSeparator(string text, int s, int i) =>
        i > s && text[i] is '-' or '–' or '—' && text[i - 1] is ' ' or '.' or '\u00A0';

    private static int TrimEnd(string text, int s, int e)
    {
        while (e > s && (text[e - 1] is ' ' or ',' or '.' or '(' or ':' or '\u00A0' || IsDashSeparator(text, s, e - 1))) e--;
        return e;
    }

    // "PSZ1, vol. 21, no. 15323, p. 378 (personal decree of January 13, 1782)": a bracket after an act's number holding its
    // date; where it ends and the last year in it, or null.
    private static (int End, Located Year)? DatedBracket(string text, int p, int e)
    {
        if (p >= e || text[p] != '(') return null;
        var close = Closing(text, p, e);
        if (close < 0) return null;
        for (var i = close - 4; i > p; i--)
            if (!char.IsAsciiDigit(text[i - 1]) && !char.IsAsciiDigit(text[i + 4]) && Conventions.IsYear(text.AsSpan(i, 4)))
                return (close + 1, new Located(text.Substring(i, 4), new TextSpan(i, 4)));
        return null;
    }

    // Only punctuation after the last publication.
    private static bool Rest(string text, int p, int e)
    {
        for (var i = p; i < e; i++)
            if (!(text[i] is ' ' or '.' or ',' or ';' or ')' or '\u00A0')) return false;
        return true;
    }

    // The gazette the name text[s..e) holds, if any.
    private static LegalGazette? GazetteIn(string text, int s, int e) => GazetteAt(text, s, e)?.Gazette;

    // The gazette the name text[s..e) holds, and where its name begins.
    private static (LegalGazette Gazette, int At)? GazetteAt(string text, int s, int e)
    {
        var name = text.AsSpan(s, e - s);
        if (name.IndexOfAny(Names.Gazettes) < 0) return null;
        foreach (var g in Vocabulary.LegalGazettes)
        {
            var comparison = g.Abbreviation ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            for (var at = TextScan.IndexOf(name, g.Name, 0, comparison); at >= 0; at = TextScan.IndexOf(name, g.Name, at + 1, comparison))
            {
                var after = at + g.Name.Length;
                var startsWord = at == 0 || !char.IsLetterOrDigit(name[at - 1]);
                var endsWord = !g.Abbreviation || after == name.Length || !char.IsLetterOrDigit(name[after])
                    // "PSZ1", "PSZ2": the Complete Collection's series written on its abbreviation.
                    || g.NumbersActs && char.IsAsciiDigit(name[after]) && (after + 1 == name.Length || !char.IsLetterOrDigit(name[after + 1]));
                // A gazette's name cut short ("Polnoe sobranie" of "Polnoe sobranie zakonov") followed by another word is
                // another title: Lenin's "Polnoe sobranie sochinenii" (complete works) is no gazette (the longer names are tried too).
                if (startsWord && endsWord && Names.Shortened.Contains(g.Name) && WordFollows(name, after)) continue;
                if (startsWord && endsWord) return (g, s + at);
            }
        }
        return null;
    }

    // True when a word in small letters follows name[at..] after spaces ("sochinenii"; a country's abbreviation after a
    // gazette's name, "RSFSR", is part of the gazette's).
    private static bool WordFollows(ReadOnlySpan<char> name, int at)
    {
        while (at < name.Length && name[at] == ' ') at++;
        return at < name.Length && char.IsLower(name[at]);
    }

    // The name as the container: without quotation marks and a newspaper word ("“Azərbaycan” qəzeti" → Azərbaycan).
    private static Located Container(string text, int s, int e)
    {
        foreach (var word in Vocabulary.NewspaperWords)
        {
            if (e - s > word.Length && text.AsSpan(s, e - s).EndsWith(word, StringComparison.OrdinalIgnoreCase) && text[e - word.Length - 1] == ' ')
            {
                e -= word.Length + 1;
                break;
            }
            if (e - s > word.Length && text.AsSpan(s, e - s).StartsWith(word, StringComparison.OrdinalIgnoreCase) && text[s + word.Length] == ' ')
            {
                s += word.Length + 1;
                break;
            }
        }
        (s, e) = TextScan.Trim(text, s, e, " ,.");
        // "Sobranie uzakonenii … RSFSR (hereafter SU RSFSR)": the short form it announces is no part of the name.
        if (e - s > 2 && text[e - 1] == ')' && text.LastIndexOf('(', e - 1, e - s) is var open and > 0
            && Conventions.AbbreviationMarks.Any(mark => TextScan.Trim(text, open + 1, e - 1).Start is var at
                && string.Compare(text, at, mark, 0, mark.Length, StringComparison.OrdinalIgnoreCase) == 0))
            (s, e) = TextScan.Trim(text, s, open, " ,.");
        if (e - s >= 2 && TextScan.IsOpeningQuote(text[s]) && TextScan.IsClosingQuote(text[e - 1])) (s, e) = (s + 1, e - 1);
        return new Located(text[s..e], new TextSpan(s, e - s));
    }

    // A paper's name beside a gazette's: quoted, or with its newspaper word ("“Azərbaycan” qəzeti").
    private static bool IsPaperName(string text, int s, int e)
    {
        if (TextScan.IsOpeningQuote(text[s])) return true;
        var name = text.AsSpan(s, e - s);
        foreach (var word in Vocabulary.NewspaperWords)
            if (name.StartsWith(word, StringComparison.OrdinalIgnoreCase) || name.EndsWith(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "“Decree on Land,” SU …": a quoted title opening the part, and where the text after it begins.
    private static (Located, int)? QuotedTitle(string text, int s, int e)
    {
        if (!TextScan.IsOpeningQuote(text[s])) return null;
        for (var i = s + 1; i < e; i++)
        {
            if (!TextScan.IsClosingQuote(text[i]) || text[i] == '“' && TextScan.CloserOf(text[s]) != '“') continue;
            var title = Trimmed(text, s + 1, i);
            return title.Value.Length == 0 ? null : (title, i + 1);
        }
        return null;
    }

    // The act's quoted title before its bracket: from the first opening quote to the last closing one, where only a few
    // words naming the act stand between it and the bracket ("“… haqqında” Azərbaycan Respublikasının Qanunu (").
    private static Located? ActTitle(string text, int s, int open)
    {
        var first = -1;
        for (var i = s; i < open && first < 0; i++)
            if (TextScan.IsOpeningQuote(text[i], single: false)) first = i;
        if (first < 0) return null;
        var last = -1;
        for (var i = open - 1; i > first && last < 0; i--)
            if (TextScan.IsClosingQuote(text[i], single: false)) last = i;
        if (last < 0) return null;
        var designation = text.AsSpan(last + 1, open - last - 1).Trim();
        if (designation.Count(' ') + 1 > MaxActDesignationWords || !NamesAct(text, last + 1, open)) return null;
        var title = Trimmed(text, first + 1, last);
        return title.Value.Length == 0 ? null : title;
    }

    // The title before "//", without what GOST writes after its colon: the kind of act, its date and number ("О паспортах :
    // постановление ЦИК и СНК СССР от 27 декабря 1932 г."), recorded nowhere.
    private static Located ActTitleBeforeSlash(string text, int s, int slash)
    {
        for (var colon = text.IndexOf(':', s, slash - s); colon > s; colon = colon + 1 < slash ? text.IndexOf(':', colon + 1, slash - colon - 1) : -1)
        {
            var after = SkipSeparators(text, colon + 1, slash);
            var word = after;
            while (word < slash && !IsSeparator(text[word])) word++;
            if (word > after && char.IsLower(text[after]) && NamesAct(text, after, word)) return Trimmed(text, s, colon);
        }
        // "Закон СССР «О печати …» от 12 июня 1990 г.": the kind of act, its date and number around its quoted title.
        if (QuotedWithin(text, s, slash) is var (open, close) && (NamesAct(text, s, open) || NamesAct(text, close + 1, slash)))
            return Trimmed(text, open + 1, close);
        // "Декрет СНК от 23 января 1918 г.": the act's date after its name is recorded nowhere.
        foreach (var word in Vocabulary.ActDateWords)
            for (var at = text.IndexOf(word, s, slash - s, StringComparison.Ordinal); at > s; at = at + 1 < slash ? text.IndexOf(word, at + 1, slash - at - 1, StringComparison.Ordinal) : -1)
            {
                var next = at + word.Length;
                if (text[at - 1] == ' ' && next + 1 < slash && text[next] == ' ' && char.IsDigit(text[next + 1]) && NamesAct(text, s, at))
                    return Trimmed(text, s, at);
            }
        return Trimmed(text, s, slash);
    }

    // The first opening quotation mark in text[s..e) and the last closing one after it, or null.
    private static (int Open, int Close)? QuotedWithin(string text, int s, int e)
    {
        var open = -1;
        for (var i = s; i < e && open < 0; i++)
            if (TextScan.IsOpeningQuote(text[i], single: false)) open = i;
        if (open < 0) return null;
        for (var i = e - 1; i > open + 1; i--)
            if (TextScan.IsClosingQuote(text[i], single: false)) return (open, i);
        return null;
    }

    // A name that holds more than its gazette: "Decree on Land, SU RSFSR" (the act's title, then the gazette after a
    // comma), "The decree was published in SU" (prose, to the last preposition before the gazette). The gazette's name
    // runs from the start of its comma-separated piece ("Azərbaycan Respublikasının Qanunvericilik Toplusu").
    private static (Located? Title, int From) ActBeforeGazette(string text, int s, int e, int gazetteAt)
    {
        var from = s;
        for (var i = gazetteAt - 1; i > s; i--)
            if (text[i] == ',') { from = i + 1; break; }
        // The last preposition before the gazette closes the prose that leads into it.
        for (var i = gazetteAt - 1; i > from; i--)
        {
            if (text[i] != ' ') continue;
            var w = i;
            while (w > from && text[w - 1] != ' ') w--;
            foreach (var leadIn in Vocabulary.LawLeadIns)
                if (i - w == leadIn.Length && string.Compare(text, w, leadIn, 0, leadIn.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    return (from > s ? Trimmed(text, s, from) : null, SkipSeparators(text, i, e));
        }
        return (from > s ? Trimmed(text, s, from) : null, SkipSeparators(text, from, e));
    }

    // Whether text[s..e) names an act (Qanunu, Fərmanı, закон…) at a word's start.
    private static bool NamesAct(string text, int s, int e)
    {
        var span = text.AsSpan(s, e - s);
        if (span.IndexOfAny(Names.Acts) < 0) return false;
        foreach (var word in Vocabulary.ActWords)
            for (var at = TextScan.IndexOf(span, word, 0, StringComparison.OrdinalIgnoreCase); at >= 0; at = TextScan.IndexOf(span, word, at + 1, StringComparison.OrdinalIgnoreCase))
                if (at == 0 || !char.IsLetter(span[at - 1])) return true;
        return false;
    }

    // A lead-in before the gazette ("In", "Mənbə:", "წყარო:") or a commentary prefix ("See", "Cf.").
    private static int SkipLeadIn(string text, int s, int e)
    {
        s = SkipSeparators(text, s, e);
        if (Conventions.CommentaryPrefixAt(text, s, e) is > 0 and var n) s = SkipSeparators(text, s + n, e);
        foreach (var leadIn in Vocabulary.LawLeadIns)
            if (e - s > leadIn.Length && string.Compare(text, s, leadIn, 0, leadIn.Length, StringComparison.OrdinalIgnoreCase) == 0 && text[s + leadIn.Length] == ' ')
                return SkipSeparators(text, s + leadIn.Length, e);
        return s;
    }

    private static int Closing(string text, int open, int e)
    {
        var depth = 0;
        for (var i = open; i < e; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private static Located Trimmed(string text, int s, int e)
    {
        (s, e) = TextScan.Trim(text, s, e, " ,.:");
        return new Located(text[s..e], new TextSpan(s, e - s));
    }

    // Every part with a digit is asked whether it names a gazette or an act, and almost none does: one pass over it for
    // all the names at once (ignoring case, so the case-sensitive abbreviations are found too, then checked one by one)
    // instead of a search per name. A nested class, so that a first run builds these and not the reader's patterns.
    // extract of the benchmarks' 100,000-footnote list, first round, one core: see tests/Bibliography.Benchmarks/README.md.
    private static class Names
    {
        /// <summary>The gazettes' names that open a longer one (<c>Polnoe sobranie</c>, of <c>Polnoe sobranie zakonov</c>).</summary>
        public static readonly HashSet<string> Shortened = Vocabulary.LegalGazettes.Select(g => g.Name)
            .Where(n => Vocabulary.LegalGazettes.Any(o => o.Name.Length > n.Length + 1 && o.Name.StartsWith(n + " ", StringComparison.OrdinalIgnoreCase)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        public static readonly SearchValues<string> Gazettes =
            SearchValues.Create(Vocabulary.LegalGazettes.Select(g => g.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase);

        public static readonly SearchValues<string> Acts = SearchValues.Create(Vocabulary.ActWords.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase);
    }
}
