namespace Bibliography.CiteProc.Rendering;

/// <summary>How archival shelf marks and folio locators are written in a target convention.</summary>
public enum ArchivalConvention
{
    /// <summary>Azerbaijani notes: <c>fond 27, siyahı 4, iş 25</c>, <c>vərəq 184 arxa – 185</c>.</summary>
    Azerbaijani,
    /// <summary>Russian GOST R 7.0.5-2008: <c>Ф. 27. Оп. 4. Д. 25</c>, <c>Л. 184 об.–185</c>.</summary>
    Russian,
    /// <summary>English (Library of Congress transliteration of the Russian levels): <c>f. 27, op. 4, d. 25</c>, <c>fols. 184v–185</c>.</summary>
    English,
}

/// <summary>Picks the archival convention of a formatting job.</summary>
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
        return language switch
        {
            "az" => ArchivalConvention.Azerbaijani,
            "ru" => ArchivalConvention.Russian,
            _ => ArchivalConvention.English,
        };
    }
}
