using System.Text;
using Bibliography.Sources;

namespace Bibliography.Tests.Sources;

public class RobustnessTests
{
    private static readonly string[] Tokens =
    [
        "1", "2", "3", "12", " 4", "1 ", "2 ", "3 ", "1. ", "[1] ", "[", "]", ",", ";", "-", "–", " ", "  ", "\n", "\n\n", "\r\n", "\r",
        new string(' ', 30), "Ədəbiyyat", "Литература", "References", "ЛОЗУНГ ПРОТИВ РЕСПУБЛИКИ", "s.5", "c.37", "word", "söz-", "arxa",
        "[12, s.185-186]", "[3; 5, s.7]", "[3-5]", "[9-1]", "[sic]", "\uFEFF", "\u00AD", "\t", "İ", "ı",
        // Whole structures, so lists and footnote blocks occur often enough to be checked.
        "\nReferences\n1. ", "\nƏDƏBİYYAT:\n\n1 ", "\n2. ", "\n" + new string(' ', 25) + "\n1 ", "\n2 ", "\n3 ",
    ];

    [Fact]
    public void Random_token_soup_never_throws_and_keeps_the_invariants()
    {
        var random = new Random(20240521);
        int withFootnotes = 0, withEntries = 0, withReferences = 0;
        for (var round = 0; round < 2000; round++)
        {
            var sb = new StringBuilder();
            var count = random.Next(0, 80);
            for (var t = 0; t < count; t++) sb.Append(Tokens[random.Next(Tokens.Length)]);
            var text = sb.ToString();

            var doc = PaperReader.Read(text);

            var lines = SourceText.Normalise(text).Split('\n');
            doc.References.Select(r => r.Index).ShouldBe(Enumerable.Range(1, doc.References.Count), text);
            foreach (var r in doc.References)
                lines[r.Line - 1][r.Column - 1].ShouldBe('[', text);
            foreach (var notes in new[] { doc.Footnotes, doc.ReferenceEntries })
            {
                notes.Select(f => f.Number).ShouldBe(notes.Select((_, i) => notes.Count == 0 ? 0 : notes[0].Number + i), text);
                foreach (var note in notes)
                {
                    for (var offset = 0; offset < note.Text.Length; offset++)
                    {
                        var p = note.PositionOf(offset);
                        var line = lines[p.Line - 1];
                        // Joining spaces stand past a trimmed line end; every other character is where the map says.
                        if (p.Column - 1 < line.Length && note.Text[offset] != ' ')
                            line[p.Column - 1].ShouldBe(note.Text[offset], $"{text} | note {note.Number} offset {offset}");
                    }
                }
            }
            doc.HasReferenceList.ShouldBe(doc.ReferenceEntries.Count > 0);
            withFootnotes += doc.Footnotes.Count > 0 ? 1 : 0;
            withEntries += doc.ReferenceEntries.Count > 0 ? 1 : 0;
            withReferences += doc.References.Count > 0 ? 1 : 0;
        }
        // The soup must actually exercise each reader, or the invariants above prove nothing.
        withFootnotes.ShouldBeGreaterThan(20);
        withEntries.ShouldBeGreaterThan(20);
        withReferences.ShouldBeGreaterThan(20);
    }
}
