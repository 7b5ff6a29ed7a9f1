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

    /// <summary>A hyphen or dash between the two ends of a range.</summary>
    public const string Dash = @"[-‐‑‒–—]";

    /// <summary>A verso mark after a folio number: <c>arxa</c>, <c>об.</c>, <c>ob.</c>, <c>v</c>.</summary>
    public const string Verso = @"(?:arxa|Arxa|об\.?|ob\.?|v\b|verso|оборот)";

    /// <summary>One folio or page number with an optional verso mark.</summary>
    private const string Number = @"\d+[абвгАБВГ]?(?:\s*" + Verso + ")?";

    /// <summary>A number, a range of numbers, or a comma list of both.</summary>
    public const string NumberList = Number + @"(?:\s*" + Dash + @"\s*" + Number + @")?(?:\s*,\s*" + Number + @"(?:\s*" + Dash + @"\s*" + Number + @")?)*";

    /// <summary>Folio keywords (<c>vərəq</c>, <c>л.</c>, <c>ll.</c>, <c>ff.</c>).</summary>
    public const string FolioKeyword = @"(?:[Vv]ərəqlər|[Vv]ərəq|[Vv]\.|ll\.|Ll\.|l\.|L\.|лл\.|Лл\.|л\.|Л\.|ff\.|fol\.|fols\.)";

    /// <summary>Page keywords (<c>s.</c>, <c>с.</c>, <c>p.</c>, <c>səh.</c>).</summary>
    public const string PageKeyword = @"(?:səh\.|Səh\.|s\.|S\.|с\.|С\.|pp\.|p\.|стр\.|str\.)";

    /// <summary>Volume keywords (<c>c.</c> for cild, <c>т.</c>, <c>vol.</c>).</summary>
    public const string VolumeKeyword = @"(?:cild|Cild|c\.|C\.|т\.|Т\.|t\.|vol\.|Vol\.)";

    /// <summary>Issue keywords (<c>№</c>, <c>No.</c>, <c>вып.</c>).</summary>
    public const string IssueKeyword = @"(?:№|No\.|N\.|вып\.|vıp\.|vyp\.|sayı)";

    /// <summary>The ibid phrases, longest first.</summary>
    public static readonly string[] IbidPhrases =
    {
        "Yenə həmin yerdə", "Yenə orada", "Yene orada", "Eyni yerdə", "Həmin yerdə",
        "Там же", "Тамже", "Tam je", "Tam zhe", "Tam že", "Ibidem", "Ibid", "İbid",
    };

    private static readonly (string[] Names, int Month)[] MonthTable =
    {
        (new[] { "yanvar", "января", "январь", "yanvarya", "january", "jan" }, 1),
        (new[] { "fevral", "февраля", "февраль", "fevralya", "february", "feb" }, 2),
        (new[] { "mart", "марта", "март", "marta", "march", "mar" }, 3),
        (new[] { "aprel", "апреля", "апрель", "aprelya", "april", "apr" }, 4),
        (new[] { "may", "мая", "май", "maya" }, 5),
        (new[] { "iyun", "июня", "июнь", "iyunya", "june", "jun" }, 6),
        (new[] { "iyul", "июля", "июль", "iyulya", "july", "jul" }, 7),
        (new[] { "avqust", "августа", "август", "avgusta", "august", "aug" }, 8),
        (new[] { "sentyabr", "сентября", "сентябрь", "sentyabrya", "september", "sep", "sept" }, 9),
        (new[] { "oktyabr", "октября", "октябрь", "oktyabrya", "october", "oct" }, 10),
        (new[] { "noyabr", "ноября", "ноябрь", "noyabrya", "november", "nov" }, 11),
        (new[] { "dekabr", "декабря", "декабрь", "dekabrya", "december", "dec" }, 12),
    };

    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>The pattern of a month name in any of the conventions.</summary>
    public static readonly string MonthPattern = "(?:" + string.Join("|",
        MonthTable.SelectMany(m => m.Names).OrderByDescending(n => n.Length).Select(n => Regex.Escape(n) + "|" + Regex.Escape(char.ToUpperInvariant(n[0]) + n[1..]))) + ")";

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
        ["Sbornik"] = "Sbornik", ["Zbornik"] = "Sbornik", ["Сборник"] = "Сборник", ["Збоpник"] = "Сборник",
        ["Toplu"] = "Toplu", ["Məcmuə"] = "Məcmuə", ["Collection"] = "Collection",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CollectionWordsBySpan = CollectionWordTable.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that name a compiler's, editor's or translator's role, and the CSL role each means.</summary>
    public static readonly IReadOnlyList<(string Word, CreatorRole Role)> RoleWords = new (string, CreatorRole)[]
    {
        ("sostavitel", CreatorRole.Compiler), ("sostavil", CreatorRole.Compiler), ("sostavila", CreatorRole.Compiler),
        ("sostaviteli", CreatorRole.Compiler), ("sost.", CreatorRole.Compiler), ("сост.", CreatorRole.Compiler),
        ("составитель", CreatorRole.Compiler), ("составил", CreatorRole.Compiler), ("составила", CreatorRole.Compiler),
        ("составители", CreatorRole.Compiler), ("tərtib edən", CreatorRole.Compiler), ("tərtibçi", CreatorRole.Compiler),
        ("tərt.", CreatorRole.Compiler), ("comp.", CreatorRole.Compiler), ("compiled by", CreatorRole.Compiler),
        ("pod redaksiyey", CreatorRole.Editor), ("pod red.", CreatorRole.Editor), ("под ред.", CreatorRole.Editor),
        ("под редакцией", CreatorRole.Editor), ("otv. red.", CreatorRole.Editor), ("отв. ред.", CreatorRole.Editor),
        ("red.", CreatorRole.Editor), ("ред.", CreatorRole.Editor), ("redaktor", CreatorRole.Editor), ("редактор", CreatorRole.Editor),
        ("ed.", CreatorRole.Editor), ("eds.", CreatorRole.Editor), ("edited by", CreatorRole.Editor),
        ("perevod", CreatorRole.Translator), ("per.", CreatorRole.Translator), ("пер.", CreatorRole.Translator),
        ("перевод", CreatorRole.Translator), ("tərcümə edən", CreatorRole.Translator), ("tərcümə", CreatorRole.Translator),
        ("trans.", CreatorRole.Translator), ("translated by", CreatorRole.Translator),
        ("predislovie", CreatorRole.Other), ("предисловие", CreatorRole.Other), ("vstupitelnaya statya", CreatorRole.Other),
        ("вступ. ст.", CreatorRole.Other), ("kommentarii", CreatorRole.Other), ("комментарии", CreatorRole.Other),
        ("ön söz", CreatorRole.Other), ("izd.", CreatorRole.Other),
    };

    /// <summary>
    /// Prose that opens a citation in English notes and belongs to no field (<c>See</c>, <c>Cited in</c>), longest
    /// first so <c>See also</c> is taken whole; compared ignoring case, followed by a space, a comma or a colon.
    /// </summary>
    public static readonly string[] CommentaryPrefixes =
    [
        "See, for example,", "See, e.g.,", "See e.g.", "See also", "Quoted in", "Cited in", "Citing", "Quotation:", "Compare", "See", "Cf.",
    ];

    /// <summary>Words that join the names of several authors in English notes (<c>Ivanov and Petrov</c>).</summary>
    public static readonly string[] NameJoiners = ["and", "&"];

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

    /// <summary>Words that mark the names before them as editors in English notes (<c>Petrov (ed.)</c>, <c>Ivanov and Petrov, eds.</c>).</summary>
    /// <remarks>The English abbreviations of <see cref="RoleWords"/>' editor role, bare and in brackets, longest first.</remarks>
    public static readonly string[] EditorMarks = RoleWords
        .Where(r => r.Role == CreatorRole.Editor && r.Word.StartsWith("ed", StringComparison.Ordinal) && r.Word.EndsWith('.'))
        .SelectMany(r => new[] { "(" + r.Word + ")", r.Word }).OrderByDescending(w => w.Length).ToArray();

    /// <summary>Words before the issue number of a periodical in English notes (<c>no. 11</c>, <c>Nos. 66–7</c>).</summary>
    public static readonly string[] EnglishIssueWords = ["nos.", "no."];

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

    /// <summary>True when <paramref name="text"/> is a year a citation can give: four ASCII digits from 1500 to 2099.</summary>
    public static bool IsYear(ReadOnlySpan<char> text) =>
        text.Length == 4 && text.IndexOfAnyExceptInRange('0', '9') < 0 && (text[0] == '1' && text[1] >= '5' || text[0] == '2' && text[1] == '0');

    /// <summary>Abbreviations after which a full stop does not end a sentence of a citation.</summary>
    public static readonly HashSet<string> NonTerminalAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "s", "c", "t", "т", "с", "p", "pp", "vol", "sost", "сост", "red", "ред", "per", "пер", "pod", "под", "otv", "отв",
        "izd", "изд", "ed", "eds", "comp", "trans", "st", "ст", "vstup", "вступ", "no", "vyp", "вып", "səh", "tərt",
        "f", "ф", "op", "оп", "d", "д", "l", "л", "ll", "лл", "ob", "об", "g", "г", "gg", "гг", "cild", "str", "стр",
        "cit", "ukaz", "указ", "soç", "soch", "soc", "соч", "göst",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NonTerminalBySpan = NonTerminalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is one of <see cref="NonTerminalAbbreviations"/> (no copy is made).</summary>
    public static bool IsNonTerminalAbbreviation(ReadOnlySpan<char> word) => NonTerminalBySpan.Contains(word);

    /// <summary>Places of publication that are written abbreviated (<c>M.</c>, <c>L.</c>, <c>SPb.</c>).</summary>
    public static readonly HashSet<string> AbbreviatedPlaces = new(StringComparer.Ordinal)
    {
        "M.", "М.", "L.", "Л.", "SPb.", "СПб.", "Spb.", "K.", "К.", "B.", "Б.", "Tb.", "Тб.", "M.-L.", "М.-Л.", "M.; L.", "М.; Л.",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviatedPlacesBySpan = AbbreviatedPlaces.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="place"/> is one of <see cref="AbbreviatedPlaces"/> (no copy is made).</summary>
    public static bool IsAbbreviatedPlace(ReadOnlySpan<char> place) => AbbreviatedPlacesBySpan.Contains(place);
}

/// <summary>The role a name plays in a publication.</summary>
public enum CreatorRole
{
    /// <summary>The author.</summary>
    Author,
    /// <summary>The compiler of a collection.</summary>
    Compiler,
    /// <summary>The editor.</summary>
    Editor,
    /// <summary>The translator.</summary>
    Translator,
    /// <summary>Another contribution CSL has no role for (preface, commentary).</summary>
    Other,
}
