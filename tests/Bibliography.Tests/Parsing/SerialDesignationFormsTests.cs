using Bibliography.Parsing;

using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// A periodical's volume and issue written in further ways (issue #18): spelt out as web pages and catalogues give them
/// (<c>Volume 39, Issue 231</c>), an issue with its running number (<c>no. 20 (335)</c>, <c>#20 (335)</c>), the year or
/// the date standing between the journal and its numbers, and GOST's doubled <c>№№</c>. Every example is invented for its class.
/// </summary>
public class SerialDesignationFormsTests
{
    [Theory]
    [InlineData("Ellen Marsh, “Harbour Towns,” The Baltic Review, March 1921, Volume 12, Issue 140.", "The Baltic Review", "12", "140", "1921")]
    [InlineData("Paul Grey, “Cotton and Canals,” Central Asian Survey, Volume 8, Issue 3, 1989, p. 77.", "Central Asian Survey", "8", "3", "1989")]
    [InlineData("Tom Rice, “Steppe Wells,” Nomadic Peoples 14, issue 2 (2010): 31–44.", "Nomadic Peoples", "14", "2", "2010")]
    public void A_volume_and_an_issue_spelt_out_are_the_volume_and_the_issue(string note, string journal, string volume, string issue, string year)
    {
        var p = Publication(note);
        RulesOnly.ShouldBeJournal(p, journal, volume, issue, year);
    }

    [Theory]
    [InlineData("Irina Lebed, “Ostrov i flot,” Morskoi sbornik, 14.05.1999, #12 (840).", "Morskoi sbornik", "12 (840)", "1999")]
    [InlineData("Pavel Shum, “Tsena khleba,” Ekonomicheskaia gazeta, 2004, no. 7 (512), p. 4.", "Ekonomicheskaia gazeta", "7 (512)", "2004")]
    [InlineData("Nina Gol, “Stroiteli,” Literaturnaia Rossiia, 1987, no. 33 (1280).", "Literaturnaia Rossiia", "33 (1280)", "1987")]
    public void An_issue_s_running_number_in_brackets_is_part_of_the_issue(string note, string journal, string issue, string year)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Issue!.Value.ShouldBe(issue);
        p.Year!.Value.ShouldBe(year);
    }

    [Theory]
    [InlineData("Anna Kurz, “Salt Roads,” Iranian Studies, 1998, vol. 31, no. 2, p. 150.", "Iranian Studies", "31", "2", "1998")]
    [InlineData("Omar Said, “River Trade,” Oriens, 2001, 36(4): 12–19.", "Oriens", "36", "4", "2001")]
    [InlineData("Ruth Kahn, “Grain Boards,” Agrarian History 27 (1979), no. 2: 88.", "Agrarian History", "27", "2", "1979")]
    public void The_year_between_a_journal_and_its_numbers_is_the_year(string note, string journal, string volume, string issue, string year)
    {
        var p = Publication(note);
        RulesOnly.ShouldBeJournal(p, journal, volume, issue, year);
    }

    [Theory]
    [InlineData("Вестник Омского университета. 2011. № 4 (62). История. Вып. 7. С. 21-28.", "Вестник Омского университета", "7", "4 (62)", "2011")]
    [InlineData("Лаптева Н. Ю. Уездные съезды // Вестник Пермского университета. 2009. № 9 (36). История и политология. Вып. 3. С. 54–60.", "Вестник Пермского университета", "3", "9 (36)", "2009")]
    [InlineData("Гусев К. С. Хлебные биржи Поволжья // Известия Саратовского университета. 2016. № 2. Серия: История. Вып. 11. С. 133.", "Известия Саратовского университета", "11", "2", "2016")]
    public void A_series_named_between_the_number_and_its_issue_is_left_out(string note, string journal, string volume, string issue, string year)
    {
        var p = Publication(note);
        RulesOnly.ShouldBeJournal(p, journal, volume, issue, year);
        p.Title?.Value.ShouldNotContain("История");
        p.Locator.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Сидоров П. П. Заводские поселки // Отечество. 1993. №№ 5–6. С. 40.", "Отечество", "5–6")]
    [InlineData("Орлова Н. В. Письма с фронта // Знамя. 1975. №№ 9-10. С. 112.", "Знамя", "9-10")]
    public void A_doubled_number_sign_opens_a_double_issue(string note, string journal, string issue)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Issue!.Value.ShouldBe(issue);
        p.Year.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Hale, Ruth. “Wells of the Steppe.” Nomadic Peoples 14, no. 2 (2010): 31–44. Accessed May 8, 2024. https://www.nomadic.example/article/7.", "Nomadic Peoples", "14", "2", "2010", "31-44")]
    [InlineData("Marsh, Ellen. “Harbour Towns.” Baltic Review 12, no. 1 (March 3, 2019): 5–20. Accessed April 2, 2023. https://journal.example.org/index.php/br/article/view/88.", "Baltic Review", "12", "1", "2019", "5-20")]
    [InlineData("Grey, Paul. “Cotton and Canals.” Oriens 36, no. 4 (Winter 2001): 12–19. Retrieved June 1, 2020. https://oriens.example.net/36/4.", "Oriens", "36", "4", "2001", "12-19")]
    public void An_access_statement_after_a_full_stop_and_a_dated_issue_leave_the_journal_read(string note, string journal, string volume, string issue, string year, string pages)
    {
        var p = Publication(note);
        RulesOnly.ShouldBeJournal(p, journal, volume, issue, year);
        p.Locator!.Value.ShouldBe(pages);
    }

    [Theory]
    [InlineData("Lev Orlov, “Party Cells,” Slavic Review 45/3 (1986): 33.", "Slavic Review", "45", "3")]
    [InlineData("Anna Kurz, “Salt Roads,” Iranian Studies 31/2 (1998): 150.", "Iranian Studies", "31", "2")]
    [InlineData("Omar Said, “River Trade,” Central Asian Survey 17/4 (1998): 12.", "Central Asian Survey", "17", "4")]
    public void A_volume_and_issue_joined_by_a_slash_after_a_space_are_both_read(string note, string journal, string volume, string issue)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Volume!.Value.ShouldBe(volume);
        p.Issue!.Value.ShouldBe(issue);
    }

    [Theory]
    [InlineData("Lev Orlov, ‘Party Cells’, Soviet Studies, XL (1988), 33.", "Soviet Studies", "XL")]
    [InlineData("Ruth Kahn, ‘Grain Boards’, Slavonic Review, XIV (1936), 201.", "Slavonic Review", "XIV")]
    [InlineData("Paul Grey, ‘Canals’, Journal of Asian History, IX (1975), 77.", "Journal of Asian History", "IX")]
    public void A_Roman_volume_before_the_bracketed_year_is_the_volume(string note, string journal, string volume)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Volume!.Value.ShouldBe(volume);
        p.Issue.ShouldBeNull();
    }

    [Theory]
    [InlineData("Lev Orlov, “Party Cells,” Voprosy istorii 1988, no. 4: 33.", "Voprosy istorii", "4", "1988")]
    [InlineData("Nina Gol, “Stroiteli,” Novyi mir 1962, no. 11: 8.", "Novyi mir", "11", "1962")]
    public void A_year_after_a_space_before_the_issue_dates_it(string note, string journal, string issue, string year)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Issue!.Value.ShouldBe(issue);
        p.Year!.Value.ShouldBe(year);
        p.Volume.ShouldBeNull();
    }

    [Theory]
    [InlineData("Orlov, Lev (2008), “Party Cells”, Europe-Asia Studies, 45 (3): 401–20, doi:10.1080/0966813.", "Orlov", "Party Cells", "Europe-Asia Studies", "45", "3", "2008")]
    [InlineData("Hale, Ruth (2010). “Wells of the Steppe”. Nomadic Peoples. 14 (2): 31–44.", "Hale", "Wells of the Steppe", "Nomadic Peoples", "14", "2", "2010")]
    [InlineData("Marsh, Ellen Jane (2019), \"Harbour Towns\", Baltic Review, 12 (1): 5–20", "Marsh", "Harbour Towns", "Baltic Review", "12", "1", "2019")]
    public void A_full_given_name_then_the_year_in_brackets_opens_a_reference(string note, string family, string title, string journal, string volume, string issue, string year)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(family);
        p.Title!.Value.ShouldBe(title);
        RulesOnly.ShouldBeJournal(p, journal, volume, issue, year);
    }

    [Theory]
    [InlineData("Петров А. А. Сочинения, т. IV, ч. 1. М., 1966, с. 364.", "Сочинения", "IV")]
    [InlineData("Гусейнов Р. Избранные труды, т. 2, ч. 3. Баку, 1971, с. 12.", "Избранные труды", "2")]
    [InlineData("Церетели Г. Очерки, т. III, кн. 2. Тбилиси, 1958, с. 40.", "Очерки", "III")]
    public void A_book_part_after_the_volume_and_a_comma_leaves_the_volume_read(string note, string title, string volume)
    {
        var p = Publication(note);
        p.Title!.Value.ShouldBe(title);
        p.Volume!.Value.ShouldBe(volume);
        p.Year.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Смирнов В. В. Нефть и власть // Slavic Review. 1990. Vol. 49, no. 2. P. 73.", "Slavic Review", "49", "2")]
    [InlineData("Козлов Н. Крестьянский вопрос // Russian Review. 2001. Vol. 60, no. 4. P. 511–530.", "Russian Review", "60", "4")]
    [InlineData("Алиева С. Бакинские промыслы // Central Asian Survey. 1998. Vol. 17, no. 1. P. 5.", "Central Asian Survey", "17", "1")]
    public void A_GOST_note_reads_a_Western_journal_s_issue_word_in_small_letters(string note, string journal, string volume, string issue)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Volume!.Value.ShouldBe(volume);
        p.Issue!.Value.ShouldBe(issue);
        p.Year.ShouldNotBeNull();
    }
}
