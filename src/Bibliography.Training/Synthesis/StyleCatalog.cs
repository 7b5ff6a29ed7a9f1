using System.Xml;
using Bibliography.CiteProc.Styles;

namespace Bibliography.Training.Synthesis;

/// <summary>An independent CSL style the generator renders with.</summary>
/// <param name="Id">The file name without .csl.</param>
/// <param name="Xml">The style.</param>
/// <param name="IsNote">True for a note style (rendered as footnotes); false for an in-text style (its bibliography entries are used).</param>
/// <param name="IsProject">True for the project's own styles (styles/), which follow the archive contract.</param>
public sealed record SynthStyle(string Id, string Xml, bool IsNote, bool IsProject)
{
    /// <summary>True when the style sorts the items of a citation cluster (a cs:sort inside cs:citation).</summary>
    public bool SortsCitations { get; } = SortsCluster(Xml);

    private static bool SortsCluster(string xml)
    {
        var citation = xml.IndexOf("<citation", StringComparison.Ordinal);
        if (citation < 0) return false;
        var layout = xml.IndexOf("<layout", citation, StringComparison.Ordinal);
        var sort = xml.IndexOf("<sort", citation, StringComparison.Ordinal);
        return sort >= 0 && (layout < 0 || sort < layout);
    }
}

/// <summary>Picks the styles: the project's own, every independent note style of a folder, and a sample of its in-text styles.</summary>
public static class StyleCatalog
{
    /// <summary>One in-text style in this many (in ordinal order) is taken, for reference-like strings.</summary>
    public const int InTextSampleEvery = 20;

    /// <summary>The styles in a fixed order: the project's first, then the folder's in ordinal file-name order.</summary>
    public static IReadOnlyList<SynthStyle> Load(string? stylesDirectory)
    {
        var styles = new List<SynthStyle>();
        foreach (var file in ResourceStyleSource.Project().EnumerateFiles().OrderBy(f => f.FileName, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(file.Open());
            styles.Add(new SynthStyle(Path.GetFileNameWithoutExtension(file.FileName), reader.ReadToEnd(), true, true));
        }
        if (stylesDirectory is null || !Directory.Exists(stylesDirectory)) return styles;
        var inText = 0;
        foreach (var path in Directory.EnumerateFiles(stylesDirectory, "*.csl").Order(StringComparer.Ordinal))
        {
            var xml = File.ReadAllText(path);
            var (cls, dependent) = Head(xml);
            if (dependent || cls is null) continue;
            var id = Path.GetFileNameWithoutExtension(path);
            if (cls == "note") styles.Add(new SynthStyle(id, xml, true, false));
            // In-text styles: a sample, plus every one made for Russian, Ukrainian, Azerbaijani or Georgian (GOST).
            else if (inText++ % InTextSampleEvery == 0 || OwnLanguage(xml)) styles.Add(new SynthStyle(id, xml, false, false));
        }
        return styles;
    }

    private static bool OwnLanguage(string xml)
    {
        var at = xml.IndexOf("default-locale=\"", StringComparison.Ordinal);
        if (at < 0 || at > 2000) return false;
        var tag = xml.AsSpan(at + "default-locale=\"".Length);
        return tag.StartsWith("ru") || tag.StartsWith("uk") || tag.StartsWith("az") || tag.StartsWith("ka");
    }

    // The class attribute and whether the style depends on a parent, read from the head only.
    private static (string? Class, bool Dependent) Head(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            reader.MoveToContent();
            var cls = reader.GetAttribute("class");
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.LocalName == "link" && reader.GetAttribute("rel") == "independent-parent") return (cls, true);
                if (reader.LocalName is "citation" or "macro" or "locale") break;
            }
            return (cls, false);
        }
        catch (XmlException)
        {
            return (null, true);
        }
    }
}
