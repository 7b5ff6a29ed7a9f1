namespace Bibliography.Training.Synthesis;

/// <summary>
/// One way of writing the levels of an archival shelf mark: the keyword of each level, of one and several folios,
/// the verso mark, and what joins the levels.
/// </summary>
/// <param name="Name">A short name for reports.</param>
/// <param name="Fond">The fond keyword (Ф., f., fond).</param>
/// <param name="Opis">The opis keyword (Оп., op., siy., inv.).</param>
/// <param name="Delo">The delo keyword (Д., d., iş, s.v., ed. khr., case).</param>
/// <param name="Folio">The keyword of one folio (Л., l., v., fol., sheet).</param>
/// <param name="Folios">The keyword of a folio range (Лл., ll., v., fols., sheets).</param>
/// <param name="Verso">The verso mark as written after the folio number, with its space if it takes one ( об., ob., arxa, v, verso).</param>
/// <param name="Separator">What joins the levels.</param>
public sealed record ShelfSpelling(string Name, string Fond, string Opis, string Delo, string Folio, string Folios, string Verso, string Separator)
{
    /// <summary>The conventions of Russian (GOST and older Soviet) notes.</summary>
    public static readonly ShelfSpelling[] Russian =
    [
        new("gost", "Ф.", "Оп.", "Д.", "Л.", "Лл.", " об.", ". "),
        new("ru-lower", "ф.", "оп.", "д.", "л.", "лл.", " об.", ", "),
        new("ru-words", "фонд", "опись", "дело", "лист", "листы", " об.", ", "),
        new("ru-edkhr", "Ф.", "Оп.", "Ед. хр.", "Л.", "Л.", " об.", ". "),
        new("ru-edkhr-lower", "ф.", "оп.", "ед. хр.", "л.", "лл.", "об.", ", "),
    ];

    /// <summary>The conventions of Azerbaijani notes.</summary>
    public static readonly ShelfSpelling[] Azerbaijani =
    [
        new("az-short", "f.", "siy.", "iş", "v.", "v.", " arxa", ", "),
        new("az-words", "fond", "siyahı", "iş", "vərəq", "vərəqlər", " arxa", ", "),
        new("az-sv", "f.", "siy.", "s.v.", "v.", "v.", " arxa", ", "),
        new("az-caps", "F.", "Siy.", "İş", "V.", "V.", " arxa", ", "),
    ];

    /// <summary>The conventions of English notes citing post-Soviet archives in transliteration.</summary>
    public static readonly ShelfSpelling[] English =
    [
        new("en-short", "f.", "op.", "d.", "l.", "ll.", "ob.", ", "),
        new("en-caps", "F.", "Op.", "D.", "L.", "Ll.", " ob.", ", "),
        new("en-words", "fond", "opis'", "delo", "list", "listy", " verso", ", "),
        new("en-inv", "fond", "inv.", "case", "sheet", "sheets", " verso", ", "),
        new("en-edkhr", "f.", "op.", "ed. khr.", "l.", "ll.", "ob.", ", "),
        new("en-fol", "f.", "op.", "d.", "fol.", "fols.", "v", ", "),
        new("en-file", "f.", "op.", "file", "p.", "pp.", "v", ", "),
        new("en-casefile", "f.", "op.", "case file", "l.", "ll.", " verso", ", "),
    ];

    /// <summary>The spellings fitting a script.</summary>
    public static ShelfSpelling[] For(Script script) => script switch
    {
        Script.Russian => Russian,
        Script.Azerbaijani => Azerbaijani,
        _ => English,
    };
}
