using Bibliography.CiteProc;
using Bibliography.CiteProc.Styles;
using Bibliography.Model;
using Bibliography.Tests.Support;

namespace Bibliography.Tests.CiteProc;

/// <summary>The C# API: a style and locale loaded once, then items and clusters formatted many times, from several threads.</summary>
[Collection("citeproc hosts")]
public sealed class CslProcessorTests(HostFixture hosts)
{
    public static TheoryData<string> Hosts => new() { "Jint", "Node" };

    private static List<CslItem> Items(params string[] ids) =>
        CslJson.Deserialize<List<CslItem>>(ProcessorTests.Items.ToString()).Where(i => ids.Contains(i.Id)).ToList();

    [Theory, MemberData(nameof(Hosts))]
    public void One_loaded_style_formats_each_call_with_only_that_calls_items(string host)
    {
        var processor = CslProcessor.FromXml(hosts[host], ProcessorTests.NoteStyle, "en-US");

        var first = processor.Format(Items("a", "b"), [new CitationCluster([new CitationReference("a", "12")])]);
        var second = processor.Format(Items("c"), [new CitationCluster([new CitationReference("c")])]);

        first.Citations.ShouldBe(["İlham Əliyev, Azərbaycan tarixi (2005), 12."]);
        first.Bibliography!.Entries.ShouldHaveSingleItem().ShouldContain("ƏLIYEV", Case.Insensitive); // the cited items only
        processor.Bibliography(Items("a", "b"))!.Entries.Count.ShouldBe(2);
        second.Citations.ShouldBe(["Jörg Zimmer, Straße (2010)."]);
        second.Bibliography!.Entries.ShouldHaveSingleItem().ShouldContain("Zimmer");
    }

    [Theory, MemberData(nameof(Hosts))]
    public void Calls_from_several_threads_give_what_calls_one_after_another_give(string host)
    {
        var processor = CslProcessor.FromXml(hosts[host], ProcessorTests.NoteStyle, "en-US");
        string[][] sets = [["a"], ["b"], ["c"], ["a", "c"], ["b", "c"], ["a", "b", "c"]];
        string Run(string[] ids) => string.Join("|", processor.Format(Items(ids),
            ids.Select(id => new CitationCluster([new CitationReference(id, "5")]))).Citations)
            + "#" + processor.Bibliography(Items(ids))!;

        var sequential = sets.Select(Run).ToList();
        var parallel = new string[sets.Length * 4];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Run(sets[i % sets.Length]));

        for (var i = 0; i < parallel.Length; i++) parallel[i].ShouldBe(sequential[i % sets.Length]);
    }

    [Fact]
    public void A_bad_style_or_locale_is_refused_when_loaded_not_at_the_first_call()
    {
        Should.Throw<CiteProcException>(() => CslProcessor.FromXml(hosts.Node, "<style xmlns=\"http://purl.org/net/xbiblio/csl\"><info>", "en-US"))
            .Kind.ShouldBe(CiteProcErrorKind.Style);
        Should.Throw<CiteProcException>(() => CslProcessor.FromXml(hosts.Node, ProcessorTests.NoteStyle, "xx-XX"))
            .Kind.ShouldBe(CiteProcErrorKind.Locale);
        Should.Throw<StyleNotFoundException>(() => CslProcessor.Load(hosts.Node, "no-such-style-anywhere"));
    }

    [DebianStylesFact]
    public void Load_resolves_a_dependent_style_to_its_parent_and_keeps_the_asked_locale()
    {
        // cell-reports is a dependent style: it holds no layout of its own, only a link to cell.csl.
        var processor = CslProcessor.Load(hosts.Node, "cell-reports", "ru-RU");

        processor.StyleXml.ShouldContain("<bibliography");
        processor.Bibliography(Items("c"))!.Entries.ShouldHaveSingleItem().ShouldContain("Zimmer");
        processor.Locale.ShouldBe("ru-RU");
        processor.ForceLocale.ShouldBeTrue();
    }
}
