using System.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Bibliography.Parsing.Labelling;

/// <summary>One labelled footnote of the synthetic data: its text and its labelled spans.</summary>
/// <param name="Text">The footnote.</param>
/// <param name="Spans">The spans: UTF-16 offsets (end exclusive), label, 0-based citation index within the note.</param>
/// <param name="Style">The CSL style it was rendered with, if known.</param>
public sealed record LabelledNote(string Text, IReadOnlyList<(int Start, int End, string Label, int Citation)> Spans, string? Style = null)
{
    /// <summary>
    /// One line of the training data format, without a line break: <c>text</c>, then <paramref name="fields"/> in order
    /// (style, locale, source…), then <c>spans</c>; what <see cref="ReadLines"/> reads back.
    /// </summary>
    public static string Line(string text, IEnumerable<(int Start, int End, string Label, int Citation)> spans, params (string Name, string? Value)[] fields)
    {
        var o = new JObject { ["text"] = text };
        foreach (var (name, value) in fields) o[name] = value;
        o["spans"] = new JArray(spans.Select(s => new JObject { ["start"] = s.Start, ["end"] = s.End, ["label"] = s.Label, ["citation"] = s.Citation }));
        return o.ToString(Newtonsoft.Json.Formatting.None);
    }

    /// <summary>Reads the lines of a JSON Lines file in the synthetic data format; a malformed line is an error naming it.</summary>
    public static IEnumerable<LabelledNote> ReadLines(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            LabelledNote note;
            try
            {
                var o = JObject.Parse(line);
                var text = (string?)o["text"] ?? throw new InvalidDataException("no \"text\"");
                var spans = ((JArray?)o["spans"] ?? []).Select(s => ((int)s["start"]!, (int)s["end"]!, (string)s["label"]!, (int?)s["citation"] ?? 0)).ToList();
                foreach (var (start, end, label, _) in spans)
                    if (start < 0 || end > text.Length || end <= start || Tags.LabelId(label) < 0)
                        throw new InvalidDataException($"span {start}-{end} \"{label}\" is outside the text or of an unknown label");
                note = new LabelledNote(text, spans, (string?)o["style"]);
            }
            catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidDataException or InvalidCastException or ArgumentException)
            {
                throw new InvalidDataException($"{path}:{number}: {e.Message}", e);
            }
            yield return note;
        }
    }
}

/// <summary>What training did: the sizes and the accuracy on the training notes, for the manifest.</summary>
/// <param name="Sequences">Notes trained on.</param>
/// <param name="Epochs">Passes over them.</param>
/// <param name="Seed">The shuffling seed.</param>
/// <param name="Features">Features the model keeps.</param>
/// <param name="Weights">Non-zero weights it keeps.</param>
/// <param name="TokenAccuracy">Share of training tokens whose tag the final model predicts right.</param>
/// <param name="Seconds">Wall time of training.</param>
public sealed record TrainingReport(int Sequences, int Epochs, int Seed, int Features, int Weights, double TokenAccuracy, double Seconds);

/// <summary>
/// Trains a <see cref="LabellerModel"/>: an averaged structured perceptron over the notes, shuffled each epoch with a
/// seeded <see cref="Random"/>, single-threaded, so the same notes and seed give the same model byte for byte.
/// </summary>
public static class LabellerTrainer
{
    /// <summary>The most tokens of a note trained on or labelled (a longer note is skipped in training and left to the rules at run time).</summary>
    public const int MaxTokens = 400;

    /// <summary>The gold tag of each token of a note (O, B, I or N of the span covering the token's first character).</summary>
    public static int[] GoldTags(LabelledNote note, IReadOnlyList<Token> tokens)
    {
        var tags = new int[tokens.Count];
        var spans = note.Spans.OrderBy(s => s.Start).ToList();
        var firstOfCitation = spans.GroupBy(s => s.Citation).Where(g => g.Key > 0).Select(g => g.Min(s => s.Start)).ToHashSet();
        var k = 0;
        var previousSpan = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            while (k < spans.Count && spans[k].End <= t.Start) k++;
            if (k < spans.Count && spans[k].Start <= t.Start && t.Start < spans[k].End)
            {
                var label = Tags.LabelId(spans[k].Label);
                tags[i] = previousSpan == k ? Tags.Inside(label) : firstOfCitation.Contains(spans[k].Start) ? Tags.NewCitation(label) : Tags.Begin(label);
                previousSpan = k;
            }
            else
            {
                tags[i] = Tags.Outside;
                previousSpan = -1;
            }
        }
        return tags;
    }

    /// <summary>Trains on <paramref name="notes"/> for <paramref name="epochs"/> passes; features seen fewer than <paramref name="minCount"/> times are dropped, and at most <paramref name="maxFeatures"/> kept (the most frequent).</summary>
    public static (LabellerModel Model, TrainingReport Report) Train(IReadOnlyList<LabelledNote> notes, int epochs = 6, int seed = 18,
        int minCount = 2, int maxFeatures = 250_000, float floor = 0.01f, Action<string>? log = null)
    {
        var clock = Stopwatch.StartNew();
        var T = Tags.Count;
        var features = new Features();
        // Pass 1: which features there are, counted, so rare ones take no row.
        var counts = new Dictionary<ulong, int>();
        var usable = new List<int>();
        for (var n = 0; n < notes.Count; n++)
        {
            if (!features.Extract(notes[n].Text, 0, notes[n].Text.Length, MaxTokens) || features.Tokens.Count == 0) continue;
            usable.Add(n);
            for (var i = 0; i < features.Tokens.Count; i++)
                foreach (var key in features.Of(i))
                    counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var kept = counts.Where(c => c.Value >= minCount).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(maxFeatures).Select(c => c.Key).ToList();
        var rows = new Dictionary<ulong, int>(kept.Count);
        foreach (var key in kept) rows[key] = rows.Count;
        log?.Invoke($"{usable.Count} notes, {counts.Count} features seen, {rows.Count} kept");
        counts = null;

        var w = new float[rows.Count * T];
        var u = new float[rows.Count * T]; // Σ c·Δ, for the average w − u/c
        var tw = new float[(T + 1) * T];
        var tu = new float[(T + 1) * T];
        var c = 1f;
        var random = new Random(seed);
        var order = usable.ToArray();
        var predicted = new int[MaxTokens];
        var masked = new float[(T + 1) * T];
        var rowIds = new List<int>();
        var rowStarts = new List<int>();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            int right = 0, total = 0;
            foreach (var n in order)
            {
                var note = notes[n];
                features.Extract(note.Text, 0, note.Text.Length, MaxTokens);
                var tokens = features.Tokens;
                var gold = GoldTags(note, tokens);
                rowIds.Clear();
                rowStarts.Clear();
                for (var i = 0; i < tokens.Count; i++)
                {
                    rowStarts.Add(rowIds.Count);
                    foreach (var key in features.Of(i))
                        if (rows.TryGetValue(key, out var r)) rowIds.Add(r);
                }
                rowStarts.Add(rowIds.Count);
                LabellerModel.Viterbi(tokens.Count, T, (i, s) =>
                {
                    for (var k = rowStarts[i]; k < rowStarts[i + 1]; k++)
                    {
                        var row = w.AsSpan(rowIds[k] * T, T);
                        for (var t = 0; t < T; t++) s[t] += row[t];
                    }
                }, LabellerModel.Masked(tw, T, masked), predicted);
                for (var i = 0; i < tokens.Count; i++)
                {
                    total++;
                    var g = gold[i];
                    var p = predicted[i];
                    if (g == p) right++;
                    else
                    {
                        for (var k = rowStarts[i]; k < rowStarts[i + 1]; k++)
                        {
                            var at = rowIds[k] * T;
                            w[at + g] += 1; u[at + g] += c;
                            w[at + p] -= 1; u[at + p] -= c;
                        }
                    }
                    var gp = i == 0 ? T : gold[i - 1];
                    var pp = i == 0 ? T : predicted[i - 1];
                    if (gp != pp || g != p)
                    {
                        tw[gp * T + g] += 1; tu[gp * T + g] += c;
                        tw[pp * T + p] -= 1; tu[pp * T + p] -= c;
                    }
                }
                c++;
            }
            log?.Invoke($"epoch {epoch + 1}/{epochs}: {(double)right / Math.Max(1, total):P2} of tokens right while training ({clock.Elapsed.TotalSeconds:0} s)");
        }
        for (var k = 0; k < w.Length; k++) w[k] -= u[k] / c;
        for (var k = 0; k < tw.Length; k++) tw[k] -= tu[k] / c;
        var model = LabellerModel.FromDense(T, rows.Select(r => (r.Key, w.AsSpan(r.Value * T, T).ToArray())), tw, floor);
        // The averaged model's accuracy on the notes it was trained on, as the manifest reports it.
        int okTokens = 0, allTokens = 0;
        foreach (var n in usable)
        {
            var note = notes[n];
            features.Extract(note.Text, 0, note.Text.Length, MaxTokens);
            var gold = GoldTags(note, features.Tokens);
            model.Decode(features, predicted);
            for (var i = 0; i < gold.Length; i++) { allTokens++; if (gold[i] == predicted[i]) okTokens++; }
        }
        var report = new TrainingReport(usable.Count, epochs, seed, model.FeatureCount, model.WeightCount,
            (double)okTokens / Math.Max(1, allTokens), Math.Round(clock.Elapsed.TotalSeconds, 1));
        log?.Invoke($"averaged model: {report.TokenAccuracy:P2} of training tokens right, {report.Features} features, {report.Weights} weights");
        return (model, report);
    }
}

/// <summary>Writes a trained model and the manifest that documents it, side by side.</summary>
public static class LabellerFiles
{
    /// <summary>The model file's name (embedded into the library as <see cref="Labeller.ResourceName"/>).</summary>
    public const string ModelFile = "labeller.model";

    /// <summary>The manifest's name.</summary>
    public const string ManifestFile = "labeller.manifest.json";

    /// <summary>
    /// Writes <see cref="ModelFile"/> and <see cref="ManifestFile"/> into <paramref name="directory"/> (each to a temporary
    /// file renamed over the old one); <paramref name="data"/> describes the training data (generator, its commit, file).
    /// </summary>
    public static long Write(string directory, LabellerModel model, TrainingReport report, IReadOnlyList<LabelledNote> notes, IReadOnlyDictionary<string, string?> data)
    {
        Directory.CreateDirectory(directory);
        var modelPath = Path.Combine(directory, ModelFile);
        var temporary = modelPath + ".tmp";
        using (var stream = File.Create(temporary)) model.Write(stream);
        File.Move(temporary, modelPath, overwrite: true);
        var size = new FileInfo(modelPath).Length;
        var manifest = new JObject
        {
            ["model"] = ModelFile,
            ["format"] = "BIBLAB1: gzip; tags, transitions (float32), features sorted by 64-bit key with (tag, float16 weight) pairs",
            ["algorithm"] = "averaged structured perceptron, first-order Viterbi, BIO tags plus N (begins a new citation)",
            ["labels"] = new JArray(Tags.Labels),
            ["lexicon"] = Lexicon.Fingerprint,
            ["data"] = JObject.FromObject(data),
            ["styles"] = notes.Select(n => n.Style).Where(s => s is not null).Distinct().Count(),
            ["sequences"] = report.Sequences,
            ["epochs"] = report.Epochs,
            ["seed"] = report.Seed,
            ["features"] = report.Features,
            ["weights"] = report.Weights,
            ["sizeBytes"] = size,
            ["trainingTokenAccuracy"] = Math.Round(report.TokenAccuracy, 4),
            ["trainingSeconds"] = report.Seconds,
        };
        var manifestPath = Path.Combine(directory, ManifestFile);
        File.WriteAllText(manifestPath + ".tmp", manifest.ToString() + "\n");
        File.Move(manifestPath + ".tmp", manifestPath, overwrite: true);
        return size;
    }
}
