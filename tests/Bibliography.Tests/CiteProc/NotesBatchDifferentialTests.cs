using Bibliography.CiteProc;
using Bibliography.CiteProc.Styles;
using Bibliography.Testing;
using Bibliography.Tests.Support;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Bibliography.Tests.CiteProc;

/// <summary>
/// The driver renders a document's notes in one batch (every cited item registered first, then the clusters in
/// order); it must give, byte for byte, what feeding the clusters one at a time against all the earlier ones gives.
/// </summary>
[Collection("citeproc hosts")]
public sealed class NotesBatchDifferentialTests(HostFixture hosts, ITestOutputHelper output)
{
    // Enough notes for ibid chains, repeated archival files (the corpus's large ambiguous group of short forms with
    // no author or title), several citations in one note and items first cited late; small enough to stay in seconds
    // on the Node host, whose output the Jint host is held to elsewhere.
    private const int Notes = 120;

    [DebianStylesTheory]
    [InlineData("chicago-fullnote-bibliography", null, 11)]
    [InlineData("chicago-fullnote-bibliography-with-ibid", null, 12)]
    [InlineData("modern-humanities-research-association", null, 13)]
    [InlineData("project:azerbaijani-historical-notes.csl", "az-AZ", 14)]
    [InlineData("project:azerbaijani-historical-notes.csl", "ru-RU", 15)]
    public void Corpus_notes_render_identically_in_one_batch_and_cluster_by_cluster(string style, string? locale, int seed)
    {
        var xml = style.StartsWith("project:", StringComparison.Ordinal)
            ? File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "styles", style["project:".Length..]))
            : StyleRepository.CreateDefault().Resolve(style).Xml;
        var corpus = new CitationCorpus(seed);
        // As the benchmarks do: many footnotes, kept to those citing only the first items, so items recur.
        var footnotes = Enumerable.Range(0, 4 * Notes).Select(_ => corpus.NextFootnote()).ToList();
        var document = BibliographyPipeline.ParseFootnotes(footnotes).Document;
        var prepared = DocumentFormatter.PreRender(document, xml, locale, FormatMode.Notes);
        var items = prepared.Items.Take(Notes).ToList();
        var known = items.Select(i => i.Id).ToHashSet();
        var clusters = prepared.Citations
            .Where(c => c.CitationItems.Count > 0 && c.CitationItems.All(i => known.Contains(i.Id)))
            .Take(Notes)
            .Select((c, n) => DocumentFormatter.ToCluster(c) with { NoteIndex = n + 1 })
            .ToList();
        clusters.Count.ShouldBeGreaterThanOrEqualTo(100);
        // The corpus must exercise what the two paths could disagree on: items cited again (subsequent forms, ibid)
        // and several citations in one note.
        clusters.SelectMany(c => c.Items).GroupBy(r => r.Id).Count(g => g.Count() > 1).ShouldBeGreaterThanOrEqualTo(5);
        clusters.Count(c => c.Items.Count > 1).ShouldBeGreaterThanOrEqualTo(5);

        foreach (var format in new[] { CiteProcOutputFormat.Text, CiteProcOutputFormat.Html })
        {
            IReadOnlyList<string> Run(string? path) =>
                new CiteProcessor(hosts.Node, xml, locale, items, format, forceLocale: locale is not null) { ClusterPath = path }
                    .Citations(clusters);
            var batch = Run("batch");
            var oneByOne = Run("perCluster");
            // What the tool does (the batch where the driver deems it exact, else one by one) is the same again.
            Run(null).ShouldBe(oneByOne);
            batch.Count.ShouldBe(clusters.Count);
            var differences = Enumerable.Range(0, clusters.Count).Where(i => batch[i] != oneByOne[i]).ToList();
            foreach (var i in differences.Take(5))
                output.WriteLine($"{format} note {i + 1}\n  one by one: {oneByOne[i]}\n  batch:      {batch[i]}");
            differences.ShouldBeEmpty($"{style} {locale} {format}: {differences.Count} of {clusters.Count} notes differ");
        }
    }

    /// <summary>Where the batch is not exact: a note style whose disambiguation reads back-references keeps the per-cluster path.</summary>
    [SharedTheory]
    [InlineData("disambiguate_BasedOnSubsequentFormWithBackref2.txt")]
    [InlineData("bugreports_EnvAndUrb.txt")]
    public void Suite_fixtures_the_batch_gets_wrong_are_rendered_cluster_by_cluster(string name)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Shared!, "csl-test-suite", "humans", name));
        string Section(string key) => Regex.Match(text, $">>=+ {key} =+>>(.*?)<<=+ {key} =+<<", RegexOptions.Singleline).Groups[1].Value.Trim();
        var clusters = JArray.Parse(Section("CITATIONS")).Select(c => c[0]!).Select(c => new CitationCluster(
            c["citationItems"]!.Select(i => new CitationReference(i.Value<string>("id")!, i.Value<string>("locator"), i.Value<string>("label"))).ToList(),
            c["properties"]!.Value<int>("noteIndex"))).ToList();
        // The suite's expected notes, one per line after "..[n] " or ">>[n] ".
        var expected = Section("RESULT").Split('\n').Select(l => Regex.Replace(l, @"^(\.\.|>>)\[\d+\] ", "")).ToList();
        IReadOnlyList<string> Run(string? path) =>
            new CiteProcessor(hosts.Node, Section("CSL"), null, JArray.Parse(Section("INPUT")), CiteProcOutputFormat.Html) { ClusterPath = path }.Citations(clusters);
        Run(null).ShouldBe(expected);
        Run("perCluster").ShouldBe(expected);
        Run("batch").ShouldNotBe(expected);
    }
}
