using System.Text;

namespace Bibliography.Export;

/// <summary>A field of a parsed BibTeX entry: its value as LaTeX, macros expanded and <c>#</c> parts joined.</summary>
internal sealed record BibTexField(string Name, string Value, int Line);

/// <summary>A parsed BibTeX entry.</summary>
internal sealed record BibTexEntry(string Type, string Key, IReadOnlyList<BibTexField> Fields, int Line)
{
    /// <summary>The first field of that name (names are lowercase), or null.</summary>
    public BibTexField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

/// <summary>A problem met while parsing: where the entry starts, where the problem is, what it is.</summary>
internal sealed record BibTexProblem(int EntryLine, int Line, string? Key, string Message, bool Skipped);

/// <summary>
/// A BibTeX parser as BibTeX and biber read files: text outside entries is comment; <c>@comment</c>,
/// <c>@preamble</c> and <c>@string</c>; braced and quoted values with nested braces; numbers; macros and
/// <c>#</c> concatenation. A broken entry is reported and skipped, and parsing resumes at the next entry.
/// </summary>
internal sealed class BibTexParser
{
    /// <summary>
    /// The longest value (in characters) a field or <c>@string</c> may have once its macros are expanded: a
    /// <c>@string</c> that doubles itself would otherwise grow to gigabytes from a file of a kilobyte.
    /// </summary>
    public const int MaxValueLength = 1 << 20;

    /// <summary>The most characters macro expansion may add over a whole file, so many uses of a large macro stay bounded too.</summary>
    public const int MaxTotalExpansion = 16 << 20;

    private readonly string _s;
    private long _expanded;
    private readonly int[] _lineStarts;
    private int _pos;
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = "January", ["feb"] = "February", ["mar"] = "March", ["apr"] = "April", ["may"] = "May", ["jun"] = "June",
        ["jul"] = "July", ["aug"] = "August", ["sep"] = "September", ["oct"] = "October", ["nov"] = "November", ["dec"] = "December",
    };

    private BibTexParser(string text)
    {
        _s = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        _lineStarts = starts.ToArray();
    }

    private sealed class ParseError(int position, string message) : Exception(message)
    {
        public int Position { get; } = position;
    }

    /// <summary>Parses the text: the entries read and the problems met (skipped entries and warnings).</summary>
    public static (List<BibTexEntry> Entries, List<BibTexProblem> Problems) Parse(string text)
    {
        var parser = new BibTexParser(text);
        var entries = new List<BibTexEntry>();
        var problems = new List<BibTexProblem>();
        parser.Run(entries, problems);
        return (entries, problems);
    }

    private int LineAt(int pos)
    {
        var i = Array.BinarySearch(_lineStarts, pos);
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    private void Run(List<BibTexEntry> entries, List<BibTexProblem> problems)
    {
        while (true)
        {
            var at = _s.IndexOf('@', _pos);
            if (at < 0) return;
            _pos = at + 1;
            var start = at;
            string? key = null;
            var warnings = new List<BibTexProblem>();
            try
            {
                SkipSpace();
                var type = Identifier().ToLowerInvariant();
                if (type.Length == 0)
                {
                    // A lone '@' in the text between entries is comment, as BibTeX has it.
                    continue;
                }
                SkipSpace();
                if (_pos >= _s.Length || (_s[_pos] != '{' && _s[_pos] != '('))
                    throw new ParseError(_pos, $"Expected '{{' or '(' after '@{type}'.");
                var close = _s[_pos] == '{' ? '}' : ')';
                _pos++;
                switch (type)
                {
                    case "comment":
                        SkipBalanced(close);
                        continue;
                    case "preamble":
                        SkipSpace();
                        Value(warnings);
                        SkipSpace();
                        Expect(close);
                        continue;
                    case "string":
                        SkipSpace();
                        var name = Identifier();
                        if (name.Length == 0) throw new ParseError(_pos, "Expected a macro name in @string.");
                        key = "@string " + name;
                        SkipSpace();
                        Expect('=');
                        SkipSpace();
                        _macros[name] = Value(warnings);
                        SkipSpace();
                        Expect(close);
                        continue;
                }
                SkipSpace();
                key = Key(close);
                SkipSpace();
                var fields = new List<BibTexField>();
                if (_pos < _s.Length && _s[_pos] == ',') { _pos++; SkipSpace(); }
                else if (_pos < _s.Length && _s[_pos] != close)
                    throw new ParseError(_pos, $"Expected ',' after the key '{key}'.");
                while (true)
                {
                    SkipSpace();
                    if (_pos >= _s.Length) throw new ParseError(_pos, $"The entry is not closed (missing '{close}').");
                    if (_s[_pos] == close) { _pos++; break; }
                    var fieldLine = LineAt(_pos);
                    var field = Identifier().ToLowerInvariant();
                    if (field.Length == 0)
                        throw new ParseError(_pos, _s[_pos] == '@'
                            ? $"The entry is not closed (missing '{close}') before the next entry."
                            : $"Expected a field name but found '{_s[_pos]}'.");
                    SkipSpace();
                    Expect('=');
                    SkipSpace();
                    var value = Value(warnings);
                    if (fields.Any(f => f.Name == field))
                        warnings.Add(new BibTexProblem(LineAt(start), fieldLine, key, $"The field '{field}' is given twice; the first value was kept.", false));
                    else fields.Add(new BibTexField(field, value, fieldLine));
                    SkipSpace();
                    if (_pos < _s.Length && _s[_pos] == ',') { _pos++; continue; }
                    if (_pos < _s.Length && _s[_pos] == close) { _pos++; break; }
                    throw new ParseError(_pos, _pos >= _s.Length
                        ? $"The entry is not closed (missing '{close}')."
                        : $"Expected ',' or '{close}' after the field '{field}' but found '{_s[_pos]}'.");
                }
                entries.Add(new BibTexEntry(type, key, fields, LineAt(start)));
                problems.AddRange(warnings);
            }
            catch (ParseError e)
            {
                var line = LineAt(Math.Min(e.Position, _s.Length));
                problems.Add(new BibTexProblem(LineAt(start), line, key, $"{e.Message} (line {line})", true));
                // Resume at the next entry that starts a line, so one broken entry costs only itself.
                _pos = NextEntryStart(start + 1);
            }
        }
    }

    private int NextEntryStart(int from)
    {
        for (var i = from; i < _s.Length; i++)
        {
            if (_s[i] != '@') continue;
            var j = i - 1;
            while (j >= 0 && (_s[j] == ' ' || _s[j] == '\t')) j--;
            if (j < 0 || _s[j] == '\n' || _s[j] == '\r') return i;
        }
        return _s.Length;
    }

    private void SkipSpace()
    {
        while (_pos < _s.Length && char.IsWhiteSpace(_s[_pos])) _pos++;
    }

    private void Expect(char ch)
    {
        if (_pos < _s.Length && _s[_pos] == ch) { _pos++; return; }
        throw new ParseError(_pos, _pos >= _s.Length ? $"Expected '{ch}' but the file ended." : $"Expected '{ch}' but found '{_s[_pos]}'.");
    }

    private string Identifier()
    {
        var start = _pos;
        while (_pos < _s.Length && (char.IsLetterOrDigit(_s[_pos]) || "_-:.+/!?*'&;<>[]|".Contains(_s[_pos]))) _pos++;
        return _s[start.._pos];
    }

    private string Key(char close)
    {
        var start = _pos;
        while (_pos < _s.Length && _s[_pos] != ',' && _s[_pos] != close && !char.IsWhiteSpace(_s[_pos]) && _s[_pos] != '{' && _s[_pos] != '}')
            _pos++;
        return _s[start.._pos];
    }

    private void SkipBalanced(char close)
    {
        var depth = 1;
        var start = _pos;
        while (_pos < _s.Length)
        {
            var ch = _s[_pos++];
            if (ch == '{' || (close == ')' && ch == '(')) depth++;
            else if (ch == '}' || (close == ')' && ch == ')'))
                if (--depth == 0) return;
        }
        throw new ParseError(start, "The @comment is not closed.");
    }

    private string Value(List<BibTexProblem> warnings)
    {
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _s.Length) throw new ParseError(_pos, "Expected a value but the file ended.");
            var ch = _s[_pos];
            if (ch == '{') sb.Append(Delimited('{', '}'));
            else if (ch == '"') sb.Append(Delimited('"', '"'));
            else if (char.IsDigit(ch))
            {
                var start = _pos;
                while (_pos < _s.Length && char.IsDigit(_s[_pos])) _pos++;
                sb.Append(_s, start, _pos - start);
            }
            else
            {
                var namePos = _pos;
                var name = Identifier();
                if (name.Length == 0) throw new ParseError(_pos, $"Expected a value ('{{…}}', '\"…\"', a number or a macro) but found '{ch}'.");
                if (_macros.TryGetValue(name, out var macro))
                {
                    // Checked before appending, so a runaway expansion never allocates what it would need.
                    if (sb.Length + macro.Length > MaxValueLength)
                        throw new ParseError(namePos, $"Expanding the macro '{name}' makes the value longer than {MaxValueLength} characters (the limit); the entry was skipped.");
                    if (_expanded + macro.Length > MaxTotalExpansion)
                        throw new ParseError(namePos, $"Macro expansion in this file passes {MaxTotalExpansion} characters (the limit); the entry was skipped.");
                    _expanded += macro.Length;
                    sb.Append(macro);
                }
                else
                {
                    warnings.Add(new BibTexProblem(LineAt(namePos), LineAt(namePos), null, $"The macro '{name}' is not defined; its name was kept as the value.", false));
                    sb.Append(name);
                }
            }
            SkipSpace();
            if (_pos < _s.Length && _s[_pos] == '#') { _pos++; SkipSpace(); continue; }
            return sb.ToString();
        }
    }

    private string Delimited(char open, char close)
    {
        var start = _pos;
        _pos++;
        var depth = 0;
        var sb = new StringBuilder();
        while (_pos < _s.Length)
        {
            var ch = _s[_pos];
            if (ch == '\\' && _pos + 1 < _s.Length)
            {
                // An escaped brace does not count towards nesting.
                sb.Append(ch).Append(_s[_pos + 1]);
                _pos += 2;
                continue;
            }
            if (ch == '\n' && StartsEntry(_pos + 1))
                throw new ParseError(start, $"The value opened with '{open}' is not closed before the next entry (line {LineAt(_pos + 1)}).");
            if (depth == 0 && ch == close) { _pos++; return sb.ToString(); }
            if (ch == '{') depth++;
            else if (ch == '}')
            {
                if (depth == 0) throw new ParseError(_pos, "Unbalanced '}' in a quoted value.");
                depth--;
            }
            sb.Append(ch);
            _pos++;
        }
        throw new ParseError(start, $"The value opened with '{open}' is never closed.");
    }

    /// <summary>True when a line starting at <paramref name="at"/> begins a new entry (<c>@type{</c>).</summary>
    private bool StartsEntry(int at)
    {
        var i = at;
        while (i < _s.Length && (_s[i] == ' ' || _s[i] == '\t')) i++;
        if (i >= _s.Length || _s[i] != '@') return false;
        i++;
        var start = i;
        while (i < _s.Length && char.IsAsciiLetter(_s[i])) i++;
        if (i == start) return false;
        while (i < _s.Length && char.IsWhiteSpace(_s[i]) && _s[i] != '\n') i++;
        return i < _s.Length && (_s[i] == '{' || _s[i] == '(');
    }
}
