namespace Bibliography.CiteProc.Styles;

/// <summary>Finds the ids closest to a mistyped one: small edit distance first, then ids the query begins.</summary>
internal static class NearestIds
{
    public static IReadOnlyList<string> Find(string query, IEnumerable<string> candidates, int max = 5)
    {
        var q = Normalise(query);
        if (q.Length == 0) return [];
        // Short names tolerate fewer typos, or every three-letter id would be "near".
        var threshold = Math.Max(1, Math.Min(4, q.Length / 3));
        var close = new List<(string Id, int Distance)>();
        var prefixed = new List<string>();
        foreach (var id in candidates.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var c = id.ToLowerInvariant();
            var d = Distance(q, c, threshold);
            if (d <= threshold) close.Add((id, d));
            else if (c.StartsWith(q, StringComparison.Ordinal)
                     || (c.Length >= 3 && q.StartsWith(c, StringComparison.Ordinal))
                     || (q.Length >= 4 && c.Contains(q, StringComparison.Ordinal)))
                prefixed.Add(id);
        }
        return close.OrderBy(x => x.Distance).ThenBy(x => x.Id, StringComparer.Ordinal).Select(x => x.Id)
            .Concat(prefixed.OrderBy(p => !p.StartsWith(q, StringComparison.OrdinalIgnoreCase)).ThenBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal))
            .Take(max)
            .ToList();
    }

    private static string Normalise(string query)
    {
        var q = StyleXml.LastSegment(query).ToLowerInvariant();
        return q.EndsWith(".csl", StringComparison.Ordinal) ? q[..^4] : q;
    }

    /// <summary>Levenshtein distance, giving up (returning more than <paramref name="limit"/>) as soon as it must exceed it.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
