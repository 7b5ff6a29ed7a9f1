namespace Bibliography.Normalisation;

/// <summary>Hands out readable, unique item ids: the first source gets <c>mamulia-2012</c>, a different one with the same stem <c>mamulia-2012b</c>.</summary>
internal sealed class IdAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    // Where the search for a taken stem's next free id resumes. Every candidate before it was taken when the search
    // passed it and stays taken (ids are never released), so resuming gives the id a search from the start would give,
    // without trying the same taken candidates again: thousands of sources can share a stem in a large document.
    private readonly Dictionary<string, int> _resume = new(StringComparer.Ordinal);

    /// <summary>A unique id from <paramref name="stem"/>.</summary>
    public string Allocate(string stem)
    {
        if (stem.Length == 0) stem = "item";
        if (_used.Add(stem)) return stem;
        _resume.TryGetValue(stem, out var position);
        for (; ; position++)
        {
            var candidate = Alternative(stem, position);
            if (!_used.Add(candidate)) continue;
            _resume[stem] = position + 1;
            return candidate;
        }
    }

    /// <summary>
    /// The alternatives to a taken stem, in order: a letter b…z (after a hyphen unless the stem ends in a digit, so
    /// <c>mamulia-2012b</c>), then <c>-2</c>, <c>-3</c>, and so on.
    /// </summary>
    internal static string Alternative(string stem, int position) => position < Letters
        ? stem + (char.IsDigit(stem[^1]) ? "" : "-") + (char)('b' + position)
        : $"{stem}-{position - Letters + 2}";

    private const int Letters = 'z' - 'b' + 1;
}
