using Bibliography.Training.Real;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Scores a footnote field by field as the evaluation scores real notes: the rows of the parsing class tests say what
/// a historian reads in a note (citations separated by <c>||</c>, fields by <c>|</c>, each <c>field=value</c> as the
/// evaluation set writes it), and every miss is listed at once.
/// </summary>
internal static class ExpectedFields
{
    /// <summary>Asserts that <paramref name="note"/>, read after <paramref name="before"/> if given, gives <paramref name="expected"/>.</summary>
    public static void Check(string note, string expected, string? before = null)
    {
        var document = BibliographyPipeline.ParseFootnotes(before is null ? [note] : [before, note]).Document;
        var items = document.Items.ToDictionary(i => i.Id);
        var found = document.Citations.SingleOrDefault(c => c.Properties.NoteIndex == (before is null ? 1 : 2))?.CitationItems ?? [];
        var wanted = expected.Split("||", StringSplitOptions.TrimEntries);
        var misses = new List<string>();
        for (var c = 0; c < wanted.Length; c++)
        {
            var actual = c < found.Count ? Scorer.FieldsOf(items.GetValueOrDefault(found[c].Id), found[c]) : new Dictionary<string, string[]>();
            foreach (var pair in wanted[c].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=');
                var (field, value) = (pair[..eq].Trim(), pair[(eq + 1)..].Trim());
                if (!Scorer.Matches(field, value, actual.GetValueOrDefault(field)))
                    misses.Add($"citation {c + 1} {field}: expected «{value}», got «{string.Join(" | ", actual.GetValueOrDefault(field) ?? [])}»");
            }
        }
        if (found.Count != wanted.Length) misses.Add($"{wanted.Length} citations expected, {found.Count} read");
        misses.ShouldBeEmpty(note);
    }
}
