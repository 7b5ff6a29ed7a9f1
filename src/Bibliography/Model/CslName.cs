using Newtonsoft.Json;

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

    /// <summary>Creates a personal name from its family and given parts.</summary>
    public static CslName Person(string family, string? given) => new() { Family = family, Given = given };

    /// <summary>Creates a name kept as one literal string.</summary>
    public static CslName Institution(string literal) => new() { Literal = literal };

    /// <inheritdoc />
    public override string ToString() => Literal ?? (Given is null ? Family ?? "" : $"{Family} {Given}");
}
