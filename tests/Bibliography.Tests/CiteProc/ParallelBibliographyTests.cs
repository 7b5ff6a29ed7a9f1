using Bibliography.CiteProc;
using Bibliography.Model;
using Bibliography.Testing;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.CiteProc;

/// <summary>A bibliography rendered in parts on several engines is byte-identical to one rendered at once.</summary>
[Collection("citeproc hosts")]
public sealed class ParallelBibliographyTests(HostFixture hosts)
{
    private const string StylesDir = Bibliography.CiteProc.Styles.StyleSearchOptions.DebianStylesDirectory;

    // Corpus items (archives without titles, repeated authors, same-year works) plus runs of one author, so that
    // part boundaries fall inside "———" substitutions and year-suffix groups.
    private static readonly Lazy<JArray> Items = new(() =>
    {
        var corpus = new CitationCorpus(seed: 41);
        var doc = BibliographyPipeline.ParseFootnotes(Enumerable.Range(0, 90).Select(_ => corpus.NextFootnote()).ToList()).Document;
        var items = JArray.Parse(CslJson.Serialize(doc.Items.Take(48).ToList()));
        for (var i = 0; i < 12; i++)
        {
            items.Add(new JObject
            {
                ["id"] = $"same-{i}", ["type"] = "book", ["title"] = $"Kavkaz {(char)('A' + i)}",
                ["author"] = new JArray(new JObject { ["family"] = "Mamulia", ["given"] = "G." }),
                ["publisher"] = "Meridiani", ["publisher-place"] = "Tbilisi",
                ["issued"] = new JObject { ["date-parts"] = new JArray(new JArray(2010 + i % 3)) },
            });
        }
        return items;
    });

    [DebianStylesTheory]
    [InlineData("chicago-fullnote-bibliography")]
    [InlineData("chicago-author-date")]
    [InlineData("apa")]
    [InlineData("modern-language-association")]
    [InlineData("ieee")]
    [InlineData("gost-r-7-0-5-2008")]
    public void Parts_joined_equal_the_whole_on_node(string style)
    {
        var processor = new CiteProcessor(hosts.Node, File.ReadAllText(Path.Combine(StylesDir, style + ".csl")), null, Items.Value, CiteProcOutputFormat.Html);
        var whole = processor.Bibliography()!;

        foreach (var parts in new[] { 2, 3, 7 })
        {
            var joined = processor.BibliographyInParts(parts)!;
            joined.Entries.ShouldBe(whole.Entries, $"{style} in {parts} parts");
            joined.Ids.ShouldBe(whole.Ids);
            joined.ToString().ShouldBe(whole.ToString());
            (joined with { Entries = whole.Entries, Ids = whole.Ids }).ShouldBe(whole);
        }
    }

    [DebianStylesFact]
    public void Parts_run_on_separate_Jurassic_engines_and_join_to_the_whole()
    {
        using var host = new JurassicHost(maxEngines: 2);
        var processor = new CiteProcessor(host, File.ReadAllText(Path.Combine(StylesDir, "chicago-fullnote-bibliography.csl")), null, Items.Value);

        var joined = processor.BibliographyInParts(2)!;

        joined.ToString().ShouldBe(new CiteProcessor(hosts.Node, File.ReadAllText(Path.Combine(StylesDir, "chicago-fullnote-bibliography.csl")), null, Items.Value).Bibliography()!.ToString());
        host.EnginesBuilt.ShouldBe(2);
    }

    [Fact]
    public void More_parts_than_entries_leave_some_parts_empty_and_lose_nothing()
    {
        const string style = """
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>x</title><id>x</id><updated>2024-01-01T00:00:00+00:00</updated></info>
            <citation><layout><text variable="title"/></layout></citation>
            <bibliography subsequent-author-substitute="---"><sort><key variable="title"/></sort><layout><names variable="author"/><text variable="title" prefix=" "/></layout></bibliography></style>
            """;
        var items = new JArray(Enumerable.Range(0, 3).Select(i => new JObject
        {
            ["id"] = $"i{i}", ["type"] = "book", ["title"] = $"T{i}",
            ["author"] = new JArray(new JObject { ["family"] = "Same", ["given"] = "A." }),
        }));
        var processor = new CiteProcessor(hosts.Node, style, null, items);

        var joined = processor.BibliographyInParts(7)!;

        joined.Entries.ShouldBe(processor.Bibliography()!.Entries);
        joined.Entries.Count.ShouldBe(3);
        joined.Entries[1].ShouldStartWith("---");
    }
}
