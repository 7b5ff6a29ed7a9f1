using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// A Georgian medieval or church author cited by the one name before the title's comma (<c>ვახუშტი, Title, წგ.: …</c>),
/// and the titles of one word before a comma that stay titles (issue #18). Every example is invented; read by the rules alone.
/// </summary>
public class GeorgianSingleNameTests
{
    [Theory]
    [InlineData("ჯუანშერი, ცხოვრება ვახტანგ გორგასლისა, წგ.: ძველი მატიანე, თბ., 1955, გვ. 139.", "authors=ჯუანშერი | title=ცხოვრება ვახტანგ გორგასლისა | container=ძველი მატიანე | place=თბ. | year=1955 | locator=139")]
    [InlineData("ბესარიონი, წამება დავით ქართველისა, თბილისი, 1968, გვ. 22.", "authors=ბესარიონი | title=წამება დავით ქართველისა | place=თბილისი | year=1968 | locator=22")]
    [InlineData("ეფრემი, უწყება მიზეზსა ქართველთა მოქცევისა, თბ., 1959.", "authors=ეფრემი | title=უწყება მიზეზსა ქართველთა მოქცევისა | place=თბ. | year=1959")]
    public void A_single_name_before_the_titles_comma_is_the_author(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("ნარკვევები, ქართული ხელოვნების ისტორია")]
    [InlineData("ქართლის ცხოვრება, ტ. 2")]
    [InlineData("ისტორია, ტ. 2")]
    [InlineData("საქართველოს, ისტორიის საკითხები")]
    [InlineData("ლექსები, პოემები")]
    public void A_plural_a_genitive_or_a_volume_is_no_single_name(string head) =>
        GeorgianForms.SingleNameBeforeTitle(head, 0, head.Length).NameEnd.ShouldBe(-1);
}
