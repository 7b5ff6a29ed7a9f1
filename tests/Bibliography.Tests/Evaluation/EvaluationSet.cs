using Bibliography.Model;
using Bibliography.Parsing;
using Bibliography.Training.Real;

namespace Bibliography.Tests.Evaluation;

/// <summary>
/// Scores the parser against real footnotes collected from published works (tests/Bibliography.Tests/Evaluation/data,
/// see its README): per field and per convention, on the development and test halves.
/// </summary>
public static class EvaluationSet
{
    /// <summary>The fields scored, in the table's order.</summary>
    public static readonly string[] Fields = EvaluationData.Fields;

    /// <summary>The folder holding the data files.</summary>
    public static string DataDirectory => Path.Combine(Support.TestPaths.RepoRoot, EvaluationData.RelativeDirectory);

    /// <summary>Every note of every data file, with its half (<see cref="EvaluationData.Load"/>, which the training console shares).</summary>
    public static IReadOnlyList<EvaluationNote> Load() => EvaluationData.Load(DataDirectory);

    /// <summary>Runs the parser over each work's notes in order and scores every expected field (<see cref="Scorer.Run"/>).</summary>
    public static Score Run(IEnumerable<EvaluationNote> notes, ParserMode mode = ParserMode.Hybrid, Score? into = null) => Scorer.Run(notes, mode, into);

    /// <summary>What the parser made of one citation, as the scored fields (<see cref="Scorer.FieldsOf"/>).</summary>
    internal static Dictionary<string, string[]> FieldsOf(CslItem? item, CslCitationItem citation) => Scorer.FieldsOf(item, citation);

    /// <summary>Whether a parsed value is the expected one (<see cref="Scorer.Matches"/>).</summary>
    public static bool Matches(string field, string expected, string[]? actual) => Scorer.Matches(field, expected, actual);
}
