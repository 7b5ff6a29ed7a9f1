using Bibliography.CiteProc;
using Xunit.Abstractions;

namespace Bibliography.Conformance;

/// <summary>The CSL test suite on both hosts: each must pass the same 840 of 845 fixtures citeproc-js passes on Node.</summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    /// <summary>The fixtures citeproc-js 2.4.63 itself fails on Node; any other failure is ours.</summary>
    public static readonly string[] ExpectedFailures =
    [
        "bugreports_SortedIeeeItalicsFail",
        "date_NegativeDateSort",
        "date_NegativeDateSortViaMacroOnYearMonthOnly",
        "magic_SubsequentAuthorSubstituteNotFooled",
        "textcase_TitleCaseWithVolumeTitle",
    ];

    // The suite's expectations follow the CSL locales repository, newer than citeproc-locales on npm; Debian's
    // citation-style-language-locales carries that data, so it goes first where installed (CI installs it).
    private static readonly LocaleResolver Locales = new(Directory.Exists(DebianLocales) ? [DebianLocales] : []);

    private const string DebianLocales = "/usr/share/citation-style-language/locales";

    /// <summary>
    /// Fixtures whose RESULT follows CSL locale data newer than any packaged locale set here: citeproc-locales 1.0.2
    /// (npm) and Debian's 2023-01 citation-style-language-locales both say "AD" not " AD", "ed. &amp; tran." not
    /// "ed. &amp; trans.", and so on. citeproc-js on Node fails these too; they pass once a newer locale set is packaged.
    /// </summary>
    public static readonly string[] LocaleDataFailures =
    [
        "collapse_AuthorCollapseNoDateSorted",
        "date_DateAD",
        "date_DateBC",
        "date_NegativeDateSortViaMacro",
        "label_EditorTranslator1",
        "name_EditorTranslatorSameWithTerm",
        "name_EtAlWithCombined",
        "name_SubsequentAuthorSubstituteMultipleNames",
        "punctuation_DateStripPeriods",
    ];

    [Fact]
    public void Jurassic_passes_the_suite_like_citeproc_on_node()
    {
        using var host = new JurassicHost(Locales);
        Check(host, Math.Max(2, Environment.ProcessorCount));
    }

    [Fact]
    public void Node_passes_the_suite_like_citeproc_on_node()
    {
        using var host = new NodeHost(Locales);
        Check(host, 1);
    }

    private void Check(ICiteProcHost host, int parallelism)
    {
        var dir = ConformanceRunner.FindFixtureDirectory(AppContext.BaseDirectory);
        if (dir is null)
        {
            output.WriteLine("SKIPPED: ../shared/csl-test-suite/humans not found next to the repository root");
            // xunit 2.9 reports an exception with this prefix as a skip with the reason that follows.
            throw new InvalidOperationException("$XunitDynamicSkip$../shared/csl-test-suite/humans is absent; the CSL conformance suite needs it");
        }
        var filter = Environment.GetEnvironmentVariable("BIBLIOGRAPHY_FIXTURES");
        var fixtures = Directory.EnumerateFiles(dir, "*.txt")
            .Where(f => string.IsNullOrEmpty(filter) || Path.GetFileName(f).Contains(filter, StringComparison.OrdinalIgnoreCase))
            .Select(CslFixture.Parse).ToList();
        var outcomes = ConformanceRunner.Run(host, fixtures, parallelism);
        var summary = ConformanceRunner.Summary(host.Name, outcomes);
        output.WriteLine(summary);
        Console.WriteLine(summary);
        var known = ExpectedFailures.Concat(LocaleDataFailures).ToHashSet();
        var unexpected = outcomes.Where(o => !o.Passed && !known.Contains(o.Name)).ToList();
        foreach (var o in unexpected)
            output.WriteLine($"FAIL {o.Name}\n  expected: {o.Expected}\n  actual:   {o.Actual}");
        unexpected.Select(o => o.Name).ShouldBeEmpty($"{host.Name} fails fixtures citeproc-js passes on Node");
        if (string.IsNullOrEmpty(filter))
        {
            outcomes.Count.ShouldBe(845);
            foreach (var o in outcomes.Where(o => !o.Passed)) output.WriteLine("known failure: " + o.Name);
            outcomes.Count(o => o.Passed).ShouldBeGreaterThanOrEqualTo(845 - known.Count);
        }
    }
}
