using Bibliography.Parsing.Labelling;
using Bibliography.Tests.Support;
using Bibliography.Training.Synthesis;
using Xunit.Abstractions;

namespace Bibliography.Tests.Training;

/// <summary>The notes made at training time around the rendered ones (prose, joined notes, hand-written shelf marks).</summary>
public sealed class AugmenterTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LabelledNote> Fixtures =
        LabelledNote.ReadLines(Path.Combine(TestPaths.RepoRoot, "tests", "Bibliography.Tests", "Labelling", "fixtures.jsonl")).ToList();

    private static readonly string AllKinds = string.Join(",", Augmenter.KindNames.Select(k => k + ":1"));

    [Fact]
    public void A_mix_naming_an_unknown_kind_or_a_bad_weight_is_refused()
    {
        Augmenter.ParseMix("joined:2, shelf:0.5").ShouldBe([("joined", 2.0), ("shelf", 0.5)]);
        Should.Throw<ArgumentException>(() => Augmenter.ParseMix("joined:1,prose:1")).Message.ShouldContain("prose:1");
        Should.Throw<ArgumentException>(() => Augmenter.ParseMix("shelf:-1"));
        Should.Throw<ArgumentException>(() => Augmenter.ParseMix("shelf"));
    }

    [Fact]
    public void The_same_seed_makes_the_same_notes_and_another_seed_others()
    {
        var first = Augmenter.Augment(Fixtures, 20, seed: 3);
        first.Count.ShouldBe(Fixtures.Count * 21);
        first.Take(Fixtures.Count).ShouldBe(Fixtures);
        Augmenter.Augment(Fixtures, 20, seed: 3).Select(n => n.Text).ShouldBe(first.Select(n => n.Text));
        Augmenter.Augment(Fixtures, 20, seed: 4).Select(n => n.Text).ShouldNotBe(first.Select(n => n.Text));
        Augmenter.Augment(Fixtures, 0, seed: 3).ShouldBe(Fixtures);
    }

    [Fact]
    public void Every_made_span_lies_in_its_note_is_trimmed_does_not_overlap_and_has_a_known_label()
    {
        var made = Augmenter.Augment(Fixtures, 60, seed: 11, AllKinds).Skip(Fixtures.Count).ToList();
        foreach (var note in made.Take(40)) output.WriteLine(note.Text + "  ⟶  " + string.Join(" | ", note.Spans.Select(s => $"{s.Label}{s.Citation}:{note.Text[s.Start..s.End]}")));
        foreach (var note in made)
        {
            var spans = note.Spans.OrderBy(s => s.Start).ToList();
            for (var i = 0; i < spans.Count; i++)
            {
                var (start, end, label, _) = spans[i];
                (start >= 0 && end <= note.Text.Length && end > start).ShouldBeTrue(note.Text);
                Tags.LabelId(label).ShouldBeGreaterThanOrEqualTo(0, note.Text);
                note.Text[start..end].ShouldBe(note.Text[start..end].Trim(), note.Text);
                if (i > 0) spans[i - 1].End.ShouldBeLessThanOrEqualTo(start, note.Text);
            }
            // Citations are numbered in order of their first span, from 0.
            spans.Select(s => s.Citation).Distinct().ShouldBe(Enumerable.Range(0, spans.Select(s => s.Citation).Distinct().Count()), note.Text);
        }
    }

    [Fact]
    public void The_classes_of_real_notes_the_rendered_ones_lack_are_all_made()
    {
        var made = Augmenter.Augment(Fixtures, 100, seed: 5, AllKinds).Skip(Fixtures.Count).ToList();
        // Prose before a citation, in each language of the data.
        foreach (var lead in new[] { "See ", "The classic study is ", "Цит. по: ", "См. об этом: ", "Bax: ", "იხ.: " })
            made.ShouldContain(n => n.Text.StartsWith(lead, StringComparison.Ordinal) && n.Spans.Any(s => s.Label == "prose" && s.Start == 0), lead);
        // Trailing commentary after a citation, as prose.
        made.ShouldContain(n => n.Spans.Count > 1 && n.Spans.MaxBy(s => s.End).Label == "prose" && n.Spans.MaxBy(s => s.End).End == n.Text.Length);
        // A level of five digits grouped by thousands (f.31 660).
        made.ShouldContain(n => n.Spans.Any(s => s.Label == "fond" && n.Text.Substring(s.Start, s.End - s.Start).Contains(' ')));
        // A compact shelf mark: fond/opis/delo joined by slashes.
        made.ShouldContain(n => n.Spans.Any(s => s.Label == "fond" && n.Text.Length > s.End && n.Text[s.End] == '/'));
        // Several citations joined by a semicolon.
        made.ShouldContain(n => n.Text.Contains("; ", StringComparison.Ordinal) && n.Spans.Any(s => s.Citation == 1));
        // Volume and page joined by a colon.
        made.ShouldContain(n => n.Spans.Any(s => s.Label == "volume" && n.Text.Length > s.End && n.Text[s.End] == ':'));
        // Interviews, and archives named in full.
        made.ShouldContain(n => n.Text.StartsWith("Interview with ", StringComparison.Ordinal) && n.Spans.Any(s => s.Label == "author"));
        made.ShouldContain(n => n.Spans.Any(s => s.Label == "archive" && n.Text.Substring(s.Start, s.End - s.Start).Contains("Archive", StringComparison.Ordinal)));
    }

    [Fact]
    public void English_notes_written_by_hand_take_every_form_of_the_class()
    {
        var made = Augmenter.Augment(Fixtures, 150, seed: 7, "english:1").Skip(Fixtures.Count).ToList();
        foreach (var note in made.Take(30)) output.WriteLine(note.Text + "  ⟶  " + string.Join(" | ", note.Spans.Select(s => $"{s.Label}{s.Citation}:{note.Text[s.Start..s.End]}")));
        // A book with its imprint in brackets (Place: Publisher, Year), and one with no imprint at all ("Name, Title, p. 220").
        made.ShouldContain(n => n.Spans.Any(s => s.Label == "place" && n.Text[s.Start - 1] == '(') && n.Spans.Any(s => s.Label == "publisher"));
        made.ShouldContain(n => n.Spans.Count == 3 && n.Spans[0].Label == "author" && n.Spans[1].Label == "title" && n.Text.Contains(", p. ", StringComparison.Ordinal));
        // An article in quotes with its journal and number, and a chapter in a collection with its editor.
        made.ShouldContain(n => n.Spans.Any(s => s.Label == "container") && n.Spans.Any(s => s.Label == "issue") && n.Spans.Any(s => s.Label == "title" && "“\"‘'".Contains(n.Text[s.Start - 1])));
        made.ShouldContain(n => n.Text.Contains(" in ", StringComparison.Ordinal) && n.Spans.Any(s => s.Label == "editor") && n.Spans.Any(s => s.Label == "container"));
        // A short form: a family name alone before its short title.
        made.ShouldContain(n => n.Spans.Count > 0 && n.Spans[0].Label == "author" && !n.Text.Substring(n.Spans[0].Start, n.Spans[0].End - n.Spans[0].Start).Contains(' ') && n.Spans[0].Start == 0);
        // Several citations, with the writer's prose between two of them.
        made.ShouldContain(n => n.Spans.Any(s => s.Citation == 2) && n.Spans.Any(s => s.Label == "prose" && s.Start > 0 && s.Citation > 0));
        // Never the words of a real work: every name comes from the generator's word lists.
        made.ShouldAllBe(n => n.Spans.Where(s => s.Label == "author").All(s => Vocabulary.For(Script.English).Families.Concat(Vocabulary.For(Script.Transliterated).Families).Any(f => n.Text.Substring(s.Start, s.End - s.Start).EndsWith(f, StringComparison.Ordinal))));
    }
}
