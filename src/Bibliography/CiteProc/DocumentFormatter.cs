using System.Text;
using Bibliography.Parsing;
using Bibliography.CiteProc.Rendering;
using Bibliography.CiteProc.Styles;
using Bibliography.Model;
using Newtonsoft.Json.Linq;

namespace Bibliography.CiteProc;

/// <summary>What to produce from a document: its notes (citations in order) or its bibliography.</summary>
public enum FormatMode
{
    /// <summary>Every citation in document order, footnotes numbered as in the source (ibid and short forms work).</summary>
    Notes,
    /// <summary>The bibliography of every item.</summary>
    Bibliography,
    /// <summary>The notes, then the bibliography of every item: from one citeproc pass wherever both print the same items.</summary>
    NotesAndBibliography,
}

/// <summary>How to format a document.</summary>
/// <param name="Style">A style id, file name or path.</param>
/// <param name="Locale">A locale tag; null uses the style's default locale, then en-US.</param>
/// <param name="Mode">Notes or bibliography.</param>
/// <param name="Output">Text, HTML or RTF.</param>
/// <param name="StylesDirectories">Extra folders searched for styles before Zotero's and Debian's.</param>
/// <param name="GroupArchives">Lay the bibliography out as historians do: archival files under their archive first, then the other entries (<see cref="ArchivalBibliography"/>); numeric styles keep their list.</param>
public sealed record FormatOptions(
    string Style,
    string? Locale = null,
    FormatMode Mode = FormatMode.Notes,
    CiteProcOutputFormat Output = CiteProcOutputFormat.Text,
    IReadOnlyList<string>? StylesDirectories = null,
    bool GroupArchives = false);

/// <summary>Formats Bibliography documents with citeproc-js: resolves the style once, turns footnotes into clusters, lays out the result.</summary>
public sealed class DocumentFormatter
{
    private readonly FormatOptions _options;
    private readonly CslProcessor _processor;
    private readonly ResolvedStyle _style;
    private readonly bool _followsArchiveContract;
    private readonly bool _numbersEntries;

    /// <summary>Resolves the style of <paramref name="options"/> once, for every document this formatter formats on <paramref name="host"/>.</summary>
    /// <exception cref="StyleNotFoundException">The style cannot be found.</exception>
    /// <exception cref="CiteProcException">The style is not well-formed CSL, or the locale is unknown.</exception>
    public DocumentFormatter(FormatOptions options, ICiteProcHost host)
    {
        _options = options;
        var style = _style = StyleRepository.CreateDefault(StyleSearchOptions.FromEnvironment(options.StylesDirectories)).Resolve(options.Style);
        StartupTimeline.Mark("style found");
        // The style is parsed once: the contract and the numbering are read from the tree, the adapters change it in
        // place, and it is written once for citeproc-js (null when it cannot be read: the processor then says why).
        var tree = Styles.StyleXml.ParseTree(style.Xml);
        _followsArchiveContract = tree is not null && ArchiveStyleContract.IsFollowedBy(tree);
        _numbersEntries = options.GroupArchives && tree is not null && ArchivalStyleAdapter.NumbersEntries(tree);
        // Any other style learns to print a file cited by its shelf mark (ArchivalStyleAdapter) and compilers (CompilerRole);
        // the project's own styles lay both out themselves and need only the role terms the locales lack.
        _processor = CslProcessor.Create(host, style, options.Style, options.Locale, options.Output, (xml, locale) =>
        {
            if (tree is null) return xml;
            if (_followsArchiveContract) CompilerRole.AddTerms(tree);
            else
            {
                ArchivalStyleAdapter.Adapt(tree, ArchivalConventions.FromLocale(locale));
                CompilerRole.Adapt(tree);
            }
            return Styles.StyleXml.WriteTree(tree);
        });
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
        var output = _options.Output;
        var body = FormatBody(document, output);
        // One RTF document around notes and bibliography alike: a word processor stops reading at the first closing brace.
        return output == CiteProcOutputFormat.Rtf ? RtfDocument(body) : body;
    }

    private string FormatBody(BibliographyDocument document, CiteProcOutputFormat output)
    {
        if (_options.Mode == FormatMode.Bibliography)
            return LayOutBibliography(_processor.Bibliography(PreRender(document, FormatMode.Bibliography).Items), document, output);

        var notes = PreRender(document, FormatMode.Notes);
        var clusters = notes.Citations.Select(ToCluster).ToList();
        if (_options.Mode == FormatMode.Notes)
            return LayOutNotes(notes.Citations, _processor.Citations(notes.Items, clusters), output);

        // Notes and bibliography agree on disambiguation only when one citeproc pass makes both, which it can where
        // they print the same items: a style following the archive contract drops an archive's name from a note
        // after its first, but never from the bibliography.
        var listed = PreRender(document, FormatMode.Bibliography);
        if (SameItems(notes.Items, listed.Items))
        {
            var both = _processor.Format(notes.Items, clusters, includeBibliography: true);
            return LayOutNotes(notes.Citations, both.Citations, output) + Separator(output) + LayOutBibliography(both.Bibliography, document, output);
        }
        return LayOutNotes(notes.Citations, _processor.Citations(notes.Items, clusters), output) + Separator(output)
               + LayOutBibliography(_processor.Bibliography(listed.Items), document, output);
    }

    /// <summary>An RTF body as a whole RTF document: written once per output, so that no part closes it early.</summary>
    internal static string RtfDocument(string body) => "{\\rtf1\\ansi\\deff0\n" + body + "}\n";

    private PreRenderedDocument PreRender(BibliographyDocument document, FormatMode mode) =>
        PreRender(document, _processor.Locale, mode, _followsArchiveContract);

    /// <summary>
    /// Each citation of <paramref name="document"/> formatted on its own (one string per citation, in order, as the
    /// output format gives it), and its bibliography; for writers that place each citation themselves.
    /// </summary>
    /// <exception cref="CiteProcException">citeproc-js rejected the style, locale or an item, or ran out of time.</exception>
    public (IReadOnlyList<string> Citations, string? Bibliography) FormatEach(BibliographyDocument document)
    {
        var notes = PreRender(document, FormatMode.Notes);
        var citations = _processor.Citations(notes.Items, notes.Citations.Select(ToCluster));
        var entries = _processor.Bibliography(PreRender(document, FormatMode.Bibliography).Items);
        var bibliography = entries is null ? null : LayOutBibliography(entries, document, _options.Output);
        return (citations, bibliography is not null && _options.Output == CiteProcOutputFormat.Rtf ? RtfDocument(bibliography) : bibliography);
    }

    /// <summary>The style's XML as citeproc-js receives it (adapted to print archival files, unless the style follows the archive contract).</summary>
    public string StyleXml => _processor.StyleXml;

    /// <summary>The style's id (its <c>&lt;id&gt;</c> URI), whether it is a note style, and the locale used.</summary>
    public (string StyleId, bool IsNoteStyle, string? Locale) Resolved => (_style.Style.Id, _style.Independent.StyleClass == "note", _processor.Locale);

    /// <summary>True when both lists hold the same items, field for field, in the same order (as CSL-JSON trees, not text).</summary>
    internal static bool SameItems(IReadOnlyList<CslItem> a, IReadOnlyList<CslItem> b) =>
        a.Count == b.Count && a.Zip(b).All(p => ReferenceEquals(p.First, p.Second) || JToken.DeepEquals(CslJson.ToJson(p.First), CslJson.ToJson(p.Second)));

    // Between the notes and the bibliography: a blank line, or nothing where each part is a whole block already.
    private static string Separator(CiteProcOutputFormat output) => output == CiteProcOutputFormat.Text ? "\n" : "";

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
            ShortenPerArchive: mode == FormatMode.Notes,
            StyleAdapted: !followsContract));

    /// <summary>
    /// The items that hold nothing a style can print (no name, title, container, archive, date or publisher): numeric
    /// references whose list the paper lacks. A style prints them as "n.d." or drops them, so the caller warns.
    /// </summary>
    public static IReadOnlyList<CslItem> ItemsWithoutData(BibliographyDocument document) =>
        document.Items.Where(item => CslJson.ToJson(item) is JObject fields
            && fields.Properties().All(p => p.Name is "id" or "type" or "language" or "custom" or "note")).ToList();

    /// <summary>A CSL citation as the processor's cluster: same items, locators and note number.</summary>
    public static CitationCluster ToCluster(CslCitation citation) => new(
        citation.CitationItems.Select(i => new CitationReference(i.Id, i.Locator, i.Label, i.Prefix, i.Suffix)).ToList(),
        citation.Properties.NoteIndex);

    private static string LayOutNotes(IReadOnlyList<CslCitation> citations, IReadOnlyList<string> formatted, CiteProcOutputFormat output)
    {
        var sb = new StringBuilder();
        if (output == CiteProcOutputFormat.Html) sb.Append("<div class=\"csl-notes\">\n");
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
        return sb.ToString();
    }

    // Grouped only where asked and where no number ties the entries' order to the citations or to the list itself.
    private string LayOutBibliography(FormattedBibliography? bibliography, BibliographyDocument document, CiteProcOutputFormat output)
    {
        if (bibliography is null) return "";
        if (_options.GroupArchives && !_numbersEntries)
            return ArchivalBibliography.LayOut(bibliography, document.Items, ArchivalConventions.FromLocale(_processor.Locale), output, b => LayOutEntries(b, output));
        return LayOutEntries(bibliography, output);
    }

    // The entries as a body: HTML keeps citeproc's own block, RTF and text one paragraph or line per entry.
    private static string LayOutEntries(FormattedBibliography bibliography, CiteProcOutputFormat output)
    {
        if (output == CiteProcOutputFormat.Html) return bibliography.ToString();
        if (output == CiteProcOutputFormat.Rtf) return string.Concat(bibliography.Entries.Select(e => e.TrimEnd() + "\\par\n"));
        return string.Concat(bibliography.Entries.Select(e => e.TrimEnd('\n') + "\n"));
    }
}
