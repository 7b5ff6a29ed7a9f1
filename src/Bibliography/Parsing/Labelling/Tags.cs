namespace Bibliography.Parsing.Labelling;

/// <summary>
/// The labels of the synthetic footnotes and the per-token tags made of them: O (outside every span), and per label B
/// (begins a span), I (continues it) and N (begins a span that begins a new citation of the note).
/// </summary>
public static class Tags
{
    /// <summary>The span labels, in the order of the agreed data format (their index is their id in a model file).</summary>
    public static readonly string[] Labels =
    [
        "author", "editor", "compiler", "translator", "title", "container", "collection", "place", "publisher", "date",
        "volume", "issue", "edition", "pages", "locator", "archive", "fond", "opis", "delo", "ibid", "prose",
    ];

    /// <summary>The number of tags: O and three per label.</summary>
    public static readonly int Count = 1 + 3 * Labels.Length;

    /// <summary>The tag of a token outside every span.</summary>
    public const int Outside = 0;

    private static readonly Dictionary<string, int> LabelIds = Labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);

    /// <summary>The id of a label, or -1 for one the labeller does not know.</summary>
    public static int LabelId(string label) => LabelIds.TryGetValue(label, out var id) ? id : -1;

    /// <summary>The tag beginning a span of label <paramref name="label"/>.</summary>
    public static int Begin(int label) => 1 + 3 * label;

    /// <summary>The tag continuing a span of label <paramref name="label"/>.</summary>
    public static int Inside(int label) => 2 + 3 * label;

    /// <summary>The tag beginning a span that also begins a new citation.</summary>
    public static int NewCitation(int label) => 3 + 3 * label;

    /// <summary>The label of a tag, or -1 for O.</summary>
    public static int LabelOf(int tag) => tag == Outside ? -1 : (tag - 1) / 3;

    /// <summary>Whether the tag begins a span (B or N).</summary>
    public static bool Begins(int tag) => tag != Outside && (tag - 1) % 3 != 1;

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/> (-1: the note's start): I only continues its own label.</summary>
    public static bool Allowed(int previous, int tag) =>
        tag == Outside || Begins(tag) || previous >= 0 && previous != Outside && LabelOf(previous) == LabelOf(tag);

    /// <summary>A readable name of a tag (<c>B-title</c>).</summary>
    public static string Name(int tag) => tag == Outside ? "O" : "BIN"[(tag - 1) % 3] + "-" + Labels[LabelOf(tag)];
}
