using Bibliography.Model;
using Bibliography.Parsing;

using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Imprint forms of English notes and references the rule readers misread (issue #18): a publisher written without a
/// place or after the place and a comma, as MLA and many British notes give it, and an English note on the work's
/// language (<c>(in Russian)</c>) after the imprint.
/// </summary>
public class EnglishImprintFormsTests
{
    // ---- a publisher without a place, or after the place and a comma, is the publisher ----

    [Theory]
    [InlineData("Harold Lamb, The Steppe Frontier (London, Macmillan, 1962), 31.", "London", "Macmillan", "1962")]
    [InlineData("Olga Barinova, Peasant Voices (Leiden, Brill, 2011), pp. 4–5.", "Leiden", "Brill", "2011")]
    [InlineData("Tom Walker, The Oil Coast (Oxford University Press, 1987), 112.", null, "Oxford University Press", "1987")]
    [InlineData("Ruth Adler, Kings of the Caspian (Palgrave Macmillan, 2015), 9.", null, "Palgrave Macmillan", "2015")]
    [InlineData("Adler, Ruth. Kings of the Caspian. Routledge, 2015.", null, "Routledge", "2015")]
    [InlineData("Kemp, Daniel. The Mountain Republics. Cambridge University Press, 2003.", null, "Cambridge University Press", "2003")]
    public void A_part_naming_a_publisher_is_no_place(string note, string? place, string publisher, string year)
    {
        var p = Publication(note);
        (p.Place?.Value).ShouldBe(place);
        p.Publisher!.Value.ShouldBe(publisher);
        p.Year!.Value.ShouldBe(year);
    }

    [Theory]
    [InlineData("Harold Lamb, The Steppe Frontier (University Park, PA, 1962), 31.", "University Park, PA")]
    [InlineData("Harold Lamb, The Steppe Frontier (Cambridge, Mass., 1962), 31.", "Cambridge, Mass.")]
    public void A_place_with_its_state_stays_a_place(string note, string place)
    {
        var p = Publication(note);
        p.Place!.Value.ShouldBe(place);
        p.Publisher.ShouldBeNull();
    }

    // ---- "(in Russian)" after the imprint ----

    [Theory]
    [InlineData("Gadzhiev A.M. Mountain Villages of the Avars. Makhachkala, 1978 (in Russian).", "Gadzhiev", "Mountain Villages of the Avars", "Makhachkala", "1978")]
    [InlineData("Orbeli R.K. Notes on Old Lori. Leiden, 1999 (in Armenian).", "Orbeli", "Notes on Old Lori", "Leiden", "1999")]
    [InlineData("Tsereteli G., Early Georgian Scripts, Kutaisi, 1961 (in Georgian and Russian);", "Tsereteli", "Early Georgian Scripts", "Kutaisi", "1961")]
    [InlineData("Aliev, K., Caucasian Albania, Baku, 1974 (in Azerbaijani).", "Aliev", "Caucasian Albania", "Baku", "1974")]
    public void A_note_on_the_language_after_the_imprint_is_in_no_field(string note, string author, string title, string place, string year)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Year!.Value.ShouldBe(year);
    }

    [Theory]
    [InlineData("in Russian", true)]
    [InlineData("in Georgian and Russian", true)]
    [InlineData("in press", false)]
    [InlineData("in 3 vols", false)]
    [InlineData("In Russian", false)]
    public void An_english_language_note_is_in_and_the_languages(string inside, bool note) =>
        PublicationReader.IsEnglishLanguageNote(inside).ShouldBe(note);

    // ---- chapters: a book with editors but no "in", a bibliography's imprint before the pages, MLA's container ----

    [Theory]
    [InlineData("Irina Volkova, “Mountain Law,” The Caucasus Reader, ed. Peter Lane (Boston: Beacon, 2004), 77–90.", "Volkova", "Mountain Law", "The Caucasus Reader", "Lane", "Boston", "Beacon", "2004", "77-90")]
    [InlineData("Hale, Edward. “River Trade,” in Volga Towns, ed. Mary Stone. Chicago: Aldine, 1971, 12–30.", "Hale", "River Trade", "Volga Towns", "Stone", "Chicago", "Aldine", "1971", "12-30")]
    [InlineData("Hale, Edward. “River Trade.” In Volga Towns, edited by Mary Stone and Paul Reed. Chicago: Aldine, 1971.", "Hale", "River Trade", "Volga Towns", "Stone; Reed", "Chicago", "Aldine", "1971", null)]
    [InlineData("Hale, E. “River Trade,” in Volga Towns, ed. Mary Stone. Ithaca, NY: Cornell, 41–58", "Hale", "River Trade", "Volga Towns", "Stone", "Ithaca, NY", "Cornell", null, "41-58")]
    [InlineData("Ward, Nina. “Salt Roads.” Empires of the Steppe, edited by Omar Daud, Verso, 2018, pp. 201–19.", "Ward", "Salt Roads", "Empires of the Steppe", "Daud", null, "Verso", "2018", "201-19")]
    [InlineData("Ward, Nina. “Salt Roads.” Empires of the Steppe, edited by Omar Daud and Lia Kent, Knopf, 2018, pp. 201–19.", "Ward", "Salt Roads", "Empires of the Steppe", "Daud; Kent", null, "Knopf", "2018", "201-19")]
    public void A_chapter_reads_its_book_editors_and_imprint(string note, string author, string title, string book, string editors,
        string? place, string publisher, string? year, string? pages)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Chapter);
        Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
        p.ContainerTitle!.Value.ShouldBe(book);
        Families(p.Editors).ShouldBe(editors);
        (p.Place?.Value).ShouldBe(place);
        p.Publisher!.Value.ShouldBe(publisher);
        (p.Year?.Value).ShouldBe(year);
        (p.Locator?.Value).ShouldBe(pages);
    }

    [Theory]
    [InlineData("Ward, Nina. “Salt Roads.” Central Asian Survey 12, no. 3 (1993): 201–19.", "Central Asian Survey", "12", "3")]
    [InlineData("Ward, Nina. “Salt Roads.” Central Asian Survey, vol. 12, no. 3, 1993, pp. 201–19.", "Central Asian Survey", "12", "3")]
    [InlineData("Nina Ward, “Salt Roads,” Central Asian Survey 12, no. 3 (1993): 201–19.", "Central Asian Survey", "12", "3")]
    public void A_journal_after_a_quoted_title_stays_a_journal(string note, string journal, string volume, string issue)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Article);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Volume!.Value.ShouldBe(volume);
        p.Issue!.Value.ShouldBe(issue);
    }

    // ---- a state or country after the city in an unbracketed imprint; a page after a bibliography's year ----

    [Theory]
    [InlineData("Omar Daud, Salt and Silk, Lanham, MD, 2006, 45.", "Salt and Silk", "Lanham, MD", null)]
    [InlineData("Omar Daud, Salt and Silk, Cambridge, Mass., 2006, p. 45.", "Salt and Silk", "Cambridge, Mass.", null)]
    [InlineData("Omar Daud, Salt and Silk, Oxford, U.K., 2006, 45.", "Salt and Silk", "Oxford, U.K.", null)]
    [InlineData("Omar Daud, Salt and Silk, Berkeley, Calif.: University of California Press, 2006, 45.", "Salt and Silk", "Berkeley, Calif.", "University of California Press")]
    [InlineData("Daud, Omar. Salt and Silk. Totowa, N.J.: Rowman, 2006, 45.", "Salt and Silk", "Totowa, N.J.", "Rowman")]
    public void A_region_after_the_city_is_part_of_the_place(string note, string title, string place, string? publisher)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe("Daud");
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        (p.Publisher?.Value).ShouldBe(publisher);
        p.Year!.Value.ShouldBe("2006");
        p.Locator!.Value.ShouldBe("45");
    }

    // ---- a sentence of prose, then the citation in brackets after a lead-in ----

    [Theory]
    [InlineData("The order was never carried out (see A. Ivanov, Red Harvest (Moscow, 1990), p. 15).", "Ivanov", "Red Harvest", "15")]
    [InlineData("Nobody in the village remembered the visit (cf. Omar Daud, Salt and Silk (London: Verso, 2006), 45).", "Daud", "Salt and Silk", "45")]
    [InlineData("The figures were revised twice after the war (see Anna Orlova, “The Famine,” Slavic Review 49, no. 2 (1990): 20–35).", "Orlova", "The Famine", "20-35")]
    public void A_citation_in_brackets_after_prose_is_read_without_the_sentence(string note, string author, string title, string page)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        p.Editors.ShouldBeEmpty();
        p.Title!.Value.ShouldBe(title);
        p.Locator!.Value.ShouldBe(page);
    }

    // ---- a place written in full after the title's comma, in a transliterated reference in GOST order ----

    [Theory]
    [InlineData("Kloekhorst A., The Hittite Inherited Lexicon, Leiden-Boston, 2008.", "Kloekhorst", "The Hittite Inherited Lexicon", "Leiden-Boston", "2008")]
    [InlineData("Orbeli R., Notes on Old Lori, Leiden, 1999, p. 45.", "Orbeli", "Notes on Old Lori", "Leiden", "1999")]
    [InlineData("Abaev V.I., Osetinskij jazyk i fol'klor, Moskva/Leningrad, 1949.", "Abaev", "Osetinskij jazyk i fol'klor", "Moskva/Leningrad", "1949")]
    public void A_latin_place_after_the_titles_comma_is_the_place(string note, string author, string title, string place, string year)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Year!.Value.ShouldBe(year);
    }

    // ---- a journal's volume, then its issue in brackets, the year after a comma ----

    [Theory]
    [InlineData("Lia Kent, ‘Border Towns’, Central Asian Survey, 21 (3), 2002, pp. 301–15.", "Central Asian Survey", "21", "3", "2002")]
    [InlineData("Lia Kent, ‘Border Towns’, Nationalities Papers 30(4), 2002, 301–15.", "Nationalities Papers", "30", "4", "2002")]
    [InlineData("Lia Kent, “Border Towns,” Caucasus Survey, 7 (12) (2019): 44.", "Caucasus Survey", "7", "12", "2019")]
    public void A_volume_and_its_bracketed_issue_are_read_apart(string note, string journal, string volume, string issue, string year)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Article);
        RulesOnly.ShouldBeJournal(p, journal, volume, issue, year);
    }

    // ---- a preface's pages in small Roman numerals after the imprint's bracket, without a keyword ----

    [Theory]
    [InlineData("Lia Kent, “Foreword,” in Omar Daud, Salt and Silk (London: Verso, 2006), xiii–xiv.", "xiii-xiv")]
    [InlineData("Omar Daud, Salt and Silk (London: Verso, 2006), ix.", "ix")]
    [InlineData("Omar Daud, Salt and Silk (Boston, 2006), xxi–xxv.", "xxi-xxv")]
    public void Roman_pages_after_the_imprint_are_the_locator(string note, string page)
    {
        var p = Publication(note);
        p.ContainerTitle?.Value.ShouldBe("Salt and Silk");
        p.Year!.Value.ShouldBe("2006");
        p.Locator!.Value.ShouldBe(page);
    }
}
