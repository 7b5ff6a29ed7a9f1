using Bibliography.Model;

namespace Bibliography.Sources;

/// <summary>A place in a source file: 1-based line and column.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>The 1-based page of a paged source (a PDF), or null for text and .docx.</summary>
    public int? Page { get; init; }
}

/// <summary>A footnote as read from a source, with a map from its joined text back to the file.</summary>
/// <param name="Number">The footnote's number as printed.</param>
/// <param name="Text">The footnote text with its line (and hyphenated) breaks joined.</param>
/// <param name="Line">The 1-based line where the footnote begins.</param>
/// <param name="Column">The 1-based column where the footnote's text (after the number) begins.</param>
/// <param name="Segments">Pieces of <paramref name="Text"/> and where each starts in the file, in order.</param>
public sealed record SourceFootnote(int Number, string Text, int Line, int Column, IReadOnlyList<TextSegment> Segments)
{
    /// <summary>The 1-based page where the footnote begins in a paged source (a PDF), or null for text and .docx.</summary>
    public int? Page { get; init; }

    /// <summary>Where the character at <paramref name="offset"/> of <see cref="Text"/> stands in the file.</summary>
    public SourcePosition PositionOf(int offset)
    {
        if (Segments.Count == 0) return new SourcePosition(Line, Column + Math.Max(0, offset)) { Page = Page };
        // The last segment starting at or before offset (the first where none does), searched by halves: the segments
        // are in text order, and a footnote of many lines with a diagnostic per line was the square of its lines to walk.
        int low = 1, high = Segments.Count; // the answer's index + 1 is in [low, high]
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (Segments[mid].Offset > offset) high = mid;
            else low = mid + 1;
        }
        var segment = Segments[low - 1];
        return new SourcePosition(segment.Line, segment.Column + Math.Max(0, offset - segment.Offset)) { Page = segment.Page };
    }
}

/// <summary>A run of joined text that came from one line of the file.</summary>
/// <param name="Offset">Where the run starts in the joined text.</param>
/// <param name="Line">The 1-based line the run came from.</param>
/// <param name="Column">The 1-based column of the run's first character on that line.</param>
public readonly record struct TextSegment(int Offset, int Line, int Column)
{
    /// <summary>The 1-based page the run came from in a paged source (a PDF), or null for text and .docx.</summary>
    public int? Page { get; init; }
}

/// <summary>A numeric in-text reference such as <c>[2, c.37, s.556]</c>.</summary>
/// <param name="Index">Its position among the document's in-text references, from 1.</param>
/// <param name="Number">The reference number (2).</param>
/// <param name="Text">The bracketed text with any line break folded to one space (<c>[2, c.37, s.556]</c>).</param>
/// <param name="Locators">What follows the number inside the brackets (<c>c.37, s.556</c>), possibly empty.</param>
/// <param name="Line">The 1-based line of the opening bracket.</param>
/// <param name="Column">The 1-based column of the opening bracket.</param>
public sealed record SourceReference(int Index, int Number, string Text, string Locators, int Line, int Column)
{
    /// <summary>The 1-based page of the opening bracket in a paged source (a PDF), or null for text and .docx.</summary>
    public int? Page { get; init; }
}

/// <summary>What reading a source found: footnotes, in-text references and problems met on the way.</summary>
/// <param name="Path">The file read, or null for text given directly.</param>
/// <param name="Footnotes">The footnotes in number order.</param>
/// <param name="References">The numeric in-text references in document order.</param>
/// <param name="HasReferenceList">True when the source has a numbered reference list the in-text references point into.</param>
/// <param name="Diagnostics">Problems found while reading (missing or duplicate footnote numbers…).</param>
public sealed record SourceDocument(
    string? Path,
    IReadOnlyList<SourceFootnote> Footnotes,
    IReadOnlyList<SourceReference> References,
    bool HasReferenceList,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The numbered entries of the source's reference list (<c>1. Author…</c>), in number order; empty when it has none.</summary>
    /// <remarks>Each entry is shaped like a footnote: its number, joined text, where the text begins and a segment map.</remarks>
    public IReadOnlyList<SourceFootnote> ReferenceEntries { get; init; } = [];

    /// <summary>The citations a reference manager keeps in the document (Zotero, Mendeley), in document order; empty for text.</summary>
    public IReadOnlyList<EmbeddedCitation> EmbeddedCitations { get; init; } = [];
}

/// <summary>
/// A citation a reference manager keeps in a Word document as a field: its CSL citation JSON (items with their
/// CSL-JSON <c>itemData</c>, locators), read as written, and where it stands.
/// </summary>
/// <param name="Manager">Who wrote it: <c>zotero</c>, <c>mendeley</c> (legacy <c>ADDIN CSL_CITATION</c>) or <c>mendeley-v3</c> (content control).</param>
/// <param name="Json">The citation's JSON as embedded (<c>{"citationID":…,"citationItems":[…],"properties":…}</c>).</param>
/// <param name="Note">The note the field stands in (its number), or 0 in the body.</param>
/// <param name="Offset">Where the field stood in the note's text (its result is not part of that text), or in its body paragraph.</param>
/// <param name="Line">The 1-based line (paragraph) of the field.</param>
/// <param name="Column">The 1-based column of the field on that line.</param>
/// <param name="Text">The field's result: the citation as the manager last formatted it.</param>
public sealed record EmbeddedCitation(string Manager, string Json, int Note, int Offset, int Line, int Column, string Text);
