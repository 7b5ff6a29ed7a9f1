using System.Text;

namespace Bibliography.Training.Synthesis;

/// <summary>Builds a footnote piece by piece, keeping the labelled spans of each piece.</summary>
public sealed class NoteBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<Span> _spans = [];
    private readonly List<string?> _sources = [];

    /// <summary>The text so far.</summary>
    public string Text => _text.ToString();

    /// <summary>The spans so far.</summary>
    public IReadOnlyList<Span> Spans => _spans;

    /// <summary>For each span, the value it was made from (null where none is known).</summary>
    public IReadOnlyList<string?> Sources => _sources;

    /// <summary>The length of the text so far.</summary>
    public int Length => _text.Length;

    /// <summary>Appends unlabelled text (punctuation, keywords).</summary>
    public NoteBuilder Add(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Appends text labelled <paramref name="label"/> for citation <paramref name="citation"/>; empty text adds nothing.</summary>
    public NoteBuilder Add(string text, string label, int citation)
    {
        if (text.Length == 0) return this;
        _spans.Add(new Span(_text.Length, _text.Length + text.Length, label, citation));
        _sources.Add(text);
        _text.Append(text);
        return this;
    }

    /// <summary>Appends text that already carries spans (offsets relative to it) and their source values.</summary>
    public NoteBuilder Add(string text, IReadOnlyList<Span> spans, IReadOnlyList<string?> sources)
    {
        var offset = _text.Length;
        foreach (var s in spans) _spans.Add(s with { Start = s.Start + offset, End = s.End + offset });
        _sources.AddRange(sources);
        _text.Append(text);
        return this;
    }

    /// <summary>The note, with its spans ordered by start.</summary>
    public Footnote Build(string style, string locale)
    {
        var order = Enumerable.Range(0, _spans.Count).OrderBy(i => _spans[i].Start).ThenBy(i => i).ToList();
        return new Footnote(Text, style, locale, order.Select(i => _spans[i]).ToList(), order.Select(i => _sources[i]).ToList());
    }
}

/// <summary>One line of the training file: a footnote, where it was rendered, and its labelled spans.</summary>
/// <param name="Text">The footnote as rendered, plain text.</param>
/// <param name="Style">The CSL style id (file name without .csl) or the name of a built-in plain convention.</param>
/// <param name="Locale">The locale it was rendered in.</param>
/// <param name="Spans">Labelled spans, ordered by start, not overlapping.</param>
/// <param name="Sources">For each span, the value it was made from where the generator knows one (checked by tests; not written).</param>
public sealed record Footnote(string Text, string Style, string Locale, IReadOnlyList<Span> Spans, IReadOnlyList<string?> Sources);
