using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB406: archival levels named in full in most footnotes (<c>fond</c>, <c>siyahı</c>) but abbreviated in a few (<c>f.</c>, <c>siy.</c>), or the reverse.</summary>
/// <remarks>
/// Citations are compared within their script only: a paper may cite Russian archives in GOST Cyrillic (Ф. Оп. Д.)
/// and Azerbaijani ones in Latin script, and that is not an inconsistency. Keywords with one form only (<c>iş</c>,
/// <c>л.</c>) take no side. The majority convention needs at least two citations and a strict majority.
/// </remarks>
public sealed class InconsistentLevelNamesRule : IValidationRule
{
    // Each level word in lower case with its other form (Vocabulary's long ⇄ short pairs).
    private static readonly Dictionary<string, string> FullToShort = Pairs(abbreviated: false), ShortToFull = Pairs(abbreviated: true);

    private static Dictionary<string, string> Pairs(bool abbreviated) => Vocabulary.Keywords
        .Where(k => k.Abbreviated == abbreviated && k.Pair is not null)
        .DistinctBy(k => k.Text.ToLowerInvariant())
        .ToDictionary(k => k.Text.ToLowerInvariant(), k => k.Pair!, StringComparer.Ordinal);

    /// <inheritdoc />

    public DiagnosticDescriptor Descriptor => DiagnosticCodes.InconsistentLevelNames;

    private enum Style { Full, Short }

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var classified = context.Citations
            .Where(c => c.Citation is ArchivalCitation)
            .Select(c => (Citation: c, Keywords: Keywords((ArchivalCitation)c.Citation).ToList()))
            .Where(x => x.Keywords.Count > 0)
            .ToList();

        foreach (var script in classified.GroupBy(x => x.Keywords.Any(k => Text.HasCyrillic(k.Keyword))))
        {
            var pure = script.Select(x => x.Keywords.Select(k => k.Style).Distinct().ToList()).Where(s => s.Count == 1).Select(s => s[0]).ToList();
            var full = pure.Count(s => s == Style.Full);
            var abbreviated = pure.Count(s => s == Style.Short);
            if (full == abbreviated || Math.Max(full, abbreviated) < 2) continue;
            var majority = full > abbreviated ? Style.Full : Style.Short;
            var majorityCount = Math.Max(full, abbreviated);

            foreach (var (c, keywords) in script)
            {
                var outliers = keywords.Where(k => k.Style != majority).ToList();
                if (outliers.Count == 0) continue;
                var written = string.Join(", ", outliers.Select(k => $"'{k.Keyword}'"));
                var fixes = string.Join(", ", outliers.Select(k => $"'{Replacement(k.Keyword, majority)}'"));
                yield return context.At(this, c.Footnote, outliers[0].Offset,
                    $"This footnote writes the archival levels {(majority == Style.Full ? "abbreviated" : "in full")} ({written}) while {majorityCount} archival citations of the document write them {(majority == Style.Full ? "in full" : "abbreviated")}; write {fixes} to match.");
            }
        }
    }

    private static IEnumerable<(string Keyword, Style Style, int Offset)> Keywords(ArchivalCitation a)
    {
        var parts = a.Levels.Select(l => (l.Keyword, l.Span.Offset));
        if (a.Locator is { Label: LocatorLabels.Folio } folio) parts = parts.Append((folio.Keyword, folio.Span.Offset));
        foreach (var (keyword, offset) in parts)
        {
            var lower = keyword.ToLowerInvariant();
            if (FullToShort.ContainsKey(lower)) yield return (keyword, Style.Full, offset);
            else if (ShortToFull.ContainsKey(lower)) yield return (keyword, Style.Short, offset);
        }
    }

    private static string Replacement(string keyword, Style to)
    {
        var lower = keyword.ToLowerInvariant();
        var replacement = to == Style.Full ? ShortToFull[lower] : FullToShort[lower];
        return char.IsUpper(keyword[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
    }
}
