using Bibliography.CiteProc;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.CiteProc;

/// <summary>
/// The driver keeps a built citeproc engine per style, locale and format and resets it between calls: a call on a
/// reused engine must give byte for byte what a newly built engine gives, whatever ran on it before.
/// </summary>
[Collection("citeproc hosts")]
public sealed class EngineReuseTests(HostFixture hosts)
{
    public static TheoryData<string> Hosts => new() { "Jint", "Node" };

    private ICiteProcHost Host(string name) => hosts[name];

    // Author-date with year suffixes: disambiguation state left over from another call would show in the letters.
    private const string AuthorDateStyle = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
          <info><title>Test author-date</title><id>test-author-date</id><updated>2024-01-01T00:00:00+00:00</updated></info>
          <citation disambiguate-add-year-suffix="true" disambiguate-add-givenname="true" givenname-disambiguation-rule="by-cite">
            <sort><key variable="author"/><key variable="issued"/></sort>
            <layout prefix="(" suffix=")" delimiter="; ">
              <group delimiter=" "><names variable="author"><name form="short"/></names><date variable="issued"><date-part name="year"/></date><text variable="year-suffix"/></group>
              <text variable="locator" prefix=", "/>
            </layout>
          </citation>
          <bibliography>
            <sort><key variable="author"/><key variable="issued"/><key variable="title"/></sort>
            <layout suffix="."><names variable="author"><name name-as-sort-order="all"/></names><date variable="issued" prefix=" (" suffix=")"><date-part name="year"/></date><text variable="year-suffix"/><text variable="title" prefix=". " font-style="italic"/></layout>
          </bibliography>
        </style>
        """;

    // A: two 2005 works by one author (suffixes a/b) and a namesake (given names needed).
    private static JArray ItemsA => JArray.Parse("""
        [
          {"id":"x1","type":"book","title":"Azərbaycan tarixi","author":[{"family":"Əliyev","given":"İlham"}],"issued":{"date-parts":[[2005]]}},
          {"id":"x2","type":"book","title":"Bakı neftі","author":[{"family":"Əliyev","given":"İlham"}],"issued":{"date-parts":[[2005]]}},
          {"id":"x3","type":"book","title":"Qarabağ","author":[{"family":"Əliyev","given":"Rəşid"}],"issued":{"date-parts":[[2005]]}},
          {"id":"x4","type":"book","title":"История Кавказа","author":[{"family":"Абрамов","given":"Пётр"}],"issued":{"date-parts":[[1999]]}}
        ]
        """);

    // B: the same ids with other data (no collisions any more), and one item A does not have.
    private static JArray ItemsB => JArray.Parse("""
        [
          {"id":"x1","type":"book","title":"Straße","author":[{"family":"Zimmer","given":"Jörg"}],"issued":{"date-parts":[[2010]]}},
          {"id":"x2","type":"book","title":"Кавказ","author":[{"family":"Əliyev","given":"İlham"}],"issued":{"date-parts":[[2007]]}},
          {"id":"x5","type":"article-journal","title":"Neft","author":[{"family":"Абрамов","given":"Пётр"}],"issued":{"date-parts":[[1999]]}}
        ]
        """);

    private static List<CitationCluster> ClustersA =>
    [
        new([new("x1", Locator: "12")]),
        new([new("x1", Locator: "14")]),
        new([new("x2"), new("x3")]),
        new([new("x4")]),
        new([new("x1")]),
    ];

    private static List<CitationCluster> ClustersB =>
    [
        new([new("x5")]),
        new([new("x5")]),
        new([new("x1"), new("x2")]),
    ];

    public static TheoryData<string, string> Cases => new()
    {
        { "Jint", "note" }, { "Jint", "author-date" }, { "Node", "note" }, { "Node", "author-date" },
    };

    [Theory, MemberData(nameof(Cases))]
    public void A_then_B_then_A_on_a_reused_engine_matches_a_new_engine(string host, string kind)
    {
        var style = kind == "note" ? ProcessorTests.NoteStyle : AuthorDateStyle;
        foreach (var format in new[] { CiteProcOutputFormat.Text, CiteProcOutputFormat.Html })
        {
            var reused = Run(Host(host), style, format);
            var firstA = reused.A();
            var b = reused.B();
            var secondA = reused.A();

            // A style text no call has used before builds a new engine: the comment makes it unique, not different.
            var fresh = Run(Host(host), style + $"\n<!-- fresh {Guid.NewGuid():N} -->", format);
            var freshA = fresh.A();
            var freshB = Run(Host(host), style + $"\n<!-- fresh {Guid.NewGuid():N} -->", format).B();

            firstA.ShouldBe(freshA);
            secondA.ShouldBe(freshA);
            b.ShouldBe(freshB);
        }
    }

    [Theory, MemberData(nameof(Hosts))]
    public void A_call_that_fails_half_way_does_not_leak_into_the_next(string host)
    {
        var reused = Run(Host(host), AuthorDateStyle, CiteProcOutputFormat.Text);
        var before = reused.A();
        var p = new CiteProcessor(Host(host), AuthorDateStyle, null, ItemsA);
        Should.Throw<CiteProcException>(() => p.Citations([new CitationCluster([new("x1")]), new CitationCluster([new("missing")])]))
            .Kind.ShouldBe(CiteProcErrorKind.Item);
        reused.A().ShouldBe(before);
    }

    [Fact]
    public void Reused_engines_agree_across_hosts()
    {
        foreach (var style in new[] { ProcessorTests.NoteStyle, AuthorDateStyle })
        {
            var j = Run(hosts.Jint, style, CiteProcOutputFormat.Html);
            var n = Run(hosts.Node, style, CiteProcOutputFormat.Html);
            (j.A(), j.B(), j.A()).ShouldBe((n.A(), n.B(), n.A()));
        }
    }

    private static Jobs Run(ICiteProcHost host, string style, CiteProcOutputFormat format) => new(
        new CiteProcessor(host, style, null, ItemsA, format),
        new CiteProcessor(host, style, null, ItemsB, format));

    private sealed record Jobs(CiteProcessor ForA, CiteProcessor ForB)
    {
        // Notes with the cited items' bibliography in one call, then the bibliography alone (the updateItems path).
        public string A() => Both(ForA, ClustersA);

        public string B() => Both(ForB, ClustersB);

        private static string Both(CiteProcessor p, List<CitationCluster> clusters)
        {
            var doc = p.Format(clusters);
            var bib = p.Bibliography()!;
            return string.Join("\n", doc.Citations) + "\n--\n" + doc.Bibliography + "\n--\n" + bib
                   + "\n" + string.Join(",", bib.Ids) + $" {bib.MaxOffset} {bib.EntrySpacing} {bib.LineSpacing} {bib.HangingIndent}";
        }
    }
}
