using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Bibliography.Parsing;

/// <summary>The archival conventions citations are read in and written in, each with its level words.</summary>
public enum ArchivalConvention
{
    /// <summary>Azerbaijani notes: <c>fond 27, siyahı 4, iş 25</c>, <c>vərəq 184 arxa – 185</c>.</summary>
    Azerbaijani,
    /// <summary>Russian GOST R 7.0.5-2008 in Cyrillic: <c>Ф. 27. Оп. 4. Д. 25</c>, <c>Л. 184 об.–185</c>.</summary>
    Russian,
    /// <summary>Russian levels transliterated, as English notes write them (Library of Congress): <c>f. 27, op. 4, d. 25</c>, <c>l. 5ob.</c>, <c>fols. 184v–185</c>.</summary>
    English,
}

/// <summary>What a keyword names: an archival level, or the kind of a locator or of a publication's part.</summary>
public enum KeywordLevel
{
    /// <summary>Fond (<c>fond</c>, <c>ф.</c>, <c>f.</c>).</summary>
    Fond,
    /// <summary>Opis, inventory (<c>siyahı</c>, <c>оп.</c>, <c>op.</c>).</summary>
    Opis,
    /// <summary>Delo, file (<c>iş</c>, <c>д.</c>, <c>d.</c>).</summary>
    Delo,
    /// <summary>Folio (<c>vərəq</c>, <c>л.</c>, <c>ll.</c>).</summary>
    Folio,
    /// <summary>Page (<c>səh.</c>, <c>с.</c>, <c>p.</c>).</summary>
    Page,
    /// <summary>Volume (<c>cild</c>, <c>т.</c>, <c>vol.</c>).</summary>
    Volume,
    /// <summary>Issue (<c>№</c>, <c>вып.</c>, <c>No.</c>).</summary>
    Issue,
}

/// <summary>One spelling of a level or locator keyword.</summary>
/// <param name="Level">What it names.</param>
/// <param name="Text">The spelling, exactly as written (a space stands for one optional white space: <c>ед. хр.</c> is also <c>ед.хр.</c>).</param>
/// <param name="Abbreviated">True for the short form (<c>f.</c>), false for the word in full (<c>fond</c>).</param>
/// <param name="Pair">The same level's other form in the same convention (<c>fond</c> ⇄ <c>f.</c>), lower case, or null where it has none.</param>
/// <param name="Tells">The language an archival citation holding this keyword is written in (<c>az</c>, <c>ru</c>, <c>en</c>), or null where it cannot tell.</param>
/// <param name="Read">False for a spelling the validator knows (to name an empty level) but the parser does not read.</param>
public sealed record KeywordSpelling(KeywordLevel Level, string Text, bool Abbreviated, string? Pair = null, string? Tells = null, bool Read = true);

/// <summary>An official gazette that publishes laws and decrees.</summary>
/// <param name="Name">Its name or abbreviation as written (<c>Собрание узаконений</c>, <c>СУ</c>, <c>Qanunvericilik Toplusu</c>).</param>
/// <param name="Abbreviation">True for an abbreviation, compared exactly as a whole word; a name is compared ignoring case.</param>
/// <param name="NumbersActs">True where its <c>№</c> numbers the acts, not the issues (the Complete Collection of Laws, <c>ПСЗ. Т. 12. № 10303</c>): the number is the locator.</param>
public sealed record LegalGazette(string Name, bool Abbreviation = false, bool NumbersActs = false);

/// <summary>One spelling of a verso mark after a folio number.</summary>
/// <param name="Text">The mark.</param>
/// <param name="WholeWord">True when a word character may not follow it (<c>v</c>, which opens many words).</param>
/// <param name="AnyScript">True for the English marks, which a citation of any script may use.</param>
public sealed record VersoSpelling(string Text, bool WholeWord = false, bool AnyScript = false);

/// <summary>
/// The convention vocabulary, stated once: every spelling of the archival levels and locators, the verso marks, the
/// ibid and op. cit. phrases and the words each convention writes. Every list, pattern and map of the parser, the
/// validator and the renderer is derived from these tables.
/// </summary>
/// <remarks>
/// Order matters where a pattern is derived: the alternatives are tried in the order given, so a spelling another
/// spelling opens (<c>fond</c> of <c>fondu</c>, <c>vərəq</c> of <c>vərəqlər</c>) comes after it.
/// </remarks>
public static class Vocabulary
{
    private static KeywordSpelling Full(KeywordLevel level, string text, string? pair = null, string? tells = null) => new(level, text, false, pair, tells);
    private static KeywordSpelling Short(KeywordLevel level, string text, string? pair = null, string? tells = null) => new(level, text, true, pair, tells);

    /// <summary>The word after the name of a named fond (<c>Surət fondu</c>), also a fond keyword (<c>fondu 5</c>).</summary>
    public const string NamedFond = "fondu";

    /// <summary>The fond keyword English notes also write for a folio: after a fond (<c>f. 17, …, f. 5</c>) it is the folio.</summary>
    public const string FolioAfterFond = "f.";

    /// <summary>
    /// The fond keywords that, after a fond, are the folio: English <c>f.</c> and Georgian <c>ფ.</c>, which abbreviates
    /// both ფონდი (fond) and ფურცელი (folio).
    /// </summary>
    public static IReadOnlyList<string> FolioAfterFondKeywords { get; } = [FolioAfterFond, GeorgianFondOrFolio];

    /// <summary>Georgian <c>ფ.</c>, short for both ფონდი (fond) and ფურცელი (folio).</summary>
    public const string GeorgianFondOrFolio = "ფ.";

    /// <summary>Georgian ფონდი (fond): the keyword before a fond's number, and the last word of a fond named in words.</summary>
    public const string GeorgianFond = "ფონდი";

    /// <summary>
    /// English No., the issue keyword (<c>No. 4</c>), also a gazette's issue mark; lower case (<c>no. 4</c>), a periodical's
    /// issue word in English notes and a gazette's too.
    /// </summary>
    public const string EnglishNumber = "No.", EnglishNumberLower = "no.";

    /// <summary>The № as Georgian and Russian notes type it, a capital N alone before the number (<c>N 8</c>): an issue's, a gazette's, a document's.</summary>
    public const string NumberSignAsN = "N";

    /// <summary>
    /// The page keywords as an English note's locator closing a citation writes them, with a capital (<c>P. 106</c>,
    /// <c>Pp. 5–7</c>), and the same typed in Cyrillic look-alikes (<c>Р. 106</c>).
    /// </summary>
    public static IReadOnlyList<string> CapitalPageKeywords { get; } = ["P.", "Pp.", "PP.", "Р.", "Рр.", "РР."];

    /// <summary>
    /// The Cyrillic page keyword С. typed with its Latin look-alike (<c>C. 12</c>, <c>c.4</c>), read as a page in Cyrillic
    /// text only: elsewhere the same letters are the Azerbaijani cild.
    /// </summary>
    public static IReadOnlyList<string> LatinLookAlikePageKeywords { get; } = ["c.", "C."];

    /// <summary>
    /// The words after a multi-volume work's number of parts (<c>В 4 т.</c>, <c>в 2-х кн.</c>, <c>V 3 vyp.</c>, <c>в 2 томах</c>),
    /// written without their full stop, in the order they are tried.
    /// </summary>
    public static IReadOnlyList<string> SetSizeWords { get; } = ["т", "тт", "кн", "вып", "ч", "томах", "книгах", "частях", "t", "kn", "vyp"];

    /// <summary>
    /// The volume keywords that stand inside a shelf mark after the file (<c>d. 12, t. 2</c>, <c>д. 5, т. 3</c>,
    /// <c>vol. 2</c>), as a regular-expression alternation: the abbreviations of <see cref="KeywordLevel.Volume"/> but the
    /// Azerbaijani <c>c.</c>, which inside a Russian shelf mark is the page <c>с.</c> read as Latin.
    /// </summary>
    public static string ArchivalVolumeAlternation => string.Join("|", Spellings(KeywordLevel.Volume)
        .Where(k => k.EndsWith('.') && !k.StartsWith("c", StringComparison.OrdinalIgnoreCase))
        .Select(System.Text.RegularExpressions.Regex.Escape));

    /// <summary>The keyword of several files of one opis in English notes (<c>dd. 2, 3</c>): the numbers after it are all files.</summary>
    public const string EnglishFiles = "dd.";

    /// <summary>The volume keyword of English notes (<c>vol. 2</c>).</summary>
    public const string EnglishVolume = "vol.";

    /// <summary>
    /// The shortest volume keyword of English notes citing the Complete Collection of laws (<c>PSZ1, v. 20, no. 14392</c>):
    /// read there and before a periodical's <c>n.</c> (<c>v. 12, n. 3</c>), as elsewhere <c>v.</c> is a folio (<c>vərəq</c>) or a verso.
    /// </summary>
    public const string CollectionVolume = "v.";

    /// <summary>The page and volume abbreviations that tell an in-text reference Azerbaijani (<c>[12, s. 5]</c>, <c>[3, c. 2]</c>).</summary>
    public static IReadOnlyList<string> AzerbaijaniReferenceMarks { get; } = ["s.", "c."];

    /// <summary>
    /// The keywords of a manuscript's inventory number in Russian notes (<c>РФ ИЯЛИ НАН КР. Инв. 1503</c>, <c>РО ИРЛИ,
    /// инв. № 12</c>): a file level that stands alone after the archive, without fond or opis.
    /// </summary>
    public static ImmutableArray<string> InventoryNumberKeywords { get; } = ["инв. №", "Инв. №", "инв.", "Инв."];

    /// <summary>Every spelling of every level and locator keyword, in the order the parser tries them within a level.</summary>
    public static IReadOnlyList<KeywordSpelling> Keywords { get; } = WithLookAlikes(
    [
        // Fond: az and transliterated fond / f., GOST фонд / ф.; "fondu" is the Azerbaijani izafet form.
        Full(KeywordLevel.Fond, NamedFond), Full(KeywordLevel.Fond, "Fondu"),
        Full(KeywordLevel.Fond, "fondi", "f.", "ka"), Full(KeywordLevel.Fond, "Fondi", "f.", "ka"),
        Full(KeywordLevel.Fond, "fond", "f.", "az"), Full(KeywordLevel.Fond, "Fond", "f.", "az"),
        Short(KeywordLevel.Fond, FolioAfterFond, "fond"), Short(KeywordLevel.Fond, "F.", "fond"),
        Short(KeywordLevel.Fond, "ф.", "фонд"), Short(KeywordLevel.Fond, "Ф.", "фонд"),
        Full(KeywordLevel.Fond, "фонд", "ф."), Full(KeywordLevel.Fond, "Фонд", "ф."),
        // Georgian ფონდი / ფ., and the same typed in the AcadNusx font's Latin letters (fondi), before "fond", which opens it.
        Full(KeywordLevel.Fond, GeorgianFond, GeorgianFondOrFolio, "ka"), Short(KeywordLevel.Fond, GeorgianFondOrFolio, GeorgianFond, "ka"),

        // Opis: az siyahı / siy., transliterated opis / op., GOST опись / оп.
        Full(KeywordLevel.Opis, "siyahı", "siy.", "az"), Full(KeywordLevel.Opis, "Siyahı", "siy.", "az"),
        Short(KeywordLevel.Opis, "siy.", "siyahı", "az"), Short(KeywordLevel.Opis, "Siy.", "siyahı", "az"),
        Short(KeywordLevel.Opis, "op.", "opis", "ru"), Short(KeywordLevel.Opis, "Op.", "opis", "ru"),
        Short(KeywordLevel.Opis, "оп.", "опись"), Short(KeywordLevel.Opis, "Оп.", "опись"),
        Full(KeywordLevel.Opis, "опись", "оп."), Full(KeywordLevel.Opis, "Опись", "оп."),
        // opis' with the soft sign transliterated (Library of Congress), before opis, which it opens.
        Full(KeywordLevel.Opis, "opis'", "op."), Full(KeywordLevel.Opis, "opis’", "op."), Full(KeywordLevel.Opis, "Opis'", "op."), Full(KeywordLevel.Opis, "Opis’", "op."),
        Full(KeywordLevel.Opis, "opis", "op."), Full(KeywordLevel.Opis, "Opis", "op."),
        // "On." and "on.": Оп. and оп. as OCR reads them (Cyrillic п taken for a Latin n), in Russian and English notes alike.
        Short(KeywordLevel.Opis, "On.", "опись"), Short(KeywordLevel.Opis, "on.", "опись"),
        // The perechen' (list) that stands for the opis in RGANI's fond 89 (f. 89, per. 46).
        Short(KeywordLevel.Opis, "per.", tells: "en"),
        // English translations of opis: inventory, in full and abbreviated; and o., the shortest abbreviation of opis.
        Full(KeywordLevel.Opis, "inventory", "inv.", "en"), Full(KeywordLevel.Opis, "Inventory", "inv.", "en"),
        Short(KeywordLevel.Opis, "inv.", tells: "en"), Short(KeywordLevel.Opis, "Inv.", tells: "en"),
        Short(KeywordLevel.Opis, "o.", "opis"),
        // Georgian ანაწერი / ან. (AcadNusx anaweri / anaw.) and აღწერილობა (description), and the English translation of
        // the Georgian archives' own "description" (desc.).
        Full(KeywordLevel.Opis, "ანაწერი", "ან.", "ka"), Short(KeywordLevel.Opis, "ან.", "ანაწერი", "ka"), Full(KeywordLevel.Opis, "აღწერილობა", "აღწ.", "ka"), Short(KeywordLevel.Opis, "აღწ.", "აღწერილობა", "ka"),
        Full(KeywordLevel.Opis, "anaweri", "anaw.", "ka"), Full(KeywordLevel.Opis, "Anaweri", "anaw.", "ka"),
        Short(KeywordLevel.Opis, "anaw.", "anaweri", "ka"), Short(KeywordLevel.Opis, "Anaw.", "anaweri", "ka"),
        Short(KeywordLevel.Opis, "desc.", tells: "en"), Short(KeywordLevel.Opis, "Desc.", tells: "en"),
        // The opis as English translations of document editions render it: "Record Series" (the Hoover and Yale
        // editions) and "schedule" (older translations of tsarist files).
        Full(KeywordLevel.Opis, "Record Series", tells: "en"), Full(KeywordLevel.Opis, "record series", tells: "en"),
        Full(KeywordLevel.Opis, "Schedule", tells: "en"), Full(KeywordLevel.Opis, "schedule", tells: "en"),

        // Delo: az iş (one form), transliterated delo / d., GOST дело / д., and the storage unit ед. хр. / ed. khr.
        Full(KeywordLevel.Delo, "iş", tells: "az"), Full(KeywordLevel.Delo, "İş", tells: "az"),
        // dd.: several files of one opis (dd. 2, 3), before d., which it does not open but ends.
        Short(KeywordLevel.Delo, EnglishFiles, "delo"),
        Short(KeywordLevel.Delo, "d.", "delo", "ru"), Short(KeywordLevel.Delo, "D.", "delo", "ru"),
        Short(KeywordLevel.Delo, "д.", "дело"), Short(KeywordLevel.Delo, "Д.", "дело"),
        Full(KeywordLevel.Delo, "дело", "д."), Full(KeywordLevel.Delo, "Дело", "д."),
        Full(KeywordLevel.Delo, "delo", "d."), Full(KeywordLevel.Delo, "Delo", "d."),
        Short(KeywordLevel.Delo, "ед. хр."), Short(KeywordLevel.Delo, "Ед. хр."), Short(KeywordLevel.Delo, "ed. khr."), Short(KeywordLevel.Delo, "Ed. khr."),
        // The same storage unit transliterated with the initial ye of е (yed. khr.), and in English translation.
        Short(KeywordLevel.Delo, "yed. khr.", tells: "en"), Short(KeywordLevel.Delo, "Yed. khr.", tells: "en"),
        Full(KeywordLevel.Delo, "storage unit", tells: "en"), Full(KeywordLevel.Delo, "Storage unit", tells: "en"),
        // Ukrainian archives (fond, opys, sprava, arkush) as English notes transliterate them: spr. for the file.
        Short(KeywordLevel.Delo, "spr."), Short(KeywordLevel.Delo, "Spr."), Short(KeywordLevel.Delo, "спр."), Short(KeywordLevel.Delo, "Спр."),
        // The Azerbaijani storage unit (saxlama vahidi), and the English "case" and "file".
        Full(KeywordLevel.Delo, "saxlama vahidi", "s. v.", "az"), Full(KeywordLevel.Delo, "Saxlama vahidi", "s. v.", "az"),
        Short(KeywordLevel.Delo, "s. v.", "saxlama vahidi", "az"), Short(KeywordLevel.Delo, "sax. vah.", "saxlama vahidi", "az"), Short(KeywordLevel.Delo, "Sax. vah.", "saxlama vahidi", "az"),
        Full(KeywordLevel.Delo, "case", tells: "en"), Full(KeywordLevel.Delo, "Case", tells: "en"),
        Full(KeywordLevel.Delo, "file", tells: "en"), Full(KeywordLevel.Delo, "File", tells: "en"),
        // The inventory number of a manuscript in an academy's archive or manuscript department (Инв. 1503, инв. № 12): its
        // whole shelf mark, read as the file; the spelling with № before the one it opens.
        .. InventoryNumberKeywords.Select(k => Short(KeywordLevel.Delo, k, tells: "ru")),
        // Georgian საქმე / საქ. (AcadNusx saqme / saq.).
        Full(KeywordLevel.Delo, "საქმე", "საქ.", "ka"), Short(KeywordLevel.Delo, "საქ.", "საქმე", "ka"),
        Full(KeywordLevel.Delo, "saqme", "saq.", "ka"), Full(KeywordLevel.Delo, "Saqme", "saq.", "ka"),
        Short(KeywordLevel.Delo, "saq.", "saqme", "ka"), Short(KeywordLevel.Delo, "Saq.", "saqme", "ka"),

        // Folio: az vərəqlər / vərəq / v., transliterated ll. / l., GOST лл. / л., English ff. / fol. / fols.
        Full(KeywordLevel.Folio, "vərəqlər", "v.", "az"), Full(KeywordLevel.Folio, "Vərəqlər", "v.", "az"),
        Full(KeywordLevel.Folio, "vərəq", "v.", "az"), Full(KeywordLevel.Folio, "Vərəq", "v.", "az"),
        Short(KeywordLevel.Folio, "vv.", "vərəqlər", "az"), Short(KeywordLevel.Folio, "v.", "vərəq"), Short(KeywordLevel.Folio, "V.", "vərəq"),
        Short(KeywordLevel.Folio, "ll.", tells: "ru"), Short(KeywordLevel.Folio, "Ll."),
        Short(KeywordLevel.Folio, "l.", tells: "ru"), Short(KeywordLevel.Folio, "L.", tells: "ru"),
        Short(KeywordLevel.Folio, "лл."), Short(KeywordLevel.Folio, "Лл."),
        Short(KeywordLevel.Folio, "л."), Short(KeywordLevel.Folio, "Л."),
        Short(KeywordLevel.Folio, "ff.", tells: "en"), Short(KeywordLevel.Folio, "fol.", tells: "en"), Short(KeywordLevel.Folio, "fols.", tells: "en"),
        Full(KeywordLevel.Folio, "folios", "fols.", "en"), Full(KeywordLevel.Folio, "folio", "fol.", "en"),
        Full(KeywordLevel.Folio, "sheets", tells: "en"), Full(KeywordLevel.Folio, "sheet", tells: "en"),
        // The Ukrainian arkush (sheet): ark.
        Short(KeywordLevel.Folio, "ark."), Short(KeywordLevel.Folio, "Ark."), Short(KeywordLevel.Folio, "арк."), Short(KeywordLevel.Folio, "Арк."),
        // Georgian ფურცელი / ფურც. (AcadNusx furceli / furc.).
        Full(KeywordLevel.Folio, "ფურცელი", "ფურც.", "ka"), Short(KeywordLevel.Folio, "ფურც.", "ფურცელი", "ka"), Short(KeywordLevel.Folio, "ფფ.", tells: "ka"),
        Full(KeywordLevel.Folio, "furceli", "furc.", "ka"), Short(KeywordLevel.Folio, "furc.", "furceli", "ka"),
        // The transliterated word in full, as English notes spell the levels out ("delo 12, list 5", "listy 3–4"); the
        // Cyrillic one the validator names when it stands with no number but the parser does not read.
        Full(KeywordLevel.Folio, "listy", "ll.", "ru"), Full(KeywordLevel.Folio, "list", "l.", "ru"),
        Full(KeywordLevel.Folio, "Listy", "ll.", "ru"), Full(KeywordLevel.Folio, "List", "l.", "ru"),
        new(KeywordLevel.Folio, "лист", false, Read: false),

        // Page: az səh., az and transliterated s., GOST с. / стр., transliterated str., English pp. / p.
        Short(KeywordLevel.Page, "səh."), Short(KeywordLevel.Page, "Səh."),
        // Azerbaijani lists also write səh with no full stop ("1983, səh 112").
        Short(KeywordLevel.Page, "səh"), Short(KeywordLevel.Page, "Səh"),
        Short(KeywordLevel.Page, "s."), Short(KeywordLevel.Page, "S."),
        Short(KeywordLevel.Page, "с."), Short(KeywordLevel.Page, "С."),
        Short(KeywordLevel.Page, "pp."), Short(KeywordLevel.Page, "p."),
        // The page of a translated document edition's shelf mark spelled out (File 12, Pages 3–5).
        Full(KeywordLevel.Page, "Pages", tells: "en"), Full(KeywordLevel.Page, "Page", tells: "en"),
        Short(KeywordLevel.Page, "стр."), Short(KeywordLevel.Page, "str."),
        // Georgian გვ. (გვერდი), AcadNusx gv.
        Full(KeywordLevel.Page, "გვერდი", "გვ.", "ka"), Short(KeywordLevel.Page, "გვ.", "გვერდი", "ka"), Short(KeywordLevel.Page, "gv.", tells: "ka"),

        // Volume: az cild / c., GOST т., transliterated t., English vol.
        Full(KeywordLevel.Volume, "cild"), Full(KeywordLevel.Volume, "Cild"),
        Short(KeywordLevel.Volume, "c."), Short(KeywordLevel.Volume, "C."),
        Short(KeywordLevel.Volume, "т."), Short(KeywordLevel.Volume, "Т."), Short(KeywordLevel.Volume, "t."),
        Short(KeywordLevel.Volume, EnglishVolume), Short(KeywordLevel.Volume, "Vol."),
        // Georgian ტომი / ტ.
        Full(KeywordLevel.Volume, "ტომი", "ტ.", "ka"), Short(KeywordLevel.Volume, "ტ.", "ტომი", "ka"),

        // Issue: №, English No. / N., GOST вып., transliterated vıp. / vyp., az sayı.
        Short(KeywordLevel.Issue, NumberSign), Short(KeywordLevel.Issue, EnglishNumber), Short(KeywordLevel.Issue, "N."),
        Short(KeywordLevel.Issue, "вып."), Short(KeywordLevel.Issue, "Вып."), Short(KeywordLevel.Issue, "vıp."), Short(KeywordLevel.Issue, "vyp."), Short(KeywordLevel.Issue, "Vyp."),
        Full(KeywordLevel.Issue, "sayı"),
        // "#", which Georgian notes write for №; and "¹", the № of a Windows-1251 text read as Latin-1 (its byte 0xB9).
        Short(KeywordLevel.Issue, "#"), Short(KeywordLevel.Issue, "¹"),
        // "N 8", "N8": the № as Georgian and Russian notes type it, a capital N alone before the number.
        Short(KeywordLevel.Issue, NumberSignAsN),
    ]);

    /// <summary>The short fond keywords read in shelf marks (<c>ф.</c>, <c>Ф.</c>, <c>f.</c>, <c>F.</c>): after an archive's abbreviation, or before a fond named by words.</summary>
    public static ImmutableArray<string> ShortFondKeywords { get; } = [.. Keywords.Where(k => k.Level == KeywordLevel.Fond && k.Abbreviated && k.Read).Select(k => k.Text)];

    /// <summary>The fond keywords in Georgian script (<c>ფონდი</c>, <c>ფ.</c>), longer first: a fond by number after a repository named in words.</summary>
    public static ImmutableArray<string> GeorgianFondKeywords { get; } = [.. GeorgianSpellings(KeywordLevel.Fond)];

    /// <summary>The volume keywords in Georgian script (<c>ტომი</c>, <c>ტ.</c>), longer first.</summary>
    public static IReadOnlyList<string> GeorgianVolumeKeywords { get; } = GeorgianSpellings(KeywordLevel.Volume);

    /// <summary>The page keywords in Georgian script (<c>გვერდი</c>, <c>გვ.</c>), longer first.</summary>
    public static IReadOnlyList<string> GeorgianPageKeywords { get; } = GeorgianSpellings(KeywordLevel.Page);

    // The spellings the parser reads (Spellings: a spelling only the validator knows is left out), as any list of keywords.
    private static string[] GeorgianSpellings(KeywordLevel level) => Spellings(level).Where(k => TextScan.IsGeorgian(k[0]))
        .Distinct().OrderByDescending(k => k.Length).ToArray();

    /// <summary>
    /// Azerbaijani spellings as they are also typed: the schwa with the Cyrillic look-alike <c>ә</c> of keyboards that
    /// lack the Latin one (<c>sәh.</c>, <c>vәrәq</c>), and without its letter, as <c>e</c> (<c>seh.</c>, <c>vereq</c>).
    /// </summary>
    // Each spelling, then its look-alike spellings (after its capitalised twin, which Alternation pairs with it). The
    // look-alikes are local: Keywords, declared first, is built before any later static field is set.
    private static KeywordSpelling[] WithLookAlikes(KeywordSpelling[] spellings)
    {
        ReadOnlySpan<(char Small, char Capital)> schwaLookAlikes = [('ә', 'Ә'), ('e', 'E')];
        var all = new List<KeywordSpelling>(spellings.Length * 2);
        for (var i = 0; i < spellings.Length; i++)
        {
            var text = spellings[i].Text;
            var twin = i + 1 < spellings.Length && text.Length > 0 && char.IsLower(text[0])
                && spellings[i + 1].Text == char.ToUpperInvariant(text[0]) + text[1..] ? 1 : 0;
            for (var k = i; k <= i + twin; k++) all.Add(spellings[k]);
            foreach (var (small, capital) in schwaLookAlikes)
                for (var k = i; k <= i + twin; k++)
                    if (spellings[k].Text.AsSpan().IndexOfAny('ə', 'Ə') >= 0)
                    {
                        var typed = spellings[k].Text.Replace('ə', small).Replace('Ə', capital);
                        if (!all.Exists(a => a.Level == spellings[k].Level && a.Text == typed)) all.Add(spellings[k] with { Text = typed });
                    }
            i += twin;
        }
        return all.ToArray();
    }

    /// <summary>
    /// The level and locator words of Azerbaijani that mark a text as Azerbaijani wherever they stand as words (no
    /// full stop): those without a schwa matter, since a schwa alone tells Azerbaijani.
    /// </summary>
    public static IReadOnlyList<string> AzerbaijaniWords { get; } = [NamedFond, "siyahı", "vərəq", "iş", "cild", "səh"];

    /// <summary>
    /// Letters of the Azerbaijani Latin alphabet that neither English nor the transliteration of Russian in English notes
    /// writes: a place of publication spelt with one (<c>Bakı</c>, <c>Şuşa</c>, <c>Gəncə</c>) tells an Azerbaijani (or
    /// Turkish, written alike) imprint even where no word of the reference does (<c>Bakı, Yazıçı, 1989</c>).
    /// </summary>
    public const string AzerbaijaniLetters = "əƏıİşŞğĞ";

    /// <summary>The double marks that open a quoted name: typographic, guillemet, the low-9 German and Russian open with, straight.</summary>
    public const string OpeningQuotes = "“«„\"";

    /// <summary>The double marks that close a quoted name: typographic, guillemet, the high “ that closes „, straight.</summary>
    public const string ClosingQuotes = "”»“\"";

    /// <summary>The single marks of a quoted name (<c>‘Ulduz’</c>), read where a reader asks for them beside the double ones.</summary>
    public const string SingleQuotes = "‘’";

    /// <summary>Each opening mark and the mark that closes it (English “…” and ‘…’, guillemets, German and Russian „…“); a straight mark closes itself.</summary>
    public static IReadOnlyList<string> QuotePairs { get; } = ["“”", "‘’", "«»", "„“"];

    // Stated before GeorgianFamilyEndings, which spreads it: static properties initialise in the order written.
    /// <summary>
    /// The <see cref="GeorgianFamilyEndings"/> that given names in the nominative share (<c>ლევანი</c>, <c>ქეთევანი</c>,
    /// <c>რუსუდანი</c> as <c>ჩიქოვანი</c>): a name with such an ending alone does not tell which of its words is the family's.
    /// </summary>
    public static ImmutableArray<string> GeorgianEndingsSharedWithGivenNames { get; } = ["ანი"];

    /// <summary>
    /// The endings of Georgian family names that no common word of a title shares (<c>ჯავახიშვილი</c>,
    /// <c>ლორთქიფანიძე</c>, <c>ჩიქოვანი</c>, <c>ბახტაძე</c>), which tell the family name of a name written in full in
    /// either order (<c>ივანე ჯავახიშვილი</c>, <c>ჯავახიშვილი ივანე</c>): Georgian script has no capitals to tell it. The
    /// endings -ია, -ელი, -ური, -ული (<c>ჯანაშია</c>) are left out: titles' nouns and adjectives end so too (ისტორია, ქართული).
    /// </summary>
    public static ImmutableArray<string> GeorgianFamilyEndings { get; } = ["შვილი", "ძე", "ავა", "უა", .. GeorgianEndingsSharedWithGivenNames];

    /// <summary>
    /// The Latin letter the AcadNusx font draws as each Georgian letter from ა (U+10D0) to ჰ (U+10F0), in order: Georgian
    /// typed in that font is stored in these letters (<c>saqarTvelo</c> for საქართველო) and kept as stored.
    /// </summary>
    public const string AcadNusxLetters = "abgdevzTiklmnopJrstufqRySCcZwWxjh";

    /// <summary>Georgian text as the AcadNusx font stores it (<c>შვილი</c> → <c>Svili</c>); letters it has no key for are kept.</summary>
    public static string InAcadNusx(string georgian) => string.Concat(georgian.Select(c =>
        c is >= '\u10D0' and <= '\u10F0' ? AcadNusxLetters[c - '\u10D0'] : c));

    /// <summary>The spellings of Baku, the usual place of an Azerbaijani imprint, that hold none of <see cref="AzerbaijaniLetters"/> (<c>B.: Maarif, 1990</c>).</summary>
    public static ImmutableArray<string> BakuWithoutAzerbaijaniLetters { get; } = [BakuAbbreviated, "Baki", "Baku", "Bakü"];

    /// <summary>Baku abbreviated in Latin letters (<c>B.: Maarif, 1990</c>), also one of the <see cref="AbbreviatedPlaces"/>.</summary>
    public const string BakuAbbreviated = "B.";

    /// <summary>The holding units that are a record group, which stands where a fond stands (<c>RG 59</c>).</summary>
    public static IReadOnlyList<string> RecordGroupUnits { get; } = ["Record Group", "record group", "RG"];

    /// <summary>
    /// The units of a Western repository's holdings before their number (<c>box 3</c>, <c>folder 7</c>, <c>Record Group
    /// 59</c>, <c>RG 59</c>, <c>reel 12</c>), which no fond–opis–delo keyword is; the record group is read as the fond.
    /// </summary>
    public static ImmutableArray<string> HoldingUnits { get; } = [.. RecordGroupUnits, "box", "Box", "folder", "Folder", "reel", "Reel", "carton", "Carton"];

    /// <summary>Words that end the name of a collection kept in a Western repository (<c>Boris Nicolaevsky Collection</c>, <c>Averell Harriman Papers</c>).</summary>
    public static ImmutableArray<string> CollectionWords { get; } = ["Collection", "Papers", "Files"];

    /// <summary>
    /// Words that name a repository in English besides <c>Archive</c> (<c>Hoover Institution Archives</c>, <c>Library of
    /// Congress</c>, <c>Public Record Office</c>, <c>Imperial War Museum</c>).
    /// </summary>
    public static ImmutableArray<string> RepositoryWords { get; } = [EnglishArchive, EnglishArchives, "Library", "Institution", "Record Office", "Museum"];

    /// <summary>The English words for an archive, which name a repository and are among the <see cref="ArchiveWords"/>.</summary>
    public const string EnglishArchive = "Archive", EnglishArchives = "Archives";

    /// <summary>
    /// Words that name a newspaper before or after its title (<c>«Kommunist» qəzeti</c>, <c>газета «Коммунист»</c>,
    /// Georgian <c>გაზ. „კომუნისტი“</c>, AcadNusx <c>gazeTi "afxazeTis xma"</c>), longer before the shorter they open.
    /// </summary>
    public static ImmutableArray<string> NewspaperWords { get; } = [.. WithCyrillicSchwa(
        ["qəzeti", "qəzet", "gazetesi", "gazeti", "gazeta", "газета", "газ.", "გაზეთი", "გაზ.", "gazeTi", "gaz."])];

    /// <summary>
    /// The word that leads from an article's pages to the pages cited within them (<c>С. 73–115, здесь с. 109</c>,
    /// <c>pp. 73–115, here p. 109</c>): the pages after it are the locator.
    /// </summary>
    public static ImmutableArray<string> HereWords { get; } = ["здесь", EnglishHere];

    /// <summary>English <c>here</c>, one of the <see cref="HereWords"/> and of the <see cref="EnglishPinpointWords"/>.</summary>
    public const string EnglishHere = "here";

    /// <summary>
    /// The words after a page that name a note on it (<c>92, n. 4</c>, <c>66 n. 27</c>, <c>nn. 3–4</c>, <c>note 12</c>), longest
    /// first: the note is part of the locator.
    /// </summary>
    public static ImmutableArray<string> EnglishNoteWords { get; } = ["notes", "note", "nn.", NoteOrNumber];

    /// <summary>
    /// <c>n.</c>: after a page a note on it (<c>66 n. 27</c>); after a periodical's <c>v.</c> and its number, as Portuguese and
    /// Spanish catalogues write it (<c>Central Asian Survey, v. 12, n. 3</c>), the issue.
    /// </summary>
    public const string NoteOrNumber = "n.";

    /// <summary>
    /// The Georgian footnote (<c>სქ.</c>, სქოლიო) after a page and line of a source's edition (<c>784,18,სქ.6,7</c>): the note
    /// is part of the locator.
    /// </summary>
    public static ImmutableArray<string> GeorgianNoteWords { get; } = ["სქ."];

    /// <summary>The marks after a page for the pages that follow it (<c>77ff.</c>, <c>282 f.</c>), longest first: part of the locator.</summary>
    public static ImmutableArray<string> FollowingPagesMarks { get; } = ["ff.", "ff", "f."];

    /// <summary>
    /// The words of an English thesis statement in an imprint (<c>(PhD diss., University of London, 2004)</c>, <c>Ph.D.
    /// dissertation, Harvard University, 2008</c>, <c>MA thesis</c>): the genre, recorded nowhere; the university is the publisher.
    /// </summary>
    public static ImmutableArray<string> EnglishThesisWords { get; } = ["dissertation", DissertationAbbreviated, "thesis"];

    /// <summary><c>diss.</c>, a dissertation in English notes (<c>PhD diss.</c>) and transliterated Russian (<c>diss. … kand.</c>) alike.</summary>
    public const string DissertationAbbreviated = "diss.";

    /// <summary>
    /// The words English notes also lead from an article's pages to the pages cited by (<c>1–30, esp. 12</c>, <c>1–30,
    /// at 12</c>), besides <see cref="HereWords"/>.
    /// </summary>
    public static ImmutableArray<string> EnglishPinpointWords { get; } = [EnglishHere, "especially", "esp.", AddressLeadIn];

    /// <summary>
    /// Georgian words for a publishing house before its name in quotation marks (<c>გამომც. „საბჭოთა საქართველო“</c>,
    /// <c>გამ-ბა „მეცნიერება“</c>): the publisher is the name, as a Russian note's <c>Баку: Элм</c> gives it.
    /// </summary>
    public static ImmutableArray<string> GeorgianPublisherWords { get; } = ["გამომცემლობა", "გამომც.", "გამ-ბა"];

    /// <summary>
    /// The Turkish words that close a publishing house's name (<c>Ötüken Yayınevi</c>, <c>Berikan yayınçılık</c>): a
    /// Turkish entry names its publisher before the year without a place, and the word tells the name for one. Not in
    /// the labeller's lexicon.
    /// </summary>
    public static IReadOnlyList<string> TurkishPublisherWords { get; } = ["Yayınevi", "Yayınları", "Yayıncılık", "yayıncılık", "yayınçılık", "Basımevi", "Kitabevi"];

    /// <summary>
    /// The labels of a Georgian library catalogue's record, printed glued to their values (<c>გამოცემის წელი1968
    /// გამომცემლობათსუ-ს გამომცემლობა</c>): the year's, the place's and (the publishing house's word) the publisher's.
    /// </summary>
    public static IReadOnlyList<(string Label, CatalogueField Field)> GeorgianCatalogueLabels { get; } =
        [("გამოცემის წელი", CatalogueField.Year), ("გამოცემის ადგილი", CatalogueField.Place), (GeorgianPublisherWords[0], CatalogueField.Publisher)];

    /// <summary>Russian <c>журн.</c> (journal): a journal's word, and the last word of a lead-in (<c>в журн.:</c>).</summary>
    public const string RussianJournalAbbreviated = "журн.";

    /// <summary>
    /// Words that name a journal, before its title (<c>журн. «Вопросы истории»</c>, <c>Журнал «Мнатоби»</c>, Georgian
    /// <c>ჟურნ. „მნათობი“</c>) or after it in Azerbaijani (<c>"Qobustan" jurnalı</c>), longer before the shorter they open.
    /// </summary>
    public static IReadOnlyList<string> JournalWords { get; } = WithCyrillicSchwa(["журнал", RussianJournalAbbreviated, "ჟურნალი", "ჟურნ.", "zhurnal", "zhurn.", "jurnalı", "jurnal", "məcmuəsi"]);

    /// <summary>
    /// Each word, then its twin typed with the Cyrillic look-alike of the schwa where it has one: the Musiqi Dünyası
    /// sites and keyboards without the Latin letter write <c>«İrşad» qәzeti</c> with <c>ә</c> (U+04D9), as
    /// <see cref="WithLookAlikes"/> lets the keywords be typed.
    /// </summary>
    private static string[] WithCyrillicSchwa(string[] words)
    {
        const char latin = 'ə', cyrillic = '\u04D9';
        return words.SelectMany(w => w.Contains(latin) ? new[] { w, w.Replace(latin, cyrillic) } : [w]).ToArray();
    }

    /// <summary>
    /// Words that open a publisher's name written as a sentence of its own before the place (<c>Изд. ЦИК СССР. М.,
    /// 1923</c>, <c>Тип. Штаба округа. Тифлис, 1901</c>), a capitalised name after them (<c>Изд. 2-е</c> is an edition).
    /// </summary>
    public static IReadOnlyList<string> PublisherSentenceOpeners { get; } = ["Изд.", "Издание", "Тип.", "Типография", "Izd.", "Tip."];

    /// <summary>
    /// Words that open the container of a part in older Russian notes where GOST writes <c>//</c> (<c>Петров А. Б.
    /// Статья. — В кн.: Сборник. М., 1990</c>), and Georgian <c>წგნ.:</c>, <c>წგ.:</c> (წიგნში, "in the book":
    /// <c>ავტორი, სტატია, წგნ.: კრებული, თბ., 1965</c>), longer before the shorter they open; compared ignoring case.
    /// </summary>
    public static ImmutableArray<string> ContainerMarks { get; } = ["В кн.:", "В сб.:", "В журн.:", "В кн.", "В сб.", "V kn.:", "V sb.:", "წგნ.:", "წგ.:"];

    /// <summary>
    /// Marks after a year (<c>1985 г.</c>, <c>1999il</c>, Georgian <c>1960 წ.</c>, AcadNusx <c>1960 w.</c>), longer before
    /// the shorter they open.
    /// </summary>
    public static ImmutableArray<string> YearMarks { get; } = ["г.", "года", "il", "ил", "წლ.", "წ.", "wl.", "w."];

    /// <summary>
    /// Turkish <c>yıl</c>, the year of a journal's run, which Turkish references give as its volume (<c>Türk Dili, 2005,
    /// yıl, 54, sayı 12</c>): read only before a number closing a periodical's part.
    /// </summary>
    public static IReadOnlyList<string> JournalRunWords { get; } = ["yıl"];

    /// <summary>
    /// Azerbaijani <c>say</c> (number), a journal's issue written with a colon after it (<c>cild: 19, say: 1</c>): read only
    /// so, before a number closing a periodical's part, never as a keyword of its own.
    /// </summary>
    public static IReadOnlyList<string> IssueWordsWithColon { get; } = ["say"];

    /// <summary>
    /// The endings an Azerbaijani ordinal puts on a year before <c>il</c> (<c>2012-ci il</c>, <c>2013-cü il</c>,
    /// <c>2009-cu il</c>, <c>2016-cı il</c>), by vowel harmony.
    /// </summary>
    public static IReadOnlyList<string> AzerbaijaniYearEndings { get; } = ["-ci", "-cı", "-cu", "-cü"];

    /// <summary>
    /// The official gazettes that publish laws and decrees, in every convention: a citation naming one is a law's
    /// (<c>СУ РСФСР. 1922. № 4. Ст. 44</c>, <c>Azərbaycan Respublikasının Qanunvericilik Toplusu, 2005, № 1, maddə 3</c>,
    /// <c>სსმ, 12, 20/02/1997</c>, <c>Sobranie uzakonenii RSFSR, 1918, no. 4, art. 64</c>). Names are compared ignoring
    /// case from a word's start; abbreviations exactly, as whole words.
    /// </summary>
    public static IReadOnlyList<LegalGazette> LegalGazettes { get; } =
    [
        // Russian Empire, RSFSR, USSR and the Russian Federation.
        new("Полное собрание законов", NumbersActs: true), new("Собрание узаконений"), new("Собрание законов"),
        new("Собрание законодательства"), new("Собрание постановлений"), new("Свод законов"),
        new("Ведомости Верховного Совета"), new("Ведомости Съезда"), new("Ведомости СНД"), new("Ведомости ВС", Abbreviation: true),
        new("Бюллетень нормативных актов"), new("Собрание актов"),
        new("ПСЗ", Abbreviation: true, NumbersActs: true), new("СУ", Abbreviation: true), new("СЗ", Abbreviation: true),
        // The same transliterated, as English notes write them.
        new("Polnoe sobranie zakonov", NumbersActs: true), new("Polnoe sobranie", NumbersActs: true), new("Sobranie uzakonenii"),
        new("Sobranie uzakonenij"), new("Sobranie zakonov"), new("Sobranie zakonodatel'stva"), new("Sobranie zakonodatel’stva"),
        new("Sobranie postanovlenii"), new("Sobranie aktov"), new("Svod zakonov"), new("Vedomosti Verkhovnogo Soveta"), new("Vedomosti SND"),
        new("PSZ", Abbreviation: true, NumbersActs: true), new("SU", Abbreviation: true), new("SZ", Abbreviation: true),
        // Azerbaijan: the Collection of Legislation and the Constitutional Court's bulletin.
        new("Qanunvericilik Toplusu"), new("Konstitusiya Məhkəməsinin Məlumatı"),
        // Georgia: the Legislative Herald (სსმ, საქართველოს საკანონმდებლო მაცნე), the Gazette of the Parliament and of
        // the Supreme Council (უწყებანი), also typed in the AcadNusx font's Latin letters.
        new("საკანონმდებლო მაცნე"), new("უწყებანი"), new("უწყებები"), new("სსმ", Abbreviation: true),
        new("sakanonmdeblo macne"), new("uwyebani"), new("uwyebebi"),
    ];

    /// <summary>The abbreviated keyword of an article of a law in a legal gazette (<c>СУ РСФСР. 1922. № 4. Ст. 44</c>).</summary>
    public static IReadOnlyList<string> LawArticleAbbreviations { get; } = ["Ст.", "ст.", "St."];

    /// <summary>The keywords of an article of an act in a gazette, beside <c>Ст.</c> (<c>maddə 3</c>, <c>art. 64</c>, <c>მუხ. 19</c>), longer before the shorter they open.</summary>
    public static IReadOnlyList<string> LawArticleWords { get; } =
        ["Maddə nömrəsi:", "maddə", "Maddə", "статья", "Статья", "art.", "Art.", "article", "მუხლი", "მუხ."];

    /// <summary>
    /// The keyword of an act's number in a collection that numbers acts, not articles (<c>Polnoe Sobranie, vol. 27, doc.
    /// 20406</c>): read as an article is, but, unlike one, no sign of a gazette by itself (a document collection has it too).
    /// </summary>
    public static IReadOnlyList<string> LawItemWords { get; } = ["doc."];

    /// <summary>The marks of a gazette's issue number (<c>№ 4</c>, <c>no. 4</c>, <c># 8</c>, e-qanun.az's <c>Nəşr nömrəsi: 06</c>), longer before the shorter they open.</summary>
    public static IReadOnlyList<string> LawIssueMarks { get; } = ["Nəşr nömrəsi:", EnglishNumber, EnglishNumberLower, "Nº", NumberSign, "#", NumberSignAsN];

    /// <summary>
    /// The words of a series statement after an English title (<c>1st ser.</c>, <c>2nd series</c>, <c>ser. 3</c>), recorded
    /// nowhere: no part of the title.
    /// </summary>
    public static ImmutableArray<string> EnglishSeriesWords { get; } = ["series", "ser."];

    /// <summary>The words of a series of a gazette (<c>ПСЗ. Собр. 2</c>, <c>PSZ, 2nd ser.</c>): recorded nowhere.</summary>
    public static IReadOnlyList<string> LawSeriesWords { get; } = ["Собр.", "Sobr.", .. EnglishSeriesWords];

    /// <summary>The field names of a legal database's record that stand before a date (e-qanun.az's <c>Dərc olunma tarixi: 30-06-1998</c>): prose.</summary>
    public static IReadOnlyList<string> LawRecordLabels { get; } = ["Dərc olunma tarixi:"];

    /// <summary>Georgian <c>წყარო:</c> (source:), a lead-in before a gazette and before any Georgian citation.</summary>
    public const string GeorgianSource = "წყარო:";

    /// <summary>Russian <c>в</c> (in), a lead-in before a gazette and the last word of a lead-in (<c>… в:</c>).</summary>
    public const string RussianIn = "в";

    /// <summary>
    /// Lead-ins before a gazette that belong to no field (<c>In Polnoe sobranie</c>, <c>Mənbə:</c>, Georgian <c>წყარო:</c>),
    /// compared ignoring case, followed by a space.
    /// </summary>
    public static IReadOnlyList<string> LawLeadIns { get; } = ["Rəsmi dərc edildiyi mənbə:", "Mənbə:", GeorgianSource, "Source:", "In", RussianIn, "see"];

    /// <summary>
    /// The words that name an act (<c>Qanunu</c>, <c>Fərmanı</c>, <c>закон</c>, <c>კანონი</c>): before a bracket listing
    /// where it was published (<c>… Azərbaycan Respublikasının Qanunu (“Azərbaycan” qəzeti, …)</c>), they tell the
    /// bracket's papers as the act's publications. Compared ignoring case, at a word's start (<c>Məcəlləsinin</c>).
    /// </summary>
    public static ImmutableArray<string> ActWords { get; } =
        ["Qanun", "Fərman", "Sərəncam", "Qərar", "Məcəllə", "закон", "федер", "указ", "постановлени", "декрет", "распоряжени", "კანონ", "ბრძანებულება", "დადგენილება", "law", "decree"];

    /// <summary>The word that opens an act's date after its name (<c>Декрет СНК от 23 января 1918 г.</c>): the date is no part of the title.</summary>
    public static ImmutableArray<string> ActDateWords { get; } = ["от"];

    /// <summary>The verso marks after a folio number, in the order they are tried (a mark with a full stop before the same without).</summary>
    public static IReadOnlyList<VersoSpelling> Verso { get; } =
    [
        new("arxa"), new("Arxa"), new("об."), new("об"), new("ob."), new("ob"), new("v", WholeWord: true, AnyScript: true), new("verso", AnyScript: true), new("оборот"),
    ];

    /// <summary>The words each convention writes a shelf mark, a folio, a verso, an ibid and an op. cit. with (what the renderer prints and the validator suggests).</summary>
    private static readonly Dictionary<ArchivalConvention, (string Fond, string Opis, string Delo, string Folio, string Verso, string Ibid, string OpCit)> Written = new()
    {
        [ArchivalConvention.Azerbaijani] = ("fond", "siyahı", "iş", "vərəq", "arxa", "Yenə orada", "Göst. əsəri"),
        [ArchivalConvention.Russian] = ("Ф.", "Оп.", "Д.", "Л.", "об.", "Там же", "Указ. соч."),
        [ArchivalConvention.English] = ("f.", "op.", "d.", "l.", "ob.", "Ibid.", "op. cit."),
    };

    /// <summary>
    /// The ibid phrases in the order they are tried (a phrase another opens comes first: <c>Ibidem</c>, <c>Ibid</c>),
    /// each with the language it tells (null for the Latin one, which every language uses).
    /// </summary>
    public static IReadOnlyList<(string Phrase, string? Language)> IbidPhrases { get; } =
    [
        ("Yenə həmin yerdə", "az"), ("Yenə orada", "az"), ("Yene orada", "az"), ("Eyni yerdə", "az"), ("Həmin yerdə", "az"),
        ("Там же", "ru"), ("Тамже", "ru"), ("Tam je", "ru"), ("Tam zhe", "ru"), ("Tam že", "ru"),
        // Georgian იქვე ("there"), and the same typed in the AcadNusx font.
        ("იქვე", "ka"), ("iqve", "ka"),
        ("Ibidem", null), ("Ibid", null), ("İbid", null),
    ];

    /// <summary>
    /// Abbreviations after which a full stop does not end a sentence of a citation, compared ignoring case: many of the
    /// keywords above without their full stop, and the other abbreviations of citations (<c>sost</c>, <c>izd</c>, <c>g</c>).
    /// </summary>
    internal static readonly HashSet<string> NonTerminalAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "s", "c", "t", "т", "с", "p", "pp", "vol", "sost", "сост", "red", "ред", "per", "пер", "pod", "под", "otv", "отв", "общ", "obshch", "науч", "nauch", "гл", "gl", "проф", "акад", "публ", "коммент", "примеч", "журн", "газ", "ჟურნ", "გაზ", "zhurn", "gaz", "ტ", "спр", "арк",
        "izd", "изд", "ed", "eds", "comp", "trans", "st", "ст", "vstup", "вступ", "no", "vyp", "вып", "səh", "tərt",
        "f", "ф", "op", "оп", "d", "д", "l", "л", "ll", "лл", "ob", "об", "g", "г", "gg", "гг", "cild", "str", "стр",
        "cit", "сб", "sb", "ukaz", "указ", "soç", "soch", "soc", "соч", "göst", "აღწ", "დასახ", "dasax", "ნაშრ", "naSr", "გვ", "gv", "ან", "anaw", "საქ", "saq", "ფურც", "furc", "რედ", "შემდგ", "თარგმ", "доп", "испр", "перераб", "подгот", "подг", "расш", "стереотип", "dop", "ispr", "pererab", "გამომც",
    };

    /// <summary>
    /// Academic titles written before a name in a statement of responsibility (<c>под ред. проф. А. Б. Петрова</c>,
    /// <c>под редакцией академика И. А. Орбели</c>): no part of the name. Compared ignoring case.
    /// </summary>
    public static ImmutableArray<string> AcademicTitles { get; } =
        ["академика", "академик", "акад.", "профессора", "профессор", "проф.", "д-ра", "чл.-корр.", "akad.", "prof."];

    /// <summary>
    /// The Latin words for "the same author" (<c>idem</c>, <c>eadem</c>, <c>iidem</c>), which notes of every script use
    /// to open the next work of an author just named.
    /// </summary>
    public static ImmutableArray<string> LatinIdem { get; } = ["idem", "eadem", "iidem"];

    /// <summary>
    /// The words an English chapter citation names its own author by before the book (<c>in idem, Collected Works</c>,
    /// <c>in eadem, …</c>, <c>in his Collected Works</c>): no part of the book's title.
    /// </summary>
    public static ImmutableArray<string> EnglishSameAuthorWords { get; } = [.. LatinIdem, "his", "her", "their"];

    /// <summary>
    /// The generational suffixes an English note writes after a name and a comma (<c>William C. Fuller, Jr, The Foe
    /// Within</c>): part of the name, not the title's first word.
    /// </summary>
    public static ImmutableArray<string> EnglishNameSuffixes { get; } = ["Jr.", "Jr", "Sr.", "Sr"];

    /// <summary>The English words that mark editors (<c>ed.</c>, <c>eds.</c>), longest first; they are role words too.</summary>
    public static IReadOnlyList<string> EnglishEditorWords { get; } = ["eds.", "ed."];

    /// <summary>
    /// The English words that name a role after a title or a name (<c>ed. X</c>, <c>edited by X</c>, <c>comp.</c>,
    /// <c>trans.</c>), each before the shorter it opens; they are <see cref="RoleWords"/> too.
    /// </summary>
    public static IReadOnlyList<(string Word, CreatorRole Role)> EnglishRoleWords { get; } =
    [
        // "Pravda Reports, edited and translated by Mary Hill": the editor's role, whichever of the two comes first.
        ("edited and translated by", CreatorRole.Editor), ("translated and edited by", CreatorRole.Editor),
        ("edited by", CreatorRole.Editor), (EnglishEditorWords[0], CreatorRole.Editor), (EnglishEditorWords[1], CreatorRole.Editor),
        ("compiled by", CreatorRole.Compiler), ("comps.", CreatorRole.Compiler), ("comp.", CreatorRole.Compiler),
        ("translated by", CreatorRole.Translator), ("trans.", CreatorRole.Translator),
    ];

    /// <summary>The word, and its space, between a role's abbreviation and the names (<c>ed. by Laura Hunt</c>, <c>trans. by …</c>).</summary>
    public const string RoleBy = "by ";

    /// <summary>
    /// What English notes write for a date or a place (or publisher) the book does not give: <c>n.d.</c> (no date) and
    /// <c>n.p.</c> (no place, no publisher), with or without the space.
    /// </summary>
    public static IReadOnlyList<string> NoDateMarks { get; } = ["n.d.", "n. d.", "б. г.", "б.г.", "Б. г.", "б/г"];

    /// <summary>
    /// The words an English imprint puts before a reprint's place, after the first edition's year (<c>(1921; repr.,
    /// London: Hyperion, 1970)</c>, <c>(1921; reprint, London, 1970)</c>), longest first.
    /// </summary>
    public static ImmutableArray<string> ReprintMarks { get; } = ["reprinted", "reprint", "repr."];

    /// <summary>The marks for a place or publisher a book does not give (<see cref="NoDateMarks"/>).</summary>
    public static IReadOnlyList<string> NoPlaceMarks { get; } = ["n.p.", "n. p.", "Б. м.", "Б.м.", "б. м."];

    /// <summary>
    /// The abbreviated languages a Russian translation names after <c>пер. с</c> ("translated from"): <c>Пер. с англ. А. Б.
    /// Петрова</c>; each makes a role word of its own (<see cref="RoleWords"/>), so the names start after the language.
    /// </summary>
    public static IReadOnlyList<string> TranslatedFromLanguages { get; } =
        ["англ.", "нем.", "франц.", "фр.", "итал.", "исп.", "польск.", "чеш.", "укр.", "груз.", "азерб.", "арм.", "тур.", "перс.", "араб.", "лат.", "греч.", "др.-греч."];

    /// <summary>Words that name a compiler's, editor's or translator's role, and the CSL role each means.</summary>
    public static IReadOnlyList<(string Word, CreatorRole Role)> RoleWords { get; } = new (string, CreatorRole)[]
    {
        // "Список населённых мест / Терский статкомитет ; под. ред. Н. А. Благовещенского": the stray stop after "под".
        ("под. ред.", CreatorRole.Editor), ("pod. red.", CreatorRole.Editor),
        ("sostavitel", CreatorRole.Compiler), ("sostavil", CreatorRole.Compiler), ("sostavila", CreatorRole.Compiler),
        ("sostaviteli", CreatorRole.Compiler), ("sost.", CreatorRole.Compiler), ("сост.", CreatorRole.Compiler),
        ("составитель", CreatorRole.Compiler), ("составил", CreatorRole.Compiler), ("составила", CreatorRole.Compiler),
        ("составители", CreatorRole.Compiler), ("tərtib edən", CreatorRole.Compiler), ("tərtibçi", CreatorRole.Compiler),
        // Azerbaijani: the compiler(s) with the possessive or plural ending ("Tərtib edəni:", "Tərtibçilər:"), and "tərt. edən".
        ("tərtib edəni", CreatorRole.Compiler), ("tərtib edənlər", CreatorRole.Compiler), ("tərtibçilər", CreatorRole.Compiler), ("tərt. edən", CreatorRole.Compiler),
        ("tərt. ed.", CreatorRole.Compiler), ("tərt.", CreatorRole.Compiler),
        ("pod redaksiyey", CreatorRole.Editor), ("pod red.", CreatorRole.Editor), ("под ред.", CreatorRole.Editor),
        ("под общ. ред.", CreatorRole.Editor), ("под общей ред.", CreatorRole.Editor), ("под общей редакцией", CreatorRole.Editor),
        ("pod obshch. red.", CreatorRole.Editor), ("науч. ред.", CreatorRole.Editor), ("nauch. red.", CreatorRole.Editor),
        ("гл. ред.", CreatorRole.Editor), ("gl. red.", CreatorRole.Editor), ("отв. редактор", CreatorRole.Editor),
        ("ответственный редактор", CreatorRole.Editor), ("научный редактор", CreatorRole.Editor), ("главный редактор", CreatorRole.Editor),
        // The publisher of documents in a journal or a collection ("/ Публ., вступ. статья и коммент. А. Б. Петрова").
        ("публикация", CreatorRole.Editor), ("публ.", CreatorRole.Editor), ("publ.", CreatorRole.Editor),
        ("под редакцией", CreatorRole.Editor), ("otv. red.", CreatorRole.Editor), ("отв. ред.", CreatorRole.Editor),
        // The editorial board ("Ред. кол.: А. Б. Петров, В. Г. Сидоров", "Редкол.: …"), whose members are the editors.
        ("ред. кол.", CreatorRole.Editor), ("редкол.", CreatorRole.Editor), ("редколлегия", CreatorRole.Editor), ("red. kol.", CreatorRole.Editor), ("redkol.", CreatorRole.Editor),
        ("red.", CreatorRole.Editor), ("ред.", CreatorRole.Editor), ("redaktor", CreatorRole.Editor), ("редактор", CreatorRole.Editor),
        // Azerbaijani: "Redaktoru M. Arif" (its editor), "Redaktorlar:", "Redaksiya heyəti:" (the editorial board).
        ("redaktoru", CreatorRole.Editor), ("redaktorlar", CreatorRole.Editor), ("redaksiya heyəti", CreatorRole.Editor),
        // "Red. heyəti: …" (the board, abbreviated), "Ön söz və ümumi redaktə: …" (general editing), "Redaktə edən: …".
        ("red. heyəti", CreatorRole.Editor), ("ümumi redaktə", CreatorRole.Editor), ("redaktə edən", CreatorRole.Editor),
        // Who prepared the text of an edition ("Подготовка текста и примеч. А. Б. Петрова", "/ Подгот. текста …") edited it.
        ("подготовка текста", CreatorRole.Editor), ("подгот. текста", CreatorRole.Editor), ("подг. текста", CreatorRole.Editor),
        // The scientific, chief and responsible editor ("; elmi red. T. Hüseynov"), whose role opens a list's statement.
        ("elmi red.", CreatorRole.Editor), ("baş redaktor", CreatorRole.Editor), ("baş red.", CreatorRole.Editor), ("məsul red.", CreatorRole.Editor),
        // Who prepared an edition for the press, in Azerbaijani and Turkish ("Nəşrə hazırlayan: N. Axundov", "/ Yayına
        // Hazırlayan M. Ergin", "Çapa hazırlayanı …"), edited it, as "подготовка текста" says in Russian.
        ("nəşrə hazırlayan", CreatorRole.Editor), ("nəşrə hazırlayanı", CreatorRole.Editor), ("nəşrə hazırlayanlar", CreatorRole.Editor),
        ("çapa hazırlayan", CreatorRole.Editor), ("çapa hazırlayanı", CreatorRole.Editor), ("çapa hazırlayanlar", CreatorRole.Editor),
        ("yayına hazırlayan", CreatorRole.Editor), ("yayına hazırlayanlar", CreatorRole.Editor), ("yayına hazırlayanı", CreatorRole.Editor),
        ("perevod", CreatorRole.Translator), ("per.", CreatorRole.Translator), ("пер.", CreatorRole.Translator),
        ("перевод", CreatorRole.Translator), ("tərcümə edən", CreatorRole.Translator), ("tərcümə", CreatorRole.Translator),
        ("predislovie", CreatorRole.Other), ("предисловие", CreatorRole.Other), ("vstupitelnaya statya", CreatorRole.Other),
        ("вступ. ст.", CreatorRole.Other), ("вступ. статья", CreatorRole.Other), ("коммент.", CreatorRole.Other), ("примеч.", CreatorRole.Other), ("kommentarii", CreatorRole.Other), ("комментарии", CreatorRole.Other),
        ("ön sözün müəllifi", CreatorRole.Other), ("ön söz", CreatorRole.Other), ("izd.", CreatorRole.Other),
        // Azerbaijani reviewers ("Rəyçilər: …"), whom no CSL role records.
        ("rəyçilər", CreatorRole.Other), ("rəyçi", CreatorRole.Other),
        // Georgian: the editor (რედაქტორი, რედ.), the compiler (შემდგენელი, შემდგ.), the translator (მთარგმნელი, თარგმ.).
        ("რედაქტორი", CreatorRole.Editor), ("რედ.", CreatorRole.Editor), ("შემდგენელი", CreatorRole.Compiler), ("შემდგ.", CreatorRole.Compiler),
        ("მთარგმნელი", CreatorRole.Translator), ("თარგმ.", CreatorRole.Translator),
    }.Concat(EnglishRoleWords).Concat(TranslatedFromLanguages.Select(l => ("пер. с " + l, CreatorRole.Translator))).ToArray();

    /// <summary>
    /// Georgian words that name a role after the names, in the genitive (<c>ს. ყაუხჩიშვილის რედაქციით</c>, "edited by S.
    /// Qaukhchishvili"; <c>ილ. აბულაძის გამოცემა</c>, "I. Abuladze's edition"), and the CSL role each means.
    /// </summary>
    public static IReadOnlyList<(string Word, CreatorRole Role)> RoleWordsAfterNames { get; } =
    [
        ("რედაქციით", CreatorRole.Editor), ("რედაქცია", CreatorRole.Editor), ("რედაქტორობით", CreatorRole.Editor),
        ("გამოცემა", CreatorRole.Editor), ("გამოცემით", CreatorRole.Editor), ("თარგმანი", CreatorRole.Translator), ("თარგმანით", CreatorRole.Translator),
    ];

    /// <summary>
    /// The labels of a Georgian documentary edition's source line: the original (<c>დედანი:</c>) and the copy or copies
    /// (<c>პირი:</c>, <c>პირები:</c>) of the document, each before its shelf mark.
    /// </summary>
    public static ImmutableArray<string> GeorgianSourceLabels { get; } = ["დედანი", "პირები", "პირი"];

    /// <summary>
    /// TITUS's header line before the text of a document (<c>Manuscript: Qd-9995</c>): the manuscript the edition prints,
    /// a shelf mark of the National Centre of Manuscripts.
    /// </summary>
    public const string ManuscriptHeaderLabel = "Manuscript";

    /// <summary>The Georgian plural's ending (<c>ნარკვევები</c>, "essays"): a title's word, never a person's one name.</summary>
    public const string GeorgianPluralEnding = "ები";

    /// <summary>The Georgian genitive's ending (<c>საქართველოს ისტორია</c>): a title's first word, never a person's name.</summary>
    public const char GeorgianGenitiveEnding = 'ს';

    /// <summary>
    /// The endings of Georgian adjectives (<c>ქართული</c>, <c>ისტორიული</c>, <c>ტფილისური</c>), which tell a title's two
    /// words from a person's two names; a mountain family name ends so too (<c>არაბული</c>, <c>ბექაური</c>) and is then
    /// left to the readers that know it by its initials or its comma.
    /// </summary>
    public static IReadOnlyList<string> GeorgianAdjectiveEndings { get; } = ["ული", "ური"];

    /// <summary>The Georgian plural genitive's ending (<c>ავტორთა კოლექტივი</c>, "a collective of authors"): a body's word, never a person's.</summary>
    public const string GeorgianPluralGenitiveEnding = "თა";

    /// <summary>
    /// Georgian nouns of a body (<c>ავტორთა კოლექტივი</c>, <c>მწერალთა კავშირი</c>) that tell a word in -თა before them
    /// a plural genitive: alone, -თა is also a given name's ending (მართა, Martha).
    /// </summary>
    public static ImmutableArray<string> GeorgianBodyNouns { get; } = ["კოლექტივი", "ჯგუფი", "კოლეგია", "კავშირი", "საზოგადოება", "კომისია", "საბჭო"];

    /// <summary>
    /// The collections of the National Centre of Manuscripts in Tbilisi that its shelf marks open with (<c>Hd-1348</c>,
    /// <c>A-1130</c>): the Society for the Spreading of Literacy (A), the Historical-Ethnographic Society (H), the new
    /// collection (Q), the Church Museum (S), and their documents (Ad, Hd, Qd, Sd, Nd). Longest first.
    /// </summary>
    public static ImmutableArray<string> ManuscriptCollections { get; } = ["Ad", "Hd", "Qd", "Sd", "Nd", "A", "H", "Q", "S"];

    /// <summary>The Georgian "see" (<c>იხილეთ</c>, <c>იხ.</c>), which opens a lead-in and a sentence holding a further citation.</summary>
    public static IReadOnlyList<string> GeorgianSeeWords { get; } = ["იხილეთ", "იხ."];

    /// <summary>
    /// Georgian არქივი (archive), the last word of a repository (<c>… ცენტრალური არქივი</c>) and of a personal fond
    /// (<c>… პირადი არქივი</c>) alike: a repository is looked for first.
    /// </summary>
    public const string GeorgianArchive = "არქივი";

    /// <summary>
    /// The last word of a Georgian repository named in words (<c>კ. კეკელიძის სახ. ხელნაწერთა ეროვნული ცენტრი</c>,
    /// <c>… ლიტერატურის მუზეუმი</c>, <c>ეროვნული ბიბლიოთეკა</c>): a centre, a museum, an archive, a library, an institute.
    /// </summary>
    public static IReadOnlyList<string> GeorgianRepositoryWords { get; } = ["ცენტრი", "მუზეუმი", GeorgianArchive, "ბიბლიოთეკა", "ინსტიტუტი"];

    /// <summary>
    /// The last word of a Georgian fond named in words (<c>ი. ჭავჭავაძის პირადი საარქივო ფონდი</c>, <c>ნ. ნიკოლაძის
    /// პირადი არქივი</c>, <c>ილია ჭავჭავაძის არქ.</c>, <c>… მცხეთის საბუთები</c>, <c>… პირების კრებული</c>): a fond, an archive, a collection,
    /// documents, a gathering of copies.
    /// </summary>
    public static IReadOnlyList<string> GeorgianFondWords { get; } = [GeorgianFond, GeorgianArchive, "არქ.", "კოლექცია", "საბუთები", "კრებული"];

    /// <summary>
    /// Words that say what a Georgian repository keeps under the number after them (<c>ავტოგრაფი № 227</c>, the
    /// autograph; <c>ასლი, № 217</c>, a copy; <c>ხელნაწერი № 5</c>, a manuscript): no part of any field.
    /// </summary>
    public static ImmutableArray<string> GeorgianFileWords { get; } = ["ავტოგრაფი", "ასლი", "ხელნაწერი"];

    /// <summary>
    /// The remark that a charter's original or copy is lost (<c>… საბუთები № 144 (დაკარგულია)</c>), printed after the
    /// file it names: prose, no part of any field.
    /// </summary>
    public const string GeorgianLostWord = "დაკარგულია";

    /// <summary>The number sign before a file kept in a Georgian repository named in words (<c>№ 227</c>).</summary>
    public const string NumberSign = "№";

    /// <summary>The signs before a document's number in a Georgian edition (<c>№ 44</c>, <c>N 44</c>), longer first.</summary>
    public static IReadOnlyList<string> DocumentNumberSigns { get; } = [NumberSign, NumberSignAsN];

    /// <summary>
    /// The word after the number of parts of a Georgian multi-volume work (<c>თხზულებანი ათ ტომად</c>, "in ten volumes";
    /// <c>ხუთ წიგნად</c>, "in five books"), as <c>В 4 т.</c> in Russian: the set's size, recorded nowhere.
    /// </summary>
    public static ImmutableArray<string> GeorgianSetSizeWords { get; } = ["ტომად", "წიგნად", "ნაწილად"];

    /// <summary>
    /// What opens the prose leading into a Georgian citation: see (<c>იხ.</c>, <c>იხილეთ</c>), see also, compare
    /// (<c>შდრ.</c>), source (<c>წყარო:</c>), a document's text (<c>საბუთის ტექსტი:</c>). Longest first; no part of any field.
    /// </summary>
    public static ImmutableArray<string> GeorgianLeadIns { get; } = ["იხ. აგრეთვე", "იხ. ასევე", .. GeorgianSeeWords, "შდრ.", "წყაროები:", GeorgianSource, "საბუთის ტექსტი:"];

    /// <summary>
    /// The op. cit. phrases (<c>Göst. əsəri</c>, <c>Указ. соч.</c>, <c>Ukaz. soch.</c>, <c>op. cit.</c>) as patterns, compared
    /// ignoring case: a short form that points back to the author's full citation.
    /// </summary>
    public static IReadOnlyList<string> OpCitPatterns { get; } =
    [
        @"Göst(?:ərilən)?\.?\s*əsər(?:i)?", @"Указ\.?\s*соч\.?", @"Ukaz\.?\s*so(?:ç|ch|c)\.?", EnglishOpCit, EnglishLocCit,
        // Georgian დასახელებული ნაშრომი ("the work named"), abbreviated დასახ. ნაშრ., and the same in AcadNusx.
        @"დასახ(?:ელებული)?\.?\s*ნაშრ(?:ომი)?\.?", @"dasax(?:elebuli)?\.?\s*naSr(?:omi)?\.?",
    ];

    /// <summary>The op. cit. of English notes, as a pattern.</summary>
    public const string EnglishOpCit = @"op\.\s*cit\.?";

    /// <summary>The loc. cit. of English notes (the same work at the same place), as a pattern: a short form as op. cit. is.</summary>
    public const string EnglishLocCit = @"loc\.\s*cit\.?";

    // The words of prose and imprints the readers look for beside the keywords (lead-ins, joins, months, places):
    // spelt here only; Conventions derives its arrays and sets from them.

    /// <summary>
    /// The months in Azerbaijani, Russian (and its transliteration), English, Ukrainian, Georgian and Georgian typed in
    /// the AcadNusx font (kept as stored), each with its number.
    /// </summary>
    public static IReadOnlyList<(string[] Names, int Month)> MonthNames { get; } =
    [
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
    ];

    /// <summary>Descriptors of a collection (<c>Сборник</c>, <c>Toplu</c>), each with its standard spelling (a misspelling maps to the right form).</summary>
    public static IReadOnlyList<(string Written, string Standard)> CollectionDescriptors { get; } =
    [
        ("Sbornik", "Sbornik"), ("Zbornik", "Sbornik"), ("Сборник", "Сборник"), ("Збоpник", "Сборник"), ("Сб.", "Сборник"), ("Toplu", "Toplu"), ("Məcmuə", "Məcmuə"), ("Collection", "Collection"),
    ];

    /// <summary>
    /// Prose that opens a citation in English notes and belongs to no field (<c>See</c>, <c>Cited in</c>), longest
    /// first so <c>See also</c> is taken whole; compared ignoring case, followed by a space, a comma or a colon.
    /// </summary>
    public static IReadOnlyList<string> CommentaryPrefixes { get; } =
    [
        "See, for example,", "See, e.g.,", "See e.g.", "See also", "Quoted in", "Quoted by", "Quoted from", "Cited in", "Cited by", "Cited from", "Citing", "Quotation:", "Compare", "See", "Cf.", "citing",
        // The lead-in of a translated document edition's source line ("Provided by the Russian State Archive of the Economy. Fond 8040, …").
        "Provided by",
        // Azerbaijani "see in more detail", "see also", "on this see", "compare", "see".
        "Daha ətraflı bax", "Ətraflı bax", "Həmçinin bax", "Bu barədə bax", "Müqayisə et", "Müq. et", "Bax həmçinin", "Bax",
    ];

    /// <summary>The endings of a Russian patronymic in full (<c>Иванович</c>, <c>Ильич</c>, <c>Ивановна</c>, <c>Ильинична</c>): what tells a given name and patronymic after a catalogue heading's comma.</summary>
    public static IReadOnlyList<string> PatronymicEndings { get; } = ["ич", "вна", "чна"];

    /// <summary>The Azerbaijani patronymic's words after the father's name (<c>Əli oğlu</c>, "son of Əli"; <c>Məmməd qızı</c>, "daughter of").</summary>
    public static IReadOnlyList<string> PatronymicWords { get; } = ["oğlu", "qızı"];

    /// <summary>
    /// The endings of Azerbaijani family names (<c>Məmmədov</c>, <c>Əliyeva</c>, <c>Hacıbəyli</c>, <c>Rəsulzadə</c>, and
    /// names made of a patronymic: <c>Hüseynoğlu</c>, <c>Dünyaminqızı</c>), longer before the shorter they end in: what tells the family name in two names written without initials.
    /// </summary>
    public static IReadOnlyList<string> AzerbaijaniFamilyEndings { get; } = ["ova", "eva", "ov", "ev", "lı", "li", "lu", "lü", "zadə", "zade", .. PatronymicWords];

    /// <summary>
    /// The endings of Azerbaijani family names in their Russian spelling (<c>Алиев</c>, <c>Гусейнова</c>): where a given
    /// name follows the other word, only such an ending (or an <see cref="AzerbaijaniFamilyEndings"/> one) tells that the
    /// other word is the family name and not a given name itself (<c>Mustafa Kemal</c>).
    /// </summary>
    public static IReadOnlyList<string> CyrillicFamilyEndings { get; } = ["ова", "ева", Ov, Ev];

    /// <summary>The last letters of a poet's epithet of origin in either script (<c>Gəncəvi</c>, <c>Гянджеви</c>), which a name's second word is not taken for.</summary>
    public static IReadOnlyList<char> EpithetEndings { get; } = ['i', 'и'];

    /// <summary>Capitalised words spelt as a short name particle that open a given name instead (<c>Al Smith</c>), not a family name (<c>De Gaulle</c>).</summary>
    public static IReadOnlyList<string> GivenNamesSpeltAsParticles { get; } = ["Al"];

    /// <summary>
    /// Given names that Azerbaijani lists of literature write in full beside a family name, in either order (<c>Emel
    /// Esin</c>, <c>Зия Буниятов</c>, <c>Исмайлов Эльдар</c>): the other word of the two is the family name, whatever its
    /// ending when the given name comes first (Esin ends as no family name does), and where it comes second only when the
    /// other word ends as a family name does. Names also borne as family names without an ending (Mustafa, İsmayıl, Qasım,
    /// Sadıq, Kemal, Osman, Arif, Tahir, Yusuf, Orhan, Рашид) are left out: they tell nothing (<c>Namık Kemal</c>,
    /// <c>Mustafa Kemal</c>). Azerbaijani, Turkish and their Russian spellings, as the lists print them.
    /// </summary>
    public static IReadOnlyList<string> GivenNames { get; } =
    [
        "Füzuli", "Nizami", "Elçin", "Yaşar", "Bəxtiyar", "Məmməd", "Məhəmməd", "Hüseyn", "Rəşid", "Ziya", "Tofiq",
        "Rəşad", "Ramin", "Vaqif", "Samət", "Səməd", "Rasim", "Rafiq", "Ramiz", "Teymur", "Akif", "Azad", "Cəmil",
        "Cəlal", "Cavid", "Fərhad", "Fikrət", "İlham", "İlyas", "İslam", "Oqtay", "Sabir", "Səlim", "Yusif", "Zahid",
        "Əziz", "Şamil", "Nurlan", "Elmar", "Elşən", "Eldar", "Elxan", "Namiq", "Vüqar", "Məhərrəm", "Rauf", "Kamran",
        "Rövşən", "Orxan", "Tural", "Nəbi", "Əkbər", "Cahangir", "Şirməmməd", "Solmaz", "Sevda", "Leyla", "Lalə",
        "Nərgiz", "Gülnarə", "Aygün", "Ülviyyə", "Rübabə", "Ülkər", "Elmira", "Zemfira", "Aynur", "Səadət", "Nailə",
        "Afaq", "Esmira", "Məlahət", "Mehriban", "Xədicə", "Fatimə", "Zeynəb", "Ahmet", "Mehmet", "Emel", "Ayten",
        "Ayşe", "Fatma", "Emine", "Hüseyin", "İbrahim", "Pertev", "Nihat", "Faruk", "Necati", "Muharrem", "Şükrü",
        "Zeynep", "Elif", "Зия", "Эльдар", "Эрих", "Гасан", "Гусейн", "Ильхам", "Эльчин", "Тофик", "Вагиф", "Рамиз",
        "Теймур", "Фарид", "Айдын", "Лейла",
    ];

    /// <summary>
    /// The endings of Russian men's family names in the nominative (<c>Троцкий</c>, <c>Иванов</c>, <c>Сталин</c>): what tells
    /// a family name after a given name in full opening a note ("Лев Троцкий. Сталин"). The feminine -ова, -ина are left
    /// out, as a title's genitive ("Дело Кирова") ends so.
    /// </summary>
    public static IReadOnlyList<string> RussianFamilyEndings { get; } = [Sky, "цкий", Ov, Ev, "ёв", "ин", "ын"];

    // Russian endings read both as a family name's or an adjective's and as half of a man's and a woman's pair.
    private const string Sky = "ский", Yj = "ый", Oj = "ой", Aya = "ая";

    // A man's family name's endings in Russian spelling, Azerbaijani (Алиев) and Russian (Иванов) alike.
    private const string Ov = "ов", Ev = "ев";

    /// <summary>
    /// The endings of Russian adjectives in the nominative (<c>Новый</c>, <c>Великий</c>, <c>Русская</c>): a first word so
    /// ending is a title's adjective ("Русский Берлин"), not a given name (<c>Юрий</c> and <c>Евгений</c> end otherwise).
    /// </summary>
    public static IReadOnlyList<string> RussianAdjectiveEndings { get; } = [Yj, Oj, Aya, "яя", "ое", "ее", "ые", "ие", "кий", "гий", "хий", "жий", "ший", "чий", "щий"];

    /// <summary>
    /// A man's family name's ending and a woman's that stands for it (<c>Троцкий</c>, <c>Троцкая</c>; <c>Trotskiy</c>,
    /// <c>Trotskaya</c>), in Cyrillic and transliterated: one family, not two people spelt two ways.
    /// </summary>
    public static IReadOnlyList<(string Masculine, string Feminine)> GenderedFamilyEndings { get; } =
        [("skiy", "skaya"), ("skii", "skaya"), ("sky", "skaya"), (Sky, "ская"), ("iy", "aya"), (Yj, Aya), (Oj, Aya)];

    /// <summary>
    /// Ranks and titles that stand before a family name as given names do (<c>Маршал Жуков</c>, <c>Князь Потёмкин</c>):
    /// such two words open a title, not an author's name.
    /// </summary>
    public static IReadOnlyList<string> RussianRanksBeforeNames { get; } =
        ["Маршал", "Генерал", "Адмирал", "Полковник", "Капитан", "Атаман", "Гетман", "Граф", "Князь", "Царь", "Император", "Товарищ", "Академик", "Профессор", "Святой", "Преподобный"];

    /// <summary>
    /// Lead-ins that open a sentence holding a further citation in an English, Azerbaijani or Georgian note, beside the
    /// <see cref="CommentaryPrefixes"/>, which every caller tries after them (<c>… l. 5. Reprinted in Ivanov, …</c>, <c>ეს ციტირებულია:
    /// …</c>), longest first; compared ignoring case. Not in the labeller's lexicon: they only cut notes into sentences.
    /// </summary>
    public static IReadOnlyList<string> SentenceLeadIns { get; } =
    [
        "As quoted in", "As cited in", "Reprinted in", "Reproduced in", "Published in", "Given in", "Also in",
        // Georgian "this is cited (from)", and "see" (the Georgian lead-ins').
        "ეს ციტირებულია", "ციტირებულია", .. GeorgianSeeWords,
    ];

    /// <summary>What closes a phrase of prose leading into a citation (<c>For background, see …</c>, <c>On this: see …</c>).</summary>
    public static IReadOnlyList<string> SeeAfterPhrase { get; } = [", see ", ": see ", " see also "];

    /// <summary>Russian <c>Ср.</c> (compare), a lead-in with or without its colon.</summary>
    public const string RussianCompare = "Ср.";

    /// <summary>
    /// Words that open the prose leading into a Russian citation (<c>См.:</c>, <c>Цит. по:</c>, <c>Здесь и далее цит.
    /// по:</c>, <c>Опубликовано …:</c>): a sentence opening with one of them and ending in a colon is no part of the
    /// citation after it. Compared ignoring case, at a word's start.
    /// </summary>
    public static IReadOnlyList<string> RussianLeadInOpenings { get; } =
    [
        "См", "Цит", RussianCompare, "Здесь и далее", "Опубликован", "Опубл", "Впервые", "Текст", "Список", "Подробнее", "Об этом",
        "Приводится", "Приведено", "Перепечатан", "Изложено", "Sm.", "Tsit", "Cit.",
    ];

    /// <summary>
    /// Lead-ins Russian notes also write without a colon, before an author's name or a shelf mark (<c>См. Иванов А.
    /// Б. …</c>, <c>см. также РГАСПИ. Ф. 17 …</c>, <c>Ср. …</c>), longest first; compared ignoring case. The source lists
    /// of encyclopedia articles (<c>Ист.:</c>, <c>Лит.:</c>) open with their own words and a colon.
    /// </summary>
    public static IReadOnlyList<string> RussianBareLeadIns { get; } = ["См., например,", "См. например", "См. также", "Ср. также", "См. об этом", RussianSee, RussianCompare, "Ист.:", "Лит.:", "Источники:", "Литература:"];

    /// <summary>
    /// Russian idem (<c>Его же.</c>, <c>Её же.</c>, <c>Их же.</c>: "the same author's") opening the next work of an author
    /// just named: no part of the title, and the citation names no author. Compared ignoring case, before a mark or a space.
    /// </summary>
    public static ImmutableArray<string> RussianIdem { get; } = ["Его же", "Её же", "Ее же", "Их же"];

    /// <summary>
    /// The same author again named in the nominative (<c>Он же.</c>, <c>Она же.</c>, <c>Они же.</c>) or in Latin
    /// (<c>Idem.</c>, <c>Eadem.</c>) opening a GOST citation: read as <see cref="RussianIdem"/>, but only before a full
    /// stop or a comma, as <c>Он же</c> may open a title's sentence.
    /// </summary>
    public static ImmutableArray<string> SameAuthorAgain { get; } = ["Он же", "Она же", "Они же", .. LatinIdem];

    /// <summary>
    /// The last word of a note on a work's language in brackets after it (<c>(на груз. яз.)</c>, <c>(на азерб.
    /// языке)</c>, <c>(azərb. dilində)</c>, <c>(ქართ. ენაზე)</c>): prose, no part of any field.
    /// </summary>
    public static IReadOnlyList<string> LanguageNoteEnds { get; } = ["яз.", "яз", "языке", "dilində", "ენაზე", "enaze"];

    /// <summary>Russian <c>кн.</c> (book): a book's part (<c>кн. 2</c>), and the last word of a lead-in (<c>в кн.:</c>).</summary>
    public const string RussianBook = "кн.";

    /// <summary>
    /// The word opening an English note on a work's language in brackets after it (<c>(in Russian)</c>, <c>(in Georgian
    /// and Russian)</c>), as English renderings of Russian and Caucasian references add it: prose, no part of any field.
    /// </summary>
    public const string EnglishLanguageNoteOpening = "in";

    /// <summary>Russian <c>см.</c> (see): what a sentence of prose of any length closes with before the citation it leads into.</summary>
    public const string RussianSee = "см.";

    /// <summary>Russian <c>см.</c> transliterated (<c>sm.</c>), as English renderings of Russian notes keep it before a colon.</summary>
    public const string RussianSeeTransliterated = "sm.";

    /// <summary>"See" as a Russian note writes it, in Cyrillic or transliterated: what a long sentence of prose closes with before its colon.</summary>
    public static IReadOnlyList<string> RussianSeeWords { get; } = [RussianSee, RussianSeeTransliterated];

    /// <summary>The last word before the colon of a Russian lead-in (<c>… см.:</c>, <c>… цит. по:</c>, <c>… напр.:</c>, <c>… в журн.:</c>).</summary>
    public static IReadOnlyList<string> RussianLeadInEndings { get; } = [RussianSee, "по", "напр.", RussianJournalAbbreviated, RussianBook, "сб.", "изд.", RussianIn, RussianSeeTransliterated, "po"];

    /// <summary>How a web address opens (<c>http://…</c>, <c>www.…</c>): one in square brackets closing a citation is its electronic copy.</summary>
    public static IReadOnlyList<string> WebAddressOpenings { get; } = ["http://", "https://", "www.", "doi:"];

    /// <summary>
    /// The word an English note may put before a web address closing it (<c>…, September 27, 2011, at www.svoboda.org/…</c>),
    /// which goes with the address; also a pinpoint word (<c>at 113</c>, <see cref="EnglishPinpointWords"/>).
    /// </summary>
    public const string AddressLeadIn = "at";

    /// <summary>
    /// The words an English note dates its reading of a web page with, after the address (<c>(accessed 10 June 2016)</c>,
    /// <c>, accessed March 3, 2012</c>, <c>[last accessed …]</c>; <c>просмотрено май 8, 2024</c> in a journal's Chicago export in
    /// Russian), longest first; compared ignoring case. The date goes nowhere.
    /// </summary>
    public static IReadOnlyList<string> AccessedWords { get; } = ["last accessed", "date accessed", "accessed", "retrieved", "consulted", "viewed", "просмотрено"];

    /// <summary>
    /// The illustration statement GOST 7.1 writes after a book's extent (<c>— 320 с. : ил.</c>, <c>— 96 с. : ил., карт.</c>):
    /// no part of any field, like the extent. Compared ignoring case and the full stop.
    /// </summary>
    public static IReadOnlyList<string> IllustrationMarks { get; } = ["ил.", "табл.", "карт.", "портр.", "факс.", "схем."];

    /// <summary>
    /// The standard numbers a record or a journal's line closes with (<c>ISBN 978-5-02-…</c>, <c>ISSN 1997-292X</c>): they and
    /// what follows belong to no field, and their digits are no year. Compared as written (capitals).
    /// </summary>
    public static IReadOnlyList<string> StandardNumberMarks { get; } = ["ISBN", "ISSN"];

    /// <summary>
    /// What opens the access statement of an electronic resource in GOST and English notes (<c>URL: …</c>, <c>Режим
    /// доступа: …</c>, <c>(дата обращения: …)</c>): it and what follows close the citation and belong to no field.
    /// Compared ignoring case.
    /// </summary>
    public static IReadOnlyList<string> AccessStatements { get; } = ["URL:", "URL :", "Режим доступа", "(дата обращения", "Available at:", "Available from:", "(accessed"];

    /// <summary>
    /// The general material designation GOST writes in brackets after a title (<c>[Электронный ресурс]</c>,
    /// <c>[Текст]</c>): no part of the title. Compared ignoring case.
    /// </summary>
    public static IReadOnlyList<string> MaterialDesignations { get; } = ["[Электронный ресурс]", "[Электронная версия]", "[Текст]", "[Рукопись]", "[Electronic resource]", "[Mətn]", "[Elektron resurs]"];

    /// <summary>
    /// Words that open the statement of a thesis after its title (<c>: дис. … канд. ист. наук</c>, <c>Автореф. дис.
    /// …</c>): the statement is the genre, not the title. Compared ignoring case, at a word's start.
    /// </summary>
    public static IReadOnlyList<string> ThesisWords { get; } = ["дис.", "дисс.", "диссертация", "диссертации", "автореф.", "автореферат", "dis.", DissertationAbbreviated, "avtoref."];

    /// <summary>
    /// The phrases after the last author named that stand for the others (<c>Иванов А. Б. и др.</c>, <c>[и др.]</c>,
    /// <c>et al.</c>), longest first.
    /// </summary>
    public static IReadOnlyList<string> EtAlPhrases { get; } = ["[и др.]", "и др.", "и другие", "[et al.]", AzerbaijaniEtAl, EtAl];

    /// <summary>The Azerbaijani et al. (<c>və b.</c>, "və başqaları"), which the az-AZ locale's term prints too.</summary>
    public const string AzerbaijaniEtAl = "və b.";

    /// <summary>
    /// Keywords of a part of a book or set that no field records (<c>Кн. 1</c>, <c>Ч. 2</c>, <c>Kn. 1</c>), as Russian
    /// notes write them before or after the imprint.
    /// </summary>
    public static IReadOnlyList<string> BookPartWords { get; } = ["Кн.", RussianBook, "Ч.", "ч.", "Гл.", "гл.", "Kn.", "kn.", "Ch.", "Chast'", "წიგნი", "წ."];

    /// <summary>The Azerbaijani words for a book's part, written after its number (<c>I kitab</c>, <c>2-ci hissə</c>): recorded nowhere, as <c>Кн.</c> is.</summary>
    public static IReadOnlyList<string> AzerbaijaniBookPartWords { get; } = ["kitab", "Kitab", "hissə", "Hissə"];

    /// <summary>Words that name an archive (<c>Архив УФСБ …</c>, <c>Arkhiv MVD Gruzii</c>): an archive so named may be cited by its file alone.</summary>
    /// <remarks>Compared as substrings: the Georgian stem არქივ (AcadNusx arqiv) is also in არქივი, არქივის, საარქივო.</remarks>
    public static IReadOnlyList<string> ArchiveWords { get; } = ["Архив", "архив", "Arkhiv", "arkhiv", "Arxiv", "arxiv", EnglishArchive, "archive", EnglishArchives, "archives", "არქივ", "arqiv"];

    /// <summary>The word that gives an archive's present name in brackets after its old one (<c>РЦХИДНИ (ныне РГАСПИ)</c>).</summary>
    public static IReadOnlyList<string> RenamedArchiveMarks { get; } = ["ныне", "теперь", "now", "today", "indi", "hazırda"];

    /// <summary>
    /// The words that introduce the abbreviation a note will use for an archive, in brackets after its name
    /// (<c>Rossiiskii gosudarstvennyi arkhiv … (hereafter RGASPI)</c>, <c>(далее — РГАСПИ)</c>).
    /// </summary>
    public static IReadOnlyList<string> AbbreviationMarks { get; } = ["hereinafter", "hereafter", Henceforth, "далее"];

    /// <summary>
    /// The words after a shelf mark that name the publication it was read in (<c>RGASPI, f. 17, …, l. 12, cited in
    /// Khlevniuk, Master, 45</c>): the publication is a citation of its own.
    /// </summary>
    public static IReadOnlyList<string> SecondarySourceJoins { get; } = [", cited in ", ", quoted in ", ", reproduced in ", ", published in ", ", reprinted in ", ", as cited in "];

    /// <summary>
    /// The words after a publication that name the archival file it cites (<c>Kotkin, Stalin, 455, citing RGASPI, f. 558,
    /// …</c>, <c>…, 45, from GARF, f. 5446, …</c>): the file is a citation of its own, read after the publication.
    /// </summary>
    public static IReadOnlyList<string> ArchivalSourceJoins { get; } = [", citing ", ", quoting ", ", from "];

    /// <summary>Words that join the names of several authors in English notes (<c>Ivanov and Petrov</c>).</summary>
    public static IReadOnlyList<string> NameJoiners { get; } = [And, "&"];

    /// <summary>
    /// The words that join two authors of a heading (<c>Quliyev V. və Həsənov R.</c>, <c>Иванов И. и Петров П.</c>): the
    /// <see cref="NameJoiners"/> and the Azerbaijani and Russian "and".
    /// </summary>
    public static IReadOnlyList<string> AuthorJoiners { get; } = [.. NameJoiners, "və", "и"];

    /// <summary>The English word that joins the last of several names or pages (<c>Ivanov and Petrov</c>, <c>pp. 25 and 27</c>).</summary>
    public const string And = "and";

    /// <summary>Small-letter words that open a family name in English notes (<c>Erik van Ree</c>, <c>Lucien de Gaulle</c>).</summary>
    public static IReadOnlyList<string> NameParticles { get; } = [
        "van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "la", "le", "ter", "ten", "al", "ibn",
    ];

    /// <summary>The phrase after a first author that stands for the others (<c>Ivanov et al.</c>).</summary>
    public const string EtAl = "et al.";

    /// <summary>
    /// Words before the issue number of a periodical in English notes (<c>no. 11</c>, <c>Nos. 66–7</c>; British
    /// <c>nos 4–6</c> without the full stop, <c>Issue 231</c> spelt out and <c>#20 (335)</c>, each read only before a figure).
    /// </summary>
    public static IReadOnlyList<string> EnglishIssueWords { get; } = ["nos.", EnglishNumberLower, "nos ", "issue ", "#"];

    /// <summary>
    /// Words before the volume number of a periodical in English notes (<c>vol. 12</c>, spelt out as <c>Volume 39</c> by
    /// web pages and library catalogues); compared ignoring case.
    /// </summary>
    public static IReadOnlyList<string> EnglishVolumeWords { get; } = [EnglishVolume, "Volume"];

    /// <summary>
    /// What opens an interview or a conversation the author held, before the person's name (<c>Interview with Hans
    /// Modrow, Berlin, 7 December 2006</c>, <c>Author’s interview with …</c>, <c>Telephone conversation with …</c>).
    /// </summary>
    public static IReadOnlyList<string> InterviewOpenings { get; } = ["interviews with", "interview with", "conversations with", "conversation with"];

    /// <summary>What follows the person's name when the note names them first (<c>Yuri Morakov, conversation with the author, 1999</c>).</summary>
    public static IReadOnlyList<string> InterviewAfterName { get; } =
        ["interview with the author", "interviewed by the author", "interview by the author", "conversation with the author", "conversations with the author"];

    /// <summary>The seasons a journal issue is dated by (<c>(Winter 2004)</c>).</summary>
    public static IReadOnlyList<string> Seasons { get; } = ["Spring", "Summer", "Autumn", "Fall", "Winter"];

    /// <summary>The word that announces a short form in brackets after a title (<c>(henceforth Ivanov)</c>).</summary>
    public const string Henceforth = "henceforth";

    /// <summary>The word that opens the container of a chapter in English notes (<c>"Title," in Book</c>).</summary>
    public const string ChapterIn = "in ";

    /// <summary>
    /// The small words a place of publication may hold (<c>Ростов н/Д</c>, <c>Ростов-на-Дону</c>, <c>Frankfurt am
    /// Main</c>, <c>Stratford-upon-Avon</c>).
    /// </summary>
    public static IReadOnlyList<string> PlaceParticles { get; } = [ "na", "am", "upon", "на", "н/Д", "н/Д." ];

    /// <summary>Places of publication that are written abbreviated (<c>M.</c>, <c>L.</c>, <c>SPb.</c>).</summary>
    public static ImmutableArray<string> AbbreviatedPlaces { get; } = [
        "M.", "М.", "L.", "Л.", "SPb.", "СПб.", "Spb.", "Пг.", "Pg.", "СПБ", "СПб", "Спб.", "K.", "К.", BakuAbbreviated, "Б.", "Tb.", "Тб.", "თბ.", "ტფ.", "ქუთ.", "M.-L.", "М.-Л.", "M.; L.", "М.; Л.",
    ];

    /// <summary>The spellings of <paramref name="level"/> the parser reads, in order.</summary>
    public static IEnumerable<string> Spellings(KeywordLevel level) => Keywords.Where(k => k.Level == level && k.Read).Select(k => k.Text);

    /// <summary>A pattern alternation of <paramref name="spellings"/> in their order: each escaped, a space matching one optional white space.</summary>
    /// <remarks>
    /// A spelling followed by the same capitalised (<c>op.</c>, <c>Op.</c>) is one alternative with its initial as a
    /// character class (<c>[oO]p\.</c>): the same spellings in the same order (only one of the two can match at a place),
    /// but half the alternatives for the non-backtracking engine, whose set-up grows with them (see <see cref="Conventions.MonthPattern"/>).
    /// </remarks>
    public static string Alternation(IEnumerable<string> spellings)
    {
        var list = spellings.ToList();
        var alternatives = new List<string>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var spelling = list[i];
            var capitalised = spelling.Length > 0 && char.IsLower(spelling[0]) ? char.ToUpperInvariant(spelling[0]) + spelling[1..] : null;
            if (capitalised is not null && i + 1 < list.Count && list[i + 1] == capitalised)
            {
                alternatives.Add("[" + spelling[0] + capitalised[0] + "]" + Escape(spelling[1..]));
                i++;
            }
            else alternatives.Add(Escape(spelling));
        }
        return "(?:" + string.Join("|", alternatives) + ")";

        static string Escape(string text) => Regex.Escape(text).Replace(@"\ ", @"\s?");
    }

    /// <summary>The pattern alternation of the spellings of <paramref name="level"/> the parser reads.</summary>
    public static string Alternation(KeywordLevel level) => Alternation(Spellings(level));

    /// <summary>The pattern alternation of the verso marks, in their order.</summary>
    public static string VersoAlternation() =>
        "(?:" + string.Join("|", Verso.Select(v => Regex.Escape(v.Text) + (v.WholeWord ? @"\b" : ""))) + ")";

    /// <summary>The spelling <paramref name="keyword"/> is, compared ordinally, or null.</summary>
    public static KeywordSpelling? Find(string keyword) => ByText.GetValueOrDefault(keyword);

    private static readonly Dictionary<string, KeywordSpelling> ByText = Keywords.DistinctBy(k => k.Text).ToDictionary(k => k.Text, StringComparer.Ordinal);

    /// <summary>The language <paramref name="keyword"/> tells (<see cref="KeywordSpelling.Tells"/>), or null.</summary>
    public static string? LanguageOf(string keyword) => Find(keyword)?.Tells;

    /// <summary>The word <paramref name="convention"/> writes level <paramref name="level"/> with (<c>siyahı</c>, <c>Оп.</c>, <c>op.</c>).</summary>
    public static string Word(ArchivalLevelKind level, ArchivalConvention convention) => level switch
    {
        ArchivalLevelKind.Fond => Written[convention].Fond,
        ArchivalLevelKind.Opis => Written[convention].Opis,
        _ => Written[convention].Delo,
    };

    /// <summary>The folio word of <paramref name="convention"/> (<c>vərəq</c>, <c>Л.</c>, <c>l.</c>).</summary>
    public static string FolioWord(ArchivalConvention convention) => Written[convention].Folio;

    /// <summary>The verso mark of <paramref name="convention"/> (<c>arxa</c>, <c>об.</c>, <c>ob.</c>).</summary>
    public static string VersoWord(ArchivalConvention convention) => Written[convention].Verso;

    /// <summary>The ibid of <paramref name="convention"/> (<c>Yenə orada</c>, <c>Там же</c>, <c>Ibid.</c>).</summary>
    public static string IbidWord(ArchivalConvention convention) => Written[convention].Ibid;

    /// <summary>The op. cit. of <paramref name="convention"/>, written after the author's name (<c>Göst. əsəri</c>, <c>Указ. соч.</c>, <c>op. cit.</c>).</summary>
    public static string OpCitWord(ArchivalConvention convention) => Written[convention].OpCit;

    /// <summary>The English name of a level, for messages read by editors of any language.</summary>
    public static string EnglishName(ArchivalLevelKind level) => level.ToString().ToLowerInvariant();
}

/// <summary>Tells the archival convention of a citation or of a formatting job.</summary>
public static class ArchivalConventions
{
    /// <summary>
    /// The convention of a locale: <c>az</c> → Azerbaijani, <c>ru</c> → Russian, anything else (or none) → English.
    /// </summary>
    /// <remarks>
    /// The locale decides, not the style, because the locale supplies the label words the style prints around
    /// the pre-rendered text (<c>vərəq</c>, <c>Л.</c>, <c>fols.</c>): a shelf mark in one convention next to
    /// labels of another would read as a mix of two languages.
    /// </remarks>
    public static ArchivalConvention FromLocale(string? locale)
    {
        var language = (locale ?? "").Trim().Split('-', '_')[0].ToLowerInvariant();
        foreach (var (convention, tag) in Languages)
            if (tag == language) return convention;
        return ArchivalConvention.English;
    }

    /// <summary>The language tag of a convention's words (<c>az</c>, <c>ru</c>, <c>en</c>): the registry names archives in it.</summary>
    public static string LanguageOf(ArchivalConvention convention) => Languages[convention];

    private static readonly Dictionary<ArchivalConvention, string> Languages = new()
    {
        [ArchivalConvention.Azerbaijani] = "az", [ArchivalConvention.Russian] = "ru", [ArchivalConvention.English] = "en",
    };

    /// <summary>The convention an archival citation is written in, told by its keywords (and its language).</summary>
    public static ArchivalConvention Of(ArchivalCitation a)
    {
        var keywords = a.Levels.Select(l => l.Keyword).Append(a.Locator?.Keyword ?? "").ToList();
        if (keywords.Any(k => k.AsSpan().ContainsAnyInRange('\u0400', '\u04FF'))) return ArchivalConvention.Russian;
        // A schwa is written only in Azerbaijani (vərəq, səh.).
        if (a.Language == "az" || keywords.Any(k => k.Contains('ə') || Vocabulary.LanguageOf(k) == "az"))
            return ArchivalConvention.Azerbaijani;
        return ArchivalConvention.English;
    }
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

/// <summary>The field a catalogue record's label names (<see cref="Vocabulary.GeorgianCatalogueLabels"/>).</summary>
public enum CatalogueField
{
    /// <summary>The year of publication.</summary>
    Year,
    /// <summary>The place of publication.</summary>
    Place,
    /// <summary>The publishing house.</summary>
    Publisher,
}
