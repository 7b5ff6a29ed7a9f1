using Bibliography.Model;
using Bibliography.Parsing;

using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Classes of English publication notes the rule reader missed (issue #18): front-matter and newspaper section pages,
/// a volume between the imprint and the page, Russian journals numbered within the year, a chapter in the author's own
/// book (<c>in idem, …</c>) and middle initials without their full stop. Every example is invented for its class.
/// </summary>
public class EnglishPublicationClassesTests
{
    // ---- pages in small Roman numerals and newspaper section pages ----

    [Theory]
    [InlineData("Olga Petrova, Oil Towns (Oxford: Clarendon Press, 1999), p. xiv.", "xiv")]
    [InlineData("Tamar Beridze, The Georgian Church (London, 1911), pp. xii–xv.", "xii-xv")]
    [InlineData("A. K. Smirnov, Kavkazskie ocherki (Tiflis, 1890), p. lxii.", "lxii")]
    public void A_front_matter_page_in_Roman_numerals_is_the_locator(string note, string page)
    {
        var p = Publication(note);
        p.Locator!.Value.ShouldBe(page);
        p.Year.ShouldNotBeNull();
        p.Title!.Value.ShouldNotContain("(");
    }

    [Theory]
    [InlineData("Tom Black, \"Strikes in Baku,\" New York Times, 12 May 1920, pp. A1, 18.", "New York Times", "A1, 18", "1920")]
    [InlineData("Ann Field, \"Oil Deal Signed,\" Washington Post, September 21, 1994, p. A14.", "Washington Post", "A14", "1994")]
    [InlineData("Jim Cole, \"Tbilisi Votes,\" Boston Globe, 2 April 1991, p. B3.", "Boston Globe", "B3", "1991")]
    public void A_newspaper_section_page_is_the_locator_and_leaves_the_paper_alone(string note, string paper, string page, string year)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(paper);
        p.Locator!.Value.ShouldBe(page);
        p.Year!.Value.ShouldBe(year);
    }

    // ---- a volume between the imprint (or a short form's name) and the page ----

    [Theory]
    [InlineData("Percy Sykes, A History of Persia (London: Macmillan, 1915), vol. 2, p. 51.", "Sykes", "A History of Persia", "London", "1915", "2", "51")]
    [InlineData("Ivan Petrov, Istoriia Kavkaza (Tiflis, 1901), Vol. II, pp. 51–52.", "Petrov", "Istoriia Kavkaza", "Tiflis", "1901", "II", "51-52")]
    [InlineData("E. H. Carr, The Bolshevik Revolution (London, 1950).Vol.I, p.415.", "Carr", "The Bolshevik Revolution", "London", "1950", "I", "415")]
    public void A_volume_after_the_imprint_leaves_the_imprint_read(string note, string author, string title, string place, string year, string volume, string page)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Year!.Value.ShouldBe(year);
        p.Volume!.Value.ShouldBe(volume);
        p.Locator!.Value.ShouldBe(page);
    }

    [Theory]
    [InlineData("Lenin, Vol.XXV, p.277.", "Lenin", "XXV", "277")]
    [InlineData("Sykes, vol. 2, p. 19.", "Sykes", "2", "19")]
    [InlineData("Witte, Vol. III, pp. 4–6.", "Witte", "III", "4-6")]
    public void A_short_form_with_a_name_and_a_volume_has_no_title(string note, string author, string volume, string page)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        p.Title.ShouldBeNull();
        p.Volume!.Value.ShouldBe(volume);
        p.Locator!.Value.ShouldBe(page);
    }

    [Fact]
    public void A_chapter_with_the_volume_after_its_imprint_keeps_its_container_and_editor()
    {
        var p = Publication("S. Arutiunian, \"Urartu,\" in Hay zhoghovrdi patmutyun, ed. A. Sarkisian (Erevan: Academy of Sciences, 1971), vol. 1, p. 191.");
        p.Kind.ShouldBe(PublicationKind.Chapter);
        p.ContainerTitle!.Value.ShouldBe("Hay zhoghovrdi patmutyun");
        Families(p.Editors).ShouldBe("Sarkisian");
        p.Publisher!.Value.ShouldBe("Academy of Sciences");
        p.Volume!.Value.ShouldBe("1");
        p.Locator!.Value.ShouldBe("191");
    }

    // ---- Russian journals number their issues within the year ----

    [Theory]
    [InlineData("Iu. Petrov, \"Neft' Baku,\" Voprosy istorii 8 (1990): 73.", "Voprosy istorii", "8", "1990")]
    [InlineData("A. Orlov, \"Tiflis v 1905 g.,\" Novyi mir 11 (1988): 45–60.", "Novyi mir", "11", "1988")]
    [InlineData("N. Sidorova, \"Pis'ma,\" Istoricheskii arkhiv 3 (1995): 12.", "Istoricheskii arkhiv", "3", "1995")]
    [InlineData("V. Markov, \"Iz vospominanii,\" Otechestvennaia istoriia 2 (2001): 100.", "Otechestvennaia istoriia", "2", "2001")]
    public void A_bare_number_after_a_Russian_journal_is_its_issue(string note, string journal, string issue, string year)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Issue!.Value.ShouldBe(issue);
        p.Volume.ShouldBeNull();
        p.Year!.Value.ShouldBe(year);
    }

    [Theory]
    [InlineData("Mark Levin, \"Oil and Empire,\" Slavic Review 11 (1988): 45.", "Slavic Review", "11")]
    [InlineData("Mark Levin, \"Oil and Empire,\" Central Asian Survey 7 (1988): 45.", "Central Asian Survey", "7")]
    public void A_bare_number_after_an_English_journal_stays_its_volume(string note, string journal, string volume)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Volume!.Value.ShouldBe(volume);
        p.Issue.ShouldBeNull();
    }

    [Theory]
    [InlineData("Ivan Tarasov, \"Baku v 1905 g.,\" Vestnik Evropy, 1910, no. 4: 45.", "Vestnik Evropy", "1910", "4", "45")]
    [InlineData("P. Ivanova, \"Zavody Nobelia,\" Neftianoe delo, 1903, no. 12: 7–9.", "Neftianoe delo", "1903", "12", "7-9")]
    public void A_year_between_the_journal_and_its_issue_before_a_colon_page(string note, string journal, string year, string issue, string page)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Year!.Value.ShouldBe(year);
        p.Issue!.Value.ShouldBe(issue);
        p.Volume.ShouldBeNull();
        p.Locator!.Value.ShouldBe(page);
    }

    // ---- a chapter in the author's own book ----

    [Theory]
    [InlineData("Sergei Witte, \"On Finance,\" in idem, Collected Works (Moscow, 1923), 12.", "Collected Works")]
    [InlineData("Maria Orbeli, \"Ani Excavations,\" in eadem, Armenian Studies (Erevan, 1964), 40.", "Armenian Studies")]
    [InlineData("Niko Marr, \"Ani,\" in his Izbrannye raboty (Leningrad, 1933), 5.", "Izbrannye raboty")]
    public void A_chapter_in_the_authors_own_book_has_the_book_alone_as_container(string note, string container)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Chapter);
        p.ContainerTitle!.Value.ShouldBe(container);
        p.Authors.ShouldHaveSingleItem();
    }

    // ---- a middle initial without its full stop ----

    [Theory]
    [InlineData("George A Burrell, An American Engineer Looks at Russia (Boston, 1932), 110–11.", "Burrell", "An American Engineer Looks at Russia")]
    [InlineData("Robert H Johnson and Mary K Smith, Oil Towns (Boston, 1932), 12.", "Johnson; Smith", "Oil Towns")]
    [InlineData("Nina K Orlova, \"Baku Letters,\" Slavic Review 11 (1988): 45.", "Orlova", "Baku Letters")]
    public void A_middle_initial_without_its_full_stop_is_part_of_the_name(string note, string authors, string title)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(authors);
        p.Title!.Value.ShouldBe(title);
    }

    // ---- a role whose names are a comma list ----

    [Theory]
    [InlineData("Olga Petrova, \"Baku in 1905,\" in Oil Towns, ed. Alan Green, Nina Black, and Ivan White (Oxford: Clarendon Press, 1999), 51.", "Oil Towns", "Green; Black; White", "")]
    [InlineData("Peter Orlov, \"Tiflis,\" in Kavkazskii sbornik, comp. Anna Lomidze, Irakli Tsereteli, and Nino Gelashvili (Tbilisi, 1976), 12.", "Kavkazskii sbornik", "", "Lomidze; Tsereteli; Gelashvili")]
    [InlineData("Iu. Smirnov, \"Neft',\" in Baku i ego okrestnosti, eds. K. Aliev, R. Mamedov, and S. Guseinova (Baku, 1985), 3.", "Baku i ego okrestnosti", "Aliev; Mamedov; Guseinova", "")]
    public void A_role_before_a_comma_list_of_names_takes_them_all(string note, string container, string editors, string compilers)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Chapter);
        p.ContainerTitle!.Value.ShouldBe(container);
        Families(p.Editors).ShouldBe(editors);
        Families(p.Compilers).ShouldBe(compilers);
    }

    // ---- translations in square brackets ----

    [Fact]
    public void A_translation_after_a_quoted_title_and_after_the_book_stays_out_of_both()
    {
        var p = Publication("S. Eremyan, \"Hayasa-Azzii teghvoroshume\" [The Location of Hayasa-Azzi], in Hay zhoghovrdi patmutyun [History of the Armenian People], ed. Ts. Aghayan (Erevan: Academy of Sciences, 1971), 191.");
        p.Kind.ShouldBe(PublicationKind.Chapter);
        p.Title!.Value.ShouldBe("Hayasa-Azzii teghvoroshume");
        p.ContainerTitle!.Value.ShouldBe("Hay zhoghovrdi patmutyun");
        Families(p.Editors).ShouldBe("Aghayan");
        p.Place!.Value.ShouldBe("Erevan");
        p.Year!.Value.ShouldBe("1971");
    }

    [Fact]
    public void A_translation_after_a_quoted_article_title_leaves_the_journal_read()
    {
        var p = Publication("N. Berdzenishvili, \"Tbilisis istoria\" [The History of Tbilisi], Mnatobi 4 (1958): 12.");
        p.Title!.Value.ShouldBe("Tbilisis istoria");
        p.ContainerTitle!.Value.ShouldBe("Mnatobi");
        p.Year!.Value.ShouldBe("1958");
        p.Locator!.Value.ShouldBe("12");
    }

    // ---- reprints and imprints without place or date ----

    [Theory]
    [InlineData("Firuz Kazemzadeh, The Struggle for Transcaucasia (1951; repr., London: Hyperion, 1981), 45.", "The Struggle for Transcaucasia", "London", "Hyperion", "1981")]
    [InlineData("C. E. Bechhofer, In Denikin's Russia (1921; reprint, New York: Arno Press, 1971), 12.", "In Denikin's Russia", "New York", "Arno Press", "1971")]
    [InlineData("W. E. D. Allen, A History of the Georgian People (1932; reprinted, London: Routledge, 1971), 80.", "A History of the Georgian People", "London", "Routledge", "1971")]
    public void A_reprint_gives_the_reprints_place_and_publisher(string note, string title, string place, string publisher, string year)
    {
        var p = Publication(note);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Publisher!.Value.ShouldBe(publisher);
        p.Year!.Value.ShouldBe(year);
    }

    [Theory]
    [InlineData("Irina Volkova, Steppe Frontiers (Oxford: Blackwell, 1997; paperback edition, 2004), 12.", "Steppe Frontiers", "Oxford", "Blackwell", "1997")]
    [InlineData("George Harlan, The Caspian Question (New York, 1965; repr. 1990), 88.", "The Caspian Question", "New York", null, "1965")]
    [InlineData("Nino Tsereteli, Mountain Parishes (Cambridge: Polity Press, 2001; 2nd edn, 2008), 7.", "Mountain Parishes", "Cambridge", "Polity Press", "2001")]
    public void A_later_edition_after_the_imprint_leaves_the_first_editions_imprint(string note, string title, string place, string? publisher, string year)
    {
        var p = Publication(note);
        ShouldHaveImprint(p, title, place, publisher, year);
    }

    [Theory]
    [InlineData("Olga Reed, ‘Frontier Schools in Soviet Kazakhstan, 1925–1940’, PhD dissertation, University of Michigan, 2003, pp. 45–7.", "Frontier Schools in Soviet Kazakhstan, 1925–1940", "University of Michigan", "2003", "45-7")]
    [InlineData("Daniel Marsh, \"Oil and Empire in Baku\" (PhD diss., Columbia University, 1999), 112.", "Oil and Empire in Baku", "Columbia University", "1999", "112")]
    [InlineData("Lela Gogua, ‘Peasant Petitions in Imereti’, Ph.D. dissertation, Indiana University, 2011, p. 9.", "Peasant Petitions in Imereti", "Indiana University", "2011", "9")]
    public void A_thesis_after_a_quoted_title_gives_the_university_as_publisher(string note, string title, string university, string year, string page)
    {
        var p = Publication(note);
        p.Title!.Value.ShouldBe(title);
        p.Publisher!.Value.ShouldBe(university);
        p.ContainerTitle.ShouldBeNull();
        p.Year!.Value.ShouldBe(year);
        p.Locator!.Value.ShouldBe(page);
    }

    [Theory]
    [InlineData("K. Dunn, “Herders and the State”, in P. Lowe (ed.), Steppe Economies (London: Mansell, 1988), at 31–58.", "31-58")]
    [InlineData("M. Ross, Caspian Ports (Oxford: Clarendon Press, 1992), at 77, gives the tonnage of every harbour.", "77")]
    [InlineData("T. Abashidze, Mountain Law (Tbilisi, 1975), at 140–52, makes the same point about feuds.", "140-52")]
    public void A_page_after_at_following_the_imprint_is_the_locator(string note, string page)
    {
        var p = Publication(note);
        p.Locator!.Value.ShouldBe(page);
        p.Year.ShouldNotBeNull();
        p.Publisher?.Value.ShouldNotContain("at ");
    }

    [Fact]
    public void An_imprint_with_no_place_and_no_date_is_still_an_imprint()
    {
        var p = Publication("Mamed Aliev, Neftianye promysly (n.p., n.d.), 45.");
        p.Title!.Value.ShouldBe("Neftianye promysly");
        p.Place.ShouldBeNull();
        p.Year.ShouldBeNull();
        p.Locator!.Value.ShouldBe("45");
    }

    // ---- a semicolon inside a quoted title does not split the note ----

    [Theory]
    [InlineData("Anna Orlova, 'Zapiski; tetrad 2', Zvezda, 3, 1991, pp. 27–31.", "Orlova", "Zapiski; tetrad 2", "Zvezda")]
    [InlineData("Anna Orlova, \"Pis'ma; dnevniki,\" Novyi mir, no. 5 (1989): 12.", "Orlova", "Pis'ma; dnevniki", "Novyi mir")]
    [InlineData("Ivan Gurko, ‘Blokada; zima 1941 goda’, Neva, 2, 1990, p. 7.", "Gurko", "Blokada; zima 1941 goda", "Neva")]
    public void A_semicolon_inside_a_quoted_title_keeps_one_citation(string note, string author, string title, string journal)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
        p.ContainerTitle!.Value.ShouldBe(journal);
    }

    [Fact]
    public void A_semicolon_between_citations_after_a_quoted_title_still_splits()
    {
        var all = Parse("Anna Orlova, 'Zapiski', Zvezda, 3, 1991, p. 27; Ivan Gurko, Blokada (Leningrad, 1990), 7.");
        all.Count.ShouldBe(2);
        all[1].ShouldBeOfType<PublicationCitation>().Title!.Value.ShouldBe("Blokada");
    }

    // ---- "See" before a book cited by its title alone ----

    [Theory]
    [InlineData("See Istoriia Azerbaidzhana: dokumenty i materialy, Baku, 1990.", "Istoriia Azerbaidzhana: dokumenty i materialy", "Baku", "1990")]
    [InlineData("See also Ocherki istorii Gruzii, Tbilisi, 1988, p. 45.", "Ocherki istorii Gruzii", "Tbilisi", "1988")]
    [InlineData("Cf. Dokumenty po istorii Armenii (Erevan, 1969), 12.", "Dokumenty po istorii Armenii", "Erevan", "1969")]
    public void A_lead_in_word_before_a_title_alone_stays_out_of_the_title(string note, string title, string place, string year)
    {
        var p = Publication(note);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Year!.Value.ShouldBe(year);
    }

    // ---- Cyrillic look-alike letters typed into a Latin note ----

    [Theory]
    [InlineData("Ivan Petrov, Turkestan v nachale \u0425\u0425 veka (Tashkent: Sharq, 2000), 45.", "Petrov", "Tashkent", "2000")]
    [InlineData("Anna Orlova, Istoriia \u041Aavkaza (Moscow: Nauka, 1985), 12.", "Orlova", "Moscow", "1985")]
    [InlineData("\u041Cark Levin, The Oil Towns of the Caspian (L\u043Endon, 1990), 20.", "Levin", null, "1990")]
    public void A_few_Cyrillic_look_alikes_in_a_Latin_note_leave_it_an_English_note(string note, string author, string? place, string year)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        if (place is not null) p.Place!.Value.ShouldBe(place);
        p.Year!.Value.ShouldBe(year);
        p.Title.ShouldNotBeNull();
    }

    // ---- a writer's piece cited by the edited book it is in ----

    [Theory]
    [InlineData("Petr Sokolov, in Anna Green and Paul Black, eds, Voices from the Siege, p. 88.", "Sokolov", "Green; Black", "Voices from the Siege", "88")]
    [InlineData("Petr Sokolov, diary, in Anna Green, ed., Voices from the Siege (London, 2005), 88.", "Sokolov", "Green", "Voices from the Siege", "88")]
    [InlineData("Olga Ivanova, unpublished letter, in Mark Levin (ed.), Pis'ma iz Baku, pp. 12–13.", "Ivanova", "Levin", "Pis'ma iz Baku", "12-13")]
    public void A_writer_cited_in_an_edited_book_has_the_books_editors_and_title(string note, string author, string editors, string title, string page)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        Families(p.Editors).ShouldBe(editors);
        p.Title!.Value.ShouldBe(title);
        p.Locator!.Value.ShouldBe(page);
    }

    // ---- a series statement after the title and its editors ----

    [Theory]
    [InlineData("Documents on British Foreign Policy, ed. E. L. Woodward and Rohan Butler, 1st ser., vol. 3 (London: HMSO, 1949), 45.", "Documents on British Foreign Policy", "Woodward; Butler", "3")]
    [InlineData("Papers Relating to Persia, ed. John Hart, 2nd series, vol. 1 (London, 1912), 9.", "Papers Relating to Persia", "Hart", "1")]
    [InlineData("Akty Kavkazskoi komissii, ed. Adolf Berzhe, ser. II, vol. 4 (Tiflis, 1870), 110.", "Akty Kavkazskoi komissii", "Berzhe", "4")]
    public void A_series_statement_is_no_part_of_the_title(string note, string title, string editors, string volume)
    {
        var p = Publication(note);
        p.Title!.Value.ShouldBe(title);
        Families(p.Editors).ShouldBe(editors);
        p.Authors.ShouldBeEmpty();
        p.Volume!.Value.ShouldBe(volume);
    }
}
