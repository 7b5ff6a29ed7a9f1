using Bibliography.CiteProc.Styles;
using Bibliography.Model;

namespace Bibliography.CiteProc;

/// <summary>
/// A CSL style and locale loaded once, then used to format any items and citation clusters, as often and from as
/// many threads as wanted: the .NET face of citeproc-js's <c>CSL.Engine</c>.
/// </summary>
/// <remarks>
/// The style is found, its parent resolved, its XML and the locale checked once, in <see cref="Load"/>; citeproc-js
/// builds its engine for them in the background and the host keeps it warm between calls. Each call is independent
/// (items and clusters go in, formatted strings come out), so calls never see each other's items.
/// </remarks>
/// <example>
/// <code>
/// using var host = CiteProcHosts.Create(CiteProcEngine.Auto);
/// var chicago = CslProcessor.Load(host, "chicago-note-bibliography", "ru-RU");
/// var document = chicago.Format(items, [new CitationCluster([new CitationReference("ivanov1985", "112")])]);
/// </code>
/// </example>
public sealed class CslProcessor
{
    private readonly ICiteProcHost _host;

    private CslProcessor(ICiteProcHost host, string styleXml, string name, string? locale, bool forceLocale, CiteProcOutputFormat output)
    {
        _host = host;
        StyleXml = styleXml;
        StyleName = name;
        Locale = locale;
        ForceLocale = forceLocale;
        Output = output;
        // Constructing a processor checks the style and the locale: a bad one fails here, not at the first call.
        var empty = Processor([]);
        try
        {
            empty.Prepare();
        }
        catch (CiteProcException)
        {
            // A host that cannot prepare in the background reports the same failure at the first call.
        }
    }

    /// <summary>Finds a style by id, file name or path (Zotero's, the system's and <paramref name="stylesDirectories"/>), resolves a dependent style to its parent, and checks it and the locale.</summary>
    /// <param name="host">The host running citeproc-js; it outlives the processor.</param>
    /// <param name="style">A style id (<c>apa</c>), file name or path.</param>
    /// <param name="locale">A locale tag (<c>ru-RU</c>); null takes the style's default locale, then en-US.</param>
    /// <param name="output">Text, HTML or RTF.</param>
    /// <param name="stylesDirectories">Folders searched for styles before Zotero's and the system's.</param>
    /// <exception cref="StyleNotFoundException">No style has that id, name or path.</exception>
    /// <exception cref="CiteProcException">The style is not well-formed CSL, or the locale is unknown.</exception>
    public static CslProcessor Load(ICiteProcHost host, string style, string? locale = null,
        CiteProcOutputFormat output = CiteProcOutputFormat.Text, IReadOnlyList<string>? stylesDirectories = null)
    {
        var resolved = StyleRepository.CreateDefault(StyleSearchOptions.FromEnvironment(stylesDirectories)).Resolve(style);
        return Create(host, resolved, style, locale, output);
    }

    /// <summary>A processor for a resolved style, its XML first passed through <paramref name="adapt"/> (given the locale used).</summary>
    internal static CslProcessor Create(ICiteProcHost host, ResolvedStyle style, string name, string? locale, CiteProcOutputFormat output,
        Func<string, string?, string>? adapt = null)
    {
        var tag = string.IsNullOrWhiteSpace(locale) ? style.DefaultLocale : locale.Trim();
        var xml = adapt is null ? style.Xml : adapt(style.Xml, tag);
        StartupTimeline.Mark("style adapted");
        return new CslProcessor(host, xml, name, tag, forceLocale: !string.IsNullOrWhiteSpace(locale), output);
    }

    /// <summary>The same, from an independent style's XML (a dependent style must be resolved to its parent first).</summary>
    /// <exception cref="CiteProcException">The style is not well-formed CSL, or the locale is unknown.</exception>
    public static CslProcessor FromXml(ICiteProcHost host, string styleXml, string? locale = null,
        CiteProcOutputFormat output = CiteProcOutputFormat.Text, string styleName = "style") =>
        new(host, styleXml, styleName, string.IsNullOrWhiteSpace(locale) ? null : locale.Trim(), forceLocale: false, output);

    /// <summary>The independent style's XML this processor formats with.</summary>
    public string StyleXml { get; }

    /// <summary>The style as it was asked for, for messages.</summary>
    public string StyleName { get; }

    /// <summary>The locale tag used, or null for citeproc-js's own choice (the style's default-locale, then en-US).</summary>
    public string? Locale { get; }

    /// <summary>True when the locale was asked for, so that it wins over the style's default-locale.</summary>
    public bool ForceLocale { get; }

    /// <summary>The markup of every result.</summary>
    public CiteProcOutputFormat Output { get; }

    /// <summary>The clusters formatted in order (note numbers default to 1, 2, 3…) and, when asked, the bibliography of the items they cite, in one pass so both agree on disambiguation.</summary>
    /// <exception cref="CiteProcException">citeproc-js rejected an item or a cluster, or ran past its budget.</exception>
    public FormattedDocument Format(IEnumerable<CslItem> items, IEnumerable<CitationCluster> clusters, bool includeBibliography = true) =>
        Processor(items).Format(clusters, includeBibliography);

    /// <summary>The clusters formatted in order, nothing else.</summary>
    /// <exception cref="CiteProcException">citeproc-js rejected an item or a cluster, or ran past its budget.</exception>
    public IReadOnlyList<string> Citations(IEnumerable<CslItem> items, IEnumerable<CitationCluster> clusters) =>
        Processor(items).Citations(clusters);

    /// <summary>The bibliography of <paramref name="items"/>, or null when the style has none.</summary>
    /// <exception cref="CiteProcException">citeproc-js rejected an item, or ran past its budget.</exception>
    public FormattedBibliography? Bibliography(IEnumerable<CslItem> items) => Processor(items).Bibliography();

    /// <summary>A processor for one item set: cheap, since the style's check is remembered.</summary>
    internal CiteProcessor Processor(IEnumerable<CslItem> items) =>
        new(_host, StyleXml, Locale, items, Output, ForceLocale, styleName: StyleName);
}
