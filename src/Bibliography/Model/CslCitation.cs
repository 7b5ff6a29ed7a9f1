using Newtonsoft.Json;

namespace Bibliography.Model;

/// <summary>A CSL citation cluster: the sources one footnote or in-text reference cites, with locators.</summary>
public sealed class CslCitation
{
    /// <summary>The schema every citation declares, as csl-citation.json requires.</summary>
    public const string SchemaUri = "https://resource.citationstyles.org/schema/latest/input/json/csl-citation.json";

    /// <summary>The schema URI (always <see cref="SchemaUri"/>).</summary>
    [JsonProperty("schema", Order = 1)]
    public string Schema { get; set; } = SchemaUri;

    /// <summary>The citation's id, e.g. <c>fn-14</c> or <c>ref-3</c>.</summary>
    [JsonProperty("citationID", Order = 2)]
    public string CitationId { get; set; } = "";

    /// <summary>The cited items in order.</summary>
    [JsonProperty("citationItems", Order = 3)]
    public List<CslCitationItem> CitationItems { get; set; } = new();

    /// <summary>Placement of the citation: the note number for footnotes, 0 for in-text.</summary>
    [JsonProperty("properties", Order = 4)]
    public CslCitationProperties Properties { get; set; } = new();
}

/// <summary>One cited item within a citation, with the part of it cited.</summary>
public sealed class CslCitationItem
{
    /// <summary>The id of the cited <see cref="CslItem"/>.</summary>
    [JsonProperty("id", Order = 1)]
    public string Id { get; set; } = "";

    /// <summary>The cited part, e.g. <c>184v–185</c> or <c>151-156</c>.</summary>
    [JsonProperty("locator", NullValueHandling = NullValueHandling.Ignore, Order = 2)]
    public string? Locator { get; set; }

    /// <summary>What the locator counts: <c>page</c>, <c>folio</c>, <c>volume</c>….</summary>
    [JsonProperty("label", NullValueHandling = NullValueHandling.Ignore, Order = 3)]
    public string? Label { get; set; }

    /// <summary>Text placed before the rendered citation.</summary>
    [JsonProperty("prefix", NullValueHandling = NullValueHandling.Ignore, Order = 4)]
    public string? Prefix { get; set; }

    /// <summary>Text placed after the rendered citation.</summary>
    [JsonProperty("suffix", NullValueHandling = NullValueHandling.Ignore, Order = 5)]
    public string? Suffix { get; set; }
}

/// <summary>Where a citation stands in the document.</summary>
public sealed class CslCitationProperties
{
    /// <summary>The footnote number; 0 for a citation in the running text.</summary>
    [JsonProperty("noteIndex")]
    public int NoteIndex { get; set; }
}

/// <summary>CSL locator labels Bibliography produces.</summary>
public static class LocatorLabels
{
    /// <summary>Pages (<c>s.</c>, <c>с.</c>, <c>p.</c>).</summary>
    public const string Page = "page";
    /// <summary>Folios (<c>vərəq</c>, <c>л.</c>, <c>f.</c>).</summary>
    public const string Folio = "folio";
    /// <summary>Volumes (<c>c.</c>, <c>т.</c>).</summary>
    public const string Volume = "volume";
    /// <summary>Articles of a law (<c>Ст. 44</c>).</summary>
    public const string Section = "section";
}
