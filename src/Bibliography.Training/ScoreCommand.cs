using System.Globalization;
using Bibliography.Parsing;
using Bibliography.Training.Real;

namespace Bibliography.Training;

/// <summary>
/// The <c>score</c> command: the parser scored on evaluation notes per field and per convention, as the test project
/// scores the repository's set, so that a set kept outside the project (issue #18's review set) is scored the same way.
/// </summary>
public static class ScoreCommand
{
    private static readonly (string Name, ParserMode Mode)[] Modes =
        [("rules", ParserMode.Rules), ("model", ParserMode.Model), ("hybrid", ParserMode.Hybrid)];

    /// <summary>Scores the notes in <paramref name="data"/> and prints a summary line and a table per set and mode; 0 when done, 2 on bad input.</summary>
    /// <param name="data">A data file or folder. The repository's set is scored as its two halves, another set as one.</param>
    /// <param name="mode">rules, model, hybrid or all.</param>
    /// <param name="misses">Also print every field missed, note by note; never for the repository's test half.</param>
    /// <param name="output">Where the scores go.</param>
    /// <param name="error">Where an error goes.</param>
    public static int Run(string data, string mode, bool misses, TextWriter output, TextWriter error)
    {
        var modes = mode == "all" ? Modes : Modes.Where(m => m.Name == mode).ToArray();
        if (modes.Length == 0)
        {
            error.WriteLine($"score: unknown mode '{mode}' (rules, model, hybrid or all)");
            return 2;
        }
        if (!File.Exists(data) && !Directory.Exists(data))
        {
            error.WriteLine($"score: {data}: no such file or folder");
            return 2;
        }
        // The repository's set, or a file of it: its halves are decided over the whole folder, as the recorded scores are.
        var full = Path.GetFullPath(data).TrimEnd(Path.DirectorySeparatorChar);
        var inRepository = full.EndsWith(EvaluationData.RelativeDirectory, StringComparison.Ordinal)
            || File.Exists(full) && Path.GetDirectoryName(full)!.EndsWith(EvaluationData.RelativeDirectory, StringComparison.Ordinal);
        IReadOnlyList<EvaluationNote> notes;
        try
        {
            var oneFile = inRepository && File.Exists(full);
            // The folder is read once: its halves decided over all of it, the notes kept those of the one file (a file
            // the folder's *.jsonl leaves out is read alone, as before, and says what is wrong with it).
            notes = oneFile && !full.EndsWith(".jsonl", StringComparison.Ordinal) ? EvaluationData.Load(full)
                : EvaluationData.Load(oneFile ? Path.GetDirectoryName(full)! : data, oneFile ? full : null);
        }
        catch (InvalidDataException e)
        {
            error.WriteLine($"score: {e.Message}");
            return 2;
        }
        // The repository's halves stay apart, as recorded; any other set is one set, all of it scored.
        (string Name, IReadOnlyList<EvaluationNote> Notes)[] sets = inRepository
            ? [("dev half", notes.Where(n => n.Split == "dev").ToList()), ("test half", notes.Where(n => n.Split == "test").ToList())]
            : [("all notes", notes)];
        foreach (var (name, set) in sets)
        {
            foreach (var (modeName, parserMode) in modes)
            {
                var score = Scorer.Run(set, parserMode);
                // The same digits on any machine: the per cent sign's spacing is the culture's.
                var (fields, citations) = (score.FieldAccuracy.ToString("P1", CultureInfo.InvariantCulture), score.CitationAccuracy.ToString("P1", CultureInfo.InvariantCulture));
                output.WriteLine($"{name}, {modeName}: {score.Citations} citations, {fields} of fields, {citations} of citations fully right");
                output.WriteLine(score.Table());
                // Tuning on the test half's notes would make its score meaningless: they are never printed.
                if (!misses || (inRepository && name == "test half")) continue;
                foreach (var note in score.Misses.GroupBy(m => m.Note))
                {
                    output.WriteLine($"{note.Key.Id} [{note.Key.Convention}] {note.Key.Note}");
                    foreach (var m in note) output.WriteLine($"    {m.Field}: expected «{m.Expected}», got «{m.Actual}»");
                }
            }
        }
        return 0;
    }
}
