using System.Xml.Linq;
using Bibliography.CiteProc.Rendering;
using Bibliography.CiteProc.Styles;
using Bibliography.Parsing;
using Bibliography.Tests.Support;

namespace Bibliography.Tests.Rendering;

/// <summary>A format job parses its style once and adapts the tree in place: the same text as adapting the text step by step.</summary>
public sealed class StyleTreeTests
{
    private static IEnumerable<string> Styles(int everyNth)
    {
        var project = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "styles"), "*.csl").Order(StringComparer.Ordinal);
        var debian = Directory.Exists(StyleSearchOptions.DebianStylesDirectory)
            ? Directory.GetFiles(StyleSearchOptions.DebianStylesDirectory, "*.csl").Order(StringComparer.Ordinal).Where((_, i) => i % everyNth == 0)
            : [];
        return project.Concat(debian);
    }

    [DebianStylesFact]
    public void Adapting_one_tree_in_place_writes_what_adapting_the_text_step_by_step_writes()
    {
        var styles = Styles(everyNth: 20).ToList();
        styles.Count.ShouldBeGreaterThan(100);
        foreach (var file in styles)
        {
            var xml = File.ReadAllText(file);
            foreach (var convention in new[] { ArchivalConvention.English, ArchivalConvention.Russian })
            {
                var tree = StyleXml.ParseTree(xml).ShouldNotBeNull(file);
                var contract = ArchiveStyleContract.IsFollowedBy(tree);
                contract.ShouldBe(ArchiveStyleContract.IsFollowedBy(xml), file);
                ArchivalStyleAdapter.NumbersEntries(tree).ShouldBe(ArchivalStyleAdapter.NumbersEntries(xml), file);

                var stepByStep = contract ? CompilerRole.AddTerms(xml) : CompilerRole.Adapt(ArchivalStyleAdapter.Adapt(xml, convention));
                if (contract) CompilerRole.AddTerms(tree);
                else
                {
                    ArchivalStyleAdapter.Adapt(tree, convention).ShouldBeTrue(file);
                    CompilerRole.Adapt(tree);
                }
                StyleXml.WriteTree(tree).ShouldBe(stepByStep, file);
            }
        }
    }

    [Theory]
    [InlineData("<style xmlns=\"http://purl.org/net/xbiblio/csl\"><citation><layout>")] // not well-formed
    [InlineData("<locale xmlns=\"http://purl.org/net/xbiblio/csl\"/>")] // not a style
    [InlineData("<!DOCTYPE style [<!ENTITY a \"b\">]><style xmlns=\"http://purl.org/net/xbiblio/csl\"/>")] // a DTD
    public void Text_that_is_not_a_readable_style_has_no_tree_and_the_adapters_leave_it_as_it_is(string xml)
    {
        StyleXml.ParseTree(xml).ShouldBeNull();
        ArchivalStyleAdapter.Adapt(xml, ArchivalConvention.English).ShouldBe(xml);
        CompilerRole.Adapt(xml).ShouldBe(xml);
        ArchiveStyleContract.IsFollowedBy(xml).ShouldBeFalse();
    }

    [Fact]
    public void A_style_adapted_already_is_not_adapted_twice()
    {
        var tree = StyleXml.ParseTree(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "styles", "gost-r-7-0-5-2008-archival-note.csl")))!;
        ArchivalStyleAdapter.Adapt(tree, ArchivalConvention.Russian).ShouldBeTrue();
        var once = StyleXml.WriteTree(tree);

        ArchivalStyleAdapter.Adapt(tree, ArchivalConvention.Russian).ShouldBeFalse();
        StyleXml.WriteTree(tree).ShouldBe(once);
        XDocument.Parse(once).Root!.Name.LocalName.ShouldBe("style");
    }
}
