using System.Text.RegularExpressions;

namespace Bibliography.CiteProc.Styles;

/// <summary>CSL locale tags: spelling them canonically and finding a language's primary dialect.</summary>
public static partial class LocaleTags
{
    /// <summary>
    /// The "primary-dialects" table of the CSL locales repository (locales.json): the locale a bare language
    /// means. <c>az</c> → <c>az-AZ</c> is this project's addition, as it ships an Azerbaijani locale.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> PrimaryDialects = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["af"] = "af-ZA", ["ar"] = "ar", ["az"] = "az-AZ", ["bal"] = "bal-PK", ["bg"] = "bg-BG", ["brh"] = "brh-PK",
        ["ca"] = "ca-AD", ["cs"] = "cs-CZ", ["cy"] = "cy-GB", ["da"] = "da-DK", ["de"] = "de-DE", ["el"] = "el-GR",
        ["en"] = "en-US", ["es"] = "es-ES", ["et"] = "et-EE", ["eu"] = "eu", ["fa"] = "fa-IR", ["fi"] = "fi-FI",
        ["fr"] = "fr-FR", ["gl"] = "gl-ES", ["he"] = "he-IL", ["hi"] = "hi-IN", ["hr"] = "hr-HR", ["hu"] = "hu-HU",
        ["id"] = "id-ID", ["is"] = "is-IS", ["it"] = "it-IT", ["ja"] = "ja-JP", ["km"] = "km-KH", ["ko"] = "ko-KR",
        ["la"] = "la", ["lij"] = "lij-IT", ["lt"] = "lt-LT", ["lv"] = "lv-LV", ["mn"] = "mn-MN", ["ms"] = "ms-MY",
        ["nb"] = "nb-NO", ["nl"] = "nl-NL", ["nn"] = "nn-NO", ["pa"] = "pa-PK", ["pl"] = "pl-PL", ["pt"] = "pt-PT",
        ["ro"] = "ro-RO", ["ru"] = "ru-RU", ["sk"] = "sk-SK", ["sl"] = "sl-SI", ["sr"] = "sr-RS", ["sv"] = "sv-SE",
        ["th"] = "th-TH", ["tr"] = "tr-TR", ["uk"] = "uk-UA", ["vi"] = "vi-VN", ["zh"] = "zh-CN",
    };

    /// <summary>Canonical spelling: <c>ru_ru</c> → <c>ru-RU</c>, <c>sr-latn-rs</c> → <c>sr-Latn-RS</c>; null when it is not tag-shaped.</summary>
    public static string? Normalise(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var parts = tag.Trim().Replace('_', '-').Split('-');
        if (!TagPart().IsMatch(parts[0]) || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiLetterOrDigit))) return null;
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
            parts[i] = parts[i].Length switch
            {
                2 => parts[i].ToUpperInvariant(),
                4 => char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant(),
                _ => parts[i],
            };
        return string.Join('-', parts);
    }

    /// <summary>The language part of a tag (<c>ru</c> for <c>ru-RU</c>).</summary>
    public static string Language(string tag) => tag.Split('-', 2)[0].ToLowerInvariant();

    /// <summary>The tag in a <c>locales-TAG.xml</c> file name, or null for other names.</summary>
    public static string? FromFileName(string fileName) =>
        fileName.StartsWith("locales-", StringComparison.OrdinalIgnoreCase) && fileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && fileName.Length > 12
            ? fileName[8..^4]
            : null;

    [GeneratedRegex("^[A-Za-z]{2,3}$")]
    private static partial Regex TagPart();
}
