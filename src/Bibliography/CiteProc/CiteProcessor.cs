using System.Xml;
using Bibliography.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.CiteProc;

/// <summary>The output markup citeproc-js produces.</summary>
public enum CiteProcOutputFormat
{
    /// <summary>Plain text.</summary>
    Text,
    /// <summary>HTML fragments.</summary>
    Html,
    /// <summary>RTF fragments.</summary>
    Rtf,
}

/// <summary>One cited item inside a citation cluster (CSL citation-item).</summary>
public sealed record CitationReference(
    string Id,
    string? Locator = null,
    string? Label = null,
    string? Prefix = null,
    string? Suffix = null,
    bool SuppressAuthor = false,
    bool AuthorOnly = false);

/// <summary>A citation cluster: the items cited together at one place, with the note it sits in (note styles).</summary>
public sealed record CitationCluster(IReadOnlyList<CitationReference> Items, int? NoteIndex = null);

/// <summary>A formatted bibliography: entries in order plus the wrapper markup and layout hints citeproc gives.</summary>
public sealed record FormattedBibliography(
    IReadOnlyList<string> Entries,
    IReadOnlyList<string> Ids,
    string Start,
    string End,
    int? MaxOffset,
    int? EntrySpacing,
    int? LineSpacing,
    bool HangingIndent,
    string? SecondFieldAlign)
{
    /// <summary>The whole bibliography as one string: start, entries, end.</summary>
    public override string ToString() => Start + string.Concat(Entries) + End;
}

/// <summary>The result of formatting: citations in document order (if any were given) and the bibliography (if asked and the style has one).</summary>
public sealed record FormattedDocument(IReadOnlyList<string> Citations, FormattedBibliography? Bibliography);

/// <summary>
/// citeproc-js for one style, locale and item set: formats citation clusters in order with their note numbers
/// (so ibid and subsequent short forms work in note styles) and the bibliography, as text, HTML or RTF.
/// Each call is independent; the processor is safe to share across threads (the host serialises or pools).
/// </summary>
public sealed class CiteProcessor
{
    private readonly ICiteProcHost _host;
    private readonly string _style;
    private readonly string? _locale;
    private readonly bool _forceLocale;
    private readonly JArray _items;
    private readonly CiteProcOutputFormat _format;

    /// <summary>Checks the style XML and locale, then keeps everything for later calls.</summary>
    /// <param name="host">The JavaScript host (Jint or Node).</param>
    /// <param name="styleXml">An independent CSL style (dependent styles must be resolved to their parent first).</param>
    /// <param name="locale">A locale tag such as ru-RU; null uses the style's default-locale, then en-US.</param>
    /// <param name="items">CSL-JSON items.</param>
    /// <param name="format">Output markup.</param>
    /// <param name="forceLocale">Use <paramref name="locale"/> even when the style sets a default-locale.</param>
    /// <param name="locales">The locale resolver, to check the tag exists (the host's when null).</param>
    /// <param name="styleName">A name for the style in error messages (e.g. its file).</param>
    public CiteProcessor(ICiteProcHost host, string styleXml, string? locale, IEnumerable<CslItem> items,
        CiteProcOutputFormat format = CiteProcOutputFormat.Text, bool forceLocale = false, LocaleResolver? locales = null, string? styleName = null)
        : this(host, styleXml, locale, JArray.Parse(CslJson.Serialize(items.ToList())), format, forceLocale, locales, styleName)
    {
    }

    /// <summary>The same, taking CSL-JSON items as parsed JSON.</summary>
    public CiteProcessor(ICiteProcHost host, string styleXml, string? locale, JArray items,
        CiteProcOutputFormat format = CiteProcOutputFormat.Text, bool forceLocale = false, LocaleResolver? locales = null, string? styleName = null)
    {
        _host = host;
        _style = styleXml;
        _locale = string.IsNullOrWhiteSpace(locale) ? null : locale.Trim();
        _forceLocale = forceLocale;
        _items = items;
        _format = format;
        CheckStyle(styleXml, styleName);
        if (_locale is not null)
        {
            var resolver = locales ?? host.Locales;
            if (!resolver.CanServe(_locale))
            {
                var near = resolver.Tags.Where(t => t.Split('-')[0].Equals(_locale.Split('-')[0], StringComparison.OrdinalIgnoreCase)).Take(5);
                throw new CiteProcException(CiteProcErrorKind.Locale,
                    $"unknown locale '{_locale}'" + (near.Any() ? $" (known: {string.Join(", ", near)})" : $"; {resolver.Tags.Count} locales are known (bibliography locales lists them)"));
            }
            if (resolver.Find(_locale) is not null) resolver.Validate(_locale);
        }
    }

    /// <summary>A bibliography of at least this many entries is rendered in parts on several engines at once, where the host has them.</summary>
    internal const int DefaultParallelThreshold = 200;

    /// <summary>The fewest entries a part of a parallel bibliography is given (a part also pays a request and a join).</summary>
    internal const int DefaultMinimumPartSize = 100;

    /// <summary>The size from which <see cref="Bibliography"/> renders in parts (tests lower it).</summary>
    internal int ParallelThreshold { get; set; } = DefaultParallelThreshold;

    /// <summary>How the driver feeds clusters to citeproc-js: null lets it choose (one batch where that is exact), else "batch" or "perCluster" (the differential test compares the two).</summary>
    internal string? ClusterPath { get; set; }

    /// <summary>The bibliography of all items (or of <paramref name="ids"/>), or null when the style has none.</summary>
    /// <remarks>A large bibliography is rendered in disjoint parts on the host's engines at once and joined, byte for
    /// byte what one render gives (<see cref="BibliographyParts"/>); where that cannot be shown it is rendered whole.</remarks>
    public FormattedBibliography? Bibliography(IEnumerable<string>? ids = null)
    {
        var list = ids?.ToList();
        var entries = list?.Count ?? _items.Count;
        var parts = entries < ParallelThreshold ? 1 : Math.Min(_host.MaxConcurrentJobs, Math.Max(2, entries / DefaultMinimumPartSize));
        return parts >= 2 ? BibliographyInParts(parts, list).Bibliography : Render(null, true, list).Bibliography;
    }

    /// <summary>How a bibliography asked for in parts was rendered: the result, how many parts were joined (1: whole), and why it was rendered whole.</summary>
    internal sealed record PartsOutcome(FormattedBibliography? Bibliography, int Parts, string? WholeReason);

    /// <summary>The bibliography rendered as at most <paramref name="parts"/> disjoint parts at once and joined, or whole where the parts could differ from it.</summary>
    internal PartsOutcome BibliographyInParts(int parts, IReadOnlyList<string>? ids = null)
    {
        var plan = BibliographyParts.Split(_style, _items, ids, parts);
        if (plan.WholeReason is { } reason) return Whole(reason);

        var engine = EngineRequest();
        var answers = new JObject?[plan.Parts.Count];
        var failures = new CiteProcException?[plan.Parts.Count];
        Parallel.For(0, plan.Parts.Count, new ParallelOptions { MaxDegreeOfParallelism = plan.Parts.Count }, p =>
        {
            try
            {
                answers[p] = JObject.Parse(_host.Invoke("render", BibliographyParts.PartRequest(engine, _items, plan.Parts[p], ids is not null)));
            }
            catch (CiteProcException e)
            {
                failures[p] = e;
            }
        });
        // Errors are reported as the whole render reports them (an item's position, say, is the whole list's).
        if (failures.FirstOrDefault(f => f is not null) is { } failure) return Whole("a part failed: " + failure.Message);
        if (answers.FirstOrDefault(a => a!["error"] is not null) is { } failed) return Whole("a part failed: " + failed.Value<string>("error"));
        var bibliographies = answers.Select(a => a!["ok"]!["bibliography"] as JObject).ToList();
        if (bibliographies.All(b => b is null)) return new PartsOutcome(null, plan.Parts.Count, null);
        if (bibliographies.Any(b => b is null)) return Whole("only some parts have a bibliography");
        var found = bibliographies.Select(b => b!).ToList();
        if (BibliographyParts.CheckParts(found) is { } unjoinable) return Whole(unjoinable);

        var join = JObject.Parse(_host.Invoke("joinBibliography", BibliographyParts.JoinRequest(engine, found, plan.Ids)));
        if (join.Value<string>("error") is { } error) return Whole("the join failed: " + error);
        if (join["ok"]!.Value<string>("whole") is { } wholeReason) return Whole(wholeReason);
        return new PartsOutcome(ReadBibliography(BibliographyParts.Join(found, (JArray)join["ok"]!["order"]!)), plan.Parts.Count, null);

        PartsOutcome Whole(string why) => new(Render(null, true, ids?.ToList()).Bibliography, 1, why);
    }

    /// <summary>The citation clusters, formatted in document order; note numbers default to 1, 2, 3...</summary>
    public IReadOnlyList<string> Citations(IEnumerable<CitationCluster> clusters) =>
        Render(clusters.ToList(), false, null).Citations;

    /// <summary>Citations and the bibliography of the cited items, in one pass (so both agree on disambiguation).</summary>
    public FormattedDocument Format(IEnumerable<CitationCluster> clusters, bool includeBibliography = true) =>
        Render(clusters.ToList(), includeBibliography, null);

    /// <summary>Asks the host to build, in the background, the citeproc engine this processor renders with, so that the first render need not wait for it.</summary>
    public void Prepare() => _host.Prepare(EngineRequest().ToString(Newtonsoft.Json.Formatting.None));

    // Everything the driver builds (and caches) a citeproc engine from. The style goes as the tree citeproc's reader
    // would make of it (CslXmlJson), which citeproc-js reads with JSON.parse instead of its own XML reader.
    private JObject EngineRequest() => new()
    {
        ["style"] = StyleForCiteProc(_style),
        ["lang"] = _locale,
        ["forceLang"] = _forceLocale,
        ["format"] = _format switch { CiteProcOutputFormat.Html => "html", CiteProcOutputFormat.Rtf => "rtf", _ => "text" },
    };

    private FormattedDocument Render(List<CitationCluster>? clusters, bool bibliography, List<string>? ids)
    {
        var request = EngineRequest();
        request["items"] = _items;
        request["bibliography"] = bibliography;
        if (ids is not null) request["ids"] = new JArray(ids);
        if (clusters is not null)
        {
            if (ClusterPath is not null) request["path"] = ClusterPath;
            request["clusters"] = new JArray(clusters.Select((c, i) => new JObject
            {
                ["noteIndex"] = c.NoteIndex ?? i + 1,
                ["items"] = new JArray(c.Items.Select(ToJson)),
            }));
        }
        var answer = JObject.Parse(_host.Invoke("render", request.ToString(Newtonsoft.Json.Formatting.None)));
        if (answer.Value<string>("error") is { } error) throw Classify(error);
        var ok = (JObject)answer["ok"]!;
        var citations = ok["citations"] is JArray arr ? arr.Select(t => t.Value<string>() ?? "").ToList() : [];
        return new FormattedDocument(citations, ok["bibliography"] is JObject b ? ReadBibliography(b) : null);
    }

    private static FormattedBibliography ReadBibliography(JObject b) =>
        new FormattedBibliography(
            b["entries"]!.Select(t => t.Value<string>() ?? "").ToList(),
            b["ids"] is JArray idArr ? idArr.Select(t => t.ToString()).ToList() : [],
            b.Value<string>("bibstart") ?? "",
            b.Value<string>("bibend") ?? "",
            b.Value<int?>("maxoffset"),
            b.Value<int?>("entryspacing"),
            b.Value<int?>("linespacing"),
            b["hangingindent"]?.Type switch { JTokenType.Boolean => b.Value<bool>("hangingindent"), JTokenType.Integer => b.Value<int>("hangingindent") != 0, _ => false },
            b["secondFieldAlign"]?.Type == JTokenType.String ? b.Value<string>("secondFieldAlign") : null);

    private static JObject ToJson(CitationReference r)
    {
        var o = new JObject { ["id"] = r.Id };
        if (r.Locator is not null) o["locator"] = r.Locator;
        if (r.Label is not null) o["label"] = r.Label;
        if (r.Prefix is not null) o["prefix"] = r.Prefix;
        if (r.Suffix is not null) o["suffix"] = r.Suffix;
        if (r.SuppressAuthor) o["suppress-author"] = true;
        if (r.AuthorOnly) o["author-only"] = true;
        return o;
    }

    private static CiteProcException Classify(string error)
    {
        if (error.StartsWith("item ", StringComparison.Ordinal) || error.StartsWith("citation ", StringComparison.Ordinal))
            return new CiteProcException(CiteProcErrorKind.Item, "citeproc-js rejected the items: " + error);
        if (error.Contains("recursion", StringComparison.OrdinalIgnoreCase) || error.Contains("call stack", StringComparison.OrdinalIgnoreCase))
            return new CiteProcException(CiteProcErrorKind.Timeout, "citeproc-js recursed too deeply: " + error);
        return new CiteProcException(CiteProcErrorKind.Style, "citeproc-js failed on this style or data: " + error);
    }

    // The style's JSON form, made once per style string (a batch formats every document with one), or the XML where
    // CslXmlJson declines it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> StyleJson = new();

    private static string StyleForCiteProc(string xml) => StyleJson.GetValue(xml, CslXmlJson.ForCiteProc);

    // A batch formats every document with one style string (DocumentFormatter), so a style read whole once is not
    // read again; only well-formed styles are remembered, by reference, for as long as the string lives.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, object> WellFormed = new();
    private static readonly object Checked = new();

    private static void CheckStyle(string xml, string? name)
    {
        if (WellFormed.TryGetValue(xml, out _)) return;
        if (Styles.StyleXml.TooLarge(xml, "style") is { } tooLarge) throw new CiteProcException(CiteProcErrorKind.Style, tooLarge, name);
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            reader.MoveToContent();
            if (reader.LocalName != "style" || reader.NamespaceURI != Styles.StyleXml.CslNamespace)
                throw new CiteProcException(CiteProcErrorKind.Style, $"not a CSL style: the root element is <{reader.Name}>, expected <style xmlns=\"http://purl.org/net/xbiblio/csl\">", name);
            while (reader.Read()) { }
            WellFormed.AddOrUpdate(xml, Checked);
        }
        catch (XmlException e)
        {
            var (message, line, column) = Styles.StyleXml.Describe(e, "style", xml);
            throw new CiteProcException(CiteProcErrorKind.Style, message, name, line, column, e);
        }
    }
}
