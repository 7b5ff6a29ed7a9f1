using Bibliography.Model;
using Bibliography.Normalisation;
using Bibliography.Parsing;
using Bibliography.Sources;

namespace Bibliography.Validation;

/// <summary>One citation of a footnote with the footnote it stands in and the item it resolved to.</summary>
/// <param name="Footnote">The footnote.</param>
/// <param name="Citation">The parsed citation.</param>
/// <param name="ItemId">The item it resolved to, or null when it could not be read.</param>
/// <param name="Index">Its position among the footnote's citations, from 0.</param>
public sealed record CitationAt(ParsedFootnote Footnote, ParsedCitation Citation, string? ItemId, int Index)
{
    /// <summary>The footnote's number.</summary>
    public int Number => Footnote.Footnote.Number;
}

/// <summary>What a rule sees: the normalised source, its citations in document order, and a way to place diagnostics.</summary>
public sealed class ValidationContext
{
    private readonly Dictionary<string, CslItem> _items;

    /// <summary>Creates the context of one normalised source.</summary>
    public ValidationContext(NormalisedSource source)
    {
        Source = source;
        _items = source.Document.Items.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Citations = source.Footnotes
            .SelectMany(f => f.Citations.Select((c, i) => new CitationAt(f, c, i < f.ItemIds.Count ? f.ItemIds[i] : null, i)))
            .ToList();
        foreach (var c in Citations)
            if (c.ItemId is not null) _firstCited.TryAdd(c.ItemId, c.Number);
    }

    private readonly Dictionary<string, int> _firstCited = new(StringComparer.Ordinal);

    /// <summary>
    /// True for a short form: an op. cit. phrase, or an author and a title alone (<c>Ivanov, Istoriia, 115</c>) that
    /// resolved to a work cited in an earlier footnote, as the normaliser links it. The first citation of a work in that
    /// shape is a full citation that lacks its imprint.
    /// </summary>
    public bool IsShortForm(CitationAt citation) =>
        Text.IsShortForm(citation.Citation)
        || citation.Citation is PublicationCitation { HasShortFormShape: true } && citation.ItemId is not null
            && _firstCited.TryGetValue(citation.ItemId, out var first) && first < citation.Number;

    /// <summary>The normalised source being validated.</summary>
    public NormalisedSource Source { get; }

    /// <summary>The file read, or null for footnotes given directly.</summary>
    public string? File => Source.Source.Path;

    /// <summary>Every footnote citation in document order.</summary>
    public IReadOnlyList<CitationAt> Citations { get; }

    /// <summary>The item with the given id, or null.</summary>
    public CslItem? Item(string? id) => id is not null && _items.TryGetValue(id, out var item) ? item : null;

    /// <summary>The in-text references with their parses, in document order.</summary>
    public IEnumerable<(SourceReference Reference, NumberedReferenceCitation Citation)> References =>
        Source.Source.References.Zip(Source.References);

    /// <summary>True when the document is written in Azerbaijani (its footnotes use ə), which decides the ibid phrase to suggest.</summary>
    public bool IsAzerbaijaniDocument => Source.Source.Footnotes.Any(f => f.Text.Contains('ə') || f.Text.Contains('Ə'));

    /// <summary>How the document mostly writes a locator keyword (<c>s.</c> or <c>S.</c>): its majority spelling among all
    /// locators, compared case-insensitively; the keyword as given when there is no majority.</summary>
    public string PreferredKeyword(string keyword)
    {
        var spellings = Citations.Select(c => c.Citation.Locator?.Keyword)
            .Concat(References.Select(r => r.Citation.Locator?.Keyword))
            .Where(k => k is not null && k.Equals(keyword, StringComparison.OrdinalIgnoreCase))
            .GroupBy(k => k!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ToList();
        return spellings.Count >= 2 && spellings[0].Count() > spellings[1].Count() ? spellings[0].Key : keyword;
    }

    /// <summary>A diagnostic of <paramref name="rule"/> at <paramref name="offset"/> of a footnote's text.</summary>
    public Diagnostic At(IValidationRule rule, ParsedFootnote footnote, int offset, string message)
    {
        var at = footnote.Footnote.PositionOf(offset);
        return new Diagnostic
        {
            Severity = rule.DefaultSeverity, Code = rule.Code, Message = message, Footnote = footnote.Footnote.Number,
            Line = at.Line, Column = at.Column, Page = at.Page, File = File,
        };
    }

    /// <summary>A diagnostic of <paramref name="rule"/> at <paramref name="offset"/> of an in-text reference's bracketed text.</summary>
    public Diagnostic At(IValidationRule rule, SourceReference reference, int offset, string message) => new()
    {
        Severity = rule.DefaultSeverity, Code = rule.Code, Message = message,
        Line = reference.Line, Column = reference.Column + Math.Max(0, offset), Page = reference.Page, File = File,
    };
}
