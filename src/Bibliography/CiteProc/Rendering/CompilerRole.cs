using System.Xml;
using System.Xml.Linq;

namespace Bibliography.CiteProc.Rendering;

/// <summary>
/// Teaches a style that predates CSL 1.0.2's <c>compiler</c> role to print compilers: wherever it prints editors, it
/// prints compilers too, each with the locale's own label (<c>comp.</c>, <c>сост.</c>, <c>tərt.</c>).
/// </summary>
/// <remarks>
/// Document collections (<c>сборник документов / сост. …</c>) are the historian's daily bread, and most official
/// styles name only authors, editors and translators, so their compilers vanished from every note (or, filed as
/// translators, were printed as "trans."). Adding the variable next to <c>editor</c> keeps the style's own
/// placement, punctuation and substitution (a compiler stands in for a missing author as an editor does). A style that
/// already names <c>compiler</c> anywhere is left as it is.
/// </remarks>
public static class CompilerRole
{
    private static readonly XNamespace Cs = "http://purl.org/net/xbiblio/csl";

    // Not where the style writes the role into the names' affixes ("/ под ред. "): a compiler would print as an editor.
    private static bool PrintsItsRole(XElement names) =>
        !new[] { "prefix", "suffix" }.Any(a => ((string?)names.Attribute(a) ?? "").Any(char.IsLetter));

    /// <summary>The style with <c>compiler</c> beside <c>editor</c> in every <c>names</c> element that does not spell out its role, or unchanged.</summary>
    public static string Adapt(string styleXml)
    {
        if (styleXml.Contains("compiler", StringComparison.Ordinal)) return styleXml;
        XDocument document;
        try
        {
            document = XDocument.Parse(styleXml, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return styleXml; // the processor reports it with its line and column
        }
        var changed = false;
        foreach (var names in document.Descendants(Cs + "names"))
        {
            var variables = ((string?)names.Attribute("variable") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var editor = variables.IndexOf("editor");
            if (editor < 0 || !PrintsItsRole(names)) continue;
            variables.Insert(editor + 1, "compiler");
            names.SetAttributeValue("variable", string.Join(' ', variables));
            changed = true;
        }
        if (!changed) return styleXml;
        return document.Declaration is null ? document.ToString(SaveOptions.DisableFormatting) : document.Declaration + document.ToString(SaveOptions.DisableFormatting);
    }
}
