using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Bibliography.Training.Real;

/// <summary>One real footnote of the evaluation set, with the citations a historian reads in it.</summary>
/// <param name="Id">The line's id.</param>
/// <param name="Convention">ru-gost, en-chicago, az or ka.</param>
/// <param name="Split">dev (may be looked at, tuned and trained on) or test (never).</param>
/// <param name="Work">The published work the footnote comes from: its notes are read together, in order.</param>
/// <param name="Note">The footnote, verbatim.</param>
/// <param name="Expected">Per citation, the expected fields (name to value as written; several names joined by "; ").</param>
/// <param name="Citations">Per citation, its kind and each field's values as the line lists them (one per name).</param>
public sealed record EvaluationNote(string Id, string Convention, string Split, string Work, string Note,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Expected, IReadOnlyList<ExpectedCitation> Citations);

/// <summary>One citation of an evaluation note as its line writes it.</summary>
/// <param name="Kind">archival, book, chapter, article, newspaper, law, ibid, short or other (null when not given).</param>
/// <param name="Values">Each scored field's values, as written in the note.</param>
public sealed record ExpectedCitation(string? Kind, IReadOnlyDictionary<string, IReadOnlyList<string>> Values);

/// <summary>
/// Reads the evaluation set (tests/Bibliography.Tests/Evaluation/data) and decides the half of each note: the one place
/// both the scorer and the training console take the halves from, so training on the development half can never see a
/// note of the test half.
/// </summary>
public static partial class EvaluationData
{
    /// <summary>The fields scored, in the scorer's table order.</summary>
    public static readonly string[] Fields =
        ["archive", "fond", "opis", "delo", "locator", "authors", "editors", "compilers", "title", "container", "place", "publisher", "year", "volume", "issue"];

    /// <summary>The data folder relative to the repository's root.</summary>
    public static readonly string RelativeDirectory = Path.Combine("tests", "Bibliography.Tests", "Evaluation", "data");

    /// <summary>
    /// Every note of every data file in <paramref name="directory"/> (or of that one file), in file order. A note's work is its <c>work</c>, else
    /// the address in its <c>source</c>, else the source up to its note or page number. Its half is its <c>split</c>, else
    /// the works of each convention alternate, in order of first appearance, development first: so a work is never in
    /// both halves, and notes added at the end of a file leave the halves of earlier works as they were.
    /// </summary>
    /// <exception cref="InvalidDataException">A line is not a JSON object with an id, a convention and a note, or its
    /// <c>split</c> is not the half its work is already in.</exception>
    public static IReadOnlyList<EvaluationNote> Load(string directory, string? only = null)
    {
        var notes = new List<EvaluationNote>();
        var halves = new Dictionary<string, string>(StringComparer.Ordinal);
        var worksPerConvention = new Dictionary<string, int>(StringComparer.Ordinal);
        IEnumerable<string> files = File.Exists(directory) ? [directory] : Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                JObject o;
                try { o = JObject.Parse(line); }
                catch (Newtonsoft.Json.JsonReaderException e) { throw new InvalidDataException($"{file}:{lineNumber}: not a JSON object: {e.Message}", e); }
                // A set written outside the project (a reviewer's own) is read too: say which line lacks what.
                foreach (var key in (string[])["id", "convention", "note"])
                    if (o[key]?.Type != JTokenType.String)
                        throw new InvalidDataException($"{file}:{lineNumber}: the line has no \"{key}\" string");
                var citations = ((JArray?)o["citations"] ?? []).Cast<JObject>()
                    .Select(c => new ExpectedCitation((string?)c["kind"], c.Properties()
                        .Where(p => Fields.Contains(p.Name) && p.Value.Type != JTokenType.Null && !(p.Value is JArray { Count: 0 }))
                        .ToDictionary(p => p.Name, p => (IReadOnlyList<string>)(p.Value is JArray a ? a.Select(v => (string?)v ?? "").ToList() : [(string?)p.Value ?? ""]))))
                    .ToList();
                var expected = citations
                    .Select(c => (IReadOnlyDictionary<string, string>)c.Values.ToDictionary(v => v.Key, v => string.Join("; ", v.Value)))
                    .ToList();
                var convention = (string)o["convention"]!;
                var work = (string?)o["work"] ?? WorkOf((string?)o["source"] ?? "");
                if (!halves.TryGetValue(work, out var half))
                {
                    var n = worksPerConvention.GetValueOrDefault(convention);
                    worksPerConvention[convention] = n + 1;
                    halves[work] = half = (string?)o["split"] ?? (n % 2 == 0 ? "dev" : "test");
                }
                // A work is in one half: a line asking for the other one would be read in a half its author did not mean.
                if ((string?)o["split"] is { } asked && asked != half)
                    throw new InvalidDataException($"{file}:{lineNumber}: note {(string?)o["id"]} asks for the {asked} half, but its work ({work}) is in the {half} half");
                if (only is null || file == only) notes.Add(new EvaluationNote((string)o["id"]!, convention, half, work, (string)o["note"]!, expected, citations));
            }
        }
        return notes;
    }

    private static string WorkOf(string source)
    {
        if (Address().Match(source) is { Success: true } address) return address.Value.TrimEnd('.', ',', ';', ')');
        return NoteNumber().Replace(source, "").Trim();
    }

    [GeneratedRegex(@"(https?://|doi:\s*|10\.\d{4,}/)\S+")]
    private static partial Regex Address();

    // Non-backtracking: a long source with many commas and no note number must not cost a retry at each comma.
    [GeneratedRegex(@"[,;]\s*(notes?|n\.|fn\.|footnotes?|p\.|pp\.|page)\s*[\d–-]+.*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex NoteNumber();
}
