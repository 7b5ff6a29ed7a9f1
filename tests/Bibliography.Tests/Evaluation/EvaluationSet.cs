using Bibliography.Training.Real;

namespace Bibliography.Tests.Evaluation;

/// <summary>
/// The evaluation set of real footnotes collected from published works (tests/Bibliography.Tests/Evaluation/data, see its
/// README) as the tests find it; <see cref="Scorer"/> scores it.
/// </summary>
public static class EvaluationSet
{
    /// <summary>The folder holding the data files.</summary>
    public static string DataDirectory => Path.Combine(Support.TestPaths.RepoRoot, EvaluationData.RelativeDirectory);

    /// <summary>Every note of every data file, with its half (<see cref="EvaluationData.Load"/>, which the training console shares).</summary>
    public static IReadOnlyList<EvaluationNote> Load() => EvaluationData.Load(DataDirectory);
}
