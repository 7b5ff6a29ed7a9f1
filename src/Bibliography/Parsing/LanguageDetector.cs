using System.Text.RegularExpressions;
using System.Runtime.CompilerServices;

namespace Bibliography.Parsing;

/// <summary>Tells the language a citation or title is written in: <c>az</c>, <c>ru</c> (also transliterated) or <c>en</c>.</summary>
/// <remarks>
/// Azerbaijani transliteration of Russian uses the Azerbaijani alphabet (ç, ş, ı, q for г) but never ə, so ə is
/// the strongest sign of Azerbaijani; Russian is recognised by Cyrillic or by the endings and function words
/// transliteration keeps.
/// </remarks>
public static class LanguageDetector
{
    private static readonly Regex RussianTransliteration = new(
        @"\b(?:v|i|na|k|za|po|ot|dlya|iz|pri|ob|o|s|sbornik|zbornik|sostavil|izd-vo|izd-tvo|izdatelstvo|trudov|dokumentov|istorii|nauk)\b"
        + @"|(?:ıx|ogo|ovo|yeye|skaya|skiy|skoy|nıy|nıx|iya|iyax|eniye|eniya|yenie|ov)\b",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Azerbaijani = new(
        @"\b(?:və|ilə|üçün|tarixi|qəzeti|arxiv|arxivi|" + string.Join("|", Vocabulary.AzerbaijaniWords) + @"|nəşriyyatı|nəşr)\b",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// True when a short name (a journal's) has a word with an ending of transliterated Russian adjectives and genitives
    /// (<c>Voprosy istorii</c>, <c>Novyi mir</c>, <c>Istoricheskii arkhiv</c>, <c>Otechestvennaia istoriia</c>, <c>Byloe</c>),
    /// which English words hardly have; a name too short for <see cref="Detect(string)"/> to tell.
    /// </summary>
    internal static bool LooksTransliteratedRussian(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            var word = name[range].Trim(".,:;’'\"”");
            if (word.Length < 4 || !char.IsLetter(word[0])) continue;
            foreach (var ending in TransliteratedEndings)
                if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // Endings of transliterated Russian words (Library of Congress and the common simplified spellings), not of English ones.
    private static readonly string[] TransliteratedEndings = ["ii", "yi", "yy", "oi", "aia", "aya", "iia", "iya", "oe", "ogo", "ykh", "ikh", "ovo"];

    /// <summary>The language of a piece of text, or null when it cannot be told.</summary>
    public static string? Detect(string text) => Detect(text, null, null);

    /// <summary>
    /// The language of the parts joined by spaces (null parts as empty), without joining them: no word a pattern
    /// matches holds a space, so counts and matches over the parts are those over the joined text.
    /// </summary>
    internal static string? Detect(string? a, string? b, string? c)
    {
        int cyrillic = 0, latin = 0, schwa = 0;
        Tally(a, ref cyrillic, ref latin, ref schwa);
        Tally(b, ref cyrillic, ref latin, ref schwa);
        Tally(c, ref cyrillic, ref latin, ref schwa);
        if (cyrillic > latin) return "ru";
        if (schwa > 0 || IsAzerbaijani(a) || IsAzerbaijani(b) || IsAzerbaijani(c)) return "az";
        // Counted only up to the two that decide: the rest of the text need not be searched.
        var words = RussianWords(a, 0);
        if (words < 2) words = RussianWords(b, words);
        if (words < 2) words = RussianWords(c, words);
        return words >= 2 ? "ru" : null;
    }

    [MethodImpl(Hot.Loop)]
    private static void Tally(string? text, ref int cyrillic, ref int latin, ref int schwa)
    {
        if (text is null) return;
        foreach (var c in text)
        {
            // The Cyrillic schwa is the Latin one as some keyboards type it ("Әliyev", "sәh."): a sign of Azerbaijani, and in
            // Cyrillic text (Kazakh, Tatar) outnumbered by the other Cyrillic letters.
            if (c is 'ә' or 'Ә') { schwa++; latin++; }
            else if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (char.IsLetter(c)) latin++;
            if (c is 'ə' or 'Ə') schwa++;
        }
    }

    private static bool IsAzerbaijani(string? text) =>
        text is { Length: > 0 } && Azerbaijani.IsMatch(text);

    // counted + the matches in text, counting no further than 2.
    private static int RussianWords(string? text, int counted)
    {
        if (text is not { Length: > 0 }) return counted;
        foreach (var _ in RussianTransliteration.EnumerateMatches(text))
            if (++counted >= 2) break;
        return counted;
    }

    /// <summary>The language of a language note such as <c>(rusca)</c>, <c>(на азерб. яз.)</c>, or null.</summary>
    public static string? FromNote(string note)
    {
        var n = note.Trim().Trim('(', ')').ToLowerInvariant();
        if (n.StartsWith("rus", StringComparison.Ordinal) || n.Contains("на рус") || n.StartsWith("рус", StringComparison.Ordinal)) return "ru";
        if (n.StartsWith("azərbaycan", StringComparison.Ordinal) || n.StartsWith("azerbaycan", StringComparison.Ordinal) || n.Contains("азерб")) return "az";
        if (n.StartsWith("ingilis", StringComparison.Ordinal) || n.StartsWith("англ", StringComparison.Ordinal) || n.StartsWith("english", StringComparison.Ordinal)) return "en";
        if (n.StartsWith("türk", StringComparison.Ordinal) || n.StartsWith("турец", StringComparison.Ordinal)) return "tr";
        if (n.StartsWith("gürcü", StringComparison.Ordinal) || n.StartsWith("груз", StringComparison.Ordinal)) return "ka";
        return null;
    }

    private static bool AnyKeyword(IReadOnlyList<ArchivalLevel> levels, string locatorKeyword, Func<string, bool> test)
    {
        for (var i = 0; i < levels.Count; i++)
            if (levels[i].Keyword.Length > 0 && test(levels[i].Keyword)) return true;
        return locatorKeyword.Length > 0 && test(locatorKeyword);
    }

    // Whether the keyword holds a Cyrillic letter other than the schwa that Azerbaijani keyboards type for the Latin one.
    private static bool CyrillicBesidesSchwa(string keyword)
    {
        foreach (var c in keyword)
            if (c is >= '\u0400' and <= '\u04FF' and not ('ә' or 'Ә')) return true;
        return false;
    }

    /// <summary>The language of an archival citation, told by its level keywords (<c>оп.</c> → ru, <c>siyahı</c> → az; <see cref="KeywordSpelling.Tells"/>).</summary>
    internal static string? OfArchivalCitation(IReadOnlyList<ArchivalLevel> levels, CitedLocator? locator, string text)
    {
        // Each test runs over every keyword (levels in order, then the locator's) before the next test, as the
        // order of the tests decides; loops rather than queries, as this runs for every archival citation.
        var locatorKeyword = locator?.Keyword ?? "";
        // A keyword in Cyrillic tells Russian; the Cyrillic schwa alone is an Azerbaijani keyword's look-alike ("vәrәq").
        if (AnyKeyword(levels, locatorKeyword, static k => CyrillicBesidesSchwa(k))) return "ru";
        if (AnyKeyword(levels, locatorKeyword, static k => Vocabulary.LanguageOf(k) == "az")) return "az";
        for (var i = 0; i < levels.Count; i++)
            if (levels[i].Value.EndsWith(Vocabulary.NamedFond, StringComparison.Ordinal)) return "az";
        if (AnyKeyword(levels, locatorKeyword, static k => Vocabulary.LanguageOf(k) == "en")) return "en";
        if (AnyKeyword(levels, locatorKeyword, static k => Vocabulary.LanguageOf(k) == "ru")) return "ru";
        return Detect(text);
    }
}
