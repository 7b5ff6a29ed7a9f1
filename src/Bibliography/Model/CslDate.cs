using Newtonsoft.Json;

namespace Bibliography.Model;

/// <summary>A CSL-JSON date: <c>date-parts</c> (year, month, day) or a literal kept as written.</summary>
public sealed record CslDate
{
    /// <summary>One or two (a range) arrays of year, month and day.</summary>
    [JsonProperty("date-parts", NullValueHandling = NullValueHandling.Ignore, Order = 1)]
    public IReadOnlyList<IReadOnlyList<int>>? DateParts { get; init; }

    /// <summary>A date that could not be structured, kept verbatim.</summary>
    [JsonProperty("literal", NullValueHandling = NullValueHandling.Ignore, Order = 2)]
    public string? Literal { get; init; }

    /// <summary>The date as the author wrote it, when it differs from its structured form.</summary>
    [JsonProperty("raw", NullValueHandling = NullValueHandling.Ignore, Order = 3)]
    public string? Raw { get; init; }

    /// <summary>A season (1–4) or season name.</summary>
    [JsonProperty("season", NullValueHandling = NullValueHandling.Ignore, Order = 4)]
    public string? Season { get; init; }

    /// <summary>True when the date is approximate.</summary>
    [JsonProperty("circa", NullValueHandling = NullValueHandling.Ignore, Order = 5)]
    public bool? Circa { get; init; }

    /// <summary>Creates a date from a year and optional month and day.</summary>
    public static CslDate FromParts(int year, int? month = null, int? day = null)
    {
        var parts = new List<int> { year };
        if (month is { } m)
        {
            parts.Add(m);
            if (day is { } d) parts.Add(d);
        }
        return new CslDate { DateParts = new[] { (IReadOnlyList<int>)parts } };
    }

    /// <summary>The first year of the date, when it has one.</summary>
    [JsonIgnore]
    public int? Year => DateParts is { Count: > 0 } dp && dp[0].Count > 0 ? dp[0][0] : null;

    /// <summary>Structural equality: records compare lists by reference, dates must compare by value.</summary>
    public bool Equals(CslDate? other) =>
        other is not null && Literal == other.Literal && Raw == other.Raw && Season == other.Season && Circa == other.Circa
        && PartsEqual(DateParts, other.DateParts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Literal, Raw, Year);

    private static bool PartsEqual(IReadOnlyList<IReadOnlyList<int>>? a, IReadOnlyList<IReadOnlyList<int>>? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!a[i].SequenceEqual(b[i])) return false;
        return true;
    }
}
