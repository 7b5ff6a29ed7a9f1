using Bibliography.Errors;
using Bibliography.Export;
using Bibliography.Testing;

namespace Bibliography.Tests.Resilience;

/// <summary>Documents made from damaged footnotes, and CSL-JSON with broken text, export to every format and read back without crashing.</summary>
public sealed class ExportFuzzTests
{
    [Fact]
    public void Items_from_mutated_footnotes_export_to_every_format_and_read_back()
    {
        var corpus = new CitationCorpus(FuzzTests.Seed + 40);
        var mutator = new Mutator(FuzzTests.Seed + 41);
        var failures = new List<string>();
        for (var round = 0; round < 300; round++)
        {
            var notes = Enumerable.Range(0, 10).Select(_ => mutator.Mutate(corpus.NextFootnote(), corpus.NextFootnote())).ToArray();
            var items = BibliographyPipeline.ParseFootnotes(notes).Document.Items;
            foreach (var format in ReferenceFormats.All)
            {
                try
                {
                    var text = ReferenceFormats.Export(items, format.Name);
                    var back = ReferenceFormats.Import(text, null, format.Name);
                    back.ToDocument().Items.Count.ShouldBe(items.Count, $"{format.Name}: {string.Join(" | ", back.Skipped.Select(s => s.Reason))}");
                }
                catch (BibliographyException) { }
                catch (Exception e)
                {
                    failures.Add($"round {round}, {format.Name}: {e.GetType().Name}: {e.Message}\n  {string.Join("\n  ", notes.Select(PipelineChecker.Escape))}");
                }
            }
        }
        failures.ShouldBeEmpty(string.Join("\n\n", failures.Take(5)));
    }

    [Fact]
    public void Csl_json_with_broken_surrogates_and_noncharacters_exports_or_fails_typed()
    {
        const string json = """[{"id": "x", "type": "book", "title": "Tarix \ud800 \udfff \uffff ə", "author": [{"family": "Əliyev\ud83d", "given": "\udc00R."}], "publisher": "Elm\ufffe"}]""";
        var imported = ReferenceFormats.Import(json, "x.json", "csljson");
        foreach (var format in ReferenceFormats.All)
        {
            try { ReferenceFormats.Export(imported.ToDocument().Items, format.Name).ShouldNotBeNullOrEmpty(); }
            catch (BibliographyException) { }
        }
    }
}
