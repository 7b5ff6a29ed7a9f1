using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Journal numbers and names written in further ways (issue #18): British "44/2" and "nos 4–6", a volume and issue
/// inside the brackets before the date ("(12:3, Spring 1984)"), the city of a journal in square brackets after its name,
/// an issue's months before the year, a newspaper's day and month in the date's brackets; and around books, a
/// generational suffix after an author's name, "ed. by", a title's translation in square brackets, and an unbracketed
/// imprint naming the publisher after the place and a comma. Every example is invented for its form.
/// </summary>
public class EnglishJournalShapesTests
{
    [Theory]
    [InlineData("Anna Kerr, ‘The Grain Levy in Tambov’, Slavonic Review, 61/3 (1983), p. 402.",
        "authors=Kerr | title=The Grain Levy in Tambov | container=Slavonic Review | volume=61 | issue=3 | year=1983 | locator=402")]
    [InlineData("Paul Hart, ‘Village Soviets’, Soviet Studies, 29/4 (1977), pp. 12–30.",
        "authors=Hart | title=Village Soviets | container=Soviet Studies | volume=29 | issue=4 | year=1977 | locator=12–30")]
    [InlineData("M. Orbeli, ‘Pis’ma iz Shemakhi’, Oriental Archive, 17/2 (2009), 55.",
        "authors=Orbeli | title=Pis’ma iz Shemakhi | container=Oriental Archive | volume=17 | issue=2 | year=2009 | locator=55")]
    public void A_volume_and_an_issue_joined_by_a_slash_after_a_comma(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Sergei Lanin, ‘Zapiski’, Byloe, 4/5 (1907), p. 9.", "container=Byloe | issue=4/5 | year=1907 | locator=9")]
    [InlineData("Olga Vint, ‘Pamiat’’, Neva, 11/12 (1989), pp. 3–8.", "container=Neva | issue=11/12 | year=1989 | locator=3–8")]
    public void Two_numbers_in_a_row_after_a_slash_are_one_double_issue(string note, string expected)
    {
        Check(note, expected);
        Publication(note).Volume.ShouldBeNull();
    }

    [Theory]
    [InlineData("Irina Volkova, ‘Pis’ma iz Tiflisa’, Krasnyi arkhiv, nos 2–3 (1926), pp. 40–51.",
        "authors=Volkova | title=Pis’ma iz Tiflisa | container=Krasnyi arkhiv | issue=2–3 | year=1926 | locator=40–51")]
    [InlineData("Boris Lapin, ‘Zapiski’, Golos proshlogo, nos 5–7 (1914), p. 9.",
        "authors=Lapin | title=Zapiski | container=Golos proshlogo | issue=5–7 | year=1914 | locator=9")]
    [InlineData("Prosvetitel’, nos 8–9 (1912).", "container=Prosvetitel’ | issue=8–9")]
    public void A_british_issue_word_without_its_full_stop(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("John Mott, “Border Crossings in the Pamirs,” Nationalities Papers (12:3, Spring 1984).",
        "authors=Mott | title=Border Crossings in the Pamirs | container=Nationalities Papers | volume=12 | issue=3 | year=1984")]
    [InlineData("Ellen Ross, “Factory Councils,” Labour History (44:1, Winter 2003), 21.",
        "authors=Ross | title=Factory Councils | container=Labour History | volume=44 | issue=1 | year=2003 | locator=21")]
    [InlineData("Tariq Aziz, “Wells and Pipelines,” Caspian Affairs (7:2, 1999), 14–15.",
        "authors=Aziz | title=Wells and Pipelines | container=Caspian Affairs | volume=7 | issue=2 | year=1999 | locator=14–15")]
    public void A_volume_and_an_issue_inside_the_brackets_before_the_date(string note, string expected)
    {
        Check(note, expected);
        Publication(note).Place.ShouldBeNull();
    }

    [Theory]
    [InlineData("Sergei Panin, ‘Emigratsiia’, Vozrozhdenie [Paris], no. 12 (1950), pp. 33–40.",
        "authors=Panin | title=Emigratsiia | container=Vozrozhdenie | place=Paris | issue=12 | year=1950 | locator=33–40")]
    [InlineData("Olga Rud, ‘Pamiati druga’, Russkaia mysl’ [Paris], no. 4 (1961), p. 7.",
        "authors=Rud | title=Pamiati druga | container=Russkaia mysl’ | place=Paris | issue=4 | year=1961 | locator=7")]
    [InlineData("Ivan Dorn, ‘Ob armii’, Novoe slovo [Berlin], no. 9 (1942), p. 2.",
        "authors=Dorn | title=Ob armii | container=Novoe slovo | place=Berlin | issue=9 | year=1942 | locator=2")]
    public void The_city_of_a_journal_in_square_brackets_after_its_name(string note, string expected) => Check(note, expected);

    [Fact]
    public void A_translated_journal_name_in_square_brackets_is_no_place()
    {
        var p = Publication("Petr Gusev, ‘O pechati’, Kommunist [Communist], no. 5 (1957), p. 12.");
        p.Place.ShouldBeNull();
        p.Issue!.Value.ShouldBe("5");
    }

    [Theory]
    [InlineData("Peter Hall, \"Tanks in Grozny\", London Review of Books, November/ December 2001.",
        "authors=Hall | title=Tanks in Grozny | container=London Review of Books | year=2001")]
    [InlineData("Nina Sorel, \"The Salt Road\", Caucasus Survey, May–June 2012, p. 4.",
        "authors=Sorel | title=The Salt Road | container=Caucasus Survey | year=2012 | locator=4")]
    public void An_issue_s_months_before_the_year_are_no_place(string note, string expected)
    {
        Check(note, expected);
        Publication(note).Place.ShouldBeNull();
    }

    [Theory]
    [InlineData("Robert K. Massie, Jr, The Quiet Border: Cossacks and the State (Boston, MA: Little, Brown, 1999).",
        "authors=Massie | title=The Quiet Border: Cossacks and the State | place=Boston, MA | year=1999")]
    [InlineData("James Hill, Jr., The Lost Army (New York: Knopf, 2004), 12.",
        "authors=Hill | title=The Lost Army | place=New York | publisher=Knopf | year=2004 | locator=12")]
    [InlineData("Thomas Reed, Sr., Letters from Odessa (London, 1921), p. 7.",
        "authors=Reed | title=Letters from Odessa | place=London | year=1921 | locator=7")]
    public void A_generational_suffix_after_the_name_is_no_part_of_the_title(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Mark Ellis, 'Oil and Empire', in The Caspian Question, ed. by Laura Hunt (Oxford: Oxford University Press, 2009), p. 50.",
        "authors=Ellis | title=Oil and Empire | container=The Caspian Question | editors=Hunt | place=Oxford | publisher=Oxford University Press | year=2009 | locator=50")]
    [InlineData("Ian Brody, ‘The Khanates’, in Persia and the Caucasus, ed. by R. T. Cole and Ann Mays (London: Hurst, 1999), pp. 3–19.",
        "authors=Brody | title=The Khanates | container=Persia and the Caucasus | editors=Cole; Mays | place=London | year=1999 | locator=3–19")]
    [InlineData("Lena Vogt, Steppe Letters, ed. by Karl Dorn (Berlin, 1931), p. 8.",
        "authors=Vogt | title=Steppe Letters | editors=Dorn | place=Berlin | year=1931 | locator=8")]
    public void A_role_abbreviation_followed_by_by(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Anna Fry, Stepnye liudi [Steppe People] (Moscow: Nauka, 1990), 5.",
        "authors=Fry | title=Stepnye liudi | place=Moscow | publisher=Nauka | year=1990 | locator=5")]
    [InlineData("G. Tsereteli, Dzveli kartuli [Old Georgian] (Tbilisi, 1960), p. 12.",
        "authors=Tsereteli | title=Dzveli kartuli | place=Tbilisi | year=1960 | locator=12")]
    [InlineData("Ali Huseynov, Bakı neft [Baku Oil], p. 40.", "authors=Huseynov | title=Bakı neft | locator=40")]
    public void A_book_title_s_translation_in_square_brackets_is_no_part_of_it(string note, string expected) => Check(note, expected);

    [Fact]
    public void Dates_in_square_brackets_after_a_title_stay_in_it() =>
        Publication("Olga Rein, Dnevniki [1917–1922] (Paris: YMCA, 1980), 5.").Title!.Value.ShouldBe("Dnevniki [1917–1922]");

    [Theory]
    [InlineData("Rashid Karimov, The Cotton Question in Central Asia, Tashkent, Uzbekistan Publishers, 1975, p.12.",
        "authors=Karimov | title=The Cotton Question in Central Asia | place=Tashkent | publisher=Uzbekistan Publishers | year=1975 | locator=12")]
    [InlineData("Vera Lind, A Village on the Volga, Kazan, Tatar Book Publishers, 1988, p. 30.",
        "authors=Lind | title=A Village on the Volga | place=Kazan | publisher=Tatar Book Publishers | year=1988 | locator=30")]
    [InlineData("Olga Marsh, Women of the Oil Fields, Ph.D. dissertation, Harvard University, 2008.",
        "authors=Marsh | title=Women of the Oil Fields | publisher=Harvard University | year=2008")]
    public void An_unbracketed_imprint_may_name_the_publisher_after_the_place(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Zdenek Marek, “Il Nostro Amico,” L’Unità (Rome, April 9, 1985), p. 9.",
        "authors=Marek | title=Il Nostro Amico | container=L’Unità | place=Rome | year=1985 | locator=9")]
    [InlineData("Anna Berg, “Strike in Baku,” Le Temps (Paris, 12 July 1903), 2.",
        "authors=Berg | title=Strike in Baku | container=Le Temps | place=Paris | year=1903 | locator=2")]
    [InlineData("Ivan Orlov, “Na fronte,” Donskaia volna (Feb. 3, 1919).", "authors=Orlov | title=Na fronte | container=Donskaia volna | year=1919")]
    public void A_newspaper_s_day_and_month_in_the_date_s_brackets_are_no_place(string note, string expected)
    {
        Check(note, expected);
        Publication(note).Place?.Value.ShouldNotContain(",");
    }

    [Fact]
    public void Further_issues_of_a_serialised_article_after_semicolons_cite_the_same_piece() =>
        Check("Vasilii Filin, ‘Dnevnik’, Zvezda, no. 1 (1992), pp. 189–205; no. 2, pp. 188–204; no. 3 (1993), pp. 147–66.",
            "authors=Filin | title=Dnevnik | container=Zvezda | issue=1 | year=1992 | locator=189–205"
            + " || authors=Filin | title=Dnevnik | container=Zvezda | issue=2 | year=1992 | locator=188–204"
            + " || authors=Filin | title=Dnevnik | container=Zvezda | issue=3 | year=1993 | locator=147–66");

    [Fact]
    public void A_further_issue_with_a_bare_page_continues_the_article() =>
        Check("Ivan Orlov, “Pis’ma,” Neva (1990), no. 6, 10–27; no. 7, 3–16.",
            "container=Neva | issue=6 | locator=10–27 || authors=Orlov | container=Neva | issue=7 | locator=3–16");

    [Fact]
    public void An_issue_after_a_book_continues_nothing() =>
        Parse("Ivan Orlov, Pis’ma (Moscow, 1990), 10; no. 7, 3–16.")[1].ShouldNotBeOfType<Bibliography.Parsing.PublicationCitation>();
}
