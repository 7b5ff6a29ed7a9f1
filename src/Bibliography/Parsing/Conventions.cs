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

    /// <summary>One folio or page number with an optional verso mark, or the recto mark r (<c>23r</c>).</summary>
    private static readonly string Number = @"\d+(?:[абвгАБВГ]|r\b)?(?:\s*" + Verso + ")?";

    /// <summary>A number or a range of numbers.</summary>
    private static readonly string NumberRange = Number + @"(?:\s*" + Dash + @"\s*" + Number + @")?";

    /// <summary>The English word that joins the last of several names or pages (<c>Ivanov and Petrov</c>, <c>pp. 25 and 27</c>).</summary>
    public const string And = "and";

    /// <summary>A number, a range of numbers, or a comma list of both.</summary>
    public static readonly string NumberList = NumberRange + @"(?:\s*,\s*" + NumberRange + ")*";

    /// <summary>
    /// A page as only a page keyword introduces it: a number, a front-matter page in small Roman numerals (<c>p. xiv</c>,
    /// <c>pp. xii–xv</c>), or a newspaper's section page (<c>p. A14</c>, <c>pp. A1, 18</c>).
    /// </summary>
    private static readonly string PageRange = @"(?:" + NumberRange + @"|[A-H]\d+(?:\s*" + Dash + @"\s*[A-H]?\d+)?|" + RomanPage + @"(?:\s*" + Dash + @"\s*" + RomanPage + @")?)";

    /// <summary>A page of front matter in small Roman numerals (<c>xiv</c>), a whole word.</summary>
    public const string RomanPage = @"[ivxlc]{1,8}\b";

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
    public const string LawArticleKeyword = @"(?:Ст\.|ст\.|St\.)";

    /// <summary>Volume keywords (<c>c.</c> for cild, <c>т.</c>, <c>vol.</c>).</summary>
    public static readonly string VolumeKeyword = Vocabulary.Alternation(KeywordLevel.Volume);

    /// <summary>Issue keywords (<c>№</c>, <c>No.</c>, <c>вып.</c>).</summary>
    public static readonly string IssueKeyword = Vocabulary.Alternation(KeywordLevel.Issue);

    // The months in Azerbaijani, Russian (and its transliteration), English, Ukrainian, Georgian and Georgian typed in
    // the AcadNusx font (kept as stored).
    private static readonly (string[] Names, int Month)[] MonthTable =
    {
        (new[] { "yanvar", "января", "январь", "yanvarya", "january", "jan", "янв", "січня", "січень", "იანვარი", "ianvari" }, 1),
        (new[] { "fevral", "февраля", "февраль", "fevralya", "february", "feb", "февр", "фев", "лютого", "лютий", "თებერვალი", "Tebervali" }, 2),
        (new[] { "mart", "марта", "март", "marta", "march", "mar", "мар", "березня", "березень", "მარტი", "marti" }, 3),
        (new[] { "aprel", "апреля", "апрель", "aprelya", "april", "apr", "апр", "квітня", "квітень", "აპრილი", "aprili" }, 4),
        (new[] { "may", "мая", "май", "maya", "травня", "травень", "მაისი", "maisi" }, 5),
        (new[] { "iyun", "июня", "июнь", "iyunya", "june", "jun", "червня", "червень", "ივნისი", "ivnisi" }, 6),
        (new[] { "iyul", "июля", "июль", "iyulya", "july", "jul", "липня", "липень", "ივლისი", "ivlisi" }, 7),
        (new[] { "avqust", "августа", "август", "avgusta", "august", "aug", "авг", "серпня", "серпень", "აგვისტო", "agvisto" }, 8),
        (new[] { "sentyabr", "сентября", "сентябрь", "sentyabrya", "september", "sep", "sept", "сент", "сен", "вересня", "вересень", "სექტემბერი", "seqtemberi" }, 9),
        (new[] { "oktyabr", "октября", "октябрь", "oktyabrya", "october", "oct", "окт", "жовтня", "жовтень", "ოქტომბერი", "oqtomberi" }, 10),
        (new[] { "noyabr", "ноября", "ноябрь", "noyabrya", "november", "nov", "нояб", "ноя", "листопада", "листопад", "ნოემბერი", "noemberi" }, 11),
        (new[] { "dekabr", "декабря", "декабрь", "dekabrya", "december", "dec", "дек", "грудня", "грудень", "დეკემბერი", "dekemberi" }, 12),
    };

    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>The pattern of a month name in any of the conventions, lower case or capitalised (<c>марта</c>, <c>Марта</c>), longest first.</summary>
    /// <remarks>
    /// The initial is one character class (<c>[мМ]арта</c>), not two alternatives (<c>марта|Марта</c>): the same names in the
    /// same order, but a non-backtracking pattern holding it costs half the set-up (21 ms and 9.4 MB allocated against 47 ms
    /// and 19 MB for NewspaperReader.MonthDay; five patterns hold it; tests/Bibliography.Benchmarks/README.md).
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

    /// <summary>Descriptors of a collection, with their standard spelling (a misspelling maps to the right form).</summary>
    public static IReadOnlyDictionary<string, string> CollectionWords => CollectionWordTable;

    /// <summary>True when <paramref name="word"/> is one of <see cref="CollectionWords"/> (no copy is made).</summary>
    public static bool IsCollectionWord(ReadOnlySpan<char> word) => CollectionWordsBySpan.ContainsKey(word);

    /// <summary>The standard spelling of the collection word <paramref name="word"/> (no copy is made); false when it is none.</summary>
    public static bool TryGetCollectionWord(ReadOnlySpan<char> word, out string standard) => CollectionWordsBySpan.TryGetValue(word, out standard!);

    private static readonly Dictionary<string, string> CollectionWordTable = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Sbornik"] = "Sbornik", ["Zbornik"] = "Sbornik", ["Сборник"] = "Сборник", ["Збоpник"] = "Сборник", ["Сб."] = "Сборник",
        ["Toplu"] = "Toplu", ["Məcmuə"] = "Məcmuə", ["Collection"] = "Collection",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CollectionWordsBySpan = CollectionWordTable.GetAlternateLookup<ReadOnlySpan<char>>();


    /// <summary>
    /// Prose that opens a citation in English notes and belongs to no field (<c>See</c>, <c>Cited in</c>), longest
    /// first so <c>See also</c> is taken whole; compared ignoring case, followed by a space, a comma or a colon.
    /// </summary>
    public static readonly string[] CommentaryPrefixes =
    [
        "See, for example,", "See, e.g.,", "See e.g.", "See also", "Quoted in", "Quoted by", "Quoted from", "Cited in", "Cited by", "Cited from", "Citing", "Quotation:", "Compare", "See", "Cf.", "citing",
        // Azerbaijani "see in more detail", "see also", "on this see", "compare", "see".
        "Daha ətraflı bax", "Ətraflı bax", "Həmçinin bax", "Bu barədə bax", "Müqayisə et", "Müq. et", "Bax həmçinin", "Bax",
    ];

    /// <summary>The Azerbaijani patronymic's words after the father's name (<c>Əli oğlu</c>, "son of Əli"; <c>Məmməd qızı</c>, "daughter of").</summary>
    public static readonly string[] PatronymicWords = ["oğlu", "qızı"];

    /// <summary>
    /// The endings of Azerbaijani family names (<c>Məmmədov</c>, <c>Əliyeva</c>, <c>Hacıbəyli</c>, <c>Rəsulzadə</c>, and
    /// names made of a patronymic: <c>Hüseynoğlu</c>, <c>Dünyaminqızı</c>), longer before the shorter they end in: what tells the family name in two names written without initials.
    /// </summary>
    public static readonly string[] AzerbaijaniFamilyEndings = ["ova", "eva", "ov", "ev", "lı", "li", "lu", "lü", "zadə", "zade", .. PatronymicWords];

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

    /// <summary>
    /// Lead-ins that open a sentence holding a further citation in an English, Azerbaijani or Georgian note, beside the
    /// <see cref="CommentaryPrefixes"/>, which every caller tries after them (<c>… l. 5. Reprinted in Ivanov, …</c>, <c>ეს ციტირებულია:
    /// …</c>), longest first; compared ignoring case. Not in the labeller's lexicon: they only cut notes into sentences.
    /// </summary>
    public static readonly string[] SentenceLeadIns =
    [
        "As quoted in", "As cited in", "Reprinted in", "Reproduced in", "Published in", "Given in", "Also in",
        // Georgian "this is cited (from)", "see".
        "ეს ციტირებულია", "ციტირებულია", "იხილეთ", "იხ.",
    ];

    /// <summary>The length of the <see cref="SentenceLeadIns"/> entry opening text[at..end) as a word, or 0.</summary>
    public static int SentenceLeadInAt(string text, int at, int end) => LeadAt(SentenceLeadIns, ".", text, at, end);

    /// <summary>What closes a phrase of prose leading into a citation (<c>For background, see …</c>, <c>On this: see …</c>).</summary>
    public static readonly string[] SeeAfterPhrase = [", see ", ": see ", " see also "];

    /// <summary>
    /// Words that open the prose leading into a Russian citation (<c>См.:</c>, <c>Цит. по:</c>, <c>Здесь и далее цит.
    /// по:</c>, <c>Опубликовано …:</c>): a sentence opening with one of them and ending in a colon is no part of the
    /// citation after it. Compared ignoring case, at a word's start.
    /// </summary>
    public static readonly string[] RussianLeadInOpenings =
    [
        "См", "Цит", "Ср.", "Здесь и далее", "Опубликован", "Опубл", "Впервые", "Текст", "Список", "Подробнее", "Об этом",
        "Приводится", "Приведено", "Перепечатан", "Изложено", "Sm.", "Tsit", "Cit.",
    ];

    /// <summary>
    /// Lead-ins Russian notes also write without a colon, before an author's name or a shelf mark (<c>См. Иванов А.
    /// Б. …</c>, <c>см. также РГАСПИ. Ф. 17 …</c>, <c>Ср. …</c>), longest first; compared ignoring case. The source lists
    /// of encyclopedia articles (<c>Ист.:</c>, <c>Лит.:</c>) open with their own words and a colon.
    /// </summary>
    public static readonly string[] RussianBareLeadIns = ["См., например,", "См. например", "См. также", "Ср. также", "См. об этом", "См.", "Ср.", "Ист.:", "Лит.:", "Источники:", "Литература:"];

    /// <summary>
    /// The last word of a note on a work's language in brackets after it (<c>(на груз. яз.)</c>, <c>(на азерб.
    /// языке)</c>, <c>(azərb. dilində)</c>, <c>(ქართ. ენაზე)</c>): prose, no part of any field.
    /// </summary>
    public static readonly string[] LanguageNoteEnds = ["яз.", "яз", "языке", "dilində", "ენაზე", "enaze"];

    /// <summary>The last word before the colon of a Russian lead-in (<c>… см.:</c>, <c>… цит. по:</c>, <c>… напр.:</c>, <c>… в журн.:</c>).</summary>
    public static readonly string[] RussianLeadInEndings = ["см.", "по", "напр.", "журн.", "кн.", "сб.", "изд.", "в", "sm.", "po"];

    /// <summary>How a web address opens (<c>http://…</c>, <c>www.…</c>): one in square brackets closing a citation is its electronic copy.</summary>
    public static readonly string[] WebAddressOpenings = ["http://", "https://", "www.", "doi:"];

    /// <summary>
    /// The words an English note dates its reading of a web page with, after the address (<c>(accessed 10 June 2016)</c>,
    /// <c>, accessed March 3, 2012</c>, <c>[last accessed …]</c>), longest first; compared ignoring case. The date goes nowhere.
    /// </summary>
    public static readonly string[] AccessedWords = ["last accessed", "date accessed", "accessed", "retrieved", "consulted", "viewed"];

    /// <summary>
    /// What opens the access statement of an electronic resource in GOST and English notes (<c>URL: …</c>, <c>Режим
    /// доступа: …</c>, <c>(дата обращения: …)</c>): it and what follows close the citation and belong to no field.
    /// Compared ignoring case.
    /// </summary>
    public static readonly string[] AccessStatements = ["URL:", "URL :", "Режим доступа", "(дата обращения", "Available at:", "Available from:", "(accessed"];

    /// <summary>
    /// The general material designation GOST writes in brackets after a title (<c>[Электронный ресурс]</c>,
    /// <c>[Текст]</c>): no part of the title. Compared ignoring case.
    /// </summary>
    public static readonly string[] MaterialDesignations = ["[Электронный ресурс]", "[Электронная версия]", "[Текст]", "[Рукопись]", "[Electronic resource]", "[Mətn]", "[Elektron resurs]"];

    /// <summary>
    /// Words that open the statement of a thesis after its title (<c>: дис. … канд. ист. наук</c>, <c>Автореф. дис.
    /// …</c>): the statement is the genre, not the title. Compared ignoring case, at a word's start.
    /// </summary>
    public static readonly string[] ThesisWords = ["дис.", "дисс.", "диссертация", "диссертации", "автореф.", "автореферат", "dis.", "diss.", "avtoref."];

    /// <summary>
    /// The phrases after the last author named that stand for the others (<c>Иванов А. Б. и др.</c>, <c>[и др.]</c>,
    /// <c>et al.</c>), longest first.
    /// </summary>
    public static readonly string[] EtAlPhrases = ["[и др.]", "и др.", "и другие", "[et al.]", AzerbaijaniEtAl, EtAl];

    /// <summary>The Azerbaijani et al. (<c>və b.</c>, "və başqaları"), which the az-AZ locale's term prints too.</summary>
    public const string AzerbaijaniEtAl = "və b.";

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

    /// <summary>
    /// Keywords of a part of a book or set that no field records (<c>Кн. 1</c>, <c>Ч. 2</c>, <c>Kn. 1</c>), as Russian
    /// notes write them before or after the imprint.
    /// </summary>
    public static readonly string[] BookPartWords = ["Кн.", "кн.", "Ч.", "ч.", "Гл.", "гл.", "Kn.", "kn.", "Ch.", "Chast'", "წიგნი", "წ."];

    /// <summary>The Azerbaijani words for a book's part, written after its number (<c>I kitab</c>, <c>2-ci hissə</c>): recorded nowhere, as <c>Кн.</c> is.</summary>
    public static readonly string[] AzerbaijaniBookPartWords = ["kitab", "Kitab", "hissə", "Hissə"];

    /// <summary>Words that name an archive (<c>Архив УФСБ …</c>, <c>Arkhiv MVD Gruzii</c>): an archive so named may be cited by its file alone.</summary>
    /// <remarks>Compared as substrings: the Georgian stem არქივ (AcadNusx arqiv) is also in არქივი, არქივის, საარქივო.</remarks>
    public static readonly string[] ArchiveWords = ["Архив", "архив", "Arkhiv", "arkhiv", "Arxiv", "arxiv", "Archive", "archive", "Archives", "archives", "არქივ", "arqiv"];

    /// <summary>The word that gives an archive's present name in brackets after its old one (<c>РЦХИДНИ (ныне РГАСПИ)</c>).</summary>
    public static readonly string[] RenamedArchiveMarks = ["ныне", "теперь", "now", "today", "indi", "hazırda"];

    /// <summary>
    /// The words that introduce the abbreviation a note will use for an archive, in brackets after its name
    /// (<c>Rossiiskii gosudarstvennyi arkhiv … (hereafter RGASPI)</c>, <c>(далее — РГАСПИ)</c>).
    /// </summary>
    public static readonly string[] AbbreviationMarks = ["hereinafter", "hereafter", Henceforth, "далее"];

    /// <summary>
    /// The words after a shelf mark that name the publication it was read in (<c>RGASPI, f. 17, …, l. 12, cited in
    /// Khlevniuk, Master, 45</c>): the publication is a citation of its own.
    /// </summary>
    public static readonly string[] SecondarySourceJoins = [", cited in ", ", quoted in ", ", reproduced in ", ", published in ", ", reprinted in ", ", as cited in "];

    /// <summary>
    /// The words after a publication that name the archival file it cites (<c>Kotkin, Stalin, 455, citing RGASPI, f. 558,
    /// …</c>, <c>…, 45, from GARF, f. 5446, …</c>): the file is a citation of its own, read after the publication.
    /// </summary>
    public static readonly string[] ArchivalSourceJoins = [", citing ", ", quoting ", ", from "];

    /// <summary>Words that join the names of several authors in English notes (<c>Ivanov and Petrov</c>).</summary>
    public static readonly string[] NameJoiners = [And, "&"];

    /// <summary>
    /// The words that join two authors of a heading (<c>Quliyev V. və Həsənov R.</c>, <c>Иванов И. и Петров П.</c>): the
    /// <see cref="NameJoiners"/> and the Azerbaijani and Russian "and".
    /// </summary>
    public static readonly string[] AuthorJoiners = [.. NameJoiners, "və", "и"];

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

    /// <summary>Small-letter words that open a family name in English notes (<c>Erik van Ree</c>, <c>Lucien de Gaulle</c>).</summary>
    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "la", "le", "ter", "ten", "al", "ibn",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticlesBySpan = NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is one of <see cref="NameParticles"/> (no copy is made).</summary>
    public static bool IsNameParticle(ReadOnlySpan<char> word) => NameParticlesBySpan.Contains(word);

    /// <summary>The phrase after a first author that stands for the others (<c>Ivanov et al.</c>).</summary>
    public const string EtAl = "et al.";

    /// <summary>Words that mark the names before them as editors in English notes (<c>Petrov (ed.)</c>, <c>Ivanov and Petrov, eds.</c>), longest first.</summary>
    public static readonly string[] EditorMarks = Vocabulary.EnglishEditorWords.Select(w => $"({w})").Concat(Vocabulary.EnglishEditorWords).ToArray();

    /// <summary>
    /// Words before the issue number of a periodical in English notes (<c>no. 11</c>, <c>Nos. 66–7</c>, British
    /// <c>nos 4–6</c> without the full stop, read only before a figure).
    /// </summary>
    public static readonly string[] EnglishIssueWords = ["nos.", "no.", "nos "];

    /// <summary>
    /// What opens an interview or a conversation the author held, before the person's name (<c>Interview with Hans
    /// Modrow, Berlin, 7 December 2006</c>, <c>Author’s interview with …</c>, <c>Telephone conversation with …</c>).
    /// </summary>
    public static readonly string[] InterviewOpenings = ["interviews with", "interview with", "conversations with", "conversation with"];

    /// <summary>What follows the person's name when the note names them first (<c>Yuri Morakov, conversation with the author, 1999</c>).</summary>
    public static readonly string[] InterviewAfterName =
        ["interview with the author", "interviewed by the author", "interview by the author", "conversation with the author", "conversations with the author"];

    /// <summary>The seasons a journal issue is dated by (<c>(Winter 2004)</c>).</summary>
    public static readonly string[] Seasons = ["Spring", "Summer", "Autumn", "Fall", "Winter"];

    /// <summary>True when <paramref name="word"/> is one of <see cref="Seasons"/>, in any case.</summary>
    public static bool IsSeason(string word) => Array.Exists(Seasons, x => x.Equals(word.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The word that announces a short form in brackets after a title (<c>(henceforth Ivanov)</c>).</summary>
    public const string Henceforth = "henceforth";

    /// <summary>The word that opens the container of a chapter in English notes (<c>"Title," in Book</c>).</summary>
    public const string ChapterIn = "in ";

    /// <summary>
    /// An initial: one capital, or a transliterated digraph (<c>Yu.</c>, <c>Sh.</c>, <c>Ts.</c>) — a general
    /// capital-plus-lowercase would take the <c>Op.</c> of <c>V. Op. cit.</c> for an initial.
    /// </summary>
    public const string Initial = @"\p{Lu}[" + InitialSecondLetters + @"]?\.";

    /// <summary>The small letters that make a transliterated digraph initial with the capital before them (<c>Iu.</c>, <c>Zh.</c>).</summary>
    public const string InitialSecondLetters = "uaeohs";

    /// <summary>True when <paramref name="word"/> is an <see cref="Initial"/> and nothing else (no copy is made).</summary>
    public static bool IsInitial(ReadOnlySpan<char> word) =>
        word.Length is 2 or 3 && word[^1] == '.' && char.IsUpper(word[0]) && (word.Length == 2 || InitialSecondLetters.Contains(word[1]));

    /// <summary>
    /// True when <paramref name="word"/> is two or more <see cref="Initial"/>s written without a space between them
    /// (<c>P.M.</c>, <c>N.V.</c>, <c>Iu.A.</c>), as British and many Russian-trained authors set them.
    /// </summary>
    public static bool IsGluedInitials(ReadOnlySpan<char> word)
    {
        var count = 0;
        while (!word.IsEmpty)
        {
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

    /// <summary>Abbreviations after which a full stop does not end a sentence of a citation (<see cref="Vocabulary.NonTerminalAbbreviations"/>).</summary>
    public static IReadOnlySet<string> NonTerminalAbbreviations => Vocabulary.NonTerminalAbbreviations;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NonTerminalBySpan = Vocabulary.NonTerminalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is one of <see cref="NonTerminalAbbreviations"/> (no copy is made).</summary>
    public static bool IsNonTerminalAbbreviation(ReadOnlySpan<char> word) => NonTerminalBySpan.Contains(word);

    /// <summary>
    /// The small words a place of publication may hold (<c>Ростов н/Д</c>, <c>Ростов-на-Дону</c>, <c>Frankfurt am
    /// Main</c>, <c>Stratford-upon-Avon</c>).
    /// </summary>
    public static readonly HashSet<string> PlaceParticles = new(StringComparer.Ordinal) { "na", "am", "upon", "на", "н/Д", "н/Д." };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceParticlesBySpan = PlaceParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is one of <see cref="PlaceParticles"/> (no copy is made).</summary>
    public static bool IsPlaceParticle(ReadOnlySpan<char> word) => PlaceParticlesBySpan.Contains(word);

    /// <summary>Places of publication that are written abbreviated (<c>M.</c>, <c>L.</c>, <c>SPb.</c>).</summary>
    public static readonly HashSet<string> AbbreviatedPlaces = new(StringComparer.Ordinal)
    {
        "M.", "М.", "L.", "Л.", "SPb.", "СПб.", "Spb.", "Пг.", "Pg.", "СПБ", "СПб", "Спб.", "K.", "К.", "B.", "Б.", "Tb.", "Тб.", "თბ.", "ტფ.", "ქუთ.", "M.-L.", "М.-Л.", "M.; L.", "М.; Л.",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviatedPlacesBySpan = AbbreviatedPlaces.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="place"/> is one of <see cref="AbbreviatedPlaces"/> (no copy is made).</summary>
    public static bool IsAbbreviatedPlace(ReadOnlySpan<char> place) => AbbreviatedPlacesBySpan.Contains(place);
}
