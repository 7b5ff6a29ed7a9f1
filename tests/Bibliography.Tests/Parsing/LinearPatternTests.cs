using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Parsing;
using Bibliography.Testing;
using Bibliography.Tests.Support;
using Shouldly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// The parser's patterns built for the backtracking engine (<see cref="Conventions.Linear"/>) must read exactly as their
/// non-backtracking twins and stay linear on long hostile input: found by reflection, so a pattern added later with
/// those options is held to the same.
/// </summary>
public class LinearPatternTests
{
    // Every static pattern (or array of patterns) of the parsing classes that is not non-backtracking.
    private static readonly (string Name, Regex Regex)[] Linear = FindLinearPatterns();

    private static (string, Regex)[] FindLinearPatterns()
    {
        var found = new List<(string, Regex)>();
        foreach (var type in typeof(Conventions).Assembly.GetTypes())
        {
            if (type.Namespace?.StartsWith("Bibliography.Parsing", StringComparison.Ordinal) != true || type.ContainsGenericParameters) continue;
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (field.FieldType != typeof(Regex) && field.FieldType != typeof(Regex[])) continue;
                var patterns = field.GetValue(null) switch { Regex r => [r], Regex[] rs => rs, _ => Array.Empty<Regex>() };
                foreach (var regex in patterns)
                    if ((regex.Options & RegexOptions.NonBacktracking) == 0) found.Add(($"{type.Name}.{field.Name}", regex));
            }
        }
        return found.ToArray();
    }

    [Fact]
    public void The_month_and_whole_keyword_patterns_are_found_as_linear()
    {
        var names = Linear.Select(p => p.Name).ToList();
        names.ShouldContain("NewspaperReader.DayMonth");
        names.ShouldContain("LegalGazetteReader.WordDate");
        names.ShouldContain("LocatorReader.IsFolioKeyword");
        Linear.ShouldAllBe(p => (p.Regex.Options & RegexOptions.NonBacktracking) == 0);
    }

    [Fact]
    public void Every_linear_pattern_matches_as_its_non_backtracking_twin_on_footnotes_and_their_tails()
    {
        var texts = Texts();
        var differences = new List<string>();
        foreach (var (name, regex) in Linear)
        {
            var twin = new Regex(regex.ToString(), regex.Options | RegexOptions.NonBacktracking);
            foreach (var text in texts)
                foreach (var (start, length) in Windows(text))
                {
                    var expected = Describe(twin, text, start, length);
                    var actual = Describe(regex, text, start, length);
                    if (expected != actual && differences.Count < 10)
                        differences.Add($"{name} on '{text.Substring(start, length)}': non-backtracking {expected}, backtracking {actual}");
                }
        }
        differences.ShouldBeEmpty();
    }

    [Fact]
    public void Every_linear_pattern_reads_long_runs_of_what_it_reads_in_time()
    {
        // Two runs of 64,000 characters of pieces the patterns read, after openings that lead anchored patterns past their
        // first tokens. A linear pattern reads them in milliseconds (the month patterns in ~0.1 s); one that retried the
        // first run for each place of the second takes a minute (ResponsibilityReader.NameSeparator on the backtracking
        // engine took 1.5 s at a quarter of this length and grew fourfold with each doubling), so the time limit stops it.
        // Capitals, a Georgian letter, initials, a hyphen and a quote open the name, place, title and siglum patterns, and
        // "Aa " / "ქც 4: " lead those past their first word, so that each meets a long run, not only its first token.
        string[] pieces = ["1", " ", "a", "м", ".", "1 ", "марта ", "A", "Aa", "ა", "A. ", "-", "«"];
        string[] openings = ["", "Газета. ", "Газета. 1920. ", "Газета. № ", "12 ", "Aa ", "ქც 4: "];
        var slow = new List<string>();
        foreach (var (name, regex) in Linear)
        {
            var bounded = new Regex(regex.ToString(), regex.Options, TimeSpan.FromSeconds(5));
            foreach (var opening in openings)
                foreach (var first in pieces)
                    foreach (var second in pieces)
                    {
                        try
                        {
                            bounded.Match(opening + Repeat(first, 64_000) + Repeat(second, 64_000) + "\u0001");
                        }
                        catch (RegexMatchTimeoutException)
                        {
                            slow.Add($"{name} on '{opening}' + '{first}'… + '{second}'…");
                        }
                    }
        }
        slow.ShouldBeEmpty();
    }

    [Fact]
    public void The_time_limit_stops_a_pattern_that_retries_a_run_of_white_space()
    {
        // ResponsibilityReader's name separator as it was on the backtracking engine: at each place in a run of white space
        // it scanned the rest of the run for a comma, so 128,000 spaces take minutes (32,000 took 5 s); the limit the
        // linear patterns are held to stops it.
        var quadratic = new Regex(@"\s*,\s*|\s+(?:və|и|i|and|ve)\s+", Conventions.Linear, TimeSpan.FromSeconds(5));
        Should.Throw<RegexMatchTimeoutException>(() => quadratic.Match(Repeat(" ", 128_000) + "\u0001"));
    }

    // Seed footnotes and references, generated corpus footnotes, and dates and keywords in every convention.
    private static List<string> Texts()
    {
        var texts = new List<string>();
        foreach (var file in Directory.GetFiles(TestPaths.Seeds, "*.txt", SearchOption.AllDirectories))
            texts.AddRange(File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0));
        var corpus = new CitationCorpus(seed: 7);
        for (var i = 0; i < 3000; i++) texts.Add(corpus.NextFootnote());
        string[] dates =
        [
            "Правда. 1923. 2 окт.", "Şərq.- 2018.- 28 mart.- № 53.- S. 5", "Коммунист, 1920, 19 июня, № 54", "Kommunist, 1926, 24 yanvar",
            "«Коммунист», 15 декабря 1920 г., с. 4", "Известия. 12 марта 1921", "Mart 3, 1920", "May 1990", "Sept. 3", "мартовских 12",
            "Красноярский рабочий. № 5 (2555) от 7 января 1927 года.", "СУ РСФСР. 1922. № 4. Ст. 44.", "СЗ СССР. 12 июля 1930 г. № 31",
            "Azərbaycan, 1990, 1 Yanvar", "Mayor 12", "12 Mayor", "1 мая, 2 июня", "3 нояб.", "Ноябрь", "№ 10–11. Ноябрь", "ll. 3–4", "л. 5 об.",
            "vərəq 12", "s. 5", "С. 73", "p. 12", "pp. 25 and 27", "ff. 3", "Т. 2 (34)", "Вып. 3", "vol. 2, no. 4", "12 Tebervali 1921",
            "3 იანვარი 1921", "ianvari 3", "Sbornik dokumentov po istorii", "Voprosy istorii", "Azərbaycan tarixi və arxivi", "Ukaz. soch.",
        ];
        texts.AddRange(dates);
        var random = new Random(18);
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder();
            for (var parts = random.Next(2, 7); parts > 0; parts--)
                text.Append(dates[random.Next(dates.Length)].Split(' ') is var words ? words[random.Next(words.Length)] : "").Append(random.Next(4) switch { 0 => " ", 1 => ", ", 2 => ". ", _ => "" });
            texts.Add(text.ToString());
        }
        return texts;
    }

    // Each tail of the text from a word on, and each head of it to a space (the readers match within parts).
    private static IEnumerable<(int Start, int Length)> Windows(string text)
    {
        for (var start = 0; start < text.Length; start++)
            if (start == 0 || text[start - 1] == ' ') yield return (start, text.Length - start);
        for (var end = text.IndexOf(' '); end > 0; end = text.IndexOf(' ', end + 1)) yield return (0, end);
    }

    // Every match in text[start..start+length), each with its groups' places.
    private static string Describe(Regex regex, string text, int start, int length)
    {
        var description = new StringBuilder();
        for (var m = regex.Match(text, start, length); m.Success; m = m.NextMatch())
        {
            description.Append('[').Append(m.Index).Append(',').Append(m.Length);
            foreach (Group g in m.Groups) description.Append(g.Success ? $" {g.Name}:{g.Index},{g.Length}" : $" {g.Name}:-");
            description.Append(']');
        }
        return description.ToString();
    }

    private static string Repeat(string piece, int length) => new StringBuilder(length + piece.Length).Insert(0, piece, length / piece.Length).ToString();
}
