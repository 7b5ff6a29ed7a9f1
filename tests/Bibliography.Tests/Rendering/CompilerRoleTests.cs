using Bibliography.CiteProc;
using Bibliography.CiteProc.Rendering;
using Bibliography.Tests.Golden;
using Bibliography.Tests.Support;

namespace Bibliography.Tests.Rendering;

/// <summary>Compilers of document collections printed as compilers in styles that predate the role.</summary>
public sealed class CompilerRoleTests(BothHosts hosts) : IClassFixture<BothHosts>
{
    private const string Style = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
          <macro name="a"><names variable="author"><name/><label form="short" prefix=", "/><substitute><names variable="editor"/></substitute></names></macro>
          <macro name="b"><names variable="editor translator"><label form="verb-short" suffix=" "/><name/></names></macro>
          <macro name="c"><names variable="editor" prefix="/ под ред. "><name/></names></macro>
          <citation><layout><text macro="a"/></layout></citation>
        </style>
        """;

    [Fact]
    public void Compiler_goes_beside_editor_except_where_the_style_spells_the_role_out()
    {
        var adapted = CompilerRole.Adapt(Style);

        var names = System.Xml.Linq.XDocument.Parse(adapted).Descendants().Where(e => e.Name.LocalName == "names")
            .Select(e => (string)e.Attribute("variable")!).ToList();
        names.ShouldBe(["author", "editor compiler", "editor compiler translator", "editor"]);
        CompilerRole.Adapt(adapted).ShouldBe(adapted, "a style that names compilers is left as it is");
    }

    [DebianStylesTheory]
    [InlineData("chicago-fullnote-bibliography", "6. Q. Devdariani, comp., Dni qospodstva", "19. Q.Q. Mamuliya, comp., Kavkazskaya")]
    [InlineData("turabian-fullnote-bibliography", "6. Q. Devdariani, comp., Dni qospodstva", "19. Q.Q. Mamuliya, comp., Kavkazskaya")]
    [InlineData("modern-humanities-research-association", "(dokumentı i materialı), comp. by Q. Devdariani", "comp. by Q.Q. Mamuliya, trans. by Q.Q. Mamuliya")]
    [InlineData("apa", "6. (Devdariani, 1931, p. 188)", "19. (Mamuliya, 2012, p. 7)")]
    public void Paper_003s_collections_name_their_compilers(string style, string note6, string note19)
    {
        var document = BibliographyPipeline.ExtractFile(Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt")).Document;

        var notes = DocumentFormatter.Format(document, new FormatOptions(style), hosts.Node);

        notes.ShouldContain(note6);
        notes.ShouldContain(note19, Case.Sensitive, "note 19's compiler is a compiler, not a translator only");
    }
}
