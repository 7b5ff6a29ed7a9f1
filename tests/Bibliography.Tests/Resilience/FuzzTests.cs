using System.Diagnostics;
using System.Text;
using Bibliography.Testing;
using Xunit.Abstractions;

namespace Bibliography.Tests.Resilience;

/// <summary>
/// Property and fuzz tests of reading, parsing, normalising and validating: realistic citations from
/// <see cref="CitationCorpus"/>, damaged by <see cref="Mutator"/>, given as footnote strings, footnote lists and
/// PDF-shaped papers. Fixed seed (BIBLIOGRAPHY_FUZZ_SEED overrides it to explore), bounded time.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>The seed every run uses unless BIBLIOGRAPHY_FUZZ_SEED says otherwise.</summary>
    public const int DefaultSeed = 20251121;

    /// <summary>How many footnotes the main fuzz test feeds through the pipeline.</summary>
    public const int FootnoteCount = 100_000;

    private const int PerDocument = 25;

    internal static int Seed => int.TryParse(Environment.GetEnvironmentVariable("BIBLIOGRAPHY_FUZZ_SEED"), out var s) ? s : DefaultSeed;

    private static readonly string[] Eols = ["\n", "\r\n", "\r"];

    [Fact]
    public void A_hundred_thousand_generated_and_mutated_footnotes_never_crash_hang_or_break_a_property()
    {
        var seed = Seed;
        var corpus = new CitationCorpus(seed);
        var mutator = new Mutator(seed + 1);
        var random = new Random(seed + 2);
        var checker = new PipelineChecker();
        var watch = Stopwatch.StartNew();
        var fed = 0;
        for (var doc = 0; fed < FootnoteCount; doc++)
        {
            var notes = new string[PerDocument];
            for (var i = 0; i < notes.Length; i++)
            {
                var clean = corpus.NextFootnote();
                notes[i] = random.Next(4) == 0 ? clean : mutator.Mutate(clean, corpus.NextFootnote());
            }
            fed += notes.Length;
            var label = $"seed {seed}, document {doc}";
            switch (doc % 3)
            {
                case 0:
                    checker.Check(label + " (footnote strings)", string.Concat(notes), () => BibliographyPipeline.ParseFootnotes(notes),
                        Enumerable.Range(1, notes.Length).ToList());
                    break;
                case 1:
                    var list = FootnoteList(notes, random);
                    checker.Check(label + " (footnote list)", list, () => BibliographyPipeline.ExtractText(list, "fuzz.txt"));
                    break;
                default:
                    var paper = Paper(notes, random);
                    checker.Check(label + " (paper)", paper, () => BibliographyPipeline.ExtractText(paper, "fuzz.txt"));
                    break;
            }
        }
        output.WriteLine($"seed {seed}: {fed} footnotes in {checker.Inputs} inputs, {checker.Footnotes} footnotes read, {checker.Citations} citations, " +
                         $"{checker.TypedErrors} typed errors, slowest at {checker.WorstRatio:P0} of its allowance, {watch.Elapsed.TotalSeconds:0.0} s");
        checker.Failures.ShouldBeEmpty(checker.Report());
        // The inputs must reach the parser, or the properties prove nothing.
        checker.Footnotes.ShouldBeGreaterThan(FootnoteCount / 2);
        checker.Citations.ShouldBeGreaterThan(FootnoteCount / 2);
    }

    [Fact]
    public void Every_mutation_on_its_own_keeps_the_properties()
    {
        var seed = Seed;
        var corpus = new CitationCorpus(seed + 10);
        var mutator = new Mutator(seed + 11);
        var checker = new PipelineChecker();
        for (var kind = 0; kind < Mutator.Kinds; kind++)
        {
            for (var round = 0; round < 150; round++)
            {
                var notes = Enumerable.Range(0, 4).Select(_ => mutator.Apply(kind, corpus.NextFootnote(), corpus.NextFootnote())).ToArray();
                checker.Check($"seed {seed}, mutation {kind}, round {round}", string.Concat(notes), () => BibliographyPipeline.ParseFootnotes(notes),
                    Enumerable.Range(1, notes.Length).ToList());
            }
        }
        checker.Failures.ShouldBeEmpty(checker.Report());
    }

    [Fact]
    public void A_one_megabyte_footnote_is_read_in_time()
    {
        var corpus = new CitationCorpus(Seed + 20);
        var mutator = new Mutator(Seed + 21);
        var joined = new StringBuilder();
        var damaged = new StringBuilder();
        while (joined.Length < 1_000_000) joined.Append(corpus.NextCitation()).Append(' ');
        while (damaged.Length < 1_000_000) damaged.Append(mutator.Mutate(corpus.NextFootnote(), corpus.NextFootnote()));
        var checker = new PipelineChecker();
        foreach (var (name, text) in new[] { ("joined citations", joined.ToString()), ("mutated citations", damaged.ToString()) })
        {
            checker.Check($"1 MB footnote of {name}", text, () => BibliographyPipeline.ParseFootnotes([text]), [1]);
            var list = "1 " + text.ReplaceLineEndings(" ") + "\n2 Yenə orada, s. 5.\n";
            checker.Check($"1 MB footnote of {name} in a list", list, () => BibliographyPipeline.ExtractText(list), [1, 2]);
        }
        checker.Failures.ShouldBeEmpty(checker.Report());
        output.WriteLine($"slowest at {checker.WorstRatio:P0} of its allowance");
    }

    public static TheoryData<string, string> PathologicalShapes
    {
        get
        {
            var shapes = KnownShapes;
            // The shapes that once cost the square of a footnote's length (issue #17), at this test's size too.
            foreach (var row in LongFootnoteTests.Shapes)
                shapes.Add("long: " + row[0], LongFootnoteTests.Footnote((string)row[1], (string)row[2], 100_000));
            return shapes;
        }
    }

    private static TheoryData<string, string> KnownShapes => new()
    {
        { "ones", Repeat("1 ", 50_000) },
        { "f. f. f.", Repeat("f. ", 35_000) },
        { "open parentheses", new string('(', 100_000) },
        { "schwa", new string('ə', 100_000) },
        { "brackets", Repeat("[1", 50_000) },
        { "nested brackets", new string('[', 50_000) + new string(']', 50_000) },
        { "commas", Repeat(", ", 50_000) },
        { "fond fond", Repeat("fond 1, ", 15_000) },
        { "levels without values", Repeat("fond siyahı iş vərəq ", 5_000) },
        { "GOST levels", Repeat("Ф. Оп. Д. Л. об. ", 7_000) },
        { "slashes", Repeat("// ", 35_000) },
        { "ranges", Repeat("1-", 50_000) },
        { "dashes", Repeat("1 – ", 25_000) },
        { "quotes", Repeat("«“\"", 35_000) },
        { "initials", Repeat("A.", 50_000) },
        { "years", Repeat("2001, ", 20_000) },
        { "ibid", Repeat("Yenə orada, ", 9_000) },
        { "digits", new string('7', 100_000) },
        { "no spaces", Repeat("Qafqaz", 20_000) },
        { "spaces", new string(' ', 100_000) + "x" },
        { "line breaks", Repeat("1\n", 10_000) }, // a diagnostic per line: 10,000 already make a 5 MB report
        { "carriage returns", Repeat("1 f.\r", 25_000) },
        { "surrogates", Repeat("\uD800", 50_000) },
    };

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();

    [Theory]
    [MemberData(nameof(PathologicalShapes))]
    public void Pathological_shapes_do_not_backtrack_catastrophically(string name, string text)
    {
        var checker = new PipelineChecker();
        checker.Check(name + " as a footnote", text, () => BibliographyPipeline.ParseFootnotes([text]), [1]);
        checker.Check(name + " as a text", text, () => BibliographyPipeline.ExtractText(text));
        var list = "1 " + text.ReplaceLineEndings(" ") + "\n";
        checker.Check(name + " in a footnote list", list, () => BibliographyPipeline.ExtractText(list), [1]);
        output.WriteLine($"{name}: slowest at {checker.WorstRatio:P0} of its allowance");
        checker.Failures.ShouldBeEmpty(checker.Report());
    }

    /// <summary>A footnote list with random line endings, sometimes a BOM, footnotes numbered from 1.</summary>
    private static string FootnoteList(string[] notes, Random random)
    {
        var eol = Eols[random.Next(Eols.Length)];
        var sb = new StringBuilder(random.Next(5) == 0 ? "\uFEFF" : "");
        for (var i = 0; i < notes.Length; i++) sb.Append(i + 1).Append(' ').Append(notes[i]).Append(eol);
        return sb.ToString();
    }

    /// <summary>A PDF-shaped paper: body lines with markers, a whitespace separator, then that page's footnotes.</summary>
    private static string Paper(string[] notes, Random random)
    {
        var eol = Eols[random.Next(Eols.Length)];
        var sb = new StringBuilder();
        for (var first = 0; first < notes.Length; first += 3)
        {
            var last = Math.Min(notes.Length, first + 3);
            for (var n = first; n < last; n++)
            {
                for (var l = 0; l < 4; l++) sb.Append("Azərbaycan tarixinin bu dövrü arxiv sənədləri əsasında öyrənilir [").Append(l + 1).Append(", s.5]").Append(eol);
                sb.Append(n + 1).Append(eol);
            }
            sb.Append(' ', 61).Append(eol);
            for (var n = first; n < last; n++) sb.Append(n + 1).Append(' ').Append(notes[n]).Append(eol);
        }
        sb.Append("Ədəbiyyat").Append(eol).Append("1. Mamulia G. Kniga. Tbilisi, 2012.").Append(eol);
        return sb.ToString();
    }
}
