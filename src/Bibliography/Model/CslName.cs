using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.Model;

/// <summary>A CSL-JSON name (author, editor, compiler…): either structured family/given parts or one literal.</summary>
public sealed record CslName
{
    /// <summary>The family name, e.g. <c>Mamulia</c>.</summary>
    [JsonProperty("family", NullValueHandling = NullValueHandling.Ignore, Order = 1)]
    public string? Family { get; init; }

    /// <summary>The given name or initials as written, e.g. <c>Q.Q.</c>.</summary>
    [JsonProperty("given", NullValueHandling = NullValueHandling.Ignore, Order = 2)]
    public string? Given { get; init; }

    /// <summary>A particle dropped when sorting by family name (e.g. <c>de</c>).</summary>
    [JsonProperty("dropping-particle", NullValueHandling = NullValueHandling.Ignore, Order = 3)]
    public string? DroppingParticle { get; init; }

    /// <summary>A particle kept with the family name when sorting (e.g. <c>van</c>).</summary>
    [JsonProperty("non-dropping-particle", NullValueHandling = NullValueHandling.Ignore, Order = 4)]
    public string? NonDroppingParticle { get; init; }

    /// <summary>A suffix such as <c>Jr.</c>.</summary>
    [JsonProperty("suffix", NullValueHandling = NullValueHandling.Ignore, Order = 5)]
    public string? Suffix { get; init; }

    /// <summary>An institutional or unparsed name kept whole.</summary>
    [JsonProperty("literal", NullValueHandling = NullValueHandling.Ignore, Order = 6)]
    public string? Literal { get; init; }

    // The three flags below are string, number or boolean in csl-data.json; they are kept as given so they write back unchanged.

    /// <summary>True when a comma goes before the suffix (<c>Jr.</c>); as given in the input.</summary>
    [JsonProperty("comma-suffix", NullValueHandling = NullValueHandling.Ignore, Order = 7)]
    public JValue? CommaSuffix { get; init; }

    /// <summary>True when the name is always written family name first; as given in the input.</summary>
    [JsonProperty("static-ordering", NullValueHandling = NullValueHandling.Ignore, Order = 8)]
    public JValue? StaticOrdering { get; init; }

    /// <summary>True when citeproc-js may split particles off the family and given names; as given in the input.</summary>
    [JsonProperty("parse-names", NullValueHandling = NullValueHandling.Ignore, Order = 9)]
    public JValue? ParseNames { get; init; }

    /// <summary>Creates a personal name from its family and given parts.</summary>
    public static CslName Person(string family, string? given) => new() { Family = family, Given = given };

    /// <summary>Creates a name kept as one literal string.</summary>
    public static CslName Institution(string literal) => new() { Literal = literal };

    /// <inheritdoc />
    public override string ToString() => Literal ?? (Given is null ? Family ?? "" : $"{Family} {Given}");
}
