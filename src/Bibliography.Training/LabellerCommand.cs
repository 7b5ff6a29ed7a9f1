using System.Diagnostics;
using Bibliography.Parsing.Labelling;
using Bibliography.Training.Synthesis;
using Bibliography.Training.Real;

namespace Bibliography.Training;

/// <summary>
/// <c>train</c>: trains the footnote labeller on synthetic notes and writes the model and its manifest into the library
/// (src/Bibliography/Parsing/Labelling), from where the build embeds it.
/// </summary>
internal static class LabellerCommand
{
    /// <summary>The folder the model is written to by default: the library's, from where the build embeds it.</summary>
    public static readonly string DefaultOutput = Path.Combine("src", "Bibliography", "Parsing", "Labelling");

    /// <summary>The share of notes <see cref="Augmenter"/> adds by default.</summary>
    /// <remarks>None: see <see cref="Augmenter"/> for what was measured.</remarks>
    public const double DefaultAugment = 0;

    /// <summary>
    /// Trains on <paramref name="data"/> (synthetic notes, JSON Lines) and, unless <paramref name="real"/> is null, on the
    /// development half of the evaluation set in that folder, aligned, each note <paramref name="realWeight"/> times; writes
    /// the model and its manifest into <paramref name="output"/>; returns the exit code.
    /// </summary>
    /// <remarks><paramref name="augment"/> × the synthetic notes are added by <see cref="Augmenter"/> (seeded with <paramref name="seed"/>) before training.</remarks>
    public static int Run(string data, string output, int epochs, int seed, int maxNotes, double augment = DefaultAugment, string? mix = null,
        string? real = null, int realWeight = RealTraining.DefaultWeight)
    {
        var rendered = LabelledNote.ReadLines(data).Take(maxNotes).ToList();
        var synthetic = Augmenter.Augment(rendered, augment, seed, mix);
        var described = new Dictionary<string, string?>
        {
            ["file"] = Path.GetFileName(data),
            ["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(data))),
            ["generator"] = GeneratorOf(data),
        };
        if (augment > 0)
            described["augmentation"] = $"{synthetic.Count - rendered.Count} notes added at training time by Synthesis/Augmenter.cs (--augment {augment.ToString(System.Globalization.CultureInfo.InvariantCulture)} --augment-mix {mix}, seed {seed})";
        var notes = synthetic;
        if (real is not null && realWeight > 0)
        {
            var alignment = RealTraining.Align(real);
            Console.Error.WriteLine($"real notes: {alignment.Aligned.Count} development-half notes aligned, {alignment.Skipped.Count} skipped, each trained on {realWeight} times");
            notes = RealTraining.Combine(synthetic, alignment, realWeight);
            described["realNotes"] = $"{alignment.Aligned.Count} development-half notes of the evaluation set ({EvaluationData.RelativeDirectory.Replace('\\', '/')}), "
                                     + $"aligned to their expected fields ({alignment.Skipped.Count} not aligned, left out), each trained on {realWeight} times; never the test half";
            described["realCitations"] = alignment.Aligned.Sum(a => a.Source.Citations.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
            described["realSha256"] = RealTraining.Hash(alignment);
        }
        var (model, report) = LabellerTrainer.Train(notes, epochs, seed, log: Console.Error.WriteLine);
        var size = LabellerFiles.Write(output, model, report, notes, described);
        Console.WriteLine($"wrote {Path.Combine(output, LabellerFiles.ModelFile)} ({size:N0} bytes) and its manifest: {report}");
        return 0;
    }

    /// <summary>Writes the development half's aligned notes to <paramref name="output"/> (the training format) and says how many aligned; with <paramref name="verbose"/>, why each other one did not.</summary>
    public static int Align(string real, string output, bool verbose)
    {
        var alignment = RealTraining.Align(real);
        File.WriteAllLines(output, RealTraining.Lines(alignment));
        var citations = alignment.Aligned.Sum(a => a.Source.Citations.Count);
        var all = citations + alignment.Skipped.Sum(s => s.Source.Citations.Count);
        Console.WriteLine($"{alignment.Aligned.Count} of {alignment.Aligned.Count + alignment.Skipped.Count} development-half notes aligned fully ({citations} of {all} citations), {alignment.Skipped.Count} skipped; sha256 {RealTraining.Hash(alignment)}");
        if (verbose)
            foreach (var (note, reason) in alignment.Skipped) Console.WriteLine($"  {note.Id}: {reason}");
        return 0;
    }

    // The generator's version as its data folder states it: in STATUS.md, the "Commit …" line of the section that names
    // the data file (else the folder's manifest.json), or unknown.
    private static string GeneratorOf(string data)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(data))!;
        var status = Path.Combine(folder, "STATUS.md");
        if (File.Exists(status))
        {
            var lines = File.ReadAllLines(status);
            var heading = Array.FindIndex(lines, l => l.StartsWith('#') && l.Contains(Path.GetFileName(data), StringComparison.Ordinal));
            for (var i = heading + 1; heading >= 0 && i < lines.Length && !lines[i].StartsWith('#'); i++)
                if (lines[i].Contains("Commit ", StringComparison.Ordinal)) return "synth " + lines[i].Trim().TrimEnd(':', ',');
        }
        var manifest = Path.Combine(folder, "manifest.json");
        return File.Exists(manifest) ? File.ReadAllText(manifest).Trim() : "unknown";
    }
}
