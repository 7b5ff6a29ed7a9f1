namespace Bibliography.Parsing.Labelling;

/// <summary>
/// The labeller's feature templates, hashed to 64-bit keys (no feature strings are made): the word, its shape, script,
/// affixes, position, number classes, quotes and brackets, dictionary hits, the same of its neighbours, and where it
/// stands in its citation's grammar (commas before it, the last keyword and how far back, a year seen, a sentence's start).
/// </summary>
internal sealed class Features
{
    private readonly List<Token> _tokens = new();
    private int[] _hits = new int[64], _levels = new int[64], _ahead = new int[64], _marks = new int[64];
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
        if (_hits.Length < n) { _hits = new int[n * 2]; _levels = new int[n * 2]; _ahead = new int[n * 2]; _marks = new int[n * 2]; _offsets = new int[n * 2 + 1]; }
        Lexicon.Hits(text, _tokens, _hits);
        Lexicon.Levels(text, start, end, _tokens, _levels);
        LookAhead(text);
        int previousMark = 0, previousMarkAt = -9;
        int quote = 0, paren = 0, slashes = 0, inCitation = 0, colon = 0, commas = 0, keyword = 0, keywordAt = -9;
        bool sawYear = false, sentenceStart = true;
        var count = 0;
        Span<char> lower = stackalloc char[24];
        Span<char> lowerPrevious = stackalloc char[24];
        for (var i = 0; i < n; i++)
        {
            if (_keys.Length < count + 96) Array.Resize(ref _keys, _keys.Length * 2);
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
            // Where the token stands in its citation's grammar, not what it says: a work's own titles and names do
            // not carry to another work, the commas, the keyword before and the year do.
            var coarse = Coarse(text, t);
            Add(23, (ulong)Math.Min(commas, 4) * 16 + coarse);
            Add(24, (ulong)keyword * 8 + (ulong)Math.Min(i - keywordAt, 4));
            Add(25, (ulong)(sawYear ? 1 : 0) * 32 + (ulong)(sentenceStart ? 16 : 0) + coarse);
            if (t.Kind == TokenKind.Word && word.Length > 1)
            {
                Add(26, Hash(word[..2]));
                Add(27, Hash(word[^1..]));
                if (word.Length > 4) Add(28, Hash(word[^4..]));
            }

            // What lies ahead in the citation, and the segment (between two marks) the token stands in: "Service,
            // Comrades (London" is a one-word segment after a comma and before a bracket, where a short title stands
            // and a second author does not.
            var ahead = _ahead[i];
            var (nextMark, nextDistance, afterMark) = (ahead & 15, (ahead >> 4) & 7, (ahead >> 7) & 15);
            Add(29, (ulong)(nextMark * 8 + nextDistance) * 16 + coarse);
            Add(30, (ulong)(nextMark * 16 + afterMark) * 16 + coarse);
            Add(31, (ulong)(ahead >> 11) * 16 + coarse);
            Add(32, (ulong)(previousMark * 8 + Math.Min(i - previousMarkAt, 5)) * 16 + coarse);
            Add(33, (ulong)(previousMark * 16 + nextMark) * 16 + coarse);
            Add(34, (ulong)(Math.Min(i - previousMarkAt - 1 + nextDistance, 7) * 16 + nextMark) * 16 + coarse);
            if (_marks[i] is var mark and > 0) { previousMark = mark; previousMarkAt = i; }
            if (c0 == ';') { previousMark = 0; previousMarkAt = -9; }

            // State carried to the next token.
            if (c0 is '«' or '“' or '„') quote++;
            else if (c0 is '»' or '”' && quote > 0) quote--;
            else if (c0 == '"') quote = quote > 0 ? 0 : 1;
            else if (c0 is '(' or '[') paren++;
            else if (c0 is ')' or ']' && paren > 0) paren--;
            else if (c0 == '/' && i > 0 && text[_tokens[i - 1].Start] == '/' && _tokens[i - 1].End == t.Start) slashes = 1;
            else if (c0 == ':') colon = 1;
            inCitation++;
            sentenceStart = c0 == '.' && i + 1 < n && _tokens[i + 1].SpaceBefore && char.IsUpper(text[_tokens[i + 1].Start]);
            if (c0 == ',' && quote == 0 && paren == 0) commas++;
            if (t.Kind == TokenKind.Number && NumberClass(text, t) == 3) sawYear = true;
            if (KeywordOf(_hits[i], _levels[i], c0, i > 0 && text[_tokens[i - 1].Start] == '/' && _tokens[i - 1].End == t.Start) is var k and > 0) { keyword = k; keywordAt = i; }
            if (c0 == ';' && paren == 0 && quote == 0) { inCitation = 0; slashes = 0; colon = 0; commas = 0; sawYear = false; keyword = 0; }
        }
        _offsets[n] = count;
        return true;
    }

    /// <summary>
    /// The version of the templates, which a model is trained for: part of <see cref="Lexicon.Fingerprint"/>, so the guard
    /// test fails when templates change and the model is not retrained (a key a model does not know is silently ignored).
    /// </summary>
    /// <remarks>
    /// 2: the citation's grammar (commas, keyword before, year seen, sentence start) and more affixes (December 2026).
    /// 3: what lies ahead in the citation (the next mark, how far, what follows it; a year, a bracket, "//", commas
    /// ahead) and the segment between marks the token stands in (December 2026).
    /// </remarks>
    internal const int Version = 3;

    // A punctuation mark that ends a segment of a citation, by class (0: none): comma, full stop, colon, opening and
    // closing bracket, quote, slash, semicolon, a dash.
    private static int MarkOf(string text, Token t) => t.Kind != TokenKind.Punctuation ? 0 : text[t.Start] switch
    {
        ',' => 1, '.' => 2, ':' => 3, '(' or '[' => 4, ')' or ']' => 5, '«' or '»' or '"' or '“' or '”' or '„' => 6, '/' => 7, ';' => 8,
        '–' or '—' or '-' => 9,
        _ => 0,
    };

    // Per token, packed into _ahead, what lies after it in its citation (up to the next ';'): the next mark's class and
    // distance (1-7), the coarse class of the token after that mark, and whether a year, a bracket, "//" and how many
    // commas (0-3) lie ahead.
    private void LookAhead(string text)
    {
        var n = _tokens.Count;
        int nextMark = 8, nextAt = n, after = 15, commas = 0;
        bool year = false, paren = false, slashes = false;
        for (var i = n - 1; i >= 0; i--)
        {
            var flags = (year ? 1 : 0) | (paren ? 2 : 0) | (slashes ? 4 : 0) | Math.Min(commas, 3) << 3;
            _ahead[i] = nextMark | Math.Min(nextAt - i, 7) << 4 | after << 7 | flags << 11;
            var t = _tokens[i];
            var mark = _marks[i] = MarkOf(text, t);
            if (mark == 8) { (nextMark, nextAt, after, commas, year, paren, slashes) = (8, i, i + 1 < n ? (int)Coarse(text, _tokens[i + 1]) : 15, 0, false, false, false); continue; }
            if (mark > 0) { (nextMark, nextAt, after) = (mark, i, i + 1 < n ? (int)Coarse(text, _tokens[i + 1]) : 15); }
            if (mark == 1) commas++;
            if (mark == 4) paren = true;
            if (mark == 7 && i > 0 && text[_tokens[i - 1].Start] == '/' && _tokens[i - 1].End == t.Start) slashes = true;
            if (t.Kind == TokenKind.Number && NumberClass(text, t) == 3) year = true;
        }
    }

    // The class of a keyword a token is (0: none): page, folio, volume, issue, an archival level's keyword, a role word,
    // a commentary word, "//".
    private static int KeywordOf(int hits, int level, char c0, bool secondSlash)
    {
        if ((hits & (int)Lexicon.Hit.PageKeyword) != 0) return 1;
        if ((hits & (int)Lexicon.Hit.FolioKeyword) != 0) return 2;
        if ((hits & (int)Lexicon.Hit.VolumeKeyword) != 0) return 3;
        if ((hits & (int)Lexicon.Hit.IssueKeyword) != 0) return 4;
        if (level > 0) return 5;
        if ((hits & (int)(Lexicon.Hit.RoleCompiler | Lexicon.Hit.RoleEditor | Lexicon.Hit.RoleTranslator | Lexicon.Hit.RoleOther)) != 0) return 6;
        if ((hits & (int)Lexicon.Hit.Commentary) != 0) return 7;
        return c0 == '/' && secondSlash ? 8 : 0;
    }

    // A token's kind and case in four bits: punctuation by its character class, a number by its class, a word by its case.
    private static ulong Coarse(string text, Token t)
    {
        var c = text[t.Start];
        return t.Kind switch
        {
            TokenKind.Number => NumberClass(text, t),
            TokenKind.Punctuation => c switch { ',' => 6, '.' => 7, ':' => 8, '(' or ')' or '[' or ']' => 9, '«' or '»' or '"' or '“' or '”' or '„' => 10, _ => 11 },
            _ => char.IsUpper(c) ? (t.Length == 1 ? 12UL : 13UL) : 14UL,
        };
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

    private static bool IsRoman(string text, Token t) => Conventions.IsRoman(text.AsSpan(t.Start, t.Length), maxLength: 6);

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
