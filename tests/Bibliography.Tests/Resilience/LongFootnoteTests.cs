using System.Diagnostics;
using System.Text;
using Bibliography.Parsing;
using Bibliography.Tests.Support;
using Bibliography.Validation;
using Bibliography.Validation.Rules;
using ValidationText = Bibliography.Validation.Text;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Bibliography.Tests.Resilience;

/// <summary>
/// Issue #17, item 8: one long crafted footnote (a short piece repeated to 1.28 MB) is parsed, extracted and validated
/// in time linear in its length, within 10 ms of CPU per KB, in bounded memory, and nothing of it is lost.
/// </summary>
/// <remarks>
/// Each shape once cost the square of its length somewhere (a title cut anew at each of its sentences, a role word
/// compared with every one found before it, a diagnostic's line looked up from the footnote's first line) or made a
/// citation and a diagnostic per separator. Times are the process's CPU time (the tests of this class run alone, so
/// it is the work's, on whatever thread an async command finishes), the least of a few runs; a 4× longer footnote may
/// take up to 6× the CPU time plus a fixed slack, where a quadratic costs 16×. Other processes on a busy machine
/// stretch the wall clock, not the CPU time, so neither bound depends on the load.
/// </remarks>
[Collection(LongFootnoteCollection.Name)]
public sealed class LongFootnoteTests(ITestOutputHelper output)
{
    /// <summary>The length of the long footnote (1.28 MB of ASCII; more in UTF-8 where the piece is Cyrillic).</summary>
    private const int Long = 1_310_720;

    /// <summary>How much longer the long footnote is than the short one the linearity check compares it with.</summary>
    private const int Factor = 4;

    /// <summary>The most a <see cref="Factor"/>× longer footnote may cost, as a multiple of the shorter one's time.</summary>
    private const double MaxGrowth = 6;

    /// <summary>Added to the allowed growth: collections and compilation that do not grow with the text.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The most bytes a parse, normalisation, validation and JSON document may allocate per character of the footnote
    /// (they hold a few copies of it, as UTF-16, and the document's indented JSON); a copy per sentence was thousands.
    /// </summary>
    private const long MaxAllocatedPerChar = 200;

    /// <summary>The crafted shapes: a piece, repeated, after an optional opening.</summary>
    public static TheoryData<string, string, string> Shapes => new()
    {
        { "full stops", "", "x. " },
        { "container titles", "", "// Tarix. " },
        { "volume, part, page", "", "т. 1, ч. 2, с. 3, " },
        { "commas", "", ", " },
        { "page keywords", "", "С. " },
        { "ibid", "", "Там же. " },
        { "open parentheses", "", "(" },
        { "digits", "", "1" },
        { "Cyrillic initials", "", "А. Б. " },
        { "GOST shelf marks", "", "Ф. 1. Оп. 2. Д. 3. Л. 4. " },
        { "Azerbaijani shelf marks", "", "fond 1, siyahı 2, iş 3, vərəq 4; " },
        { "one word", "", "a" },
        { "separators", "", "x;" },
        { "places before separators", "", "М.; " },
        { "role words", "Title. ", "red. " },
        { "authors", "", "Ivanov I.I., " },
        { "quoted titles", "", "«x» " },
        { "year marks", "Иванов И. Война ", "1812 г. Поход " },
        { "bracketed references", "", "[1, s. 2] " },
        { "bare collection marks", "Smith, Title, 4; ", "A-14; " },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_long_crafted_footnote_is_parsed_extracted_and_validated_in_linear_time(string name, string opening, string piece)
    {
        var text = Footnote(opening, piece, Long);
        var shorter = Footnote(opening, piece, Long / Factor);
        var allowance = TimeSpan.FromMilliseconds(PipelineChecker.PerKilobyte.TotalMilliseconds * Encoding.UTF8.GetByteCount(text) / 1024.0);
        var dir = Directory.CreateTempSubdirectory("long-footnote-");
        try
        {
            foreach (var command in new[] { "parse", "extract", "validate" })
            {
                var shortTime = Time(Command(command, shorter, dir.FullName), 3); // the first also warms the command up
                var longRun = Command(command, text, dir.FullName);
                var longTime = Time(longRun, 1);
                // A long run that met a collection of the heap is run again before it is called slow or nonlinear.
                if (longTime.Cpu > MaxGrowth * shortTime.Cpu + Slack || longTime.Cpu > allowance) longTime = Min(longTime, Time(longRun, 2));
                output.WriteLine($"{name}, {command}: {shortTime.Wall.TotalMilliseconds:0} ms ({shortTime.Cpu.TotalMilliseconds:0} ms CPU) at {shorter.Length / 1024} K chars, " +
                    $"{longTime.Wall.TotalMilliseconds:0} ms ({longTime.Cpu.TotalMilliseconds:0} ms CPU) at {text.Length / 1024} K (allowance {allowance.TotalMilliseconds:0} ms CPU)");
                longTime.Cpu.ShouldBeLessThan(allowance, $"{command} of a {name} footnote of {text.Length} chars");
                longTime.Cpu.ShouldBeLessThan(MaxGrowth * shortTime.Cpu + Slack, $"{command} of a {name} footnote {Factor}× longer took {longTime.Cpu / shortTime.Cpu:0.0}× the CPU time");
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_long_crafted_footnote_loses_nothing_and_allocates_in_proportion(string name, string opening, string piece)
    {
        var text = Footnote(opening, piece, Long);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var source = BibliographyPipeline.ParseFootnotes([text]);
        var report = new Validator().Validate(source);
        var json = Model.CslJson.Serialize(source.Document);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{name}: {allocated / text.Length} bytes allocated per char, {source.Footnotes[0].Citations.Count} citations, {report.Diagnostics.Count} diagnostics, {json.Length / 1024} K of JSON");
        allocated.ShouldBeLessThan(MaxAllocatedPerChar * text.Length, $"a {name} footnote allocated {allocated / text.Length} bytes per char");

        // Every character is in a citation, kept as written, or is a space or separator between two.
        source.Document.Footnotes.Single().Text.ShouldBe(text.Trim());
        text = source.Footnotes[0].Footnote.Text; // the spans' text
        var citations = source.Footnotes[0].Citations;
        citations.Count.ShouldBeLessThanOrEqualTo(CitationParser.MaxCitationsPerFootnote + 1);
        var at = 0;
        foreach (var c in citations)
        {
            c.Span.Offset.ShouldBeGreaterThanOrEqualTo(at, $"citations of a {name} footnote overlap or go backwards");
            text.AsSpan(at, c.Span.Offset - at).Trim().Trim(';').Trim().IsEmpty.ShouldBeTrue($"text before offset {c.Span.Offset} of a {name} footnote is in no citation");
            text.AsSpan(c.Span.Offset, c.Span.Length).Trim().ToString().ShouldBe(c.Text.Trim(), $"a citation of a {name} footnote is not the text it stands on");
            at = c.Span.End;
        }
        text.AsSpan(at).Trim().Trim(';').Trim().IsEmpty.ShouldBeTrue($"the end of a {name} footnote is in no citation");
    }

    [Fact]
    public void A_footnote_of_more_citations_than_the_limit_keeps_the_rest_as_written_and_says_so()
    {
        var text = Footnote("", "Məmmədov A. Kitab. Bakı, 2001; ", 40 * CitationParser.MaxCitationsPerFootnote);
        var (code, json, _) = CliRun.Run("parse", "--", text);
        code.ShouldBe(0, "the footnote is read whole: its rest is kept as written, with a warning, like any citation that is not read");
        var doc = JObject.Parse(json);
        var restStart = CitationParser.SplitCitations(text)[CitationParser.MaxCitationsPerFootnote].Start;
        while (char.IsWhiteSpace(text[restStart])) restStart++;
        var rest = text[restStart..].Trim();
        var limit = doc["diagnostics"]!.Single(d => ((string)d["message"]!).Contains($"more than {CitationParser.MaxCitationsPerFootnote} citations"));
        ((int)limit["footnote"]!).ShouldBe(1);
        ((string)limit["severity"]!).ShouldBe("warning");
        ((int)limit["column"]!).ShouldBe(restStart + 1);
        ((string)doc["footnotes"]![0]!["text"]!).ShouldBe(text.Trim());
        // The rest is cited too, as one 'document' item of its text, as any citation that is not read (issue #18).
        doc["citations"]![0]!["citationItems"]!.Count().ShouldBe(CitationParser.MaxCitationsPerFootnote + 1);

        var parsed = CitationParser.ParseFootnote(text);
        parsed.Count.ShouldBe(CitationParser.MaxCitationsPerFootnote + 1);
        parsed[^1].ShouldBeOfType<UnreadCitation>().Text.ShouldBe(rest);
    }

    [Fact]
    public void A_footnote_of_as_many_citations_as_the_limit_is_read_whole()
    {
        var text = Footnote("", "Məmmədov A. Kitab. Bakı, 2001; ", CitationParser.MaxCitationsPerFootnote * 31).TrimEnd(' ', ';');
        var parsed = CitationParser.ParseFootnote(text);
        parsed.Count.ShouldBe(CitationParser.MaxCitationsPerFootnote);
        parsed.ShouldAllBe(c => c is PublicationCitation);
    }

    [Fact]
    public void A_footnote_of_a_hundred_thousand_different_names_is_validated_in_linear_time_and_says_what_it_left_uncompared()
    {
        var text = Names(Long);
        var shorter = Names(Long / Factor);
        var allowance = TimeSpan.FromMilliseconds(PipelineChecker.PerKilobyte.TotalMilliseconds * Encoding.UTF8.GetByteCount(text) / 1024.0);
        var validator = new Validator();
        ValidationReport? report = null;
        var shortTime = Time(() => validator.Validate(BibliographyPipeline.ParseFootnotes([shorter])), 3);
        Action run = () => report = validator.Validate(BibliographyPipeline.ParseFootnotes([text]));
        var longTime = Time(run, 1);
        if (longTime.Cpu > MaxGrowth * shortTime.Cpu + Slack || longTime.Cpu > allowance) longTime = Min(longTime, Time(run, 2));
        output.WriteLine($"names: {shortTime.Cpu.TotalMilliseconds:0} ms CPU at {shorter.Length / 1024} K chars, {longTime.Cpu.TotalMilliseconds:0} ms CPU ({longTime.Wall.TotalMilliseconds:0} ms) at {text.Length / 1024} K");
        longTime.Cpu.ShouldBeLessThan(allowance);
        longTime.Cpu.ShouldBeLessThan(MaxGrowth * shortTime.Cpu + Slack);

        // The names compared before the limit are reported as usual; where the comparisons stopped is said once.
        var bib409 = report!.Diagnostics.Where(d => d.Code == "BIB409").ToList();
        bib409.Count(d => d.Severity == Model.DiagnosticSeverity.Warning).ShouldBeGreaterThan(0);
        var limit = bib409.Where(d => d.Severity == Model.DiagnosticSeverity.Info).ShouldHaveSingleItem();
        limit.Footnote.ShouldBe(1);
        limit.Message.ShouldContain($"more than {PersonSpelledTwoWaysRule.MaxComparisons} comparisons");
    }

    [Fact]
    public void The_banded_edit_distance_agrees_with_the_full_one()
    {
        var random = new Random(17);
        for (var n = 0; n < 20_000; n++)
        {
            var a = Word(random);
            var b = random.Next(3) == 0 ? Word(random) : Mutate(a, random);
            var distance = ValidationText.Distance(a, b);
            for (var limit = 0; limit <= 3; limit++)
                ValidationText.WithinDistance(a, b, limit).ShouldBe(distance <= limit, $"'{a}' / '{b}' (distance {distance}), limit {limit}");
        }
        var longWord = new string('a', 300_000);
        ValidationText.SimilarLowerCase(longWord + "x", longWord + "y").ShouldBeTrue(); // a band, not 9·10¹⁰ cells
        ValidationText.SimilarLowerCase(longWord + "xyz", "b" + longWord + "y").ShouldBeFalse();

        static string Word(Random r) => new(Enumerable.Range(0, r.Next(0, 12)).Select(_ => "abcd"[r.Next(4)]).ToArray());
        static string Mutate(string s, Random r)
        {
            var sb = new StringBuilder(s);
            for (var k = r.Next(0, 4); k > 0; k--)
            {
                var at = r.Next(sb.Length + 1);
                switch (r.Next(3))
                {
                    case 0: sb.Insert(at, "abcd"[r.Next(4)]); break;
                    case 1 when at < sb.Length: sb.Remove(at, 1); break;
                    case 2 when at < sb.Length: sb[at] = "abcd"[r.Next(4)]; break;
                }
            }
            return sb.ToString();
        }
    }

    // A footnote of different family names with the same initials, one or two letters apart, then a title and imprint.
    private static string Names(int length)
    {
        var sb = new StringBuilder(length + 64);
        for (var n = 0; sb.Length < length; n++)
        {
            sb.Append("Iva");
            for (var (k, digits) = (n, 0); digits < 4; k /= 26, digits++) sb.Append((char)('a' + k % 26));
            sb.Append(" A.A., ");
        }
        return sb.Append("Kitab. Bakı, 2001.").ToString();
    }

    // The footnote: the opening, then the piece repeated to the length, cut there (a crafted footnote ends anywhere).
    /// <summary>The opening followed by the piece repeated, cut to <paramref name="length"/> characters.</summary>
    internal static string Footnote(string opening, string piece, int length)
    {
        var sb = new StringBuilder(opening, length + piece.Length);
        while (sb.Length < length) sb.Append(piece);
        return sb.ToString(0, length);
    }

    // One run of the command as the tool runs it: parse takes the footnote as an argument, extract and validate a
    // footnote list holding it between two ordinary footnotes.
    private static Action Command(string command, string text, string dir)
    {
        if (command == "parse") return () => CliRun.Run("parse", "--", text).Code.ShouldBeOneOf(0, 1);
        var path = Path.Combine(dir, $"{command}-{text.Length}.txt");
        File.WriteAllText(path, "1 Məmmədov A. Kitab. Bakı, 2001, s. 5.\n2 " + text.ReplaceLineEndings(" ") + "\n3 Yenə orada, s. 6.\n");
        return command == "extract"
            ? () => CliRun.Run("extract", path).Code.ShouldBeOneOf(0, 1)
            : () => CliRun.Run("validate", path, "--format", "json").Code.ShouldBeOneOf(0, 1, 2);
    }

    // The least wall-clock and the least CPU time of the process over a few runs: the CPU time is what the bounds are
    // judged on. The process's, not the calling thread's: an async command may finish on a pool thread (validate, when
    // its awaits hop), and the calling thread's clock once read 0 ms for such a run. The class runs alone (its
    // collection is not parallel), so no other test's work is counted.
    private static (TimeSpan Wall, TimeSpan Cpu) Time(Action run, int runs)
    {
        var best = (Wall: TimeSpan.MaxValue, Cpu: TimeSpan.MaxValue);
        for (var i = 0; i < runs; i++)
        {
            var cpu = ProcessCpu();
            var watch = Stopwatch.StartNew();
            run();
            var wall = watch.Elapsed;
            best = Min(best, (wall, ProcessCpu() - cpu));
        }
        return best;
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static (TimeSpan Wall, TimeSpan Cpu) Min((TimeSpan Wall, TimeSpan Cpu) a, (TimeSpan Wall, TimeSpan Cpu) b) => (Min(a.Wall, b.Wall), Min(a.Cpu, b.Cpu));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}

/// <summary>
/// The long-footnote tests run alone: they time the process's CPU, which another test running beside them would add to.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LongFootnoteCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "long footnotes, timed alone";
}
