using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.CiteProc.Rendering;

/// <summary>One archive's files in a grouped bibliography: the heading and each file's shelf mark, in order.</summary>
/// <param name="Heading">The archive's name and abbreviation in the output's language (<c>Russian State Military Archive (RGVA)</c>).</param>
/// <param name="Files">The shelf marks of the files cited, fond by fond, opis by opis, delo by delo (<c>F. 7, op. 2, d. 484.</c>).</param>
public sealed record ArchiveSection(string Heading, IReadOnlyList<string> Files);

/// <summary>
/// A bibliography laid out as historians lay theirs out: archival sources first, under their archive, then every
/// other entry as the style gives it.
/// </summary>
/// <remarks>
/// <para>A historian's list of sources opens with the archives, each named once, its files under it by shelf mark
/// (<c>Archival sources / Russian State Military Archive (RGVA) / F. 7, op. 2, d. 484.</c>), then the published
/// sources and literature. A CSL bibliography is one sorted list with no headings, so the grouping is laid out here,
/// around citeproc-js's entries: the files cited by their shelf mark alone (title-less manuscripts, which the style's
/// archival branch prints as archive + shelf mark) leave the style's list and go under their archive's heading; every
/// other entry, titled archival documents included, keeps the style's text and order.</para>
/// <para>Numeric styles are not grouped: their entries' numbers are the citations' numbers, and moving files out of
/// the list would break the sequence the text refers to.</para>
/// </remarks>
public static partial class ArchivalBibliography
{
    /// <summary>The headings of the two parts, and of files whose archive the paper does not name, in the convention's language (from <c>BibliographyHeadings.xml</c>).</summary>
    /// <exception cref="CiteProcException">The convention's language has no row in the embedded headings (<see cref="CiteProcErrorKind.Host"/>).</exception>
    public static (string Archival, string Other, string Unnamed) Headings(ArchivalConvention convention) =>
        HeadingsByLanguage.Value.TryGetValue(ArchivalConventions.LanguageOf(convention), out var headings) ? headings
            : throw new CiteProcException(CiteProcErrorKind.Host, $"BibliographyHeadings.xml has no headings for '{ArchivalConventions.LanguageOf(convention)}'");

    private static readonly Lazy<IReadOnlyDictionary<string, (string Archival, string Other, string Unnamed)>> HeadingsByLanguage = new(() =>
    {
        using var stream = typeof(ArchivalBibliography).Assembly.GetManifestResourceStream("Bibliography.CiteProc.Rendering.BibliographyHeadings.xml")
            ?? throw new CiteProcException(CiteProcErrorKind.Host, "embedded resource BibliographyHeadings.xml is missing");
        return XDocument.Load(stream).Root!.Elements("language").ToDictionary(
            l => (string)l.Attribute(XNamespace.Xml + "lang")!,
            l => ((string)l.Attribute("archival")!, (string)l.Attribute("other")!, (string)l.Attribute("unnamed")!),
            StringComparer.Ordinal);
    });

    /// <summary>True for an item the grouping places under its archive: a title-less manuscript with a shelf mark.</summary>
    public static bool IsFile(CslItem item) =>
        item.Type == CslItemTypes.Manuscript && string.IsNullOrEmpty(item.Title) && !ShelfMark.FromItem(item).IsEmpty;

    /// <summary>The archives of <paramref name="items"/>' files, ordered by name, each file once, in the convention.</summary>
    /// <exception cref="ArchiveRenderException">An item's fond, opis or delo is not a string or number.</exception>
    public static IReadOnlyList<ArchiveSection> Sections(IEnumerable<CslItem> items, ArchivalConvention convention)
    {
        var culture = CultureInfo.GetCultureInfo(ArchivalConventions.LanguageOf(convention));
        var comparer = StringComparer.Create(culture, ignoreCase: true);
        return items.Where(IsFile)
            .Select(item => (Heading: Heading(item, convention), Mark: ShelfMark.FromItem(item)))
            .GroupBy(p => p.Heading, StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0 ? 1 : 0).ThenBy(g => g.Key, comparer)
            // Files whose archive the paper does not name get a heading of their own, last, so that none reads as a
            // file of the archive above it.
            .Select(g => new ArchiveSection(g.Key.Length > 0 ? g.Key : Headings(convention).Unnamed, g
                .Select(p => p.Mark)
                .OrderBy(m => NaturalKey(m.Fond), StringComparer.Ordinal).ThenBy(m => NaturalKey(m.Opis), StringComparer.Ordinal).ThenBy(m => NaturalKey(m.Delo), StringComparer.Ordinal)
                .Select(m => Sentence(m.Render(convention)!))
                .Distinct(StringComparer.Ordinal)
                .ToList()))
            .ToList();
    }

    /// <summary>
    /// The bibliography with its files under their archives, in <paramref name="output"/>'s markup: the archival part,
    /// then the style's other entries under their own heading (or the style's list unchanged when no entry is a file).
    /// </summary>
    /// <param name="bibliography">citeproc-js's bibliography of <paramref name="items"/>.</param>
    /// <param name="items">The items as the document holds them (before pre-rendering).</param>
    /// <param name="convention">The output's convention.</param>
    /// <param name="output">Text, HTML or RTF.</param>
    /// <param name="layOut">How the style's own entries are laid out.</param>
    /// <exception cref="CiteProcException">An entry's ids are not a JSON list (<see cref="CiteProcErrorKind.Item"/>).</exception>
    public static string LayOut(FormattedBibliography bibliography, IReadOnlyList<CslItem> items, ArchivalConvention convention,
        CiteProcOutputFormat output, Func<FormattedBibliography, string> layOut)
    {
        var files = items.Where(IsFile).ToDictionary(i => i.Id, StringComparer.Ordinal);
        if (files.Count == 0 || bibliography.Ids.Count != bibliography.Entries.Count) return layOut(bibliography);
        var ids = bibliography.Ids.Select(EntryId).ToList();
        var others = Enumerable.Range(0, bibliography.Entries.Count).Where(k => !files.ContainsKey(ids[k])).ToList();
        var rest = bibliography with
        {
            Entries = others.Select(k => bibliography.Entries[k]).ToList(),
            Ids = others.Select(k => bibliography.Ids[k]).ToList(),
        };
        var cited = ids.Where(files.ContainsKey).Select(id => files[id]).ToList();
        var (archival, other, _) = Headings(convention);
        var markup = Markups.GetValueOrDefault(output, Markups[CiteProcOutputFormat.Text]);
        var sb = new StringBuilder(markup.Part(archival));
        foreach (var section in Sections(cited, convention))
        {
            sb.Append(markup.Archive(section.Heading));
            foreach (var file in section.Files) sb.Append(markup.File(file));
        }
        sb.Append(markup.EndOfPart);
        if (rest.Entries.Count > 0) sb.Append(markup.OtherPart(other)).Append(layOut(rest));
        return sb.ToString();
    }

    // How each output marks the grouped parts up. RTF is a body: the caller writes the one RTF document around the
    // whole output.
    private sealed record Markup(Func<string, string> Part, Func<string, string> Archive, Func<string, string> File, string EndOfPart, Func<string, string> OtherPart);

    private static readonly Dictionary<CiteProcOutputFormat, Markup> Markups = new()
    {
        [CiteProcOutputFormat.Text] = new(h => h + "\n", h => "\n" + h + "\n", f => f + "\n", "", h => "\n" + h + "\n"),
        [CiteProcOutputFormat.Html] = new(
            h => "<section class=\"bibliography-archival\">\n  <h2>" + WebUtility.HtmlEncode(h) + "</h2>\n",
            h => "  <h3>" + WebUtility.HtmlEncode(h) + "</h3>\n",
            f => "  <div class=\"csl-entry\">" + WebUtility.HtmlEncode(f) + "</div>\n",
            "</section>\n",
            h => "<h2>" + WebUtility.HtmlEncode(h) + "</h2>\n"),
        [CiteProcOutputFormat.Rtf] = new(h => "{\\b " + Rtf(h) + "}\\par\n", h => "{\\i " + Rtf(h) + "}\\par\n", f => Rtf(f) + "\\par\n", "", h => "{\\b " + Rtf(h) + "}\\par\n"),
    };

    // citeproc-js gives each entry's ids as a list (an entry may merge items); ours are one item each. A bibliography
    // made elsewhere may hold anything: a list that does not parse is named in a typed error.
    private static string EntryId(string ids)
    {
        if (!ids.StartsWith('[')) return ids;
        try
        {
            return Newtonsoft.Json.Linq.JArray.Parse(ids) is { Count: > 0 } list ? list[0].ToString() : ids;
        }
        catch (Newtonsoft.Json.JsonReaderException e)
        {
            throw new CiteProcException(CiteProcErrorKind.Item, $"a bibliography entry's ids are not a JSON list of item ids: {ids}", inner: e);
        }
    }

    // The heading names the archive as the adapted styles' first notes do: its name and abbreviation in the output's
    // language where the registry knows it, else as the paper gave them.
    private static string Heading(CslItem item, ArchivalConvention convention)
    {
        var (name, abbreviation) = ArchivePreRenderer.ArchiveNameIn(item, convention);
        if (string.IsNullOrWhiteSpace(name)) return abbreviation ?? "";
        return abbreviation is null || name.Contains($"({abbreviation})", StringComparison.Ordinal) ? name : $"{name} ({abbreviation})";
    }

    // A shelf mark standing alone starts with a capital and ends with a full stop ("F. 7, op. 2, d. 484.").
    private static string Sentence(string mark) =>
        (mark.Length > 0 ? char.ToUpper(mark[0], CultureInfo.InvariantCulture) + mark[1..] : mark) + (mark.EndsWith('.') ? "" : ".");

    // Numbers sort as numbers ("2" before "10", "Р-130" after "Р-13"): every run of digits is padded.
    private static string NaturalKey(string? level) =>
        level is null ? "" : Digits().Replace(level, m => m.Value.PadLeft(12, '0'));

    private static string Rtf(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '\\' or '{' or '}') sb.Append('\\').Append(c);
            else if (c > 127) sb.Append("\\u").Append((int)(short)c).Append('?');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
