using Bibliography.CiteProc;
using Xunit.Abstractions;

namespace Bibliography.Conformance;

/// <summary>The CSL test suite on both hosts: each must pass the same 839 of 845 fixtures citeproc-js passes on Node.</summary>
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

    // The suite's expectations follow current CSL locale data: the embedded set takes en-US and the other most used
    // locales from @citation-js/plugin-csl (2025–26 releases), the rest from citeproc-locales, Debian's filling gaps.
    private static readonly LocaleResolver Locales = new([]);

    /// <summary>
    /// Fixtures whose RESULT follows CSL locale data no registry here carries. name_EtAlWithCombined expects the
    /// zh-TW locale as revised with the suite (2024); npm's citeproc-locales and Debian bookworm's locales both have
    /// the 2014 zh-TW, whose verb term "著" lands after the substituted author. citeproc-js on Node fails it too.
    /// </summary>
    public static readonly string[] LocaleDataFailures = ["name_EtAlWithCombined"];

    [ConformanceFact]
    public void Jint_passes_the_suite_like_citeproc_on_node()
    {
        using var host = new JintHost(Locales);
        Check(host, Math.Max(2, Environment.ProcessorCount));
    }

    [ConformanceFact]
    public void Node_passes_the_suite_like_citeproc_on_node()
    {
        using var host = new NodeHost(Locales);
        Check(host, 1);
    }

    private void Check(ICiteProcHost host, int parallelism)
    {
        var dir = ConformanceRunner.FindFixtureDirectory(AppContext.BaseDirectory)!;
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
            // Exactly the known set fails, so both hosts pass the same 839 and a fixed failure is noticed too.
            outcomes.Count.ShouldBe(845);
            outcomes.Where(o => !o.Passed).Select(o => o.Name).Order(StringComparer.Ordinal)
                .ShouldBe(known.Order(StringComparer.Ordinal), $"{host.Name} must fail exactly the known fixtures");
        }
    }
}

/// <summary>A fact that needs ../shared/csl-test-suite: skipped, saying why, where it is absent (CI has it).</summary>
public sealed class ConformanceFactAttribute : FactAttribute
{
    /// <summary>Sets Skip when the fixtures are absent.</summary>
    public ConformanceFactAttribute()
    {
        if (ConformanceRunner.FindFixtureDirectory(AppContext.BaseDirectory) is null)
            Skip = "../shared/csl-test-suite/humans is absent beside the repository: the CSL conformance suite needs it (CI has it).";
    }
}
