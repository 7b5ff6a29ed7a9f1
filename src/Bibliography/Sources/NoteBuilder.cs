using System.Text;

namespace Bibliography.Sources;

/// <summary>
/// Collects the lines of one footnote (or reference-list entry) into joined text while remembering where
/// each piece came from, so a later stage can point at any character's real line and column.
/// </summary>
internal sealed class NoteBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<TextSegment> _segments = [];
    private int _line;
    private int _column;
    // The source string itself while the entry is one piece that is all of it: the entry's text, without a copy
    // (a footnote given as a string is usually already trimmed, and a document keeps every footnote's text).
    private string? _whole;

    /// <summary>Starts an entry numbered <paramref name="number"/> whose number stands at the given place.</summary>
    public NoteBuilder(int number, int line, int column)
    {
        Number = number;
        _line = line;
        _column = column;
    }

    /// <summary>The entry's number.</summary>
    public int Number { get; }

    /// <summary>The line where the entry's text begins (its number's line until text arrives).</summary>
    public int Line => _line;

    /// <summary>
    /// Adds the part of <paramref name="line"/> from <paramref name="start"/> (0-based) as the next piece.
    /// Surrounding whitespace is dropped; pieces are joined with one space, except across a line-end hyphen:
    /// <c>word-</c> + lowercase drops the hyphen (a hyphenated break), any other <c>x-</c> keeps it with no
    /// space (<c>1920-</c> + <c>1925</c>), because only a letter-hyphen-lowercase break is a typesetter's.
    /// </summary>
    public void Append(string line, int lineNumber, int start) => Append(line, lineNumber, start, line.Length);

    /// <summary>Adds <paramref name="line"/>[<paramref name="start"/>..<paramref name="end"/>) as the next piece; its column is <paramref name="start"/> + 1.</summary>
    public void Append(string line, int lineNumber, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(line[end - 1])) end--;
        while (start < end && char.IsWhiteSpace(line[start])) start++;
        if (start >= end) return;

        if (_text.Length == 0)
        {
            _line = lineNumber;
            _column = start + 1;
        }
        else
        {
            var last = _text[^1];
            if (last == '\u00AD')
            {
                _text.Length--;
            }
            else if (last == '-' && _text.Length >= 2 && !char.IsWhiteSpace(_text[^2]))
            {
                if (char.IsLetter(_text[^2]) && char.IsLower(line[start])) _text.Length--;
            }
            else
            {
                _text.Append(' ');
            }
        }
        _whole = _segments.Count == 0 && start == 0 && end == line.Length ? line : null;
        _segments.Add(new TextSegment(_text.Length, lineNumber, start + 1));
        _text.Append(line, start, end - start);
    }

    /// <summary>The finished entry.</summary>
    public SourceFootnote Build() => new(Number, _whole ?? _text.ToString(), _line, _column, _segments.ToArray());
}
