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
    public string Code => "BIB409";
    /// <inheritdoc />
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;
    /// <inheritdoc />
    public string Title => "One person spelled two ways";
    /// <inheritdoc />
    public string Help => "Spell a person's name the same way in every citation (as on the title page of their work, or one transliteration throughout).";

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
        var reported = new HashSet<(string, string)>();
        for (var i = 0; i < spellings.Count; i++)
            for (var j = i + 1; j < spellings.Count; j++)
            {
                var (first, later) = (spellings[i], spellings[j]);
                if (first.Key.Initials != later.Key.Initials || first.Key.Family == later.Key.Family) continue;
                if (!Text.Similar(first.Key.Family, later.Key.Family) || GenderPair(first.Key.Family, later.Key.Family)) continue;
                if (!reported.Add((later.Key.Family, later.Key.Initials))) continue;
                var use = later.OrderBy(u => u.Citation.Number).First().Citation;
                var text = use.Footnote.Footnote.Text;
                var at = text.IndexOf(later.Key.Family, Math.Clamp(use.Citation.Span.Offset, 0, text.Length), StringComparison.Ordinal);
                var initials = string.Concat(later.Key.Initials.Select(ch => ch + "."));
                yield return context.At(this, use.Footnote, at >= 0 ? at : use.Citation.Span.Offset,
                    $"'{later.Key.Family} {initials}' ({Text.Footnotes(later.Select(u => u.Citation.Number))}) and '{first.Key.Family} {initials}' ({Text.Footnotes(first.Select(u => u.Citation.Number))}) look like one person spelled two ways; use one spelling of the name in every citation.");
            }
    }

    private static string Initials(string? given) => new((given ?? "").Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray());

    private static bool GenderPair(string a, string b)
    {
        var (x, y) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        if (x.Length > y.Length) (x, y) = (y, x);
        if (y == x + "a" || y == x + "а") return true;
        foreach (var (masculine, feminine) in new[] { ("skiy", "skaya"), ("skii", "skaya"), ("sky", "skaya"), ("ский", "ская"), ("iy", "aya"), ("ый", "ая"), ("ой", "ая") })
            if ((x.EndsWith(masculine) && y.EndsWith(feminine) && x[..^masculine.Length] == y[..^feminine.Length])
                || (y.EndsWith(masculine) && x.EndsWith(feminine) && y[..^masculine.Length] == x[..^feminine.Length]))
                return true;
        return false;
    }
}
