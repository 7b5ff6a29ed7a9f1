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
        // A typed refusal is allowed, but a format that refuses everything would pass a test counting crashes only:
        // each format must read back almost every round.
        var readBack = ReferenceFormats.All.ToDictionary(f => f.Name, _ => 0);
        const int rounds = 300;
        for (var round = 0; round < rounds; round++)
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
                    readBack[format.Name]++;
                }
                catch (BibliographyException) { }
                catch (Exception e)
                {
                    failures.Add($"round {round}, {format.Name}: {e.GetType().Name}: {e.Message}\n  {string.Join("\n  ", notes.Select(PipelineChecker.Escape))}");
                }
            }
        }
        failures.ShouldBeEmpty(string.Join("\n\n", failures.Take(5)));
        foreach (var (format, count) in readBack) count.ShouldBeGreaterThanOrEqualTo(rounds * 95 / 100, $"{format} read back only {count} of {rounds} rounds");
    }

    [Fact]
    public void Mutated_hostile_imports_are_read_or_refused_typed_in_bounded_time()
    {
        // The hostile inputs of issue #17 as seeds: a self-doubling @string, and each bad CSL-JSON item among good ones.
        var seeds = new List<(string Format, string Text)> { ("bibtex", ImportResilienceTests.DoublingStrings()) };
        foreach (var row in ImportResilienceTests.BadItems())
            seeds.Add(("csljson", $$"""[{"id":"a","type":"book","title":"A"},{{row[1]}},{"id":"z","type":"book","title":"Z"}]"""));
        var mutator = new Mutator(FuzzTests.Seed + 50);
        var failures = new List<string>();
        var read = 0;
        for (var round = 0; round < 40; round++)
        {
            foreach (var (format, seed) in seeds)
            {
                var text = round == 0 ? seed : mutator.Mutate(seed, seeds[round % seeds.Count].Text);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                try
                {
                    _ = ReferenceFormats.Import(text, null, format).ToDocument();
                    read++;
                }
                catch (BibliographyException) { }
                catch (Exception e)
                {
                    failures.Add($"round {round}, {format}: {e.GetType().Name}: {e.Message}\n  {PipelineChecker.Escape(text)}");
                }
                if (watch.Elapsed > TimeSpan.FromSeconds(5)) failures.Add($"round {round}, {format}: {watch.Elapsed.TotalSeconds:0.0} s\n  {PipelineChecker.Escape(text)}");
            }
        }
        failures.ShouldBeEmpty(string.Join("\n\n", failures.Take(5)));
        // The unmutated seeds (round 0) are read, the bad items skipped: refusing every input would not pass.
        read.ShouldBeGreaterThanOrEqualTo(seeds.Count);
    }

    [Fact]
    public void Csl_json_with_broken_surrogates_and_noncharacters_exports_or_fails_typed()
    {
        const string json = """[{"id": "x", "type": "book", "title": "Tarix \ud800 \udfff \uffff ə", "author": [{"family": "Əliyev\ud83d", "given": "\udc00R."}], "publisher": "Elm\ufffe"}]""";
        var imported = ReferenceFormats.Import(json, "x.json", "csljson");
        var exported = 0;
        foreach (var format in ReferenceFormats.All)
        {
            try { ReferenceFormats.Export(imported.ToDocument().Items, format.Name).ShouldNotBeNullOrEmpty(); exported++; }
            catch (BibliographyException) { }
        }
        // Broken text is repaired or refused per format, but at least CSL-JSON, which carries any string, must export it.
        exported.ShouldBeGreaterThan(0);
    }
}
