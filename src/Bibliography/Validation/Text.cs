using System.Text.RegularExpressions;

namespace Bibliography.Validation;

/// <summary>Small text helpers the rules share: edit distance, words with offsets, script tests.</summary>
internal static class Text
{
    private static readonly Regex Word = new(@"\p{L}[\p{L}\p{M}'’]*|\d+", RegexOptions.CultureInvariant);

    /// <summary>The Levenshtein distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>True when two spellings are close enough to be one word misspelt: a letter or two apart, by length.</summary>
    public static bool Similar(string a, string b) => SimilarLowerCase(a.ToLowerInvariant(), b.ToLowerInvariant());

    /// <summary>
    /// <see cref="Similar"/> of two spellings already lower-cased (invariant), with the distance computed only as far as
    /// it matters: a pair of different lengths or of long words costs no more than its length.
    /// </summary>
    public static bool SimilarLowerCase(string x, string y)
    {
        if (x == y) return true;
        var shorter = Math.Min(x.Length, y.Length);
        if (shorter < 4) return false;
        return WithinDistance(x, y, shorter <= 6 ? 1 : 2);
    }

    /// <summary>True when the Levenshtein distance of <paramref name="a"/> and <paramref name="b"/> is at most <paramref name="limit"/>.</summary>
    /// <remarks>Only the cells within <paramref name="limit"/> of the diagonal are computed: any path through another costs more.</remarks>
    public static bool WithinDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return false;
        const int far = int.MaxValue / 2;
        Span<int> previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j <= limit ? j : far;
        for (var i = 1; i <= a.Length; i++)
        {
            int low = Math.Max(1, i - limit), high = Math.Min(b.Length, i + limit);
            current[low - 1] = low == 1 && i <= limit ? i : far;
            var rowMin = current[low - 1];
            for (var j = low; j <= high; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (high < b.Length) current[high + 1] = far; // outside the band: the next row must not read a stale cell
            if (rowMin > limit) return false;
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length] <= limit;
    }

    /// <summary>The words (letter runs and numbers) of text[start..end) with their offsets in <paramref name="text"/>.</summary>
    public static List<(string Word, int Offset)> Words(string text, int start, int end)
    {
        var list = new List<(string, int)>();
        foreach (Match m in Word.Matches(text[start..end]))
            list.Add((m.Value, start + m.Index));
        return list;
    }

    // Wider than the parser's op. cit. test, which needs the phrase to be the whole title: "Op. cit." and
    // "Ukaz. soch." split into sentences there, and a short form must never be taken for a full citation.
    private static readonly Regex OpCit = new(
        @"(?:^|[\s.,])(?:" + string.Join("|", Bibliography.Parsing.Vocabulary.OpCitPatterns) + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>True for a short form (<c>op. cit.</c>, <c>Указ. соч.</c>, <c>Göst. əsəri</c>) that points back to a full citation.</summary>
    public static bool IsShortForm(Bibliography.Parsing.ParsedCitation citation) =>
        citation is Bibliography.Parsing.PublicationCitation p && (Bibliography.Parsing.PublicationReader.IsOpCit(p.Title) || OpCit.IsMatch(p.Text));

    /// <summary>True when the text has a Cyrillic letter.</summary>
    public static bool HasCyrillic(string text) => text.Any(c => c is >= '\u0400' and <= '\u04FF');

    /// <summary>A list of footnote numbers for a message: <c>6, 13</c>.</summary>
    public static string Numbers(IEnumerable<int> numbers) => string.Join(", ", numbers.Distinct().Order());

    /// <summary>"footnote 6" or "footnotes 6, 13".</summary>
    public static string Footnotes(IEnumerable<int> numbers)
    {
        var list = numbers.Distinct().Order().ToList();
        return (list.Count == 1 ? "footnote " : "footnotes ") + string.Join(", ", list);
    }
}
