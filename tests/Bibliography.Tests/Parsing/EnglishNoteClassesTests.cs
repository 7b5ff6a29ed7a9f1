using Bibliography.Model;
using Bibliography.Parsing;

using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Classes of English (Chicago and British) notes the rule reader missed (issue #18): a date or remark in brackets after
/// the page, editors marked <c>eds,</c> without a full stop, journals numbered within the year (<c>Neva, 3, 1988</c>),
/// pages joined by <c>and</c>, short titles ending in a year, and the parts of a volume after it.
/// </summary>
public class EnglishNoteClassesTests
{
    // ---- a bracket after a page keyword is a remark (a diary's date, a letter's), never an imprint ----

    [Theory]
    [InlineData("Olga Berggolts, Dnevnye zvezdy, p. 44 (3 March 1942).", "Berggolts", "Dnevnye zvezdy", "44")]
    [InlineData("Lidiya Ginzburg, Blockade Diary, pp. 12–14 (5 and 9 February 1942).", "Ginzburg", "Blockade Diary", "12-14")]
    [InlineData("Knyazev, Zapiski, pp. 7, 19 (letter of 4 May 1920).", "Knyazev", "Zapiski", "7, 19")]
    [InlineData("Petr Samoilov, Voennyi dnevnik, p. 301 (entry for 11 October 1943)", "Samoilov", "Voennyi dnevnik", "301")]
    public void A_dated_remark_in_brackets_after_the_page_stays_out_of_the_fields(string note, string authors, string title, string page)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(authors);
        p.Title!.Value.ShouldBe(title);
        p.Locator!.Value.ShouldBe(page);
        p.Year.ShouldBeNull();
    }

    [Fact]
    public void An_ibid_keeps_its_page_before_a_dated_remark()
    {
        var all = Parse("Ibid., p. 57 (14 June 1941).");
        all.ShouldHaveSingleItem().ShouldBeOfType<IbidCitation>().Locator!.Value.ShouldBe("57");
    }

    [Fact]
    public void A_journal_volume_and_year_in_brackets_before_a_colon_page_is_still_an_imprint()
    {
        var p = Publication("Iu. Sorokin, \"Neft' i vlast',\" Istoricheskii arkhiv 4 (1997): 58.");
        p.Year!.Value.ShouldBe("1997");
        // (A Russian journal numbers its issues within the year: the 4 is the issue, EnglishPublicationClassesTests.)
        p.Issue!.Value.ShouldBe("4");
    }

    // ---- British editors: "eds," and "ed," without the full stop ----

    [Theory]
    [InlineData("Anna Petrova and Mark Levin, eds, The Siege Papers, p. 14.", "Petrova; Levin", "The Siege Papers", "14")]
    [InlineData("Levin, ed, Voices of the Blockade, pp. 3–5.", "Levin", "Voices of the Blockade", "3-5")]
    [InlineData("Orlova and Petrova, eds, Arkhiv Smolnogo: dokumenty, p. 201.", "Orlova; Petrova", "Arkhiv Smolnogo: dokumenty", "201")]
    public void Editors_marked_without_a_full_stop_are_editors(string note, string editors, string title, string page)
    {
        var p = Publication(note);
        Families(p.Editors).ShouldBe(editors);
        p.Authors.ShouldBeEmpty();
        p.Title!.Value.ShouldBe(title);
        p.Locator!.Value.ShouldBe(page);
    }

    [Fact]
    public void A_chapter_in_a_collection_whose_editor_is_marked_ed_without_a_full_stop()
    {
        var p = Publication("Sergei Volkov, ‘Pis’ma s fronta’, in Levin, ed, ‘Golosa blokady’, p. 12.");
        p.Kind.ShouldBe(PublicationKind.Chapter);
        Families(p.Authors).ShouldBe("Volkov");
        Families(p.Editors).ShouldBe("Levin");
        p.ContainerTitle!.Value.Trim('‘', '’').ShouldBe("Golosa blokady");
    }

    // ---- journals numbered within the year, and a journal's volume after "vol." ----

    [Theory]
    [InlineData("Ivan Orlov, ‘Zapiski’, Novyi mir, 7, July 1989, p. 55.", "Novyi mir", "7", "1989", "55")]
    [InlineData("Orlov, ‘Zapiski’, Zvezda, 11–12, 1990, pp. 3–9.", "Zvezda", "11–12", "1990", "3-9")]
    [InlineData("Marina Sidorova, ‘Blokadnye pis’ma’, Neva, 2, February 2004, p. 160.", "Neva", "2", "2004", "160")]
    public void A_bare_number_after_the_journal_and_a_comma_is_its_issue(string note, string journal, string issue, string year, string page)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Article);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Issue!.Value.ShouldBe(issue);
        p.Volume.ShouldBeNull();
        p.Year!.Value.ShouldBe(year);
        p.Place.ShouldBeNull();
        p.Locator!.Value.ShouldBe(page);
    }

    [Theory]
    [InlineData("Anna Belova, ‘Pis’ma’, Trudy Instituta Istorii, vol. 12, p. 40.", "Trudy Instituta Istorii", "12", "40")]
    [InlineData("‘Dnevnik A. P. Orlova’, Sbornik Muzeya Goroda, vol. 3, pp. 71–80.", "Sbornik Muzeya Goroda", "3", "71-80")]
    public void A_journal_volume_after_vol_is_no_part_of_the_journal(string note, string journal, string volume, string page)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Volume!.Value.ShouldBe(volume);
        p.Locator!.Value.ShouldBe(page);
    }

    [Fact]
    public void A_volume_before_an_issue_after_a_space_stays_a_volume()
    {
        var p = Publication("Petr Orlov, \"Neft',\" Kritika 12, no. 3 (2011): 45–67.");
        p.ContainerTitle!.Value.ShouldBe("Kritika");
        p.Volume!.Value.ShouldBe("12");
        p.Issue!.Value.ShouldBe("3");
    }

    [Fact]
    public void A_number_after_the_journal_and_a_comma_before_a_bracketed_date_is_its_volume()
    {
        var p = Publication("Anna Petrova, ‘The Mood in Baku’, Slavic Review, 61 (Spring 2002), pp. 40–1.");
        p.ContainerTitle!.Value.ShouldBe("Slavic Review");
        p.Volume!.Value.ShouldBe("61");
        p.Issue.ShouldBeNull();
        p.Year!.Value.ShouldBe("2002");
    }

    // ---- the parts of a volume after it ("vol. 2, book 3", "vol. 1, doc. 44") ----

    [Theory]
    [InlineData("N. Sukhanov, Zapiski o revolyutsii, vol. 4, book 7, p. 61.", "Sukhanov", "Zapiski o revolyutsii", "4", "61")]
    [InlineData("Orlova, Blokada v dokumentakh, vol. 1, doc. 44, pp. 80–2.", "Orlova", "Blokada v dokumentakh", "1", "80-2")]
    [InlineData("Ivan Petrov, Sobranie sochinenii, vol. 3, part 2, p. 17.", "Petrov", "Sobranie sochinenii", "3", "17")]
    public void A_part_of_a_volume_after_it_is_no_part_of_the_title(string note, string authors, string title, string volume, string page)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(authors);
        p.Title!.Value.ShouldBe(title);
        p.Volume!.Value.ShouldBe(volume);
        p.Locator!.Value.ShouldBe(page);
    }

    // ---- a short title that ends in a year ----

    [Theory]
    [InlineData("Pavlova, Moskva 1937, p. 12.", "Pavlova", "Moskva 1937")]
    [InlineData("A. Ivanov, Baku 1918, pp. 4–5.", "Ivanov", "Baku 1918")]
    [InlineData("Smith, Tiflis 1905, 33.", "Smith", "Tiflis 1905")]
    public void A_short_title_of_a_word_and_a_year_is_the_title_not_an_imprint(string note, string authors, string title)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(authors);
        p.Title!.Value.ShouldBe(title);
        p.Place.ShouldBeNull();
        p.Year.ShouldBeNull();
    }

    [Fact]
    public void A_place_and_a_year_after_a_title_remain_the_imprint()
    {
        var p = Publication("S. T. Orlov, Gorod na Kure, Tiflis, 1995, 33–4.");
        p.Title!.Value.ShouldBe("Gorod na Kure");
        p.Place!.Value.ShouldBe("Tiflis");
        p.Year!.Value.ShouldBe("1995");
    }

    // ---- pages joined by "and" ----

    [Theory]
    [InlineData("N. Zhordaniya, Moya zhizn’, pp. 25 and 27.", "Zhordaniya", "25 and 27")]
    [InlineData("Senn, The Russian Revolution, pp. 224, 228 and 230.", "Senn", "224, 228 and 230")]
    [InlineData("Mark Levin, Voices of the Blockade, pp. 12–14 and 19.", "Levin", "12-14 and 19")]
    public void Pages_joined_by_and_are_one_locator(string note, string authors, string page)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(authors);
        p.Locator!.Value.ShouldBe(page);
        p.Title!.Value.ShouldNotContain("pp.");
    }

    // ---- a document described and dated before its shelf mark ----

    [Theory]
    [InlineData("Minutes of the Baku Soviet, 12 March 1919. GARF: Fond 130, op. 3, delo 44, p. 7.", "GARF", "130", "44", "7")]
    [InlineData("Letter from Orlov to Kirov, 3 May 1921. RGASPI, f. 80, op. 1, d. 12, l. 4.", "RGASPI", "80", "12", "4")]
    [InlineData("Report by Ivan Sorokin, head of the Kirov plant's party committee, 14 July 1936. TsGAIPD SPb: Fond 24, op. 2, delo 51, p. 3.", "TsGAIPD SPb", "24", "51", "3")]
    [InlineData("Report of the Tiflis gendarmes, 1 October 1905. sakartvelos tsentraluri arkivi, f. 153, op. 1, d. 3320, l. 9.", null, "153", "3320", "9")]
    public void A_dated_description_before_a_shelf_mark_is_prose(string note, string? archive, string fond, string delo, string folio)
    {
        var a = Parse(note).ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        if (archive is not null) (a.ArchiveShort ?? a.ArchiveName)!.Value.ShouldBe(archive);
        a.Levels.First(l => l.Level == ArchivalLevelKind.Fond).Value.ShouldBe(fond);
        a.Levels.First(l => l.Level == ArchivalLevelKind.Delo).Value.ShouldBe(delo);
        a.Locator!.Value.ShouldBe(folio);
    }

    [Fact]
    public void A_newspaper_dated_by_day_and_month_is_still_a_newspaper()
    {
        Parse("Izvestiia, 25 June 1990, p. 3.").ShouldHaveSingleItem().ShouldBeOfType<NewspaperCitation>().Title!.Value.ShouldBe("Izvestiia");
    }

    [Fact]
    public void A_shelf_mark_after_a_citation_and_a_dated_sentence_is_read_too()
    {
        var all = Parse("Orlova, Blokada, vol. 1, pp. 151–2. For more such cases see Protocol 53 of the City Committee, 25 February 1942. RGASPI: Fond 17, op. 43, delo 1149, p. 121.");
        all.Count.ShouldBe(2);
        all[0].ShouldBeOfType<PublicationCitation>().Title!.Value.ShouldBe("Blokada");
        var a = all[1].ShouldBeOfType<ArchivalCitation>();
        a.Levels.First(l => l.Level == ArchivalLevelKind.Delo).Value.ShouldBe("1149");
        a.Locator!.Value.ShouldBe("121");
    }

    // ---- two citations in one sentence, joined by ", and" after the first one's page ----

    [Theory]
    [InlineData("Orlova, Blokada, p. 35, and Mark Levin, Voices of the Blockade, p. 120.", "Orlova", "Blokada", "35", "Levin", "Voices of the Blockade", "120")]
    [InlineData("See Petrov, Ocherki, 12–14, and Sidorov, Istoriia Baku, 77.", "Petrov", "Ocherki", "12-14", "Sidorov", "Istoriia Baku", "77")]
    public void Two_citations_joined_by_and_after_a_page_are_two(string note, string a1, string t1, string p1, string a2, string t2, string p2)
    {
        var all = Parse(note);
        all.Count.ShouldBe(2);
        var first = all[0].ShouldBeOfType<PublicationCitation>();
        var second = all[1].ShouldBeOfType<PublicationCitation>();
        (Families(first.Authors), first.Title!.Value, first.Locator!.Value).ShouldBe((a1, t1, p1));
        (Families(second.Authors), second.Title!.Value, second.Locator!.Value).ShouldBe((a2, t2, p2));
    }
}
