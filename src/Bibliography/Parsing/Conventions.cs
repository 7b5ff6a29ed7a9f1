using System.Text.RegularExpressions;

namespace Bibliography.Parsing;

/// <summary>The words Azerbaijani, Russian (Cyrillic and transliterated) and English citations use, in one place.</summary>
/// <remarks>
/// Patterns are built for <see cref="RegexOptions.NonBacktracking"/>: linear time whatever a PDF extractor
/// feeds in, which is why they use no lookarounds or backreferences; boundaries are checked in code.
/// </remarks>
internal static class Conventions
{
    /// <summary>Options of the patterns that search: linear time whatever the input.</summary>
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>
    /// Options of patterns anchored at the start of a part (a name, a segment): non-backtracking too, so no input
    /// can make them slow and no wall-clock timeout can make a result depend on how busy the machine is.
    /// </summary>
    public const RegexOptions Anchored = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>
    /// Options of patterns run on the backtracking engine because they take linear time there too: anchored with only
    /// bounded repeats, or searching with every unbounded repeat followed by a token it cannot match (<c>\s+</c> before a
    /// digit or a letter), so a failed try costs a bounded step at each place and no input makes them slow.
    /// </summary>
    /// <remarks>
    /// The non-backtracking engine's set-up grows with the distinct letters a pattern spells: a pattern holding
    /// <see cref="MonthPattern"/> (months in five alphabets) took 27-97 ms and 19-23 MB to build, against under 1 ms on
    /// this engine, and a first extract of 100,000 footnotes built such patterns before reading one
    /// (tests/Bibliography.Benchmarks/README.md). Each pattern built with these options says in a comment why it is
    /// linear, and LinearPatternTests holds every one of them to its non-backtracking twin's matches and to linear time
    /// on long adversarial input.
    /// </remarks>
    public const RegexOptions Linear = RegexOptions.CultureInvariant;

    /// <summary>A hyphen or dash between the two ends of a range.</summary>
    public const string Dash = @"[-‐‑‒–—]";

    /// <summary>A verso mark after a folio number (<see cref="Vocabulary.Verso"/>): <c>arxa</c>, <c>об.</c>, <c>ob.</c>, <c>v</c>.</summary>
    public static readonly string Verso = Vocabulary.VersoAlternation();

    /// <summary>
    /// One folio or page number with an optional verso mark, or the recto mark r (<c>23r</c>), or a letter of a folio
    /// inserted after it, Cyrillic or Latin (<c>17а</c>, <c>17a</c>, <c>12b</c>).
    /// </summary>
    private static readonly string Number = @"\d+(?:[абвгАБВГ]|[rab]\b)?(?:\s*" + Verso + ")?";

    /// <summary>A number or a range of numbers.</summary>
    private static readonly string NumberRange = Number + @"(?:\s*" + Dash + @"\s*" + Number + @")?";

    /// <summary>The English word that joins the last of several names or pages (<c>Ivanov and Petrov</c>, <c>pp. 25 and 27</c>).</summary>
    public const string And = Vocabulary.And;

    /// <summary>A number, a range of numbers, or a comma list of both.</summary>
    public static readonly string NumberList = NumberRange + @"(?:\s*,\s*" + NumberRange + ")*";

    /// <summary>A page of front matter in small Roman numerals (<c>xiv</c>), a whole word.</summary>
    public static readonly string RomanPage = RomanClass(small: true) + @"{1,8}\b";

    /// <summary>
    /// A page as only a page keyword introduces it: a number, a front-matter page in small Roman numerals (<c>p. xiv</c>,
    /// <c>pp. xii–xv</c>), or a newspaper's section page (<c>p. A14</c>, <c>pp. A1, 18</c>).
    /// </summary>
    private static readonly string PageRange = @"(?:" + NumberRange + @"|[A-H]\d+(?:\s*" + Dash + @"\s*[A-H]?\d+)?|" + RomanPage + @"(?:\s*" + Dash + @"\s*" + RomanPage + @")?)";

    /// <summary>
    /// Pages after a page keyword: a <see cref="NumberList"/> whose last numbers may be joined by <c>and</c> (<c>pp. 25 and
    /// 27</c>, <c>224, 228 and 230</c>). (Only pages: the levels of a shelf mark keep the plain list.)
    /// </summary>
    public static readonly string PageNumberList = PageRange + @"(?:(?:\s*,\s*|(?:\s*,)?\s+" + And + @"\s+)" + PageRange + ")*";

    /// <summary>The endings of an Azerbaijani ordinal written in figures (<c>2-ci cild</c>, <c>4-cü nəşr</c>), the hyphen optional.</summary>
    public static readonly string AzerbaijaniOrdinal =
        "(?:-?" + Vocabulary.Alternation(Vocabulary.AzerbaijaniYearEndings.Select(e => e.TrimStart('-'))) + ")";

    /// <summary>
    /// The running number a periodical gives in brackets after its issue or volume number (<c>№ 5 (2555)</c>, <c>Т. 2
    /// (34)</c>): part of the number as written.
    /// </summary>
    public const string RunningNumber = @"(?:\s?\(\d+\))?";

    /// <summary>Folio keywords (<c>vərəq</c>, <c>л.</c>, <c>ll.</c>, <c>ff.</c>).</summary>
    public static readonly string FolioKeyword = Vocabulary.Alternation(KeywordLevel.Folio);

    /// <summary>Page keywords (<c>s.</c>, <c>с.</c>, <c>p.</c>, <c>səh.</c>).</summary>
    public static readonly string PageKeyword = Vocabulary.Alternation(KeywordLevel.Page);

    /// <summary>The keyword of an article of a law in a legal gazette (<c>СУ РСФСР. 1922. № 4. Ст. 44</c>).</summary>
    public static readonly string LawArticleKeyword = Vocabulary.Alternation(Vocabulary.LawArticleAbbreviations);

    /// <summary>Volume keywords (<c>c.</c> for cild, <c>т.</c>, <c>vol.</c>).</summary>
    public static readonly string VolumeKeyword = Vocabulary.Alternation(KeywordLevel.Volume);

    /// <summary>Issue keywords (<c>№</c>, <c>No.</c>, <c>вып.</c>).</summary>
    public static readonly string IssueKeyword = Vocabulary.Alternation(KeywordLevel.Issue);

    // The months, from Vocabulary.MonthNames.
    private static readonly IReadOnlyList<(string[] Names, int Month)> MonthTable = Vocabulary.MonthNames;

    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>The pattern of a month name in any of the conventions, lower case or capitalised (<c>марта</c>, <c>Марта</c>), longest first.</summary>
    /// <remarks>
    /// The initial is one character class (<c>[мМ]арта</c>), not two alternatives (<c>марта|Марта</c>): the same names in the
    /// same order, but a non-backtracking pattern holding it costs half the set-up (21 ms and 9.4 MB allocated against 47 ms
    /// and 19 MB for the month-and-day search that Conventions.FindMonthDay now reads in code; tests/Bibliography.Benchmarks/README.md).
    /// </remarks>
    public static readonly string MonthPattern = "(?:" + string.Join("|",
        MonthTable.SelectMany(m => m.Names).OrderByDescending(n => n.Length).Select(n => "[" + n[0] + char.ToUpperInvariant(n[0]) + "]" + Regex.Escape(n[1..]))) + ")";

    private static Dictionary<string, int> BuildMonths()
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (names, month) in MonthTable)
            foreach (var n in names) d[n] = month;
        return d;
    }

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthsBySpan = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The month number of a month name, or null.</summary>
    public static int? MonthOf(string name) => MonthOf(name.AsSpan());

    /// <summary>The month number of a month name written in a span (no copy is made), or null.</summary>
    public static int? MonthOf(ReadOnlySpan<char> name) => MonthsBySpan.TryGetValue(name.Trim().TrimEnd('.'), out var m) ? m : null;

    // Every spelling MonthPattern matches: each name as listed and with its initial capitalised, compared exactly.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthSpellings = MonthTable
        .SelectMany(m => m.Names).SelectMany(n => new[] { n, char.ToUpperInvariant(n[0]) + n[1..] })
        .ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestMonth = MonthTable.SelectMany(m => m.Names).Max(n => n.Length);

    /// <summary>
    /// The first match of <c>MONTH\s+\d{1,2}(?:[\s,.]|$)</c> in text[start..start+length), MONTH being
    /// <see cref="MonthPattern"/> (<c>March 3,</c>, <c>марта 12</c>): where it stands, or null.
    /// </summary>
    /// <remarks>
    /// Read in code, not by a pattern: a non-backtracking pattern holding the months of five alphabets took ~0.1 s and
    /// 19 MB to build, and the backtracking engine tries every name at every letter (tests/Bibliography.Benchmarks/README.md).
    /// A month name holds no white space, so it ends where a run of white space begins, and it may start anywhere in the
    /// word before (the pattern has no boundary there): the leftmost name ending at the first run that a day follows wins,
    /// as the pattern's leftmost match does. MatchShapeTests holds it to the pattern.
    /// </remarks>
    public static (int Index, int Length)? FindMonthDay(string text, int start, int length)
    {
        var end = start + length;
        for (var gap = start + 1; gap < end; gap++)
        {
            if (!char.IsWhiteSpace(text[gap]) || char.IsWhiteSpace(text[gap - 1])) continue;
            var day = gap;
            while (day < end && char.IsWhiteSpace(text[day])) day++;
            var dayEnd = day;
            while (dayEnd < end && dayEnd - day < 2 && char.IsAsciiDigit(text[dayEnd])) dayEnd++;
            // One digit fewer leaves a digit where the separator must stand, so only the longest day can match.
            if (dayEnd == day || (dayEnd < end && !IsDateSeparator(text[dayEnd]))) continue;
            for (var month = Math.Max(start, gap - LongestMonth); month < gap; month++)
                if (MonthSpellings.Contains(text.AsSpan(month, gap - month)))
                    return (month, (dayEnd < end ? dayEnd + 1 : dayEnd) - month);
        }
        return null;
    }

    /// <summary>
    /// The first match of <c>(?:^|[\s,.])(?:\d{1,2}\s+)?MONTH$</c> in text[start..start+length), MONTH being
    /// <see cref="MonthPattern"/> (<c>, 12 марта</c>, <c> Ноябрь</c> closing a part): where it stands, or null.
    /// </summary>
    /// <remarks>
    /// Read in code for the reason <see cref="FindMonthDay"/> is: the month closes the text (before a final line feed, as
    /// <c>$</c> allows), and of the names ending there, the match opens at the leftmost place a separator, the start, or a
    /// day after one, allows. MatchShapeTests holds it to the pattern.
    /// </remarks>
    public static (int Index, int Length)? FindDayMonthAtEnd(string text, int start, int length)
    {
        var end = start + length;
        var monthEnd = end > start && text[end - 1] == '\n' ? end - 1 : end;
        var found = int.MaxValue;
        for (var month = Math.Max(start, monthEnd - LongestMonth); month < monthEnd; month++)
        {
            if (!MonthSpellings.Contains(text.AsSpan(month, monthEnd - month))) continue;
            if (month == start || IsDateSeparator(text[month - 1])) found = Math.Min(found, month == start ? start : month - 1);
            var spaces = month;
            while (spaces > start && char.IsWhiteSpace(text[spaces - 1])) spaces--;
            var day = spaces;
            while (day > start && spaces - day < 2 && char.IsDigit(text[day - 1])) day--;
            // As in FindMonthDay, only the longest day can follow a separator or the start.
            if (spaces < month && day < spaces && (day == start || IsDateSeparator(text[day - 1]))) found = Math.Min(found, day == start ? start : day - 1);
        }
        return found == int.MaxValue ? null : (found, monthEnd - found);
    }

    // [\s,.]: what may stand before a day or a month and after a day.
    private static bool IsDateSeparator(char c) => char.IsWhiteSpace(c) || c is ',' or '.';

    /// <summary>
    /// The year of a date in figures opening text[start..end) (<c>12.3.1990</c>, with <paramref name="twoDigitYear"/>
    /// also <c>26.12.70</c>): where it stands, or null.
    /// </summary>
    /// <remarks>
    /// The day and the month are one or two ASCII digits, each closed by a full stop; the year is a run of four digits
    /// (or two) that no further digit follows, so a page or a number glued to it makes no date. One test for every
    /// reader, so that a press list, a quoted paper and a name before a date agree on what a date in figures is.
    /// </remarks>
    public static (int Index, int Length)? NumericDateYear(string text, int start, int end, bool twoDigitYear = false)
    {
        var at = start;
        for (var part = 0; part < 2; part++)
        {
            var from = at;
            while (at < end && at - from < 3 && char.IsAsciiDigit(text[at])) at++;
            if (at - from is < 1 or > 2 || at >= end || text[at++] != '.') return null;
        }
        var year = at;
        while (at < end && at - year < 5 && char.IsAsciiDigit(text[at])) at++;
        return at - year == 4 || (twoDigitYear && at - year == 2) ? (year, at - year) : null;
    }

    /// <summary>Descriptors of a collection, with their standard spelling (a misspelling maps to the right form).</summary>
    public static IReadOnlyDictionary<string, string> CollectionWords => CollectionWordTable;

    /// <summary>True when <paramref name="word"/> is one of <see cref="CollectionWords"/> (no copy is made).</summary>
    public static bool IsCollectionWord(ReadOnlySpan<char> word) => CollectionWordsBySpan.ContainsKey(word);

    /// <summary>The standard spelling of the collection word <paramref name="word"/> (no copy is made); false when it is none.</summary>
    public static bool TryGetCollectionWord(ReadOnlySpan<char> word, out string standard) => CollectionWordsBySpan.TryGetValue(word, out standard!);

    private static readonly Dictionary<string, string> CollectionWordTable = Standardised(Vocabulary.CollectionDescriptors);

    // Each written form to its standard spelling, compared ignoring case (a later form of the same word wins, as an
    // indexer initialiser would have it).
    private static Dictionary<string, string> Standardised(IEnumerable<(string Written, string Standard)> descriptors)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (written, standard) in descriptors) d[written] = standard;
        return d;
    }

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CollectionWordsBySpan = CollectionWordTable.GetAlternateLookup<ReadOnlySpan<char>>();


    /// <summary><see cref="Vocabulary.CommentaryPrefixes"/>, as the readers look them up.</summary>
    public static readonly string[] CommentaryPrefixes = [.. Vocabulary.CommentaryPrefixes];

    /// <summary><see cref="Vocabulary.PatronymicWords"/>, as the readers look them up.</summary>
    public static readonly string[] PatronymicWords = [.. Vocabulary.PatronymicWords];

    /// <summary><see cref="Vocabulary.AzerbaijaniFamilyEndings"/>, as the readers look them up.</summary>
    public static readonly string[] AzerbaijaniFamilyEndings = [.. Vocabulary.AzerbaijaniFamilyEndings];

    /// <summary>The patronymic word as a pattern (<see cref="PatronymicWords"/>).</summary>
    public static readonly string PatronymicWord = "(?:" + string.Join("|", PatronymicWords) + ")";

    /// <summary>A word written with a capital and small letters, a hyphen joining two such (<c>Əli</c>, <c>Məmmədova-Hüseynova</c>).</summary>
    public const string CapitalisedWord = @"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?";

    /// <summary>The shortest family name told by its ending alone (<c>Əli</c>, a given name, ends as <c>Quliyev</c>'s kin do not).</summary>
    private const int ShortestFamilyByEnding = 5;

    /// <summary>True when <paramref name="word"/> is long enough and ends as an Azerbaijani family name does.</summary>
    public static bool IsAzerbaijaniFamilyName(ReadOnlySpan<char> word)
    {
        if (word.Length < ShortestFamilyByEnding) return false;
        foreach (var ending in AzerbaijaniFamilyEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>True when <paramref name="word"/> ends as an Azerbaijani family name in Latin or Cyrillic letters (<c>Kərimli</c>, <c>Алиев</c>): a known family form.</summary>
    public static bool IsKnownFamilyForm(ReadOnlySpan<char> word)
    {
        return IsAzerbaijaniFamilyName(word) || word.Length >= ShortestFamilyByEnding && TextScan.EndsWithOneOf(word, Vocabulary.CyrillicFamilyEndings);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNamesBySpan =
        Vocabulary.GivenNames.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is one of the <see cref="Vocabulary.GivenNames"/>, as written.</summary>
    public static bool IsGivenName(ReadOnlySpan<char> word) => GivenNamesBySpan.Contains(word);

    /// <summary>The length of the <see cref="CommentaryPrefixes"/> entry opening text[at..end) as a word, or 0.</summary>
    public static int CommentaryPrefixAt(string text, int at, int end) => LeadAt(CommentaryPrefixes, ",:", text, at, end);

    // The first of leads opening text[at..end) as a word (a space, comma or colon after it, or its last mark one of
    // closedBy), compared ignoring case: its length, or 0.
    private static int LeadAt(string[] leads, string closedBy, string text, int at, int end)
    {
        foreach (var lead in leads)
            if (end - at > lead.Length && string.Compare(text, at, lead, 0, lead.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (text[at + lead.Length] is ' ' or ',' or ':' || closedBy.Contains(lead[^1])))
                return lead.Length;
        return 0;
    }

    /// <summary><see cref="Vocabulary.SentenceLeadIns"/>, as the readers look them up.</summary>
    public static readonly string[] SentenceLeadIns = [.. Vocabulary.SentenceLeadIns];

    /// <summary>The length of the <see cref="SentenceLeadIns"/> entry opening text[at..end) as a word, or 0.</summary>
    public static int SentenceLeadInAt(string text, int at, int end) => LeadAt(SentenceLeadIns, ".", text, at, end);

    /// <summary><see cref="Vocabulary.SeeAfterPhrase"/>, as the readers look them up.</summary>
    public static readonly string[] SeeAfterPhrase = [.. Vocabulary.SeeAfterPhrase];

    /// <summary><see cref="Vocabulary.RussianLeadInOpenings"/>, as the readers look them up.</summary>
    public static readonly string[] RussianLeadInOpenings = [.. Vocabulary.RussianLeadInOpenings];

    /// <summary><see cref="Vocabulary.RussianBareLeadIns"/>, as the readers look them up.</summary>
    public static readonly string[] RussianBareLeadIns = [.. Vocabulary.RussianBareLeadIns];

    /// <summary><see cref="Vocabulary.LanguageNoteEnds"/>, as the readers look them up.</summary>
    public static readonly string[] LanguageNoteEnds = [.. Vocabulary.LanguageNoteEnds];

    /// <summary><see cref="Vocabulary.RussianLeadInEndings"/>, as the readers look them up.</summary>
    public static readonly string[] RussianLeadInEndings = [.. Vocabulary.RussianLeadInEndings];

    /// <summary><see cref="Vocabulary.WebAddressOpenings"/>, as the readers look them up.</summary>
    public static readonly string[] WebAddressOpenings = [.. Vocabulary.WebAddressOpenings];

    /// <summary><see cref="Vocabulary.AccessedWords"/>, as the readers look them up.</summary>
    public static readonly string[] AccessedWords = [.. Vocabulary.AccessedWords];

    /// <summary><see cref="Vocabulary.AccessStatements"/>, as the readers look them up.</summary>
    public static readonly string[] AccessStatements = [.. Vocabulary.AccessStatements];

    /// <summary><see cref="Vocabulary.StandardNumberMarks"/>, as the readers look them up.</summary>
    public static readonly string[] StandardNumberMarks = [.. Vocabulary.StandardNumberMarks];

    /// <summary><see cref="Vocabulary.IllustrationMarks"/> without their full stops, as the readers compare them.</summary>
    public static readonly string[] IllustrationMarks = [.. Vocabulary.IllustrationMarks.Select(m => m.TrimEnd('.'))];

    /// <summary><see cref="Vocabulary.MaterialDesignations"/>, as the readers look them up.</summary>
    public static readonly string[] MaterialDesignations = [.. Vocabulary.MaterialDesignations];

    /// <summary><see cref="Vocabulary.ThesisWords"/>, as the readers look them up.</summary>
    public static readonly string[] ThesisWords = [.. Vocabulary.ThesisWords];

    /// <summary><see cref="Vocabulary.EtAlPhrases"/>, as the readers look them up.</summary>
    public static readonly string[] EtAlPhrases = [.. Vocabulary.EtAlPhrases];

    /// <summary>The Azerbaijani et al. (<c>və b.</c>, "və başqaları"), which the az-AZ locale's term prints too.</summary>
    public const string AzerbaijaniEtAl = Vocabulary.AzerbaijaniEtAl;

    // An et al. phrase opens a part, closes one, or is one: the three readings below, all from EtAlPhrases.

    /// <summary>Where text after an et al. phrase opening text[at..end) goes on (spaces and commas before it skipped; the phrase not running into a letter), else <paramref name="at"/>.</summary>
    public static int SkipEtAl(string text, int at, int end)
    {
        var (s, _) = TextScan.Trim(text, at, end, " ,");
        foreach (var phrase in EtAlPhrases)
        {
            var after = s + phrase.Length;
            if (after <= end && string.Compare(text, s, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == end || !char.IsLetter(text[after])))
                return after;
        }
        return at;
    }

    /// <summary>
    /// Where an et al. phrase closing text[start..end) begins (<c>Иванов И. И. и др.</c>; its full stop may have been
    /// trimmed already), after something else and a space or punctuation; -1 when none closes it.
    /// </summary>
    public static int EtAlClosing(string text, int start, int end)
    {
        foreach (var written in EtAlClosings)
        {
            var at = end - written.Length;
            if (at > start && string.Compare(text, at, written, 0, written.Length, StringComparison.OrdinalIgnoreCase) == 0 && !char.IsLetterOrDigit(text[at - 1]))
                return at;
        }
        return -1;
    }

    // Each et al. phrase as it may close a part: as written, then without its full stop (in EtAlPhrases' order).
    private static readonly string[] EtAlClosings = [.. EtAlPhrases.SelectMany(p => p.EndsWith('.') ? new[] { p, p[..^1] } : [p])];

    /// <summary>True when <paramref name="part"/> is an et al. phrase and nothing else (spaces, full stops and brackets aside).</summary>
    public static bool IsEtAl(ReadOnlySpan<char> part)
    {
        part = part.Trim(" .[]");
        foreach (var phrase in EtAlPhrases)
            if (part.Equals(phrase.AsSpan().Trim(" .[]"), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary><see cref="Vocabulary.BookPartWords"/>, as the readers look them up.</summary>
    public static readonly string[] BookPartWords = [.. Vocabulary.BookPartWords];

    /// <summary><see cref="Vocabulary.AzerbaijaniBookPartWords"/>, as the readers look them up.</summary>
    public static readonly string[] AzerbaijaniBookPartWords = [.. Vocabulary.AzerbaijaniBookPartWords];

    /// <summary><see cref="Vocabulary.ArchiveWords"/>, as the readers look them up.</summary>
    public static readonly string[] ArchiveWords = [.. Vocabulary.ArchiveWords];

    /// <summary><see cref="Vocabulary.RenamedArchiveMarks"/>, as the readers look them up.</summary>
    public static readonly string[] RenamedArchiveMarks = [.. Vocabulary.RenamedArchiveMarks];

    /// <summary><see cref="Vocabulary.AbbreviationMarks"/>, as the readers look them up.</summary>
    public static readonly string[] AbbreviationMarks = [.. Vocabulary.AbbreviationMarks];

    /// <summary><see cref="Vocabulary.SecondarySourceJoins"/>, as the readers look them up.</summary>
    public static readonly string[] SecondarySourceJoins = [.. Vocabulary.SecondarySourceJoins];

    /// <summary><see cref="Vocabulary.ArchivalSourceJoins"/>, as the readers look them up.</summary>
    public static readonly string[] ArchivalSourceJoins = [.. Vocabulary.ArchivalSourceJoins];

    /// <summary><see cref="Vocabulary.NameJoiners"/>, as the readers look them up.</summary>
    public static readonly string[] NameJoiners = [.. Vocabulary.NameJoiners];

    /// <summary><see cref="Vocabulary.AuthorJoiners"/>, as the readers look them up.</summary>
    public static readonly string[] AuthorJoiners = [.. Vocabulary.AuthorJoiners];

    /// <summary>The length of an <see cref="AuthorJoiners"/> word and the spaces after it opening text[at..end), or 0.</summary>
    public static int AuthorJoinerAt(string text, int at, int end)
    {
        foreach (var joiner in AuthorJoiners)
        {
            var after = at + joiner.Length;
            if (after >= end || !char.IsWhiteSpace(text[after]) || string.CompareOrdinal(text, at, joiner, 0, joiner.Length) != 0) continue;
            while (after < end && char.IsWhiteSpace(text[after])) after++;
            return after - at;
        }
        return 0;
    }

    /// <summary><see cref="Vocabulary.NameParticles"/>, as the readers look them up.</summary>
    public static readonly HashSet<string> NameParticles = new(Vocabulary.NameParticles, StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticlesBySpan = NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is one of <see cref="NameParticles"/> (no copy is made).</summary>
    public static bool IsNameParticle(ReadOnlySpan<char> word) => NameParticlesBySpan.Contains(word);

    /// <summary>The phrase after a first author that stands for the others (<c>Ivanov et al.</c>).</summary>
    public const string EtAl = Vocabulary.EtAl;

    /// <summary>Words that mark the names before them as editors in English notes (<c>Petrov (ed.)</c>, <c>Ivanov and Petrov, eds.</c>), longest first.</summary>
    public static readonly string[] EditorMarks = Vocabulary.EnglishEditorWords.Select(w => $"({w})").Concat(Vocabulary.EnglishEditorWords).ToArray();

    /// <summary><see cref="Vocabulary.EnglishIssueWords"/>, as the readers look them up.</summary>
    public static readonly string[] EnglishIssueWords = [.. Vocabulary.EnglishIssueWords];

    /// <summary><see cref="Vocabulary.EnglishVolumeWords"/>, as the readers look them up.</summary>
    public static readonly string[] EnglishVolumeWords = [.. Vocabulary.EnglishVolumeWords];

    /// <summary><see cref="Vocabulary.InterviewOpenings"/>, as the readers look them up.</summary>
    public static readonly string[] InterviewOpenings = [.. Vocabulary.InterviewOpenings];

    /// <summary><see cref="Vocabulary.InterviewAfterName"/>, as the readers look them up.</summary>
    public static readonly string[] InterviewAfterName = [.. Vocabulary.InterviewAfterName];

    /// <summary><see cref="Vocabulary.Seasons"/>, as the readers look them up.</summary>
    public static readonly string[] Seasons = [.. Vocabulary.Seasons];

    /// <summary>True when <paramref name="word"/> is one of <see cref="Seasons"/>, in any case.</summary>
    public static bool IsSeason(ReadOnlySpan<char> word) => TextScan.IsOneOf(word.Trim(), Seasons, StringComparison.OrdinalIgnoreCase);

    /// <summary>The word that announces a short form in brackets after a title (<c>(henceforth Ivanov)</c>).</summary>
    public const string Henceforth = Vocabulary.Henceforth;

    /// <summary>The word that opens the container of a chapter in English notes (<c>"Title," in Book</c>).</summary>
    public const string ChapterIn = Vocabulary.ChapterIn;

    /// <summary>
    /// An initial: one capital, or a transliterated digraph (<c>Yu.</c>, <c>Sh.</c>, <c>Ts.</c>) — a general
    /// capital-plus-lowercase would take the <c>Op.</c> of <c>V. Op. cit.</c> for an initial.
    /// </summary>
    public const string Initial = @"\p{Lu}[" + InitialSecondLetters + @"]?\.";

    /// <summary>The small letters that make a digraph initial with the capital before them (<c>Iu.</c>, <c>Zh.</c>, and the Russian <c>Дж.</c> of Джон, Джеймс).</summary>
    public const string InitialSecondLetters = "uaeohsж";

    /// <summary>True when <paramref name="word"/> is an <see cref="Initial"/> and nothing else (no copy is made).</summary>
    public static bool IsInitial(ReadOnlySpan<char> word) =>
        word.Length is 2 or 3 && word[^1] == '.' && char.IsUpper(word[0]) && (word.Length == 2 || InitialSecondLetters.Contains(word[1]));

    /// <summary>
    /// True when <paramref name="word"/> is two or more <see cref="Initial"/>s written without a space between them
    /// (<c>P.M.</c>, <c>N.V.</c>, <c>Iu.A.</c>), as British and many Russian-trained authors set them, or joined by a
    /// hyphen, as the initials of a hyphenated given name are (<c>H.-R.</c>, <c>J.-P.</c>).
    /// </summary>
    public static bool IsGluedInitials(ReadOnlySpan<char> word)
    {
        var count = 0;
        while (!word.IsEmpty)
        {
            if (count > 0 && word[0] == '-') word = word[1..];
            var dot = word.IndexOf('.');
            if (dot < 0 || !IsInitial(word[..(dot + 1)])) return false;
            word = word[(dot + 1)..];
            count++;
        }
        return count >= 2;
    }

    /// <summary>True when <paramref name="text"/> is a year a citation can give: four ASCII digits from 1500 to 2099.</summary>
    public static bool IsYear(ReadOnlySpan<char> text) =>
        text.Length == 4 && text.IndexOfAnyExceptInRange('0', '9') < 0 && (text[0] == '1' && text[1] >= '5' || text[0] == '2' && text[1] == '0');

    /// <summary>
    /// The letters of Roman numerals in the order of their values. Notes number volumes, parts, opisi and front-matter
    /// pages with the first five (I to C) only: D and M are left out, as no caller reads them.
    /// </summary>
    private const string RomanSeries = "IVXLC";

    /// <summary>How many of the Roman letters a volume, part or opis in a note is written with: I, V, X, L, C.</summary>
    public const int RomanNoteLetters = 5;

    /// <summary>
    /// True when <paramref name="c"/> is a Roman numeral's letter: one of the first <paramref name="letters"/> of I, V,
    /// X, L, C (a caller that must not read the <c>C.</c> of an initial asks for four), a capital unless
    /// <paramref name="small"/> asks for small letters only (front-matter pages, <c>xiv</c>).
    /// </summary>
    public static bool IsRomanLetter(char c, int letters = RomanNoteLetters, bool small = false)
    {
        if (small) c = c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : '\0';
        var k = RomanSeries.IndexOf(c);
        return k >= 0 && k < letters;
    }

    /// <summary>The pattern form of <see cref="IsRomanLetter"/>'s contract: a character class of the first <paramref name="letters"/> of the series (<c>[IVXLC]</c>), small where asked.</summary>
    public static string RomanClass(int letters = RomanNoteLetters, bool small = false) =>
        "[" + (small ? RomanSeries[..letters].ToLowerInvariant() : RomanSeries[..letters]) + "]";

    /// <summary>
    /// True when <paramref name="word"/> is one to <paramref name="maxLength"/> Roman letters and nothing else, under the
    /// contract of <see cref="IsRomanLetter"/> (no test of the numeral's grammar: <c>IIII</c> passes, as notes write it).
    /// </summary>
    public static bool IsRoman(ReadOnlySpan<char> word, int maxLength = int.MaxValue, int letters = RomanNoteLetters, bool small = false)
    {
        if (word.IsEmpty || word.Length > maxLength) return false;
        foreach (var c in word)
            if (!IsRomanLetter(c, letters, small)) return false;
        return true;
    }

    /// <summary>
    /// Abbreviations after which a full stop does not end a sentence of a citation: <see cref="Vocabulary.NonTerminalAbbreviations"/>
    /// and, everywhere, the languages of <see cref="Vocabulary.TranslatedFromLanguages"/> (<c>нем.</c>, <c>лат.</c> …).
    /// </summary>
    public static IReadOnlySet<string> NonTerminalAbbreviations => NonTerminal;

    // The vocabulary's list and the languages a translation is made from ("Пер. с англ. А. Б. Петрова"): the statement
    // goes on with the names after the language's full stop. The word before a full stop is letters only, so a language
    // written in two pieces ("др.-греч.") is told by its last ("греч."), itself in the list.
    private static readonly HashSet<string> NonTerminal = new(
        Vocabulary.NonTerminalAbbreviations.Concat(Vocabulary.TranslatedFromLanguages.Select(l => l.TrimEnd('.')).Where(l => !l.Contains('.'))),
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NonTerminalBySpan = NonTerminal.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is one of <see cref="NonTerminalAbbreviations"/> (no copy is made).</summary>
    public static bool IsNonTerminalAbbreviation(ReadOnlySpan<char> word) => NonTerminalBySpan.Contains(word);

    /// <summary><see cref="Vocabulary.PlaceParticles"/>, as the readers look them up.</summary>
    public static readonly HashSet<string> PlaceParticles = new(Vocabulary.PlaceParticles, StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceParticlesBySpan = PlaceParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is one of <see cref="PlaceParticles"/> (no copy is made).</summary>
    public static bool IsPlaceParticle(ReadOnlySpan<char> word) => PlaceParticlesBySpan.Contains(word);

    /// <summary><see cref="Vocabulary.AbbreviatedPlaces"/>, as the readers look them up.</summary>
    public static readonly HashSet<string> AbbreviatedPlaces = new(Vocabulary.AbbreviatedPlaces, StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviatedPlacesBySpan = AbbreviatedPlaces.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="place"/> is one of <see cref="AbbreviatedPlaces"/> (no copy is made).</summary>
    public static bool IsAbbreviatedPlace(ReadOnlySpan<char> place) => AbbreviatedPlacesBySpan.Contains(place);

    /// <summary>
    /// True when <paramref name="place"/> is a place of publication known by name: abbreviated (<c>М.</c>, <c>СПб.</c>) or
    /// written in full as the lexicon lists it (<c>Тифлис</c>, <c>London</c>). The one test readers ask before taking a
    /// word for a place, so that the two lists are always asked together.
    /// </summary>
    public static bool IsKnownPlace(ReadOnlySpan<char> place) => IsAbbreviatedPlace(place) || Labelling.Lexicon.IsPlaceName(place);

    /// <summary>
    /// True when <paramref name="candidate"/> (trimmed) is one short Latin abbreviation (<c>Mass.</c>, <c>Calif.</c>,
    /// <c>N.Y.</c>, <c>N. Y.</c>): a state or province after its town, whether a comma or GOST's <c>;</c> stands before it.
    /// </summary>
    public static bool IsStateAbbreviation(ReadOnlySpan<char> candidate)
    {
        candidate = candidate.Trim();
        if (candidate.Length is < 2 or > 6 || !char.IsAsciiLetterUpper(candidate[0]) || candidate[^1] != '.') return false;
        for (var k = 1; k < candidate.Length; k++)
            if (!(char.IsAsciiLetter(candidate[k]) || candidate[k] == '.' || candidate[k] == ' ' && candidate[k - 1] == '.')) return false;
        return true;
    }
}
