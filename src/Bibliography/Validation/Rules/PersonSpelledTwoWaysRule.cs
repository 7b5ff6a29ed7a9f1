using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB409: one person's family name spelled two ways (<c>Mamulia</c>/<c>Mamuliya</c>): a letter or two apart, same initials.</summary>
/// <remarks>
/// Authors, compilers, editors and translators of every publication are compared. Russian masculine and feminine
/// forms (<c>Ivanov</c>/<c>Ivanova</c>, <c>-skiy</c>/<c>-skaya</c>) are different people and are not compared; nor are
/// names shorter than four letters, where one letter apart means little.
/// </remarks>
public sealed class PersonSpelledTwoWaysRule : IValidationRule
{
    /// <inheritdoc />
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.PersonSpelledTwoWays;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var uses = new List<(string Family, string Initials, CitationAt Citation)>();
        foreach (var c in context.Citations)
        {
            if (c.Citation is not PublicationCitation p) continue;
            foreach (var name in p.Authors.Concat(p.Compilers).Concat(p.Editors).Concat(p.Translators))
                if (name.Family is { Length: > 0 } family)
                    uses.Add((family, Initials(name.Given), c));
        }

        var spellings = uses.GroupBy(u => (u.Family, u.Initials)).OrderBy(g => g.Min(u => u.Citation.Number)).ToList();
        // Each spelling is compared with the earlier ones of its initials only (no other pair can be one person), each
        // lower-cased once; a spelling is reported once, with the earliest it resembles, in the order of those pairs.
        var lower = spellings.Select(g => g.Key.Family.ToLowerInvariant()).ToArray();
        var byInitials = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var pairs = new List<(int First, int Later)>();
        long compared = 0;
        var stoppedAt = -1;
        for (var j = 0; j < spellings.Count; j++)
        {
            if (!byInitials.TryGetValue(spellings[j].Key.Initials, out var earlier)) byInitials[spellings[j].Key.Initials] = earlier = new();
            if (compared + earlier.Count > MaxComparisons) { stoppedAt = j; break; }
            compared += earlier.Count;
            foreach (var i in earlier)
            {
                if (spellings[i].Key.Family == spellings[j].Key.Family || !Text.SimilarLowerCase(lower[i], lower[j])) continue;
                if (GenderPair(spellings[i].Key.Family, spellings[j].Key.Family)) continue;
                pairs.Add((i, j));
                break;
            }
            earlier.Add(j);
        }
        pairs.Sort();

        foreach (var (i, j) in pairs)
        {
            var (first, later) = (spellings[i], spellings[j]);
            var use = later.OrderBy(u => u.Citation.Number).First().Citation;
            var text = use.Footnote.Footnote.Text;
            var at = text.IndexOf(later.Key.Family, Math.Clamp(use.Citation.Span.Offset, 0, text.Length), StringComparison.Ordinal);
            var initials = string.Concat(later.Key.Initials.Select(ch => ch + "."));
            yield return context.At(this, use.Footnote, at >= 0 ? at : use.Citation.Span.Offset,
                $"'{later.Key.Family} {initials}' ({Text.Footnotes(later.Select(u => u.Citation.Number))}) and '{first.Key.Family} {initials}' ({Text.Footnotes(first.Select(u => u.Citation.Number))}) look like one person spelled two ways; use one spelling of the name in every citation.");
        }
        if (stoppedAt >= 0)
        {
            var from = spellings[stoppedAt].OrderBy(u => u.Citation.Number).First().Citation;
            yield return context.At(this, from.Footnote, from.Citation.Span.Offset,
                $"The names from footnote {from.Number} on were not compared with each other: comparing the {spellings.Count} spellings of names with the same initials would take more than {MaxComparisons} comparisons, the most this check makes.")
                with { Severity = DiagnosticSeverity.Info };
        }
    }

    /// <summary>
    /// The most pairs of spellings (with the same initials) one validation compares: a paper's few hundred names make a
    /// few thousand; a crafted footnote of a hundred thousand names would make five billion.
    /// </summary>
    public const long MaxComparisons = 2_000_000;

    private static string Initials(string? given) => new((given ?? "").Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray());

    private static bool GenderPair(string a, string b)
    {
        var (x, y) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        if (x.Length > y.Length) (x, y) = (y, x);
        if (y == x + "a" || y == x + "а") return true;
        foreach (var (masculine, feminine) in Vocabulary.GenderedFamilyEndings)
            if ((x.EndsWith(masculine) && y.EndsWith(feminine) && x[..^masculine.Length] == y[..^feminine.Length])
                || (y.EndsWith(masculine) && x.EndsWith(feminine) && y[..^masculine.Length] == x[..^feminine.Length]))
                return true;
        return false;
    }
}
