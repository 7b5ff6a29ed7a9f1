using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>Which of the three archival conventions a citation follows, and the level names each uses.</summary>
internal enum ArchivalConvention
{
    /// <summary>Azerbaijani: fond, siyahı, iş, vərəq.</summary>
    Azerbaijani,
    /// <summary>Russian GOST in Cyrillic: Ф., Оп., Д., Л.</summary>
    Cyrillic,
    /// <summary>Russian transliterated: f., op., d., l.</summary>
    Transliterated,
}

/// <summary>Tells a citation's archival convention and names its levels in it, so messages suggest fixes in the author's own convention.</summary>
internal static class ArchivalConventions
{
    /// <summary>The convention of an archival citation, told by its keywords.</summary>
    public static ArchivalConvention Of(ArchivalCitation a)
    {
        var keywords = a.Levels.Select(l => l.Keyword).Append(a.Locator?.Keyword ?? "").ToList();
        if (keywords.Any(Text.HasCyrillic)) return ArchivalConvention.Cyrillic;
        if (a.Language == "az" || keywords.Any(k => k is "iş" or "İş" || k.StartsWith("siy", StringComparison.OrdinalIgnoreCase) || k.Contains('ə')))
            return ArchivalConvention.Azerbaijani;
        return ArchivalConvention.Transliterated;
    }

    /// <summary>The name of a level in a convention (<c>siyahı</c>, <c>Оп.</c>, <c>op.</c>).</summary>
    public static string Name(ArchivalLevelKind kind, ArchivalConvention convention) => (kind, convention) switch
    {
        (ArchivalLevelKind.Fond, ArchivalConvention.Azerbaijani) => "fond",
        (ArchivalLevelKind.Opis, ArchivalConvention.Azerbaijani) => "siyahı",
        (ArchivalLevelKind.Delo, ArchivalConvention.Azerbaijani) => "iş",
        (ArchivalLevelKind.Fond, ArchivalConvention.Cyrillic) => "Ф.",
        (ArchivalLevelKind.Opis, ArchivalConvention.Cyrillic) => "Оп.",
        (ArchivalLevelKind.Delo, ArchivalConvention.Cyrillic) => "Д.",
        (ArchivalLevelKind.Fond, _) => "f.",
        (ArchivalLevelKind.Opis, _) => "op.",
        _ => "d.",
    };

    /// <summary>The folio keyword of a convention.</summary>
    public static string Folio(ArchivalConvention convention) => convention switch
    {
        ArchivalConvention.Azerbaijani => "vərəq",
        ArchivalConvention.Cyrillic => "Л.",
        _ => "l.",
    };

    /// <summary>The English name of a level, for messages read by editors of any language.</summary>
    public static string English(ArchivalLevelKind kind) => kind switch
    {
        ArchivalLevelKind.Fond => "fond",
        ArchivalLevelKind.Opis => "opis",
        _ => "delo",
    };
}
