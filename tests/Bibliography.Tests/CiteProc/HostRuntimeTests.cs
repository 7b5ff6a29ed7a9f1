using Bibliography.CiteProc;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.CiteProc;

/// <summary>The runtime under citeproc must behave like V8 on every host: \s, case mapping, collation, numbers, sort.</summary>
[Collection("citeproc hosts")]
public sealed class HostRuntimeTests(HostFixture hosts)
{
    public static TheoryData<string> Hosts => new() { "Jint", "Node" };

    private ICiteProcHost Host(string name) => hosts[name];

    private JObject Probe(string host) => (JObject)JObject.Parse(Host(host).Invoke("selfTest", "null"))["ok"]!;

    [Theory, MemberData(nameof(Hosts))]
    public void Regexes_built_by_citeproc_match_unicode_spaces(string host)
    {
        var p = Probe(host);
        p.Value<bool>("dynamicRegexNbsp").ShouldBeTrue();
        p.Value<bool>("dynamicRegexNarrowNbsp").ShouldBeTrue();
        p.Value<bool>("dynamicRegexThinSpace").ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Hosts))]
    public void Case_mapping_follows_the_locale_and_full_unicode_rules(string host)
    {
        var p = Probe(host);
        p.Value<string>("upperAz").ShouldBe("İSTANBUL");
        p.Value<string>("upperSharpS").ShouldBe("STRASSE");
        p.Value<string>("lowerSigma").ShouldBe("οδος");
    }

    [Theory, MemberData(nameof(Hosts))]
    public void Collation_is_locale_aware_numeric_and_sort_is_stable(string host)
    {
        var p = Probe(host);
        p.Value<int>("compareCyrillic").ShouldBe(-1);
        p.Value<int>("compareNumeric").ShouldBe(-1);
        p.Value<int>("sortIgnoresPunctuation").ShouldBe(1);
        p.Value<int>("sortIgnoresSpaces").ShouldBe(0);
        p.Value<int>("sortKeepsSymbols").ShouldBe(-1);
        p.Value<int>("plainCompareDotlessI").ShouldBe(-1);
        p.Value<string>("stableSort").ShouldBe("4,1,3,2,0");
    }

    [Fact]
    public void Both_hosts_give_identical_probe_results()
    {
        JToken.DeepEquals(Probe("Jint"), Probe("Node")).ShouldBeTrue();
    }

    [Fact]
    public void Node_host_restarts_after_its_process_dies()
    {
        using var node = new NodeHost();
        node.Invoke("ping", "null").ShouldStartWith("{\"ok\"");
        node.KillProcessForTest();
        node.Invoke("ping", "null").ShouldStartWith("{\"ok\"");
        node.Starts.ShouldBe(2);
    }
}
