namespace Bibliography.Parsing.Labelling;

/// <summary>
/// The labeller's feature templates, hashed to 64-bit keys (no feature strings are made): the word, its shape, script,
/// affixes, position, number classes, quotes and brackets, dictionary hits, and the same of its neighbours.
/// </summary>
internal sealed class Features
{
    private readonly List<Token> _tokens = new();
    private int[] _hits = new int[64], _levels = new int[64];
    private ulong[] _keys = new ulong[64 * 48];
    private int[] _offsets = new int[65];

    /// <summary>The tokens of the last note extracted.</summary>
    public List<Token> Tokens => _tokens;

    /// <summary>The feature keys of token <paramref name="i"/> of the last note extracted.</summary>
    public ReadOnlySpan<ulong> Of(int i) => _keys.AsSpan(_offsets[i], _offsets[i + 1] - _offsets[i]);

    /// <summary>Tokenizes text[start..end) and computes every token's features; false (and nothing made) past <paramref name="maxTokens"/> tokens.</summary>
    public bool Extract(string text, int start, int end, int maxTokens)
    {
        _tokens.Clear();
        if (!Tokenizer.Tokenize(text, start, end, _tokens, maxTokens)) return false;
        var n = _tokens.Count;
        if (_hits.Length < n) { _hits = new int[n * 2]; _levels = new int[n * 2]; _offsets = new int[n * 2 + 1]; }
        Lexicon.Hits(text, _tokens, _hits);
        Lexicon.Levels(text, start, end, _tokens, _levels);
        int quote = 0, paren = 0, slashes = 0, inCitation = 0, colon = 0;
        var count = 0;
        Span<char> lower = stackalloc char[24];
        Span<char> lowerPrevious = stackalloc char[24];
        for (var i = 0; i < n; i++)
        {
            if (_keys.Length < count + 64) Array.Resize(ref _keys, _keys.Length * 2);
            _offsets[i] = count;
            var t = _tokens[i];
            var c0 = text[t.Start];
            var word = Lower(text, t, lower);
            void Add(int template, ulong value) => _keys[count++] = Mix((ulong)template, value);
            Add(0, 0);
            Add(1, Hash(word));
            Add(2, Shape(text, t));
            Add(3, (ulong)t.Script);
            if (t.Kind == TokenKind.Word && t.Length > 3)
            {
                Add(4, Hash(word[..Math.Min(3, word.Length)]));
                Add(5, Hash(word[Math.Max(0, word.Length - 3)..]));
                Add(6, Hash(word[Math.Max(0, word.Length - 2)..]));
            }
            Add(7, (ulong)t.Kind * 8 + (ulong)Math.Min(t.Length, 7));
            Add(8, (ulong)Math.Min(i, 6));
            Add(9, (ulong)Math.Min(inCitation, 6));
            Add(10, (ulong)(n <= 1 ? 0 : 4 * i / (n - 1)));
            if (t.Kind == TokenKind.Number) Add(11, NumberClass(text, t));
            if (t.Kind == TokenKind.Word && IsRoman(text, t)) Add(11, 9);
            Add(12, (ulong)(Math.Min(quote, 1) + 2 * Math.Min(paren, 1) + 4 * Math.Min(slashes, 1) + 8 * Math.Min(colon, 1)));
            Add(13, (ulong)(t.SpaceBefore ? 1 : 0) + (i + 1 < n && !_tokens[i + 1].SpaceBefore ? 2UL + 4UL * text[_tokens[i + 1].Start] : 0));
            for (var b = 0; b < 21; b++)
                if ((_hits[i] & (1 << b)) != 0) Add(14, (ulong)b);
            if (_levels[i] != 0) Add(15, (ulong)(_levels[i] + 16));
            // The neighbours: their words, shapes, hits and levels.
            for (var d = -2; d <= 2; d++)
            {
                if (d == 0) continue;
                var j = i + d;
                var slot = (ulong)(d + 2);
                if (j < 0 || j >= n) { Add(16, slot * 1000003); continue; }
                var tj = _tokens[j];
                Add(17, Mix(slot, Hash(Lower(text, tj, lower))));
                if (d is -1 or 1)
                {
                    Add(18, Mix(slot, Shape(text, tj)));
                    Add(19, Mix(slot, (ulong)(uint)_hits[j]));
                    if (_levels[j] != 0) Add(20, Mix(slot, (ulong)(_levels[j] + 16)));
                }
            }
            word = Lower(text, t, lower);
            if (i > 0) Add(21, Mix(Hash(Lower(text, _tokens[i - 1], lowerPrevious)), Hash(word)));
            Add(22, Mix(i > 0 ? Shape(text, _tokens[i - 1]) : 0, Shape(text, t)));

            // State carried to the next token.
            if (c0 is '«' or '“' or '„') quote++;
            else if (c0 is '»' or '”' && quote > 0) quote--;
            else if (c0 == '"') quote = quote > 0 ? 0 : 1;
            else if (c0 is '(' or '[') paren++;
            else if (c0 is ')' or ']' && paren > 0) paren--;
            else if (c0 == '/' && i > 0 && text[_tokens[i - 1].Start] == '/' && _tokens[i - 1].End == t.Start) slashes = 1;
            else if (c0 == ':') colon = 1;
            inCitation++;
            if (c0 == ';' && paren == 0 && quote == 0) { inCitation = 0; slashes = 0; colon = 0; }
        }
        _offsets[n] = count;
        return true;
    }

    private static ReadOnlySpan<char> Lower(string text, Token t, Span<char> into)
    {
        var source = text.AsSpan(t.Start, Math.Min(t.Length, into.Length));
        var n = source.ToLowerInvariant(into);
        return into[..n];
    }

    // The word's shape: X, x, d per character, runs longer than two cut to two (Xx, dddd → dd, X.).
    private static ulong Shape(string text, Token t)
    {
        ulong h = 1469598103934665603;
        char last = '\0';
        var run = 0;
        for (var k = t.Start; k < t.End; k++)
        {
            var c = text[k];
            var s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run > 2) continue;
            h = (h ^ s) * 1099511628211;
        }
        if (t.Kind == TokenKind.Number) h = Mix(h, (ulong)Math.Min(t.Length, 5));
        return h;
    }

    // 1: one or two digits, 2: three, 3: a year (1500-2099), 4: another four-digit number, 5: longer.
    private static ulong NumberClass(string text, Token t)
    {
        if (t.Length <= 2) return 1;
        if (t.Length == 3) return 2;
        if (t.Length == 4) return text[t.Start] == '1' && text[t.Start + 1] >= '5' || text[t.Start] == '2' && text[t.Start + 1] == '0' ? 3UL : 4UL;
        return 5;
    }

    private static bool IsRoman(string text, Token t)
    {
        if (t.Length > 6) return false;
        for (var k = t.Start; k < t.End; k++)
            if ("IVXLC".IndexOf(text[k]) < 0) return false;
        return true;
    }

    /// <summary>FNV-1a of a span of characters.</summary>
    internal static ulong Hash(ReadOnlySpan<char> s)
    {
        ulong h = 1469598103934665603;
        foreach (var c in s) h = (h ^ c) * 1099511628211;
        return h;
    }

    /// <summary>Mixes two values into one key (splitmix64 finaliser over their combination).</summary>
    internal static ulong Mix(ulong a, ulong b)
    {
        var z = a * 0x9E3779B97F4A7C15 + b + 0x632BE59BD9B4E019;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
