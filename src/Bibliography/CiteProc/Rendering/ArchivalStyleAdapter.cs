using Bibliography.Parsing;
using System.Xml.Linq;

namespace Bibliography.CiteProc.Rendering;

/// <summary>
/// Gives any CSL style a branch for archival files cited by their shelf mark: a manuscript with an
/// <c>archive_location</c> and no title, which official styles print as <c>(N.d.), fols. 184v–185, f. 7, …</c>
/// because they expect a titled, dated document.
/// </summary>
/// <remarks>
/// <para>The branch prints what historians write, in the output locale's convention: a first note names the archive
/// in full with its abbreviation, then the shelf mark and folios (<c>Russian State Military Archive (RGVA), f. 7,
/// op. 2, d. 484, fols. 184v–185</c>); a later note, and every in-text citation, the abbreviation and shelf mark;
/// ibid where the style itself uses ibid; a bibliography entry the archive and the shelf mark. It never prints a
/// date, so never <c>n.d.</c>.</para>
/// <para>Adapting the style, rather than filling the item's variables so that the style's own layout prints them,
/// is what works across styles: a title-less item gets an author-less, date-less, place-less layout everywhere,
/// whereas a shelf mark put into <c>title</c> still comes with <c>n.d.</c> in author-date styles and italics in note
/// styles. Both hosts run the adapted XML, so they stay byte-identical. Numeric citations keep their numbers.</para>
/// <para>The item reaches the branch pre-rendered (<see cref="ArchivePreRenderer"/>): <c>archive</c> the full name
/// in the locale's language, <c>source</c> the abbreviation, <c>archive_location</c> the shelf mark and the
/// locator in the convention.</para>
/// </remarks>
public static class ArchivalStyleAdapter
{
    private static readonly XNamespace Cs = Styles.StyleXml.CslNamespace;

    /// <summary>The macro names the adapter adds; a style already holding one is left as it is.</summary>
    private const string Prefix = "bibliography-archival-";

    /// <summary>The style with the archival branch added to its citation and bibliography layouts, or unchanged when it cannot be read or was adapted already.</summary>
    /// <param name="styleXml">An independent CSL style.</param>
    /// <param name="convention">The convention the items are pre-rendered in: it sets the separator between the archive and the shelf mark (<c>. </c> in GOST, <c>, </c> elsewhere).</param>
    public static string Adapt(string styleXml, ArchivalConvention convention) =>
        Styles.StyleXml.ParseTree(styleXml) is { } document && Adapt(document, convention) ? Styles.StyleXml.WriteTree(document) : styleXml;

    /// <summary>Adds the archival branch to a parsed style, in place; false (and nothing changed) when it is not a CSL style or was adapted already.</summary>
    /// <param name="document">An independent CSL style's tree (<c>StyleXml.ParseTree</c>).</param>
    /// <param name="convention">The convention the items are pre-rendered in.</param>
    public static bool Adapt(XDocument document, ArchivalConvention convention)
    {
        var style = document.Root;
        if (style is null || style.Name != Cs + "style"
            || style.Elements(Cs + "macro").Any(m => ((string?)m.Attribute("name"))?.StartsWith(Prefix, StringComparison.Ordinal) == true))
            return false;

        var separator = convention == ArchivalConvention.Russian ? ". " : ", ";
        var isNoteStyle = (string?)style.Attribute("class") == "note";
        var citation = style.Element(Cs + "citation");
        var macrosByName = style.Elements(Cs + "macro").GroupBy(m => (string?)m.Attribute("name") ?? "").ToDictionary(g => g.Key, g => g.First());
        var numeric = citation is not null && RendersCitationNumber(citation, macrosByName, 0);
        var usesIbid = style.Descendants().Any(e => ((string?)e.Attribute("position"))?.Contains("ibid", StringComparison.Ordinal) == true);

        var macros = new List<XElement>
        {
            Macro("name", Group(" ", Text("archive"), Text("source", prefix: "(", suffix: ")"))),
            Macro("short-name", Choose(If(new XAttribute("variable", "source"), Text("source")), Else(Text("archive")))),
            Macro("locator", Group(" ", new XElement(Cs + "label", new XAttribute("variable", "locator"), new XAttribute("form", "short"),
                convention == ArchivalConvention.Russian ? new XAttribute("text-case", "capitalize-first") : null), Text("locator"))),
        };
        AddMacros(style, macros);

        if (citation is not null && !numeric)
        {
            var full = Group(separator, Call("name"), Text("archive_location"), Call("locator"));
            var later = Group(separator, Call("short-name"), Text("archive_location"), Call("locator"));
            var ibid = Group(", ", new XElement(Cs + "text", new XAttribute("term", "ibid"), new XAttribute("text-case", "capitalize-first")), Call("locator"));
            XElement branch = !isNoteStyle
                ? later
                : Choose(
                    usesIbid ? If(new XAttribute("position", "ibid ibid-with-locator"), new XAttribute("match", "any"), ibid) : null,
                    (usesIbid ? new XElement(Cs + "else-if", new XAttribute("position", "subsequent"), later) : If(new XAttribute("position", "subsequent"), later)),
                    Else(full));
            // A newspaper issue cited by its paper and date alone (no title, no author): styles expect an article's
            // title, so a later note loses the paper's name ("June 19, 1920, 2"), an in-text citation has nothing to
            // print or only a year ("(1920a)"), and citeproc-js disambiguates every such issue against all the others.
            var paper = Group(separator, Text("container-title"), IssueDate(convention), isNoteStyle ? Text("locator") : Call("locator"));
            XElement? newspaper = !isNoteStyle
                ? paper
                : Choose(
                    usesIbid ? If(new XAttribute("position", "ibid ibid-with-locator"), new XAttribute("match", "any"), ibid) : null,
                    (usesIbid ? new XElement(Cs + "else-if", new XAttribute("position", "subsequent"), paper) : If(new XAttribute("position", "subsequent"), paper)),
                    Else(Call(OriginalMarker, prefixed: false)));
            foreach (var layout in citation.Elements(Cs + "layout")) Wrap(style, layout, "citation", branch, newspaper);
        }
        if (style.Element(Cs + "bibliography") is { } bibliography)
            foreach (var layout in bibliography.Elements(Cs + "layout"))
            {
                // A numbered list keeps the entry's number before the archival text.
                var number = layout.Elements().Where(e => RendersCitationNumber(e, macrosByName, 0)).Take(1).Select(e => new XElement(e));
                // An entry ends with a full stop: the layout's own suffix where it has one, else the branch's.
                var end = layout.Attribute("suffix") is null ? new XAttribute("suffix", ".") : null;
                Wrap(style, layout, "bibliography", new XElement(Cs + "group", number,
                    Group(". ", Call("name"), new XElement(Cs + "text", new XAttribute("variable", "archive_location"), new XAttribute("text-case", "capitalize-first")), end)),
                    new XElement(Cs + "group", number.Select(n => new XElement(n)),
                        Group(separator, Text("container-title"), IssueDate(convention),
                            layout.Attribute("suffix") is null ? new XAttribute("suffix", ".") : null)));
            }
        return true;
    }

    // The layout's own content moves into a macro that both branches can call; the archival branch takes title-less
    // manuscripts with a shelf mark, and everything else reaches the style's layout exactly as before.
    // A title-less newspaper issue takes the newspaper branch the same way; in it, OriginalMarker calls the style's own
    // layout (a note style keeps its first note of an issue, which names the paper and the date).
    private static void Wrap(XElement style, XElement layout, string part, XElement archival, XElement? newspaper = null)
    {
        var name = $"{Prefix}{part}-{style.Elements(Cs + "macro").Count()}";
        var original = new XElement(Cs + "macro", new XAttribute("name", name), layout.Nodes());
        layout.RemoveNodes();
        AddMacros(style, [original]);
        var call = () => Call(name, prefixed: false);
        if (newspaper is not null)
            foreach (var marker in newspaper.DescendantsAndSelf(Cs + "text").Where(t => (string?)t.Attribute("macro") == OriginalMarker).ToList())
                marker.SetAttributeValue("macro", name);
        layout.Add(Choose(
            If(new XAttribute("type", "manuscript"), new XAttribute("variable", "archive_location"), new XAttribute("match", "all"),
                Choose(If(new XAttribute("variable", "title"), call()), Else(archival))),
            newspaper is null ? null : new XElement(Cs + "else-if", new XAttribute("type", "article-newspaper"), new XAttribute("variable", "container-title"), new XAttribute("match", "all"),
                Choose(If(new XAttribute("variable", "title author"), new XAttribute("match", "any"), call()), Else(newspaper))),
            Else(call())));
    }

    // A newspaper issue's date: the locale's text date ("June 19, 1920"), or in GOST the year, then day and abbreviated
    // month ("1920. 19 июн."), since the locale's full month is the nominative ("19 июнь" is wrong after a day).
    private static XElement IssueDate(ArchivalConvention convention) => convention == ArchivalConvention.Russian
        ? Group(". ",
            new XElement(Cs + "date", new XAttribute("variable", "issued"), new XElement(Cs + "date-part", new XAttribute("name", "year"))),
            new XElement(Cs + "date", new XAttribute("variable", "issued"), new XAttribute("delimiter", " "),
                new XElement(Cs + "date-part", new XAttribute("name", "day")), new XElement(Cs + "date-part", new XAttribute("name", "month"), new XAttribute("form", "short"))))
        : new XElement(Cs + "date", new XAttribute("variable", "issued"), new XAttribute("form", "text"));

    // Stands in a newspaper branch for the call of the style's own layout, which Wrap names.
    private const string OriginalMarker = Prefix + "original";

    // Macros go after the style's own, or before its citation when it has none (the schema's order).
    private static void AddMacros(XElement style, IEnumerable<XElement> macros)
    {
        if (style.Elements(Cs + "macro").LastOrDefault() is { } last) last.AddAfterSelf(macros);
        else if (style.Element(Cs + "citation") is { } citation) citation.AddBeforeSelf(macros);
        else style.Add(macros);
    }

    /// <summary>True when the style's citations print the entries' numbers (<c>[3]</c>): its bibliography's order is the citations' own.</summary>
    public static bool CitesByNumber(string styleXml) => Styles.StyleXml.ParseTree(styleXml) is { } style && PrintsNumber(style, "citation");

    /// <summary>
    /// True when the style prints the entries' numbers in its citations or in its bibliography (the official GOST style
    /// cites by author and year but numbers its list): taking entries out of such a list would leave gaps in it.
    /// </summary>
    public static bool NumbersEntries(string styleXml) => Styles.StyleXml.ParseTree(styleXml) is { } style && NumbersEntries(style);

    /// <summary>The same, of a parsed style.</summary>
    public static bool NumbersEntries(XDocument style) => PrintsNumber(style, "citation") || PrintsNumber(style, "bibliography");

    private static bool PrintsNumber(XDocument document, string layout)
    {
        var style = document.Root;
        var macros = style?.Elements(Cs + "macro").GroupBy(m => (string?)m.Attribute("name") ?? "").ToDictionary(g => g.Key, g => g.First());
        return style?.Element(Cs + layout) is { } element && RendersCitationNumber(element, macros!, 0);
    }

    // Whether an element prints the entry's number, itself or through the macros it calls (a numeric style).
    private static bool RendersCitationNumber(XElement element, IReadOnlyDictionary<string, XElement> macros, int depth) =>
        depth < 16 && element.DescendantsAndSelf().Any(e =>
            (string?)e.Attribute("variable") == "citation-number"
            || ((string?)e.Attribute("macro") is { } called && macros.TryGetValue(called, out var macro) && RendersCitationNumber(macro, macros, depth + 1)));

    private static XElement Macro(string name, XElement body) => new(Cs + "macro", new XAttribute("name", Prefix + name), body);

    private static XElement Call(string name, bool prefixed = true) => new(Cs + "text", new XAttribute("macro", prefixed ? Prefix + name : name));

    private static XElement Text(string variable, string? prefix = null, string? suffix = null) =>
        new(Cs + "text", new XAttribute("variable", variable),
            prefix is null ? null : new XAttribute("prefix", prefix), suffix is null ? null : new XAttribute("suffix", suffix));

    private static XElement Group(string delimiter, params object?[] children) => new(Cs + "group", new XAttribute("delimiter", delimiter), children);

    private static XElement Choose(params object?[] branches) => new(Cs + "choose", branches);

    private static XElement If(params object?[] content) => new(Cs + "if", content);

    private static XElement Else(params object?[] content) => new(Cs + "else", content);
}
