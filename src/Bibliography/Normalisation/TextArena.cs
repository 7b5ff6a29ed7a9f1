namespace Bibliography.Normalisation;

/// <summary>Where a text kept in a <see cref="TextArena"/> lies; the default value stands for no text (null).</summary>
internal readonly struct ArenaText
{
    // One more than the text's position in the arena's chunks (chunk * ChunkSize + offset), so that the default value
    // is "no text"; a text too long for a chunk is kept whole on its own, and its index is stored negated.
    private readonly int _position;

    /// <summary>The number of characters.</summary>
    public readonly int Length;

    /// <summary>Points at a text of <paramref name="length"/> characters; see <see cref="TextArena"/> for <paramref name="position"/>.</summary>
    public ArenaText(int position, int length) => (_position, Length) = (position, length);

    /// <summary>Whether there is a text (an empty one counts), as opposed to none.</summary>
    public bool HasValue => _position != 0;

    /// <summary>The arena's encoding of where the text lies.</summary>
    public int Position => _position;
}

/// <summary>
/// Texts appended one after another into large character arrays, read back as spans and made into strings only when
/// asked: a run keeps many small values without making an object for each.
/// </summary>
/// <remarks>
/// The normaliser keeps what a document's items will hold while it reads every footnote, and builds the items at the
/// end. Kept as strings, those values would be objects made between the parser's short-lived ones, which the
/// collections a large document causes copy several times slower than objects made together; kept here they are a
/// few arrays holding no references, which a collection neither walks nor needs to copy often.
/// </remarks>
internal sealed class TextArena
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly List<char[]> _chunks = new();
    private readonly List<string> _long = new();
    private char[] _current = [];
    private int _used;
    private int _openStart = -1;

    /// <summary>Keeps <paramref name="text"/>; null gives the default (no text).</summary>
    public ArenaText Add(string? text) => text is null ? default : Add(text.AsSpan());

    /// <summary>Keeps <paramref name="text"/>.</summary>
    public ArenaText Add(ReadOnlySpan<char> text)
    {
        Begin();
        Append(text);
        return End();
    }

    /// <summary>Opens a text to be written in parts with <see cref="Append(ReadOnlySpan{char})"/> and closed with <see cref="End"/>.</summary>
    public void Begin()
    {
        if (_current.Length == 0) NewChunk();
        _openStart = _used;
    }

    /// <summary>Appends <paramref name="part"/> to the open text.</summary>
    public void Append(ReadOnlySpan<char> part)
    {
        Reserve(part.Length);
        part.CopyTo(_current.AsSpan(_used));
        _used += part.Length;
    }

    /// <summary>Appends one character to the open text.</summary>
    public void Append(char c)
    {
        Reserve(1);
        _current[_used++] = c;
    }

    /// <summary>Closes the open text and says where it lies.</summary>
    public ArenaText End()
    {
        var length = _used - _openStart;
        ArenaText text;
        if (_current.Length > ChunkSize)
        {
            // A text longer than a chunk was written into an array of its own: kept as a string, and the next text
            // starts a new chunk.
            _long.Add(new string(_current, _openStart, length));
            text = new ArenaText(-_long.Count, length);
            _current = [];
            _used = 0;
        }
        else
        {
            text = new ArenaText(((_chunks.Count - 1) << ChunkBits) + _openStart + 1, length);
        }
        _openStart = -1;
        return text;
    }

    /// <summary>Forgets <paramref name="text"/> if it is the last one kept (a look-up key that was found already), so its room is used again.</summary>
    public void DropLast(ArenaText text)
    {
        if (text.Position > 0 && text.Position - 1 + text.Length == ((_chunks.Count - 1) << ChunkBits) + _used)
            _used -= text.Length;
    }

    /// <summary>The characters of <paramref name="text"/> (empty for no text).</summary>
    public ReadOnlySpan<char> this[ArenaText text]
    {
        get
        {
            if (text.Position > 0)
            {
                var at = text.Position - 1;
                return _chunks[at >> ChunkBits].AsSpan(at & (ChunkSize - 1), text.Length);
            }
            return text.Position < 0 ? _long[-text.Position - 1] : default;
        }
    }

    /// <summary>A new string of <paramref name="text"/>, or null for no text.</summary>
    public string? ToString(ArenaText text) => text.HasValue ? new string(this[text]) : null;

    // A text never spans two chunks: one that does not fit moves, with the part of it written so far, to a new chunk,
    // or to an array of its own when it is longer than a chunk.
    private void Reserve(int more)
    {
        if (_used + more <= _current.Length) return;
        var open = _used - _openStart;
        var size = open + more;
        if (size > ChunkSize)
        {
            var grown = new char[Math.Max(size, (int)Math.Min(2L * size, Array.MaxLength))];
            _current.AsSpan(_openStart, open).CopyTo(grown);
            _current = grown;
        }
        else
        {
            var written = _current.AsSpan(_openStart, open);
            NewChunk();
            written.CopyTo(_current);
        }
        _used = open;
        _openStart = 0;
    }

    private void NewChunk()
    {
        _current = new char[ChunkSize];
        _chunks.Add(_current);
        _used = 0;
    }
}
