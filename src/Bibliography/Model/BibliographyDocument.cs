using Newtonsoft.Json;

namespace Bibliography.Model;

/// <summary>The normalised result of reading a paper: items, citations, footnotes, in-text references, diagnostics.</summary>
public sealed class BibliographyDocument
{
    /// <summary>One CSL-JSON item per distinct source.</summary>
    [JsonProperty("items", Order = 1)]
    public List<CslItem> Items { get; set; } = new();

    /// <summary>One citation cluster per footnote or in-text reference, in document order.</summary>
    [JsonProperty("citations", Order = 2)]
    public List<CslCitation> Citations { get; set; } = new();

    /// <summary>The footnotes as found.</summary>
    [JsonProperty("footnotes", Order = 3)]
    public List<FootnoteRecord> Footnotes { get; set; } = new();

    /// <summary>The numeric in-text references as found.</summary>
    [JsonProperty("references", Order = 4)]
    public List<InTextReferenceRecord> References { get; set; } = new();

    /// <summary>What was found wrong or worth noting.</summary>
    [JsonProperty("diagnostics", Order = 5)]
    public List<Diagnostic> Diagnostics { get; set; } = new();
}
