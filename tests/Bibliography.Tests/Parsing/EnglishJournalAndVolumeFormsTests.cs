using Bibliography.Parsing;

using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Further classes of English publication notes (issue #18): journal numbers written in other ways (a bare issue after
/// the volume, Roman volumes, MLA's year after the numbers), the page cited within an article's range, web addresses
/// and access dates, chapters and edited volumes written in British, German and bibliography fashion, titles followed by
/// their editor, spans of years, notes and following pages after a page, and theses. Every example is invented for its class.
/// </summary>
public class EnglishJournalAndVolumeFormsTests
{
    // ---- journal numbers ----

    [Theory]
    [InlineData("Lev Orlov, \"Party Cells in Gori,\" Kritika 9, 2 (2008): 301–25.", "Kritika", "9", "2", "2008", "301-25")]
    [InlineData("Mary Dunn, \"The Oil Strikes,\" Slavic Review 61, 4 (2002), p. 744.", "Slavic Review", "61", "4", "2002", "744")]
    [InlineData("T. Bell, 'Nomads and Soviets', Central Asian Survey 12, 3 (1993), 301.", "Central Asian Survey", "12", "3", "1993", "301")]
    public void A_bare_issue_after_the_volume_and_a_comma_is_the_issue(string note, string journal, string volume, string issue, string year, string page)
    {
        var p = Publication(note);
        RulesOnly.ShouldBeJournal(p, journal, volume, issue, year);
        p.Locator!.Value.ShouldBe(page);
    }

    [Theory]
    [InlineData("Anna Petrova, \u201cGrain and Power,\u201d Slavic Review Quarterly, Vol.7 No.3: Spring 2002.", "Slavic Review Quarterly", "7", "3", "2002")]
    [InlineData("Karl Brenner, \u201cThe Kazan Diet,\u201d Tatar Studies Bulletin, vol. 4, no. 2: Autumn 1999.", "Tatar Studies Bulletin", "4", "2", "1999")]
    [InlineData("Irma Salo, \u201cBaltic Ports,\u201d Nordic Survey, Vol. 11, No. 1: January 2005.", "Nordic Survey", "11", "1", "2005")]
    public void A_season_after_the_issue_and_a_colon_is_not_the_issue(string note, string journal, string volume, string issue, string year)
    {
        var p = Publication(note);
        RulesOnly.ShouldBeJournal(p, journal, volume, issue, year);
    }

    [Theory]
    [InlineData("A. Pope, \"Kolkhoz Markets,\" Soviet Studies XXXIV, no. 2 (1982): 211.", "Soviet Studies", "XXXIV", "2")]
    [InlineData("B. Kerr, 'The Mensheviks', Slavonic and East European Review, LXXI, 3 (1993), 402.", "Slavonic and East European Review", "LXXI", "3")]
    [InlineData("C. Ross, \"Land Reform,\" Russian History XIV, no. 1 (1987): 12.", "Russian History", "XIV", "1")]
    public void A_volume_in_Roman_numerals_before_the_issue_is_the_volume(string note, string journal, string volume, string issue)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Volume!.Value.ShouldBe(volume);
        p.Issue!.Value.ShouldBe(issue);
    }

    [Theory]
    [InlineData("Grant, Anna. \"Oil Towns.\" Slavic Review, vol. 64, no. 2, 2005, pp. 33-50.", "Slavic Review", "64", "2", "2005", "33-50")]
    [InlineData("Ivanov, Petr. \"Soviet Baku.\" Kritika, vol. 3, no. 4, 2002, pp. 1-19.", "Kritika", "3", "4", "2002", "1-19")]
    public void A_year_after_the_journal_numbers_and_a_comma_is_the_year(string note, string journal, string volume, string issue, string year, string pages)
    {
        var p = Publication(note);
        RulesOnly.ShouldBeJournal(p, journal, volume, issue, year);
        p.Locator!.Value.ShouldBe(pages);
    }

    // ---- the page cited within an article's range ----

    [Theory]
    [InlineData("Nina Gold, \"Famine Relief,\" Slavic Review 55, no. 2 (1996): 310–40, esp. 322.", "Slavic Review", "1996", "322")]
    [InlineData("Paul Reed, \"Exiles,\" Ab Imperio, no. 4 (2011): 88–120, here 97.", "Ab Imperio", "2011", "97")]
    [InlineData("Ruth Lane, \"Oil and Labour,\" Labor History 40 (1999): 1-30, at 12.", "Labor History", "1999", "12")]
    [InlineData("J. Hart, 'Red Baku', Europe-Asia Studies 48 (1996), pp. 401-20, especially p. 405.", "Europe-Asia Studies", "1996", "405")]
    public void A_page_after_esp_here_or_at_is_the_locator_and_the_range_goes_nowhere(string note, string journal, string year, string page)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Year!.Value.ShouldBe(year);
        p.Locator!.Value.ShouldBe(page);
        p.Issue?.Value.ShouldNotContain("(");
    }

    [Fact]
    public void A_word_ending_like_a_page_keyword_is_no_keyword()
    {
        // "esp. 322": the "p." closing "esp." is no page keyword; the page still comes out.
        Publication("Nina Gold, \"Famine Relief,\" Slavic Review 55, no. 2 (1996): 310–40, esp. 322.").Locator!.Keyword.ShouldBe("");
    }

    // ---- web addresses and access dates ----

    [Theory]
    [InlineData("Olga Brand, \"Baku Diaries,\" Caucasus Analytical Digest 12 (2010): 5, https://doi.org/10.3929/ethz-a-006249821.", "Caucasus Analytical Digest", "2010", "5")]
    [InlineData("Ilia Chkonia, \"Soviet Tbilisi,\" Eurasianet, 4 May 2016, http://www.eurasianet.org/node/78611 (accessed 12 June 2017).", "Eurasianet", "2016", null)]
    [InlineData("Mark Ross, \"The Karabakh War,\" Caspian Review, 2011, www.caspianreview.org/karabakh, accessed March 3, 2013.", "Caspian Review", "2011", null)]
    [InlineData("Emil Souleimanov, \"Oil Politics,\" Central Asian Survey 31, no. 2 (2012): 141, doi:10.1080/02634937.2012.671992.", "Central Asian Survey", "2012", "141")]
    public void A_web_address_and_its_access_date_go_nowhere(string note, string container, string year, string? page)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(container);
        p.Year!.Value.ShouldBe(year);
        if (page is null) p.Locator.ShouldBeNull();
        else p.Locator!.Value.ShouldBe(page);
    }

    [Fact]
    public void An_address_that_stands_for_the_source_is_kept_with_its_author()
    {
        // A testimony known only by its site: the address is the source, not an electronic copy after one.
        var parsed = Parse("Anna Rybkina, www.iremember.ru, pp. 4–5.");
        parsed.ShouldHaveSingleItem();
        (parsed[0] is PublicationCitation { Authors.Count: > 0 } or UnreadCitation).ShouldBeTrue();
    }

    // ---- chapters and edited volumes ----

    [Theory]
    [InlineData("Hans Roth, \"Baku 1905,\" in: Karl Lenz (ed.), Revolution im Kaukasus, Berlin 2001, pp. 44-61.", "Revolution im Kaukasus", "Lenz", "Berlin", "2001")]
    [InlineData("Ute Kern, 'Ölstädte', in: Georg Brandt (Hg.), Der Kaukasus, München 1995, S. 12.", "Der Kaukasus", null, "München", "1995")]
    public void A_chapter_after_in_with_a_colon_is_a_chapter(string note, string book, string? editor, string place, string year)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Chapter);
        p.ContainerTitle!.Value.ShouldEndWith(book);
        if (editor is not null)
        {
            p.ContainerTitle!.Value.ShouldBe(book);
            Families(p.Editors).ShouldBe(editor);
        }
        p.Place!.Value.ShouldBe(place);
        p.Year!.Value.ShouldBe(year);
    }

    [Theory]
    [InlineData("M. Lane, 'Georgia in 1921', in A. Hart, B. Gill and C. Moss (eds), The Southern Borderlands (London, 1999), p. 77.", "Hart; Gill; Moss", "The Southern Borderlands")]
    [InlineData("P. Dunn, 'Exile', in R. Kerr, T. Bloom and S. Hale, eds, Russia Abroad (Oxford, 2003), p. 9.", "Kerr; Bloom; Hale", "Russia Abroad")]
    public void A_British_list_of_editors_without_a_comma_before_and_is_the_editors(string note, string editors, string book)
    {
        var p = Publication(note);
        Families(p.Editors).ShouldBe(editors);
        p.ContainerTitle!.Value.ShouldBe(book);
    }

    [Fact]
    public void A_title_holding_and_after_names_is_still_a_title()
    {
        // No editor mark follows: "Stalin and His Hangmen" is the title, not two more names.
        var p = Publication("Donald Rayfield, Stalin and His Hangmen (London, 2004), 88.");
        Families(p.Authors).ShouldBe("Rayfield");
        p.Title!.Value.ShouldBe("Stalin and His Hangmen");
    }

    [Theory]
    [InlineData("Lia Tsereteli, \"Poets,\" in Georgian Modernism, eds Ana Kuchukhidze and Tom Hale (Tbilisi, 2015), pp. 3-9.", "Georgian Modernism", "Kuchukhidze; Hale")]
    [InlineData("Ali Aliev, \"Oil Barons,\" in The Caspian Century, ed Mark Fine (London, 2008), p. 44.", "The Caspian Century", "Fine")]
    public void Editors_marked_without_a_full_stop_after_the_book_are_its_editors(string note, string book, string editors)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(book);
        Families(p.Editors).ShouldBe(editors);
    }

    [Theory]
    [InlineData("Lerner, Anna, ed., The Lost Villages (Boston: Beacon Press, 1995), 12.", "Lerner", "The Lost Villages")]
    [InlineData("Hodge, Paul and Marsh, Ella, eds., Salt Roads of the Sahel (Leiden: Brill, 2004).", "Hodge; Marsh", "Salt Roads of the Sahel")]
    [InlineData("Okafor, J. R., ed., Coastal Trade in the Bight, p. 41.", "Okafor", "Coastal Trade in the Bight")]
    [InlineData("Vass, Imre and Toth, Kata, eds, Danube Towns, 7-10.", "Vass; Toth", "Danube Towns")]
    public void Inverted_names_before_an_editor_mark_are_the_books_editors(string note, string editors, string title)
    {
        var p = Publication(note);
        p.Authors.ShouldBeEmpty();
        Families(p.Editors).ShouldBe(editors);
        p.Title!.Value.ShouldBe(title);
    }

    [Theory]
    [InlineData("Siqueiros, D., Art and Revolution (London, 1975), 12.", "Siqueiros", "Art and Revolution")]
    [InlineData("Mira Kant, River Songs, ed. by Otto Lenz (Vienna, 1928), p. 3.", "Kant", "River Songs")]
    [InlineData("Kant, River Songs, ed. Otto Lenz (Vienna, 1928), p. 3.", "Kant", "River Songs")]
    public void Names_and_a_title_before_an_editor_named_after_the_mark_are_no_editors_of_their_own(string note, string author, string title)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
    }

    [Theory]
    [InlineData("Anna Lee, \"War Communism,\" in The Cambridge History of Russia, vol. 2, Imperial Russia, ed. Dominic Lieven (Cambridge, 2006), 45.", "The Cambridge History of Russia", "2", "Lieven")]
    [InlineData("Oleg Budnitskii, \"The Whites,\" in A History of the Civil War, vol. 1, The Front, ed. Ivan Orlov (Moscow, 2010), 7.", "A History of the Civil War", "1", "Orlov")]
    public void A_volume_with_its_own_title_inside_a_book_leaves_the_book_its_title(string note, string book, string volume, string editor)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(book);
        p.Volume!.Value.ShouldBe(volume);
        Families(p.Editors).ShouldBe(editor);
    }

    [Theory]
    [InlineData("The Lenin Letters, ed. Peter Black, 3 vols. (Oxford: Clarendon Press, 1970), 2:88.", "The Lenin Letters", "Black", "Oxford", "1970", "2", "88")]
    [InlineData("Kavkazskii Sbornik, ed. N. Orlov et al., 2 vols. (Tiflis, 1901), 1:12.", "Kavkazskii Sbornik", "Orlov", "Tiflis", "1901", "1", "12")]
    [InlineData("The Georgian Chronicles, ed. Anna Grey (London: Luzac, 1951), 33.", "The Georgian Chronicles", "Grey", "London", "1951", null, "33")]
    public void A_title_before_its_editor_is_the_title(string note, string title, string editor, string place, string year, string? volume, string page)
    {
        var p = Publication(note);
        p.Authors.ShouldBeEmpty();
        p.Title!.Value.ShouldBe(title);
        Families(p.Editors).ShouldBe(editor);
        p.Place!.Value.ShouldBe(place);
        p.Year!.Value.ShouldBe(year);
        if (volume is null) p.Volume.ShouldBeNull();
        else p.Volume!.Value.ShouldBe(volume);
        p.Locator!.Value.ShouldBe(page);
    }

    [Theory]
    [InlineData("V. I. Lenin, Sochineniia (Moscow: Partizdat, 1935–37), 12:45.", "Moscow", "Partizdat", "1935", "12")]
    [InlineData("Akty, sobrannye Kavkazskoiu arkheograficheskoiu kommissieiu (Tiflis, 1866–1904), 4:112.", "Tiflis", null, "1866", "4")]
    public void A_work_published_over_years_is_dated_by_its_first(string note, string place, string? publisher, string year, string volume)
    {
        var p = Publication(note);
        p.Place!.Value.ShouldBe(place);
        if (publisher is not null) p.Publisher!.Value.ShouldBe(publisher);
        p.Year!.Value.ShouldBe(year);
        p.Volume!.Value.ShouldBe(volume);
    }

    // ---- a note on the page, the pages following it ----

    [Theory]
    [InlineData("Ruth Sand, The Oil Frontier (Ithaca, 2003), 45, n. 12.", "45, n. 12")]
    [InlineData("Ruth Sand, The Oil Frontier (Ithaca, 2003), 45 n. 12.", "45 n. 12")]
    [InlineData("Sand, Oil Frontier, pp. 101ff.", "101ff")] // (the note's full stop closes it)
    [InlineData("Sand, Oil Frontier, 88 f.", "88 f")]
    [InlineData("Sand, Oil Frontier, 12, nn. 3–4.", "12, nn. 3-4")]
    public void A_note_or_the_following_pages_after_the_page_are_part_of_the_locator(string note, string locator)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe("Sand");
        p.Title!.Value.ShouldContain("Oil Frontier");
        p.Locator!.Value.ShouldBe(locator);
    }

    // ---- theses ----

    [Theory]
    [InlineData("Ann Kerr, \"Oil Workers of Baku\" (PhD diss., University of Michigan, 1998), 45.", "University of Michigan", "1998")]
    [InlineData("Levan Gigineishvili, The Georgian Church, Ph.D. dissertation, Princeton University, 2003, p. 7.", "Princeton University", "2003")]
    [InlineData("Sara Fine, \"Soviet Nomads\" (MA thesis, Central European University, 2010), 12.", "Central European University", "2010")]
    public void A_thesis_names_its_university_as_the_publisher(string note, string university, string year)
    {
        var p = Publication(note);
        p.Publisher!.Value.ShouldBe(university);
        p.Place.ShouldBeNull();
        p.Year!.Value.ShouldBe(year);
        p.Title!.Value.ShouldNotContain("diss");
    }

    // ---- ibid with a volume ----

    [Theory]
    [InlineData("Ibid., vol. 2, p. 45.", "45")]
    [InlineData("Ibid., vol. III, pp. 12–13.", "12-13")]
    public void Ibid_with_a_volume_is_ibid_at_the_page(string note, string page)
    {
        var ibid = Parse(note).ShouldHaveSingleItem().ShouldBeOfType<IbidCitation>();
        ibid.Locator!.Value.ShouldBe(page);
    }

    // ---- bibliography entries: editors after the inverted name, two names, chapters ----

    [Theory]
    [InlineData("Lane, Peter, ed. The Caucasus in Revolution. London: Routledge, 2004.", "Lane", "The Caucasus in Revolution", "London", "Routledge", "2004")]
    [InlineData("Kent, Sara, and Tom Bell, eds. Oil and Empire. Oxford: Clarendon Press, 2011.", "Kent; Bell", "Oil and Empire", "Oxford", "Clarendon Press", "2011")]
    public void A_bibliography_entry_of_an_edited_book_names_its_editors(string note, string editors, string title, string place, string publisher, string year)
    {
        var p = Publication(note);
        p.Authors.ShouldBeEmpty();
        Families(p.Editors).ShouldBe(editors);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Publisher!.Value.ShouldBe(publisher);
        p.Year!.Value.ShouldBe(year);
    }

    [Fact]
    public void A_bibliography_entry_of_two_authors_names_both()
    {
        var p = Publication("Gill, Anna, and Oleg V. Petrov. The Oil Barons. New York: Norton, 1999.");
        Families(p.Authors).ShouldBe("Gill; Petrov");
        p.Title!.Value.ShouldBe("The Oil Barons");
        p.Publisher!.Value.ShouldBe("Norton");
    }

    [Theory]
    [InlineData("Hale, Tom. \"The Mountain Soviets.\" In The Caucasus in Revolution, edited by Peter Lane, 33–58. London: Routledge, 2004.", "Hale", "The Caucasus in Revolution", "Lane", "33-58")]
    [InlineData("Ward, Ruth. \"Red Tiflis.\" In Georgian Cities, edited by Ana Beridze and Paul Dunn, 101–20. Tbilisi: Artanuji, 2012.", "Ward", "Georgian Cities", "Beridze; Dunn", "101-20")]
    public void A_bibliography_chapter_gives_its_book_editors_pages_and_imprint(string note, string author, string book, string editors, string pages)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Chapter);
        Families(p.Authors).ShouldBe(author);
        p.ContainerTitle!.Value.ShouldBe(book);
        Families(p.Editors).ShouldBe(editors);
        p.Locator!.Value.ShouldBe(pages);
        p.Place.ShouldNotBeNull();
        p.Publisher.ShouldNotBeNull();
        p.Year.ShouldNotBeNull();
    }

    [Fact]
    public void A_chapter_note_with_its_pages_before_the_imprint_keeps_the_imprint()
    {
        var p = Publication("Tom Hale, \"The Mountain Soviets,\" in The Caucasus in Revolution, edited by Peter Lane, 33–58. London: Routledge, 2004.");
        p.ContainerTitle!.Value.ShouldBe("The Caucasus in Revolution");
        p.Place!.Value.ShouldBe("London");
        p.Publisher!.Value.ShouldBe("Routledge");
        p.Year!.Value.ShouldBe("2004");
    }

    // ---- pages: four digits after a quoted title, pages joined by "and" ----

    [Theory]
    [InlineData("Hale, \"Mountain Soviets,\" 1702.", "1702")]
    [InlineData("Ann Ward, \"Empire,\" American Historical Review 104, no. 4 (1999): 1655.", "1655")]
    [InlineData("Ruth Ward, Red Tiflis (London, 1999), 12–13 and 71.", "12-13 and 71")]
    public void Pages_a_year_reader_would_pass_over_are_the_locator(string note, string page)
    {
        Publication(note).Locator!.Value.ShouldBe(page);
    }

    // ---- the same author, op. cit., loc. cit., collected works ----

    [Fact]
    public void Idem_before_a_quoted_title_opens_an_article_by_the_same_author()
    {
        var parsed = Parse("Mark Hale, Oil Towns (London, 2001), 33; idem, \"Baku Strikes,\" Kritika 6, no. 2 (2005): 210.");
        parsed.Count.ShouldBe(2);
        var article = parsed[1].ShouldBeOfType<PublicationCitation>();
        article.Title!.Value.ShouldBe("Baku Strikes");
        article.ContainerTitle!.Value.ShouldBe("Kritika");
        article.Volume!.Value.ShouldBe("6");
        article.Issue!.Value.ShouldBe("2");
    }

    [Fact]
    public void An_unsigned_article_is_no_journal_named_by_its_title()
    {
        var p = Publication("\"Oil on the Caspian,\" Kavkazskii vestnik 12, no. 3 (1901): 44.");
        p.Title!.Value.ShouldBe("Oil on the Caspian");
        p.ContainerTitle!.Value.ShouldBe("Kavkazskii vestnik");
    }

    [Theory]
    [InlineData("Hale, op. cit., p. 12.", "12")]
    [InlineData("Hale, loc. cit.", null)]
    [InlineData("Hale, op. cit., vol. 2, p. 7.", "7")]
    public void Op_cit_and_loc_cit_after_a_name_are_a_short_form_of_the_author(string note, string? page)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe("Hale");
        PublicationReader.IsOpCit(p.Title).ShouldBeTrue();
        if (page is not null) p.Locator!.Value.ShouldBe(page);
    }

    [Theory]
    [InlineData("Lenin, Polnoe sobranie sochinenii, vol. 38, p. 12.", "Lenin", "Polnoe sobranie sochinenii", "38")]
    [InlineData("Plekhanov, Polnoe sobranie sochinenii, vol. 4, p. 9.", "Plekhanov", "Polnoe sobranie sochinenii", "4")]
    public void Collected_works_named_like_a_gazette_are_a_book(string note, string author, string title, string volume)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Book);
        Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
        p.Volume!.Value.ShouldBe(volume);
    }

    [Fact]
    public void The_law_collection_cited_by_its_short_name_is_still_a_law()
    {
        Publication("Polnoe sobranie, vol. 31, doc. 24307.").Kind.ShouldBe(PublicationKind.Legislation);
    }

    // ---- prose around the citation ----

    [Theory]
    [InlineData("“the streets were empty”: Hale, Oil Towns, 77.", "Hale", "77")]
    [InlineData("\"We had no bread\": Petrova, 12.", "Petrova", "12")]
    public void A_quoted_phrase_of_the_text_before_a_colon_is_prose(string note, string author, string page)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        p.Locator!.Value.ShouldBe(page);
        p.ContainerTitle.ShouldBeNull();
    }

    [Theory]
    [InlineData("Molotov to Stalin, 4 August 1936, in Stalin Papers, 3:45.", "Stalin Papers", "3", "45")]
    [InlineData("Kirov to Ordzhonikidze, May 1925, in Bolshevik Letters, 2:118.", "Bolshevik Letters", "2", "118")]
    public void A_letter_in_a_collection_cites_the_collection_by_its_title(string note, string title, string volume, string page)
    {
        var p = Publication(note);
        p.Authors.ShouldBeEmpty();
        p.Title!.Value.ShouldBe(title);
        p.Volume!.Value.ShouldBe(volume);
        p.Locator!.Value.ShouldBe(page);
    }

    [Fact]
    public void Names_and_a_year_after_in_stay_an_author_date_reference()
    {
        var p = Publication("The transcript was first published in Orlov and Grant, 2001, 45–60.");
        Families(p.Authors).ShouldBe("Orlov; Grant");
    }

    [Theory]
    [InlineData("The best account remains M. Fainsod's Smolensk under Soviet Rule (Cambridge, MA, 1958), 45.", "Fainsod", "Smolensk under Soviet Rule", "1958")]
    [InlineData("Much is owed to Tamara Dragadze's Rural Families in Soviet Georgia (London, 1988).", "Dragadze", "Rural Families in Soviet Georgia", "1988")]
    [InlineData("On the purges see Amy Knight’s Beria: Stalin's First Lieutenant (Princeton, 1993), 88.", "Knight", "Beria: Stalin's First Lieutenant", "1993")]
    public void A_possessive_name_in_prose_is_the_author_of_the_work_after_it(string note, string author, string title, string year)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
        p.Year!.Value.ShouldBe(year);
    }

    [Fact]
    public void A_title_opening_with_a_possessive_keeps_its_words()
    {
        var p = Publication("Stalin's Letters to Molotov (New Haven, 1995), 112.");
        p.Authors.ShouldBeEmpty();
        p.Title!.Value.ShouldBe("Stalin's Letters to Molotov");
    }
}
