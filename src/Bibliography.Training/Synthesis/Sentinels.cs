using System.Text;

namespace Bibliography.Training.Synthesis;

/// <summary>What one sentinel pair stands for: the label, the item slot it belongs to, the value wrapped, and for a family name the given name beside it.</summary>
/// <param name="Label">The training label.</param>
/// <param name="Slot">The index of the item in its document (the citation it belongs to is found from it).</param>
/// <param name="Value">The value as wrapped.</param>
/// <param name="Given">For a family name, the given name a style may print (whole or initialised) before or after it.</param>
public sealed record Mark(string Label, int Slot, string Value, string? Given = null);

/// <summary>A labelled stretch of text: UTF-16 offsets (end exclusive), label, and the index of its citation within the note.</summary>
public sealed record Span(int Start, int End, string Label, int Citation);

/// <summary>
/// Wraps values in private-use sentinels before rendering: U+E000 + k opens mark k of the document, U+E0FF closes
/// whichever mark is open. Marks do not nest; a value never contains a sentinel.
/// </summary>
public sealed class Marker
{
    /// <summary>The first opening sentinel.</summary>
    public const char FirstOpen = '\uE000';

    /// <summary>The closing sentinel.</summary>
    public const char Close = '\uE0FF';

    /// <summary>How many marks one document may have (one opening sentinel each).</summary>
    public const int Capacity = Close - FirstOpen;

    private readonly List<Mark> _marks = [];

    /// <summary>The marks made so far, by index.</summary>
    public IReadOnlyList<Mark> Marks => _marks;

    /// <summary>True when another <paramref name="count"/> marks fit.</summary>
    public bool HasRoom(int count) => _marks.Count + count <= Capacity;

    /// <summary>The value wrapped in a new mark.</summary>
    /// <exception cref="InvalidOperationException">The document has used every sentinel.</exception>
    public string Wrap(string label, int slot, string value, string? given = null)
    {
        if (_marks.Count >= Capacity) throw new InvalidOperationException($"a document may have at most {Capacity} marks");
        _marks.Add(new Mark(label, slot, value, given));
        return (char)(FirstOpen + _marks.Count - 1) + value + Close;
    }

    /// <summary>True for any character this scheme uses.</summary>
    public static bool IsSentinel(char c) => c >= FirstOpen && c <= Close;
}

/// <summary>A mark found in rendered text: where its value ended up, and which mark it was.</summary>
public sealed record FoundMark(int Start, int End, int Mark);

/// <summary>Strips sentinels from rendered text, recording where each marked value ended up.</summary>
public static class SentinelReader
{
    /// <summary>
    /// The text without sentinels and the marks found in it, or the reason the marks are broken (an open mark inside
    /// another, a close without an open, an open never closed, a mark the document never made).
    /// </summary>
    /// <remarks>
    /// citeproc-js drops a period that would double another one; a sentinel between the two hides them from it, so the
    /// doubled period after a marked value ending in one is dropped here instead.
    /// </remarks>
    public static (string Text, List<FoundMark> Marks, string? Broken) Read(string rendered, int markCount)
    {
        var text = new StringBuilder(rendered.Length);
        var marks = new List<FoundMark>();
        var open = -1;
        var openAt = 0;
        for (var i = 0; i < rendered.Length; i++)
        {
            var c = rendered[i];
            if (c == Marker.Close)
            {
                if (open < 0) return (rendered, marks, "close-without-open");
                marks.Add(new FoundMark(openAt, text.Length, open));
                open = -1;
                if (text.Length > 0 && text[^1] == '.' && i + 1 < rendered.Length && rendered[i + 1] == '.') i++;
                continue;
            }
            if (Marker.IsSentinel(c))
            {
                if (open >= 0) return (rendered, marks, "nested-open");
                open = c - Marker.FirstOpen;
                if (open >= markCount) return (rendered, marks, "unknown-mark");
                openAt = text.Length;
                continue;
            }
            text.Append(c);
        }
        if (open >= 0) return (rendered, marks, "open-without-close");
        return (text.ToString(), marks, null);
    }
}
