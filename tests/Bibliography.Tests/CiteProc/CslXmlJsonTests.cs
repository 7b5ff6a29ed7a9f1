using System.Xml.Linq;
using Bibliography.CiteProc;
using Bibliography.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace Bibliography.Tests.CiteProc;

/// <summary>
/// CslXmlJson must write, byte for byte, what citeproc-js's own reader (<c>CSL.setupXml</c> → <c>CSL.parseXml</c>,
/// then <c>JSON.stringify</c>) makes of the same XML, run by the driver on V8 and on Jint: a style or locale handed over
/// as that JSON then builds the same engine.
/// </summary>
[Collection("citeproc hosts")]
public sealed class CslXmlJsonTests(HostFixture hosts, ITestOutputHelper output)
{
    private const string StylesDir = Bibliography.CiteProc.Styles.StyleSearchOptions.DebianStylesDirectory;

    // What the reader makes of the XML on a host; a locale as the driver's retrieveLocale hands it over.
    private static string Reader(ICiteProcHost host, string xml, bool locale = false)
    {
        var answer = JObject.Parse(host.Invoke("cslJson", JsonConvert.SerializeObject(new { xml, locale })));
        return answer.Value<string>("ok") ?? throw new InvalidOperationException("the reader failed: " + answer.Value<string>("error"));
    }

    private static string Style(string body, string attributes = "") =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"note\" version=\"1.0\"{attributes}>\n{body}\n</style>\n";

    // The reader's quirks, each in invented styles: the port must share them all, or the engine would differ.
    public static TheoryData<string, string> Quirks => new()
    {
        // Entities are decoded in passes, each reading what the one before wrote; &apos; is not decoded at all.
        { "entities in passes", Style("""<macro name="m"><text value="&amp;quot;a&amp;#65;&amp;lt; &apos;x&apos; &#38;#x42;"/></macro>""") },
        // A numeric reference past U+FFFF keeps its low 16 bits (String.fromCharCode); 7 digits are not a reference.
        { "numeric references", Style("""<macro name="m"><text value="&#128512;|&#x1F600;|&#X41;|&#xAbC;|&#1234567;|&#;"/></macro>""") },
        // Text keeps its spaces; its line breaks become spaces; space alone between tags goes.
        { "text and line breaks", Style("<locale><terms><term name=\"a\">  two\r\nlines\rand\nthree </term>\n\t <term name=\"b\">\t</term></terms></locale>") },
        // Empty terms, singles and multiples read as an empty text; an empty <term/> too.
        { "empty terms", Style("""<locale><terms><term name="a"></term><term name="b"/><term name="c"><single></single><multiple></multiple></term></terms></locale>""") },
        // Comments go, wherever they are, also between attributes' elements and inside text.
        { "comments", Style("<!-- head -->\n<info><title>T<!-- x -->itle</title></info><!--\n  two lines\n--><macro name=\"m\"><text value=\"v\"/> <!-- c --> </macro>") },
        // Single-quoted values, quotes of the other kind inside, '=' and '>' inside a value.
        { "quoting", Style("""<macro name='m'><text value='He said "a=b"' prefix=" (x>y) " suffix="it's"/></macro>""") },
        // Tabs and no space before attributes, a value that looks like another attribute.
        { "attribute spacing", Style("<macro\tname=\"m\"><text\tvalue=\"a prefix=&quot;z&quot;\"  prefix=\"p\"/></macro>") },
        // A locale inside a style, xml:lang, a style with no declaration and leading white space and a byte-order mark.
        { "no declaration", "\uFEFF \n<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\"><locale xml:lang=\"ru\"><terms><term name=\"x\" form=\"short\">y</term></terms></locale></style>" },
        // Characters JSON.stringify escapes: controls as \u00xx, a lone surrogate, and ones it leaves alone.
        { "escapes", Style("<macro name=\"m\"><text value=\"\u0001\u001f\\&quot;\u007f\u00a0\ud800x\ud83d\ude00\"/></macro>") },
    };

    [Theory]
    [MemberData(nameof(Quirks))]
    public void The_port_shares_the_readers_quirks(string name, string xml)
    {
        var json = CslXmlJson.TryConvert(xml);
        json.ShouldNotBeNull(name);
        json.ShouldBe(Reader(hosts.Node, xml), name);
        json.ShouldBe(Reader(hosts.Jint, xml), name);
    }

    [Fact]
    public void What_the_port_does_not_follow_is_left_to_citeproc()
    {
        // No piece opens <style or <locale (citeproc reads the prologue as the root), a line separator (JavaScript's '.'
        // stops there), an attribute name a regular expression would read otherwise, an attribute whose value the
        // reader cannot find (no space before it: the reader throws), nothing at all.
        string[] declined =
        [
            "<?xml version=\"1.0\"?>\n<style\txmlns=\"http://purl.org/net/xbiblio/csl\"></style>",
            Style("<macro name=\"m\"><text value=\"a\u2028b\"/></macro>"),
            Style("<macro name=\"m\"><text va.lue=\"a\"/></macro>"),
            Style("<macro name=\"m\"><text value=\"a\"x=\"b\"/></macro>"),
            "",
        ];
        foreach (var xml in declined)
        {
            CslXmlJson.TryConvert(xml).ShouldBeNull(xml);
            CslXmlJson.ForCiteProc(xml).ShouldBeSameAs(xml);
        }
        Should.Throw<InvalidOperationException>(() => Reader(hosts.Node, declined[3]));
    }

    [Fact]
    public void The_projects_styles_and_their_adapted_forms_match_on_both_hosts()
    {
        var inputs = new List<(string Name, string Xml)>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "styles"), "*.csl").Order(StringComparer.Ordinal))
            inputs.Add((Path.GetFileName(file), File.ReadAllText(file)));
        // What the style pipeline hands citeproc: archival adaptation and compiler roles, in three conventions.
        foreach (var (style, locale) in new[] { ("chicago-fullnote-bibliography", "en-US"), ("apa", "ru-RU"), ("modern-language-association", "az-AZ"), ("azerbaijani-historical-notes", null) })
        {
            if (TestPaths.DebianStylesMissing is not null && style != "azerbaijani-historical-notes") continue;
            var formatter = new DocumentFormatter(new FormatOptions(style, locale, FormatMode.Notes, CiteProcOutputFormat.Text), hosts.Node);
            inputs.Add(($"{style} adapted ({locale})", formatter.StyleXml));
        }
        Compare(inputs, hosts.Node, hosts.Jint).ShouldBeEmpty();
    }

    [Fact]
    public void The_locales_match_as_the_driver_hands_them_over()
    {
        var locales = LocaleResolver.Default.All.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        locales.Count.ShouldBeGreaterThan(40);
        var differences = new List<string>();
        foreach (var (tag, xml) in locales)
        {
            var json = CslXmlJson.TryConvert(xml);
            if (json is null) differences.Add($"{tag}: declined");
            else if (json != Reader(hosts.Node, xml, locale: true)) differences.Add($"{tag}: differs on Node");
            // Jint's reader is slow: the locales a seed paper uses.
            else if (tag is "en-US" or "ru-RU" or "az-AZ" or "ka-GE" && json != Reader(hosts.Jint, xml, locale: true)) differences.Add($"{tag}: differs on Jint");
        }
        foreach (var d in differences) output.WriteLine(d);
        differences.ShouldBeEmpty();
    }

    [DebianStylesFact]
    public void Debian_styles_match_the_reader()
    {
        var files = Directory.EnumerateFiles(StylesDir, "*.csl").Order(StringComparer.Ordinal).ToList();
        // The 32 styles of the differential test (on both hosts), and one in six of the rest (on V8).
        var differential = files
            .Where(f => !XDocument.Load(f).Descendants().Any(e => e.Name.LocalName == "link" && (string?)e.Attribute("rel") == "independent-parent"))
            .Where((_, i) => i % 7 == 0)
            .Take(32)
            .ToList();
        var sample = files.Where((_, i) => i % 6 == 1).Except(differential).ToList();
        sample.Count.ShouldBeGreaterThan(300);
        var differences = Compare(differential.Select(f => (Path.GetFileName(f), File.ReadAllText(f))), hosts.Node, hosts.Jint);
        differences.AddRange(Compare(sample.Select(f => (Path.GetFileName(f), File.ReadAllText(f))), hosts.Node));
        differences.ShouldBeEmpty();
    }

    [SharedFact]
    public void The_csl_suites_styles_match_the_reader()
    {
        var humans = Path.Combine(TestPaths.Shared!, "csl-test-suite", "humans");
        var styles = Directory.EnumerateFiles(humans, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), FixtureStyle(f)))
            .Where(p => p.Item2 is not null)
            .Select(p => (p.Item1, p.Item2!))
            .ToList();
        styles.Count.ShouldBeGreaterThan(800);
        // Every fixture's style on V8, one in ten on Jint too.
        var differences = Compare(styles, hosts.Node);
        differences.AddRange(Compare(styles.Where((_, i) => i % 10 == 0), hosts.Jint));
        differences.ShouldBeEmpty();
    }

    // The CSL section of a fixture, its lines joined as the conformance runner joins them.
    private static string? FixtureStyle(string path)
    {
        var lines = File.ReadAllText(path).Split(["\r\n", "\n"], StringSplitOptions.None);
        var open = Array.FindIndex(lines, l => l.Contains(" CSL ", StringComparison.Ordinal) && l.Contains("=>>", StringComparison.Ordinal));
        if (open < 0) return null;
        var close = Array.FindIndex(lines, open + 1, l => l.Contains(" CSL ", StringComparison.Ordinal) && l.Contains("=<<", StringComparison.Ordinal));
        return close < 0 ? null : string.Join("\n", lines[(open + 1)..close]);
    }

    // Each input converted and compared with the reader on each host; a declined input is a difference too (every
    // style and locale here must take the fast path).
    private List<string> Compare(IEnumerable<(string Name, string Xml)> inputs, params ICiteProcHost[] on)
    {
        var differences = new List<string>();
        var count = 0;
        foreach (var (name, xml) in inputs)
        {
            count++;
            var json = CslXmlJson.TryConvert(xml);
            if (json is null)
            {
                differences.Add($"{name}: declined");
                continue;
            }
            foreach (var host in on)
            {
                var expected = Reader(host, xml);
                if (json == expected) continue;
                var at = Enumerable.Range(0, Math.Min(json.Length, expected.Length)).FirstOrDefault(i => json[i] != expected[i], Math.Min(json.Length, expected.Length));
                differences.Add($"{name} on {host.Name}: first difference at {at}: port …{Around(json, at)}… reader …{Around(expected, at)}…");
            }
        }
        output.WriteLine($"{count} inputs compared on {string.Join(" and ", on.Select(h => h.Name))}; {differences.Count} differences");
        foreach (var d in differences) output.WriteLine(d);
        return differences;
    }

    private static string Around(string s, int at) => s.Substring(Math.Max(0, at - 40), Math.Min(s.Length, at + 40) - Math.Max(0, at - 40));
}
