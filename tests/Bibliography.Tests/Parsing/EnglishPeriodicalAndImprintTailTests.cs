using Bibliography.Parsing;

using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// English note forms read from the development half of the en24 notes (issue #18): a piece's own editors between its
/// quoted title and the periodical, a newspaper's month and day before the year and its number, a catalogue's <c>v.</c>
/// and <c>n.</c>, a web address in angle brackets or after <c>at</c> closing a note, and a bibliography's imprint after the
/// title's full stop. Every example is invented for its class.
/// </summary>
public class EnglishPeriodicalAndImprintTailTests
{
    // ---- editors between a quoted title and the periodical ----

    [Theory]
    [InlineData("“The Tatar Press,” ed. Anna Volkova and Ivan R. Sokol, Journal of Turkic Studies 14, no. 3 (1998): 55.", "Volkova; Sokol", "Journal of Turkic Studies", "14", "3", "1998")]
    [InlineData("Mark Ellis, “Cotton Quotas,” ed. Ruth Gray, Central Asian Review 7, no. 1 (1961): 12–19.", "Gray", "Central Asian Review", "7", "1", "1961")]
    [InlineData("“Letters from Shusha,” eds. Leila Aliyeva and Tom Hart, Caucasus Survey 3, no. 2 (2015): 101.", "Aliyeva; Hart", "Caucasus Survey", "3", "2", "2015")]
    public void Editors_after_a_quoted_title_are_the_pieces_editors_and_the_periodical_follows(string note, string editors, string journal, string volume, string issue, string year)
    {
        var p = Publication(note);
        Families(p.Editors).ShouldBe(editors);
        RulesOnly.ShouldBeJournal(p, journal, volume, issue, year);
    }

    [Fact]
    public void A_translator_after_a_quoted_title_goes_nowhere_and_the_periodical_follows()
    {
        var p = Publication("Olga Berg, “The Winter Road,” trans. Max Lind, Soviet Literature 9, no. 4 (1972): 30.");
        p.Editors.ShouldBeEmpty();
        RulesOnly.ShouldBeJournal(p, "Soviet Literature", "9", "4", "1972");
    }

    // ---- a newspaper's month and day between its name and the year before its number ----

    [Theory]
    [InlineData("“Novyi kurs,” Pravda Vostoka, March 3, 1927, no. 51 (1204).", "Pravda Vostoka", "1927", "51 (1204)")]
    [InlineData("“Khlopok,” Kommunist, October 12, 1933, no. 236.", "Kommunist", "1933", "236")]
    [InlineData("Ali Huseynov, “Neft’ i liudi,” Bakinskii rabochii, May 9, 1925, no. 102 (1450): 3.", "Bakinskii rabochii", "1925", "102 (1450)")]
    public void A_month_and_day_before_the_year_are_no_volume(string note, string paper, string year, string issue)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(paper);
        p.Year!.Value.ShouldBe(year);
        p.Issue!.Value.ShouldBe(issue);
        p.Volume.ShouldBeNull();
    }

    // ---- a web address in angle brackets closes the note ----

    [Theory]
    [InlineData("Anna Kerr, “Protests in Gyumri,” RFE/RL Newsline, 3 March 2004. <www.rferl.org/newsline/2004>", "RFE/RL Newsline", "2004")]
    [InlineData("Dan Ross, “Oil Deal Signed,” Caspian Weekly, 20 September 1994. <http://www.caspian.example/1994>.", "Caspian Weekly", "1994")]
    [InlineData("Zara Ali, “Election Day,” Baku Today, 7 November 2005, <www.bakutoday.example/news>.", "Baku Today", "2005")]
    public void A_web_address_in_angle_brackets_goes_nowhere(string note, string periodical, string year)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(periodical);
        p.Year!.Value.ShouldBe(year);
    }

    [Theory]
    [InlineData("Lev Orlov and Anna Ross, “Memory and Dissent,” Radio Liberty, October 3, 2012, at www.rferl.example/a/1234.html (last accessed May 2, 2016).", "Radio Liberty", "2012")]
    [InlineData("Tom Hale, “Gas and Politics,” Kommersant, 12 March 2009, at http://www.kommersant.example/doc/1234 (accessed 5 May 2012).", "Kommersant", "2009")]
    [InlineData("Zara Ali, “The Border Villages,” Eurasianet, June 14, 2015, at www.eurasianet.example/node/73911.", "Eurasianet", "2015")]
    public void A_web_address_after_at_goes_nowhere_with_its_at(string note, string periodical, string year)
    {
        var p = Publication(note);
        p.ContainerTitle!.Value.ShouldBe(periodical);
        p.Year!.Value.ShouldBe(year);
    }

    // ---- a catalogue's "v." and "n." together are the volume and the issue ----

    [Theory]
    [InlineData("Mark Hill, “Oil Towns,” Central Asian Survey, v. 12, n. 3, 1993, p. 45.", "Central Asian Survey", "12", "3", "1993")]
    [InlineData("Ana Souza, “A Rússia e o Cáucaso,” Revista de História, v. 40, n. 2 (2001): 33–50.", "Revista de História", "40", "2", "2001")]
    [InlineData("Luis Vera, “El Turkestán soviético,” Estudios de Asia y África, v. 31, n. 1, 1996, pp. 7–30.", "Estudios de Asia y África", "31", "1", "1996")]
    public void V_and_n_together_are_the_volume_and_the_issue(string note, string journal, string volume, string issue, string year)
    {
        var p = Publication(note);
        RulesOnly.ShouldBeJournal(p, journal, volume, issue, year);
    }

    [Fact]
    public void N_after_a_page_without_v_stays_a_note_in_the_locator()
    {
        var p = Publication("Mark Hill, The Steppe (London, 1990), 92, n. 4.");
        p.Locator!.Value.ShouldBe("92, n. 4");
        p.Issue.ShouldBeNull();
    }

    // ---- a bibliography's imprint after the title's full stop ----

    [Theory]
    [InlineData("Anna Reid, Borderland: A Journey through Ukraine. London: Weidenfeld, 1997.", "Borderland: A Journey through Ukraine", "London", "Weidenfeld", "1997")]
    [InlineData("Karl Stein, The Oil Capital: Baku and Its Workers. Berkeley: University of California Press, 2004.", "The Oil Capital: Baku and Its Workers", "Berkeley", "University of California Press", "2004")]
    [InlineData("Ivan Sorokin, Ssylka v Sibiri: Ocherki 1826-1917 gg. Irkutsk: Vostochno-Sibirskoe izdatel'stvo, 1989.", "Ssylka v Sibiri: Ocherki 1826-1917 gg", "Irkutsk", "Vostochno-Sibirskoe izdatel'stvo", "1989")]
    public void A_place_and_publisher_after_the_titles_full_stop_are_the_imprint(string note, string title, string place, string publisher, string year)
    {
        var p = Publication(note);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Publisher!.Value.ShouldBe(publisher);
        p.Year!.Value.ShouldBe(year);
    }

    [Fact]
    public void An_edition_statement_after_the_titles_full_stop_is_the_edition_not_the_titles_end()
    {
        var p = Publication("Karl Stein, The Oil Capital of the Caspian. 2nd ed. Berkeley: University of California Press, 2004.");
        p.Title!.Value.ShouldBe("The Oil Capital of the Caspian");
        p.Edition!.Value.ShouldStartWith("2nd ed");
        p.Year!.Value.ShouldBe("2004");
    }

    [Fact]
    public void A_volumes_own_title_after_the_titles_full_stop_is_no_imprint()
    {
        var p = Publication("Peter Grant, Lenin. Volume Two: The Exile, 2006, 45.");
        p.Place.ShouldBeNull();
        p.Publisher.ShouldBeNull();
    }

    [Fact]
    public void A_full_stop_after_an_abbreviation_in_the_place_closes_no_title()
    {
        var p = Publication("Ivan Petrov, Istoriia Kavkaza, St. Petersburg: Nauka, 1999.");
        p.Title!.Value.ShouldBe("Istoriia Kavkaza");
        p.Place!.Value.ShouldBe("St. Petersburg");
        p.Publisher!.Value.ShouldBe("Nauka");
    }
}
