using Bibliography.Model;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Golden;

/// <summary>Whole-pipeline golden tests: each seed's apparatus gives exactly its expected.json.</summary>
/// <remarks>Set BIBLIOGRAPHY_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change, then review the diff.</remarks>
public class SeedGoldenTests
{
    public static TheoryData<string> SeedInputs => new()
    {
        "seeds/003_5bd5681df1433a7c/footnotes.txt",
        "seeds/000_5d867d1195954457/references.txt",
    };

    [Theory]
    [MemberData(nameof(SeedInputs))]
    public void Seed_apparatus_gives_the_expected_document(string relativeInput)
    {
        var input = Path.Combine(TestPaths.RepoRoot, relativeInput);
        var golden = Path.Combine(Path.GetDirectoryName(input)!, "expected.json");
        var actual = CslJson.Serialize(BibliographyPipeline.ExtractText(File.ReadAllText(input), relativeInput).Document) + "\n";
        if (Support.Golden.UpdateRequested()) File.WriteAllText(golden, actual);
        var expected = File.ReadAllText(golden).ReplaceLineEndings("\n");
        if (actual != expected)
        {
            var dump = Path.Combine(Path.GetTempPath(), Path.GetFileName(Path.GetDirectoryName(input)!) + ".actual.json");
            File.WriteAllText(dump, actual);
            JToken.DeepEquals(JToken.Parse(actual), JToken.Parse(expected)).ShouldBeTrue($"differs from {golden}; actual written to {dump}");
            actual.ShouldBe(expected, "same JSON, different bytes (formatting)");
        }
    }

    [SharedFact]
    public void The_real_paper_003_gives_the_same_items_and_citations_as_its_apparatus()
    {
        var fromPaper = BibliographyPipeline.ExtractFile(Path.Combine(TestPaths.SharedSeeds!, "003_5bd5681df1433a7c.txt")).Document;
        var fromApparatus = BibliographyPipeline.ExtractFile(Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt")).Document;
        Json(fromPaper.Items).ShouldBe(Json(fromApparatus.Items));
        Json(fromPaper.Citations).ShouldBe(Json(fromApparatus.Citations));
        fromPaper.Footnotes.Select(f => f.Text).ShouldBe(fromApparatus.Footnotes.Select(f => f.Text));
        fromPaper.Diagnostics.ShouldBeEmpty();
    }

    [SharedFact]
    public void The_real_paper_000_gives_the_same_references_as_its_apparatus()
    {
        var fromPaper = BibliographyPipeline.ExtractFile(Path.Combine(TestPaths.SharedSeeds!, "000_5d867d1195954457.txt")).Document;
        var fromApparatus = BibliographyPipeline.ExtractFile(Path.Combine(TestPaths.Seeds, "000_5d867d1195954457", "references.txt")).Document;
        Json(fromPaper.Items).ShouldBe(Json(fromApparatus.Items));
        Json(fromPaper.Citations).ShouldBe(Json(fromApparatus.Citations));
        fromPaper.References.Select(r => r.Text).ShouldBe(fromApparatus.References.Select(r => r.Text));
    }

    private static string Json(object value) => CslJson.Serialize(value);
}
