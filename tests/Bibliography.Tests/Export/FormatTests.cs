using Bibliography.Tests.Support;
using Bibliography.Export;
using Bibliography.Model;

namespace Bibliography.Tests.Export;

public class FormatTests
{
    [Fact]
    public void Ris_uses_zotero_tags_and_m2_key_value_lines_for_extra()
    {
        var ris = ReferenceFormats.Export(ExportSamples.SeedLike(), "ris");
        ris.ShouldContain("TY  - MANSCPT\nID  - gmta-1874-1-4\nDB  - Gürcüstan Mərkəzi Tarix Arxivi\nAN  - fond 1874, siyahı 1, iş 4\nAV  - fond 1874, siyahı 1, iş 4\n");
        ris.ShouldContain("M2  - archive-short: GMTA\nM2  - fond: 1874\nM2  - opis: 1\nM2  - delo: 4\nER  - ");
        ris.ShouldNotContain("N1  -");
        ris.ShouldContain("TY  - CHAP\nID  - jupikova-2006\nTI  - Povstançeskoye");
        ris.ShouldContain("AU  - Jupikova, E.F.\nPY  - 2006\n");
        // Zotero reads A3 on a book as its editor, so a compiler goes to Extra in the form Zotero reads there.
        ris.ShouldNotContain("A3  - Devdariani, Q.\n");
        ris.ShouldContain("M2  - compiler: Devdariani || Q.\n");
        ris.ShouldContain("TY  - NEWS\n");
        ris.ShouldContain("PY  - 1920\nDA  - 1920/06/19/\n");
        ris.ShouldContain("TY  - GEN\nID  - ref-12\nM2  - reference-number: 12\nER  - ");
    }

    [Fact]
    public void Ris_reads_a_zotero_style_record_with_free_notes_and_unknown_tags()
    {
        const string ris = "TY  - JOUR\r\nT1  - Title one\r\nA1  - Smith, John\r\nJO  - Caucasus Survey\r\nY1  - 2001/05/03/\r\nKW  - history\r\nN1  - A free note: spans\r\ntwo lines\r\nER  -\r\n";
        var result = new RisFormat().Read(new StringReader(ris), "z.ris");
        var item = result.Items.ShouldHaveSingleItem();
        item.Title.ShouldBe("Title one");
        item.Author!.ShouldHaveSingleItem().ShouldBe(CslName.Person("Smith", "John"));
        item.ContainerTitle.ShouldBe("Caucasus Survey");
        item.Issued.ShouldBe(CslDate.FromParts(2001, 5, 3));
        item.Note.ShouldBe("KW: history\nA free note: spans\ntwo lines");
        result.Diagnostics.ShouldContain(d => d.Code == "EXP013" && d.Line == 6);
    }

    [Fact]
    public void Bibtex_uses_unpublished_named_archive_fields_and_classic_dates()
    {
        var bib = ReferenceFormats.Export(ExportSamples.SeedLike(), "bibtex");
        bib.ShouldContain("@unpublished{gmta-1874-1-4,\n  archive = {Gürcüstan Mərkəzi Tarix Arxivi},\n  archivelocation = {fond 1874, siyahı 1, iş 4},\n");
        bib.ShouldContain("  archiveshort = {GMTA},\n  fond = {1874},\n  opis = {1},\n  delo = {4},\n  library = {GMTA, fond 1874, siyahı 1, iş 4},\n");
        bib.ShouldContain("  year = {1920},\n  month = jun,\n  date = {1920-06-19},\n");
        bib.ShouldContain("  compiler = {Devdariani, Q.},\n");
        bib.ShouldContain("  address = {М.},\n");
        bib.ShouldContain("@misc{ref-12,\n  referencenumber = {12},\n}");
        bib.ShouldNotContain("extra =");
    }

    [Fact]
    public void Biblatex_uses_iso_dates_langid_editora_and_newspaper_subtype()
    {
        var bib = ReferenceFormats.Export(ExportSamples.SeedLike(), "biblatex");
        bib.ShouldContain("  editora = {Devdariani, Q.},\n  editoratype = {compiler},\n");
        bib.ShouldContain("@article{kommunist-1920-06-19,\n  entrysubtype = {newspaper},\n");
        bib.ShouldContain("  journaltitle = {{Kommunist}},\n");
        bib.ShouldContain("  date = {1920-06-19},\n  langid = {russian},\n");
        bib.ShouldContain("  location = {М.},\n");
        bib.ShouldNotContain("extra =");
    }

    [Fact]
    public void Latex_special_characters_are_escaped_and_unicode_stays_utf8()
    {
        var item = ExportSamples.HardCases()[0];
        var bib = ReferenceFormats.Export(new[] { item }, "biblatex");
        bib.ShouldContain(@"title = {{Tarix \& mədəniyyət: 50\% \{qeydlər\} \$5 \#1 a\_b \textasciitilde{} \textasciicircum{} \textbackslash{} «Kaspi» “Açıq söz” № 3~s. // cild}}");
        bib.ShouldContain("author = {Əliyev, İ.Ə. and Иванов, Иван Петрович and {Институт истории НАН Азербайджана}}");
        bib.ShouldContain("date = {1917-03/1918-05}");
    }

    [Fact]
    public void Bibtex_reader_handles_strings_concatenation_quotes_comments_and_accents()
    {
        const string bib = """
            % a comment line
            @comment{ ignored {nested} }
            @string{ baku = "Bak{\i}" }
            @preamble{ "\newcommand{\x}{y}" }
            This text between entries is a comment.
            @Book( key1 ,
              Title = "The {\"O}zbek " # {and {Nested} Braces},
              address = baku # ", Az",
              year = 1999, month = "3",
              author = "M{\"u}ller, J{\'e}r{\^o}me and {\c C}elik, Ay{\c{s}}e and de la Cruz, Juan"
            )
            """;
        var result = new BibTexFormat().Read(new StringReader(bib));
        result.Skipped.ShouldBeEmpty();
        var item = result.Items.ShouldHaveSingleItem();
        item.Id.ShouldBe("key1");
        item.Type.ShouldBe("book");
        item.Title.ShouldBe("The Özbek and Nested Braces");
        item.PublisherPlace.ShouldBe("Bakı, Az");
        item.Issued.ShouldBe(CslDate.FromParts(1999, 3));
        item.Author.ShouldBe(new[]
        {
            CslName.Person("Müller", "Jérôme"), CslName.Person("Çelik", "Ayşe"),
            new CslName { Family = "Cruz", Given = "Juan", NonDroppingParticle = "de la" },
        });
    }

    [Fact]
    public void Citation_keys_are_stable_transliterated_and_unique()
    {
        var items = new[] { "gmta-1874-1-4", "Şuşa arxivi", "a b", "a-b", "a-b-2", "", "" }
            .Select(id => new CslItem { Id = id }).ToList();
        CitationKeys.Assign(items).ShouldBe(new[] { "gmta-1874-1-4", "Susa-arxivi", "a-b", "a-b-2", "a-b-2-2", "item", "item-2" });
        CitationKeys.FromId("ЦГИА-1920").ShouldBe("TsGIA-1920");
    }

    [Fact]
    public void Csl_json_output_is_valid_against_the_csl_data_schema()
    {
        var schemaPath = SharedFiles.Find("csl-schema/csl-data.json");
        if (schemaPath is null) { Console.WriteLine("SKIPPED: ../shared/csl-schema/csl-data.json not found"); return; }
        var schema = Newtonsoft.Json.Schema.JSchema.Parse(File.ReadAllText(schemaPath));
        var json = Newtonsoft.Json.Linq.JToken.Parse(ReferenceFormats.Export(ExportSamples.All(), "csljson"));
        Newtonsoft.Json.Schema.SchemaExtensions.IsValid(json, schema, out IList<string> errors).ShouldBeTrue(string.Join("\n", errors));
    }
}

/// <summary>Finds the shared read-only material beside the repository.</summary>
internal static class SharedFiles
{
    /// <summary>The path of a file under ../shared, or null when the shared folder is absent.</summary>
    public static string? Find(string relative) =>
        TestPaths.Shared is { } shared && File.Exists(Path.Combine(shared, relative)) ? Path.Combine(shared, relative) : null;
}
