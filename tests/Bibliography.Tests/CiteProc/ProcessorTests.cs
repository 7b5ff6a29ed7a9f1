using Bibliography.CiteProc;
using Bibliography.Model;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.CiteProc;

/// <summary>The processor API on both hosts: bibliography, note citations with ibid, formats, typed errors.</summary>
[Collection("citeproc hosts")]
public sealed class ProcessorTests(HostFixture hosts)
{
    public static TheoryData<string> Hosts => new() { "Jint", "Node" };

    private ICiteProcHost Host(string name) => hosts[name];

    internal const string NoteStyle = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="en-US">
          <info><title>Test note</title><id>test-note</id><updated>2024-01-01T00:00:00+00:00</updated></info>
          <citation>
            <layout suffix="." delimiter="; ">
              <choose>
                <if position="ibid-with-locator"><text term="ibid"/><text variable="locator" prefix=", "/></if>
                <else-if position="ibid"><text term="ibid"/></else-if>
                <else-if position="subsequent"><names variable="author"><name form="short"/></names><text variable="title" form="short" prefix=", " font-style="italic"/></else-if>
                <else><names variable="author"><name/></names><text variable="title" prefix=", " font-style="italic"/><date variable="issued" prefix=" (" suffix=")"><date-part name="year"/></date><text variable="locator" prefix=", "/></else>
              </choose>
            </layout>
          </citation>
          <bibliography>
            <sort><key variable="author"/></sort>
            <layout suffix="."><names variable="author"><name name-as-sort-order="all"/></names><text variable="title" prefix=". " text-case="uppercase"/></layout>
          </bibliography>
        </style>
        """;

    internal static JArray Items => JArray.Parse("""
        [
          {"id":"a","type":"book","title":"Azərbaycan tarixi","author":[{"family":"Əliyev","given":"İlham"}],"issued":{"date-parts":[[2005]]}},
          {"id":"b","type":"book","title":"История\u00a0Кавказа","author":[{"family":"Абрамов","given":"Пётр"}],"issued":{"date-parts":[[1999]]}},
          {"id":"c","type":"book","title":"Straße","author":[{"family":"Zimmer","given":"Jörg"}],"issued":{"date-parts":[[2010]]}}
        ]
        """);

    [Theory, MemberData(nameof(Hosts))]
    public void Notes_get_ibid_and_subsequent_forms(string host)
    {
        var p = new CiteProcessor(Host(host), NoteStyle, "en-US", Items);
        var notes = p.Citations([
            new CitationCluster([new CitationReference("a", Locator: "12")]),
            new CitationCluster([new CitationReference("a", Locator: "14")]),
            new CitationCluster([new CitationReference("b")]),
            new CitationCluster([new CitationReference("a")]),
        ]);
        notes.Count.ShouldBe(4);
        notes[0].ShouldBe("İlham Əliyev, Azərbaycan tarixi (2005), 12.");
        notes[1].ShouldBe("Ibid., 14.");
        notes[3].ShouldBe("Əliyev, Azərbaycan tarixi.");
    }

    [Theory, MemberData(nameof(Hosts))]
    public void Bibliography_in_text_html_and_rtf(string host)
    {
        var text = new CiteProcessor(Host(host), NoteStyle, "en-US", Items, CiteProcOutputFormat.Text).Bibliography()!;
        text.Entries.Count.ShouldBe(3);
        text.Entries.ShouldContain(e => e.Contains("STRASSE"));
        var html = new CiteProcessor(Host(host), NoteStyle, "en-US", Items, CiteProcOutputFormat.Html).Bibliography()!;
        html.ToString().ShouldStartWith("<div class=\"csl-bib-body\">");
        var rtf = new CiteProcessor(Host(host), NoteStyle, "en-US", Items, CiteProcOutputFormat.Rtf).Bibliography()!;
        rtf.ToString().ShouldContain("STRASSE");
    }

    [Fact]
    public void Hosts_agree_byte_for_byte()
    {
        foreach (var format in Enum.GetValues<CiteProcOutputFormat>())
        {
            var j = new CiteProcessor(hosts.Jint, NoteStyle, "ru-RU", Items, format, forceLocale: true).Format([new CitationCluster([new("a"), new("b"), new("c")])]);
            var n = new CiteProcessor(hosts.Node, NoteStyle, "ru-RU", Items, format, forceLocale: true).Format([new CitationCluster([new("a"), new("b"), new("c")])]);
            j.Citations.ShouldBe(n.Citations);
            j.Bibliography!.ToString().ShouldBe(n.Bibliography!.ToString());
        }
    }

    [Fact]
    public void Malformed_style_is_a_typed_error_with_position()
    {
        var e = Should.Throw<CiteProcException>(() => new CiteProcessor(hosts.Jint, "<style xmlns=\"http://purl.org/net/xbiblio/csl\"><citation>", "en-US", Items));
        e.Kind.ShouldBe(CiteProcErrorKind.Style);
        e.Line.ShouldNotBeNull();
    }

    [Fact]
    public void Unknown_locale_is_a_typed_error()
    {
        var e = Should.Throw<CiteProcException>(() => new CiteProcessor(hosts.Jint, NoteStyle, "xx-YY", Items));
        e.Kind.ShouldBe(CiteProcErrorKind.Locale);
        e.Message.ShouldContain("xx-YY");
    }

    [Theory, MemberData(nameof(Hosts))]
    public void Citing_an_unknown_item_is_a_typed_error(string host)
    {
        var p = new CiteProcessor(Host(host), NoteStyle, "en-US", Items);
        var e = Should.Throw<CiteProcException>(() => p.Citations([new CitationCluster([new CitationReference("zzz")])]));
        e.Kind.ShouldBe(CiteProcErrorKind.Item);
        e.Message.ShouldContain("zzz");
    }

    [Fact]
    public void Items_without_type_are_rejected()
    {
        var items = JArray.Parse("""[{"id":"x","title":"No type"}]""");
        var e = Should.Throw<CiteProcException>(() => new CiteProcessor(hosts.Jint, NoteStyle, "en-US", items).Bibliography());
        e.Kind.ShouldBe(CiteProcErrorKind.Item);
    }

    [Fact]
    public void A_runaway_job_ends_with_a_timeout_and_the_host_lives()
    {
        using var host = new JintHost(budget: TimeSpan.FromMilliseconds(1), maxEngines: 1);
        var p = new CiteProcessor(host, NoteStyle, "en-US", Items);
        var many = Enumerable.Range(0, 60).Select(i => new CitationCluster([new CitationReference("abc"[i % 3].ToString(), Locator: i.ToString())])).ToList();
        // The budget holds from a new engine's first job: only loading citeproc-js into the engine is not counted.
        Should.Throw<CiteProcException>(() => p.Citations(many)).Kind.ShouldBe(CiteProcErrorKind.Timeout);
        host.DiscardedEngines.ShouldBe(1);
        // The host lives: the next job is given a new engine (and is held to the same budget).
        Should.Throw<CiteProcException>(() => p.Citations(many)).Kind.ShouldBe(CiteProcErrorKind.Timeout);
        host.DiscardedEngines.ShouldBe(2);
        host.EnginesBuilt.ShouldBe(2);
    }

    [Fact]
    public void Model_items_are_accepted()
    {
        var items = new[] { new CslItem { Id = "m1", Type = CslItemTypes.Book, Title = "Model book" } };
        new CiteProcessor(hosts.Jint, NoteStyle, "en-US", items).Bibliography()!.Entries.Single().ShouldContain("MODEL BOOK");
    }
}
