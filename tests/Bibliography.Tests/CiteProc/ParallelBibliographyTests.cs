using Bibliography.CiteProc;
using Bibliography.Model;
using Bibliography.Testing;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.CiteProc;

/// <summary>
/// A bibliography rendered as disjoint parts on several engines and joined is byte for byte what one engine renders;
/// where the parts could differ it is rendered whole, and says why.
/// </summary>
[Collection("citeproc hosts")]
public sealed class ParallelBibliographyTests(HostFixture hosts)
{
    private const string DebianStyles = Bibliography.CiteProc.Styles.StyleSearchOptions.DebianStylesDirectory;

    private static string StyleXml(string style) =>
        File.ReadAllText(style.StartsWith("project:", StringComparison.Ordinal)
            ? Path.Combine(TestPaths.RepoRoot, "styles", style["project:".Length..] + ".csl")
            : Path.Combine(DebianStyles, style + ".csl"));

    private static JObject Book(string id, string title, int year, JArray? author = null, JArray? editor = null, string type = "book")
    {
        var item = new JObject
        {
            ["id"] = id, ["type"] = type, ["title"] = title,
            ["publisher"] = "Elm", ["publisher-place"] = "Bakı",
            ["issued"] = new JObject { ["date-parts"] = new JArray(new JArray(year)) },
        };
        if (author is not null) item["author"] = author;
        if (editor is not null) item["editor"] = editor;
        return item;
    }

    private static JArray Names(params (string Family, string Given)[] names) =>
        new(names.Select(n => new JObject { ["family"] = n.Family, ["given"] = n.Given }));

    /// <summary>Hand-made items at the edges of what parts may split: repeated authors, namesakes, authorless twins, ties, editors only.</summary>
    internal static JArray Adversarial()
    {
        var items = new JArray();
        // One author, many works: year suffixes (same year) and substitute dashes (consecutive entries).
        for (var i = 0; i < 8; i++)
            items.Add(Book($"mam-{i}", $"Kavkaz {(char)('A' + i % 3)}", 2010 + i % 2, Names(("Mamulia", "G."))));
        // Same family, different given names (given-name disambiguation, global rules), and initials that collide.
        items.Add(Book("ali-1", "Azərbaycan tarixi", 2005, Names(("Əliyev", "İlham"))));
        items.Add(Book("ali-2", "Bakı nefti", 2005, Names(("Əliyev", "Rəşid"))));
        items.Add(Book("ali-3", "Qarabağ", 2005, Names(("Əliyev", "İsmayıl"))));
        items.Add(Book("ali-4", "Şuşa", 2005, Names(("Əliyev", "İ."))));
        items.Add(Book("ali-5", "Gəncə", 2006, Names(("Əliyev", "Rəşid"), ("Həsənli", "Cəmil"))));
        // Authorless items with equal titles, in one year and in two.
        for (var i = 0; i < 5; i++) items.Add(Book($"anon-{i}", "Azərbaycan Demokratik Respublikası", 1919 + i / 3));
        items.Add(Book("anon-x", "Azərbaycan Demokratik Respublikası", 1919, type: "article-newspaper"));
        // Ties in every sort key: the same work twice, once more under another id.
        for (var i = 0; i < 3; i++) items.Add(Book($"tie-{i}", "İstoriya Kavkaza", 1999, Names(("Иванов", "Пётр"))));
        // Only an editor; an editor who also authors; a namesake editor.
        items.Add(Book("ed-1", "Sbornik dokumentov", 1948, editor: Names(("Kavtaradze", "N."))));
        items.Add(Book("ed-2", "Sbornik dokumentov", 1948, editor: Names(("Kavtaradze", "N."))));
        items.Add(Book("ed-3", "Materialy", 1950, author: Names(("Kavtaradze", "N.")), editor: Names(("Devdariani", "S."))));
        items.Add(Book("ed-4", "Ocherki", 1950, editor: Names(("Devdariani", "Sh."))));
        // Particles and case: names citeproc may register or render alike.
        items.Add(Book("vd-1", "Caucasus", 1990, Names(("van Dyke", "J."))));
        items.Add(new JObject
        {
            ["id"] = "vd-2", ["type"] = "book", ["title"] = "Caucasus", ["issued"] = new JObject { ["date-parts"] = new JArray(new JArray(1990)) },
            ["author"] = new JArray(new JObject { ["family"] = "Dyke", ["given"] = "J.", ["non-dropping-particle"] = "van" }),
        });
        items.Add(Book("case-1", "Neft", 1930, Names(("SÜLEYMANOV", "M."))));
        items.Add(Book("case-2", "Neft", 1930, Names(("Süleymanov", "M."))));
        items.Add(Book("lit-1", "Hesabat", 1925, new JArray(new JObject { ["literal"] = "Azərbaycan Elmlər Akademiyası" })));
        items.Add(Book("lit-2", "Hesabat", 1925, new JArray(new JObject { ["literal"] = "Azərbaycan Elmlər Akademiyası" })));
        return items;
    }

    /// <summary><paramref name="count"/> items of the benchmark corpus (archives without titles, nine families, newspapers) followed by the hand-made ones.</summary>
    internal static JArray CorpusItems(int count)
    {
        var corpus = new CitationCorpus(seed: 23);
        var doc = BibliographyPipeline.ParseFootnotes(Enumerable.Range(0, 4 * count).Select(_ => corpus.NextFootnote()).ToList()).Document;
        var items = JArray.Parse(CslJson.Serialize(doc.Items.Take(count).ToList()));
        foreach (var item in Adversarial()) items.Add(item);
        return items;
    }

    private static readonly Lazy<JArray> NodeItems = new(() => CorpusItems(400));
    private static readonly Lazy<JArray> JintItems = new(() => CorpusItems(220));

    public static TheoryData<string> Styles => new()
    {
        "apa", "chicago-fullnote-bibliography", "chicago-author-date", "modern-language-association", "harvard-cite-them-right",
        "project:azerbaijani-historical-notes", "project:gost-r-7-0-5-2008-archival-note",
    };

    private static void ShouldEqual(FormattedBibliography joined, FormattedBibliography whole, string what)
    {
        joined.Entries.Count.ShouldBe(whole.Entries.Count, what);
        for (var i = 0; i < whole.Entries.Count; i++) joined.Entries[i].ShouldBe(whole.Entries[i], $"{what}: entry {i}");
        joined.Ids.ShouldBe(whole.Ids, what);
        joined.ToString().ShouldBe(whole.ToString(), what);
        (joined with { Entries = whole.Entries, Ids = whole.Ids }).ShouldBe(whole, what);
    }

    [DebianStylesTheory]
    [MemberData(nameof(Styles))]
    public void Joined_parts_equal_one_render_on_Node(string style)
    {
        var processor = new CiteProcessor(hosts.Node, StyleXml(style), null, NodeItems.Value, CiteProcOutputFormat.Html);
        var whole = processor.Bibliography()!;
        whole.Entries.Count.ShouldBeGreaterThan(400);

        foreach (var parts in new[] { 2, 3, 7 })
        {
            var outcome = processor.BibliographyInParts(parts);
            outcome.WholeReason.ShouldBeNull($"{style} in {parts} parts");
            outcome.Parts.ShouldBeGreaterThan(1);
            ShouldEqual(outcome.Bibliography!, whole, $"{style} in {parts} parts");
        }
    }

    [DebianStylesFact]
    public void A_chosen_subset_in_another_order_joins_to_its_one_render()
    {
        // The registration order is the caller's (it breaks sort ties), not the items' order.
        var items = NodeItems.Value;
        var ids = items.Select(i => (string)i["id"]!).Where((_, n) => n % 3 != 1).Reverse().ToList();
        foreach (var style in new[] { "chicago-fullnote-bibliography", "apa" })
        {
            var processor = new CiteProcessor(hosts.Node, StyleXml(style), null, items);
            var whole = processor.Bibliography(ids)!;
            var outcome = processor.BibliographyInParts(3, ids);
            outcome.WholeReason.ShouldBeNull();
            ShouldEqual(outcome.Bibliography!, whole, style);
        }
    }

    [DebianStylesTheory]
    [InlineData("ieee")]
    [InlineData("gost-r-7-0-5-2008")]
    public void A_numbered_style_is_rendered_whole(string style)
    {
        var processor = new CiteProcessor(hosts.Node, StyleXml(style), null, NodeItems.Value);
        var outcome = processor.BibliographyInParts(2);
        outcome.Parts.ShouldBe(1);
        outcome.WholeReason!.ShouldContain("citation-number");
        ShouldEqual(outcome.Bibliography!, processor.Bibliography()!, style);
    }

    // A bibliography style with subsequent-author-substitute under a rule, its entries sorted by `sort` then year.
    private static string SubstituteStyle(string rule, string sort) => $"""
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><title>substitute</title><id>substitute</id><updated>2024-01-01T00:00:00+00:00</updated></info>
          <macro name="contributors">
            <names variable="author"><name/><substitute><names variable="editor"/><text variable="title"/></substitute></names>
          </macro>
          <citation><layout><text variable="title"/></layout></citation>
          <bibliography subsequent-author-substitute="———" subsequent-author-substitute-rule="{rule}">
            <sort><key {sort}/><key variable="issued"/></sort>
            <layout suffix=".">
              <group delimiter=". ">
                <text macro="contributors"/>
                <text variable="title" font-style="italic"/>
                <date variable="issued"><date-part name="year"/></date>
              </group>
            </layout>
          </bibliography>
        </style>
        """;

    private const string ByContributors = "macro=\"contributors\"";

    public static TheoryData<string> Rules => new() { "complete-all", "complete-each", "partial-each", "partial-first" };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Substituted_names_join_under_every_rule(string rule)
    {
        // Sorted by the names printed: every substitution's predecessor is in its own part.
        var processor = new CiteProcessor(hosts.Node, SubstituteStyle(rule, ByContributors), null, Adversarial());
        var whole = processor.Bibliography()!;
        whole.Entries.Count(e => e.StartsWith("———", StringComparison.Ordinal)).ShouldBeGreaterThan(3);
        foreach (var parts in new[] { 2, 3, 7 })
        {
            var outcome = processor.BibliographyInParts(parts);
            outcome.WholeReason.ShouldBeNull($"{rule} in {parts} parts");
            ShouldEqual(outcome.Bibliography!, whole, $"{rule} in {parts} parts");
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_substitution_the_join_would_change_is_rendered_whole(string rule)
    {
        // Sorted by year, Mamulia's two 2010 works are neighbours in their part but not in the whole (an Əliyev
        // work of 2010 sorts between them by seq): the join must notice that the dash would go.
        var items = new JArray
        {
            Book("m1", "A", 2010, Names(("Mamulia", "G."))),
            Book("e1", "B", 2010, Names(("Əliyev", "R."))),
            Book("m2", "C", 2010, Names(("Mamulia", "G."))),
            Book("e2", "D", 2011, Names(("Əliyev", "R."))),
        };
        var processor = new CiteProcessor(hosts.Node, SubstituteStyle(rule, "variable=\"issued\""), null, items);
        var whole = processor.Bibliography()!;
        whole.Entries.ShouldNotContain(e => e.StartsWith("———", StringComparison.Ordinal));

        var outcome = processor.BibliographyInParts(2);
        outcome.Parts.ShouldBe(1);
        outcome.WholeReason!.ShouldContain("subsequent-author-substitute");
        ShouldEqual(outcome.Bibliography!, whole, rule);
    }

    [Fact]
    public void An_authorless_title_equal_to_an_author_name_is_caught_or_joins_exactly()
    {
        // The title substitutes for the missing author and reads like the next entry's author: the parts (one without
        // creators, one of Mamulia's) cannot see that; the join's replay must, or the join must still be exact.
        var items = new JArray
        {
            Book("t1", "Mamulia", 2000),
            Book("m1", "Kavkaz", 2001, Names(("Mamulia", "G."))),
            Book("m2", "Kavkaz II", 2002, Names(("Mamulia", "G."))),
        };
        var processor = new CiteProcessor(hosts.Node, SubstituteStyle("complete-all", "variable=\"issued\""), null, items);
        var whole = processor.Bibliography()!;
        var outcome = processor.BibliographyInParts(2);
        ShouldEqual(outcome.Bibliography!, whole, "title as author");
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Editors_sorted_after_authorless_titles_are_caught_or_join_exactly(string rule)
    {
        // Sorted by author alone, editor-only works sort last, after the authorless ones (another part), while in their
        // own part they follow the last author: whether an editor is dashed depends on the parts.
        var processor = new CiteProcessor(hosts.Node, SubstituteStyle(rule, "variable=\"author\""), null, Adversarial());
        var whole = processor.Bibliography()!;
        var reasons = new List<string?>();
        foreach (var parts in new[] { 2, 3, 7 })
        {
            var outcome = processor.BibliographyInParts(parts);
            reasons.Add(outcome.WholeReason);
            ShouldEqual(outcome.Bibliography!, whole, $"{rule} in {parts} parts");
        }
        reasons.ShouldContain("subsequent-author-substitute decides otherwise in the joined order");
    }

    [Fact]
    public void Items_sharing_one_name_are_not_split()
    {
        var items = new JArray(Enumerable.Range(0, 6).Select(i => Book($"b{i}", $"T{i}", 2000, Names(("Same", "A.")))));
        var processor = new CiteProcessor(hosts.Node, SubstituteStyle("complete-all", ByContributors), null, items);
        var outcome = processor.BibliographyInParts(3);
        outcome.Parts.ShouldBe(1);
        outcome.WholeReason!.ShouldContain("one group");
        ShouldEqual(outcome.Bibliography!, processor.Bibliography()!, "one group");
    }

    [Fact]
    public void Name_keys_join_particles_case_and_literals()
    {
        string[] Keys(string json) => BibliographyParts.NameKeys(JObject.Parse(json)).ToArray();
        Keys("""{"author":[{"family":"van Dyke","given":"J."}]}""").ShouldBe(["dyke"]);
        Keys("""{"author":[{"family":"Dyke","non-dropping-particle":"van"}],"editor":[{"literal":"Elmlər Akademiyası"}]}""").ShouldBe(["dyke", "akademiyası"]);
        Keys("""{"author":[{"family":"SÜLEYMANOV"}],"translator":[{"family":"Su\u0308leymanov."}]}""").ShouldBe(["süleymanov", "süleymanov"]);
        Keys("""{"title":"x","custom":{"a":1}}""").ShouldBeEmpty();
    }

    [DebianStylesTheory]
    [InlineData("chicago-fullnote-bibliography")]
    [InlineData("apa")]
    [InlineData("project:azerbaijani-historical-notes")]
    public void Joined_parts_equal_one_render_on_Jint(string style)
    {
        var processor = new CiteProcessor(hosts.Jint, StyleXml(style), null, JintItems.Value, CiteProcOutputFormat.Html);
        var whole = processor.Bibliography()!;
        foreach (var parts in new[] { 2, 3 })
        {
            var outcome = processor.BibliographyInParts(parts);
            outcome.WholeReason.ShouldBeNull($"{style} in {parts} parts");
            ShouldEqual(outcome.Bibliography!, whole, $"{style} in {parts} parts");
        }
    }

    [DebianStylesFact]
    public void A_large_bibliography_runs_on_two_Jint_engines_and_equals_Node()
    {
        using var host = new JintHost(maxEngines: 2);
        var style = StyleXml("chicago-fullnote-bibliography");
        var processor = new CiteProcessor(host, style, null, JintItems.Value) { ParallelThreshold = 100 };

        var joined = processor.Bibliography()!;

        host.EnginesBuilt.ShouldBe(2);
        ShouldEqual(joined, new CiteProcessor(hosts.Node, style, null, JintItems.Value).Bibliography()!, "Jint parts against Node whole");
    }

    [DebianStylesFact]
    public void A_host_with_one_engine_renders_whole()
    {
        using var host = new JintHost(maxEngines: 1);
        var items = new JArray(Adversarial().Take(12));
        var processor = new CiteProcessor(host, StyleXml("apa"), null, items) { ParallelThreshold = 2 };
        processor.Bibliography()!.Entries.Count.ShouldBe(12);
        host.EnginesBuilt.ShouldBe(1);
    }
}
