using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// English notes as historians of the USSR write them (issue #18): prose that leads into the names, interviews, volumes
/// before the page, and shelf marks in the forms no keyword table lists: archives glued to the first level, numbers
/// without keywords, numbers printed in groups, a description of the document before the archive.
/// </summary>
public class EnglishProseAndShelfMarkTests
{
    private static IReadOnlyList<ParsedCitation> Parse(string note) => CitationParser.ParseFootnote(note);

    private static PublicationCitation Publication(string note) =>
        Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();

    private static ArchivalCitation Archival(string note) =>
        Parse(note).ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();

    private static string Archive(ArchivalCitation a) => (a.ArchiveShort ?? a.ArchiveName)!.Value;

    // ---- prose before the names ----

    [Theory]
    [InlineData("The best account, drawing on the party files, is Ronald Grigor Suny, The Making of the Georgian Nation (Bloomington, 1988), 140–42.", "Suny", "The Making of the Georgian Nation", "140-42")]
    [InlineData("The standard work on the subject remains Firuz Kazemzadeh, The Struggle for Transcaucasia (New York, 1951), 77.", "Kazemzadeh", "The Struggle for Transcaucasia", "77")]
    [InlineData("The allusion is to Hobsbawm and Ranger, The Invention of Tradition.", "Hobsbawm; Ranger", "The Invention of Tradition", null)]
    [InlineData("A careful reconstruction of the events is in Tadeusz Swietochowski, Russian Azerbaijan, 1905–1920 (Cambridge, 1985), 64.", "Swietochowski", "Russian Azerbaijan, 1905–1920", "64")]
    [InlineData("The meeting at the Kremlin: Harrison Salisbury, The 900 Days (New York, 1969), 212.", "Salisbury", "The 900 Days", "212")]
    public void Prose_leading_into_the_names_stays_out_of_every_field(string note, string authors, string title, string? page)
    {
        var p = Publication(note);
        string.Join("; ", p.Authors.Select(a => a.Family)).ShouldBe(authors);
        p.Title!.Value.ShouldBe(title);
        p.Locator?.Value.ShouldBe(page);
    }

    [Fact]
    public void A_second_citation_after_also_or_generally_is_read_without_the_word()
    {
        var all = Parse("Kotkin, Magnetic Mountain, 33–35; also Hirsch, Empire of Nations, pp. 101–4.");
        all.Count.ShouldBe(2);
        var second = all[1].ShouldBeOfType<PublicationCitation>();
        second.Authors.ShouldHaveSingleItem().Family.ShouldBe("Hirsch");
        second.Title!.Value.ShouldBe("Empire of Nations");
    }

    [Fact]
    public void A_title_that_opens_with_small_words_and_has_no_names_is_not_cut()
    {
        var p = Publication("Istoriia Kommunisticheskoi partii Sovetskogo Soiuza (Moscow, 1967), 12.");
        p.Authors.ShouldBeEmpty();
        p.Title!.Value.ShouldBe("Istoriia Kommunisticheskoi partii Sovetskogo Soiuza");
    }

    [Fact]
    public void A_citation_after_a_sentence_of_prose_between_two_citations_is_read()
    {
        var all = Parse("Letter of 1921, in Lenin, Sochineniia, 32:14. The letter was never sent and was published only in 1959. Trotsky, Moia zhizn', 2:77–78.");
        all.Count.ShouldBe(2);
        var trotsky = all[1].ShouldBeOfType<PublicationCitation>();
        trotsky.Authors.ShouldHaveSingleItem().Family.ShouldBe("Trotsky");
        trotsky.Volume!.Value.ShouldBe("2");
        trotsky.Locator!.Value.ShouldBe("77-78");
    }

    // ---- interviews and conversations ----

    [Theory]
    [InlineData("Interview with Levon Ter-Petrosian, Yerevan, 14 March 2001.", "Ter-Petrosian", "2001")]
    [InlineData("Interview with Aliyev, 3 June 1999.", "Aliyev", "1999")]
    [InlineData("Author’s interview with Eduard Shevardnadze, Tbilisi, May 2, 2004.", "Shevardnadze", "2004")]
    [InlineData("Telephone conversation with Gia Nodia, October 2010.", "Nodia", "2010")]
    [InlineData("Interview with Mamedov, conducted in Russian, 9 September 1998.", "Mamedov", "1998")]
    [InlineData("Arkadii Vaksberg (journalist), conversation with the author, March 1995.", "Vaksberg", "1995")]
    [InlineData("Nina Petrova, interview by the author, Moscow, 12 April 1997.", "Petrova", "1997")]
    public void An_interview_is_an_item_with_the_interviewee_as_its_author(string note, string family, string year)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Interview);
        p.Authors.ShouldHaveSingleItem().Family.ShouldBe(family);
        p.Title.ShouldBeNull();
        p.Year!.Value.ShouldBe(year);
    }

    [Fact]
    public void An_interview_becomes_a_csl_interview_and_raises_no_imprint_warning()
    {
        var note = "Interview with Ilham Aliyev, Baku, 5 May 2003.";
        var item = BibliographyPipeline.ParseFootnotes([note]).Document.Items.ShouldHaveSingleItem();
        item.Type.ShouldBe(CslItemTypes.Interview);
        item.Author!.ShouldHaveSingleItem().Family.ShouldBe("Aliyev");
        new Bibliography.Validation.Validator().ValidateFootnotes([note]).Diagnostics.ShouldNotContain(d => d.Code == DiagnosticCodes.BookImprint.Code);
    }

    [Fact]
    public void A_book_about_interviews_is_no_interview()
    {
        var p = Publication("Svetlana Alexievich, Interviews with Veterans (Minsk, 1990), 5.");
        p.Kind.ShouldBe(PublicationKind.Book);
        p.Title!.Value.ShouldBe("Interviews with Veterans");
    }

    // ---- volumes ----

    [Theory]
    [InlineData("Lenin, Polnoe sobranie sochinenii, 45:343.", "Polnoe sobranie sochinenii", "45", "343")]
    [InlineData("Dean Acheson, Present at the Creation (New York, 1969), 2:118–20.", "Present at the Creation", "2", "118-20")]
    [InlineData("Mikoyan, Tak bylo, 1:55.", "Tak bylo", "1", "55")]
    public void A_volume_before_the_page_after_a_colon_is_the_volume(string note, string title, string volume, string page)
    {
        var p = Publication(note);
        p.Title!.Value.ShouldBe(title);
        p.Volume!.Value.ShouldBe(volume);
        p.Locator!.Value.ShouldBe(page);
    }

    [Fact]
    public void A_volume_with_its_own_title_keeps_the_number_alone()
    {
        var p = Publication("Isaac Deutscher, The Prophet, vol. III: The Prophet Outcast (London, 1963), p. 45.");
        p.Volume!.Value.ShouldBe("III");
        p.Title!.Value.ShouldBe("The Prophet");
    }

    [Fact]
    public void A_collection_with_a_volume_is_no_editor_of_it()
    {
        var p = Publication("A. Petrov, “Pobeg,” in Arkhivnye Materialy, vol. III, pp. 20–21.");
        p.Kind.ShouldBe(PublicationKind.Chapter);
        p.ContainerTitle!.Value.ShouldBe("Arkhivnye Materialy");
        p.Volume!.Value.ShouldBe("III");
        p.Editors.ShouldBeEmpty();
    }

    // ---- shelf marks ----

    [Theory]
    [InlineData("TsDAVO f. 1, op. 20, d. 6277, l. 3.", "TsDAVO")]
    [InlineData("LVIA f. 378, op. 1, d. 15.", "LVIA")]
    [InlineData("TsGAKhO f. R-845, op. 3, d. 12, ll. 4–5ob.", "TsGAKhO")]
    [InlineData("HAA f. 1191, op. 2, d. 44, l. 8.", "HAA")]
    public void An_archive_glued_to_its_first_level_is_the_archive_alone(string note, string archive)
    {
        var a = Archival(note);
        Archive(a).ShouldBe(archive);
        a.Level(ArchivalLevelKind.Fond).ShouldNotBeNull();
        a.Level(ArchivalLevelKind.Delo).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("GARF 5446, 1, 245, 17.", "GARF", "5446", "1", "245", "17")]
    [InlineData("See TsDAHOU 1, 16, 9, 112–14.", "TsDAHOU", "1", "16", "9", "112-14")]
    [InlineData("RGVA 33987, 3, 1103, 49.", "RGVA", "33987", "3", "1103", "49")]
    [InlineData("RGASPI 558.11.712.43.", "RGASPI", "558", "11", "712", "43")]
    [InlineData("ERA 1.5.24.3", "ERA", "1", "5", "24", "3")]
    [InlineData("NAA 1191/3/156, 8.", "NAA", "1191", "3", "156", "8")]
    [InlineData("TsK KPU 1, 6:2, 44, 7.", "TsK KPU", "1", "6:2", "44", "7")]
    public void Numbers_without_keywords_after_an_archive_are_fond_opis_delo_and_folio(string note, string archive, string fond, string opis, string delo, string folio)
    {
        var a = Archival(note);
        Archive(a).ShouldBe(archive);
        a.Level(ArchivalLevelKind.Fond).ShouldBe(fond);
        a.Level(ArchivalLevelKind.Opis).ShouldBe(opis);
        a.Level(ArchivalLevelKind.Delo).ShouldBe(delo);
        a.Locator!.Value.ShouldBe(folio);
    }

    [Theory]
    [InlineData("FRUS, 1945, 2, 300.")] // three numbers after an abbreviation: a volume and pages, not a shelf mark
    [InlineData("Ivanov, 1, 2, 3, 4.")]
    public void Three_numbers_with_commas_or_no_abbreviation_are_no_shelf_mark(string note) =>
        Parse(note).ShouldNotContain(c => c is ArchivalCitation);

    [Theory]
    [InlineData("Arkhiv UFSB, f.12 440, op. 1, d.2 015, l.7.", "12 440", "2 015")]
    [InlineData("TsDAVO, f. 3 050, op. 1, d. 12, l. 4.", "3 050", "12")]
    public void A_number_printed_in_groups_of_three_is_one_value(string note, string fond, string delo)
    {
        var a = Archival(note);
        a.Level(ArchivalLevelKind.Fond).ShouldBe(fond);
        a.Level(ArchivalLevelKind.Delo).ShouldBe(delo);
    }

    [Theory]
    [InlineData("Beria to Stalin, 12 March 1944, GARF, f. 9401, op. 2, d. 64, l. 167.", "GARF", "9401")]
    [InlineData("Report of the Tiflis gendarmes, 1903, LSHA, f. 153, op. 1, d. 14, l. 2.", "LSHA", "153")]
    [InlineData("Minutes of the bureau: Arkhiv TsK KPA, f. 1, op. 3, d. 45.", "Arkhiv TsK KPA", "1")]
    [InlineData("Letter of 5 May 1937, Central State Archive of Ukraine (TsDAVO), f. 1, op. 2, d. 3, l. 4.", "TsDAVO", "1")]
    [InlineData("Report, 12 May 1926, AVPRF, 122/10/34.", "AVPRF", "122")]
    [InlineData("D. Chkheidze, GIAG 8, 2, 48, 20.", "GIAG", "8")]
    public void A_description_of_the_document_before_the_archive_stays_out_of_the_archive(string note, string archive, string fond)
    {
        var a = Archival(note);
        Archive(a).ShouldBe(archive);
        a.Level(ArchivalLevelKind.Fond).ShouldBe(fond);
    }

    [Fact]
    public void An_archive_in_words_with_a_division_after_a_comma_is_kept_whole()
    {
        var a = Archival("Arkhiv MVD Azerbaidzhana, 1-i otdel, f. 2, op. 5, d. 7, l. 1.");
        a.ArchiveName!.Value.ShouldBe("Arkhiv MVD Azerbaidzhana, 1-i otdel");
    }

    [Fact]
    public void A_citation_before_a_sentence_ending_on_a_shelf_mark_is_read_on_its_own()
    {
        var all = Parse("Davies, “The Famine,” 41. On the grain quotas see Decree of 7 August 1932, TsDAHOU, 1/6/237. See also Conquest, Harvest of Sorrow, 12–14.");
        all.Count.ShouldBe(3);
        all[0].ShouldBeOfType<PublicationCitation>().Authors.ShouldHaveSingleItem().Family.ShouldBe("Davies");
        var mark = all[1].ShouldBeOfType<ArchivalCitation>();
        mark.ArchiveShort!.Value.ShouldBe("TsDAHOU");
        mark.Locator.ShouldBeNull();
        all[2].ShouldBeOfType<PublicationCitation>().Authors.ShouldHaveSingleItem().Family.ShouldBe("Conquest");
    }

    [Theory]
    [InlineData("The fullest survey of the valley is P. Walsh (ed.), The Making of Inland Empires (Oxford: Clarendon Press, 1984). See also K. Lamb, Steppe Wars (London: Methuen, 1901).", "The Making of Inland Empires", "Steppe Wars")]
    [InlineData("On the harbour strikes the best study remains Ada Moss, Dockers of Odessa (Moscow, 1962). Cf. R. Hale, Black Sea Labour (Leeds, 1999).", "Dockers of Odessa", "Black Sea Labour")]
    [InlineData("A lively older account is Jan Holt, The Silk Caravans (London: Murray, 1923). See also L. Voss, Inner Asian Trade (Berlin: Reimer, 1931); it is dated but sound.", "The Silk Caravans", "Inner Asian Trade")]
    public void A_sentence_of_prose_ending_in_a_books_imprint_bracket_is_a_citation_before_the_next(string note, string first, string second)
    {
        var books = Parse(note).OfType<PublicationCitation>().ToList();
        books.Count.ShouldBeGreaterThanOrEqualTo(2);
        books[0].Title!.Value.ShouldBe(first);
        books[1].Title!.Value.ShouldBe(second);
    }

    [Theory]
    [InlineData("DAZhO, 326/1/88 (1932), 14.", "1932")]
    [InlineData("LVIA f. 378, op. 1, 1863–64, d. 15, l. 2.", "1863–64")]
    [InlineData("sssa, f. 12, op. 3, 1890–1905, d. 7, l. 1.", "1890–1905")]
    [InlineData("rgia, f. 1284, op. 185, 1897, d. 34, l. 9.", "1897")]
    public void A_year_in_a_shelf_mark_dates_the_file_and_is_no_unread_part(string note, string date)
    {
        var a = Archival(note);
        a.Date!.Value.ShouldBe(date);
        a.Unread.ShouldBeEmpty();
        a.Level(ArchivalLevelKind.Delo).ShouldNotBeNull();
        var item = BibliographyPipeline.ParseFootnotes([note]).Document.Items.ShouldHaveSingleItem();
        (item.Issued!.Literal ?? item.Issued.DateParts![0][0].ToString(System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(date);
    }

    [Theory]
    [InlineData("On the strikes, see Jeffrey Rossman, Worker Resistance under Stalin (Cambridge, MA, 2005), 77.", "Rossman", "Worker Resistance under Stalin")]
    [InlineData("For the wider context, see also Lynne Viola, Peasant Rebels under Stalin (New York, 1996), 12–15.", "Viola", "Peasant Rebels under Stalin")]
    public void A_commentary_word_inside_a_sentence_leads_into_the_names(string note, string family, string title)
    {
        var p = Publication(note);
        p.Authors.ShouldHaveSingleItem().Family.ShouldBe(family);
        p.Title!.Value.ShouldBe(title);
    }

    [Fact]
    public void A_remark_in_small_letters_after_the_imprint_and_page_is_no_part_of_the_citation()
    {
        var all = Parse("A. Mikoyan, Tak bylo (Moscow, 1999), 88–89, where the meeting is dated a week later; S. Beria, Moi otets (Moscow, 1994), 40.");
        all.Count.ShouldBe(2);
        var first = all[0].ShouldBeOfType<PublicationCitation>();
        first.Title!.Value.ShouldBe("Tak bylo");
        first.Locator!.Value.ShouldBe("88-89");
        all[1].ShouldBeOfType<PublicationCitation>().Authors.ShouldHaveSingleItem().Family.ShouldBe("Beria");
    }

    // ---- journals and newspapers ----

    [Theory]
    [InlineData("Ivan Petrov, “Krest’ianskie vosstaniia,” Voprosy istorii, 1991, no. 4, 12–20.", "Voprosy istorii", "1991", null, "4")]
    [InlineData("A. Sidorov, “Title,” Istoricheskii arkhiv, 1995, nos. 5–6, 12.", "Istoricheskii arkhiv", "1995", null, "5–6")]
    [InlineData("Mark Harris, “Title,” Europe-Asia Studies 45:3 (1993), 34.", "Europe-Asia Studies", "1993", "45", "3")]
    [InlineData("Jane Roe, “Title,” Kritika 5, no. 1 (Winter 2004): 33–58.", "Kritika", "2004", "5", "1")]
    [InlineData("John Smith, “Title,” Russian Review 50, no. 2 (April 1991): 5.", "Russian Review", "1991", "50", "2")]
    public void A_journal_takes_its_year_volume_and_issue_in_every_order(string note, string journal, string year, string? volume, string issue)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Article);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Year!.Value.ShouldBe(year);
        p.Volume?.Value.ShouldBe(volume);
        if (volume is null) p.Volume.ShouldBeNull();
        p.Issue!.Value.ShouldBe(issue);
        p.Place.ShouldBeNull();
    }

    [Fact]
    public void A_newspaper_dated_month_day_and_year_keeps_the_date_out_of_its_name()
    {
        var p = Publication("“Troops Enter the City,” Washington Post, February 3, 1990, 4.");
        p.ContainerTitle!.Value.ShouldBe("Washington Post");
        p.Year!.Value.ShouldBe("1990");
        p.Volume.ShouldBeNull();
    }

    [Theory]
    [InlineData("TsDAHOU, f. 1, op. 20, spr. 6277, ark. 233–35.", "TsDAHOU", "6277", "233-35")]
    [InlineData("DAKhO f. R-1962, op. 1, spr. 973, ark. 9zv.", "DAKhO", "973", "9")]
    public void A_ukrainian_file_and_sheet_are_delo_and_folio(string note, string archive, string delo, string sheet)
    {
        var a = Archival(note);
        Archive(a).ShouldBe(archive);
        a.Level(ArchivalLevelKind.Delo).ShouldBe(delo);
        a.Locator!.Value.ShouldStartWith(sheet);
    }

    [Theory]
    [InlineData("Anna Ivanova, “Refugees Reach the Border,” Associated Press, Yerevan, 3 March 1992.", "Associated Press")]
    [InlineData("“Clashes in the South,” Interfax, Tbilisi, 14 August 1992.", "Interfax")]
    [InlineData("“Ceasefire Holds,” Agence France-Presse, Baku, May 9, 1994.", "Agence France-Presse")]
    public void A_dated_report_keeps_its_dateline_out_of_the_agency(string note, string agency) =>
        Publication(note).ContainerTitle!.Value.ShouldBe(agency);
}
