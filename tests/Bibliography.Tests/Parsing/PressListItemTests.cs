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
    [InlineData("Komunisti, 5.3.1953, Tbilisi, p. 2", "container=Komunisti | year=1953 | place=Tbilisi | locator=2")]
    public void A_paper_its_number_over_the_year_the_place_and_the_page(string note, string expected) => RulesOnly.Check(note, expected);
}
