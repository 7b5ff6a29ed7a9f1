using Bibliography.Tests.Support;
using System.Xml.Linq;
using Bibliography.CiteProc;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Bibliography.Tests.CiteProc;

/// <summary>Official styles formatted on both hosts with tricky data must give byte-identical output.</summary>
[Collection("citeproc hosts")]
public sealed class DifferentialTests(HostFixture hosts, ITestOutputHelper output)
{
    private const string StylesDir = Bibliography.CiteProc.Styles.StyleSearchOptions.DebianStylesDirectory;

    private static readonly JArray TrickyItems = JArray.Parse("""
        [
          {"id":"t1","type":"book","title":"Tarix\u00a0və\u202fmədəniyyət: İstanbul\u2009və Şəki","author":[{"family":"Əliyev","given":"İlham"},{"family":"Işıq","given":"Ilkin"}],"publisher":"Elm","publisher-place":"Bakı","issued":{"date-parts":[[2005]]}},
          {"id":"t2","type":"article-journal","title":"Die Straße der Erinnerung","container-title":"Zeitschrift für Geschichte","volume":"12","issue":"3","page":"45-67","author":[{"family":"Groß","given":"Jörg"}],"issued":{"date-parts":[[2010,5]]}},
          {"id":"t3","type":"book","title":"История Кавказа","author":[{"family":"Ёлкин","given":"Пётр"}],"publisher":"Наука","publisher-place":"Москва","issued":{"date-parts":[[1999]]}},
          {"id":"t4","type":"book","title":"История Кавказа","author":[{"family":"Ёлкин","given":"Пётр"}],"publisher":"Наука","publisher-place":"Москва","issued":{"date-parts":[[1999]]}},
          {"id":"t5","type":"chapter","title":"ΟΔΟΣ και ΣΑΣ","container-title":"Άλφα","author":[{"family":"Жуков","given":"Иван"}],"editor":[{"family":"Zimmer","given":"Anna"}],"page":"1-20","issued":{"date-parts":[[1987]]}}
        ]
        """);

    [DebianStylesFact]
    public void Thirty_official_styles_format_identically_on_both_hosts()
    {
        var styles = Directory.EnumerateFiles(StylesDir, "*.csl")
            .Order(StringComparer.Ordinal)
            .Where(f => !XDocument.Load(f).Descendants().Any(e => e.Name.LocalName == "link" && (string?)e.Attribute("rel") == "independent-parent"))
            .Where((_, i) => i % 7 == 0)
            .Take(32)
            .ToList();
        styles.Count.ShouldBeGreaterThanOrEqualTo(30);
        var differences = new List<string>();
        var clusters = new[]
        {
            new CitationCluster([new("t1", Locator: "12")]),
            new CitationCluster([new("t1", Locator: "12")]),
            new CitationCluster([new("t2"), new("t3"), new("t4")]),
            new CitationCluster([new("t5", Locator: "3")]),
        };
        foreach (var file in styles)
        {
            var xml = File.ReadAllText(file);
            string Run(ICiteProcHost host)
            {
                try
                {
                    var r = new CiteProcessor(host, xml, null, TrickyItems, CiteProcOutputFormat.Html).Format(clusters);
                    return string.Join("\n", r.Citations) + "\n" + r.Bibliography;
                }
                catch (CiteProcException e)
                {
                    return "ERROR " + e.Kind;
                }
            }
            var jint = Run(hosts.Jint);
            var n = Run(hosts.Node);
            // Two identical "ERROR" lines are not agreement: a style that fails on both hosts proves nothing and fails too.
            if (jint != n || jint.StartsWith("ERROR", StringComparison.Ordinal))
                differences.Add($"{Path.GetFileName(file)}\n  jint:     {jint}\n  node:     {n}");
        }
        foreach (var d in differences) output.WriteLine(d);
        differences.ShouldBeEmpty();
    }
}
