using Bibliography.Model;
using Bibliography.Parsing;
using Newtonsoft.Json.Linq;

namespace Bibliography.CiteProc.Rendering;

/// <summary>How to pre-render a document for one formatting job.</summary>
/// <param name="Convention">The convention shelf marks and locators are written in.</param>
/// <param name="StyleFollowsContract">The style reads <c>source</c>, <c>language</c> and a missing <c>archive</c> as the project's styles do (<see cref="ArchiveStyleContract"/>).</param>
/// <param name="ShortenPerArchive">Leave <c>archive</c> out of an item when another item of its archive was cited before it (notes only: a bibliography has no order of mention).</param>
/// <param name="StyleAdapted">The style was given <see cref="ArchivalStyleAdapter"/>'s branch, which reads the abbreviation from <c>source</c>.</param>
public sealed record ArchiveRenderOptions(ArchivalConvention Convention, bool StyleFollowsContract = false, bool ShortenPerArchive = false, bool StyleAdapted = false);

/// <summary>Items and citations ready for citeproc: copies of the document's, archive data rendered.</summary>
/// <param name="Items">The items, cloned and rendered.</param>
/// <param name="Citations">The citations, cloned, locators rendered.</param>
public sealed record PreRenderedDocument(IReadOnlyList<CslItem> Items, IReadOnlyList<CslCitation> Citations);

/// <summary>
/// Turns archive data into the text a CSL style prints, because CSL cannot read <c>custom</c>: the shelf mark
/// from <c>custom</c> fond/opis/delo into <c>archive_location</c>, canonical folio locators into the target
/// convention, and (for styles following the contract) the abbreviation into <c>source</c>.
/// Pure: works on clones, so the document keeps its structured parts for every other convention.
/// </summary>
public static class ArchivePreRenderer
{
    /// <summary>Pre-renders <paramref name="document"/>'s items and citations as <paramref name="options"/> say.</summary>
    /// <exception cref="ArchiveRenderException">An item's fond, opis or delo is not a string or number.</exception>
    public static PreRenderedDocument Render(BibliographyDocument document, ArchiveRenderOptions options) =>
        Render(document.Items, document.Citations, options);

    /// <summary>Pre-renders items and the citations of them, in document order.</summary>
    /// <exception cref="ArchiveRenderException">An item's fond, opis or delo is not a string or number.</exception>
    public static PreRenderedDocument Render(IReadOnlyList<CslItem> items, IReadOnlyList<CslCitation> citations, ArchiveRenderOptions options)
    {
        var shortened = options.StyleFollowsContract && options.ShortenPerArchive
            ? ItemsNamedEarlierByTheirArchive(items, citations)
            : new HashSet<string>(StringComparer.Ordinal);
        var renderedItems = items.Select(item => RenderItem(item, options, shortened.Contains(item.Id))).ToList();
        var renderedCitations = citations.Select(c => RenderCitation(c, options.Convention)).ToList();
        return new PreRenderedDocument(renderedItems, renderedCitations);
    }

    /// <summary>One item rendered in <paramref name="options"/>' convention; <paramref name="archiveNamedBefore"/> drops the full archive name.</summary>
    /// <exception cref="ArchiveRenderException">The item's fond, opis or delo is not a string or number.</exception>
    public static CslItem RenderItem(CslItem item, ArchiveRenderOptions options, bool archiveNamedBefore = false)
    {
        var copy = item.Clone();
        if (IsArchival(item))
        {
            if (ShelfMark.FromItem(item).Render(options.Convention) is { } location) copy.ArchiveLocation = location;
            if (options.StyleFollowsContract)
            {
                // "source" carries the abbreviation in contract styles; a catalogue name imported from Zotero must not print as one.
                var abbreviation = item.GetCustom(CustomKeys.ArchiveShort);
                if (abbreviation is null) copy.Extra.Remove("source");
                else copy.Extra["source"] = abbreviation;
                if (archiveNamedBefore && abbreviation is not null) copy.Archive = null;
            }
            else if (options.StyleAdapted && string.IsNullOrEmpty(item.Title))
                NameInConvention(item, copy, options.Convention);
        }
        if (options.StyleFollowsContract && IsSerial(item))
        {
            // Contract styles print a serial's "language" as a note ("(rusca)"), which only the Azerbaijani
            // convention writes; elsewhere a bare tag such as "(ru)" would print. The tag stays in the original item.
            copy.Language = options.Convention == ArchivalConvention.Azerbaijani
                            && item.Language is { } tag && !tag.StartsWith("az", StringComparison.OrdinalIgnoreCase)
                ? NewspaperLanguage.Azerbaijani(tag)
                : null;
        }
        return copy;
    }

    // The adapted branch prints the archive's name and abbreviation in the output's language where the registry knows
    // the archive (an English note names "Russian State Military Archive (RGVA)", whatever the paper's language).
    private static void NameInConvention(CslItem item, CslItem copy, ArchivalConvention convention)
    {
        (copy.Archive, var abbreviation) = ArchiveNameIn(item, convention);
        if (abbreviation is null) copy.Extra.Remove("source");
        else copy.Extra["source"] = abbreviation;
        // The branch prints no language; citeproc-js would still case the style's terms by it (an "az" file's
        // English ibid becomes "İbid." with a Turkish capital).
        copy.Language = null;
    }

    /// <summary>The archive's full name and abbreviation in <paramref name="convention"/>'s language where the registry knows the archive, else as the item gives them.</summary>
    public static (string? Name, string? Abbreviation) ArchiveNameIn(CslItem item, ArchivalConvention convention)
    {
        var abbreviation = item.GetCustom(CustomKeys.ArchiveShort);
        if ((ArchiveRegistry.Default.Find(abbreviation) ?? ArchiveRegistry.Default.Find(item.Archive)) is not { } known) return (item.Archive, abbreviation);
        var language = ArchivalConventions.LanguageOf(convention);
        return (known.NameIn(language), known.AbbreviationIn(language) ?? abbreviation);
    }

    /// <summary>One citation with its locators rendered in <paramref name="convention"/>.</summary>
    public static CslCitation RenderCitation(CslCitation citation, ArchivalConvention convention) => new()
    {
        Schema = citation.Schema,
        CitationId = citation.CitationId,
        Properties = new CslCitationProperties { NoteIndex = citation.Properties.NoteIndex },
        CitationItems = citation.CitationItems.Select(i => new CslCitationItem
        {
            Id = i.Id,
            Locator = LocatorRenderer.Render(i.Locator, i.Label, convention),
            Label = i.Label,
            Prefix = i.Prefix,
            Suffix = i.Suffix,
        }).ToList(),
    };

    /// <summary>
    /// The ids of items first cited after another item of the same archive (by abbreviation): the convention
    /// names an archive in full once per document, not once per file.
    /// </summary>
    public static IReadOnlySet<string> ItemsNamedEarlierByTheirArchive(IReadOnlyList<CslItem> items, IReadOnlyList<CslCitation> citations)
    {
        var archiveOf = items.Where(IsArchival)
            .Select(i => (i.Id, Key: i.GetCustom(CustomKeys.ArchiveShort)))
            .Where(p => p.Key is not null)
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Key!, StringComparer.Ordinal);
        var archivesSeen = new HashSet<string>(StringComparer.Ordinal);
        var itemsSeen = new HashSet<string>(StringComparer.Ordinal);
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cited in citations.SelectMany(c => c.CitationItems))
        {
            if (!itemsSeen.Add(cited.Id) || !archiveOf.TryGetValue(cited.Id, out var archive)) continue;
            if (!archivesSeen.Add(archive)) result.Add(cited.Id);
        }
        return result;
    }

    /// <summary>True for an item with archive structure: a manuscript, or any item with fond, opis, delo or an archive abbreviation.</summary>
    public static bool IsArchival(CslItem item) =>
        item.Type == CslItemTypes.Manuscript
        || new[] { CustomKeys.Fond, CustomKeys.Opis, CustomKeys.Delo, CustomKeys.ArchiveShort }.Any(k => item.Custom?[k] is { Type: not JTokenType.Null });

    private static bool IsSerial(CslItem item) =>
        item.Type is CslItemTypes.ArticleNewspaper or "periodical" or "article-magazine";
}
