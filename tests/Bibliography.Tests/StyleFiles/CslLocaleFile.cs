using System.Xml.Linq;

namespace Bibliography.Tests.StyleFiles;

/// <summary>One term of a CSL locale: its text, or its singular and plural text.</summary>
/// <param name="Text">The text of a term without singular/plural variants, else null.</param>
/// <param name="Single">The singular text, when the term has variants.</param>
/// <param name="Multiple">The plural text, when the term has variants.</param>
public sealed record CslTermValue(string? Text, string? Single, string? Multiple)
{
    /// <summary>True when the term gives separate singular and plural text.</summary>
    public bool HasPlural => Single is not null || Multiple is not null;

    /// <summary>The singular (or only) text.</summary>
    public string Singular => Single ?? Text ?? "";
}

/// <summary>The terms, dates and options of a CSL locale (a locale file or a style's inline cs:locale).</summary>
public sealed class CslLocaleFile
{
    /// <summary>The CSL namespace.</summary>
    public static readonly XNamespace Cs = "http://purl.org/net/xbiblio/csl";

    private CslLocaleFile(XElement root) => Root = root;

    /// <summary>The cs:locale element.</summary>
    public XElement Root { get; }

    /// <summary>Terms keyed by (name, form); form defaults to <c>long</c>. Gender variants are ignored.</summary>
    public IReadOnlyDictionary<(string Name, string Form), CslTermValue> Terms =>
        Root.Element(Cs + "terms")?.Elements(Cs + "term")
            .Where(t => t.Attribute("gender-form") is null)
            .GroupBy(Key)
            .ToDictionary(g => g.Key, g => Value(g.First()))
        ?? new Dictionary<(string, string), CslTermValue>();

    /// <summary>The term's attributes (e.g. <c>match</c>) by (name, form).</summary>
    public XElement? TermElement(string name, string form = "long") =>
        Root.Element(Cs + "terms")?.Elements(Cs + "term")
            .FirstOrDefault(t => Key(t) == (name, form) && t.Attribute("gender-form") is null);

    /// <summary>Loads a locale file.</summary>
    public static CslLocaleFile Load(string path)
    {
        var doc = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        var root = doc.Root ?? throw new InvalidDataException($"{path}: empty XML document.");
        if (root.Name != Cs + "locale")
            throw new InvalidDataException($"{path}: root element is {root.Name}, expected cs:locale.");
        return new CslLocaleFile(root);
    }

    /// <summary>Wraps a style's inline cs:locale element.</summary>
    public static CslLocaleFile FromElement(XElement locale) => new(locale);

    private static (string Name, string Form) Key(XElement term) =>
        ((string?)term.Attribute("name") ?? "", (string?)term.Attribute("form") ?? "long");

    private static CslTermValue Value(XElement term)
    {
        var single = term.Element(Cs + "single");
        var multiple = term.Element(Cs + "multiple");
        return single is null && multiple is null
            ? new CslTermValue(term.Value.Trim(), null, null)
            : new CslTermValue(null, single?.Value.Trim(), multiple?.Value.Trim());
    }
}
