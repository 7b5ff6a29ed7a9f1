namespace Bibliography.CiteProc.Rendering;

/// <summary>The Azerbaijani note on the language a serial is printed in: <c>“Kommunist” qəzeti (rusca)</c>.</summary>
public static class NewspaperLanguage
{
    // Azerbaijani names languages with the adverbial -ca/-cə/-ça/-çə: "rusca" (in Russian), "gürcücə" (in Georgian).
    private static readonly Dictionary<string, string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ru"] = "rusca",
        ["en"] = "ingiliscə",
        ["de"] = "almanca",
        ["fr"] = "fransızca",
        ["tr"] = "türkcə",
        ["fa"] = "farsca",
        ["ar"] = "ərəbcə",
        ["ka"] = "gürcücə",
        ["hy"] = "ermənicə",
        ["uk"] = "ukraynaca",
        ["pl"] = "polyakca",
        ["it"] = "italyanca",
        ["es"] = "ispanca",
        ["ja"] = "yaponca",
        ["zh"] = "çincə",
    };

    /// <summary>
    /// The note for a serial in <paramref name="languageTag"/>, or null when none is printed: an Azerbaijani
    /// serial needs no note, and a language without a known name is better left out than printed as a code.
    /// </summary>
    public static string? Azerbaijani(string? languageTag)
    {
        var primary = (languageTag ?? "").Trim().Split('-', '_')[0];
        return Adverbs.TryGetValue(primary, out var name) ? name : null;
    }
}
