using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// A Turkish or Azerbaijani book printed outside Azerbaijan (<c>Title. Ankara: Publisher, Year.</c>): the known place
/// tells the imprint, and the publisher before the year is no author. Read by the rules alone; every example is invented.
/// </summary>
public class TurkishPlaceImprintTests
{
    [Theory]
    [InlineData("Dağlı aşıqlar. Ankara: Ötüken, 1994.", "title=Dağlı aşıqlar | place=Ankara | publisher=Ötüken | year=1994")]
    [InlineData("Şirvan şairləri. İstanbul: Ülke, 2003.", "title=Şirvan şairləri | place=İstanbul | publisher=Ülke | year=2003")]
    [InlineData("Kaşgarlı Mahmud və dövrü. Ankara: Kültür, 1988.", "title=Kaşgarlı Mahmud və dövrü | place=Ankara | publisher=Kültür | year=1988")]
    public void A_known_place_opens_the_imprint_of_a_Turkic_title(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Dağlı aşıqlar. Ankara: Ötüken, 1994.", "Ötüken")]
    [InlineData("Kaşgarlı Mahmud və dövrü. Ankara: Kültür, 1988.", "Kültür")]
    public void The_publisher_is_no_author(string note, string publisher) =>
        RulesOnly.Parse(note).OfType<PublicationCitation>().ShouldAllBe(p => p.Authors.All(a => a.Family != publisher));
}
