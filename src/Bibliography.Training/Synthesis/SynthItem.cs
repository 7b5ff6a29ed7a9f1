namespace Bibliography.Training.Synthesis;

/// <summary>The label names of the training format, stated once (agreed with the labeller; do not change).</summary>
public static class Labels
{
    /// <summary>A person who wrote the work.</summary>
    public const string Author = "author";
    /// <summary>An editor.</summary>
    public const string Editor = "editor";
    /// <summary>A compiler (сост., tərt.).</summary>
    public const string Compiler = "compiler";
    /// <summary>A translator.</summary>
    public const string Translator = "translator";
    /// <summary>The title of the work (or its short title).</summary>
    public const string Title = "title";
    /// <summary>The journal, newspaper, collection or gazette the work is in.</summary>
    public const string Container = "container";
    /// <summary>A series.</summary>
    public const string Collection = "collection";
    /// <summary>The place of publication.</summary>
    public const string Place = "place";
    /// <summary>The publisher.</summary>
    public const string Publisher = "publisher";
    /// <summary>The issued date as printed.</summary>
    public const string Date = "date";
    /// <summary>A volume.</summary>
    public const string Volume = "volume";
    /// <summary>An issue (of a journal, newspaper or gazette).</summary>
    public const string Issue = "issue";
    /// <summary>An edition.</summary>
    public const string Edition = "edition";
    /// <summary>An article's page range in its container.</summary>
    public const string Pages = "pages";
    /// <summary>The cited page or folio, without its keyword.</summary>
    public const string Locator = "locator";
    /// <summary>An archive's name or abbreviation.</summary>
    public const string Archive = "archive";
    /// <summary>The fond value.</summary>
    public const string Fond = "fond";
    /// <summary>The opis value.</summary>
    public const string Opis = "opis";
    /// <summary>The delo value.</summary>
    public const string Delo = "delo";
    /// <summary>An ibid phrase.</summary>
    public const string Ibid = "ibid";
    /// <summary>Commentary around the citations.</summary>
    public const string Prose = "prose";

    /// <summary>Every label, in the agreed order.</summary>
    public static readonly IReadOnlyList<string> All =
        [Author, Editor, Compiler, Translator, Title, Container, Collection, Place, Publisher, Date, Volume, Issue, Edition, Pages, Locator, Archive, Fond, Opis, Delo, Ibid, Prose];

    /// <summary>The labels of people, whose span covers the whole name as printed.</summary>
    public static bool IsName(string label) => label is Author or Editor or Compiler or Translator;
}

/// <summary>A person's name as CSL-JSON gives it.</summary>
public sealed record PersonName(string Family, string Given);

/// <summary>A text field of an item: the CSL-JSON variable, its training label (empty: printed but unlabelled) and its value.</summary>
public sealed record ItemField(string Variable, string Label, string Value);

/// <summary>An issued date (month and day may be absent).</summary>
public sealed record IssuedDate(int Year, int? Month = null, int? Day = null);

/// <summary>One level of an archival shelf mark: its training label (null for a folio, which is a locator) and value.</summary>
public sealed record ShelfLevel(string Label, string Keyword, string Value);

/// <summary>A shelf mark as written: the text between levels comes from one spelling convention.</summary>
/// <param name="Levels">The levels in order, each with the keyword printed before its value.</param>
/// <param name="Separator">What joins levels (". " in GOST, ", " elsewhere).</param>
public sealed record ShelfMark(IReadOnlyList<ShelfLevel> Levels, string Separator);

/// <summary>A generated source: a CSL item before marking, with the values every label is checked against.</summary>
public sealed class SynthItem
{
    /// <summary>Creates an item of a CSL type in a script.</summary>
    public SynthItem(string id, string type, Script script)
    {
        Id = id;
        Type = type;
        Script = script;
    }

    /// <summary>The CSL id.</summary>
    public string Id { get; }

    /// <summary>The CSL type (book, chapter, article-journal, article-newspaper, legislation, manuscript).</summary>
    public string Type { get; }

    /// <summary>The language and script of the item's words.</summary>
    public Script Script { get; }

    /// <summary>Text fields in the order they were made.</summary>
    public List<ItemField> Fields { get; } = [];

    /// <summary>Names by CSL role (author, editor, compiler, translator).</summary>
    public List<(string Role, PersonName Name)> Names { get; } = [];

    /// <summary>The issued date, if any.</summary>
    public IssuedDate? Issued { get; set; }

    /// <summary>The archival shelf mark, for archival items.</summary>
    public ShelfMark? Shelf { get; set; }

    /// <summary>The archive's full name and abbreviation, for archival items (either may be empty).</summary>
    public (string Name, string Abbreviation)? Archive { get; set; }

    /// <summary>True for archival items, which are cited by folio.</summary>
    public bool IsArchival => Shelf is not null;

    /// <summary>The value of a field, or null.</summary>
    public string? Get(string variable) => Fields.FirstOrDefault(f => f.Variable == variable)?.Value;

    /// <summary>Adds a field.</summary>
    public void Add(string variable, string label, string value) => Fields.Add(new ItemField(variable, label, value));
}
