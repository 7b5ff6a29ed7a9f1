namespace Bibliography.Parsing;

/// <summary>The keyword literals of the patterns, so a matched keyword is shared rather than copied out of every citation.</summary>
internal static class Keywords
{
    // Every alternative the keyword groups of the patterns can match (level, folio, page, volume keywords).
    private static readonly string[] Known =
    [
        "fond", "Fond", "fondu", "Fondu", "f.", "F.", "ф.", "Ф.", "фонд", "Фонд",
        "siyahı", "Siyahı", "siy.", "Siy.", "op.", "Op.", "оп.", "Оп.", "опись", "Опись", "opis", "Opis", "inv.", "Inv.",
        "iş", "İş", "d.", "D.", "д.", "Д.", "дело", "Дело", "delo", "Delo", "s.v.", "case", "Case",
        "vərəqlər", "Vərəqlər", "vərəq", "Vərəq", "v.", "V.", "ll.", "Ll.", "l.", "L.", "лл.", "Лл.", "л.", "Л.", "ff.", "fol.", "fols.", "sheets", "sheet",
        "səh.", "Səh.", "s.", "S.", "с.", "С.", "pp.", "p.", "стр.", "str.",
        "cild", "Cild", "c.", "C.", "т.", "Т.", "t.", "vol.", "Vol.",
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Known.ToDictionary(k => k, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text of <paramref name="keyword"/>: the shared literal when it is a known keyword, else a copy.</summary>
    public static string Text(ReadOnlySpan<char> keyword) => Lookup.TryGetValue(keyword, out var known) ? known : keyword.ToString();
}
