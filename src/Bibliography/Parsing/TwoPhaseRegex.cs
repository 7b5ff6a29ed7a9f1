using System.Text.RegularExpressions;

namespace Bibliography.Parsing;

/// <summary>
/// A pattern searched over the whole text without computing groups, then dissected only on the span it matched.
/// The search is non-backtracking: linear in the input, whatever the input.
/// </summary>
/// <remarks>
/// The non-backtracking engine finds matches fast but computes groups slowly (half the parser's time when it did
/// all the dissecting). A found span of at most <see cref="ShortSpan"/> characters is dissected by the compiled
/// backtracking engine instead: the span is already known to match, the patterns have no ambiguous nested
/// repetition, and the bound caps what backtracking could cost, so no timeout is needed and none can make a result
/// depend on machine load. Longer spans (only hostile input makes them) are dissected non-backtracking. Both
/// engines pick the same match by the same priorities, so the groups are the same either way. The long-span
/// engine is built on first use: building a non-backtracking engine is the dearest part of starting the parser, and
/// ordinary text never needs it. For the same reason the search engine is built when first needed (a footnote of one
/// kind needs few of the parser's patterns), and the short-span engine starts interpreted (see <see cref="TieredRegex"/>).
/// </remarks>
internal sealed class TwoPhaseRegex
{
    /// <summary>The longest span the backtracking engine dissects.</summary>
    public const int ShortSpan = 256;

    private readonly Lazy<Regex> _find;
    private readonly Lazy<Regex> _dissect;
    private readonly TieredRegex _dissectShort;

    /// <summary>Prepares <paramref name="pattern"/> for both phases (each engine is built when first needed).</summary>
    public TwoPhaseRegex(string pattern, RegexOptions extra = RegexOptions.None)
    {
        _find = new Lazy<Regex>(() => new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | extra));
        var whole = @"\A(?:" + pattern + @")\z";
        _dissect = new Lazy<Regex>(() => new Regex(whole, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | extra));
        _dissectShort = new TieredRegex(whole, RegexOptions.CultureInvariant | extra);
    }

    /// <summary>The first match in text[start..start+length), with groups indexed into <paramref name="text"/>, or null.</summary>
    public Match? Match(string text, int start, int length)
    {
        foreach (var m in _find.Value.EnumerateMatches(text.AsSpan(start, length)))
            return Dissect(text, start + m.Index, m.Length);
        return null;
    }

    /// <summary>The first match in <paramref name="text"/>, or null.</summary>
    public Match? Match(string text) => Match(text, 0, text.Length);

    /// <summary>Every match in text[start..start+length), in order, with groups indexed into <paramref name="text"/>.</summary>
    public List<Match> Matches(string text, int start, int length)
    {
        var result = new List<Match>();
        foreach (var m in _find.Value.EnumerateMatches(text.AsSpan(start, length)))
            if (Dissect(text, start + m.Index, m.Length) is { } d) result.Add(d);
        return result;
    }

    /// <summary>The number of a named group in the matches this returns (a number is read without a name lookup).</summary>
    public int GroupNumber(string name)
    {
        // Groups are numbered by the pattern's text, the same in both engines.
        var n = _dissectShort.Interpreted.GroupNumberFromName(name);
        return n >= 0 ? n : throw new ArgumentException($"the pattern has no group '{name}'", nameof(name));
    }

    /// <summary>True when the pattern occurs in <paramref name="text"/> (no groups are read).</summary>
    public bool IsMatch(string text) => _find.Value.IsMatch(text);

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

    /// <summary>Prepares the search over <paramref name="alternatives"/> joined by <c>|</c>, and each alternative alone for dissection (each engine built when first needed).</summary>
    public AlternativesRegex(params string[] alternatives)
    {
        _find = new Lazy<Regex>(() => new Regex(string.Join("|", alternatives), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
        _dissect = new Lazy<Regex[]>(() => alternatives.Select(a => new Regex(@"\A(?:" + a + @")\z", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)).ToArray());
        _dissectShort = alternatives.Select(a => new TieredRegex(@"\A(?:" + a + @")\z", RegexOptions.CultureInvariant)).ToArray();
    }

    /// <summary>Every match in text[start..start+length), in order: which alternative (0-based) and its groups, indexed into <paramref name="text"/>.</summary>
    public List<(int Alternative, Match Match)> Matches(string text, int start, int length)
    {
        var result = new List<(int, Match)>();
        foreach (var m in _find.Value.EnumerateMatches(text.AsSpan(start, length)))
        {
            var count = _dissectShort.Length;
            for (var i = 0; i < count; i++)
            {
                var engine = m.Length <= TwoPhaseRegex.ShortSpan ? _dissectShort[i].Regex : _dissect.Value[i];
                var d = engine.Match(text, start + m.Index, m.Length);
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
        var compiled = new Regex(_pattern, _options | RegexOptions.Compiled);
        compiled.IsMatch(string.Empty); // its first run is when .NET compiles it; better here than on the caller's thread
        Volatile.Write(ref _current, compiled);
    }
}
