using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bibliography;
using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Training.Real;

/// <summary>
/// Scores the parser against evaluation notes (the repository's set, or any other written the same way, such as a
/// reviewer's own): each work's notes are read together, in order, and every expected field is compared after the
/// spelling differences no reader cares about. The test project and the <c>score</c> command share it, so a set kept
/// outside the project is scored exactly as the recorded numbers are.
/// </summary>
public static partial class Scorer
{
    /// <summary>Runs the parser over each work's notes in order and scores every expected field.</summary>
    /// <param name="notes">The notes scored.</param>
    /// <param name="mode">Which readers parse them: the rules, the labeller, or both as the library does by default.</param>
    /// <param name="into">A score to add to (the folds of a cross-validation add up to one), else a new one.</param>
    public static Score Run(IEnumerable<EvaluationNote> notes, ParserMode mode = ParserMode.Hybrid, Score? into = null)
    {
        var before = CitationParser.Mode;
        CitationParser.Mode = mode;
        try { return RunNotes(notes, into ?? new Score()); }
        finally { CitationParser.Mode = before; }
    }

    private static Score RunNotes(IEnumerable<EvaluationNote> notes, Score score)
    {
        foreach (var work in notes.GroupBy(n => n.Work))
        {
            var list = work.ToList();
            var document = BibliographyPipeline.ParseFootnotes(list.Select(n => n.Note).ToList()).Document;
            var items = document.Items.ToDictionary(i => i.Id);
            for (var k = 0; k < list.Count; k++)
            {
                var cluster = document.Citations.FirstOrDefault(c => c.Properties.NoteIndex == k + 1);
                var found = cluster?.CitationItems ?? [];
                for (var c = 0; c < list[k].Expected.Count; c++)
                {
                    var actual = c < found.Count ? FieldsOf(items.GetValueOrDefault(found[c].Id), found[c]) : new Dictionary<string, string[]>();
                    score.Add(list[k], list[k].Expected[c], actual);
                }
            }
        }
        return score;
    }

    /// <summary>What the parser made of one citation, as the scored fields (a field may accept several spellings).</summary>
    public static Dictionary<string, string[]> FieldsOf(CslItem? item, CslCitationItem citation)
    {
        var fields = new Dictionary<string, string[]>();
        void Put(string name, params string?[] values)
        {
            var kept = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToArray();
            if (kept.Length > 0) fields[name] = kept;
        }
        Put("locator", citation.Locator);
        if (item is null) return fields;
        Put("archive", item.Archive, (string?)item.Custom?["archive-short"]);
        Put("fond", (string?)item.Custom?["fond"]);
        Put("opis", (string?)item.Custom?["opis"]);
        Put("delo", (string?)item.Custom?["delo"]);
        Put("authors", Families(item.Author));
        Put("editors", Families(item.Editor));
        Put("compilers", Families(item.Compiler));
        Put("title", item.Title, item.TitleShort);
        Put("container", item.ContainerTitle);
        Put("place", item.PublisherPlace);
        Put("publisher", item.Publisher);
        Put("year", item.Issued?.DateParts is [[var year, ..], ..] ? year.ToString(CultureInfo.InvariantCulture) : item.Issued?.Literal);
        Put("volume", item.Volume);
        Put("issue", item.Issue);
        return fields;
    }

    private static string? Families(List<CslName>? names) =>
        names is { Count: > 0 } ? string.Join("; ", names.Select(n => n.Family ?? n.Literal ?? "")) : null;

    /// <summary>Whether a parsed value is the expected one, after the spelling differences no reader cares about.</summary>
    public static bool Matches(string field, string expected, string[]? actual)
    {
        if (actual is null) return false;
        var want = Canonical(field, expected);
        return actual.Any(a =>
        {
            var got = Canonical(field, a);
            if (got == want) return true;
            // A short form names its source by a short title: the parser's full title starts with it.
            return field == "title" && want.Length >= 4 && got.StartsWith(want, StringComparison.Ordinal);
        });
    }

    private static string Canonical(string field, string value)
    {
        var s = value.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        s = Quotes().Replace(s, "");
        if (field == "locator")
        {
            s = Verso().Replace(s, "v");
            s = LocatorKeyword().Replace(s, "");
            s = Dashes().Replace(s, "-");
            s = Regex.Replace(s, @"[\s.]", "");
            return s;
        }
        if (field is "authors" or "editors" or "compilers")
            return string.Join(";", s.Split(';').Select(n => Regex.Replace(n, @"[\s.,]", "")).Order(StringComparer.Ordinal));
        s = Dashes().Replace(s, "-");
        s = Regex.Replace(s, @"\s+", " ").Trim().TrimEnd('.', ',', ';', ':').Trim();
        return s;
    }

    [GeneratedRegex("[«»\"“”„'’‘]")]
    private static partial Regex Quotes();

    [GeneratedRegex(@"\s*(об\.?|ob\.?|oborot|arxa|verso|v\.?)(?=\s*$|\s*[-–—,;])")]
    private static partial Regex Verso();

    [GeneratedRegex(@"^\s*(ll?\.|лл?\.|s\.|с\.|c\.|pp?\.|v\.|vv\.|fols?\.|sheets?)\s*")]
    private static partial Regex LocatorKeyword();

    [GeneratedRegex("[‐-―−]")]
    private static partial Regex Dashes();
}

/// <summary>Counts of right and expected fields, per field and per convention, and of fully right citations.</summary>
public sealed class Score
{
    private readonly Dictionary<(string Convention, string Field), (int Right, int Total)> _fields = new();
    private readonly Dictionary<string, (int Right, int Total)> _citations = new();
    private readonly List<Miss> _misses = [];

    /// <summary>Every expected field the parser got wrong, in note order: what an engineer reads to improve the parser.</summary>
    public IReadOnlyList<Miss> Misses => _misses;

    /// <summary>Scores one expected citation against what the parser made of it.</summary>
    public void Add(EvaluationNote note, IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string[]> actual)
    {
        var all = true;
        foreach (var (field, value) in expected)
        {
            var right = Scorer.Matches(field, value, actual.GetValueOrDefault(field));
            all &= right;
            if (!right) _misses.Add(new Miss(note, field, value, string.Join(" | ", actual.GetValueOrDefault(field) ?? [])));
            var key = (note.Convention, field);
            var (r, t) = _fields.GetValueOrDefault(key);
            _fields[key] = (r + (right ? 1 : 0), t + 1);
        }
        var (cr, ct) = _citations.GetValueOrDefault(note.Convention);
        _citations[note.Convention] = (cr + (all ? 1 : 0), ct + 1);
    }

    /// <summary>The share of expected fields the parser got right, over all conventions.</summary>
    public double FieldAccuracy => Ratio(_fields.Values);

    /// <summary>The share of citations with every expected field right.</summary>
    public double CitationAccuracy => Ratio(_citations.Values);

    /// <summary>How many citations were scored.</summary>
    public int Citations => _citations.Values.Sum(v => v.Total);

    /// <summary>The share of expected fields right within one convention.</summary>
    public double ConventionAccuracy(string convention) => Ratio(_fields.Where(f => f.Key.Convention == convention).Select(f => f.Value));

    /// <summary>A Markdown table: one row per field, one column per convention, then all, in per cent with counts.</summary>
    public string Table()
    {
        var conventions = _citations.Keys.Order(StringComparer.Ordinal).ToList();
        var sb = new StringBuilder();
        sb.AppendLine("| field | " + string.Join(" | ", conventions) + " | all |");
        sb.AppendLine("|---|" + string.Concat(conventions.Select(_ => "---:|")) + "---:|");
        foreach (var field in EvaluationData.Fields)
        {
            var cells = conventions.Select(c => Cell(_fields.GetValueOrDefault((c, field)))).ToList();
            var total = Sum(_fields.Where(f => f.Key.Field == field).Select(f => f.Value));
            if (total.Total == 0) continue;
            sb.AppendLine($"| {field} | {string.Join(" | ", cells)} | {Cell(total)} |");
        }
        sb.AppendLine($"| **all fields** | {string.Join(" | ", conventions.Select(c => Cell(Sum(_fields.Where(f => f.Key.Convention == c).Select(f => f.Value)))))} | {Cell(Sum(_fields.Values))} |");
        sb.AppendLine($"| **citations fully right** | {string.Join(" | ", conventions.Select(c => Cell(_citations[c])))} | {Cell(Sum(_citations.Values))} |");
        return sb.ToString();
    }

    private static string Cell((int Right, int Total) v) => v.Total == 0 ? "" : $"{100.0 * v.Right / v.Total:0}% ({v.Right}/{v.Total})";

    private static (int Right, int Total) Sum(IEnumerable<(int Right, int Total)> values) =>
        values.Aggregate((0, 0), (a, v) => (a.Item1 + v.Right, a.Item2 + v.Total));

    private static double Ratio(IEnumerable<(int Right, int Total)> values)
    {
        var (right, total) = Sum(values);
        return total == 0 ? 0 : (double)right / total;
    }
}

/// <summary>One expected field the parser got wrong.</summary>
/// <param name="Note">The footnote.</param>
/// <param name="Field">The field.</param>
/// <param name="Expected">What a historian reads in the note.</param>
/// <param name="Actual">What the parser made of it (its spellings joined by " | "; empty when it found nothing).</param>
public sealed record Miss(EvaluationNote Note, string Field, string Expected, string Actual);
