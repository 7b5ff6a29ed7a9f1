using Bibliography.Model;
using Bibliography.Parsing;

using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Further classes of English notes the rule reader missed (issue #18): initials set without a space (<c>P.M. Sykes</c>),
/// lead-ins such as <c>Cited by</c>, editors marked <c>(eds)</c>, a sentence opening <c>In X and Y, eds,</c>, a journal's
/// year in brackets before its issue, and the storage-unit and OCR'd opis spellings of a shelf mark.
/// </summary>
public class EnglishNoteFormsTests
{
    // ---- initials written without a space between them ----

    [Theory]
    [InlineData("P.M. Sykes, A History of Persia (London: Macmillan, 1915), pp. 169–73.", "Sykes", "P.M.", "A History of Persia", "London", "Macmillan", "1915")]
    [InlineData("N.V. Karapetyan, Ararat (Armenia) (Erevan: Academy of Sciences, 1970).", "Karapetyan", "N.V.", "Ararat (Armenia)", "Erevan", "Academy of Sciences", "1970")]
    [InlineData("Iu.A. Polyakov, Nashe nepredskazuemoe proshloe (Moscow: Nauka, 1995), 41.", "Polyakov", "Iu.A.", "Nashe nepredskazuemoe proshloe", "Moscow", "Nauka", "1995")]
    [InlineData("T.G. Walsh, The Caspian Trade (Ithaca, NY: Cornell University Press, 2001), 12.", "Walsh", "T.G.", "The Caspian Trade", "Ithaca, NY", "Cornell University Press", "2001")]
    public void Initials_set_without_a_space_open_an_English_name(string note, string family, string given, string title, string place, string publisher, string year)
    {
        var p = Publication(note);
        p.Authors.ShouldHaveSingleItem().Family.ShouldBe(family);
        p.Authors[0].Given.ShouldBe(given);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Publisher!.Value.ShouldBe(publisher);
        p.Year!.Value.ShouldBe(year);
    }

    [Fact]
    public void Two_books_with_glued_initials_in_one_note_are_two_citations()
    {
        var all = Parse("J.R. Smith, History of the Caucasus (Oxford: Clarendon, 1990), 5; K.L. Jones, Empire of Nations (Ithaca, NY: Cornell University Press, 2005), 92.");
        all.Count.ShouldBe(2);
        var (a, b) = (all[0].ShouldBeOfType<PublicationCitation>(), all[1].ShouldBeOfType<PublicationCitation>());
        Families(a.Authors).ShouldBe("Smith");
        a.Publisher!.Value.ShouldBe("Clarendon");
        Families(b.Authors).ShouldBe("Jones");
        b.Title!.Value.ShouldBe("Empire of Nations");
        b.Locator!.Value.ShouldBe("92");
    }

    // ---- a lead-in naming the source a quotation was taken from ----

    [Theory]
    [InlineData("Cited by V. N. Petrov, A Short Life (Moscow: Progress Publishers, 1981), p. 110.", "Petrov", "A Short Life", "110")]
    [InlineData("Quoted by Anna Orlova, Years of Hunger (Leningrad: Lenizdat, 1969), 33.", "Orlova", "Years of Hunger", "33")]
    [InlineData("Quoted from Mark Levin, The Siege Papers (London: Faber, 2003), pp. 7–8.", "Levin", "The Siege Papers", "7-8")]
    public void A_cited_by_or_quoted_from_lead_in_stays_out_of_the_fields(string note, string authors, string title, string page)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(authors);
        p.Title!.Value.ShouldBe(title);
        p.Locator!.Value.ShouldBe(page);
    }

    // ---- editors marked "(eds)" and "(ed)" without a full stop, British style ----

    [Theory]
    [InlineData("A. Petrov, 'The Press', in B. Orlova and C. Smith (eds), Culture and Power in Georgia (London, 1995), pp. 17-57.", "Petrov", "Orlova; Smith", "Culture and Power in Georgia", "London", "1995")]
    [InlineData("K. Ivanova, 'Rural Schools', in M. Levin (ed), Education under Stalin (Oxford, 1988), p. 9.", "Ivanova", "Levin", "Education under Stalin", "Oxford", "1988")]
    public void A_chapter_whose_editors_are_marked_eds_in_brackets_without_a_full_stop(string note, string authors, string editors, string container, string place, string year)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Chapter);
        Families(p.Authors).ShouldBe(authors);
        Families(p.Editors).ShouldBe(editors);
        p.ContainerTitle!.Value.ShouldBe(container);
        p.Place!.Value.ShouldBe(place);
        p.Year!.Value.ShouldBe(year);
    }

    [Fact]
    public void A_sentence_opening_with_In_and_the_editors_of_a_collection_cites_the_collection()
    {
        var p = Parse("Nina Ivanova, diary. In Anna Petrova and Mark Levin, eds, The Siege Papers, pp. 50–51.")
            .OfType<PublicationCitation>().Last();
        Families(p.Editors).ShouldBe("Petrova; Levin");
        p.Authors.ShouldBeEmpty();
        p.Title!.Value.ShouldBe("The Siege Papers");
        p.Locator!.Value.ShouldBe("50-51");
    }

    // ---- a journal's year in brackets between its name and its issue ----

    [Theory]
    [InlineData("Ivanov, \"Kolkhozy,\" Sotsiologicheskie issledovaniia (1989), no. 4, 10–27.", "Sotsiologicheskie issledovaniia", "1989", "4")]
    [InlineData("Anna Orlova, \"Golod v derevne,\" Otechestvennaia istoriia (1994), no. 11, 5.", "Otechestvennaia istoriia", "1994", "11")]
    public void A_year_in_brackets_before_the_issue_is_the_year_not_part_of_the_journal(string note, string container, string year, string issue)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Article);
        p.ContainerTitle!.Value.ShouldBe(container);
        p.Year!.Value.ShouldBe(year);
        p.Issue!.Value.ShouldBe(issue);
    }

    // ---- shelf marks: the storage unit spelt yed. khr. or in English, and Op. as OCR reads it (On.) ----

    [Theory]
    [InlineData("RGASPI: Fond 17, op. 3, yed. khr. 41, p. 7.", "17", "3", "41", "7")]
    [InlineData("RGALI, f. 2310, op. 1, Yed. khr. 96, l. 4.", "2310", "1", "96", "4")]
    [InlineData("TsGA KBR, f. I-6, inv. 1, storage unit 813, sheet 5.", "I-6", "1", "813", "5")]
    [InlineData("NARB, f. 9, inv. 2, Storage unit 17, l. 3.", "9", "2", "17", "3")]
    [InlineData("RTsKhIDNI. F. 85. On. 14. D. 7. L. 12.", "85", "14", "7", "12")]
    [InlineData("ГАРФ, ф. 130, on. 2, д. 45, л. 8.", "130", "2", "45", "8")]
    public void Storage_units_and_an_OCR_read_opis_give_their_levels(string note, string fond, string opis, string delo, string folio)
    {
        var a = Parse(note).ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.Level(ArchivalLevelKind.Fond).ShouldBe(fond);
        a.Level(ArchivalLevelKind.Opis).ShouldBe(opis);
        a.Level(ArchivalLevelKind.Delo).ShouldBe(delo);
        a.Locator!.Value.ShouldBe(folio);
    }

    [Fact]
    public void On_in_English_prose_is_no_opis()
    {
        var p = Publication("On the famine see Anna Orlova, Years of Hunger (Leningrad: Lenizdat, 1969), 33.");
        Families(p.Authors).ShouldBe("Orlova");
        p.Year!.Value.ShouldBe("1969");
    }

    // ---- statements after the title: roles (edited by, comp., trans.), editions and counts of volumes ----

    [Theory]
    [InlineData("Anna Orlova, Years of Hunger, edited by Mark Levin (London: Faber, 2001), 5.", "Orlova", "Levin", "", "Years of Hunger")]
    [InlineData("Anna Orlova, Years of Hunger, ed. and trans. Mark Levin (London: Faber, 2001), 5.", "Orlova", "Levin", "", "Years of Hunger")]
    [InlineData("Boris Piotrovsky, Urartu, trans. and ed. Peter Hogarth (London: Faber, 1967), 12.", "Piotrovsky", "Hogarth", "", "Urartu")]
    [InlineData("Anna Orlova, Years of Hunger, trans. Mark Levin (London: Faber, 2001), 5.", "Orlova", "", "", "Years of Hunger")]
    [InlineData("Ivan Petrov, Letters from Tiflis, translated by Jane Hill (Oxford: Clarendon, 1999), 40.", "Petrov", "", "", "Letters from Tiflis")]
    [InlineData("Anna Orlova, Years of Hunger, comp. Mark Levin (Moscow: Nauka, 1994), 5.", "Orlova", "", "Levin", "Years of Hunger")]
    [InlineData("Anna Orlova, Years of Hunger, compiled by Mark Levin and Ivan Petrov (Moscow: Nauka, 1994), 5.", "Orlova", "", "Levin; Petrov", "Years of Hunger")]
    public void Role_statements_after_the_title_name_editors_and_compilers_and_leave_translators_out(string note, string authors, string editors, string compilers, string title)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(authors);
        Families(p.Editors).ShouldBe(editors);
        Families(p.Compilers).ShouldBe(compilers);
        p.Title!.Value.ShouldBe(title);
    }

    [Theory]
    [InlineData("Mark Levin, comp., Documents of the Famine (Moscow: Nauka, 1994), 5.", "Levin", "Documents of the Famine")]
    [InlineData("Anna Orlova and Mark Levin, comps., Letters to Stalin (Moscow: ROSSPEN, 2002), 17.", "Orlova; Levin", "Letters to Stalin")]
    public void A_compiler_mark_after_the_names_makes_them_compilers(string note, string compilers, string title)
    {
        var p = Publication(note);
        Families(p.Compilers).ShouldBe(compilers);
        p.Authors.ShouldBeEmpty();
        p.Title!.Value.ShouldBe(title);
    }

    [Theory]
    [InlineData("Anna Orlova, Years of Hunger, 2nd ed. (London: Macmillan, 1994), 5.", "Years of Hunger", "2nd ed")]
    [InlineData("Ivan Petrov, Istoriia Kavkaza, 3rd edn (Moscow: Nauka, 1985), 7.", "Istoriia Kavkaza", "3rd edn")]
    [InlineData("Mark Levin, The Siege, rev. ed. (New York: Norton, 2003), 9.", "The Siege", "rev. ed")]
    [InlineData("Ivan Petrov, Istoriia Gruzii, 3 vols. (Tbilisi: Metsniereba, 1962), 2:15.", "Istoriia Gruzii", null)]
    public void An_edition_or_a_count_of_volumes_after_the_title_is_no_part_of_it(string note, string title, string? edition)
    {
        var p = Publication(note);
        p.Title!.Value.ShouldBe(title);
        p.Edition?.Value.ShouldBe(edition);
        if (edition is null) p.Edition.ShouldBeNull();
        else p.Edition.ShouldNotBeNull();
    }

    // ---- n.d. and n.p.; an unbracketed "Place: Publisher" ----

    [Theory]
    [InlineData("Anna Orlova, Years of Hunger (Moscow, n.d.), 5.", "Moscow", null, null)]
    [InlineData("Ivan Petrov, Istoriia Kavkaza (Tiflis: n.p., 1911), 7.", "Tiflis", null, "1911")]
    [InlineData("Mark Levin, The Siege (n.p., 1920), 9.", null, null, "1920")]
    [InlineData("Mark Levin, Baku Oil (Baku: Neftianoe delo, n.d.), 3.", "Baku", "Neftianoe delo", null)]
    public void No_date_and_no_place_marks_give_no_value(string note, string? place, string? publisher, string? year)
    {
        var p = Publication(note);
        (p.Place?.Value).ShouldBe(place);
        (p.Publisher?.Value).ShouldBe(publisher);
        (p.Year?.Value).ShouldBe(year);
        p.Title.ShouldNotBeNull().Value.ShouldNotContain("(");
    }

    [Theory]
    [InlineData("Anna Orlova, Years of Hunger, London: Macmillan, 1994, p. 5.", "London", "Macmillan")]
    [InlineData("Mark Levin, The Siege, London: Harrison and Sons, 1907, 3.", "London", "Harrison and Sons")]
    [InlineData("Ivan Petrov, Istoriia Kavkaza, Nauka: Moscow, 1985, p. 7.", "Moscow", "Nauka")]
    public void An_unbracketed_imprint_puts_the_place_before_the_colon_unless_a_publisher_stands_there(string note, string place, string publisher)
    {
        var p = Publication(note);
        p.Place!.Value.ShouldBe(place);
        p.Publisher!.Value.ShouldBe(publisher);
    }

    // ---- newspapers: the place in brackets after the name, the issue's number before the date, a bare page ----

    [Theory]
    [InlineData("Zaria Vostoka (Tiflis), 12 June 1925, 3.", "Zaria Vostoka", "Tiflis", null, "1925", "3")]
    [InlineData("Pravda, no. 45, 23 February 1930, 2.", "Pravda", null, "45", "1930", "2")]
    [InlineData("Kommunist (Baku), no. 112, 20 May 1920.", "Kommunist", "Baku", "112", "1920", null)]
    [InlineData("Bakinskii rabochii (Baku), No. 7, January 9, 1926, p. 2.", "Bakinskii rabochii", "Baku", "7", "1926", "2")]
    [InlineData("Krasnaia zvezda, 14 July 1942, 1.", "Krasnaia zvezda", null, null, "1942", "1")]
    public void A_dated_newspaper_gives_its_place_issue_and_page(string note, string paper, string? place, string? issue, string year, string? page)
    {
        var n = Parse(note).ShouldHaveSingleItem().ShouldBeOfType<NewspaperCitation>();
        n.Title.Value.ShouldBe(paper);
        n.Place?.Value.ShouldBe(place);
        if (place is null) n.Place.ShouldBeNull();
        n.Issue?.Value.ShouldBe(issue);
        if (issue is null) n.Issue.ShouldBeNull();
        n.Date!.DateParts![0][0].ShouldBe(int.Parse(year));
        n.Locator?.Value.ShouldBe(page);
        if (page is null) n.Locator.ShouldBeNull();
    }

    [Fact]
    public void A_newspaper_place_becomes_the_items_publisher_place()
    {
        var document = BibliographyPipeline.ParseFootnotes(["Zaria Vostoka (Tiflis), 12 June 1925, 3."]).Document;
        var item = document.Items.ShouldHaveSingleItem();
        item.ContainerTitle.ShouldBe("Zaria Vostoka");
        item.PublisherPlace.ShouldBe("Tiflis");
    }

    // ---- prose closing with a commentary word before the archive ----

    [Theory]
    [InlineData("For Stalin's reply see RGASPI, f. 558, op. 11, d. 11, l. 5.", "RGASPI", "558")]
    [InlineData("On the dismissal of the plant's director, see GARF: Fond 5446, op. 1, d. 12, p. 97.", "GARF", "5446")]
    [InlineData("The figures are as quoted in RGAE, f. 7733, op. 1, d. 3, l. 9.", "RGAE", "7733")]
    [InlineData("On the Politburo's decision, see also RGANI, f. 89, per. 46, d. 2.", "RGANI", "89")]
    public void Prose_before_a_commentary_word_stays_out_of_the_archive(string note, string archive, string fond)
    {
        var a = Parse(note).ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        (a.ArchiveShort ?? a.ArchiveName)!.Value.ShouldBe(archive);
        a.Level(ArchivalLevelKind.Fond).ShouldBe(fond);
    }

    [Fact]
    public void The_perechen_of_RGANI_fond_89_is_its_opis()
    {
        var a = Parse("RGANI, f. 89, per. 18, d. 5, l. 3.").ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.Level(ArchivalLevelKind.Opis).ShouldBe("18");
        a.Level(ArchivalLevelKind.Delo).ShouldBe("5");
    }

    // ---- references written family name first, with full stops between the elements (bibliographies, author–date lists) ----

    [Theory]
    [InlineData("Orlova, Anna. Years of Hunger. London: Macmillan, 1994.", "Orlova", "Years of Hunger", "London", "Macmillan", "1994")]
    [InlineData("Petrov, A. B. Istoriia Kavkaza. Moscow: Nauka, 1985.", "Petrov", "Istoriia Kavkaza", "Moscow", "Nauka", "1985")]
    [InlineData("Suny, Ronald Grigor. The Baku Commune, 1917–1918. Princeton, NJ: Princeton University Press, 1972.", "Suny", "The Baku Commune, 1917–1918", "Princeton, NJ", "Princeton University Press", "1972")]
    [InlineData("Smith, J. (1994) Oil and Power in Baku. London: Macmillan.", "Smith", "Oil and Power in Baku", "London", "Macmillan", "1994")]
    [InlineData("Kuznetsov, I.V. Ocherki istorii Tiflisa. Tiflis, 1911.", "Kuznetsov", "Ocherki istorii Tiflisa", "Tiflis", null, "1911")]
    public void A_book_written_family_name_first_gives_its_fields(string note, string family, string title, string place, string? publisher, string year)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Book);
        Families(p.Authors).ShouldBe(family);
        ShouldHaveImprint(p, title, place, publisher, year);
    }

    [Theory]
    [InlineData("Levin, Mark. \"Oil and Empire.\" Slavic Review 49, no. 2 (1990): 20–35.", "Levin", "Oil and Empire", "Slavic Review", "49", "2", "1990", "20-35")]
    [InlineData("Orlova, A. \"Golod v derevne.\" Voprosy istorii 8 (1991): 73–80.", "Orlova", "Golod v derevne", "Voprosy istorii", null, "8", "1991", "73-80")]
    [InlineData("Smith, J. (1994) 'Oil and Empire', Slavic Review, 49(2), pp. 20–35.", "Smith", "Oil and Empire", "Slavic Review", "49", "2", "1994", "20-35")]
    public void An_article_written_family_name_first_gives_its_fields(string note, string family, string title, string journal, string? volume, string? issue, string year, string pages)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Article);
        Families(p.Authors).ShouldBe(family);
        p.Title!.Value.ShouldBe(title);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Volume?.Value.ShouldBe(volume);
        if (volume is null) p.Volume.ShouldBeNull();
        p.Issue?.Value.ShouldBe(issue);
        if (issue is null) p.Issue.ShouldBeNull();
        p.Year!.Value.ShouldBe(year);
        p.Locator!.Value.ShouldBe(pages);
    }

    [Theory]
    [InlineData("Suny, The Making of the Georgian Nation, 210.", "Suny", "The Making of the Georgian Nation")]
    [InlineData("Kazemzadeh, Struggle for Transcaucasia, p. 84.", "Kazemzadeh", "Struggle for Transcaucasia")]
    public void A_short_form_with_a_comma_after_the_name_is_not_taken_for_a_family_first_reference(string note, string family, string title)
    {
        var p = Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        Families(p.Authors).ShouldBe(family);
        p.Authors[0].Given.ShouldBeNull();
        p.Title!.Value.ShouldBe(title);
    }

    // ---- British journal numbers "49, 2 (1990)"; a volume before a page with a space after the colon ----

    [Theory]
    [InlineData("A. Petrova, ‘The Oil Towns’, Slavic Review, 49, 2 (1990), pp. 20–35.", "Slavic Review", "49", "2", "1990")]
    [InlineData("M. Levin, ‘Famine and Flight’, Soviet Studies, 38, 4 (1986), p. 512.", "Soviet Studies", "38", "4", "1986")]
    public void A_volume_and_an_issue_after_commas_before_the_bracketed_year(string note, string journal, string volume, string issue, string year)
    {
        var p = Publication(note);
        RulesOnly.ShouldBeJournal(p, journal, volume, issue, year);
    }

    [Fact]
    public void A_volume_before_the_page_may_have_a_space_after_its_colon()
    {
        var p = Publication("A. Petrov, \"The Party in Tiflis,\" in Book of Essays, ed. A. B. Ivanov (Moscow: Nauka, 1990), 2: 45.");
        p.ContainerTitle!.Value.ShouldBe("Book of Essays");
        Families(p.Editors).ShouldBe("Ivanov");
        p.Volume!.Value.ShouldBe("2");
        p.Locator!.Value.ShouldBe("45");
        p.Publisher!.Value.ShouldBe("Nauka");
    }
}
