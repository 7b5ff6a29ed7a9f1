using System.Text.RegularExpressions;

namespace Bibliography.Parsing;

/// <summary>
/// What a pattern anchored at the text's end holds after its first few characters: each of its matches is at most
/// <see cref="Head"/> characters followed by characters <see cref="InTail"/> only, up to the end.
/// </summary>
/// <remarks>
/// A match then cannot open before the run of such characters that closes the text, less the head: the leftmost
/// match is searched from there, which finds the same match without trying every earlier position.
/// </remarks>
internal sealed class EndAnchor
{
    private readonly string _literals;

    private EndAnchor(string literals, int head) => (_literals, Head) = (literals, head);

    /// <summary>The most characters a match holds before its tail run.</summary>
    public int Head { get; }

    /// <summary>True for a character the run after the head may hold (a superset is safe: it only makes the search start earlier).</summary>
    public bool InTail(char c) => char.IsWhiteSpace(c) || char.IsDigit(c) || _literals.Contains(c);

    /// <summary>
    /// A tail of white space (<c>\s</c>), decimal digits (<c>\d</c>) and <paramref name="literals"/>, after a head of one
    /// separator (or the text's start) and one of the <paramref name="keywords"/> (an alternation of literals and
    /// one-character classes, as in <see cref="Conventions"/>).
    /// </summary>
    public static EndAnchor AfterKeyword(string keywords, string literals) => new(literals, 1 + LongestAlternative(keywords));

    /// <summary>Where in <paramref name="text"/> a match can open at the earliest.</summary>
    public int EarliestStart(ReadOnlySpan<char> text)
    {
        // Walked from the end: the run is short (a locator, an issue), and no table of every character is built.
        var tail = text.Length;
        while (tail > 0 && InTail(text[tail - 1])) tail--;
        return Math.Max(0, tail - Head);
    }

    /// <summary>The most characters an alternative of <c>(?:a|b|[Cc]d\.)</c> matches (a class or an escape is one character).</summary>
    internal static int LongestAlternative(string alternation)
    {
        var body = alternation.StartsWith("(?:", StringComparison.Ordinal) && alternation.EndsWith(')') ? alternation[3..^1] : alternation;
        int longest = 0, length = 0;
        for (var i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '|': longest = Math.Max(longest, length); length = 0; continue;
                case '(' or ')' or '?' or '*' or '+' or '{': throw new ArgumentException($"'{alternation}' is not an alternation of literals", nameof(alternation));
                case '[': i = body.IndexOf(']', i); break;
                case '\\': i++; break;
            }
            length++;
        }
        return Math.Max(longest, length);
    }
}

/// <summary>
/// A pattern matched by the backtracking engine in a text of at most <see cref="ShortSpan"/> characters, and
/// in a longer one searched non-backtracking (linear in the input, whatever the input) then dissected on the span found.
/// </summary>
/// <remarks>
/// The non-backtracking engine finds matches fast but computes groups slowly (half the parser's time when it did
/// all the dissecting). A found span of at most <see cref="ShortSpan"/> characters is dissected by the backtracking
/// engine instead: the span is already known to match, the patterns have no ambiguous nested
/// repetition, and the bound caps what backtracking could cost, so no timeout is needed and none can make a result
/// depend on machine load. Longer spans (only hostile input makes them) are dissected non-backtracking. Both
/// engines pick the same match by the same priorities, so the groups are the same either way.
/// A whole text of at most <see cref="ShortSpan"/> characters (nearly every citation) is matched by the backtracking
/// engine alone, in one pass: searching it non-backtracking first cost more than the backtracking match itself
/// (15 % of the parse). The same bound applies: no attempt can cost more than a polynomial of the span, and there are
/// no more attempts than characters. The non-backtracking engines are built on first use: building one is the
/// dearest part of starting the parser, and ordinary text never needs them. The backtracking engines run interpreted
/// for their first uses and compiled from then on (see <see cref="TieredRegex"/>): a command that parses one footnote
/// never earns back a compiled regex's start.
/// </remarks>
internal sealed class TwoPhaseRegex
{
    /// <summary>The longest span the backtracking engine dissects.</summary>
    public const int ShortSpan = 256;

    private readonly Lazy<Regex> _find;
    private readonly Lazy<Regex> _dissect;
    private readonly TieredRegex _dissectShort;
    private readonly TieredRegex _short;
    private readonly EndAnchor? _end;

    /// <summary>
    /// Prepares <paramref name="pattern"/> for both phases (the non-backtracking engines are built when first needed);
    /// <paramref name="end"/>, for a pattern anchored at the end, lets <see cref="Find"/> skip where no match can open.
    /// </summary>
    public TwoPhaseRegex(string pattern, RegexOptions extra = RegexOptions.None, EndAnchor? end = null)
    {
        _end = end;
        _find = new Lazy<Regex>(() => new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | extra));
        var whole = @"\A(?:" + pattern + @")\z";
        _dissect = new Lazy<Regex>(() => new Regex(whole, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | extra));
        _dissectShort = new TieredRegex(whole, RegexOptions.CultureInvariant | extra);
        _short = new TieredRegex(pattern, RegexOptions.CultureInvariant | extra);
    }

    /// <summary>The first match in text[start..start+length), with groups indexed into <paramref name="text"/>, or null.</summary>
    public Match? Match(string text, int start, int length)
    {
        if (length <= ShortSpan)
        {
            var m = _short.Regex.Match(text, start, length);
            return m.Success ? m : null;
        }
        return SearchThenDissect(text, start, length);
    }

    /// <summary>The first match as a long text gets it: searched non-backtracking, then dissected (tests compare both paths).</summary>
    internal Match? SearchThenDissect(string text, int start, int length)
    {
        foreach (var m in _find.Value.EnumerateMatches(text.AsSpan(start, length)))
            return Dissect(text, start + m.Index, m.Length);
        return null;
    }

    /// <summary>
    /// Where the first match in text[start..start+length) stands, as (index into <paramref name="text"/>, length), or
    /// null: no Match and no groups are made, for a caller that can tell its parts from the pattern's shape.
    /// </summary>
    public (int Index, int Length)? Find(string text, int start, int length)
    {
        var engine = length <= ShortSpan ? _short.Regex : _find.Value;
        var span = text.AsSpan(start, length);
        // From the earliest place a match can open: the anchors still see the whole span, and the leftmost match is the same.
        foreach (var m in engine.EnumerateMatches(span, _end?.EarliestStart(span) ?? 0))
            return (start + m.Index, m.Length);
        return null;
    }

    /// <summary>The first match in <paramref name="text"/>, or null.</summary>
    public Match? Match(string text) => Match(text, 0, text.Length);

    /// <summary>Every match in text[start..start+length), in order, with groups indexed into <paramref name="text"/>.</summary>
    public List<Match> Matches(string text, int start, int length)
    {
        var result = new List<Match>();
        if (length <= ShortSpan)
        {
            for (var m = _short.Regex.Match(text, start, length); m.Success; m = m.NextMatch()) result.Add(m);
            return result;
        }
        foreach (var m in _find.Value.EnumerateMatches(text.AsSpan(start, length)))
            if (Dissect(text, start + m.Index, m.Length) is { } d) result.Add(d);
        return result;
    }

    /// <summary>The number of a named group in the matches this returns (a number is read without a name lookup).</summary>
    public int GroupNumber(string name)
    {
        // Groups are numbered by the pattern's text, the same in both engines.
        var n = _short.Interpreted.GroupNumberFromName(name);
        return n >= 0 ? n : throw new ArgumentException($"the pattern has no group '{name}'", nameof(name));
    }

    /// <summary>True when the pattern occurs in <paramref name="text"/> (no groups are read).</summary>
    public bool IsMatch(string text) => text.Length <= ShortSpan ? _short.Regex.IsMatch(text) : _find.Value.IsMatch(text);

    private Match? Dissect(string text, int index, int length)
    {
        var d = (length <= ShortSpan ? _dissectShort.Regex : _dissect.Value).Match(text, index, length);
        return d.Success ? d : null;
    }
}

/// <summary>
/// A <see cref="TwoPhaseRegex"/> over a pattern made of alternatives, dissected by the first alternative that matches
/// the found span: the same choice the whole pattern's dissection makes, but a match carries only that alternative's
/// groups (a Match of a big alternation materialises every group of every alternative as soon as one is read).
/// </summary>
internal sealed class AlternativesRegex
{
    private readonly Lazy<Regex> _find;
    private readonly Lazy<Regex[]> _dissect;
    private readonly TieredRegex[] _dissectShort;
    // What each alternative's first character can be (null: anything): a span opening otherwise is not tried with it.
    private readonly Func<char, bool>?[] _opens;

    /// <summary>Prepares the search over <paramref name="alternatives"/> joined by <c>|</c>, and each alternative alone for dissection (each engine built when first needed).</summary>
    public AlternativesRegex(params string[] alternatives) : this(alternatives, new Func<char, bool>?[alternatives.Length]) { }

    /// <summary>
    /// As <see cref="AlternativesRegex(string[])"/>, with a test of the characters each alternative can open with
    /// (null for any): a found span is dissected only by the alternatives its first character can open, which changes
    /// nothing (the others cannot match it) and spares a failing match per alternative passed over.
    /// </summary>
    public AlternativesRegex(string[] alternatives, Func<char, bool>?[] opens)
    {
        _opens = opens;
        _find = new Lazy<Regex>(() => new Regex(string.Join("|", alternatives), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
        _dissect = new Lazy<Regex[]>(() => alternatives.Select(a => new Regex(@"\A(?:" + a + @")\z", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)).ToArray());
        _dissectShort = alternatives.Select(a => new TieredRegex(@"\A(?:" + a + @")\z", RegexOptions.CultureInvariant)).ToArray();
    }

    /// <summary>The number of a named group in the matches of alternative <paramref name="alternative"/>, or -1 where it has none.</summary>
    public int GroupNumber(int alternative, string name) => _dissectShort[alternative].Interpreted.GroupNumberFromName(name);

    /// <summary>
    /// Every match in text[start..start+length), in order, into <paramref name="found"/> (cleared first): which
    /// alternative (0-based) and where it stands in <paramref name="text"/>. The alternative is the one
    /// <see cref="Matches"/> picks, told by a test that makes no Match and no groups: a caller that can tell the parts
    /// from the alternative's shape allocates nothing per match.
    /// </summary>
    public void Find(string text, int start, int length, List<(int Alternative, int Index, int Length)> found)
    {
        found.Clear();
        foreach (var m in _find.Value.EnumerateMatches(text.AsSpan(start, length)))
        {
            var shortSpan = m.Length <= TwoPhaseRegex.ShortSpan;
            var at = start + m.Index;
            var span = text.AsSpan(at, m.Length);
            // The span is a match of the whole alternation, so one alternative matches it whole, and one passed over by
            // its first character cannot: the last one left is that one once those before it are ruled out, untried.
            var last = _dissectShort.Length - 1;
            while (last > 0 && _opens[last] is { } lastOpens && !lastOpens(span[0])) last--;
            for (var i = 0; i <= last; i++)
            {
                if (_opens[i] is { } opens && !opens(span[0])) continue;
                if (i < last && !(shortSpan ? _dissectShort[i].Regex : _dissect.Value[i]).IsMatch(span)) continue;
                found.Add((i, at, m.Length));
                break;
            }
        }
    }

    /// <summary>The match of alternative <paramref name="alternative"/> over exactly text[index..index+length), with its groups, or null.</summary>
    public Match? Dissect(int alternative, string text, int index, int length)
    {
        var d = (length <= TwoPhaseRegex.ShortSpan ? _dissectShort[alternative].Regex : _dissect.Value[alternative]).Match(text, index, length);
        return d.Success ? d : null;
    }

    /// <summary>Every match in text[start..start+length), in order: which alternative (0-based) and its groups, indexed into <paramref name="text"/>.</summary>
    public List<(int Alternative, Match Match)> Matches(string text, int start, int length)
    {
        var result = new List<(int, Match)>();
        foreach (var m in _find.Value.EnumerateMatches(text.AsSpan(start, length)))
        {
            var shortSpan = m.Length <= TwoPhaseRegex.ShortSpan;
            var first = text[start + m.Index];
            for (var i = 0; i < _dissectShort.Length; i++)
            {
                if (_opens[i] is { } opens && !opens(first)) continue;
                var d = (shortSpan ? _dissectShort[i].Regex : _dissect.Value[i]).Match(text, start + m.Index, m.Length);
                if (!d.Success) continue;
                result.Add((i, d));
                break;
            }
        }
        return result;
    }
}

/// <summary>
/// A backtracking pattern that runs interpreted until it has been used <see cref="CompileAfter"/> times, and compiled
/// from then on: the compiled form is built and first run (which is when .NET compiles it to machine code) on a
/// thread-pool thread, then swapped in.
/// </summary>
/// <remarks>
/// A compiled regex costs tens to hundreds of milliseconds to emit and compile before its first match, which a
/// command that parses one footnote never earns back; a batch of thousands does, within its first few hundred
/// footnotes. Both engines are .NET's backtracking engine over the same pattern and options, so a match does not
/// depend on which one ran it.
/// </remarks>
internal sealed class TieredRegex
{
    /// <summary>How many uses the interpreted form serves before the compiled one is built.</summary>
    public const int CompileAfter = 200;

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private Regex _current;
    private int _uses;

    /// <summary>Parses <paramref name="pattern"/> for the interpreter now; the compiled form comes later.</summary>
    public TieredRegex(string pattern, RegexOptions options)
    {
        _pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
        Interpreted = new Regex(pattern, _options);
        _current = Interpreted;
    }

    /// <summary>The interpreted form (e.g. to read group numbers, which both forms share).</summary>
    public Regex Interpreted { get; }

    /// <summary>Whether the compiled form has taken over (for tests).</summary>
    public bool IsCompiled => !ReferenceEquals(Volatile.Read(ref _current), Interpreted);

    /// <summary>The form to use now; counts the use.</summary>
    public Regex Regex
    {
        get
        {
            if (_uses < CompileAfter && Interlocked.Increment(ref _uses) == CompileAfter)
                ThreadPool.UnsafeQueueUserWorkItem(static self => self.Compile(), this, preferLocal: false);
            return Volatile.Read(ref _current);
        }
    }

    private void Compile()
    {
        // The interpreted form's time-out too: the process default may have been set since it was made.
        var compiled = new Regex(_pattern, _options | RegexOptions.Compiled, Interpreted.MatchTimeout);
        compiled.IsMatch(string.Empty); // its first run is when .NET compiles it; better here than on the caller's thread
        Volatile.Write(ref _current, compiled);
    }
}
