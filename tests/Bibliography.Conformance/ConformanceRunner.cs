using System.Collections.Concurrent;
using Bibliography.CiteProc;
using Newtonsoft.Json.Linq;

namespace Bibliography.Conformance;

/// <summary>The outcome of one fixture on one host.</summary>
public sealed record FixtureOutcome(string Name, bool Passed, string Expected, string Actual);

/// <summary>Runs CSL test-suite fixtures on a citeproc host and tallies the results.</summary>
public static class ConformanceRunner
{
    /// <summary>Runs every fixture, in parallel up to <paramref name="parallelism"/> jobs; results come back sorted by name.</summary>
    public static IReadOnlyList<FixtureOutcome> Run(ICiteProcHost host, IEnumerable<CslFixture> fixtures, int parallelism)
    {
        var results = new ConcurrentBag<FixtureOutcome>();
        Parallel.ForEach(fixtures, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, fixture =>
        {
            string actual;
            try
            {
                // The style as the processor hands it over (CiteProcessor): in the JSON form of citeproc's own reader's tree.
                var test = (JObject)fixture.Test.DeepClone();
                test["CSL"] = CslXmlJson.ForCiteProc(test.Value<string>("CSL")!);
                var answer = JObject.Parse(host.Invoke("runFixture", test.ToString(Newtonsoft.Json.Formatting.None)));
                actual = answer["ok"] is { } ok ? ok.Value<string>() ?? "" : "ERROR: " + answer.Value<string>("error");
            }
            catch (CiteProcException e)
            {
                actual = "ERROR: " + e.Message;
            }
            results.Add(new FixtureOutcome(fixture.Name, actual == fixture.Expected, fixture.Expected, actual));
        });
        return results.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The summary line, e.g. "Jint: 839 passed, 6 failed".</summary>
    public static string Summary(string host, IReadOnlyList<FixtureOutcome> outcomes) =>
        $"{host}: {outcomes.Count(o => o.Passed)} passed, {outcomes.Count(o => !o.Passed)} failed";

    /// <summary>Finds ../shared/csl-test-suite/humans from the repository root above <paramref name="start"/>, or null.</summary>
    public static string? FindFixtureDirectory(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bibliography.sln")))
            {
                var humans = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "csl-test-suite", "humans"));
                return Directory.Exists(humans) ? humans : null;
            }
        }
        return null;
    }
}
