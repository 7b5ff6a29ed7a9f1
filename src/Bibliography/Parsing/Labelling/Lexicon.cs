using System.Text.RegularExpressions;

namespace Bibliography.Parsing.Labelling;

/// <summary>
/// The dictionary hits the labeller's features use, derived from the project's vocabulary (<see cref="Conventions"/>,
/// the archive registry, the archival reader's level patterns) so a word added there is known here too.
/// </summary>
internal static class Lexicon
{
    /// <summary>The dictionary classes a token can belong to, as bits of a mask.</summary>
    [Flags]
    public enum Hit
    {
        /// <summary>No hit.</summary>
        None = 0,
        /// <summary>The first word of an ibid phrase (Там же, Ibid., Yenə orada).</summary>
        IbidStart = 1 << 0,
        /// <summary>A later word of an ibid phrase.</summary>
        IbidInside = 1 << 1,
        /// <summary>The first word of a compiler's role word.</summary>
        RoleCompiler = 1 << 2,
        /// <summary>The first word of an editor's role word.</summary>
        RoleEditor = 1 << 3,
        /// <summary>The first word of a translator's role word.</summary>
        RoleTranslator = 1 << 4,
        /// <summary>The first word of another contribution's role word (preface, commentary).</summary>
        RoleOther = 1 << 5,
        /// <summary>A later word of a role word.</summary>
        RoleInside = 1 << 6,
        /// <summary>A word of a commentary prefix (See, Cited in).</summary>
        Commentary = 1 << 7,
        /// <summary>An abbreviated place of publication (М., СПб.).</summary>
        PlaceAbbreviation = 1 << 8,
        /// <summary>A place of publication written in full.</summary>
        PlaceName = 1 << 9,
        /// <summary>A month name (az, ru, en).</summary>
        Month = 1 << 10,
        /// <summary>An archive's abbreviation or name word known to the registry.</summary>
        Archive = 1 << 11,
        /// <summary>A collection descriptor (Сборник, Toplu).</summary>
        Collection = 1 << 12,
        /// <summary>An abbreviation after which a full stop ends no sentence (s., т., сост.).</summary>
        Abbreviation = 1 << 13,
        /// <summary>A page keyword.</summary>
        PageKeyword = 1 << 14,
        /// <summary>A folio keyword.</summary>
        FolioKeyword = 1 << 15,
        /// <summary>A volume keyword.</summary>
        VolumeKeyword = 1 << 16,
        /// <summary>An issue keyword.</summary>
        IssueKeyword = 1 << 17,
        /// <summary>A publisher word (Press, Nauka, изд-во).</summary>
        Publisher = 1 << 18,
        /// <summary>A word joining names or standing for more (and, et al.).</summary>
        NameJoiner = 1 << 19,
        /// <summary>A capital followed by a full stop: an initial or an abbreviation.</summary>
        Initial = 1 << 20,
    }

    /// <summary>Places of publication written in full that notes of the region name most (the abbreviated ones are <see cref="Conventions.AbbreviatedPlaces"/>).</summary>
    private static readonly HashSet<string> PlaceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Moscow", "Moskva", "Москва", "Leningrad", "Ленинград", "Petrograd", "Петроград", "Sankt-Peterburg", "Санкт-Петербург",
        "Petersburg", "Baku", "Bakı", "Баку", "Tbilisi", "Тбилиси", "Tiflis", "Тифлис", "Yerevan", "Ереван", "Kiev", "Kyiv", "Киев",
        "Gəncə", "Ганджа", "Kazan", "Казань", "London", "Oxford", "Cambridge", "Princeton", "Ithaca", "Stanford", "Bloomington",
        "Paris", "Berlin", "New", "York", "Chicago", "Washington", "Boston", "Istanbul", "İstanbul", "Ankara", "Tehran", "თბილისი",
        "ტფილისი", "ქუთაისი", "Kutaisi", "Кутаис", "Кутаиси", "სოხუმი", "Sukhumi", "Сухуми", "Сухум", "ბათუმი", "Batumi", "Батуми",
        "Батум", "Vladikavkaz", "Владикавказ", "Makhachkala", "Махачкала", "Tashkent", "Ташкент", "Тифлисъ",
        "Новосибирск", "Novosibirsk", "Ашхабад", "Ashgabat", "Ashkhabad", "Алма-Ата", "Alma-Ata", "Алматы", "Almaty",
        "Нальчик", "Nalchik", "Ставрополь", "Stavropol", "Краснодар", "Krasnodar", "Грозный", "Grozny", "Душанбе", "Dushanbe",
        "Сталинабад", "Stalinabad", "Фрунзе", "Frunze", "Бишкек", "Bishkek", "Самарканд", "Samarkand", "Минск", "Minsk",
        "Рига", "Riga", "Вильнюс", "Vilnius", "Таллин", "Tallinn", "Одесса", "Odessa", "Odesa", "Харьков", "Kharkov",
        "Kharkiv", "Свердловск", "Sverdlovsk", "Екатеринбург", "Yekaterinburg", "Саратов", "Saratov", "Воронеж", "Voronezh",
        "Томск", "Tomsk", "Иркутск", "Irkutsk", "Владивосток", "Vladivostok", "Хабаровск", "Khabarovsk", "Уфа", "Ufa",
        "Симферополь", "Simferopol", "Майкоп", "Maikop", "Черкесск", "Элиста", "Elista", "Астрахань", "Astrakhan", "Пятигорск",
        "Pyatigorsk", "Нахичевань", "Naxçıvan", "Şuşa", "Шуша", "Sumqayıt", "Сумгаит", "Leiden", "Wiesbaden", "Frankfurt",
        "Munich", "München", "Vienna", "Wien", "Toronto", "Pittsburgh", "DeKalb", "Armonk", "Basingstoke", "Abingdon",
        "Seattle", "Honolulu", "Budapest", "Warsaw", "Warszawa", "Prague", "Praha",
        "Helsinki", "Stockholm", "Uppsala", "Amsterdam", "თელავი", "გორი", "ახალციხე", "ზუგდიდი", "Telavi", "Gori", "Zugdidi",
    };

    /// <summary>True when <paramref name="word"/> is one of the places of publication written in full that notes of the region name most.</summary>
    internal static bool IsPlaceName(ReadOnlySpan<char> word) => PlaceNamesBySpan.Contains(word);

    /// <summary>Words that name publishers or open their names.</summary>
    private static readonly HashSet<string> PublisherWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Press", "University", "Publishers", "Publishing", "Verlag", "Nauka", "Наука", "Издательство", "изд-во", "Изд-во",
        "Politizdat", "Политиздат", "Elm", "Элм", "Azərnəşr", "Азернешр", "nəşriyyatı", "Nəşriyyat", "Metsniereba", "Мецниереба",
        "Sabchota", "Сабчота", "Routledge", "Brill", "Palgrave", "Macmillan", "Books", "Mysl", "Мысль", "РОССПЭН", "ROSSPEN",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNamesBySpan = PlaceNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PublisherWordsBySpan = PublisherWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> names publishers or opens their names (<c>Press</c>, <c>Nauka</c>), ignoring case.</summary>
    internal static bool IsPublisherWord(ReadOnlySpan<char> word) => PublisherWordsBySpan.Contains(word);

    private static readonly Regex PageKw = Whole(Conventions.PageKeyword), FolioKw = Whole(Conventions.FolioKeyword),
        VolumeKw = Whole(Conventions.VolumeKeyword), IssueKw = Whole(Conventions.IssueKeyword);

    // Linear (Conventions.Linear): a whole keyword, anchored, every repeat bounded.
    private static Regex Whole(string pattern) => new("^" + pattern + "$", Conventions.Linear);

    private static readonly (string Phrase, Hit First)[] Phrases = BuildPhrases();

    private static (string, Hit)[] BuildPhrases()
    {
        var list = new List<(string, Hit)>();
        list.AddRange(Vocabulary.IbidPhrases.Select(p => (p.Phrase, Hit.IbidStart)));
        list.AddRange(Vocabulary.RoleWords.Select(r => (r.Word, r.Role switch
        {
            CreatorRole.Compiler => Hit.RoleCompiler,
            CreatorRole.Editor => Hit.RoleEditor,
            CreatorRole.Translator => Hit.RoleTranslator,
            _ => Hit.RoleOther,
        })));
        list.AddRange(Conventions.CommentaryPrefixes.Select(p => (p.TrimEnd(','), Hit.Commentary)));
        list.AddRange(Conventions.NameJoiners.Select(p => (p, Hit.NameJoiner)));
        list.Add((Conventions.EtAl, Hit.NameJoiner));
        return list.OrderByDescending(p => p.Item1.Length).ToArray();
    }

    private static readonly HashSet<char> PhraseFirsts = Phrases.Select(p => char.ToLowerInvariant(p.Phrase[0])).ToHashSet();

    /// <summary>
    /// SHA-256 of every dictionary the features read (phrases, places, months, collection words, abbreviations,
    /// publisher words, keyword patterns, archive registry keys, archival level patterns), in a fixed order: a model is
    /// trained against one lexicon, and silently reads worse when it changes, so the manifest records this and a test
    /// compares it with the library's.
    /// </summary>
    public static string Fingerprint => LazyFingerprint.Value;

    private static readonly Lazy<string> LazyFingerprint =
        new(() => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Description()))));

    /// <summary>Every dictionary the features read, one entry a line under a heading per dictionary, and the templates' version: what <see cref="Fingerprint"/> hashes.</summary>
    internal static string Description()
    {
        var sb = new System.Text.StringBuilder();
        void Section(string name, IEnumerable<string> entries)
        {
            sb.Append('[').Append(name).Append(']').Append('\n');
            foreach (var e in entries) sb.Append(e).Append('\n');
        }
        static IEnumerable<string> Sorted(IEnumerable<string> values) => values.Distinct().Order(StringComparer.Ordinal);
        Section("phrases", Phrases.Select(p => $"{p.Phrase}\t{p.First}"));
        Section("abbreviated places", Sorted(Conventions.AbbreviatedPlaces));
        Section("place names", Sorted(PlaceNames));
        Section("months", [Conventions.MonthPattern]);
        Section("collection words", Sorted(Conventions.CollectionWords.Keys));
        Section("non-terminal abbreviations", Sorted(Conventions.NonTerminalAbbreviations));
        Section("publisher words", Sorted(PublisherWords));
        Section("keywords", [Conventions.PageKeyword, Conventions.FolioKeyword, Conventions.VolumeKeyword, Conventions.IssueKeyword]);
        // The names as the registry spells them, not their lookup keys: folding (Unicode decomposition) differs between
        // a process with ICU and one with invariant globalization (the training console), and the hash must not.
        Section("archives", Sorted(ArchiveRegistry.Default.Archives.SelectMany(a => a.Names.Values.Concat(a.Abbreviations.Values).Concat(a.Aliases))));
        Section("levels", ArchivalReader.LevelPatterns);
        Section("feature templates", [Features.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return sb.ToString();
    }

    /// <summary>The dictionary hits of each token of a note, in <paramref name="into"/> (one mask per token).</summary>
    public static void Hits(string text, List<Token> tokens, int[] into)
    {
        Array.Clear(into, 0, tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var word = text.AsSpan(t.Start, t.Length);
            var dotted = i + 1 < tokens.Count && text[tokens[i + 1].Start] == '.' && tokens[i + 1].Start == t.End;
            var withDot = dotted ? text.AsSpan(t.Start, t.Length + 1) : word;
            if (t.Kind == TokenKind.Word)
            {
                if (PhraseFirsts.Contains(char.ToLowerInvariant(text[t.Start]))) MarkPhrases(text, tokens, i, into);
                if (Conventions.IsAbbreviatedPlace(withDot)) into[i] |= (int)Hit.PlaceAbbreviation;
                if (PlaceNamesBySpan.Contains(word)) into[i] |= (int)Hit.PlaceName;
                if (Conventions.MonthOf(word) is not null) into[i] |= (int)Hit.Month;
                if (Conventions.IsCollectionWord(word)) into[i] |= (int)Hit.Collection;
                if (dotted && Conventions.IsNonTerminalAbbreviation(word)) into[i] |= (int)Hit.Abbreviation;
                if (PublisherWordsBySpan.Contains(word)) into[i] |= (int)Hit.Publisher;
                if (dotted && t.Length <= 2 && char.IsUpper(text[t.Start])) into[i] |= (int)Hit.Initial;
                if (t.Length >= 2 && char.IsUpper(text[t.Start]) && ArchiveRegistry.Default.FindByKey(ArchiveRegistry.Key(word.ToString())) is not null) into[i] |= (int)Hit.Archive;
                if (t.Length <= 6)
                {
                    if (PageKw.IsMatch(withDot)) into[i] |= (int)Hit.PageKeyword;
                    if (FolioKw.IsMatch(withDot)) into[i] |= (int)Hit.FolioKeyword;
                    if (VolumeKw.IsMatch(withDot)) into[i] |= (int)Hit.VolumeKeyword;
                    if (IssueKw.IsMatch(withDot)) into[i] |= (int)Hit.IssueKeyword;
                }
            }
            else if (t.Kind == TokenKind.Punctuation && text[t.Start] == '№') into[i] |= (int)Hit.IssueKeyword;
        }
        // An archive of two words (ГА РФ, ЦГИА АзССР): both words are marked.
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i + 1].Kind != TokenKind.Word || !char.IsUpper(text[tokens[i].Start])) continue;
            if (ArchiveRegistry.Default.FindByKey(ArchiveRegistry.Key(text[tokens[i].Start..tokens[i + 1].End])) is not null)
            {
                into[i] |= (int)Hit.Archive;
                into[i + 1] |= (int)Hit.Archive;
            }
        }
    }

    // Marks the tokens a phrase covers when one starts at token i (its first word with the phrase's class).
    private static void MarkPhrases(string text, List<Token> tokens, int i, int[] into)
    {
        var start = tokens[i].Start;
        foreach (var (phrase, hit) in Phrases)
        {
            if (start + phrase.Length > text.Length || string.Compare(text, start, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            var end = start + phrase.Length;
            if (char.IsLetter(phrase[^1]) && end < text.Length && char.IsLetter(text[end])) continue;
            into[i] |= (int)hit;
            var inside = hit == Hit.IbidStart ? Hit.IbidInside : hit is Hit.Commentary or Hit.NameJoiner ? hit : Hit.RoleInside;
            for (var j = i + 1; j < tokens.Count && tokens[j].Start < end; j++) into[j] |= (int)inside;
            return;
        }
    }

    /// <summary>The archival reader's level matches in the note, per token: the alternative (1-based) whose keyword or value it is, negative for a value.</summary>
    public static void Levels(string text, int start, int end, List<Token> tokens, int[] into)
    {
        Array.Clear(into, 0, tokens.Count);
        if (tokens.Count == 0) return;
        var j = 0;
        foreach (var (alternative, index, length, keyword, _) in ArchivalReader.Levels(text, start, end - start))
        {
            var at = keyword.Length > 0 ? text.IndexOf(keyword, index, length, StringComparison.Ordinal) : index;
            var valueStart = (at < 0 ? index : at) + keyword.Length;
            while (j > 0 && tokens[j - 1].End > index) j--;
            while (j < tokens.Count && tokens[j].End <= index) j++;
            for (var k = j; k < tokens.Count && tokens[k].Start < index + length; k++)
                into[k] = tokens[k].Start < valueStart && keyword.Length > 0 ? alternative + 1 : -(alternative + 1);
        }
    }
}
