using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Items of a writer's press list (issue #18): a paper in capitalised Latin words, its number over the year or a numeric
/// date, the place and the page. Every example is invented (papers, numbers and pages other than the real notes'), read
/// by the rules alone.
/// </summary>
public class PressListItemTests
{
    [Theory]
    [InlineData("Mnatobi 3/1979, Tbilisi, p. 41", "container=Mnatobi | issue=3 | year=1979 | place=Tbilisi | locator=41")]
    [InlineData("Tsiskari 11/1965, Tbilisi, p. 102.", "container=Tsiskari | issue=11 | year=1965 | place=Tbilisi | locator=102")]
    [InlineData("Sakhalkho Ganatleba 7/1991, Kutaisi, p. 3", "container=Sakhalkho Ganatleba | issue=7 | year=1991 | place=Kutaisi | locator=3")]
    [InlineData("Akhalgazrda Komunisti, 5.3.1953, Tbilisi, p. 2", "container=Akhalgazrda Komunisti | year=1953 | place=Tbilisi | locator=2")]
    public void A_paper_its_number_over_the_year_the_place_and_the_page(string note, string expected) => RulesOnly.Check(note, expected);

    // A single word, a numeric date, a place and a page is also an author-date reference: no paper without its n/yyyy number.
    [Theory]
    [InlineData("Johnson, 12.3.1990, London, p. 4.")]
    [InlineData("Smith, 1.10.2001, Oxford, p. 17.")]
    public void A_single_word_before_a_numeric_date_is_no_paper(string note) =>
        RulesOnly.Parse(note).OfType<NewspaperCitation>().ShouldBeEmpty();

    // Nor is it a book whose title is the date and the place ("12.3.1990, London"), by the rules or in the hybrid.
    [Theory]
    [InlineData("Johnson, 12.3.1990, London, p. 4.", "12.3.1990")]
    [InlineData("Smith, 1.10.2001, Oxford, p. 17.", "1.10.2001")]
    public void A_single_word_before_a_numeric_date_is_no_title(string note, string date)
    {
        RulesOnly.Parse(note).OfType<PublicationCitation>().ShouldNotContain(p => p.Title != null && p.Title.Value.Contains(date));
        var before = CitationParser.Mode;
        CitationParser.Mode = ParserMode.Hybrid;
        try { CitationParser.ParseFootnote(note).OfType<PublicationCitation>().ShouldNotContain(p => p.Title != null && p.Title.Value.Contains(date)); }
        finally { CitationParser.Mode = before; }
    }

    [Theory]
    [InlineData("Mnatobi 3/0012, Tbilisi, p. 41.")]
    [InlineData("Tsiskari 11/2500, Tbilisi, p. 102.")]
    public void A_number_over_what_is_no_year_is_no_press_item(string note) =>
        RulesOnly.Parse(note).OfType<NewspaperCitation>().ShouldBeEmpty();

    // Digits of another script match \d but are no number int.Parse reads: every such note gets an outcome, never an internal error.
    [Theory]
    [InlineData("Mnatobi 3/\u0661\u0669\u0667\u0669, Tbilisi, p. 41.")]
    [InlineData("Sakartvelos Respublika, 2.1.\u0661\u0669\u0669\u0667, Tbilisi, p. 4.")]
    [InlineData("The Economist, 30 December 1848, 1468; \u0661\u0660 September 2011, 29.")]
    [InlineData("The Economist, 30 December 1848, 1468; September \u0661\u0660, 2011, 29.")]
    [InlineData("«Правда», \u0661\u0662 марта 1925 г., № 5.")]
    [InlineData("«Правда», 12 марта 19\u0662\u0665 г., № 5.")]
    [InlineData("Şərq.- 2018.- 28 mart.- № 53.- S. 5; \u0662\u0669 mart.- № 54.- S. 5.")]
    [InlineData("Şərq.- 2018.- 28 mart.- № 53.- S. 5; 29 mart 20\u0661\u0668.- № 54.- S. 5.")]
    public void Digits_of_another_script_in_a_paper_s_date_do_not_abort_the_note(string note)
    {
        Should.NotThrow(() => RulesOnly.Parse(note));
        Should.NotThrow(() => CitationParser.ParseFootnote(note));
    }
}
