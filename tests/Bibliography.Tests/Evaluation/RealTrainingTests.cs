using System.Globalization;
using Bibliography.Parsing;
using Bibliography.Parsing.Labelling;
using Bibliography.Training.Real;
using Augmenter = Bibliography.Training.Synthesis.Augmenter;
using Xunit.Abstractions;

namespace Bibliography.Tests.Evaluation;

/// <summary>
/// Real notes as training data (issue #18): the aligner labels an evaluation note's expected fields where the note
/// writes them, and a cross-validation by work measures what training on them is worth without scoring a note the
/// model saw.
/// </summary>
public sealed class RealTrainingTests(ITestOutputHelper output)
{
    private static EvaluationNote Note(string text, params (string? Kind, (string Field, string[] Values)[] Fields)[] citations) =>
        new("x-1", "en-chicago", "dev", "A work", text,
            citations.Select(c => (IReadOnlyDictionary<string, string>)c.Fields.ToDictionary(f => f.Field, f => string.Join("; ", f.Values))).ToList(),
            citations.Select(c => new ExpectedCitation(c.Kind, c.Fields.ToDictionary(f => f.Field, f => (IReadOnlyList<string>)f.Values))).ToList());

    private static List<(string Label, string Text, int Citation)> Spans(LabelledNote note) =>
        note.Spans.Select(s => (s.Label, note.Text[s.Start..s.End], s.Citation)).ToList();

    [Fact]
    public void A_book_is_labelled_with_its_whole_name_and_the_keywords_stay_outside()
    {
        var note = Note("See A. B. Petrenko, Istoriia Dona (Rostov: Kniga, 1979), 212–14.",
            ("book", [("authors", ["Petrenko"]), ("title", ["Istoriia Dona"]), ("place", ["Rostov"]), ("publisher", ["Kniga"]), ("year", ["1979"]), ("locator", ["212-14"])]));
        var labelled = RealNoteAligner.Align(note, out var reason).ShouldNotBeNull(reason);
        Spans(labelled).ShouldBe([
            ("prose", "See", 0), ("author", "A. B. Petrenko", 0), ("title", "Istoriia Dona", 0), ("place", "Rostov", 0),
            ("publisher", "Kniga", 0), ("date", "1979", 0), ("locator", "212–14", 0)]);
    }

    [Fact]
    public void Quotes_case_and_dashes_are_forgiven_and_initials_after_the_name_join_it()
    {
        var note = Note("Сидоренко П. Р. «Очерки истории Кубани» // Кубанский сборник. 2003. Вып. 4. С. 15—19.",
            ("article", [("authors", ["Сидоренко"]), ("title", ["очерки истории кубани"]), ("container", ["«Кубанский сборник»"]), ("year", ["2003"]), ("issue", ["4"]), ("locator", ["15–19"])]));
        var labelled = RealNoteAligner.Align(note, out var reason).ShouldNotBeNull(reason);
        Spans(labelled).ShouldBe([
            ("author", "Сидоренко П. Р.", 0), ("title", "Очерки истории Кубани", 0), ("container", "Кубанский сборник", 0),
            ("date", "2003", 0), ("issue", "4", 0), ("locator", "15—19", 0)]);
    }

    [Fact]
    public void Several_citations_are_numbered_the_short_values_are_taken_nearest_their_own_and_an_ibid_phrase_is_labelled()
    {
        var note = Note("GAKK, f. 12, op. 3, d. 45, l. 3; Ibid., l. 12. Quoted in Harriet Molson, Empire (Leeds, 2003), 3.",
            ("archival", [("archive", ["GAKK"]), ("fond", ["12"]), ("opis", ["3"]), ("delo", ["45"]), ("locator", ["3"])]),
            ("ibid", [("locator", ["12"])]),
            ("book", [("authors", ["Molson"]), ("title", ["Empire"]), ("place", ["Leeds"]), ("year", ["2003"]), ("locator", ["3"])]));
        var labelled = RealNoteAligner.Align(note, out var reason).ShouldNotBeNull(reason);
        Spans(labelled).ShouldBe([
            ("archive", "GAKK", 0), ("fond", "12", 0), ("opis", "3", 0), ("delo", "45", 0), ("locator", "3", 0),
            ("ibid", "Ibid.", 1), ("locator", "12", 1),
            ("prose", "Quoted in", 2), ("author", "Harriet Molson", 2), ("title", "Empire", 2), ("place", "Leeds", 2), ("date", "2003", 2), ("locator", "3", 2)]);
        // The trainer's tags: the first token of a later citation begins it (N), the keywords between are outside.
        var tokens = new List<Token>();
        Tokenizer.Tokenize(labelled.Text, 0, labelled.Text.Length, tokens);
        var tags = LabellerTrainer.GoldTags(labelled, tokens);
        Tags.Name(tags[tokens.FindIndex(t => labelled.Text[t.Start..t.End] == "Ibid")]).ShouldBe("N-ibid");
        Tags.Name(tags[tokens.FindIndex(t => labelled.Text[t.Start..t.End] == "op")]).ShouldBe("O");
    }

    [Theory]
    [InlineData("See Petrenko, Istoriia, 12.", "Petrenko")]
    [InlineData("Cited in Lynne Petrenko, Istoriia, 12.", "Lynne Petrenko")]
    [InlineData("Olga Petrenko, Istoriia, 12.", "Olga Petrenko")]
    [InlineData("Istoriia, by Petrenko, 12.", "Petrenko")]
    public void Given_names_join_the_name_and_commentary_does_not(string text, string name)
    {
        var labelled = RealNoteAligner.Align(Note(text, ("short", [("authors", ["Petrenko"]), ("title", ["Istoriia"]), ("locator", ["12"])])), out var reason).ShouldNotBeNull(reason);
        Spans(labelled).ShouldContain(("author", name, 0));
    }

    [Fact]
    public void A_shelf_mark_continued_after_a_semicolon_keeps_its_keyword_outside()
    {
        var note = Note("ARKh, f. 4, op. 1; f. 9, op. 2.",
            ("archival", [("archive", ["ARKh"]), ("fond", ["4"]), ("opis", ["1"])]), ("archival", [("fond", ["9"]), ("opis", ["2"])]));
        var labelled = RealNoteAligner.Align(note, out var reason).ShouldNotBeNull(reason);
        labelled.Spans.ShouldNotContain(s => s.Label == "prose");
    }

    [Theory]
    [InlineData("Petrov, Title, 12.", "Ivanov", "authors «Ivanov» not found")]
    [InlineData("Petrov, Title, 12.", "Petrovich", "authors «Petrovich» not found")]
    public void A_note_with_a_field_not_written_in_it_is_skipped_with_the_reason(string text, string author, string reason)
    {
        RealNoteAligner.Align(Note(text, ("short", [("authors", [author]), ("title", ["Title"]), ("locator", ["12"])])), out var why).ShouldBeNull();
        why.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void A_test_half_note_is_refused()
    {
        var note = Note("Petrov, Title, 12.", ("short", [("authors", ["Petrov"])])) with { Split = "test" };
        Should.Throw<ArgumentException>(() => RealNoteAligner.Align([note]));
    }

    [Fact]
    public void The_development_half_aligns_and_nothing_of_the_test_half_is_read()
    {
        var alignment = RealTraining.Align(EvaluationSet.DataDirectory);
        var dev = EvaluationSet.Load().Where(n => n.Split == "dev").ToList();
        (alignment.Aligned.Count + alignment.Skipped.Count).ShouldBe(dev.Count);
        alignment.Aligned.ShouldAllBe(a => a.Source.Split == "dev");
        alignment.Aligned.Count.ShouldBeGreaterThan(dev.Count * 9 / 10, "most notes write their fields as the set's README asks");
        output.WriteLine($"{alignment.Aligned.Count} of {dev.Count} aligned; skipped: " + string.Join(", ", alignment.Skipped.Select(s => $"{s.Source.Id} ({s.Reason})")));
    }

    /// <summary>
    /// The labeller trained on the synthetic notes and the real development notes of the other works, scored on the
    /// held-out works (5 folds by work, or BIBLIOGRAPHY_CV_FOLDS; 8 epochs, or BIBLIOGRAPHY_CV_EPOCHS), alone and in the hybrid under each <see cref="LabellerPolicy"/>, for each weight in
    /// BIBLIOGRAPHY_CV_WEIGHTS (0: synthetic notes alone, as the model was before real notes). Minutes
    /// of training: it runs only when BIBLIOGRAPHY_CV_DATA names the synthetic training file. BIBLIOGRAPHY_CV_MISSES names
    /// a file (per weight, .wN.tsv appended) the held-out misses of the development half are written to, for error analysis.
    /// </summary>
    [Fact]
    public void Cross_validation_by_work_on_the_development_half()
    {
        var data = Environment.GetEnvironmentVariable("BIBLIOGRAPHY_CV_DATA");
        if (data is null) return;
        var weights = (Environment.GetEnvironmentVariable("BIBLIOGRAPHY_CV_WEIGHTS") ?? "5").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture));
        var folds = int.Parse(Environment.GetEnvironmentVariable("BIBLIOGRAPHY_CV_FOLDS") ?? "5", CultureInfo.InvariantCulture);
        var epochs = int.Parse(Environment.GetEnvironmentVariable("BIBLIOGRAPHY_CV_EPOCHS") ?? "8", CultureInfo.InvariantCulture);
        var synthetic = LabelledNote.ReadLines(data).ToList();
        // BIBLIOGRAPHY_CV_AUGMENT (a share) and BIBLIOGRAPHY_CV_AUGMENT_MIX: notes the Augmenter adds, as train --augment adds them.
        if (Environment.GetEnvironmentVariable("BIBLIOGRAPHY_CV_AUGMENT") is { } share)
            synthetic = Augmenter.Augment(synthetic, double.Parse(share, CultureInfo.InvariantCulture), 18, Environment.GetEnvironmentVariable("BIBLIOGRAPHY_CV_AUGMENT_MIX"));
        var dev = EvaluationSet.Load().Where(n => n.Split == "dev").ToList();
        var works = dev.Select(n => n.Work).Distinct().ToList();
        var policies = Enum.GetValues<LabellerPolicy>();
        foreach (var weight in weights)
        {
            var model = new Score();
            var hybrid = policies.ToDictionary(p => p, _ => new Score());
            for (var f = 0; f < folds; f++)
            {
                var heldOut = works.Where((_, i) => i % folds == f).ToHashSet();
                var real = RealTraining.Align(EvaluationSet.DataDirectory, heldOut);
                real.Aligned.ShouldNotContain(a => heldOut.Contains(a.Source.Work));
                var trained = FoldModel(synthetic, real, weight, epochs, folds, f);
                using (Labeller.Use(trained))
                {
                    var notes = dev.Where(n => heldOut.Contains(n.Work)).ToList();
                    if (Environment.GetEnvironmentVariable("BIBLIOGRAPHY_CV_MISSES") is { } spansPath)
                        File.AppendAllLines($"{spansPath}.w{weight}.spans.tsv", notes.Select(n => n.Id + "\t" + string.Join(" ", (Labeller.Label(n.Note, 0, n.Note.Length) ?? []).Select(x => $"[{x.Citation}:{x.Label} {n.Note[x.Start..x.End]}]"))));
                    Scorer.Run(notes, ParserMode.Model, model);
                    foreach (var policy in policies)
                    {
                        CitationParser.Policy = policy;
                        try { Scorer.Run(notes, ParserMode.Hybrid, hybrid[policy]); }
                        finally { CitationParser.Policy = LabellerPolicy.RicherReadings; }
                    }
                }
            }
            output.WriteLine($"weight {weight}: labeller alone {model.FieldAccuracy:P1} of fields ({model.CitationAccuracy:P1} of citations)");
            foreach (var (policy, score) in hybrid)
                output.WriteLine($"weight {weight}, hybrid asking {policy}: {score.FieldAccuracy:P1} of fields ({score.CitationAccuracy:P1} of citations)");
            output.WriteLine(hybrid[LabellerPolicy.UnreadOnly].Table());
            output.WriteLine("labeller alone:");
            output.WriteLine(model.Table());
            if (Environment.GetEnvironmentVariable("BIBLIOGRAPHY_CV_MISSES") is { } missesPath)
                File.WriteAllLines($"{missesPath}.w{weight}.tsv",
                    new[] { ("model", model) }.Concat(hybrid.Select(h => (h.Key.ToString(), h.Value)))
                        .SelectMany(m => m.Item2.Misses.Select(x => string.Join('\t', m.Item1, x.Note.Id, x.Note.Convention, x.Field, x.Expected, x.Actual, x.Note.Note.ReplaceLineEndings(" ")))));
        }
    }

    // A fold's model, trained, or read from BIBLIOGRAPHY_CV_CACHE when a run with the same data, weight, epochs, folds and
    // feature templates wrote it there: trying another policy of the hybrid then costs a scoring pass, not minutes of
    // training per fold. The key holds the lexicon fingerprint and the data's size and time, so a change that would
    // give another model trains a new one.
    private static LabellerModel FoldModel(List<LabelledNote> synthetic, Alignment real, int weight, int epochs, int folds, int fold)
    {
        var combined = RealTraining.Combine(synthetic, real, weight);
        if (Environment.GetEnvironmentVariable("BIBLIOGRAPHY_CV_CACHE") is not { } cache)
            return LabellerTrainer.Train(combined, epochs: epochs, seed: 18).Model;
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join("\n", combined.Select(n => n.Text + "\t" + string.Join(",", n.Spans))) + "|" + Lexicon.Fingerprint)))[..16];
        var path = Path.Combine(cache, $"fold{fold}of{folds}.w{weight}.e{epochs}.{hash}.model");
        if (File.Exists(path))
        {
            using var read = File.OpenRead(path);
            return LabellerModel.Read(read);
        }
        var model = LabellerTrainer.Train(combined, epochs: epochs, seed: 18).Model;
        Directory.CreateDirectory(cache);
        using (var write = File.Create(path + ".tmp")) model.Write(write);
        File.Move(path + ".tmp", path, overwrite: true);
        return model;
    }
}
