namespace Bibliography.Normalisation;

/// <summary>
/// A fixed-size table of recently seen strings, one per slot by hash: equal values met while their slot still holds
/// them come back as one instance, in constant time and memory.
/// </summary>
/// <remarks>
/// A document's items repeat archives, levels, places, publishers and locators, so sharing them saves what every item
/// would otherwise keep its own copy of. A map of every distinct value did that exactly, but at 100,000 footnotes it
/// held ~100,000 mostly unique locators and each lookup missed the cache: a table that forgets keeps the common
/// values (which recur, and so stay in their slots) without growing. The hash is deterministic (FNV-1a) so that which
/// values are shared does not change from run to run; sharing never changes a value.
/// </remarks>
internal sealed class RecentStrings
{
    private readonly string?[] _slots;
    private readonly int _mask;

    /// <summary>Creates a table of 2^<paramref name="bits"/> slots.</summary>
    public RecentStrings(int bits = 12)
    {
        _slots = new string?[1 << bits];
        _mask = _slots.Length - 1;
    }

    /// <summary>The instance of <paramref name="value"/> kept in its slot if they are equal, else <paramref name="value"/>, which takes the slot.</summary>
    public string? Share(string? value)
    {
        if (value is null) return null;
        ref var slot = ref _slots[Hash(value.AsSpan()) & _mask];
        if (slot is { } known && string.Equals(known, value, StringComparison.Ordinal)) return known;
        slot = value;
        return value;
    }

    /// <summary>The instance of <paramref name="value"/> kept in its slot if they are equal, else a new string of it, which takes the slot.</summary>
    public string Share(ReadOnlySpan<char> value)
    {
        ref var slot = ref _slots[Hash(value) & _mask];
        if (slot is { } known && known.AsSpan().SequenceEqual(value)) return known;
        return slot = new string(value);
    }

    private static int Hash(ReadOnlySpan<char> value)
    {
        var hash = 2166136261u;
        foreach (var c in value) hash = (hash ^ c) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }
}
