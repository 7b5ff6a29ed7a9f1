using System.Text.RegularExpressions;

namespace Bibliography.Parsing;

/// <summary>
/// A pattern searched in linear time and dissected only where it matched: a non-backtracking regex finds each
/// match (so no input can make the search blow up), then the same pattern, anchored to exactly that span, is run
/// by the compiled backtracking engine to read its groups.
/// </summary>
/// <remarks>
/// Non-backtracking matching is fast at finding matches but slow at computing groups; a found span is short and
/// already known to match, so reading its groups with the backtracking engine is cheap and cannot go exponential.
/// </remarks>
internal sealed class TwoPhaseRegex
{
    /// <summary>How long dissecting one found span may take before it counts as no match.</summary>
    public static readonly TimeSpan DissectTimeout = TimeSpan.FromMilliseconds(250);

    private readonly Regex _find;
    private readonly Regex _dissect;

    /// <summary>Compiles <paramref name="pattern"/> for both phases.</summary>
    public TwoPhaseRegex(string pattern, RegexOptions extra = RegexOptions.None)
    {
        _find = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | extra);
        _dissect = new Regex(@"\A(?:" + pattern + @")\z", RegexOptions.Compiled | RegexOptions.CultureInvariant | extra, DissectTimeout);
    }

    /// <summary>The first match in text[start..start+length), with groups indexed into <paramref name="text"/>, or null.</summary>
    public Match? Match(string text, int start, int length)
    {
        foreach (var m in _find.EnumerateMatches(text.AsSpan(start, length)))
            return Dissect(text, start + m.Index, m.Length);
        return null;
    }

    /// <summary>The first match in <paramref name="text"/>, or null.</summary>
    public Match? Match(string text) => Match(text, 0, text.Length);

    /// <summary>Every match in text[start..start+length), in order, with groups indexed into <paramref name="text"/>.</summary>
    public List<Match> Matches(string text, int start, int length)
    {
        var result = new List<Match>();
        foreach (var m in _find.EnumerateMatches(text.AsSpan(start, length)))
            if (Dissect(text, start + m.Index, m.Length) is { } d) result.Add(d);
        return result;
    }

    /// <summary>The number of a named group in the matches this returns (a number is read without a name lookup).</summary>
    public int GroupNumber(string name)
    {
        var n = _dissect.GroupNumberFromName(name);
        return n >= 0 ? n : throw new ArgumentException($"the pattern has no group '{name}'", nameof(name));
    }

    /// <summary>True when the pattern occurs in <paramref name="text"/> (no groups are read).</summary>
    public bool IsMatch(string text) => _find.IsMatch(text);

    private Match? Dissect(string text, int index, int length)
    {
        try
        {
            var d = _dissect.Match(text, index, length);
            return d.Success ? d : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
