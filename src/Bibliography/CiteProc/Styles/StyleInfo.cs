namespace Bibliography.CiteProc.Styles;

/// <summary>What a style's <c>&lt;info&gt;</c> head says about it, and where the style was found.</summary>
/// <param name="Id">The style's <c>&lt;id&gt;</c>, usually a URI such as <c>http://www.zotero.org/styles/apa</c>.</param>
/// <param name="ShortId">The last segment of <paramref name="Id"/> (<c>apa</c>), the name people type.</param>
/// <param name="Title">The style's <c>&lt;title&gt;</c>.</param>
/// <param name="TitleShort">The style's <c>&lt;title-short&gt;</c>, if any.</param>
/// <param name="FileName">The file's name (<c>apa.csl</c>).</param>
/// <param name="Path">The file's path, or a description of the embedded resource.</param>
/// <param name="Source">The name of the place it came from (<c>embedded</c>, <c>styles-dir</c>, <c>zotero</c>, <c>system</c>, <c>path</c>).</param>
/// <param name="IsDependent">True when the style only names an independent parent to format with.</param>
/// <param name="ParentId">The id of the independent parent of a dependent style.</param>
/// <param name="DefaultLocale">The <c>default-locale</c> attribute of the root <c>&lt;style&gt;</c>, if any.</param>
/// <param name="CitationFormat">The <c>&lt;category citation-format&gt;</c> value (<c>note</c>, <c>author-date</c>, <c>numeric</c>…), if any.</param>
/// <param name="StyleClass">The root's <c>class</c> attribute (<c>note</c> or <c>in-text</c>); absent on most dependent styles.</param>
public sealed record StyleInfo(
    string Id,
    string ShortId,
    string Title,
    string? TitleShort,
    string FileName,
    string Path,
    string Source,
    bool IsDependent,
    string? ParentId,
    string? DefaultLocale,
    string? CitationFormat,
    string? StyleClass);

/// <summary>A style ready for a CSL processor: the independent style's XML plus what was asked for.</summary>
/// <param name="Style">The style that was asked for (possibly dependent).</param>
/// <param name="Parent">The independent parent whose XML is used, when <paramref name="Style"/> is dependent.</param>
/// <param name="Xml">The independent style's XML; for a dependent style, the parent's with the dependent's <c>default-locale</c> applied.</param>
/// <param name="DefaultLocale">The locale to use when none is given: the dependent's if it has one, else the independent style's.</param>
public sealed record ResolvedStyle(StyleInfo Style, StyleInfo? Parent, string Xml, string? DefaultLocale)
{
    /// <summary>The style whose formatting rules <see cref="Xml"/> holds.</summary>
    public StyleInfo Independent => Parent ?? Style;
}

/// <summary>A place styles are searched in, as shown by listings and in not-found errors.</summary>
/// <param name="Name">Short name of the place (<c>embedded</c>, <c>styles-dir</c>, <c>zotero</c>, <c>system</c>).</param>
/// <param name="Location">Where it is (a folder, or the embedded resources).</param>
/// <param name="Present">False when the folder does not exist.</param>
/// <param name="StyleCount">How many readable styles it holds (0 when absent).</param>
public sealed record StylePlace(string Name, string Location, bool Present, int StyleCount);
