using Bibliography.Model;
using Bibliography.Sources;

namespace Bibliography.Tests.Normalisation;

/// <summary>A document keeps one copy of each repeated value: what every item would otherwise hold its own copy of.</summary>
public class SharedValueTests
{
    [Fact]
    public void A_footnote_given_whole_is_kept_as_given_and_one_needing_a_trim_or_join_is_made_anew()
    {
        const string whole = "GMTA, fond 1, siyahı 2, iş 3.";
        var read = PaperReader.ReadFootnotes([whole, "  padded, fond 1.  ", "two\nlines"]);
        read.Footnotes[0].Text.ShouldBeSameAs(whole);
        read.Footnotes[1].Text.ShouldBe("padded, fond 1.");
        read.Footnotes[1].Column.ShouldBe(3);
        read.Footnotes[2].Text.ShouldBe("two lines");
        read.Footnotes[2].Segments.Count.ShouldBe(2);
    }

    [Fact]
    public void Items_share_repeated_archives_levels_places_publishers_people_years_and_locators()
    {
        var doc = BibliographyPipeline.ParseFootnotes([
            "Rusiya Dövlət Hərbi Arxivi (RDHA), fond 7, siyahı 2, iş 484, vərəq 3.",
            "Rusiya Dövlət Hərbi Arxivi (RDHA), fond 7, siyahı 2, iş 485, vərəq 3.",
            "Mamulia G.V. Borba za svobodu Kavkaza. Tbilisi, Meridiani, 2012, s. 3.",
            "Mamulia G.V. Qafqaz tarixi. Tbilisi, Meridiani, 2012, s. 3.",
        ]).Document;
        var (a, b, c, d) = (doc.Items[0], doc.Items[1], doc.Items[2], doc.Items[3]);
        b.Archive.ShouldBeSameAs(a.Archive);
        b.GetCustom(CustomKeys.ArchiveShort).ShouldBeSameAs(a.GetCustom(CustomKeys.ArchiveShort));
        b.GetCustom(CustomKeys.Fond).ShouldBeSameAs(a.GetCustom(CustomKeys.Fond));
        b.GetCustom(CustomKeys.Opis).ShouldBeSameAs(a.GetCustom(CustomKeys.Opis));
        d.PublisherPlace.ShouldBeSameAs(c.PublisherPlace);
        d.Publisher.ShouldBeSameAs(c.Publisher);
        d.Author![0].ShouldBeSameAs(c.Author![0]);
        d.Author.ShouldNotBeSameAs(c.Author);
        d.Issued.ShouldBeSameAs(c.Issued);
        doc.Citations[1].CitationItems[0].Locator.ShouldBeSameAs(doc.Citations[0].CitationItems[0].Locator);
        doc.Citations[3].CitationItems[0].Locator.ShouldBeSameAs(doc.Citations[2].CitationItems[0].Locator);
        CslJson.Serialize(d.Issued!).ShouldBe(CslJson.Serialize(CslDate.FromParts(2012)));
    }
}
