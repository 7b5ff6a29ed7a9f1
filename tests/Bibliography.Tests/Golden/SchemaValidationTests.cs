using Bibliography.Model;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;

namespace Bibliography.Tests.Golden;

/// <summary>Every item and citation the pipeline writes is valid against the official CSL-JSON schemas.</summary>
/// <remarks>Newtonsoft.Json.Schema's free tier allows 1,000 validations an hour, so each document is validated in one call.</remarks>
public class SchemaValidationTests
{
    [SharedTheory]
    [MemberData(nameof(SeedGoldenTests.SeedInputs), MemberType = typeof(SeedGoldenTests))]
    public void Seed_documents_validate_against_csl_data_and_csl_citation(string relativeInput)
    {
        var document = BibliographyPipeline.ExtractFile(Path.Combine(TestPaths.RepoRoot, relativeInput)).Document;
        var (data, citations) = Schemas(TestPaths.Shared!);

        var items = JArray.Parse(CslJson.Serialize(document.Items));
        items.IsValid(data, out IList<string> itemErrors).ShouldBeTrue(string.Join("\n", itemErrors));
        var clusters = JArray.Parse(CslJson.Serialize(document.Citations));
        clusters.IsValid(citations, out IList<string> citationErrors).ShouldBeTrue(string.Join("\n", citationErrors));
        clusters.Count.ShouldBeGreaterThan(0);
    }

    [SharedFact]
    public void The_schema_check_rejects_what_it_should()
    {
        var (data, _) = Schemas(TestPaths.Shared!);
        JArray.Parse("""[{"id":"x","type":"manuscript","fond":"7"}]""").IsValid(data).ShouldBeFalse();
    }

    private static (JSchema Data, JSchema CitationArray) Schemas(string shared)
    {
        var dataText = File.ReadAllText(Path.Combine(shared, "csl-schema", "csl-data.json"));
        var resolver = new JSchemaPreloadedResolver();
        resolver.Add(new Uri("https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json"), dataText);
        var citation = JSchema.Parse(File.ReadAllText(Path.Combine(shared, "csl-schema", "csl-citation.json")), resolver);
        var array = new JSchema { Type = JSchemaType.Array, Items = { citation } };
        return (JSchema.Parse(dataText), array);
    }
}
