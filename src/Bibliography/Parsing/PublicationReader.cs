using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>
/// Reads <c>Author I.I. Title. [Statements.] Place, publisher, year, s. pages</c>, with a container after
/// <c>//</c> (a collection or a journal), in Azerbaijani, GOST Cyrillic and transliterated conventions.
/// </summary>
/// <remarks>
/// It reads from the right: the locator, then the issue and year, then the imprint (place, publisher), because
/// the end of a citation is regular while titles may hold commas, dates and full stops.
/// </remarks>
internal static class PublicationReader
{
    // Georgian script has no capitals: a family name is a word of two letters or more, an initial one letter or two and a
    // full stop ("ჯავახიშვილი ი.", "ი. ჯავახიშვილი", and the given names Georgian lists shorten to two letters, as Latin
    // "Sh.": "ციციშვილი ირ.", "ივ. ჯავახიშვილი").
    private const string GeorgianLetter = @"[\u10D0-\u10FA]";
    private const string GeorgianFamily = GeorgianLetter + "{2,}(?:-" + GeorgianLetter + "+)?";
    private const string NameInitial = "(?:" + Conventions.Initial + "|" + GeorgianLetter + @"{1,2}\.)";
    // The particles that open a family name (Vocabulary.NameParticles), also capitalised as a heading's first word writes
    // them ("Van der Leeuw C.", "De Madariaga I."); at most two before the name ("van der").
    private static readonly string Particles = "(?:" + Vocabulary.Alternation(Vocabulary.NameParticles.SelectMany(p => new[] { p, char.ToUpperInvariant(p[0]) + p[1..] })) + @"\s){1,2}";

    /// <summary>
    /// A family name in a heading (<c>Quliyev</c>, <c>Ter-Petrosyan</c>, <c>ამირანაშვილი</c>), also opened by particles
    /// (<c>van der Leeuw</c>, <c>De Madariaga</c>) or joined to a second name by <c>d'</c> (<c>Carrère d'Encausse</c>):
    /// the one pattern every reader of a heading's name composes.
    /// </summary>
    internal static readonly string FamilyName = @"(?:" + Particles + @"\p{Lu}[\p{L}'’]+|\p{Lu}[\p{L}'’]+(?:-\p{Lu}?[\p{L}'’]+)?(?:\s[dD]['’]\p{Lu}[\p{L}'’]+)?|" + GeorgianFamily + ")";
    /// <summary>A family name after initials, which needs a small letter second (<c>A. B. Ivanov</c>, not <c>A. B. IV</c>).</summary>
    internal const string FamilyNameAfterInitials = @"(?:\p{Lu}\p{Ll}[\p{L}'’]+(?:-\p{Lu}?[\p{L}'’]+)?|" + GeorgianFamily + ")";
    /// <summary>One to three initials (<c>V.</c>, <c>A. B.</c>, <c>Sh.</c>, <c>შ.</c>).</summary>
    internal const string Initials = NameInitial + @"(?:\s?" + NameInitial + @"){0,2}";
    // "Семенова (Петрова) А. Б.": the family name the author was born with, or wrote under, in brackets after the one
    // the work bears; the name is the first.
    private const string OtherFamily = @"(?:\s\(\p{Lu}[\p{L}'’-]+\))?";
    // Linear (Conventions.Linear): anchored, the initials bounded, the name's letters given back one at a time, each at a bounded cost.
    internal static readonly Regex FamilyThenInitials = new(@"^(?<fam>" + FamilyName + @")" + OtherFamily + @"\s+(?<ini>" + Initials + ")", Conventions.Linear);
    // Linear (Conventions.Linear): anchored, the initials bounded, the name's letters given back one at a time, each at a bounded cost.
    internal static readonly Regex InitialsThenFamily = new(@"^(?<ini>" + Initials + @")\s?(?<fam>" + FamilyNameAfterInitials + ")", Conventions.Linear);

    /// <summary>
    /// The person heading text[start..end), read by the first of <paramref name="patterns"/> (each with the groups
    /// <c>fam</c> and <c>ini</c>, built from the heading-name patterns above) that matches; <paramref name="next"/> is
    /// where its match ends. Readers differ in what closes a heading's name, not in how a name is read.
    /// </summary>
    internal static CslName? HeadingName(string text, int start, int end, out int next, params Regex[] patterns)
    {
        next = start;
        foreach (var pattern in patterns)
            if (pattern.Match(text, start, end - start) is { Success: true } m)
            {
                next = m.Index + m.Length;
                return CslName.Person(m.Groups["fam"].Value, m.Groups["ini"].Value.Replace(" ", ""));
            }
        return null;
    }
    // The year closing an imprint, also joined to its place by a hyphen as Azerbaijani lists write it ("Баку-1978").
    // Non-backtracking, though linear on the other engine too: there it is tried after every letter (\p{L}[-–]), and a
    // first extract of 100,000 footnotes spent ~0.2 s more in it than its 40 ms of set-up (tests/Bibliography.Benchmarks/README.md).
    internal static readonly Regex YearAtEnd = new(@"(?:^|[\s,.:(]|\p{L}[-–]|\s[-–—])(?<y>1[5-9]\d\d|20\d\d)(?:\s?" + Vocabulary.Alternation(Vocabulary.YearMarks.Select(m => m.TrimEnd('.')).Distinct()) + @"\.?)?$", Conventions.Options);
    // ("№№ 11–12": the sign doubled before a double issue; "// Slavic Review. 1990. Vol. 49, no. 2": a Western journal's
    // issue word in small letters, read here only, where it closes a periodical's part.)
    internal static readonly Regex IssueAtEnd = new(@"(?:^|[\s,.]|\s[-–—])(?<kw>" + Conventions.IssueKeyword + "|" + Regex.Escape(Vocabulary.EnglishNumberLower) + @")(?:" + Regex.Escape(Vocabulary.NumberSign) + @")?\s*(?<n>\d+(?:\s?" + Conventions.Dash + @"\s?\d+)?" + Conventions.RunningNumber + ")$", Conventions.Options);
    // A number of pages then the page keyword, closing the citation: the extent of a book (after a dash, a comma or a full stop).
    // The text is trimmed of its last full stop first, so the keywords are matched without theirs. The unnumbered pages
    // may follow the count in brackets ("Bakı: Elm, 1977, 146(2) s."); a count of two figures or more takes the Cyrillic
    // с. typed with its Latin look-alike too ("M.: Наука, 1985, 208 c."), which no volume's number precedes.
    private static readonly Regex ExtentAtEnd = new(@"[-–—,.]\s*(?:\d{1,4}(?:\(\d{1,3}\))?\s?"
        + Vocabulary.Alternation(Vocabulary.Spellings(KeywordLevel.Page).Select(k => k.TrimEnd('.')).Distinct()) + @"|\d{2,4}\s?"
        + Vocabulary.Alternation(Vocabulary.LatinLookAlikePageKeywords.Select(k => k.TrimEnd('.')).Distinct()) + @")\.?$", Conventions.Options);

    // What may close a citation after its year (read from the right, before the year): a volume (Т. 2, Т. 2 (34)), a
    // book's part that no field records (Кн. II, Ч. 1), a newspaper's day and month (3 нояб., 12 июля), a journal's
    // month (№ 10–11. Ноябрь).
    private static readonly Regex VolumeAtEnd = new(@"(?:^|[\s,.]|\s[-–—])(?<kw>" + Vocabulary.Alternation(Vocabulary.Spellings(KeywordLevel.Volume).Where(k => !LooksLikePageKeyword(k))) + @")\s*(?<n>\d+|" + Conventions.RomanClass() + @"+)" + Conventions.RunningNumber + "$", Conventions.Options);
    // "…, yıl, 54", "…, cild: 19": a journal's run (Turkish yıl) or its volume word written with a colon, then the number,
    // closing a periodical's part; "…, say: 1": the Azerbaijani issue word with its colon.
    private static readonly Regex RunVolumeAtEnd = new(@"(?:^|[\s,.])(?:" + Vocabulary.Alternation(Vocabulary.JournalRunWords) + @"[,:]?|"
        + Vocabulary.Alternation(Vocabulary.Spellings(KeywordLevel.Volume).Where(k => k.Length > 2 && char.IsLetter(k[^1]))) + @":)\s*\d{1,4}$", Conventions.Options);
    private static readonly Regex IssueWithColonAtEnd = new(@"(?:^|[\s,.])" + Vocabulary.Alternation(Vocabulary.IssueWordsWithColon) + @":\s*\d{1,4}$", Conventions.Options);
    private static readonly Regex PartAtEnd = new(@"(?:^|[\s,.])" + Vocabulary.Alternation(Conventions.BookPartWords) + @"\s*(?:\d+|" + Conventions.RomanClass() + @"+)$", Conventions.Options);
    // Linear (Conventions.Linear): anchored, every repeat bounded or followed by a token it cannot match.
    private static readonly Regex AzerbaijaniPart = new(@"^(?:" + Conventions.RomanClass() + @"+|\d{1,3}" + Conventions.AzerbaijaniOrdinal + @"?)\s+" + Vocabulary.Alternation(Conventions.AzerbaijaniBookPartWords) + "$", Conventions.Linear);

    /// <summary>Whether <paramref name="piece"/> is a book's part written the Azerbaijani way (<c>II hissə</c>, <c>1-ci kitab</c>): recorded nowhere.</summary>
    internal static bool IsBookPart(ReadOnlySpan<char> piece) => AzerbaijaniPart.IsMatch(piece);
    // "В 3 т.", "В 2-х кн.", "В 4 вып.": the number of volumes of a set, recorded nowhere (the volume cited may follow).
    // Linear (Conventions.Linear): anchored, every repeat bounded or followed by a token it cannot match.
    private static readonly Regex SetSize = new(@"^[ВвVv]\s*\d+(?:\s?-?\s?(?:х|x|ти|и))?\s*" + Vocabulary.Alternation(Vocabulary.SetSizeWords) + @"\.?", Conventions.Linear);
    // Linear (Conventions.Linear): anchored, the number's digits given back one at a time, each at a bounded cost, where the end fails.
    private static readonly Regex IssueSegment = new(@"^(?<kw>" + Conventions.IssueKeyword + @")\s*(?<n>\d+(?:\s?" + Conventions.Dash + @"\s?\d+)?)$", Conventions.Linear);

    // "Новый мир, 4/1988": an issue, a slash, its year, after the periodical's title and a comma or a space.
    private static readonly Regex IssueOverYear = new(@"(?:[\s,])\d{1,2}/(?:1[5-9]\d\d|20\d\d)$", Conventions.Options);

    private static readonly Regex BareIssueAfterYear = new(@"(?:^|[\s.,])(?:1[5-9]\d\d|20\d\d)\.\s+\d{1,4}(?:[/–-]\d{1,4})?$", Conventions.Options);

    // What separates the parts read from the right: spaces, punctuation and the dashes of ". – " (also typed as a hyphen: ". - ").
    private const string Separators = " .,;:–—-";

    // Linear (Conventions.Linear): anchored, each keyword's repeats followed by a token they cannot match.
    internal static readonly Regex VolumeSegment = new(@"^(?<kw>" + Conventions.VolumeKeyword + @")\s*(?<n>\d+|" + Conventions.RomanClass() + @"+)$", Conventions.Linear);
    // "9-е изд.", "2nd ed.", and the number after the word: "Изд. 2-е, перераб.", "Izd. 3-e".
    // Linear (Conventions.Linear): anchored, every repeat bounded or followed by a token it cannot match.
    internal static readonly Regex EditionSegment = new(@"^(?:\d+[-‑]?(?:е|e|ci|cı|cu|cü)?\s*(?:изд\.?|izd\.?|nəşr|ed\.?|издание|izdanie)|(?:[Ии]зд\.|Izd\.|Издание)\s*\d+[-‑]?(?:е|e)?(?:$|[\s,]))", Conventions.Linear);
    // The edition with its ordinal in words ("İkinci nəşri", "DÖRDÜNCÜ NƏŞRİ", "Второе издание"): spelt in both cases, as
    // ignoring case does not pair the dotted capital İ with i.
    private static readonly Regex EditionInWords = new(@"^\p{L}+(?:[nN][cC][iıuüİIUÜ]\s+[nN][əƏ][şŞ][rR][iİ]?|(?:ое|ОЕ|ье|ЬЕ)\s+(?:издание|ИЗДАНИЕ|изд))\.?$", Conventions.Anchored);
    private static readonly Regex OpCit = new("^(?:" + string.Join("|", Vocabulary.OpCitPatterns) + ")$", Conventions.Anchored | RegexOptions.IgnoreCase);
    // The same phrase opening a text, as a whole word: where a short form's names end ("Иванов, указ. соч., с. 5").
    private static readonly Regex OpCitOpening = new("^(?:" + string.Join("|", Vocabulary.OpCitPatterns) + @")(?:$|[\s,.;:])", Conventions.Anchored | RegexOptions.IgnoreCase);

    /// <summary>The longest month name looked for in brackets closing a part (<c>(September)</c>).</summary>
    private const int MaxBracketedMonth = 12;

    // Where the bracket opens that closes text[s..e) holding a month's or a season's name alone ("(October)", "(март)",
    // "(Summer)"), or -1.
    private static int MonthInBracketsAt(string text, int s, int e)
    {
        if (e - s < 3 || text[e - 1] != ')') return -1;
        var open = text.LastIndexOf('(', e - 2, Math.Min(MaxBracketedMonth + 1, e - 1 - s));
        if (open <= s) return -1;
        var inside = text.AsSpan(open + 1, e - 2 - open).Trim();
        return Conventions.MonthOf(inside) is not null || Conventions.IsSeason(inside) ? open : -1;
    }

    // text[s..e) is a mark for the place a book does not give, and nothing else ("Б. м.", "[Б. м.]").
    private static bool IsNoPlaceMark(string text, int s, int e) =>
        TextScan.MarkAtEnd(text, s, e, Vocabulary.NoPlaceMarks, bracketed: true) is var at and >= 0 && TextScan.Trim(text, s, at, " [").End <= TextScan.Trim(text, s, at).Start;

    // The first letter of text[s..e) is a Latin one: a part named in the Latin alphabet (a Western journal's title).
    private static bool OpensInLatin(string text, int s, int e)
    {
        while (s < e && !char.IsLetter(text[s])) s++;
        return s < e && char.IsAscii(text[s]);
    }

    // A small letter of a script that has capitals: Georgian letters are small letters to Unicode, yet open sentences
    // and names, as the script has no capitals.
    private static bool IsSmallLetter(char c) => char.IsLower(c) && !TextScan.IsGeorgian(c);

    // The Azerbaijani cild "c." is the Latin look-alike of the page keyword "С.": after a year it is read as neither.
    private static bool LooksLikePageKeyword(string keyword) => keyword.Length == 2 && char.ToLowerInvariant(keyword[0]) == 'c';

    /// <summary>Reads text[start..end) as a publication, or null if it has neither a title nor an imprint.</summary>
    public static PublicationCitation? Read(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;,");
        if (e <= s) return null;
        // "Ист.: Title//Journal. 1891": the word opening an encyclopedia article's list of sources is no part of the title.
        foreach (var lead in Conventions.RussianBareLeadIns)
            if (lead[^1] == ':' && e - s > lead.Length && string.Compare(text, s, lead, 0, lead.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                s = TextScan.Trim(text, s + lead.Length, e).Start;
                break;
            }
        // "…; Его же. Title. Ташкент, 1930": idem opens the same author's next work; it is no title, and names nobody.
        foreach (var idem in Vocabulary.RussianIdem)
            if (e - s > idem.Length + 1 && text[s + idem.Length] is '.' or ',' or ' ' && string.Compare(text, s, idem, 0, idem.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                s = TextScan.Trim(text, s + idem.Length, e, " .,:").Start;
                break;
            }
        foreach (var idem in Vocabulary.SameAuthorAgain)
            if (e - s > idem.Length + 1 && text[s + idem.Length] is '.' or ',' && string.Compare(text, s, idem, 0, idem.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                s = TextScan.Trim(text, s + idem.Length, e, " .,:").Start;
                break;
            }
        // "… Тифлис, 1897 (на груз. яз.)": a note on the work's language closes it and is no part of any field.
        e = DropLanguageNote(text, s, e);
        e = DropWebAddress(text, s, e);
        // "…: 11–42. Accessed April 24, 2025. https://…": an address and its access date after the pages, as an English
        // note's, close a reference in any script and go nowhere.
        e = EnglishNoteReader.WithoutWebTail(text, s, e);
        var fullEnd = e;
        // "… URL: http://… (дата обращения: 12.03.2015)": the access statement of an electronic resource closes it.
        if (AccessStatementAt(text, s, e) is var access and >= 0) (_, e) = TextScan.Trim(text, s, access, " .,;:–—");
        if (e <= s) return null;
        // "— Самара, 1998. — 20 с. : ил.": the illustration statement after the extent goes with it.
        e = DropIllustrationStatement(text, s, e);
        // "Bakı: Elm, 2005. - 320 s.", "М., 1985. – 320 с.": the book's extent, recorded nowhere, is no locator.
        if (ExtentAtEnd.Find(text, s, e - s) is { } extent) (_, e) = TextScan.Trim(text, s, extent.Index, Separators);

        CitedLocator? locator = null;
        var locatorAt = -1;
        if ((LocatorReader.ReadAtEnd(text, s, e, folioAllowed: false) ?? LocatorReader.ReadOtherAtEnd(text, s, e)) is { } found)
        {
            locator = found.Locator;
            locatorAt = found.Start;
            (_, e) = TextScan.Trim(text, s, found.Start, Separators);
            // "С. 73–115, здесь с. 109": the pages cited within the article's range; the range is recorded nowhere.
            if (HereBefore(text, s, e) is var here and >= 0)
            {
                (_, e) = TextScan.Trim(text, s, here, Separators);
                if (LocatorReader.ReadAtEnd(text, s, e, folioAllowed: false) is { } range) (_, e) = TextScan.Trim(text, s, range.Start, Separators);
            }
            // "М., 1985 г. С. 12": the full stop of an imprint's "г." (a comma before the year) is the year's.
            if (e < text.Length && text[e] == '.' && ImprintYearWithWord(text, s, e)) e++;
        }

        var (slash, markLength) = ContainerMark(text, s, e);
        int headEnd = slash >= 0 ? slash : e;
        int partStart = slash >= 0 ? slash + markLength : s;

        // Issue and year close the last part (container if any, else the head).
        Located? issue = null, year = null, tailVolume = null;
        // The groups of these are told from the match's shape (no Match object, no groups made; tests compare). The
        // issue, a volume, a book's part and a day and month may each follow the year, in any order ("М., 1985. Т. 2",
        // "2005. Т. 2 (34). № 3", "Труд. 1993. 3 нояб."): each is taken from the end until none is left.
        for (var taken = 0; taken < 6; taken++)
        {
            if (issue is null && IssueAtEnd.Find(text, partStart, e - partStart) is { } im)
            {
                var (keyword, number) = IssueParts(text, im.Index);
                var numberEnd = im.Index + im.Length;
                issue = new Located(text[number..numberEnd], new TextSpan(number, numberEnd - number));
                (_, e) = TextScan.Trim(text, partStart, keyword, Separators);
                // "Вестник … 2013. № 12 (303). История. Вып. 55": a university journal's series named between its "№" and
                // the series' own "Вып."; the series is recorded nowhere and, as with "Вып. 12. № 1", the "Вып." is the
                // volume and the "№" the issue, which the next turn reads.
                if (char.IsLetter(text[keyword]) && SeriesBeforeIssue(text, partStart, e) is var seriesAt and >= 0)
                {
                    (tailVolume, issue) = (issue, null);
                    e = seriesAt;
                }
            }
            // "Türk Dili, 2005, yıl, 54, sayı 12", "Azərbaycan arxeologiyası, cild: 19, say: 1, 2016": the number closing the match.
            else if (issue is null && WordedIssueAtEnd(text, partStart, ref e) is { } wc) issue = wc;
            else if (tailVolume is null && WordedRunAtEnd(text, partStart, ref e) is { } rv) tailVolume = rv;
            else if (tailVolume is null && VolumeAtEnd.Find(text, partStart, e - partStart) is { } vm)
            {
                // The match may open with a separator and the area's dash typed against the keyword ("1904. -Т. 2").
                var keyword = vm.Index;
                while (!char.IsLetter(text[keyword])) keyword++;
                // The volume word may end without a full stop (Azerbaijani "cild 2"), so its number starts after its letters.
                var number = keyword;
                while (number < vm.Index + vm.Length && char.IsLetter(text[number])) number++;
                (number, _) = TextScan.Trim(text, number, vm.Index + vm.Length, " .");
                tailVolume = new Located(text[number..(vm.Index + vm.Length)], new TextSpan(number, vm.Index + vm.Length - number));
                (_, e) = TextScan.Trim(text, partStart, keyword, Separators);
            }
            // "№ 4 (October)", "№ 3 (март)", "№ 2 (Summer)": the month of an issue in brackets after it, recorded nowhere.
            else if (MonthInBracketsAt(text, partStart, e) is var monthOpen and >= 0
                && TextScan.Trim(text, partStart, monthOpen, Separators) is var (_, beforeMonth) && beforeMonth > partStart
                && PartsThenYear(text, partStart, beforeMonth))
                e = beforeMonth;
            else if ((PartAtEnd.Find(text, partStart, e - partStart) ?? Conventions.FindDayMonthAtEnd(text, partStart, e - partStart)) is { } pm
                && TextScan.Trim(text, partStart, pm.Index, Separators) is var (_, before) && before > partStart
                && PartsThenYear(text, partStart, before))
                e = before; // recorded nowhere, but only after a year or an issue: before them it may be a title's last words
            else break;
        }
        // "Могзаури. 1905. 37. С. 579", "//Мцкемси. 1891. 9/10. С. 11": a periodical's number after its year, without "№".
        // "// Slavic Review. 1985. 44. № 2", "// World Politics. 1991. 43. P. 196": a bare number between the year and a
        // "№" is the volume, and so is one after a journal named in Latin letters whose page is cited in Latin letters too
        // (a Western journal counts volumes; "// Ab Imperio. 2005. 3. С. 45" numbers its issues, as a Russian note reads it).
        if (tailVolume is null && BareIssueAfterYear.Find(text, partStart, e - partStart) is { } bare
            && (issue is null || slash >= 0))
        {
            var number = bare.Index + bare.Length;
            while (number > bare.Index && (char.IsAsciiDigit(text[number - 1]) || text[number - 1] is '/' or '-' or '–')) number--;
            var bareNumber = new Located(text[number..(bare.Index + bare.Length)], new TextSpan(number, bare.Index + bare.Length - number));
            if (issue is null && !(slash >= 0 && OpensInLatin(text, partStart, e) && locatorAt >= 0 && OpensInLatin(text, locatorAt, fullEnd))) issue = bareNumber;
            else tailVolume = bareNumber;
            (_, e) = TextScan.Trim(text, partStart, number, Separators);
        }
        // "Новый мир, 4/1988", "მნათობი, 4/1979": a periodical's issue written over its year.
        if (issue is null && IssueOverYear.Find(text, partStart, e - partStart) is { } iy)
        {
            var over = text.IndexOf('/', iy.Index, iy.Length);
            var (ns, ne) = TextScan.Trim(text, iy.Index, over, " ,");
            issue = new Located(text[ns..ne], new TextSpan(ns, ne - ns));
            year = new Located(text[(over + 1)..(iy.Index + iy.Length)], new TextSpan(over + 1, 4));
            (_, e) = TextScan.Trim(text, partStart, ns, Separators);
        }
        if (year is null && YearAtEnd.Find(text, partStart, e - partStart) is { } ym && !YearInPhrase(text, partStart, YearStart(text, ym.Index), ym.Index + ym.Length))
        {
            var at = YearStart(text, ym.Index);
            year = new Located(text[at..(at + 4)], new TextSpan(at, 4));
            (_, e) = TextScan.Trim(text, partStart, at, Separators);
            e = KeepPlaceStop(text, partStart, e);
            // "…uwyebebi, # 8, 1991, gv. 82", "Вопросы истории, № 8, 1990, с. 73": the issue may stand before the year.
            if (issue is null && IssueAtEnd.Find(text, partStart, e - partStart) is { } before)
            {
                var (keyword, number) = IssueParts(text, before.Index);
                var numberEnd = before.Index + before.Length;
                issue = new Located(text[number..numberEnd], new TextSpan(number, numberEnd - number));
                (_, e) = TextScan.Trim(text, partStart, keyword, Separators);
            }
            // "Azərbaycan arxeologiyası, cild: 19, say: 1, 2016", "Türk Dili, yıl 54, 2005": the issue and the volume written
            // with their words, before the year; the run is the volume with or without an issue after it.
            if (issue is null) issue = WordedIssueAtEnd(text, partStart, ref e);
            if (tailVolume is null) tailVolume = WordedRunAtEnd(text, partStart, ref e);
        }
        // "СПб., б. г.", "Б. м., б. г.": the book gives no year; the imprint is read all the same, and no year recorded.
        var undated = false;
        if (year is null && issue is null && TextScan.MarkAtEnd(text, partStart, e, Vocabulary.NoDateMarks, bracketed: true) is var noYear and >= 0)
        {
            undated = true;
            (_, e) = TextScan.Trim(text, partStart, noYear, Separators);
            e = KeepPlaceStop(text, partStart, e);
        }
        if (slash < 0) headEnd = e;

        var isArticle = slash >= 0 && issue is not null;
        Located? place = null, publisher = null;
        int imprintStart = e;
        if (year is not null || undated)
        {
            var sentences = _sentences ??= new();
            TextScan.Sentences(text, partStart, e, sentences);
            var k = sentences.Count - 1;
            // A publisher's name may hold abbreviations ("Тип. канцелярии наместника", "Изд-во полит. лит-ры"): a
            // sentence that opens with a small letter goes on with the one before it.
            while (k >= 0 && IsSmallLetter(text[sentences[k].Next])) k--;
            // "М. – Л.: Госиздат": an abbreviated place before a dash is the imprint's first place.
            while (k >= 0 && (k > 0 ? sentences[k - 1].Next : partStart) is var ps && ps > s
                && Conventions.IsAbbreviatedPlace(text.AsSpan(ps, sentences[k].Stop + 1 - ps).Trim()))
                k--;
            // "Тифлис: Тип. канц. Главноначальствующего, 1890": a capitalised word may follow an abbreviation of the
            // publisher's name too; the imprint then opens with the sentence of the place and its colon.
            k = PlaceColonSentence(text, s, partStart, sentences, k);
            var lastStart = k >= 0 ? sentences[k].Next : partStart;
            // A lone sentence is the title, not a place ("Известия ЦК КПСС. 1989. № 7"), unless it is an abbreviated one.
            // "Title, М., 1985", "Петров А. Б., Title, М., 1985", "Title, თბ., 1960": an abbreviated place after a comma
            // is the place, wherever the last full stop before it stands (an initial's, or none).
            var comma = AbbreviatedPlaceAfterComma(text, partStart, e);
            // "История Грузии, Тифлис, 1913", "ისტორია, თბილისი, 1960": else a place of the region written in full after a comma.
            var placeComma = comma is { } c && c >= lastStart ? c : KnownPlaceAfterComma(text, Math.Max(lastStart, partStart), e);
            if (placeComma >= 0)
            {
                (place, imprintStart, headEnd) = (TextScan.Locate(text, placeComma + 1, e), placeComma, slash < 0 ? placeComma : headEnd);
                // "ისტორია, მეცნიერება, თბილისი, 1985": Georgian notes name the publisher before the place, after its own comma.
                if (slash < 0 && GeorgianPublisherBefore(text, Math.Max(lastStart, partStart), placeComma) is var (us, ue, publisherComma) && ue > us)
                    (publisher, imprintStart, headEnd) = (new Located(text[us..ue], new TextSpan(us, ue - us)), publisherComma, publisherComma);
            }
            // "ისტორია, თბილისი: მეცნიერება, 1985", "История, Тифлис: Тип. Хуцишвили, 1913": a place and its publisher
            // after the title's comma.
            else if (PlaceColonAfterComma(text, Math.Max(lastStart, partStart), e) is var colonComma and >= 0 && TryImprint(text, colonComma + 1, e, false, out place, out publisher))
                (imprintStart, headEnd) = (colonComma, slash < 0 ? colonComma : headEnd);
            // "Петров А. Статья. – Мнатоби, 1985, № 8": after an author's piece, a name before the year and a periodical's
            // number is the periodical's, not a place of publication (a book has no №); the head reads it as the container.
            else if (slash < 0 && issue is not null && IsPeriodicalNumber(text, issue) && OpensWithHeadingName(text, s, e) && PeriodicalNameAt(text, lastStart, e))
            {
            }
            else if (lastStart < e && TryImprint(text, lastStart, e, isArticle || lastStart == s || slash >= 0 && lastStart == partStart, out place, out publisher, serialPlace: slash >= 0 && lastStart > partStart))
            {
                imprintStart = lastStart;
                if (slash < 0) headEnd = k >= 0 ? sentences[k].Stop : partStart;
                // "Стенографический отчет. Изд. ЦИК СССР. М., 1923": the publisher's sentence before the place's.
                if (publisher is null && PublisherSentence(text, s, partStart, sentences, k) is var j and >= 0)
                {
                    var from = j > 0 ? sentences[j - 1].Next : partStart;
                    publisher = TextScan.Locate(text, from, sentences[k].Stop, " ,;:");
                    imprintStart = from;
                    if (slash < 0) headEnd = j > 0 ? sentences[j - 1].Stop : partStart;
                }
            }
            // "История Кавказа, М., 1985": an abbreviated place after a comma, where a full stop was due.
            else if (PlaceAfterComma(text, lastStart, e) is var fullStopDue and >= 0 && TryImprint(text, fullStopDue + 1, e, true, out place, out publisher))
            {
                imprintStart = TextScan.Trim(text, fullStopDue + 1, e).Start;
                if (slash < 0) headEnd = fullStopDue;
            }
            else if (comma is { } c2)
                (place, imprintStart, headEnd) = (TextScan.Locate(text, c2 + 1, e), c2, slash < 0 ? c2 : headEnd);
        }

        // Head: authors, title, statements.
        var (hs, he) = TextScan.Trim(text, s, headEnd, " .,;:–—");
        var authors = _authors ??= new();
        authors.Clear();
        Located? thesisGenre = null;
        hs = ReadAuthors(text, hs, he, authors);
        // "აბდუშელიშვილი ., Title": a Georgian literature list that prints no initials, their full stop kept.
        if (authors.Count == 0 && GeorgianForms.FamilyBeforeLostInitial(text, hs, he) is (var familyEnd and > 0, var afterInitial))
        {
            authors.Add(CslName.Person(text[hs..familyEnd], null));
            hs = TextScan.Trim(text, afterInitial, he).Start;
        }
        // "ვახუშტი, აღწერა სამეფოსა საქართველოსა, წგ.: …": a medieval author cited by the one name, before the title's comma.
        if (authors.Count == 0 && GeorgianForms.SingleNameBeforeTitle(text, hs, he) is (var singleEnd and > 0, var titleStart))
        {
            authors.Add(CslName.Person(text[hs..singleEnd], null));
            hs = titleStart;
        }
        // "Эль-Регистан. Лай цепных собак // Правда Востока": before "//", a lone name closed by a full stop and followed
        // by the piece's title is its author's (a pseudonym, a name without initials).
        if (authors.Count == 0 && slash >= 0 && LoneNameAt(text, hs, he) is var nameEnd and > 0)
        {
            authors.Add(CslName.Person(text[hs..nameEnd], null));
            hs = TextScan.Trim(text, nameEnd + 1, he).Start;
        }
        // "… [Электронный ресурс]": the material designation closes the title and is no part of it.
        he = DropDesignation(text, hs, he);
        // "Title: дис. … канд. ист. наук": the thesis statement is the genre, not the title.
        var thesis = ThesisStatementAt(text, hs, he);
        if (thesis > hs)
        {
            var (gs, ge) = TextScan.Trim(text, thesis, he, " .,;:");
            (_, he) = TextScan.Trim(text, hs, thesis, " .,;:–—");
            thesisGenre = new Located(text[gs..ge], new TextSpan(gs, ge - gs));
        }

        var result = new Builder { Genre = thesisGenre };
        // "Петров А. Б. (ред.) История Грузии", "Иванов И. И. (сост.). Документы": the heading's names are the editors' or
        // compilers', as the role in brackets after them says.
        if (authors.Count > 0 && RoleInBrackets(text, hs, he) is var (bracketRole, afterRole) && bracketRole is CreatorRole.Editor or CreatorRole.Compiler)
        {
            if (bracketRole == CreatorRole.Editor) result.Editors = [.. authors];
            else result.Compilers = [.. authors];
            authors.Clear();
            hs = TextScan.Trim(text, afterRole, he, " .,;:").Start;
        }
        var headSentences = SplitSentences(text, hs, he);
        Located? title = null;
        // A title that runs over sentences is cut once, where the last of them ends: cut at each one, a title of many
        // sentences was copied once per sentence (quadratic in its length).
        int titleEnd = -1, previousEnd = -1, lastSentence = -1;
        foreach (var (a, b) in headSentences)
        {
            // "Под ред. А. Б. Петрова. История Грузии. М., 1990": a statement of responsibility may open the note.
            if (title is null && ResponsibilityReader.RoleFollows(text, a) && result.Responsibility is null && result.TakeStatement(text, a, b)
                && (result.Editors is not null || result.Compilers is not null))
                continue;
            if (title is null)
            {
                // "Title / сост. А. Б. Петров; под ред. …": the statement of responsibility after the slash is no part of the title.
                var bar = text.IndexOf(" / ", a, b - a, StringComparison.Ordinal);
                // "Məmmədov M. Tarix / M. Məmmədov": the heading's author named again after the slash is no part of it either.
                title = bar > a && (result.TakeStatement(text, bar + 3, b) || NamesAfterBar(text, bar + 3, b, authors.Count == 0 ? authors : new List<CslName>()))
                    ? TextScan.Locate(text, a, bar, " .,;:") : TextScan.Locate(text, a, b, " .,;:");
                continue;
            }
            if (result.TakeSentence(text, a, b) is var goesOn and >= 0)
                (previousEnd, titleEnd, lastSentence) = (titleEnd >= 0 ? titleEnd : title.Span.Offset + title.Span.Length, goesOn, a);
        }
        // "Иванов А. Статья. – Вопросы истории, 1990, № 8, с. 73": an author's piece with a year and an issue but no
        // imprint and no "//" is an article, its last sentence the periodical's title.
        Located? looseContainer = null;
        if (slash < 0 && authors.Count > 0 && issue is not null && year is not null && place is null && titleEnd >= 0)
        {
            looseContainer = TextScan.Locate(text, lastSentence, titleEnd, " .,;:«»„“”\"–—-");
            titleEnd = previousEnd;
            if (titleEnd <= title!.Span.Offset + title.Span.Length) titleEnd = -1;
        }
        if (titleEnd >= 0) title = Extend(text, title!, titleEnd);
        // "История Грузии, т. 2, Тифлис, 1913": a volume after the title's comma, where GOST would write a full stop.
        // "Сталин И. В. Соч. Т. 5. М., 1947": after an abbreviation that ends no sentence, a volume after its full stop too.
        if (result.Volume is null && title is not null && VolumeAfterStop(text, title.Span.Offset, title.Span.Offset + title.Span.Length) is var (td, volumeAfterStop) && td > 0)
        {
            var (n, nEnd) = VolumeNumber(text, volumeAfterStop.Index, volumeAfterStop.Length);
            result.Volume = new Located(text[n..nEnd], new TextSpan(n, nEnd - n));
            title = TextScan.Locate(text, title.Span.Offset, td + 1, " .,;:");
        }
        if (result.Volume is null && title is not null && TextScan.LastIndexOutsideQuotes(text, title.Span.Offset, title.Span.Offset + title.Span.Length, ',') is var tc and > 0
            && TextScan.Trim(text, tc + 1, title.Span.Offset + title.Span.Length, " .") is var (vs, ve) && ve > vs && VolumeSegment.Find(text, vs, ve - vs) is { } volumeAfterComma)
        {
            var (n, nEnd) = VolumeNumber(text, volumeAfterComma.Index, volumeAfterComma.Length);
            result.Volume = new Located(text[n..nEnd], new TextSpan(n, nEnd - n));
            title = TextScan.Locate(text, title.Span.Offset, tc, " .,;:");
        }

        // "საქართველოს ისტორიის ნარკვევები, ტ. 6, რედ. ა. სურგულაძე", "Title, ტ. 1, ს. ყაუხჩიშვილის რედაქციით", "История
        // Грузии, т. 2, под ред. А. Б. Петрова": statements of responsibility and volumes after the title's commas.
        var titleStatementsRead = false;
        if (title is not null) title = WithoutCommaStatements(text, title, ref result, out titleStatementsRead);

        // "ქართველი ერის ისტორია, წ. 1", "История, кн. 2": a book's part after the title's comma is recorded nowhere.
        if (title is not null && TextScan.LastIndexOutsideQuotes(text, title.Span.Offset, title.Span.Offset + title.Span.Length, ',') is var pc and > 0
            && TextScan.Trim(text, pc + 1, title.Span.Offset + title.Span.Length, " .") is var (bs, be) && be > bs
            && PartAtEnd.Find(text, bs, be - bs) is { Index: var bi } && TextScan.Trim(text, bs, bi, " .,").End <= bs)
        {
            title = TextScan.Locate(text, title.Span.Offset, pc, " .,;:");
            // "Очерки. Т. 2, кн. 1. М., 1985": the volume the part is of, after the title's full stop.
            if (result.Volume is null && title is not null && VolumeAfterStop(text, title.Span.Offset, title.Span.Offset + title.Span.Length) is var (pd, partVolume) && pd > 0)
            {
                var (n, nEnd) = VolumeNumber(text, partVolume.Index, partVolume.Length);
                result.Volume = new Located(text[n..nEnd], new TextSpan(n, nEnd - n));
                title = TextScan.Locate(text, title.Span.Offset, pd + 1, " .,;:");
            }
        }
        // "ლომიძე გ., ქართული პრესა, „მნათობი“, 1985, № 8": a quoted name after the title's comma, before a year and a
        // periodical's number, is the periodical.
        if (looseContainer is null && slash < 0 && authors.Count > 0 && issue is not null && year is not null && place is null && title is not null
            && IsPeriodicalNumber(text, issue) && QuotedAfterComma(text, title.Span.Offset, title.Span.Offset + title.Span.Length) is var qc and > 0)
        {
            looseContainer = TextScan.Locate(text, qc + 1, title.Span.Offset + title.Span.Length, " .,;:") is { } quoted ? WithoutPeriodicalWord(quoted) : null;
            if (looseContainer is not null && looseContainer.Value.Length > 2 && TextScan.IsOpeningQuote(looseContainer.Value[0], single: false))
                looseContainer = TextScan.Locate(text, looseContainer.Span.Offset + 1, looseContainer.Span.Offset + looseContainer.Span.Length, Vocabulary.ClosingQuotes + " .");
            title = TextScan.Locate(text, title.Span.Offset, qc, " .,;:");
        }
        // "ი. ჭავჭავაძე, თსკ ათ ტომად, ტ. 10": the number of volumes of a Georgian set is recorded nowhere, as «В 4 т.» is.
        if (title is not null && GeorgianForms.SetSizeStart(text, title.Span.Offset, title.Span.Offset + title.Span.Length) is var setSize and > 0)
            title = TextScan.Locate(text, title.Span.Offset, setSize, " .,;:");
        // "მოქცევაჲ ქართლისაჲ, შატბერდის კრებული, ბ. გიგინეიშვილის გამოცემა, თბ., 1979": a text in the collection its
        // editors' statement after both names (read off the title's commas above).
        var inCollection = false;
        if (looseContainer is null && slash < 0 && authors.Count == 0 && result.Volume is null && title is not null && titleStatementsRead && (result.Editors is not null || result.Compilers is not null)
            && GeorgianForms.CollectionAfterTitle(text, title.Span.Offset, title.Span.Offset + title.Span.Length) is var (collectionTitleEnd, collection))
            (title, looseContainer, inCollection) = (TextScan.Locate(text, title.Span.Offset, collectionTitleEnd, " .,;:"), collection, true);
        // "Title, კაეშ, IV, თბილისი, 1980": a periodical's siglum or a collection, then its volume in Roman numerals.
        if (looseContainer is null && slash < 0 && result.Volume is null && title is not null
            && GeorgianForms.ContainerAndRomanVolume(text, title.Span.Offset, title.Span.Offset + title.Span.Length) is var (romanTitleEnd, romanContainer, romanVolume))
            (title, looseContainer, result.Volume) = (TextScan.Locate(text, title.Span.Offset, romanTitleEnd, " .,;:"), romanContainer, romanVolume);
        var container = looseContainer;
        if (slash >= 0)
        {
            // "// Сборник. Вып. 7. – Владикавказ, 1910": the dash of the area before the imprint is no part of the container.
            var containerEnd = TextScan.Trim(text, slash + markLength, imprintStart < e ? imprintStart : e, Separators).End;
            var extendedTo = -1;
            var yearSeen = false;
            foreach (var (a, b) in SplitSentences(text, slash + markLength, containerEnd)) // the head's are read: the list is free
            {
                if (container is null)
                {
                    // "// Сборник / под ред. …": as after a title, the statement of responsibility is no part of it.
                    var bar = text.IndexOf(" / ", a, b - a, StringComparison.Ordinal);
                    container = bar > a && result.TakeStatement(text, bar + 3, b) ? TextScan.Locate(text, a, bar, " .,;:") : TextScan.Locate(text, a, b, " .,;:");
                    continue;
                }
                // "// Slavic Review. 1999.58. № 4", "// Экономическая история. 2002. Ежегодник", "// Byz. 2000. T. 70": a
                // sentence that is a year (and a volume after its full stop) closes the periodical's title; what follows
                // it is the issue's, never the title's.
                if (!yearSeen && YearSentence(text, a, b) is var (sentenceYear, sentenceVolume))
                {
                    yearSeen = true;
                    year ??= sentenceYear;
                    if (sentenceVolume is not null && result.Volume is null && tailVolume is null) result.Volume = sentenceVolume;
                    continue;
                }
                if (result.TakeSentence(text, a, b) is var goesOn and >= 0 && !yearSeen) extendedTo = goesOn;
            }
            if (extendedTo >= 0) container = Extend(text, container!, extendedTo);
            // "ავტორი, სტატია, წგნ.: კრებული, ტ. 2, თბ., 1965", "წგ.: ქართლის ცხოვრება, ს. ყაუხჩიშვილის გამოც., ტ. 4": in the
            // comma form the book's volume and its editors' statement follow its own commas, as a title's do.
            if (container is not null && text[slash] != '/') container = WithoutCommaStatements(text, container, ref result, out _);
        }

        // "Известия ЦК КПСС. 1989. № 7. С. 86–93": a periodical's issue cited whole, with no author and no imprint; its
        // one title is the periodical's.
        var periodicalIssue = slash < 0 && authors.Count == 0 && issue is not null && year is not null
            && title is not null && titleEnd < 0 && result.Volume is null && result.Responsibility is null;
        if (periodicalIssue) (container, title) = (title, null);
        // "// газ. «Заря Востока»", "// Журнал «Мнатоби»": the word naming the periodical's kind is no part of its title.
        if (container is not null) container = WithoutTranslation(WithoutPeriodicalWord(container));
        result.Volume ??= tailVolume;
        if (title is null && container is null) return null;
        // "Президиум ЦК КПСС. Т. 1. С. 213": a title with a volume and a page is a publication cited short.
        if (year is null && place is null && authors.Count == 0 && container is null && !IsOpCit(title) && !(result.Volume is not null && locator is not null)) return null;

        var (ts, te) = TextScan.Trim(text, start, end);
        return new PublicationCitation
        {
            Text = text[ts..te],
            Span = new TextSpan(ts, te - ts),
            Kind = inCollection ? PublicationKind.Chapter : periodicalIssue || looseContainer is not null ? PublicationKind.Article : slash < 0 ? PublicationKind.Book : isArticle ? PublicationKind.Article : PublicationKind.Chapter,
            Authors = authors.Count > 0 ? authors.ToArray() : Array.Empty<CslName>(),
            Title = title,
            ContainerTitle = container,
            Genre = result.Genre,
            Compilers = result.Compilers ?? (IReadOnlyList<CslName>)Array.Empty<CslName>(),
            Editors = result.Editors ?? (IReadOnlyList<CslName>)Array.Empty<CslName>(),
            Translators = result.Translators ?? (IReadOnlyList<CslName>)Array.Empty<CslName>(),
            Responsibility = result.Responsibility,
            Volume = result.Volume,
            Edition = result.Edition,
            Issue = issue ?? result.Issue,
            Place = place,
            Publisher = publisher,
            Year = year,
            Undated = undated,
            Locator = locator,
            Language = LanguageDetector.Detect(title?.Value, container?.Value, publisher?.Value),
        };
    }

    /// <summary>
    /// Where the container of text[s..e) is introduced and how long its mark is: GOST's <c>//</c>, else one of
    /// <see cref="Vocabulary.ContainerMarks"/> opening a sentence (<c>Статья. В кн.: Сборник</c>, <c>Статья. — В сб.:
    /// …</c>); (-1, 0) where there is none.
    /// </summary>
    internal static (int Index, int Length) ContainerMark(string text, int s, int e)
    {
        var slash = text.IndexOf("//", s, e - s, StringComparison.Ordinal);
        if (slash >= 0) return (slash, 2);
        foreach (var mark in Vocabulary.ContainerMarks)
        {
            for (var at = text.IndexOf(mark, s, e - s, StringComparison.OrdinalIgnoreCase); at > s; at = at + 1 < e ? text.IndexOf(mark, at + 1, e - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                var before = TextScan.Trim(text, s, at, " –—-").End;
                var after = at + mark.Length;
                // After the title's full stop; a mark closed by its colon ("წგნ.:", "В кн.:") after the title's comma too.
                if (before > s && (text[before - 1] == '.' || text[before - 1] == ',' && mark[^1] == ':') && before < at && after < e && char.IsWhiteSpace(text[after])) return (at, mark.Length);
            }
        }
        return (-1, 0);
    }

    // "газ. «Заря Востока»", "Журнал «Мнатоби»", "ჟურნ. „მნათობი“": the periodical without the word naming its kind,
    // and without the quotation marks that then close its title.
    // The words naming a periodical's kind, newspapers' first: made once, not at each container.
    private static readonly string[] PeriodicalWords = [.. Vocabulary.NewspaperWords, .. Vocabulary.JournalWords];

    private static Located WithoutPeriodicalWord(Located container)
    {
        var value = container.Value;
        foreach (var word in PeriodicalWords)
        {
            if (value.Length <= word.Length + 1 || !value.StartsWith(word, StringComparison.OrdinalIgnoreCase) || value[word.Length] != ' ') continue;
            return AfterWord(container, word.Length);
        }
        return container;
    }

    // The full stop in text[s..e) after which the rest is a volume ("Соч. Т. 5"), and the volume's match; (-1, default)
    // where there is none. Only the last two full stops are tried: the volume's own and the one before it.
    private static (int Stop, (int Index, int Length) Volume) VolumeAfterStop(string text, int s, int e)
    {
        var stop = TextScan.LastIndexOutsideQuotes(text, s, e, '.');
        for (var tries = 0; tries < 2 && stop > s; tries++, stop = TextScan.LastIndexOutsideQuotes(text, s, stop, '.'))
        {
            var (vs, ve) = TextScan.Trim(text, stop + 1, e, " .");
            if (vs > stop + 1 && ve > vs && VolumeSegment.Find(text, vs, ve - vs) is { } volume) return (stop, volume);
        }
        return (-1, default);
    }

    /// <summary>The longest translation of a periodical's title looked for in brackets after it.</summary>
    private const int MaxTitleTranslation = 60;

    // "Мцкемси (Пастырь)", "Сапатриаркос уцкебани (Ведомости Патриархии)": a periodical's title transliterated, then its
    // translation in brackets, words alone (no digit: "Известия (1917–1918)" keeps its years); the title is the first.
    private static Located WithoutTranslation(Located container)
    {
        var value = container.Value;
        if (value.Length < 5 || value[^1] != ')') return container;
        var open = value.LastIndexOf('(');
        if (open < 2 || value[open - 1] != ' ' || value.Length - open > MaxTitleTranslation || value.IndexOf(')') < open) return container;
        var inside = value.AsSpan(open + 1, value.Length - open - 2).Trim();
        if (inside.IsEmpty || !char.IsUpper(inside[0]) || inside.IndexOfAnyInRange('0', '9') >= 0) return container;
        var end = TextScan.Trim(value, 0, open).End;
        return new Located(value[..end], new TextSpan(container.Span.Offset, end));
    }

    // The comma in text[s..e) that a known place of publication alone follows, up to e ("…, Тифлис"), or -1.
    /// <summary>The most statements read from the end of a title, each after a comma (<c>Title, т. 2, под ред. …</c>).</summary>
    private const int MaxCommaStatements = 3;

    // The last comma in text[s..e) that a place written in full (or abbreviated) and a colon follow, or -1.
    private static int PlaceColonAfterComma(string text, int s, int e)
    {
        var comma = TextScan.LastIndexOutsideQuotes(text, s, e, ',');
        if (comma <= s) return -1;
        var colon = TextScan.IndexOfAnyOutsideQuotes(text, comma + 1, e, ":");
        if (colon < 0) return -1;
        var (ps, pe) = TextScan.Trim(text, comma + 1, colon);
        if (pe <= ps || TextScan.Trim(text, colon + 1, e).Start >= e) return -1;
        var candidate = text.AsSpan(ps, pe - ps);
        // "М., Л.: Госиздат": a place before the comma too makes the comma the imprint's own, read with its sentence.
        var before = TextScan.Trim(text, s, comma).End;
        var word = before;
        while (word > s && !char.IsWhiteSpace(text[word - 1])) word--;
        if (before > word && Conventions.IsAbbreviatedPlace(text.AsSpan(word, before - word))) return -1;
        return Conventions.IsKnownPlace(candidate) || AbbreviatedPlaces(candidate) ? comma : -1;
    }

    // The sentence (by its index, as sentences[k] closes sentence k) that opens a publisher's name before the imprint's
    // sentence after sentences[k], with one of Vocabulary.PublisherSentenceOpeners or a publisher's word and a capital
    // after it, no more than MaxPublisherSentences back and after the note's first sentence; -1 where there is none.
    private static int PublisherSentence(string text, int s, int partStart, List<(int Stop, int Next)> sentences, int k)
    {
        for (var j = k; j >= 0 && k - j < MaxPublisherSentences; j--)
        {
            var from = j > 0 ? sentences[j - 1].Next : partStart;
            if (from <= s) return -1;
            var to = sentences[k].Stop;
            var word = from;
            while (word < to && !char.IsWhiteSpace(text[word])) word++;
            var next = word;
            while (next < to && char.IsWhiteSpace(text[next])) next++;
            if (next >= to || !char.IsUpper(text[next])) continue;
            var first = text.AsSpan(from, word - from);
            if (TextScan.IsOneOf(first, Vocabulary.PublisherSentenceOpeners)) return j;
            if (Labelling.Lexicon.IsPublisherWord(first)) return j;
        }
        return -1;
    }

    /// <summary>The most sentences of a publisher's name looked back over for its place's colon.</summary>
    private const int MaxPublisherSentences = 3;

    /// <summary>The most letters of an abbreviation in a publisher's name (<c>Тип.</c>, <c>канц.</c>, <c>губ.</c>); two at least.</summary>
    private const int MaxPublisherAbbreviation = 4;

    // The sentence index the imprint opens after (-1 for partStart) when the sentences before sentence k's start, each
    // closed by a short abbreviation, go back to one that opens with a known place and its colon; else k unchanged.
    private static int PlaceColonSentence(string text, int s, int partStart, List<(int Stop, int Next)> sentences, int k)
    {
        for (var j = k; j >= 0 && k - j < MaxPublisherSentences; j--)
        {
            var stop = sentences[j].Stop;
            if (text[stop] != '.') return k;
            var word = stop;
            while (word > partStart && (char.IsLetter(text[word - 1]) || text[word - 1] == '-')) word--;
            // One letter is no publisher's abbreviation: "М.: ж. Родина" names a journal ("ж." for журнал).
            if (stop - word < 2 || stop - word > MaxPublisherAbbreviation) return k;
            var start = j > 0 ? sentences[j - 1].Next : partStart;
            if (start <= s) return k;
            var colon = text.IndexOf(':', start, stop - start);
            if (colon < 0) continue;
            var place = text.AsSpan(start, colon - start).Trim();
            return !place.IsEmpty && (Conventions.IsKnownPlace(place) || IsNoPlaceMark(text, start, colon)) ? j - 1 : k;
        }
        return k;
    }

    /// <summary>The most words of a publisher's name read before a Georgian place (<c>ლიტერატურა და ხელოვნება</c>).</summary>
    private const int MaxGeorgianPublisherWords = 3;

    // The publisher's name between the comma before it and the place's comma at `placeComma` ("Title, ed., ნეკერი, თბილისი"):
    // a few words of Georgian script, quoted or not, with no figure, no full stop and no role or book part (a statement
    // "ს. ყაუხჩიშვილის რედაქციით" and "წიგნი 1" stand there too); (start, end, the comma before it), or default.
    private static (int Start, int End, int Comma) GeorgianPublisherBefore(string text, int s, int placeComma)
    {
        var comma = TextScan.LastIndexOutsideQuotes(text, s, placeComma, ',');
        if (comma <= s || TextScan.Trim(text, s, comma, " .,;:").End <= s) return default;
        // Two pieces at least before it, the title and another: "ივანე ჯავახიშვილი, ქართველი ერის ისტორია, თბილისი"
        // names the author, then the title, before the place.
        var earlier = TextScan.LastIndexOutsideQuotes(text, s, comma, ',');
        if (earlier <= s || TextScan.Trim(text, s, earlier, " .,;:").End <= s) return default;
        var (ps, pe) = TextScan.Trim(text, comma + 1, placeComma, " " + "\"“”«»„");
        if (pe <= ps) return default;
        var piece = text.AsSpan(ps, pe - ps);
        var words = 1;
        foreach (var c in piece)
        {
            if (c == ' ' && ++words > MaxGeorgianPublisherWords) return default;
            if (c is not (' ' or '-') && !TextScan.IsGeorgian(c)) return default;
        }
        if (IsBookPart(piece) || ResponsibilityReader.EndsWithRoleAfterNames(text, ps - 1, pe) || ResponsibilityReader.RoleFollows(text, ps)) return default;
        return (ps, pe, comma);
    }

    private static int KnownPlaceAfterComma(string text, int s, int e)
    {
        var comma = TextScan.LastIndexOutsideQuotes(text, s, e, ',');
        if (comma <= s) return -1;
        var (ps, pe) = TextScan.Trim(text, comma + 1, e, " .");
        if (pe <= ps) return -1;
        if (Labelling.Lexicon.IsPlaceName(text.AsSpan(ps, pe - ps))) return comma;
        // A word in Latin letters is a place where it names no publisher and no place stands before it ("Bakı, Elm, 2012",
        // "Moscow, Progress, 1970": the place, then the publisher).
        if (!IsLatinPlaceWord(text.AsSpan(ps, pe - ps)) || Labelling.Lexicon.IsPublisherWord(text.AsSpan(ps, pe - ps))) return -1;
        var before = TextScan.Trim(text, s, comma, " .").End;
        var word = before;
        while (word > s && char.IsLetter(text[word - 1])) word--;
        var previous = text.AsSpan(word, before - word);
        return previous.IsEmpty || Labelling.Lexicon.IsPlaceName(previous) || Conventions.IsAbbreviatedPlace(text.AsSpan(word, Math.Min(before + 1, e) - word).Trim()) || AbbreviatedPlaces(previous) ? -1 : comma;
    }

    // "Leiden", "Leiden-Boston", "Moskva/Leningrad": one capitalised word of Latin letters (or a few joined by a hyphen
    // or a slash), as a transliterated or English reference written in GOST order names its place in full after the
    // title's comma ("Kloekhorst A., Title, Leiden-Boston, 2008").
    private static bool IsLatinPlaceWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsAsciiLetterUpper(word[0])) return false;
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsAsciiLetterLower(word[i])) continue;
            if (word[i] is '-' or '/' && i + 1 < word.Length && char.IsAsciiLetterUpper(word[i + 1]) && char.IsAsciiLetterLower(word[i - 1])) continue;
            if (char.IsAsciiLetterUpper(word[i]) && word[i - 1] is '-' or '/') continue;
            return false;
        }
        return true;
    }

    /// <summary>The longest role word looked for in brackets after a heading's names (<c>(отв. ред.)</c>).</summary>
    private const int MaxBracketedRole = 24;

    // A role word alone in brackets opening text[s..e) ("(ред.)", "(сост.)", "(отв. ред.)"): the role and where the
    // brackets close; (Author, s) where there is none.
    private static (CreatorRole Role, int After) RoleInBrackets(string text, int s, int e)
    {
        if (s >= e || text[s] != '(') return (CreatorRole.Author, s);
        var close = text.IndexOf(')', s, Math.Min(MaxBracketedRole, e - s));
        if (close < 0) return (CreatorRole.Author, s);
        var inside = text.AsSpan(s + 1, close - s - 1).Trim();
        foreach (var (word, role) in Vocabulary.RoleWords)
            if (inside.Equals(word, StringComparison.OrdinalIgnoreCase) || inside.Equals(word.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
                return (role, close + 1);
        return (CreatorRole.Author, s);
    }

    // Where the word "здесь" ("here", which leads to the pages cited within a range) closing text[s..e) stands, or -1.
    internal static int HereBefore(string text, int s, int e) => HereBefore(text, s, e, Vocabulary.HereWords);

    /// <summary>Where one of <paramref name="words"/> closing text[s..e) after a non-letter begins, or -1.</summary>
    internal static int HereBefore(string text, int s, int e, ImmutableArray<string> words)
    {
        foreach (var word in words)
        {
            var at = e - word.Length;
            if (at > s && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 && !char.IsLetter(text[at - 1])) return at;
        }
        return -1;
    }

    // The comma in text[s..e) after which a name in quotation marks closes it, a periodical's word before it or not
    // (", „მნათობი“", ", ჟურნ. „მნათობი“", ", журнал «Огонёк»"), or -1.
    private static int QuotedAfterComma(string text, int s, int e)
    {
        var comma = TextScan.LastIndexOutsideQuotes(text, s, e, ',');
        if (comma <= s) return -1;
        var (qs, qe) = TextScan.Trim(text, comma + 1, e, " .");
        if (qe - qs < 3 || text[qe - 1] is not ('»' or '“' or '”' or '"')) return -1;
        var open = text.IndexOfAny(['«', '„', '“', '"'], qs, qe - 1 - qs);
        if (open < 0) return -1;
        if (open == qs) return comma;
        // A word naming the periodical's kind before the quotes.
        var word = text.AsSpan(qs, open - qs).Trim();
        foreach (var kind in PeriodicalWords)
            if (word.Equals(kind, StringComparison.OrdinalIgnoreCase)) return comma;
        return -1;
    }

    // The issue was numbered with № (N, No., #), as a periodical's is, not with a serial's Вып.
    private static bool IsPeriodicalNumber(string text, Located issue)
    {
        var k = TextScan.Trim(text, 0, issue.Span.Offset).End - 1;
        while (k > 0 && char.IsLetter(text[k - 1])) k--;
        return k >= 0 && text[k] is '№' or '#' or 'N' or '¹';
    }

    // text[s..e) opens with an author's heading name ("Петров А.", "А. Петров", "ლომიძე გ.").
    private static bool OpensWithHeadingName(string text, int s, int e) =>
        FamilyThenInitials.Find(text, s, e - s) is not null || InitialsThenFamily.Find(text, s, e - s) is not null;

    // text[s..e) is a periodical's name before its year: no publisher's colon, and no place a book is published in.
    private static bool PeriodicalNameAt(string text, int s, int e)
    {
        if (e <= s || TextScan.IndexOfAnyOutsideQuotes(text, s, e, ":") >= 0) return false;
        var comma = TextScan.IndexOfAnyOutsideQuotes(text, s, e, ",");
        var (ns, ne) = TextScan.Trim(text, s, comma < 0 ? e : comma, " .,«»„“”\"");
        if (ne <= ns || comma >= 0 && TextScan.Trim(text, comma + 1, e).Start < e) return false;
        var name = text.AsSpan(ns, ne - ns);
        return !Conventions.IsAbbreviatedPlace(text.AsSpan(ns, Math.Min(text.Length, ne + 1) - ns))
            && !Conventions.IsKnownPlace(name) && !AbbreviatedPlaces(name);
    }

    /// <summary>The most book parts read one after another before a year (<c>М., 1995. Кн. 1, ч. 2, гл. 9</c>).</summary>
    private const int MaxBookParts = 4;

    // text[s..e) ends in a year or an issue ("1985", "№ 3", a periodical's bare number after its year: "1903. 142"), after
    // book parts at most ("1995. Кн. 1, ч. 2"): what follows it may be a part or a date, recorded nowhere.
    private static bool PartsThenYear(string text, int s, int e)
    {
        for (var k = 0; k <= MaxBookParts && e > s; k++)
        {
            // "Русская старина. 1880. Т. 28. Кн. 2": a book's part after a volume is the volume's part, as after a year.
            if ((YearAtEnd.Find(text, s, e - s) ?? IssueAtEnd.Find(text, s, e - s) ?? BareIssueAfterYear.Find(text, s, e - s) ?? VolumeAtEnd.Find(text, s, e - s)) is not null) return true;
            if (PartAtEnd.Find(text, s, e - s) is not { } part) return false;
            e = TextScan.Trim(text, s, part.Index, Separators).End;
        }
        return false;
    }

    // "… кризиса 1917 г.", "… за 1921 г.": a year with its word that a word leads into, no comma or full stop between,
    // closes a title's phrase; an imprint's year follows a comma or a full stop ("М., 1985 г.").
    private static bool YearInPhrase(string text, int start, int year, int matchEnd)
    {
        if (matchEnd <= year + 4 || !char.IsLetter(text[year + 4 < matchEnd && text[year + 4] == ' ' ? year + 5 : year + 4])) return false;
        var before = TextScan.Trim(text, start, year).End;
        return before > start && before < year && char.IsLetter(text[before - 1]);
    }

    // The full stop of an abbreviated place ("М.", "СПб.", "М.-Л.") before the year is the place's: with it the
    // place is told from a title's last word, and the sentence before it ends there ("… 1936–1938 гг. М., 2009").
    private static int KeepPlaceStop(string text, int start, int e)
    {
        if (e >= text.Length || text[e] != '.') return e;
        var w = e;
        while (w > start && (char.IsLetter(text[w - 1]) || text[w - 1] is '.' or '-') && e + 1 - w < 8) w--;
        return Conventions.IsAbbreviatedPlace(text.AsSpan(w, e + 1 - w)) ? e + 1 : e;
    }

    // Where the lone name opening text[s..e) ends (at its full stop, a capital opening the title after it), or -1.
    private static int LoneNameAt(string text, int s, int e)
    {
        var stop = s;
        while (stop < e && (char.IsLetter(text[stop]) || text[stop] is '-' or '\'' or '’')) stop++;
        if (stop + 2 >= e || text[stop] != '.' || text[stop + 1] != ' ' || !char.IsUpper(text[stop + 2])) return -1;
        return AuthorDateReader.IsFamilyName(text, s, stop) ? stop : -1;
    }

    /// <summary>Where the year of a <see cref="YearAtEnd"/> match at <paramref name="index"/> begins: its four digits follow the separator (or the place and hyphen) it may open with.</summary>
    internal static int YearStart(string text, int index)
    {
        while (!char.IsAsciiDigit(text[index])) index++;
        return index;
    }

    /// <summary>The longest series' name read after a numbered issue (<c>№ 4. Серия: История</c>).</summary>
    private const int MaxSeriesName = 60;

    // Where the text before a series' name ends, when [start, end) closes with "№ N. Name." (a numbered issue, then a name
    // of letters alone, as a university journal's series is named); else -1. A title's last words never follow a "№", so
    // only the series stands there.
    private static int SeriesBeforeIssue(string text, int start, int end)
    {
        var dot = text.LastIndexOf(". ", end - 1, Math.Min(end - start, MaxSeriesName), StringComparison.Ordinal);
        if (dot <= start) return -1;
        for (var i = dot + 2; i < end; i++)
            if (!(char.IsLetter(text[i]) || text[i] is ' ' or '-' or ':' or ',')) return -1;
        if (!char.IsUpper(text[dot + 2])) return -1;
        if (IssueAtEnd.Find(text, start, dot - start) is not { } im || text[IssueParts(text, im.Index).Keyword] != '№') return -1;
        return dot;
    }

    /// <summary>
    /// Where the keyword and the number of an <see cref="IssueAtEnd"/> match at <paramref name="index"/> begin: the
    /// keyword after the separator the match may open with (no keyword opens with one), the number at the first digit
    /// after it (no keyword holds one); the number runs to the match's end.
    /// </summary>
    internal static (int Keyword, int Number) IssueParts(string text, int index)
    {
        var keyword = text[index] is '№' or 'N' or 'в' or 'В' or 'v' or 'V' or 's' ? index : index + 1;
        var number = keyword;
        while (!char.IsDigit(text[number])) number++;
        return (keyword, number);
    }

    /// <summary>
    /// The family name and initials of a <see cref="FamilyThenInitials"/> match: the name runs to the space before the
    /// first initial (past its particles, <c>Van der Leeuw C.</c>), the initials from the next non-space to the match's end.
    /// </summary>
    internal static CslName FamilyThenInitialsName(string text, int index, int length)
    {
        // The family name runs to the space before the first initial (one or two letters and a full stop) or bracket:
        // past its particles and its second name ("Van der Leeuw C.", "Carrère d'Encausse H.").
        // (A last initial may lack its full stop where a statement was cut before the imprint: "Лакоба О".)
        var (familyEnd, end) = (index, index + length);
        while (true)
        {
            while (!char.IsWhiteSpace(text[familyEnd])) familyEnd++;
            var next = familyEnd;
            while (char.IsWhiteSpace(text[next])) next++;
            if (next + 1 >= end || text[next] == '(' || text[next + 1] == '.' || char.IsLetter(text[next + 1]) && (next + 2 >= end || text[next + 2] == '.')) break;
            familyEnd = next;
        }
        var initials = familyEnd;
        while (char.IsWhiteSpace(text[initials])) initials++;
        if (text[initials] == '(') // the other family name in brackets (OtherFamily)
        {
            initials = text.IndexOf(')', initials) + 1;
            while (char.IsWhiteSpace(text[initials])) initials++;
        }
        return CslName.Person(text[index..familyEnd], text[initials..(index + length)].Replace(" ", ""));
    }

    /// <summary>
    /// The initials and family name of an <see cref="InitialsThenFamily"/> match: the initials end at its last full
    /// stop (the family name holds none), the name follows after at most one space.
    /// </summary>
    internal static CslName InitialsThenFamilyName(string text, int index, int length)
    {
        var initialsEnd = text.LastIndexOf('.', index + length - 1, length) + 1;
        var family = char.IsWhiteSpace(text[initialsEnd]) ? initialsEnd + 1 : initialsEnd;
        return CslName.Person(text[family..(index + length)], text[index..initialsEnd].Replace(" ", ""));
    }

    /// <summary>
    /// Where the number of a <see cref="VolumeSegment"/> match at [index, index+length) stands: it closes the match and
    /// is all digits or all Roman numerals, and no keyword ends in either (each ends in a full stop or "d"), so it is the
    /// run of its last character's kind at the match's end.
    /// </summary>
    internal static (int Start, int End) VolumeNumber(string text, int index, int length)
    {
        var end = index + length;
        var digits = char.IsDigit(text[end - 1]);
        var start = end - 1;
        while (start > index && (digits ? char.IsDigit(text[start - 1]) : Conventions.IsRomanLetter(text[start - 1]))) start--;
        return (start, end);
    }

    /// <summary>True when the title is an "op. cit." phrase (<c>Göst. əsəri</c>, <c>Указ. соч.</c>).</summary>
    public static bool IsOpCit(Located? title) => title is not null && IsOpCit(title.Value);

    /// <summary>True when <paramref name="text"/> is an "op. cit." phrase and nothing else (no copy is made).</summary>
    public static bool IsOpCit(ReadOnlySpan<char> text) => OpCit.IsMatch(text);

    /// <summary>True when an op. cit. phrase (<see cref="Vocabulary.OpCitPatterns"/>) opens text[at..end) as a whole word.</summary>
    internal static bool OpCitOpens(string text, int at, int end) => OpCitOpening.IsMatch(text.AsSpan(at, end - at));

    // Lists a read uses only while it runs, one per thread: the sentence stops, the parts they split (read by one
    // loop at a time: the container's are split once the head's are read), the authors (copied out to an array).
    [ThreadStatic] private static List<(int Stop, int Next)>? _sentences;
    [ThreadStatic] private static List<(int Start, int End)>? _parts;
    [ThreadStatic] private static List<CslName>? _authors;

    /// <summary>
    /// <paramref name="located"/> less the statements of responsibility and the volume written after its commas
    /// (<c>საქართველოს ისტორიის ნარკვევები, ტ. 6, რედ. ა. სურგულაძე</c>, <c>История Грузии, т. 2, под ред. А. Б.
    /// Петрова</c>), which <paramref name="result"/> takes; <paramref name="roleRead"/> tells whether a statement was read.
    /// </summary>
    private static Located WithoutCommaStatements(string text, Located located, ref Builder result, out bool roleRead)
    {
        roleRead = false;
        for (var k = 0; k < MaxCommaStatements; k++)
        {
            var (ts0, te0) = (located.Span.Offset, located.Span.Offset + located.Span.Length);
            var sc = TextScan.LastIndexOutsideQuotes(text, ts0, te0, ',');
            if (sc <= ts0) break;
            var (ss, se) = TextScan.Trim(text, sc + 1, te0, " .");
            if (se <= ss) break;
            var role = result.Responsibility is null && (ResponsibilityReader.RoleFollows(text, ss) || ResponsibilityReader.EndsWithRoleAfterNames(text, ss, se));
            if (role && (!result.TakeStatement(text, ss, se) || result.Editors is null && result.Compilers is null && result.Translators is null)) break;
            roleRead |= role;
            if (!role)
            {
                // "Сочинения, т. IV, ч. 1": a book's part after the volume, recorded nowhere, then the volume read.
                if (result.Volume is null && PartAtEnd.Find(text, ss, se - ss) is { } part && part.Index == ss
                    && TextScan.LastIndexOutsideQuotes(text, ts0, sc, ',') is var vc && vc > ts0
                    && TextScan.Trim(text, vc + 1, sc, " .") is var (vs, ve) && ve > vs && VolumeSegment.Find(text, vs, ve - vs) is not null)
                {
                    located = TextScan.Locate(text, ts0, sc, " .,;:")!;
                    continue;
                }
                if (result.Volume is not null || VolumeSegment.Find(text, ss, se - ss) is not { } commaVolume) break;
                var (n, nEnd) = VolumeNumber(text, commaVolume.Index, commaVolume.Length);
                result.Volume = new Located(text[n..nEnd], new TextSpan(n, nEnd - n));
            }
            located = TextScan.Locate(text, ts0, sc, " .,;:")!;
        }
        return located;
    }

    // The parts of text[start..end) between sentence stops, into a list reused by the thread (cleared here).
    internal static List<(int Start, int End)> SplitSentences(string text, int start, int end)
    {
        var list = _parts ??= new();
        list.Clear();
        var from = start;
        var sentences = _sentences ??= new();
        TextScan.Sentences(text, start, end, sentences);
        foreach (var (stop, next) in sentences)
        {
            list.Add((from, stop));
            from = next;
        }
        if (from < end) list.Add((from, end));
        return list;
    }

    // text[a..b) as a sentence that is only a year, "1999", or a year and the volume after its full stop, "1999.58";
    // null where it is anything else (a range "1700–1800", a title's words).
    private static (Located Year, Located? Volume)? YearSentence(string text, int a, int b)
    {
        var (ys, ye) = TextScan.Trim(text, a, b, " .,;:");
        if (ye - ys < 4 || !Conventions.IsYear(text.AsSpan(ys, 4))) return null;
        var year = new Located(text[ys..(ys + 4)], new TextSpan(ys, 4));
        if (ye == ys + 4) return (year, null);
        if (text[ys + 4] != '.' || ye - ys > 8) return null;
        for (var i = ys + 5; i < ye; i++)
            if (!char.IsAsciiDigit(text[i])) return null;
        return ye > ys + 5 ? (year, new Located(text[(ys + 5)..ye], new TextSpan(ys + 5, ye - ys - 5))) : (year, null);
    }

    private static readonly char[] ExtendedEnd = [' ', '.', ','];

    // located runs on to end, less the separators that close it (trimmed in place: only the value is copied).
    private static Located Extend(string text, Located located, int end)
    {
        var start = located.Span.Offset;
        while (end > start && ExtendedEnd.AsSpan().Contains(text[end - 1])) end--;
        return new(text[start..end], new TextSpan(start, end - start));
    }

    private static int ReadAuthors(string text, int start, int end, List<CslName> authors)
    {
        var at = start;
        // Where the names stood before a joiner ("Quliyev V. və Həsənov R. Title"): the joiner is the title's if no name follows.
        var beforeJoiner = -1;
        while (at < end)
        {
            var m = FamilyThenInitials.Find(text, at, end - at);
            CslName? name = null;
            if (m is { } f)
            {
                m = f = AtMostTwoInitials(text, f.Index, f.Length);
                name = FamilyThenInitialsName(text, f.Index, f.Length);
            }
            // "Петров, А. Н. Title", "Устина, Людмила Николаевна. Title": the heading of a GOST 7.1 record or list of
            // literature, the family name closed by a comma, then two initials or the given name and patronymic in full.
            else if (authors.Count == 0 && CatalogueHeading.Find(text, at, end - at) is { } heading)
                (m, name) = (heading, CatalogueHeadingName(text, heading.Index, heading.Length));
            else if (LetterSpacedName.Find(text, at, end - at) is { } spaced && LetterSpaced(text, spaced.Index, spaced.Length, end) is { } given)
                (m, name) = (spaced, given);
            // "Лев Троцкий. Сталин": a given name in full, then a man's family name, its full stop opening the title.
            else if (authors.Count == 0 && at == start && GivenThenFamily.Find(text, at, end - at) is { } full0 && GivenThenFamilyName(text, full0.Index, full0.Length - 1, end) is { } told0)
                (m, name) = ((full0.Index, full0.Length - 1), told0);
            // "ივანე ჯავახიშვილი, Title", "ჯავახიშვილი ივანე, Title": a Georgian name in full opening the note, before a comma.
            else if (authors.Count == 0 && GeorgianFullName.Find(text, at, end - at) is { } full && GeorgianNameInFull(text, full.Index, full.Length - 1) is { } georgian)
                (m, name) = ((full.Index, full.Length - 1), georgian);
            // "javaxiSvili i. Title": a Georgian family name and initial typed in the AcadNusx font, kept as stored.
            else if (AcadNusxFamilyThenInitials.Find(text, at, end - at) is { } latin)
                (m, name) = (latin, FamilyThenInitialsName(text, latin.Index, latin.Length));
            else
            {
                // Initials first: after a first author, or first where a full stop or a comma closes the name ("И. И. Иванов. Title"),
                // or an editor's or compiler's role in brackets ("Ю. Г. Мурин (ред.), «Title»", "А. Б. Петров (сост.). Title").
                m = InitialsThenFamily.Find(text, at, end - at);
                if (m is { } i && (authors.Count > 0 || i.Index + i.Length < end && (text[i.Index + i.Length] is '.' or ','
                    || RoleInBrackets(text, TextScan.Trim(text, i.Index + i.Length, end).Start, end).Role is CreatorRole.Editor or CreatorRole.Compiler)))
                    name = InitialsThenFamilyName(text, i.Index, i.Length);
            }
            var after = m is { } found ? at + found.Length : end;
            if (name is null || m is null || after < end && !(char.IsWhiteSpace(text[after]) || text[after] is ',' or '.'))
            {
                if (beforeJoiner >= 0) at = beforeJoiner;
                break;
            }
            authors.Add(name);
            at = after;
            beforeJoiner = -1;
            var (ns, _) = TextScan.Trim(text, at, end);
            if (ns < end && text[ns] == ',')
            {
                at = ns + 1;
                while (at < end && char.IsWhiteSpace(text[at])) at++;
                continue;
            }
            at = ns;
            if (Conventions.AuthorJoinerAt(text, at, end) is > 0 and var joiner)
            {
                (beforeJoiner, at) = (at, at + joiner);
                continue;
            }
            break;
        }
        return authors.Count > 0 ? Conventions.SkipEtAl(text, at, end) : at;
    }

    // A Russian family name, its comma, then two initials ("Петров, А. Н.") or the given name in full and the patronymic in
    // full or as an initial ("Устина, Людмила Николаевна", "Рябов, Юрий А."). One initial alone is not taken: after a
    // comma it is as often a keyword ("Дело, Л. 5").
    private const string RussianFamily = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?";
    private static readonly Regex CatalogueHeading = new("^" + RussianFamily + @",\s(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ][а-яё]+\s(?:[А-ЯЁ][а-яё]+(?:" + string.Join("|", Vocabulary.PatronymicEndings) + @")|[А-ЯЁ]\.))", Conventions.Anchored);

    // Two Russian words and the full stop after them (the match includes it): a given name in full and a family name.
    private static readonly Regex GivenThenFamily = new(@"^[А-ЯЁ][а-яё]{2,}\s[А-ЯЁ][а-яё]{2,}\.", Conventions.Anchored);

    // The name of a GivenThenFamily match text[index..index+length) when its second word ends as a man's family name, its
    // first neither as an adjective nor is a rank ("Маршал Жуков. Каким мы его помним" is a title), and a title opens
    // after the full stop; else null.
    private static CslName? GivenThenFamilyName(string text, int index, int length, int end)
    {
        var dot = index + length;
        if (dot + 2 >= end || text[dot + 1] != ' ' || !char.IsUpper(text[dot + 2])) return null;
        var space = text.IndexOf(' ', index, length);
        var given = text.AsSpan(index, space - index);
        var family = text.AsSpan(space + 1, dot - space - 1);
        if (TextScan.EndsWithOneOf(given, Vocabulary.RussianAdjectiveEndings) || TextScan.IsOneOf(given, Vocabulary.RussianRanksBeforeNames)) return null;
        return TextScan.EndsWithOneOf(family, Vocabulary.RussianFamilyEndings) ? CslName.Person(family.ToString(), given.ToString()) : null;
    }

    // The name of a CatalogueHeading match: the family name before the comma, the rest given as written (initials
    // without their spaces, as FamilyThenInitialsName gives them).
    private static CslName CatalogueHeadingName(string text, int index, int length)
    {
        var comma = text.IndexOf(',', index, length);
        var given = text[(comma + 1)..(index + length)].Trim();
        return CslName.Person(text[index..comma], given.Any(char.IsWhiteSpace) && given.EndsWith('.') && given.Length <= 5 ? string.Concat(given.Where(c => !char.IsWhiteSpace(c))) : given);
    }

    // Two Georgian words, then the comma that closes the name (the match includes it).
    // Linear (Conventions.Linear): anchored, every repeat followed by a token it cannot match.
    private static readonly Regex GeorgianFullName = new("^" + GeorgianFamily + @"\s" + GeorgianFamily + ",", Conventions.Linear);
    // A family name in small Latin letters ending as a Georgian family name does in the AcadNusx font (Svili, Ze, ia …),
    // then one or two initials in small letters.
    private static readonly Regex AcadNusxFamilyThenInitials = new(@"^[a-z][A-Za-z]*"
        + Vocabulary.Alternation(Vocabulary.GeorgianFamilyEndings.Select(Vocabulary.InAcadNusx)) + @"\s[a-z]\.(?:\s?[a-z]\.)?", Conventions.Anchored);

    // The name of a GeorgianFullName match at [index, index+length) (without its comma): one word ends as a family name
    // does, the other, the given name, neither so nor in the genitive's -ს of a title's first word ("საქართველოს ისტორია").
    // Null where the words are not told apart so.
    internal static CslName? GeorgianNameInFull(string text, int index, int length)
    {
        // The pattern's \s also takes a no-break space or a tab between the words.
        var space = index;
        while (space < index + length && !char.IsWhiteSpace(text[space])) space++;
        if (space == index + length) return null;
        var (first, second) = (text[index..space], text[(space + 1)..(index + length)]);
        if (IsGeorgianFamily(first) == IsGeorgianFamily(second)) return null;
        var (family, given) = IsGeorgianFamily(first) ? (first, second) : (second, first);
        return given.EndsWith(Vocabulary.GeorgianGenitiveEnding) ? null : CslName.Person(family, given);
    }

    internal static bool IsGeorgianFamily(ReadOnlySpan<char> word)
    {
        foreach (var ending in Vocabulary.GeorgianFamilyEndings)
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    // The word ends in one of the family names' endings that given names in the nominative share (ლევანი as ჩიქოვანი):
    // such an ending alone does not tell the family name.
    internal static bool EndsAsGivenNamesDo(ReadOnlySpan<char> word)
    {
        foreach (var ending in Vocabulary.GeorgianEndingsSharedWithGivenNames)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    // "Джанелидзе О. К. В. И. Ленин и Грузия", "Старцев В.И. В.И. Ленин в августе": a Russian or Georgian name has two
    // initials at most (name and patronymic), and a third initial followed by another opens the title, which names a
    // person by initials. The match of a family name and its initials at [index, index+length), cut after its second
    // initial where so.
    private static (int Index, int Length) AtMostTwoInitials(string text, int index, int length)
    {
        var end = index + length;
        var familyEnd = index;
        while (familyEnd < end && !char.IsWhiteSpace(text[familyEnd])) familyEnd++;
        int dots = 0, second = -1;
        for (var i = familyEnd; i < end; i++)
            if (text[i] == '.' && ++dots == 2) second = i + 1;
        if (dots < 3) return (index, length);
        var after = TextScan.Trim(text, end, text.Length).Start;
        var initialFollows = after + 1 < text.Length && char.IsUpper(text[after]) && text[after + 1] == '.';
        var cyrillic = text[index] is >= '\u0400' and <= '\u04FF' or >= '\u10D0' and <= '\u10FF';
        return cyrillic || initialFollows ? (index, second - index) : (index, length);
    }

    // "История Кавказа / И. И. Иванов, В. Г. Петров [и др.]": GOST names the authors after the title when no heading
    // does; true (and the names added) when text[s..e) is a list of names and nothing else, but the others' phrase.
    private static bool NamesAfterBar(string text, int s, int e, List<CslName> authors)
    {
        (s, e) = TextScan.Trim(text, s, e, " .,;:");
        if (Conventions.EtAlClosing(text, s, e) is var etAl and >= 0) (_, e) = TextScan.Trim(text, s, etAl, " .,;:");
        if (e <= s) return false;
        var names = ResponsibilityReader.ReadNames(text, s, e);
        if (names.Count == 0) return false;
        authors.AddRange(names);
        return true;
    }

    // Where the comma before an abbreviated place closing text[start..end) stands, or null.
    private static int? AbbreviatedPlaceAfterComma(string text, int start, int end)
    {
        if (end <= start) return null;
        var comma = text.LastIndexOf(',', end - 1, end - start);
        if (comma <= start) return null;
        var candidate = text.AsSpan(comma + 1, end - comma - 1).Trim();
        return Conventions.IsAbbreviatedPlace(candidate) ? comma : null;
    }

    // A family name printed letter-spaced (разрядка: "Г о р б а ч е в М. С.", "Г р о м ы к о Анатолий."): three or
    // more letters one space apart, then initials or a given name closed by a full stop or a comma.
    private static readonly Regex LetterSpacedName = new(
        @"^\p{Lu}(?: \p{Ll}){2,}(?:-\p{Lu}?(?: ?\p{Ll})+)?\s+(?:" + Conventions.Initial + @"(?:\s?" + Conventions.Initial + @"){0,2}|\p{Lu}\p{Ll}+)", Conventions.Anchored);

    // The name of a LetterSpacedName match at [index, index+length): the family name as printed, spaces and all, runs to
    // the last space before the first run of two letters or a capital; null where a given name is not closed by '.' or ','.
    private static CslName? LetterSpaced(string text, int index, int length, int end)
    {
        var matchEnd = index + length;
        var family = index + 1;
        while (family + 2 <= matchEnd && text[family] == ' ' && (char.IsLower(text[family + 1]) || text[family + 1] == '-') && (family + 2 == matchEnd || !char.IsLetter(text[family + 2])))
            family += 2;
        var given = TextScan.Trim(text, family, matchEnd).Start;
        if (text[matchEnd - 1] != '.' && !(matchEnd < end && text[matchEnd] is '.' or ','))
            return null;
        return CslName.Person(text[index..family], text[given..matchEnd].Replace(" ", ""));
    }

    // Where an access statement ("URL: …", "Режим доступа: …", "(дата обращения: …)") or a standard number ("ISBN …")
    // opens in text[s..e), or -1.
    private static int AccessStatementAt(string text, int s, int e)
    {
        var span = text.AsSpan(s, e - s);
        var first = -1;
        foreach (var mark in Conventions.AccessStatements)
        {
            var at = span.IndexOf(mark, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && (first < 0 || at < first)) first = at;
        }
        // "… 2017. № 7(81) C. 86-90. ISSN 1997-292X.": a standard number, a word of its own before its digits.
        foreach (var mark in Conventions.StandardNumberMarks)
        {
            var at = span.IndexOf(mark, StringComparison.Ordinal);
            if (at > 0 && !char.IsLetter(span[at - 1]) && at + mark.Length < span.Length && span[at + mark.Length] is ' ' or ':' or '\u00A0'
                && (first < 0 || at < first)) first = at;
        }
        return first < 0 ? -1 : s + first;
    }

    // text[s..e) less a note on the language in brackets closing it ("(на груз. яз.)", "(azərb. dilində)"): a few words
    // ending in a word of Conventions.LanguageNoteEnds.
    internal static int DropLanguageNote(string text, int s, int e)
    {
        var (_, te) = TextScan.Trim(text, s, e, " .,;");
        if (te - s < 8 || text[te - 1] != ')') return e;
        var open = text.LastIndexOf('(', te - 1, Math.Min(MaxLanguageNote, te - s));
        if (open <= s) return e;
        var inside = text.AsSpan(open + 1, te - open - 2).Trim();
        foreach (var end in Conventions.LanguageNoteEnds)
            if (inside.EndsWith(end, StringComparison.OrdinalIgnoreCase) && inside.Length > end.Length && inside[inside.Length - end.Length - 1] is ' ' or '.')
                return TextScan.Trim(text, s, open, " ,").End;
        return IsEnglishLanguageNote(inside) ? TextScan.Trim(text, s, open, " ,").End : e;
    }

    // "in Russian", "in Georgian and Russian": the opening word, then a few capitalised words (the languages) or "and";
    // "in press", "in 3 vols" are no language.
    internal static bool IsEnglishLanguageNote(ReadOnlySpan<char> inside)
    {
        const string opening = Vocabulary.EnglishLanguageNoteOpening;
        if (inside.Length <= opening.Length + 1 || !inside.StartsWith(opening, StringComparison.Ordinal) || inside[opening.Length] != ' ') return false;
        var words = 0;
        foreach (var range in inside[(opening.Length + 1)..].Split(' '))
        {
            var word = inside[(opening.Length + 1)..][range];
            if (word.IsEmpty) continue;
            if (++words > MaxLanguageNoteWords) return false;
            if (word.SequenceEqual(Vocabulary.And)) continue;
            if (!char.IsUpper(word[0]) || word.ContainsAnyExcept(Letters)) return false;
        }
        return words > 0;
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The most words of an English note on a language (<c>in Georgian and Russian</c>).</summary>
    private const int MaxLanguageNoteWords = 5;

    // text[s..e) less a web address in square brackets closing it ("… // Архнадзор. 2007. 2 марта [www.archnadzor.ru/…]").
    private static int DropWebAddress(string text, int s, int e)
    {
        var (_, te) = TextScan.Trim(text, s, e, " .,;");
        if (te - s < 8 || text[te - 1] != ']') return e;
        var open = text.LastIndexOf('[', te - 1, te - s);
        if (open <= s) return e;
        var (ins, _) = TextScan.Trim(text, open + 1, te - 1);
        foreach (var opening in Conventions.WebAddressOpenings)
            if (string.Compare(text, ins, opening, 0, opening.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return TextScan.Trim(text, s, open, " ,").End;
        return e;
    }

    /// <summary>The longest note on a language looked for in brackets at a citation's end (<c>(на азерб. языке)</c>).</summary>
    private const int MaxLanguageNote = 30;

    /// <summary>The longest illustration statement after an extent's colon (<c>: ил., карт., портр.</c>).</summary>
    private const int MaxIllustrationStatement = 40;

    // text[s..e) less an illustration statement closing it after an extent ("… 20 с. : ил.", "… 96 с. : ил., карт."): the
    // words after the last colon are all illustration marks, and an extent stands before it.
    private static int DropIllustrationStatement(string text, int s, int e)
    {
        var (_, te) = TextScan.Trim(text, s, e, " .,;");
        if (te <= s) return e;
        var colon = text.LastIndexOf(':', te - 1, Math.Min(te - s, MaxIllustrationStatement));
        if (colon <= s) return e;
        foreach (var word in text[(colon + 1)..te].Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
            if (!Conventions.IllustrationMarks.Contains(word.TrimEnd('.'), StringComparer.OrdinalIgnoreCase)) return e;
        var (_, before) = TextScan.Trim(text, s, colon, " ");
        return ExtentAtEnd.Find(text, s, before - s) is { } extent && extent.Index + extent.Length == before ? before : e;
    }

    // text[s..e) less a material designation closing it ("История Кавказа [Электронный ресурс]").
    private static int DropDesignation(string text, int s, int e)
    {
        var (_, te) = TextScan.Trim(text, s, e, " .,;:");
        if (te <= s || text[te - 1] != ']') return e;
        foreach (var mark in Conventions.MaterialDesignations)
            if (te - s > mark.Length && string.Compare(text, te - mark.Length, mark, 0, mark.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return TextScan.Trim(text, s, te - mark.Length, " .,;:").End;
        return e;
    }

    // Where a thesis statement opens in text[s..e) ("…: дис. … канд. ист. наук", "…. Автореф. дис. …"), after a colon
    // or a full stop, at a word's start; or -1.
    private static int ThesisStatementAt(string text, int s, int e)
    {
        for (var i = s + 1; i < e; i++)
        {
            if (text[i] is not (':' or '.')) continue;
            var w = TextScan.Trim(text, i + 1, e).Start;
            if (w == i + 1 || w >= e) continue;
            foreach (var word in Conventions.ThesisWords)
                if (e - w >= word.Length && string.Compare(text, w, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (word[^1] == '.' || w + word.Length == e || !char.IsLetter(text[w + word.Length])))
                    return w;
        }
        return -1;
    }

    /// <summary>Reads <c>Place, Publisher</c>, <c>Place: Publisher</c> or a lone place.</summary>
    // serialPlace: the imprint follows the container's first sentence after "//", where a place the lexicon knows is the
    // place even where only an abbreviated one is taken ("// Кавказский сборник. Тифлис, 1905. Вып. 3").
    private static bool TryImprint(string text, int start, int end, bool isArticle, out Located? place, out Located? publisher, bool serialPlace = false)
    {
        place = publisher = null;
        var sep = TextScan.IndexOfAnyOutsideQuotes(text, start, end, ",:");
        // "Cambridge, Mass.; London" (places joined by ';', no publisher) and "Cambridge, Mass." (a state after its
        // town) are one place.
        if (sep >= 0 && text[sep] == ',' && TextScan.IndexOfAnyOutsideQuotes(text, start, end, ":") < 0
            && (TextScan.IndexOfAnyOutsideQuotes(text, start, end, ";") >= 0 || Conventions.IsStateAbbreviation(text.AsSpan(sep + 1, end - sep - 1))))
            sep = -1;
        // "Cambridge, Mass.: Harvard University Press": a state after its town, before the publisher's colon, is the place's.
        if (sep >= 0 && text[sep] == ',' && TextScan.IndexOfAnyOutsideQuotes(text, sep + 1, end, ":") is var stateColon and > 0
            && Conventions.IsStateAbbreviation(text.AsSpan(sep + 1, stateColon - sep - 1)))
            sep = stateColon;
        // "М., Л.: Наука": a comma between two abbreviated places, before the publisher's colon.
        if (sep >= 0 && text[sep] == ',' && TextScan.IndexOfAnyOutsideQuotes(text, start, end, ":") is var colon and > 0
            && AbbreviatedPlaces(text.AsSpan(start, colon - start).Trim()))
            sep = colon;
        // "M.; L.: Nauka" keeps both places together.
        var candidateEnd = sep >= 0 ? sep : end;
        // "Б. м., 1920", "[Б. м.]: Тип. Петрова": the book gives no place; the imprint is read, no place recorded.
        if (IsNoPlaceMark(text, start, candidateEnd))
        {
            if (sep >= 0) publisher = TextScan.Locate(text, sep + 1, end, " ,:");
            return true;
        }
        // "Ötüken Yayınevi, 2008": a Turkish publishing house named without its place (two capitalised words, as a place may be).
        if (sep < 0 && EndsWithTurkishPublisherWord(text, start, end))
        {
            publisher = TextScan.Locate(text, start, end, " ,:");
            return true;
        }
        if (!LooksLikePlace(text.AsSpan(start, candidateEnd - start).Trim(), strict: isArticle, serialPlace)) return false;
        place = TextScan.Locate(text, start, candidateEnd);
        // "М. : Наука ; Краснодар : Кубанькино": a co-publisher's place and name after " ; " are recorded nowhere; the first
        // pair is the imprint's.
        var publisherEnd = end;
        if (sep >= 0 && text[sep] == ':' && TextScan.IndexOfAnyOutsideQuotes(text, sep + 1, end, ";") is var semi and > 0
            && TextScan.IndexOfAnyOutsideQuotes(text, semi + 1, end, ":") > semi)
            publisherEnd = semi;
        if (sep >= 0) publisher = TextScan.Locate(text, sep + 1, publisherEnd, " ,:") is { } named ? WithoutPublisherWord(named) : null;
        return true;
    }

    // The issue written with its word and a colon closing text[start..end) ("say: 1"), end moved before it; or null.
    private static Located? WordedIssueAtEnd(string text, int start, ref int end)
    {
        if (IssueWithColonAtEnd.Find(text, start, end - start) is not { } m) return null;
        var (n, ne) = TrailingNumber(text, m.Index, m.Index + m.Length);
        (_, end) = TextScan.Trim(text, start, m.Index, Separators);
        return new Located(text[n..ne], new TextSpan(n, ne - n));
    }

    // A journal's run or a volume written with its word and a colon closing text[start..end) ("yıl 54", "cild: 19"), end
    // moved before it; or null.
    private static Located? WordedRunAtEnd(string text, int start, ref int end)
    {
        if (RunVolumeAtEnd.Find(text, start, end - start) is not { } m) return null;
        var (n, ne) = TrailingNumber(text, m.Index, m.Index + m.Length);
        (_, end) = TextScan.Trim(text, start, m.Index, Separators);
        return new Located(text[n..ne], new TextSpan(n, ne - n));
    }

    /// <summary>True when text[start..end) is a name of two words or more whose last is a Turkish publishing house's word (<c>Ötüken Yayınevi</c>).</summary>
    internal static bool EndsWithTurkishPublisherWord(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .,:");
        if (e <= s) return false;
        var space = text.LastIndexOf(' ', e - 1, e - s);
        if (space <= s || !char.IsUpper(text[s])) return false;
        var last = text.AsSpan(space + 1, e - space - 1);
        foreach (var word in Vocabulary.TurkishPublisherWords)
            if (last.SequenceEqual(word)) return true;
        return false;
    }

    // What of a name follows the word naming its kind (its first wordLength characters), trimmed and without the
    // quotation marks that enclose it whole; the name unchanged where nothing follows.
    private static Located AfterWord(Located name, int wordLength)
    {
        var value = name.Value;
        var (a, b) = TextScan.Trim(value, wordLength, value.Length);
        if (b - a > 2 && TextScan.IsOpeningQuote(value[a], single: false) && TextScan.IsClosingQuote(value[b - 1], single: false)) (a, b) = (a + 1, b - 1);
        return b > a ? new Located(value[a..b], new TextSpan(name.Span.Offset + a, b - a)) : name;
    }

    // "გამომც. „საბჭოთა საქართველო“": the publishing house's name without the word for one and the quotation marks.
    private static Located WithoutPublisherWord(Located publisher)
    {
        var value = publisher.Value;
        foreach (var word in Vocabulary.GeorgianPublisherWords)
        {
            if (!value.StartsWith(word, StringComparison.Ordinal)) continue;
            return AfterWord(publisher, word.Length);
        }
        return publisher;
    }

    // The digits closing text[s..e), as a span.
    private static (int Start, int End) TrailingNumber(string text, int s, int e)
    {
        var n = e;
        while (n > s && char.IsAsciiDigit(text[n - 1])) n--;
        return (n, e);
    }

    // text[s..e) ends in ", 1985 г" (the year of an imprint, with its word).
    private static bool ImprintYearWithWord(string text, int s, int e)
    {
        var y = e - 1;
        if (y <= s || text[y] != 'г') return false;
        y--;
        if (y > s && char.IsWhiteSpace(text[y])) y--;
        if (y - 4 < s || !Conventions.IsYear(text.AsSpan(y - 3, 4))) return false;
        var (_, before) = TextScan.Trim(text, s, y - 3);
        return before > s && text[before - 1] == ',';
    }

    // The last comma in text[s..e), outside quotes, that an abbreviated place follows ("…, М.", "…, М.: Наука"), or -1.
    private static int PlaceAfterComma(string text, int s, int e)
    {
        for (var comma = TextScan.LastIndexOutsideQuotes(text, s, e, ','); comma > s; comma = TextScan.LastIndexOutsideQuotes(text, s, comma, ','))
        {
            var (ps, pe) = TextScan.Trim(text, comma + 1, e);
            var stop = TextScan.IndexOfAnyOutsideQuotes(text, ps, pe, ",:");
            if (stop < 0) stop = pe;
            var candidate = text.AsSpan(ps, TextScan.Trim(text, ps, stop).End - ps);
            // A lone Latin capital after a comma is as likely an initial ("Ivanov, M., 1990") as Moscow.
            if (Conventions.IsAbbreviatedPlace(candidate) && !(candidate.Length == 2 && char.IsAsciiLetterUpper(candidate[0]))) return comma;
        }
        return -1;
    }

    // Several abbreviated places joined by a dash, a semicolon or a comma, spaced or not ("М. – Л.", "М.–Л.", "М., Л.").
    private static bool AbbreviatedPlaces(ReadOnlySpan<char> candidate)
    {
        var parts = 0;
        foreach (var range in candidate.SplitAny("-–—;, "))
        {
            var part = candidate[range];
            if (part.IsEmpty) continue;
            if (!Conventions.IsAbbreviatedPlace(part)) return false;
            parts++;
        }
        return parts >= 2;
    }

    private static bool LooksLikePlace(ReadOnlySpan<char> candidate, bool strict, bool knownPlace = false)
    {
        if (candidate.Length == 0) return false;
        if (Conventions.IsAbbreviatedPlace(candidate) || AbbreviatedPlaces(candidate)) return true;
        // "// Сборник материалов … Кавказа. Тифлис, 1890. Вып. 10": a serial's place written in full, where only a place the
        // lexicon knows is taken (a periodical's last sentence may be any capitalised words).
        if (strict) return knownPlace && Labelling.Lexicon.IsPlaceName(candidate);
        // "Москва ; Берлин", "Алма-Ата ; М.": several places joined by GOST's ';'.
        if (candidate.Contains(';') && TextScan.IsPlaceList(candidate)) return true;
        // The words are the runs between spaces and hyphens, walked in place: no word array, no enumerator.
        var words = 0;
        var anyGeorgian = false;
        for (var i = 0; i < candidate.Length; i++)
        {
            if (char.IsDigit(candidate[i])) return false;
            if (candidate[i] is ' ' or '-' || (i > 0 && candidate[i - 1] is not (' ' or '-'))) continue;
            var end = candidate[i..].IndexOfAny(' ', '-');
            var word = end < 0 ? candidate[i..] : candidate.Slice(i, end);
            // Georgian has no capitals: a place is one word of it (თბილისი, ქუთაისი), where other scripts allow three.
            var georgian = TextScan.IsGeorgian(word[0]);
            if (georgian) anyGeorgian = true;
            if (++words > (anyGeorgian ? 1 : 3) || !(char.IsUpper(word[0]) || georgian || Conventions.IsPlaceParticle(word))) return false;
        }
        return true;
    }

    /// <summary>Collects the statements that follow a title: volume, edition, genre, responsibility.</summary>
    internal struct Builder
    {
        public Located? Genre, Volume, Edition, Responsibility, Issue;
        // Made when a statement names one: most citations have none, and the parse keeps what it returns.
        public List<CslName>? Compilers, Editors, Translators;

        /// <summary>
        /// Takes a sentence after a title's or container's first as statements: all of it, or the statement after a slash
        /// in it and what stands before the slash ("Переписка. 1921–1931 гг. / Сост. …", "Очерки. Т. 2 / отв. ред. …");
        /// -1 when all of it was taken, else where the title or container it goes on in ends.
        /// </summary>
        public int TakeSentence(string text, int a, int b)
        {
            var later = text.IndexOf(" / ", a, b - a, StringComparison.Ordinal);
            if (later > a && Responsibility is null && TakeStatement(text, later + 3, b))
                return TakeStatement(text, a, later) ? -1 : TextScan.Trim(text, a, later).End;
            return TakeStatement(text, a, b) ? -1 : b;
        }

        public bool TakeStatement(string text, int start, int end)
        {
            // A volume is read in place: the statement itself is kept only as another kind of statement.
            var (ls, le) = TextScan.Trim(text, start, end, " .,;:");
            if (le <= ls) return true;
            // "Т. 2: 1917–1922": the volume's number, then what it covers.
            var colon = text.IndexOf(':', ls, le - ls);
            var volumeEnd = colon < 0 ? le : TextScan.Trim(text, ls, colon).End;
            if (VolumeSegment.Find(text, ls, volumeEnd - ls) is { } vm)
            {
                var (n, nEnd) = VolumeNumber(text, vm.Index, vm.Length);
                Volume = new Located(text[n..nEnd], new TextSpan(n, nEnd - n));
                return true;
            }
            // "Вып. 3" of a serial collection or a multi-part book is its issue.
            if (IssueSegment.Find(text, ls, le - ls) is { } im)
            {
                var (_, number) = IssueParts(text, im.Index);
                Issue ??= new Located(text[number..le], new TextSpan(number, le - number));
                return true;
            }
            // "В 3 т." (the size of a set), "Кн. 1", "Ч. 2": recorded nowhere; a volume may follow the set's size.
            if (SetSize.Find(text, ls, le - ls) is { } set)
            {
                var rest = TextScan.Trim(text, set.Index + set.Length, le, " .,;:").Start;
                return rest >= le || TakeStatement(text, rest, le);
            }
            if (PartAtEnd.Find(text, ls, le - ls) is { Index: var pi } && TextScan.Trim(text, ls, pi, " .,").End <= ls) return true;
            // Azerbaijani writes the number first ("I kitab", "2-ci hissə"): recorded nowhere, as "Кн. 1" is.
            if (AzerbaijaniPart.Find(text, ls, le - ls) is { } ap && ap.Length == le - ls) return true;
            var located = new Located(text[ls..le], new TextSpan(ls, le - ls));
            var v = located.Value;
            if (EditionSegment.IsMatch(v) || EditionInWords.IsMatch(v)) { Edition = located; return true; }
            if (ResponsibilityReader.TryRead(located, out var genre, out var roles))
            {
                Responsibility = located;
                if (genre is not null) Genre ??= NormaliseGenre(genre);
                foreach (var (role, names) in roles)
                {
                    var list = role switch { CreatorRole.Compiler => Compilers ??= new(), CreatorRole.Editor => Editors ??= new(), CreatorRole.Translator => Translators ??= new(), _ => null };
                    if (list is null) continue;
                    foreach (var n in names)
                        if (!list.Contains(n)) list.Add(n);
                }
                return true;
            }
            var space = v.IndexOf(' ');
            if (Conventions.IsCollectionWord(space < 0 ? v : v.AsSpan(0, space))) { Genre ??= NormaliseGenre(located); return true; }
            return false;
        }

        private static Located NormaliseGenre(Located genre)
        {
            // The first word and the rest at the first space, as Split(' ', 2) gives them, read in place.
            var value = genre.Value;
            var space = value.IndexOf(' ');
            var first = space < 0 ? value.AsSpan() : value.AsSpan(0, space);
            return Conventions.TryGetCollectionWord(first, out var standard) && !first.SequenceEqual(standard)
                ? genre with { Value = standard + (space >= 0 ? " " + value[(space + 1)..] : "") }
                : genre;
        }
    }
}
