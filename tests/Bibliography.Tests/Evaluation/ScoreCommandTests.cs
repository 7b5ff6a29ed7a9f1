using Bibliography.Training;
using Bibliography.Training.Real;

namespace Bibliography.Tests.Evaluation;

/// <summary>
/// The training tool's <c>score</c> command: a set of real notes kept outside the project (issue #18's review set) is
/// scored as the evaluation set is, and a bad line is named, not thrown.
/// </summary>
public sealed class ScoreCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bib-score-").FullName;

    private const string Archival =
        """{"id": "x-1", "convention": "ru-gost", "source": "A reviewer's paper, note 1", "note": "РГАСПИ. Ф. 558. Оп. 11. Д. 1120. Л. 5 об.", "citations": [{"kind": "archival", "archive": "РГАСПИ", "fond": "558", "opis": "11", "delo": "1120", "locator": "5 об."}]}""";

    [Fact]
    public void An_outside_set_is_scored_as_one_set_per_field_and_convention()
    {
        var file = Write("mine.jsonl", Archival,
            Archival.Replace("x-1", "x-2").Replace("note 1", "note 2").Replace("\"fond\": \"558\"", "\"fond\": \"559\""));
        var (code, output, _) = Score(file, "hybrid", misses: true);
        code.ShouldBe(0);
        output.ShouldContain("all notes, hybrid: 2 citations, 90.0 % of fields, 50.0 % of citations fully right");
        output.ShouldContain("| fond | 50% (1/2) | 50% (1/2) |");
        output.ShouldContain("fond: expected «559», got «558»");
    }

    [Fact]
    public void The_evaluation_sets_test_half_is_scored_but_its_notes_are_never_printed()
    {
        var data = Path.Combine(_dir, EvaluationData.RelativeDirectory);
        Directory.CreateDirectory(data);
        // Two works of one convention: the first is the development half, the second the test half.
        File.WriteAllLines(Path.Combine(data, "set.jsonl"),
        [
            Archival.Replace("\"fond\": \"558\"", "\"fond\": \"1\""),
            Archival.Replace("x-1", "y-1").Replace("A reviewer's paper", "Another paper").Replace("\"fond\": \"558\"", "\"fond\": \"2\""),
        ]);
        var (code, output, _) = Score(data, "rules", misses: true);
        code.ShouldBe(0);
        output.ShouldContain("dev half, rules: 1 citations");
        output.ShouldContain("test half, rules: 1 citations, 80.0 % of fields");
        output.ShouldContain("x-1 [ru-gost]");
        output.ShouldNotContain("y-1");
        // One file of the set keeps the halves the whole set decides, and hides its test half's notes as well.
        var (_, fileOutput, _) = Score(Path.Combine(data, "set.jsonl"), "rules", misses: true);
        fileOutput.ShouldContain("test half, rules: 1 citations, 80.0 % of fields");
        fileOutput.ShouldNotContain("y-1");
    }

    [Fact]
    public void A_bad_line_is_named_by_file_and_line()
    {
        var file = Write("bad.jsonl", Archival, """{"id": "x-2", "note": "Ibid."}""");
        var (code, output, error) = Score(file, "hybrid", misses: false);
        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe($"score: {file}:2: the line has no \"convention\" string{Environment.NewLine}");
    }

    [Fact]
    public void An_unknown_mode_is_refused() => Score(Write("one.jsonl", Archival), "crf", misses: false).Code.ShouldBe(2);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static (int Code, string Output, string Error) Score(string data, string mode, bool misses)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ScoreCommand.Run(data, mode, misses, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
