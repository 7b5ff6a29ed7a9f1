using Bibliography.CiteProc;
using Bibliography.CiteProc.Rendering;
using Bibliography.Model;
using Bibliography.Tests.Golden;
using Bibliography.Tests.Support;

namespace Bibliography.Tests.Rendering;

/// <summary>Compilers of document collections printed as compilers in styles that predate the role.</summary>
public sealed class CompilerRoleTests(BothHosts hosts) : IClassFixture<BothHosts>
{
    private const string Style = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
          <macro name="a"><names variable="author"><name/><label form="short" prefix=", "/><substitute><names variable="editor"/><names variable="translator"/></substitute></names></macro>
          <macro name="b"><names variable="editor translator"><label form="verb-short" suffix=" "/><name/></names></macro>
          <macro name="c"><names variable="editor" prefix="/ под ред. " suffix="." delimiter=", "><name initialize-with=". "/></names></macro>
          <macro name="d"><names variable="author"><name form="short"/><substitute><names variable="editor"/><names variable="translator"/></substitute></names></macro>
          <macro name="e"><choose><if variable="author editor" match="none"><text variable="title"/></if><else-if variable="editor"><text value="x"/></else-if><else-if variable="editor" type="book"><text value="y"/></else-if></choose></macro>
          <citation><layout><text macro="a"/></layout></citation>
        </style>
        """;

    private static System.Xml.Linq.XElement Root(string xml) => System.Xml.Linq.XDocument.Parse(xml).Root!;

    [Fact]
    public void Compiler_goes_beside_editor_and_where_the_style_spells_the_role_out_gets_its_own_label()
    {
        var adapted = CompilerRole.Adapt(Style);

        var names = Root(adapted).Descendants().Where(e => e.Name.LocalName == "names").Select(e => (string)e.Attribute("variable")!).ToList();
        names.ShouldBe(["author", "compiler translator", "editor compiler", "translator", "editor compiler translator", "editor", "compiler", "author", "editor compiler", "translator"]);
        // GOST's "/ под ред. X." keeps its punctuation for compilers, with the locale's label where the role word stood.
        var compilers = Root(adapted).Descendants().Single(e => e.Name.LocalName == "names" && (string?)e.Attribute("variable") == "compiler");
        ((string?)compilers.Attribute("prefix")).ShouldBe("/ ");
        ((string?)compilers.Attribute("suffix")).ShouldBe(".");
        compilers.Elements().Select(e => e.Name.LocalName).ShouldBe(["label", "name"]);
        CompilerRole.Adapt(adapted).ShouldBe(adapted, "a style that names compilers gains nothing more");
    }

    [Fact]
    public void The_joined_role_goes_only_where_a_label_can_name_it()
    {
        var adapted = Root(CompilerRole.Adapt(Style));
        var joined = adapted.Descendants().Where(e => (string?)e.Attribute("require-match") == "true").ToList();

        // Macro "a" prints a label; macro "d" prints short names without one, where citeproc-js would run the names together.
        joined.Count.ShouldBe(1);
        ((string)joined[0].Ancestors().First(e => e.Name.LocalName == "macro").Attribute("name")!).ShouldBe("a");
    }

    [Fact]
    public void Conditions_on_editors_count_compilers_unless_that_would_turn_their_meaning()
    {
        var conditions = Root(CompilerRole.Adapt(Style)).Descendants().Where(e => e.Name.LocalName is "if" or "else-if")
            .Select(e => $"{(string?)e.Attribute("variable")}|{(string?)e.Attribute("match")}").ToList();

        conditions.ShouldBe(["author editor compiler|none", "editor compiler|any", "editor|"], "a lone test widens to any; one joined with a type does not");
    }

    [Fact]
    public void Role_terms_go_into_the_locale_of_their_language_and_a_style_keeps_its_own()
    {
        // A term of the style's own (its name spells "compiler", so the style's layout is left as it is).
        var adapted = Root(CompilerRole.Adapt(Style.Replace("<macro name=\"a\">",
            "<locale xml:lang=\"en\"><terms><term name=\"compilertranslator\" form=\"short\">the style's own</term></terms></locale><macro name=\"a\">")));
        var locales = adapted.Elements().Where(e => e.Name.LocalName == "locale").ToDictionary(l => (string)l.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")!);

        locales.Keys.ShouldBe(["en", "ru", "az"], ignoreOrder: true);
        string? Term(string lang, string name, string form) => locales[lang].Descendants().FirstOrDefault(t =>
            t.Name.LocalName == "term" && (string?)t.Attribute("name") == name && ((string?)t.Attribute("form") ?? "long") == form) is { } t
            ? string.Concat(t.DescendantNodes().OfType<System.Xml.Linq.XText>().Select(x => x.Value).Take(1)) : null;
        Term("en", "compilertranslator", "short").ShouldBe("the style's own");
        Term("en", "compilertranslator", "verb-short").ShouldBe("comp. & trans. by");
        Term("ru", "compiler", "verb-short").ShouldBe("сост.", "citeproc-js's ru-RU locale has no compiler term");
        Term("az", "compilertranslator", "verb-short").ShouldBe("tərt. və tərc.");
        adapted.Elements().Take(3).ShouldAllBe(e => e.Name.LocalName == "locale", "locales stand before the macros");
        adapted.Descendants().Where(e => e.Name.LocalName == "names").Select(e => (string)e.Attribute("variable")!).ShouldNotContain("editor compiler");
        Root(CompilerRole.AddTerms(Style)).Descendants().Where(e => e.Name.LocalName == "names").Select(e => (string)e.Attribute("variable")!)
            .ShouldNotContain("editor compiler", "AddTerms changes no layout");
    }

    [DebianStylesTheory]
    [InlineData("chicago-fullnote-bibliography", null, "6. Q. Devdariani, comp., Dni qospodstva", "19. Q.Q. Mamuliya, comp. & trans., Kavkazskaya")]
    [InlineData("turabian-fullnote-bibliography", null, "6. Q. Devdariani, comp., Dni qospodstva", "19. Q.Q. Mamuliya, comp. & trans., Kavkazskaya")]
    [InlineData("modern-humanities-research-association", null, "(dokumentı i materialı), comp. by Q. Devdariani", "comp. by Q.Q. Mamuliya, trans. by Q.Q. Mamuliya")]
    [InlineData("apa", null, "6. (Devdariani, 1931, p. 188)", "19. (Mamuliya, 2012, p. 7)")]
    [InlineData("chicago-fullnote-bibliography", "ru-RU", "6. Q. Devdariani, сост., Dni qospodstva", "19. Q.Q. Mamuliya, сост. и пер., Kavkazskaya")]
    [InlineData("azerbaijani-historical-notes", "az-AZ", "Sbornik. Tərt. Q. Devdariani.", "Sbornik dokumentov. Tərt. və tərc. Q.Q. Mamuliya. M.,")]
    [InlineData("gost-r-7-0-5-2008-archival-note", "ru-RU", ": Sbornik / сост. Q. Devdariani.", ": Sbornik dokumentov / сост. и пер. Q.Q. Mamuliya. M.:")]
    public void Paper_003s_collections_name_their_compilers(string style, string? locale, string note6, string note19)
    {
        var document = BibliographyPipeline.ExtractFile(Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt")).Document;

        var notes = DocumentFormatter.Format(document, new FormatOptions(style, locale), hosts.Node);

        notes.ShouldContain(note6);
        notes.ShouldContain(note19, Case.Sensitive, "note 19's compiler is a compiler, not a translator only");
        DocumentFormatter.Format(document, new FormatOptions(style, locale), hosts.Jint).ShouldBe(notes, "both hosts run the same adapted style");
    }

    [DebianStylesTheory]
    [InlineData("gost-r-7-0-5-2008", "ru-RU", "(dokumentı i materialı) / сост. Q. Devdariani. Tbilisi", "dvijeniya “Prometey” / сост. Q. Q. Mamuliya. M.:")]
    [InlineData("chicago-fullnote-bibliography", null, "Devdariani, Q., comp. Dni", "Mamuliya, Q.Q., comp. Kavkazskaya")]
    [InlineData("modern-language-association", null, "Devdariani, Q., compiler. Dni", "Mamuliya, Q. Q., compiler & translator. Kavkazskaya")]
    [InlineData("chicago-author-date", null, "Devdariani, Q., comp. 1931.", "Mamuliya, Q.Q., comp. & trans. 2012.")]
    public void The_bibliography_names_compilers_as_compilers_even_where_the_style_spells_the_editors_role(string style, string? locale, string devdariani, string mamuliya)
    {
        var document = BibliographyPipeline.ExtractFile(Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt")).Document;

        var entries = DocumentFormatter.Format(document, new FormatOptions(style, locale, FormatMode.Bibliography), hosts.Node);

        entries.ShouldContain(devdariani);
        entries.ShouldContain(mamuliya);
        entries.ShouldNotContain("под ред. Q", Case.Sensitive, "a compiler is not an editor");
    }

    [DebianStylesTheory]
    [InlineData("chicago-fullnote-bibliography", "1. N. Rustamova, comp. & trans., Sənədlər", "3. L. Hasanli, comp., Məktublar, trans. T. Aliyev")]
    [InlineData("turabian-fullnote-bibliography", "1. N. Rustamova, comp. & trans., Sənədlər", "3. L. Hasanli, comp., Məktublar, trans. T. Aliyev")]
    public void One_person_in_two_roles_is_named_once_and_two_people_each_with_their_role(string style, string same, string different)
    {
        var items = CslJson.Deserialize<List<CslItem>>("""
            [{"id": "s", "type": "book", "title": "Sənədlər", "compiler": [{"family": "Rustamova", "given": "N."}], "translator": [{"family": "Rustamova", "given": "N."}], "publisher-place": "Bakı", "issued": {"date-parts": [[1999]]}},
             {"id": "m", "type": "book", "title": "Məktublar", "compiler": [{"family": "Hasanli", "given": "L."}], "translator": [{"family": "Aliyev", "given": "T."}], "publisher-place": "Bakı", "issued": {"date-parts": [[2004]]}}]
            """)!;
        var document = new BibliographyDocument
        {
            Items = items,
            Citations = [Cite("s", 1), Cite("s", 2), Cite("m", 3)],
        };

        var notes = DocumentFormatter.Format(document, new FormatOptions(style), hosts.Node);

        notes.ShouldContain(same);
        notes.ShouldContain(different);
        notes.Split('\n')[0].Split("Rustamova").Length.ShouldBe(2, "named once");
    }

    private static CslCitation Cite(string id, int note) => new()
    {
        CitationId = $"note-{note}",
        CitationItems = [new CslCitationItem { Id = id, Locator = "7", Label = "page" }],
        Properties = new CslCitationProperties { NoteIndex = note },
    };
}
