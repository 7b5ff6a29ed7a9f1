using System.Text.RegularExpressions;

namespace Bibliography.Parsing;

/// <summary>
/// Matching within text[start..start+length) as if that span were the whole text (its anchors at the span's ends), the
/// way the readers cut a citation into parts without copying them; null where nothing matches.
/// </summary>
/// <remarks>
/// The parser's patterns are built with <see cref="Conventions.Options"/> (non-backtracking: linear time whatever the
/// input, so no timeout and no result that depends on machine load).
/// </remarks>
internal static class RegexSpans
{
    /// <summary>The first match in text[start..start+length), with groups indexed into <paramref name="text"/>, or null.</summary>
    public static Match? MatchIn(this Regex regex, string text, int start, int length)
    {
        var m = regex.Match(text, start, length);
        return m.Success ? m : null;
    }

    /// <summary>The first match in <paramref name="text"/>, or null.</summary>
    public static Match? MatchIn(this Regex regex, string text) => regex.MatchIn(text, 0, text.Length);

    /// <summary>Where the first match in text[start..start+length) stands (index into <paramref name="text"/>, length), or null; no groups are computed.</summary>
    public static (int Index, int Length)? Find(this Regex regex, string text, int start, int length)
    {
        foreach (var m in regex.EnumerateMatches(text.AsSpan(start, length)))
            return (start + m.Index, m.Length);
        return null;
    }

    /// <summary>The number of a named group (read by number, not by name, in a loop).</summary>
    public static int GroupNumber(this Regex regex, string name)
    {
        var n = regex.GroupNumberFromName(name);
        return n >= 0 ? n : throw new ArgumentException($"the pattern has no group '{name}'", nameof(name));
    }
}
