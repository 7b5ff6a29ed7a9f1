using Bibliography.Model;
using Bibliography.Tests.Support;

namespace Bibliography.Tests.Golden;

/// <summary>The acceptance of issue 2, stated as a user checks it on the seed papers.</summary>
public class SeedAcceptanceTests
{
    private static readonly BibliographyDocument Paper003 = BibliographyPipeline.ExtractFile(Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt")).Document;
    private static readonly BibliographyDocument Paper000 = BibliographyPipeline.ExtractFile(Path.Combine(TestPaths.Seeds, "000_5d867d1195954457", "references.txt")).Document;

    private static IReadOnlyList<(string Id, string? Locator, string? Label)> Cited(int footnote) =>
        Paper003.Citations.Single(c => c.Properties.NoteIndex == footnote).CitationItems.Select(i => (i.Id, i.Locator, i.Label)).ToList();

    private static CslItem Item(string id) => Paper003.Items.Single(i => i.Id == id);

    [Fact]
    public void Paper_003_has_21_footnotes_23_citations_and_14_sources()
    {
        Paper003.Footnotes.Select(f => f.Number).ShouldBe(Enumerable.Range(1, 21));
        Paper003.Citations.Count.ShouldBe(21);
        Paper003.Citations.Sum(c => c.CitationItems.Count).ShouldBe(23);
        Paper003.Items.Count.ShouldBe(14);
        Paper003.Items.Select(i => i.Id).ShouldBeUnique();
        Paper003.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Paper_003_shares_items_where_footnotes_cite_the_same_source()
    {
        new[] { 8, 9, 10, 11 }.Select(n => Cited(n).Single().Id).Distinct().ShouldHaveSingleItem().ShouldBe("gmta-1874-1-4");
        Cited(14)[1].Id.ShouldBe(Cited(2).Single().Id);
        Cited(12).Single().Id.ShouldBe(Cited(7).Single().Id);
        new[] { Cited(6).Single().Id, Cited(13).Single().Id, Cited(14)[0].Id }.Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public void Paper_003_archival_citations_keep_archive_levels_and_folios_with_verso()
    {
        Cited(2).ShouldBe(new[] { ("rdha-7-2-484", (string?)"184v-185", (string?)"folio") });
        Cited(5).ShouldBe(new[] { ("gmta-1874-1-2", (string?)"78v", (string?)"folio") });
        Cited(16).ShouldBe(new[] { ("rfda-6144-1-1", (string?)"16-16v", (string?)"folio") });
        Cited(3).ShouldBe(new[] { ("arpiissa-surat-fondu-330", (string?)"1", (string?)"page") });
        var rdha = Item("rdha-7-2-484");
        rdha.Archive.ShouldBe("Rusiya Dövlət Hərbi Arxivi");
        rdha.ArchiveLocation.ShouldBe("fond 7, siyahı 2, iş 484");
        (rdha.GetCustom("archive-short"), rdha.GetCustom("fond"), rdha.GetCustom("opis"), rdha.GetCustom("delo")).ShouldBe(("RDHA", "7", "2", "484"));
        var gmta = Item("gmta-1874-1-4");
        gmta.Archive.ShouldBe("Gürcüstan Mərkəzi Tarix Arxivi"); // expanded in footnote 5, cited by abbreviation in 8–11
        Item("arpiissa-surat-fondu-330").GetCustom("opis").ShouldBeNull();
    }

    [Fact]
    public void Paper_003_publications_keep_authors_titles_containers_volumes_compilers_and_dates()
    {
        var chapter = Item("jupikova-2006");
        chapter.Type.ShouldBe("chapter");
        chapter.Author.ShouldBe(new[] { CslName.Person("Jupikova", "E.F.") });
        chapter.ContainerTitle.ShouldBe("Sbornik trudov");
        chapter.Volume.ShouldBe("1");
        chapter.Language.ShouldBe("ru");

        var collection = Item("kavkazskaya-konfederasiya-2012");
        collection.Compiler.ShouldBe(new[] { CslName.Person("Mamuliya", "Q.Q.") });
        collection.Translator.ShouldBe(new[] { CslName.Person("Mamuliya", "Q.Q.") });
        collection.Genre.ShouldBe("Sbornik dokumentov");
        collection.Issued!.Year.ShouldBe(2012);

        Item("dni-qospodstva-1931").Compiler.ShouldBe(new[] { CslName.Person("Devdariani", "Q.") });
        Item("mamulia-2012").Publisher.ShouldBe("bzd-tvo Meridiani");
        Cited(18).ShouldBe(new[] { ("mamulia-2012", (string?)"151-156", (string?)"page") });

        var newspaper = Item("kommunist-1920-06-19");
        newspaper.Issued.ShouldBe(CslDate.FromParts(1920, 6, 19));
        newspaper.Language.ShouldBe("ru");
        Cited(1).Select(c => c.Id).ShouldBe(new[] { "kommunist-1920-06-19", "kommunist-1920-06-23" });
    }

    [Fact]
    public void Paper_000_has_its_26_references_in_order_with_numbers_pages_and_volumes()
    {
        var expected = new (int Number, string? Volume, string Page)[]
        {
            (13, null, "2"), (7, null, "347-348"), (12, null, "158"), (9, null, "76"), (3, null, "230"), (12, null, "185-186"),
            (12, null, "189"), (12, null, "190-191"), (8, null, "135"), (12, null, "230"), (2, "37", "556"), (12, null, "240-241"),
            (1, null, "192-193"), (6, null, "58"), (8, null, "414"), (1, null, "200"), (11, null, "75"), (8, null, "375"),
            (4, null, "37"), (11, null, "81-82"), (1, null, "202-203"), (6, null, "556-558"), (1, null, "205"), (15, null, "84"),
            (2, "41", "128"), (14, null, "90"),
        };
        Paper000.References.Count.ShouldBe(26);
        Paper000.Citations.Count.ShouldBe(26);
        for (var i = 0; i < expected.Length; i++)
        {
            var reference = Paper000.References[i];
            reference.Index.ShouldBe(i + 1);
            reference.Number.ShouldBe(expected[i].Number);
            var cited = Paper000.Citations.Single(c => c.CitationId == reference.CitationId).CitationItems.Single();
            var item = Paper000.Items.Single(it => it.Id == cited.Id);
            item.Custom!["reference-number"]!.ToObject<int>().ShouldBe(expected[i].Number);
            item.Volume.ShouldBe(expected[i].Volume);
            (cited.Locator, cited.Label).ShouldBe((expected[i].Page, "page"));
        }
    }

    [Fact]
    public void Paper_000_is_warned_that_its_reference_list_is_missing()
    {
        var warning = Paper000.Diagnostics.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Message.ShouldContain("reference list");
    }
}
