using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB407: citations that resolve to the same source spell one of its words two ways (<c>Zbornik</c>/<c>Sbornik</c>).</summary>
/// <remarks>
/// The citations of each publication or newspaper are aligned word by word (the locator left out); a word replaced by a
/// similar one (a letter or two apart) is a spelling variant. The preferred spelling is the standard one where the
/// conventions know it (<c>Sbornik</c>), else the one most citations use, else the earliest; the others are reported.
/// Archival citations are left to BIB406, as their differences are level names, not spellings.
/// </remarks>
public sealed class SourceSpelledTwoWaysRule : IValidationRule
{
    private const int MaxWords = 300;

    /// <inheritdoc />

    public DiagnosticDescriptor Descriptor => DiagnosticCodes.SourceSpelledTwoWays;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var bySource = context.Citations
            .Where(c => c.ItemId is not null && c.Citation is NewspaperCitation or PublicationCitation && !context.IsShortForm(c))
            .GroupBy(c => c.ItemId!);
        foreach (var group in bySource)
        {
            var occurrences = group.Select(c => (Citation: c, Words: WordsOf(c))).ToList();
            if (occurrences.Count < 2) continue;
            var baseWords = occurrences[0].Words;
            // For each word of the first citation, the spellings used for it and where each stands.
            var slots = new Dictionary<int, List<(string Spelling, CitationAt Citation, int Offset)>>();
            for (var i = 0; i < baseWords.Count; i++) slots[i] = new() { (baseWords[i].Word, occurrences[0].Citation, baseWords[i].Offset) };
            foreach (var (citation, words) in occurrences.Skip(1))
                foreach (var (baseIndex, word, offset) in Substitutions(baseWords, words))
                    slots[baseIndex].Add((word, citation, offset));
            foreach (var anchored in Align(baseWords, occurrences))
                slots[anchored.BaseIndex].Add(anchored.Entry);

            foreach (var slot in slots.Values)
            {
                var spellings = slot.GroupBy(s => s.Spelling, StringComparer.Ordinal).ToList();
                if (spellings.Count < 2) continue;
                var preferred = Preferred(spellings);
                foreach (var variant in spellings.Where(s => s.Key != preferred.Key))
                    foreach (var use in variant.DistinctBy(u => u.Citation.Number))
                        yield return context.At(this, use.Citation.Footnote, use.Offset,
                            $"The same source is spelled '{variant.Key}' here ({Text.Footnotes(variant.Select(v => v.Citation.Number))}) but '{preferred.Key}' in {Text.Footnotes(preferred.Select(v => v.Citation.Number))}{(IsStandard(preferred.Key, variant.Key) ? $" ('{preferred.Key}' is the standard spelling)" : "")}; write '{preferred.Key}' in every citation of it.");
            }
        }
    }

    // Words equal to the first citation's are matched too, so that the count of each spelling is honest.
    private static IEnumerable<(int BaseIndex, (string Spelling, CitationAt Citation, int Offset) Entry)> Align(
        List<(string Word, int Offset)> baseWords, List<(CitationAt Citation, List<(string Word, int Offset)> Words)> occurrences)
    {
        foreach (var (citation, words) in occurrences.Skip(1))
            foreach (var (i, j) in Lcs(baseWords, words))
                yield return (i, (words[j].Word, citation, words[j].Offset));
    }

    private static IGrouping<string, (string Spelling, CitationAt Citation, int Offset)> Preferred(
        List<IGrouping<string, (string Spelling, CitationAt Citation, int Offset)>> spellings) =>
        spellings.FirstOrDefault(s => spellings.Any(o => o.Key != s.Key && IsStandard(s.Key, o.Key)))
        ?? spellings.OrderByDescending(s => s.Select(u => u.Citation.Number).Distinct().Count()).ThenBy(s => s.Min(u => u.Citation.Number)).First();

    private static bool IsStandard(string preferred, string other) =>
        Conventions.CollectionWords.TryGetValue(other, out var standard) && standard == preferred && preferred != other;

    private static List<(string Word, int Offset)> WordsOf(CitationAt c)
    {
        var text = c.Footnote.Footnote.Text;
        var start = Math.Clamp(c.Citation.Span.Offset, 0, text.Length);
        // Citations are short; the cap keeps the word alignment (quadratic) cheap on a runaway PDF footnote.
        var words = Text.Words(text, start, Math.Clamp(c.Citation.Span.End, start, text.Length)).Take(MaxWords).ToList();
        return c.Citation.Locator is { } l ? words.Where(w => w.Offset < l.Span.Offset || w.Offset >= l.Span.End).ToList() : words;
    }

    /// <summary>Pairs of equal words in order (a longest common subsequence), as (base index, other index).</summary>
    private static List<(int, int)> Lcs(List<(string Word, int Offset)> a, List<(string Word, int Offset)> b)
    {
        var n = a.Count; var m = b.Count;
        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                table[i, j] = a[i].Word == b[j].Word ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
        var pairs = new List<(int, int)>();
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (a[x].Word == b[y].Word) { pairs.Add((x, y)); x++; y++; }
            else if (table[x + 1, y] >= table[x, y + 1]) x++;
            else y++;
        }
        return pairs;
    }

    /// <summary>Words of <paramref name="b"/> that replace a similar word of <paramref name="a"/> between two matched words.</summary>
    private static IEnumerable<(int BaseIndex, string Word, int Offset)> Substitutions(List<(string Word, int Offset)> a, List<(string Word, int Offset)> b)
    {
        var anchors = Lcs(a, b);
        anchors.Add((a.Count, b.Count));
        int pi = 0, pj = 0;
        foreach (var (i, j) in anchors)
        {
            // Only a gap of equal length on both sides is a replacement; anything else is a word added or dropped.
            if (i - pi == j - pj)
                for (var k = 0; k < i - pi; k++)
                {
                    var (wa, wb) = (a[pi + k].Word, b[pj + k].Word);
                    if (!char.IsDigit(wa[0]) && !char.IsDigit(wb[0]) && Text.Similar(wa, wb))
                        yield return (pi + k, wb, b[pj + k].Offset);
                }
            pi = i + 1; pj = j + 1;
        }
    }
}
