using System.Diagnostics;
using Bibliography.Training.Real;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Evaluation;

/// <summary>How the evaluation set's reader tells a note's work and half: the rule that keeps the test half unseen.</summary>
public sealed class EvaluationDataTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("evaluation-data-").FullName;

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Line(string id, string source, string? split = null)
    {
        var o = new JObject { ["id"] = id, ["convention"] = "ru-gost", ["source"] = source, ["note"] = "Там же. С. 5.", ["citations"] = new JArray() };
        if (split is not null) o["split"] = split;
        return o.ToString(Newtonsoft.Json.Formatting.None);
    }

    [Fact]
    public void The_notes_of_one_work_share_its_half_whatever_their_note_or_page_number()
    {
        File.WriteAllLines(Path.Combine(_directory, "a.jsonl"),
        [
            Line("a-1", "Ivanov, A Book, 1990, note 3"), Line("a-2", "Ivanov, A Book, 1990; p. 17"), Line("a-3", "Ivanov, A Book, 1990, fn. 4–5"),
            Line("b-1", "Petrov, Another Book, 2001, n. 1"), Line("c-1", "Sidorov, A Third, https://example.org/x, note 9"),
        ]);

        var notes = EvaluationData.Load(_directory);

        notes.Select(n => n.Work).ShouldBe(["Ivanov, A Book, 1990", "Ivanov, A Book, 1990", "Ivanov, A Book, 1990", "Petrov, Another Book, 2001", "https://example.org/x"]);
        notes.Select(n => n.Split).ShouldBe(["dev", "dev", "dev", "test", "dev"]);
    }

    [Fact]
    public void A_long_source_without_a_note_number_is_read_in_linear_time()
    {
        // Each ", p. 1" opens a match that runs to the line break and fails there: a backtracking reader retries the
        // whole rest of the line from every one of them.
        var source = string.Concat(Enumerable.Repeat(", p. 1", 60_000)) + "\nend";
        File.WriteAllLines(Path.Combine(_directory, "a.jsonl"), [Line("a-1", source)]);

        var clock = Stopwatch.StartNew();
        EvaluationData.Load(_directory).Single().Work.ShouldBe(source.Trim());
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_line_asking_for_a_half_its_work_is_not_in_is_refused_by_its_line()
    {
        File.WriteAllLines(Path.Combine(_directory, "a.jsonl"), [Line("a-1", "Ivanov, A Book, 1990, note 3"), "", Line("a-2", "Ivanov, A Book, 1990, note 4", split: "test")]);

        var error = Should.Throw<InvalidDataException>(() => EvaluationData.Load(_directory));

        error.Message.ShouldContain("a.jsonl:3: note a-2 asks for the test half");
        error.Message.ShouldContain("in the dev half");
    }
}
