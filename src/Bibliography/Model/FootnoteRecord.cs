using Newtonsoft.Json;

namespace Bibliography.Model;

/// <summary>A footnote as found in the source: its number, verbatim text, line and the citation made of it.</summary>
public sealed class FootnoteRecord
{
    /// <summary>The footnote's number as printed.</summary>
    [JsonProperty("number", Order = 1)]
    public int Number { get; set; }

    /// <summary>The footnote's text, its line breaks joined, otherwise as written.</summary>
    [JsonProperty("text", Order = 2)]
    public string Text { get; set; } = "";

    /// <summary>The 1-based line of the source where the footnote begins.</summary>
    [JsonProperty("line", Order = 3)]
    public int Line { get; set; }

    /// <summary>The id of the citation made from this footnote, or null if it cites nothing readable.</summary>
    [JsonProperty("citationID", Order = 4)]
    public string? CitationId { get; set; }

    /// <summary>The 1-based page where the footnote begins in a PDF; absent for text and .docx.</summary>
    [JsonProperty("page", NullValueHandling = NullValueHandling.Ignore, Order = 5)]
    public int? Page { get; set; }
}

/// <summary>A numeric in-text reference such as <c>[12, s.185-186]</c>, as found in the running text.</summary>
public sealed class InTextReferenceRecord
{
    /// <summary>The reference's position among the document's in-text references, from 1.</summary>
    [JsonProperty("index", Order = 1)]
    public int Index { get; set; }

    /// <summary>The reference number inside the brackets.</summary>
    [JsonProperty("number", Order = 2)]
    public int Number { get; set; }

    /// <summary>The bracketed text verbatim, a line break inside it folded to a space.</summary>
    [JsonProperty("text", Order = 3)]
    public string Text { get; set; } = "";

    /// <summary>The 1-based line where the reference begins.</summary>
    [JsonProperty("line", Order = 4)]
    public int Line { get; set; }

    /// <summary>The 1-based column where the reference begins.</summary>
    [JsonProperty("column", Order = 5)]
    public int Column { get; set; }

    /// <summary>The id of the citation made from this reference.</summary>
    [JsonProperty("citationID", Order = 6)]
    public string? CitationId { get; set; }
}
