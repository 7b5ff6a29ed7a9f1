using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>English (Chicago/Turabian) notes: the name first, the imprint in brackets, short forms (issue #18).</summary>
public class EnglishNoteParsingTests
{
    private static PublicationCitation Publication(string text) =>
        CitationParser.ParseFootnote(text).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();

    [Fact]
    public void Reads_a_book_with_initials_before_the_name_and_the_imprint_in_brackets()
    {
        var p = Publication("V. K. Sarkisov, Ocherki istorii Shemakhi (Baku: Elm, 1978), 45–47.");
        p.Kind.ShouldBe(PublicationKind.Book);
        p.Authors.ShouldBe([CslName.Person("Sarkisov", "V. K.")]);
        p.Title!.Value.ShouldBe("Ocherki istorii Shemakhi");
        p.Place!.Value.ShouldBe("Baku");
        p.Publisher!.Value.ShouldBe("Elm");
        p.Year!.Value.ShouldBe("1978");
        p.Locator!.Value.ShouldBe("45-47");
    }

    [Fact]
    public void Reads_a_place_with_its_state_a_subtitle_and_two_pages()
    {
        var p = Publication("Margaret Hollis, Borderland Towns: Trade and Faith (Princeton, NJ: Princeton University Press, 2011), 17, 203.");
        p.Authors.ShouldBe([CslName.Person("Hollis", "Margaret")]);
        p.Title!.Value.ShouldBe("Borderland Towns: Trade and Faith");
        p.Place!.Value.ShouldBe("Princeton, NJ");
        p.Publisher!.Value.ShouldBe("Princeton University Press");
        p.Year!.Value.ShouldBe("2011");
        p.Locator!.Written.ShouldBe("17, 203");
    }

    [Fact]
    public void Reads_two_authors_joined_by_and_with_an_unbracketed_imprint()
    {
        var p = Publication("S. T. Orlov and Iu. Belova, Gorod na Kure 1920, Tiflis, 1995, 33–4.");
        p.Authors.Select(a => a.Family).ShouldBe(["Orlov", "Belova"]);
        p.Title!.Value.ShouldBe("Gorod na Kure 1920");
        p.Place!.Value.ShouldBe("Tiflis");
        p.Year!.Value.ShouldBe("1995");
        p.Locator!.Value.ShouldBe("33-4");
    }

    [Fact]
    public void Reads_a_journal_article_with_its_volume_year_and_page_after_a_colon()
    {
        var p = Publication("Iu. Sorokin, \"Neft' i vlast',\" Istoricheskii arkhiv 4 (1997): 58.");
        p.Kind.ShouldBe(PublicationKind.Article);
        p.Authors.ShouldBe([CslName.Person("Sorokin", "Iu.")]);
        p.Title!.Value.ShouldBe("Neft' i vlast'");
        p.ContainerTitle!.Value.ShouldBe("Istoricheskii arkhiv");
        p.Issue!.Value.ShouldBe("4"); // a Russian journal numbers its issues within the year
        p.Year!.Value.ShouldBe("1997");
        p.Locator!.Value.ShouldBe("58");
    }

    [Fact]
    public void Reads_a_chapter_with_the_editor_of_its_book()
    {
        var p = Publication("Nino Abashidze, “Tea and Empire,” in Georgia under the Tsars, ed. P. L. Gordon (London: Hurst, 2003), 88–90.");
        p.Kind.ShouldBe(PublicationKind.Chapter);
        p.Authors.ShouldBe([CslName.Person("Abashidze", "Nino")]);
        p.Title!.Value.ShouldBe("Tea and Empire");
        p.ContainerTitle!.Value.ShouldBe("Georgia under the Tsars");
        p.Editors.ShouldBe([CslName.Person("Gordon", "P. L.")]);
        p.Place!.Value.ShouldBe("London");
        p.Publisher!.Value.ShouldBe("Hurst");
        p.Year!.Value.ShouldBe("2003");
        p.Locator!.Value.ShouldBe("88-90");
    }

    [Theory]
    [InlineData("Sarkisov, Ocherki, 46.", "46")]
    [InlineData("Sarkisov, Ocherki istorii, p. 112.", "112")]
    public void Reads_a_short_form_with_or_without_a_page_keyword(string note, string page)
    {
        var p = Publication(note);
        p.Authors.ShouldBe([CslName.Person("Sarkisov", null)]);
        p.Title!.Value.ShouldStartWith("Ocherki");
        p.Year.ShouldBeNull();
        p.Locator!.Value.ShouldBe(page);
    }

    [Theory]
    [InlineData("See V. K. Sarkisov, Ocherki istorii Shemakhi (Baku: Elm, 1978), 45.")]
    [InlineData("Cited in V. K. Sarkisov, Ocherki istorii Shemakhi (Baku: Elm, 1978), 45.")]
    [InlineData("The figures were disputed at the time. V. K. Sarkisov, Ocherki istorii Shemakhi (Baku: Elm, 1978), 45.")]
    [InlineData("V. K. Sarkisov, Ocherki istorii Shemakhi (Baku: Elm, 1978), 45. He gives no source for them.")]
    public void Prose_around_the_citation_stays_out_of_every_field(string note)
    {
        var p = Publication(note);
        p.Authors.ShouldBe([CslName.Person("Sarkisov", "V. K.")]);
        p.Title!.Value.ShouldBe("Ocherki istorii Shemakhi");
        p.Place!.Value.ShouldBe("Baku");
        p.Locator!.Value.ShouldBe("45");
    }

    [Fact]
    public void Several_citations_are_separated_by_semicolons()
    {
        var parts = CitationParser.ParseFootnote("Sarkisov, Ocherki, 46; Orlov and Belova, Gorod na Kure, 12–13.");
        parts.Count.ShouldBe(2);
        parts.Cast<PublicationCitation>().Select(p => p.Authors[0].Family).ShouldBe(["Sarkisov", "Orlov"]);
    }

    [Theory]
    [InlineData("Kavtaradze V. Na putyax k konfederasii Kavkaza. Varşava, 1933, s. 121.")]
    [InlineData("Mamedov A. A. Istoriia Baku. Baku, 1990, s. 5.")]
    public void A_gost_citation_with_initials_after_the_name_is_left_to_the_gost_reader(string note)
    {
        var p = Publication(note);
        p.Authors.ShouldHaveSingleItem().Given.ShouldNotBeNull();
        p.Year.ShouldNotBeNull();
        p.Title!.Value.ShouldNotContain(",");
    }

    [Theory]
    [InlineData("Ibid., 212–13.", "212-13")]
    [InlineData("Ibid., 156 (emphasis in the original).", "156")]
    [InlineData("Ibid., p. 40 (my translation).", "40")]
    public void Ibid_takes_a_page_without_keyword_and_leaves_its_commentary_out(string note, string page)
    {
        var ibid = CitationParser.ParseFootnote(note).ShouldHaveSingleItem().ShouldBeOfType<IbidCitation>();
        ibid.Locator!.Value.ShouldBe(page);
    }

    [Fact]
    public void A_short_form_with_a_quoted_title_takes_the_page_after_the_closing_quote()
    {
        var p = Publication("Sorokin, “Neft’ i vlast’,” 61.");
        p.Authors.ShouldBe([CslName.Person("Sorokin", null)]);
        p.Title!.Value.ShouldBe("Neft’ i vlast’");
        p.Locator!.Value.ShouldBe("61");
    }

    [Fact]
    public void Editors_marked_in_brackets_before_the_title_are_editors()
    {
        var p = Publication("A. P. Ermolov and K. Iu. Danilova (eds.) Kavkazskaia voina 1817–1864, Moscow, 2004, 77.");
        p.Authors.ShouldBeEmpty();
        p.Editors.Select(n => n.Family).ShouldBe(["Ermolov", "Danilova"]);
        p.Title!.Value.ShouldBe("Kavkazskaia voina 1817–1864");
        p.Place!.Value.ShouldBe("Moscow");
        p.Year!.Value.ShouldBe("2004");
    }

    [Fact]
    public void Editors_named_before_eds_and_a_comma_are_editors()
    {
        var p = Publication("Ermolov and Danilova, eds., Kavkazskaia voina, 80–81.");
        p.Editors.Select(n => n.Family).ShouldBe(["Ermolov", "Danilova"]);
        p.Title!.Value.ShouldBe("Kavkazskaia voina");
    }

    [Fact]
    public void A_journal_named_alone_takes_its_issue_year_and_pages()
    {
        var p = Publication("Kommunist Azerbaidzhana, no. 9 (1988): 44–46.");
        p.Kind.ShouldBe(PublicationKind.Article);
        p.Authors.ShouldBeEmpty();
        p.ContainerTitle!.Value.ShouldBe("Kommunist Azerbaidzhana");
        p.Issue!.Value.ShouldBe("9");
        p.Year!.Value.ShouldBe("1988");
        p.Locator!.Value.ShouldBe("44-46");
    }

    [Fact]
    public void A_family_name_followed_by_its_initials_and_commas_is_one_author()
    {
        var p = Publication("Tavares Lima, R., Viagem ao Caucaso, Lisbon, 1931, p. 12.");
        p.Authors.ShouldBe([CslName.Person("Tavares Lima", "R.")]);
        p.Title!.Value.ShouldBe("Viagem ao Caucaso");
        p.Place!.Value.ShouldBe("Lisbon");
    }

    [Fact]
    public void Citations_in_sentences_after_one_another_are_all_read_and_the_prose_between_them_is_not()
    {
        var parts = CitationParser.ParseFootnote("On the strike, see Sarkisov, Ocherki, 46. For the later years, see Orlov, Gorod na Kure, 12. See also Belova, “Neft’,” 3. Both rely on the same report.");
        parts.Count.ShouldBe(3);
        var read = parts.Cast<PublicationCitation>().ToList();
        read.Select(p => p.Authors[0].Family).ShouldBe(["Sarkisov", "Orlov", "Belova"]);
        read.Select(p => p.Title!.Value).ShouldBe(["Ocherki", "Gorod na Kure", "Neft’"]);
        read.Select(p => p.Locator!.Value).ShouldBe(["46", "12", "3"]);
    }

    [Fact]
    public void A_bracketed_remark_in_small_letters_after_the_imprint_is_no_part_of_it()
    {
        var p = Publication("Nina Orbeli, Dnevnik (Erevan: Aiastan, 1990), (under May 3, 1921).");
        p.Place!.Value.ShouldBe("Erevan");
        p.Publisher!.Value.ShouldBe("Aiastan");
        p.Year!.Value.ShouldBe("1990");
    }

    [Fact]
    public void A_newspaper_article_leaves_the_day_and_month_out_of_the_newspaper()
    {
        var p = Publication("B. Markov, “Na promyslakh,” Bakinskii rabochii, 12 March 1926.");
        p.ContainerTitle!.Value.ShouldBe("Bakinskii rabochii");
        p.Year!.Value.ShouldBe("1926");
    }

    [Theory]
    [InlineData("See Orlov, 1995, 41–2.")]
    [InlineData("The first full account is in Orlov, 1995, 41–2.")]
    public void A_name_and_a_year_after_see_or_in_are_an_author_date_citation(string note)
    {
        var p = Publication(note);
        p.Authors.ShouldBe([CslName.Person("Orlov", null)]);
        p.Title.ShouldBeNull();
        p.Year!.Value.ShouldBe("1995");
        p.Locator!.Value.ShouldBe("41-2");
    }

    [Fact]
    public void A_shelf_mark_with_slashes_after_the_archive_is_fond_opis_and_delo()
    {
        var a = CitationParser.ParseFootnote("RGAE 7486/37/131 (1934), 12–14.").ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.ArchiveShort!.Value.ShouldBe("RGAE");
        a.Level(ArchivalLevelKind.Fond).ShouldBe("7486");
        a.Level(ArchivalLevelKind.Opis).ShouldBe("37");
        a.Level(ArchivalLevelKind.Delo).ShouldBe("131");
        a.Locator!.Value.ShouldBe("12-14");
    }

    [Fact]
    public void A_document_printed_in_a_book_is_the_shelf_mark_then_the_book()
    {
        var parts = CitationParser.ParseFootnote("DAOO, R-15/2/88, 3, in Bondar, ed., Holod na Pivdni, 210–11.");
        parts.Count.ShouldBe(2);
        var a = parts[0].ShouldBeOfType<ArchivalCitation>();
        a.Level(ArchivalLevelKind.Fond).ShouldBe("R-15");
        a.Locator!.Value.ShouldBe("3");
        var p = parts[1].ShouldBeOfType<PublicationCitation>();
        p.Editors.ShouldBe([CslName.Person("Bondar", null)]);
        p.Title!.Value.ShouldBe("Holod na Pivdni");
        p.Locator!.Value.ShouldBe("210-11");
    }

    [Theory]
    [InlineData("Bakinskii rabochii, March 12, 1926.", 3, 12)]
    [InlineData("Bakinskii rabochii, 12 March 1926, p. 2.", 3, 12)]
    public void A_newspaper_with_its_day_month_and_year_is_a_newspaper_issue(string note, int month, int day)
    {
        var n = CitationParser.ParseFootnote(note).ShouldHaveSingleItem().ShouldBeOfType<NewspaperCitation>();
        n.Title.Value.ShouldBe("Bakinskii rabochii");
        n.Date.ShouldBe(CslDate.FromParts(1926, month, day));
    }

    [Fact]
    public void A_short_form_announced_in_brackets_is_no_part_of_the_title()
    {
        var p = Publication("Orbeli, Dnevnik molodosti (henceforth Orbeli), pp. 14–15.");
        p.Title!.Value.ShouldBe("Dnevnik molodosti");
        p.Locator!.Value.ShouldBe("14-15");
    }

    [Fact]
    public void A_sentence_after_a_slashed_shelf_mark_may_hold_the_next_citation()
    {
        var parts = CitationParser.ParseFootnote("RGAE 7486/37/131, 12. See also Orlov, Gorod na Kure, 40.");
        parts.Count.ShouldBe(2);
        parts[0].ShouldBeOfType<ArchivalCitation>().Locator!.Value.ShouldBe("12");
        parts[1].ShouldBeOfType<PublicationCitation>().Authors[0].Family.ShouldBe("Orlov");
    }
}
