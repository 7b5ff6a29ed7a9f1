using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB402: an archive abbreviation is used in a footnote before the footnote that expands it.</summary>
/// <remarks>An abbreviation expanded nowhere is the normaliser's BIB304; this rule only concerns order.</remarks>
public sealed class AbbreviationBeforeExpansionRule : IValidationRule
{
    /// <inheritdoc />
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.AbbreviationBeforeExpansion;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var archival = context.Citations.Where(c => c.Citation is ArchivalCitation { ArchiveShort: not null }).ToList();
        var expansions = new Dictionary<string, CitationAt>(StringComparer.Ordinal);
        foreach (var c in archival)
        {
            var a = (ArchivalCitation)c.Citation;
            if (a.ArchiveName is not null) expansions.TryAdd(ArchiveRegistry.Key(a.ArchiveShort!.Value), c);
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in archival)
        {
            var a = (ArchivalCitation)c.Citation;
            var key = ArchiveRegistry.Key(a.ArchiveShort!.Value);
            if (a.ArchiveName is not null || !expansions.TryGetValue(key, out var expansion)) continue;
            if (expansion.Number <= c.Number || !reported.Add(key)) continue;
            var full = (ArchivalCitation)expansion.Citation;
            yield return context.At(this, c.Footnote, a.ArchiveShort.Span.Offset,
                $"The abbreviation '{a.ArchiveShort.Value}' is used here before footnote {expansion.Number} expands it; write '{full.ArchiveName!.Value} ({a.ArchiveShort.Value})' here, at its first mention, and the abbreviation alone in footnote {expansion.Number}.");
        }
    }
}
