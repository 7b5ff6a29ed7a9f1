using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Azerbaijani forms first read from the az22 data's development half: a library catalogue record whose statement of
/// responsibility joins compilers, editors and a body by <c>;</c> before its dash imprint, a reprint's source line
/// (<c>«Paper», 1907-14</c>), and the kind words typed with the Cyrillic look-alike of the schwa (<c>qәzeti</c>). Every
/// example is invented for its form.
/// </summary>
public class AzerbaijaniRecordAndSourceLineTests
{
    private static string Families(IReadOnlyList<CslName> names) => string.Join("; ", names.Select(n => n.Family ?? n.Literal));

    [Theory]
    [InlineData("Qarabağ xalçaları /tərt. S.Hüseynova; baş redaktor R.Əliyev; Azərbaycan Xalça Muzeyi.- Bakı, 2014.- 196 s.", "Qarabağ xalçaları", "Hüseynova", "Əliyev", "Bakı", "2014")]
    [InlineData("Gəncə ensiklopediyası /tərt. V.Quliyev, E.Əhmədova; elmi red. T.Nəsibov; Gəncə Dövlət Universiteti.- Gəncə, 2017.- 410 s.", "Gəncə ensiklopediyası", "Quliyev; Əhmədova", "Nəsibov", "Gəncə", "2017")]
    [InlineData("Şəki mədəniyyəti /baş redaktor M.Səfərov; tərt. L.Abbasova.- Bakı, 2010.- 120 s.", "Şəki mədəniyyəti", "Abbasova", "Səfərov", "Bakı", "2010")]
    [InlineData("Lənkəran bölgəsinin tarixi /tərt. N.Rüstəmova; Lənkəran Dövlət Universiteti.- Lənkəran, 2012.- 88 s.", "Lənkəran bölgəsinin tarixi", "Rüstəmova", "", "Lənkəran", "2012")]
    // A body named after someone ("Z.Bünyadov adına") or abbreviated ("Azərb. Resp.") is no heading's name.
    [InlineData("Şərq xalqları /tərt. Q.Məmmədov; AMEA Z.Bünyadov adına Şərqşünaslıq İnstitutu.- Bakı, 2015.- 210 s.", "Şərq xalqları", "Məmmədov", "", "Bakı", "2015")]
    [InlineData("Məktəb tarixi /tərt. S.Vəliyeva; Azərb. Resp. Təhsil Nazirliyi.- Bakı, 2008.- 150 s.", "Məktəb tarixi", "Vəliyeva", "", "Bakı", "2008")]
    public void A_catalogue_records_statement_is_one_citation_with_its_compilers_and_editors(string note, string title, string compilers, string editors, string place, string year)
    {
        var p = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Title?.Value.ShouldBe(title);
        Families(p.Compilers).ShouldBe(compilers);
        Families(p.Editors).ShouldBe(editors);
        p.Place?.Value.ShouldBe(place);
        p.Year?.Value.ShouldBe(year);
    }

    [Fact]
    public void Two_records_each_with_its_imprint_are_still_two_citations()
    {
        var parts = RulesOnly.Parse("Xalq mahnıları /tərt. A.Bayramov.- Bakı, 1999.- 80 s.; Aşıq sənəti /tərt. Z.Nurlu.- Bakı, 2001.- 95 s.");
        parts.Count.ShouldBe(2);
        parts.OfType<PublicationCitation>().Select(p => p.Year?.Value).ShouldBe(["1999", "2001"]);
    }

    [Theory]
    // A statement without an imprint ends its citation: the next work's heading name or sentence after the ';' is no
    // body of the statement, though the next work's dash imprint follows.
    [InlineData("Sabir M.Ə. Hophopnamə /tərt. A.Mirəhmədov; Əliyev R. Azərbaycan tarixi.- Bakı, 2009.- 200 s.")]
    [InlineData("Sabir M.Ə. Hophopnamə /tərt. A.Mirəhmədov; Əliyev, R. Azərbaycan tarixi.- Bakı, 2009.- 200 s.")]
    [InlineData("Sabir M.Ə. Hophopnamə /tərt. A.Mirəhmədov; R.Əliyev. Azərbaycan tarixi.- Bakı, 2009.- 200 s.")]
    public void A_statement_without_an_imprint_does_not_swallow_the_next_citation(string note)
    {
        var parts = RulesOnly.Parse(note);
        parts.Count.ShouldBe(2);
        parts[1].ShouldBeOfType<PublicationCitation>().Year?.Value.ShouldBe("2009");
    }

    [Theory]
    [InlineData("«Tuti», 1915-09", "Tuti", "1915", "09")]
    [InlineData("“Zənbur”, 1910-23", "Zənbur", "1910", "23")]
    [InlineData("«Məzəli», 1915-3.", "Məzəli", "1915", "3")]
    [InlineData("«BABAYİ-ƏMİR», 1916-41", "BABAYİ-ƏMİR", "1916", "41")]
    public void A_reprints_source_line_gives_the_paper_its_year_and_its_issue(string note, string container, string year, string issue)
    {
        var p = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.ContainerTitle?.Value.ShouldBe(container);
        p.Year?.Value.ShouldBe(year);
        p.Issue?.Value.ShouldBe(issue);
    }

    [Theory]
    [InlineData("«Molla Nəsrəddin», 1906-07")]
    [InlineData("«Zənbur», 1909-10")]
    [InlineData("«Tuti», 1999-00")]
    public void A_span_of_two_years_after_a_paper_is_no_issue(string note)
    {
        RulesOnly.Parse(note).OfType<PublicationCitation>().ShouldAllBe(p => p.Issue == null,
            "the next year's last two digits after the year close a span of years (a season, a volume), not a number");
    }

    [Theory]
    [InlineData("«Tərəqqi» q\u04D9zeti, 1909, 14 aprel", "Tərəqqi", 1909)]
    [InlineData("«Yeni iqbal» q\u04D9zeti, 1915, 3 may", "Yeni iqbal", 1915)]
    [InlineData("«Kaspi» q\u04D9zeti, 1902, № 41", "Kaspi", 1902)]
    public void A_paper_named_with_the_cyrillic_schwa_in_its_kind_word_is_an_issue_of_it(string note, string title, int year)
    {
        var n = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<NewspaperCitation>();
        n.Title.Value.ShouldBe(title);
        n.Date?.Year.ShouldBe(year);
    }

    [Theory]
    [InlineData("Xəlilov S. Yeni kitab. «Ədəbiyyat» q\u04D9zeti, 1998, № 12, s. 4.", "Ədəbiyyat", "1998")]
    [InlineData("«Gələcək» m\u04D9cmu\u04D9si, 1913, № 2", "Gələcək", "1913")]
    [InlineData("Rəsulov T. Kənd məktəbləri. «Maarif işçisi» m\u04D9cmu\u04D9si, 1926, № 5, s. 30.", "Maarif işçisi", "1926")]
    public void The_kind_word_typed_with_the_cyrillic_schwa_names_the_container(string note, string container, string year)
    {
        var p = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.ContainerTitle?.Value.ShouldBe(container);
        p.Year?.Value.ShouldBe(year);
    }

    [Theory]
    [InlineData("Bakı, 1979, c. II, s. 88", "Bakı", "1979", "II", "88")]
    [InlineData("Bakı: 1992, c. 3, s. 301", "Bakı", "1992", "3", "301")]
    [InlineData("Gəncə, 2004, s. 17", "Gəncə", "2004", null, "17")]
    [InlineData("Bakı, 1968, s. 45-47", "Bakı", "1968", null, "45-47")]
    public void A_place_and_its_year_are_an_edition_whose_title_stands_before_the_note_not_a_name_and_a_year(string note, string place, string year, string? volume, string page)
    {
        var p = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Authors.ShouldBeEmpty();
        p.Place?.Value.ShouldBe(place);
        p.Year?.Value.ShouldBe(year);
        p.Volume?.Value.ShouldBe(volume);
        p.Locator?.Value.ShouldBe(page);
    }

    [Theory]
    [InlineData("Naxçıvan xanlığının süqutu, «Elm» qəzeti, 12 mart 1999, (№ 9 (475)), s. 5", "Naxçıvan xanlığının süqutu", "Elm", "1999", "9")]
    [InlineData("Qədim Gəncə sikkələri ,«Gəncə» qəzeti, 4 may, 11 may, 2003, (№17-18), s. 3, 6", "Qədim Gəncə sikkələri", "Gəncə", "2003", "17-18")]
    [InlineData("Əliyeva S. Bir arxiv sənədi haqqında. «Azərbaycan» qəzeti, 2010, 5 iyun (№ 120), s. 7", "Bir arxiv sənədi haqqında", "Azərbaycan", "2010", "120")]
    public void A_pieces_number_in_brackets_after_its_papers_date_is_its_issue(string note, string title, string container, string year, string issue)
    {
        var p = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Title?.Value.ShouldBe(title);
        p.ContainerTitle?.Value.ShouldBe(container);
        p.Year?.Value.ShouldBe(year);
        p.Issue?.Value.ShouldBe(issue);
    }
}
