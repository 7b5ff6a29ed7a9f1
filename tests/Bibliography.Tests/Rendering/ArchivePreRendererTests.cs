using Bibliography.Parsing;
using Bibliography.CiteProc.Rendering;
using Bibliography.Model;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Rendering;

/// <summary>The pre-renderer per convention: shelf marks, folio locators, contract fields, shortening, originals untouched.</summary>
public sealed class ArchivePreRendererTests
{
    private static CslItem Manuscript(string id, string? fond, string? opis, string? delo, string? archiveShort = "GMTA", string? archive = "Gürcüstan Mərkəzi Tarix Arxivi")
    {
        var item = new CslItem { Id = id, Type = CslItemTypes.Manuscript, Archive = archive, ArchiveLocation = "as written, never read" };
        item.SetCustom(CustomKeys.ArchiveShort, archiveShort);
        item.SetCustom(CustomKeys.Fond, fond);
        item.SetCustom(CustomKeys.Opis, opis);
        item.SetCustom(CustomKeys.Delo, delo);
        return item;
    }

    private static CslCitation Cite(int note, params (string Id, string? Locator, string? Label)[] items) => new()
    {
        CitationId = $"note-{note}",
        Properties = new CslCitationProperties { NoteIndex = note },
        CitationItems = items.Select(i => new CslCitationItem { Id = i.Id, Locator = i.Locator, Label = i.Label }).ToList(),
    };

    [Theory]
    [InlineData(ArchivalConvention.Azerbaijani, "fond 27, siyahı 4, iş 25")]
    [InlineData(ArchivalConvention.Russian, "Ф. 27. Оп. 4. Д. 25")]
    [InlineData(ArchivalConvention.English, "f. 27, op. 4, d. 25")]
    public void Shelf_mark_is_rendered_from_fond_opis_delo(ArchivalConvention convention, string expected)
    {
        var item = Manuscript("a", "27", "4", "25");

        ArchivePreRenderer.RenderItem(item, new ArchiveRenderOptions(convention)).ArchiveLocation.ShouldBe(expected);
    }

    [Theory]
    [InlineData(ArchivalConvention.Azerbaijani, "Surət fondu, iş 330")]
    [InlineData(ArchivalConvention.Russian, "Surət fondu. Д. 330")]
    [InlineData(ArchivalConvention.English, "Surət fondu, d. 330")]
    public void A_named_fond_is_printed_as_named_without_a_level_word(ArchivalConvention convention, string expected)
    {
        var item = Manuscript("a", "Surət fondu", null, "330");

        ArchivePreRenderer.RenderItem(item, new ArchiveRenderOptions(convention)).ArchiveLocation.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, "4", "25", ArchivalConvention.Azerbaijani, "siyahı 4, iş 25")]
    [InlineData("27", null, "25", ArchivalConvention.Russian, "Ф. 27. Д. 25")]
    [InlineData("27", "4", null, ArchivalConvention.English, "f. 27, op. 4")]
    [InlineData("Р-130", "2", "3", ArchivalConvention.Russian, "Ф. Р-130. Оп. 2. Д. 3")]
    [InlineData("1874а", "1", "4", ArchivalConvention.Azerbaijani, "fond 1874а, siyahı 1, iş 4")]
    public void Missing_levels_are_left_out_and_prefixed_numbers_stay_numbers(string? fond, string? opis, string? delo, ArchivalConvention convention, string expected)
    {
        ArchivePreRenderer.RenderItem(Manuscript("a", fond, opis, delo), new ArchiveRenderOptions(convention)).ArchiveLocation.ShouldBe(expected);
    }

    [Fact]
    public void Without_any_level_the_shelf_mark_as_written_is_kept()
    {
        var item = Manuscript("a", null, null, null);

        ArchivePreRenderer.RenderItem(item, new ArchiveRenderOptions(ArchivalConvention.Russian)).ArchiveLocation.ShouldBe("as written, never read");
    }

    [Fact]
    public void A_number_given_as_a_JSON_number_is_rendered_like_a_string()
    {
        var item = Manuscript("a", null, "4", "25");
        item.Custom![CustomKeys.Fond] = 27;

        ArchivePreRenderer.RenderItem(item, new ArchiveRenderOptions(ArchivalConvention.English)).ArchiveLocation.ShouldBe("f. 27, op. 4, d. 25");
    }

    [Fact]
    public void A_level_that_is_an_object_is_a_typed_error_naming_the_item_and_field()
    {
        var item = Manuscript("gmta-x", null, "4", "25");
        item.Custom![CustomKeys.Fond] = new JObject { ["n"] = 1 };

        var error = Should.Throw<ArchiveRenderException>(() => ArchivePreRenderer.RenderItem(item, new ArchiveRenderOptions(ArchivalConvention.English)));

        error.ShouldBeAssignableTo<Bibliography.Errors.BibliographyException>();
        error.Message.ShouldContain("gmta-x");
        error.Message.ShouldContain("custom.fond");
    }

    [Theory]
    [InlineData("184v-185", ArchivalConvention.Azerbaijani, "184 arxa – 185")]
    [InlineData("184v-185", ArchivalConvention.Russian, "184 об.–185")]
    [InlineData("184v-185", ArchivalConvention.English, "184v–185")]
    [InlineData("16-16v", ArchivalConvention.Azerbaijani, "16 – 16 arxa")]
    [InlineData("16-16v", ArchivalConvention.Russian, "16–16 об.")]
    [InlineData("16-16v", ArchivalConvention.English, "16–16v")]
    [InlineData("78v", ArchivalConvention.Azerbaijani, "78 arxa")]
    [InlineData("4v", ArchivalConvention.Russian, "4 об.")]
    [InlineData("17", ArchivalConvention.Azerbaijani, "17")]
    [InlineData("22-23", ArchivalConvention.Azerbaijani, "22 – 23")]
    [InlineData("3v-5, 7v", ArchivalConvention.Russian, "3 об.–5, 7 об.")]
    [InlineData("12а-12бv", ArchivalConvention.English, "12а–12бv")]
    public void Folio_locators_are_rendered_with_the_verso_and_range_of_the_convention(string canonical, ArchivalConvention convention, string expected)
    {
        LocatorRenderer.Render(canonical, LocatorLabels.Folio, convention).ShouldBe(expected);
    }

    [Theory]
    [InlineData("151-156", LocatorLabels.Page)]
    [InlineData("xii", LocatorLabels.Folio)]
    [InlineData("184 arxa – 185", LocatorLabels.Folio)]
    [InlineData("1", null)]
    public void Pages_and_locators_that_are_not_canonical_folios_pass_unchanged(string locator, string? label)
    {
        foreach (var convention in Enum.GetValues<ArchivalConvention>())
            LocatorRenderer.Render(locator, label, convention).ShouldBe(locator);
    }

    [Fact]
    public void The_document_is_not_modified_and_its_structured_parts_survive_in_the_copies()
    {
        var item = Manuscript("gmta-1874-1-4", "1874", "1", "4");
        var citation = Cite(1, ("gmta-1874-1-4", "19v", LocatorLabels.Folio));
        var document = new BibliographyDocument { Items = { item }, Citations = { citation } };
        var before = CslJson.Serialize(document);

        var rendered = ArchivePreRenderer.Render(document, new ArchiveRenderOptions(ArchivalConvention.Russian, StyleFollowsContract: true, ShortenPerArchive: true));

        CslJson.Serialize(document).ShouldBe(before);
        rendered.Items[0].ShouldNotBeSameAs(item);
        rendered.Items[0].GetCustom(CustomKeys.Fond).ShouldBe("1874");
        rendered.Items[0].ArchiveLocation.ShouldBe("Ф. 1874. Оп. 1. Д. 4");
        rendered.Citations[0].CitationItems[0].Locator.ShouldBe("19 об.");
        rendered.Citations[0].CitationItems[0].Label.ShouldBe(LocatorLabels.Folio);
        rendered.Citations[0].Properties.NoteIndex.ShouldBe(1);
    }

    [Fact]
    public void Contract_styles_get_the_abbreviation_in_source_replacing_a_catalogue_name()
    {
        var item = Manuscript("a", "7", "2", "484", "RDHA", "Rusiya Dövlət Hərbi Arxivi");
        item.Extra["source"] = "Zotero catalogue";
        var noAbbreviation = Manuscript("b", "7", "2", "485", archiveShort: null);
        noAbbreviation.Extra["source"] = "JSTOR";

        var contract = new ArchiveRenderOptions(ArchivalConvention.Azerbaijani, StyleFollowsContract: true);
        ArchivePreRenderer.RenderItem(item, contract).Extra["source"].ToString().ShouldBe("RDHA");
        ArchivePreRenderer.RenderItem(noAbbreviation, contract).Extra.ContainsKey("source").ShouldBeFalse();
        // Other styles read "source" as a catalogue: left as it is.
        ArchivePreRenderer.RenderItem(item, new ArchiveRenderOptions(ArchivalConvention.Azerbaijani)).Extra["source"].ToString().ShouldBe("Zotero catalogue");
    }

    [Fact]
    public void An_archive_is_named_in_full_only_for_the_first_item_of_it_cited()
    {
        var items = new List<CslItem>
        {
            Manuscript("gmta-2", "1874", "1", "2"),
            Manuscript("gmta-4", "1874", "1", "4"),
            Manuscript("rdha", "7", "2", "484", "RDHA", "Rusiya Dövlət Hərbi Arxivi"),
            new() { Id = "book", Type = CslItemTypes.Book, Title = "Kitab" },
        };
        // gmta-4 is listed first in the note that cites both, but gmta-2 was cited in an earlier note.
        var citations = new List<CslCitation>
        {
            Cite(1, ("book", "3", LocatorLabels.Page)),
            Cite(2, ("gmta-2", "78v", LocatorLabels.Folio)),
            Cite(3, ("gmta-4", "21", LocatorLabels.Folio), ("rdha", "1", LocatorLabels.Folio)),
            Cite(4, ("gmta-2", "79", LocatorLabels.Folio)),
        };

        var notes = ArchivePreRenderer.Render(items, citations, new ArchiveRenderOptions(ArchivalConvention.Azerbaijani, true, ShortenPerArchive: true));
        var bibliography = ArchivePreRenderer.Render(items, citations, new ArchiveRenderOptions(ArchivalConvention.Azerbaijani, true, ShortenPerArchive: false));
        var chicago = ArchivePreRenderer.Render(items, citations, new ArchiveRenderOptions(ArchivalConvention.English, false, ShortenPerArchive: true));

        notes.Items.Select(i => i.Archive).ShouldBe(new[] { "Gürcüstan Mərkəzi Tarix Arxivi", null, "Rusiya Dövlət Hərbi Arxivi", null });
        notes.Items[1].Extra["source"].ToString().ShouldBe("GMTA");
        bibliography.Items.Count(i => i.Archive is not null).ShouldBe(3);
        chicago.Items.Count(i => i.Archive is not null).ShouldBe(3, "a style outside the contract would lose the name");
    }

    [Theory]
    [InlineData("ru", "rusca")]
    [InlineData("ka-GE", "gürcücə")]
    [InlineData("az", null)]
    [InlineData("xx", null)]
    [InlineData(null, null)]
    public void Serials_get_the_Azerbaijani_language_note_in_contract_styles(string? language, string? expected)
    {
        var paper = new CslItem { Id = "kommunist", Type = CslItemTypes.ArticleNewspaper, Language = language, ContainerTitle = "Kommunist" };

        ArchivePreRenderer.RenderItem(paper, new ArchiveRenderOptions(ArchivalConvention.Azerbaijani, true)).Language.ShouldBe(expected);
        ArchivePreRenderer.RenderItem(paper, new ArchiveRenderOptions(ArchivalConvention.Russian, true)).Language.ShouldBeNull("a contract style would print the bare tag");
        ArchivePreRenderer.RenderItem(paper, new ArchiveRenderOptions(ArchivalConvention.Azerbaijani, false)).Language.ShouldBe(language);
    }

    [Fact]
    public void Books_keep_their_language_tag()
    {
        var book = new CslItem { Id = "b", Type = CslItemTypes.Book, Language = "ru", Title = "Kniga" };

        ArchivePreRenderer.RenderItem(book, new ArchiveRenderOptions(ArchivalConvention.Azerbaijani, true)).Language.ShouldBe("ru");
    }

    [Theory]
    [InlineData("az-AZ", ArchivalConvention.Azerbaijani)]
    [InlineData("az", ArchivalConvention.Azerbaijani)]
    [InlineData("ru-RU", ArchivalConvention.Russian)]
    [InlineData("ru", ArchivalConvention.Russian)]
    [InlineData("en-US", ArchivalConvention.English)]
    [InlineData("de-DE", ArchivalConvention.English)]
    [InlineData(null, ArchivalConvention.English)]
    public void The_convention_follows_the_locale(string? locale, ArchivalConvention expected)
    {
        ArchivalConventions.FromLocale(locale).ShouldBe(expected);
    }

    [Theory]
    [InlineData("azerbaijani-historical-notes.csl", true)]
    [InlineData("gost-r-7-0-5-2008-archival-note.csl", true)]
    public void The_project_styles_follow_the_contract(string file, bool expected)
    {
        ArchiveStyleContract.IsFollowedBy(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "styles", file))).ShouldBe(expected);
    }

    [Theory]
    [InlineData("""<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><macro name="archive"><text variable="source"/></macro></style>""")]
    [InlineData("""<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><macro name="archive-name"><text variable="archive"/></macro></style>""")]
    [InlineData("""<style xmlns="http://example.org/other" version="1.0"><macro name="archive-name"><text variable="source"/></macro></style>""")]
    [InlineData("<style not well formed")]
    public void Other_styles_do_not(string xml)
    {
        ArchiveStyleContract.IsFollowedBy(xml).ShouldBeFalse();
    }
}
