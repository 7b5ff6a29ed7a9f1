using System.Security.Cryptography;
using System.Text;
using Bibliography.Parsing.Labelling;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.Training.Real;

/// <summary>
/// The real notes the labeller trains on beside the synthetic ones: the development half of the evaluation set, aligned
/// (<see cref="RealNoteAligner"/>), each repeated a number of times so a few hundred real notes weigh against tens of
/// thousands of synthetic ones. The test half is never read here: the halves come from <see cref="EvaluationData.Load"/>.
/// </summary>
public static class RealTraining
{
    /// <summary>How many times each real note is trained on by default (measured by cross-validation over the works, see the training README).</summary>
    public const int DefaultWeight = 3;

    /// <summary>The development-half notes of the evaluation set in <paramref name="directory"/>, aligned; the works in <paramref name="leaveOut"/> are left out (the held-out works of a cross-validation fold).</summary>
    public static Alignment Align(string directory, IReadOnlySet<string>? leaveOut = null) =>
        RealNoteAligner.Align(EvaluationData.Load(directory).Where(n => n.Split == "dev" && (leaveOut is null || !leaveOut.Contains(n.Work))));

    /// <summary>The synthetic notes, then each aligned real note <paramref name="weight"/> times (the trainer shuffles them with its seed).</summary>
    public static List<LabelledNote> Combine(IEnumerable<LabelledNote> synthetic, Alignment real, int weight)
    {
        var all = synthetic.ToList();
        for (var k = 0; k < weight; k++) all.AddRange(real.Aligned.Select(a => a.Labelled));
        return all;
    }

    /// <summary>One JSON line per aligned note, in the synthetic data's format (with the evaluation line's id as its source).</summary>
    public static IEnumerable<string> Lines(Alignment real) =>
        real.Aligned.Select(a => LabelledNote.Line(a.Labelled.Text, a.Labelled.Spans, ("source", "evaluation:" + a.Source.Id)));

    /// <summary>The SHA-256 of <see cref="Lines"/> (joined by newlines): what the manifest records of the real notes trained on.</summary>
    public static string Hash(Alignment real) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", Lines(real)) + "\n")));
}
