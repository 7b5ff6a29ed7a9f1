namespace Bibliography.Export;

/// <summary>A stretch of JSON text: where a value (or an object member's value) starts and ends, and its line.</summary>
/// <param name="Start">The offset of the value's first character.</param>
/// <param name="End">The offset just past the value.</param>
/// <param name="Line">The 1-based line the value starts on.</param>
/// <param name="Name">The member's name, for a member of an object; else null.</param>
internal readonly record struct JsonSpan(int Start, int End, int Line, string? Name = null);

/// <summary>
/// Splits the top level of a JSON array or object into its values without parsing them, so each CSL item can be
/// parsed on its own: a huge number, a shape the model refuses or nesting past the depth limit in one item then
/// costs that item only. The scan is lexical (strings, escapes, brackets, comments) and keeps no stack, so it
/// cannot be driven deep; the values themselves are parsed, and judged, by Newtonsoft.Json.
/// </summary>
internal sealed class JsonSpans
{
    private readonly string _s;
    private readonly int[] _lineStarts;

    public JsonSpans(string text)
    {
        _s = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        _lineStarts = starts.ToArray();
    }

    /// <summary>The 1-based line of an offset.</summary>
    public int LineAt(int offset)
    {
        var i = Array.BinarySearch(_lineStarts, offset);
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    /// <summary>The offset of the next character that is not blank, a BOM or a comment.</summary>
    public int SkipSpace(int i)
    {
        while (i < _s.Length)
        {
            var ch = _s[i];
            if (char.IsWhiteSpace(ch) || ch == '\uFEFF') i++;
            else if (ch == '/' && i + 1 < _s.Length && _s[i + 1] == '/')
            {
                var nl = _s.IndexOf('\n', i);
                i = nl < 0 ? _s.Length : nl + 1;
            }
            else if (ch == '/' && i + 1 < _s.Length && _s[i + 1] == '*')
            {
                var close = _s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? _s.Length : close + 2;
            }
            else break;
        }
        return i;
    }

    /// <summary>The offset just past the value starting at <paramref name="i"/>; the end of the text when it is never closed.</summary>
    public int ValueEnd(int i)
    {
        var depth = 0;
        while (i < _s.Length)
        {
            var ch = _s[i];
            if (ch == '"' || ch == '\'')
            {
                i = StringEnd(i);
                if (depth == 0) return i;
                continue;
            }
            if (ch is '{' or '[') depth++;
            else if (ch is '}' or ']')
            {
                if (depth == 0) return i; // a scalar ended by its container's close
                if (--depth == 0) return i + 1;
            }
            else if (depth == 0 && (ch == ',' || char.IsWhiteSpace(ch))) return i;
            i++;
        }
        return _s.Length;
    }

    private int StringEnd(int i)
    {
        var quote = _s[i++];
        while (i < _s.Length)
        {
            var ch = _s[i];
            if (ch == '\\') { i += 2; continue; }
            i++;
            if (ch == quote) return i;
        }
        return _s.Length;
    }

    /// <summary>
    /// The elements of the array whose <c>[</c> is at <paramref name="open"/>, and the offset just past its <c>]</c>
    /// (or the text's end). <paramref name="problem"/> gets the first thing between elements that is not a comma.
    /// </summary>
    public List<JsonSpan> Elements(int open, out int end, out (int Line, string Message)? problem)
    {
        var spans = new List<JsonSpan>();
        problem = null;
        var i = SkipSpace(open + 1);
        while (true)
        {
            if (i >= _s.Length)
            {
                problem ??= (LineAt(_s.Length), "The array is not closed (missing ']').");
                end = _s.Length;
                return spans;
            }
            if (_s[i] == ']') { end = i + 1; return spans; }
            var valueEnd = Math.Max(ValueEnd(i), i + 1);
            spans.Add(new JsonSpan(i, valueEnd, LineAt(i)));
            i = SkipSpace(valueEnd);
            if (i < _s.Length && _s[i] == ',') i = SkipSpace(i + 1);
            else if (i < _s.Length && _s[i] != ']')
                problem ??= (LineAt(i), $"Expected ',' or ']' between items but found '{_s[i]}'.");
        }
    }

    /// <summary>
    /// The members of the object whose <c>{</c> is at <paramref name="open"/>: their names and value spans; null when
    /// the object's top level is not name–value pairs (then it is left to the parser to say why).
    /// </summary>
    public List<JsonSpan>? Members(int open, out int end)
    {
        var spans = new List<JsonSpan>();
        var i = SkipSpace(open + 1);
        end = _s.Length;
        while (i < _s.Length)
        {
            if (_s[i] == '}') { end = i + 1; return spans; }
            if (_s[i] != '"') return null;
            var nameEnd = StringEnd(i);
            string? name;
            try { name = Newtonsoft.Json.JsonConvert.DeserializeObject<string>(_s[i..nameEnd]); }
            catch (Newtonsoft.Json.JsonException) { return null; }
            i = SkipSpace(nameEnd);
            if (name is null || i >= _s.Length || _s[i] != ':') return null;
            i = SkipSpace(i + 1);
            if (i >= _s.Length) return null;
            var valueEnd = Math.Max(ValueEnd(i), i + 1);
            spans.Add(new JsonSpan(i, valueEnd, LineAt(i), name));
            i = SkipSpace(valueEnd);
            if (i < _s.Length && _s[i] == ',') i = SkipSpace(i + 1);
            else if (i < _s.Length && _s[i] != '}') return null;
        }
        return null;
    }
}
