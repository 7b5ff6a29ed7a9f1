namespace Bibliography.Normalisation;

/// <summary>Hands out readable, unique item ids: the first source gets <c>mamulia-2012</c>, a different one with the same stem <c>mamulia-2012b</c>.</summary>
internal sealed class IdAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>A unique id from <paramref name="stem"/>.</summary>
    public string Allocate(string stem)
    {
        if (stem.Length == 0) stem = "item";
        if (_used.Add(stem)) return stem;
        var separator = char.IsDigit(stem[^1]) ? "" : "-";
        for (var suffix = 'b'; suffix <= 'z'; suffix++)
            if (_used.Add(stem + separator + suffix)) return stem + separator + suffix;
        for (var n = 2; ; n++)
            if (_used.Add($"{stem}-{n}")) return $"{stem}-{n}";
    }
}
