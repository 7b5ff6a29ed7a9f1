using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB408: a page or folio keyword written in two cases in one document (<c>s.</c> in most citations, <c>S.</c> in a few).</summary>
/// <remarks>
/// Keywords are compared letter for letter, so Cyrillic <c>С.</c> and Latin <c>s.</c> are different keywords: GOST
/// capitalises <c>С.</c> after a full stop while Azerbaijani writes <c>s.</c>, and a paper may use both conventions.
/// The spelling most citations use wins; a tie reports nothing, as there is no way to tell which is meant.
/// </remarks>
public sealed class LocatorKeywordCaseRule : IValidationRule
{
    /// <inheritdoc />
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.LocatorKeywordCase;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var pending = new List<(CitedLocator Locator, Func<string, Diagnostic> At)>();
        foreach (var c in context.Citations)
            if (c.Citation.Locator is { } l)
                pending.Add((l, message => context.At(this, c.Footnote, l.Span.Offset, message)));
        foreach (var (reference, citation) in context.References)
            if (citation.Locator is { } l)
                pending.Add((l, message => context.At(this, reference, l.Span.Offset, message)));

        foreach (var group in pending.GroupBy(p => p.Locator.Keyword.ToLowerInvariant()))
        {
            var spellings = group.GroupBy(p => p.Locator.Keyword, StringComparer.Ordinal).OrderByDescending(s => s.Count()).ToList();
            if (spellings.Count < 2 || spellings[0].Count() == spellings[1].Count()) continue;
            var majority = spellings[0];
            foreach (var variant in spellings.Skip(1))
                foreach (var use in variant)
                    yield return use.At(
                        $"The keyword is written '{variant.Key}' here but '{majority.Key}' in {majority.Count()} other citations of this document; write '{majority.Key}' throughout.");
        }
    }
}
