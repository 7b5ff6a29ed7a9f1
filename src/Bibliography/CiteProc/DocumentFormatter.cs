using System.Text;
using Bibliography.CiteProc.Rendering;
using Bibliography.CiteProc.Styles;
using Bibliography.Model;

namespace Bibliography.CiteProc;

/// <summary>What to produce from a document: its notes (citations in order) or its bibliography.</summary>
public enum FormatMode
{
    /// <summary>Every citation in document order, footnotes numbered as in the source (ibid and short forms work).</summary>
    Notes,
    /// <summary>The bibliography of every item.</summary>
    Bibliography,
}

/// <summary>How to format a document.</summary>
/// <param name="Style">A style id, file name or path.</param>
/// <param name="Locale">A locale tag; null uses the style's default locale, then en-US.</param>
/// <param name="Mode">Notes or bibliography.</param>
/// <param name="Output">Text, HTML or RTF.</param>
/// <param name="StylesDirectories">Extra folders searched for styles before Zotero's and Debian's.</param>
public sealed record FormatOptions(
    string Style,
    string? Locale = null,
    FormatMode Mode = FormatMode.Notes,
    CiteProcOutputFormat Output = CiteProcOutputFormat.Text,
    IReadOnlyList<string>? StylesDirectories = null);

/// <summary>Formats Bibliography documents with citeproc-js: resolves the style once, turns footnotes into clusters, lays out the result.</summary>
public sealed class DocumentFormatter
{
    private readonly FormatOptions _options;
    private readonly ICiteProcHost _host;
    private readonly ResolvedStyle _style;
    private readonly bool _followsArchiveContract;

    /// <summary>Resolves the style of <paramref name="options"/> once, for every document this formatter formats on <paramref name="host"/>.</summary>
    /// <exception cref="StyleNotFoundException">The style cannot be found.</exception>
    public DocumentFormatter(FormatOptions options, ICiteProcHost host)
    {
        _options = options;
        _host = host;
        _style = StyleRepository.CreateDefault(StyleSearchOptions.FromEnvironment(options.StylesDirectories)).Resolve(options.Style);
        _followsArchiveContract = ArchiveStyleContract.IsFollowedBy(_style.Xml);
        try
        {
            // citeproc builds its engine for the style (most of a first note's time) while the caller reads the first document.
            Processor([]).Prepare();
        }
        catch (CiteProcException)
        {
            // The same check fails again, and is reported, when a document is formatted.
        }
    }

    /// <summary>Formats <paramref name="document"/> on <paramref name="host"/> as <paramref name="options"/> say (a one-off formatter).</summary>
    /// <exception cref="StyleNotFoundException">The style cannot be found.</exception>
    /// <exception cref="CiteProcException">citeproc-js rejected the style, locale or an item, or ran out of time.</exception>
    public static string Format(BibliographyDocument document, FormatOptions options, ICiteProcHost host) =>
        new DocumentFormatter(options, host).Format(document);

    /// <summary>Formats <paramref name="document"/> with this formatter's style, locale, mode and output.</summary>
    /// <exception cref="CiteProcException">citeproc-js rejected the style, locale or an item, or ran out of time.</exception>
    public string Format(BibliographyDocument document)
    {
        var prepared = PreRender(document, Locale, _options.Mode, _followsArchiveContract);
        var processor = Processor(prepared.Items);
        return _options.Mode == FormatMode.Bibliography
            ? LayOutBibliography(processor.Bibliography(), _options.Output)
            : LayOutNotes(prepared.Citations, processor.Citations(prepared.Citations.Select(ToCluster)), _options.Output);
    }

    /// <summary>
    /// Each citation of <paramref name="document"/> formatted on its own (one string per citation, in order, as the
    /// output format gives it), and its bibliography; for writers that place each citation themselves.
    /// </summary>
    /// <exception cref="CiteProcException">citeproc-js rejected the style, locale or an item, or ran out of time.</exception>
    public (IReadOnlyList<string> Citations, string? Bibliography) FormatEach(BibliographyDocument document)
    {
        var prepared = PreRender(document, Locale, FormatMode.Notes, _followsArchiveContract);
        var processor = Processor(prepared.Items);
        var citations = processor.Citations(prepared.Citations.Select(ToCluster));
        var bibliography = PreRender(document, Locale, FormatMode.Bibliography, _followsArchiveContract);
        var entries = Processor(bibliography.Items).Bibliography();
        return (citations, entries is null ? null : LayOutBibliography(entries, _options.Output));
    }

    /// <summary>The style's id (its <c>&lt;id&gt;</c> URI), whether it is a note style, and the locale used.</summary>
    public (string StyleId, bool IsNoteStyle, string? Locale) Resolved => (_style.Style.Id, _style.Independent.StyleClass == "note", Locale);

    private string? Locale => _options.Locale ?? _style.DefaultLocale;

    private CiteProcessor Processor(IEnumerable<CslItem> items) =>
        new(_host, _style.Xml, Locale, items, _options.Output, forceLocale: _options.Locale is not null, styleName: _options.Style);

    /// <summary>
    /// The document's items and citations with archive data rendered for a style and locale: the convention
    /// follows the locale (az, ru, else English; no locale means citeproc's en-US), the contract the style.
    /// </summary>
    public static PreRenderedDocument PreRender(BibliographyDocument document, string styleXml, string? locale, FormatMode mode) =>
        PreRender(document, locale, mode, ArchiveStyleContract.IsFollowedBy(styleXml));

    private static PreRenderedDocument PreRender(BibliographyDocument document, string? locale, FormatMode mode, bool followsContract) =>
        ArchivePreRenderer.Render(document, new ArchiveRenderOptions(
            ArchivalConventions.FromLocale(locale),
            followsContract,
            ShortenPerArchive: mode == FormatMode.Notes));

    /// <summary>A CSL citation as the processor's cluster: same items, locators and note number.</summary>
    public static CitationCluster ToCluster(CslCitation citation) => new(
        citation.CitationItems.Select(i => new CitationReference(i.Id, i.Locator, i.Label, i.Prefix, i.Suffix)).ToList(),
        citation.Properties.NoteIndex);

    private static string LayOutNotes(IReadOnlyList<CslCitation> citations, IReadOnlyList<string> formatted, CiteProcOutputFormat output)
    {
        var sb = new StringBuilder();
        if (output == CiteProcOutputFormat.Html) sb.Append("<div class=\"csl-notes\">\n");
        if (output == CiteProcOutputFormat.Rtf) sb.Append("{\\rtf1\\ansi\\deff0\n");
        var inText = 0;
        for (var i = 0; i < citations.Count; i++)
        {
            var note = citations[i].Properties.NoteIndex;
            var mark = note > 0 ? $"{note}." : $"[{++inText}]";
            sb.Append(output switch
            {
                CiteProcOutputFormat.Html => $"  <p class=\"csl-note\" data-note=\"{note}\">{mark} {formatted[i]}</p>\n",
                CiteProcOutputFormat.Rtf => $"{mark} {formatted[i]}\\par\n",
                _ => $"{mark} {formatted[i]}\n",
            });
        }
        if (output == CiteProcOutputFormat.Html) sb.Append("</div>\n");
        if (output == CiteProcOutputFormat.Rtf) sb.Append("}\n");
        return sb.ToString();
    }

    private static string LayOutBibliography(FormattedBibliography? bibliography, CiteProcOutputFormat output)
    {
        if (bibliography is null) return "";
        if (output == CiteProcOutputFormat.Html) return bibliography.ToString();
        if (output == CiteProcOutputFormat.Rtf) return "{\\rtf1\\ansi\\deff0\n" + string.Concat(bibliography.Entries.Select(e => e.TrimEnd() + "\\par\n")) + "}\n";
        return string.Concat(bibliography.Entries.Select(e => e.TrimEnd('\n') + "\n"));
    }
}
