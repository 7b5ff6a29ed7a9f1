using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Georgian role words after the names cut short with a full stop (<c>ს. ყაუხჩიშვილის გამოც.</c> for <c>გამოცემა</c>),
/// as editions of sources are cited (issue #18). Every example is invented; read by the rules alone.
/// </summary>
public class GeorgianAbbreviatedRoleTests
{
    [Theory]
    [InlineData("საქართველოს სამართლის ძეგლები, ი. დოლიძის გამოც., ტ. 2, თბ., 1965, გვ. 14.", "title=საქართველოს სამართლის ძეგლები | volume=2 | editors=დოლიძის | place=თბ. | year=1965 | locator=14")]
    [InlineData("ბერიძე ა., ქალაქის აღწერა, წგ.: ძველი საბუთები, ე. თაყაიშვილის გამოც., ტ. 3, თბ., 1950, გვ. 7.", "authors=ბერიძე | title=ქალაქის აღწერა | container=ძველი საბუთები | volume=3 | editors=თაყაიშვილის | place=თბ. | year=1950 | locator=7")]
    [InlineData("მატიანე ქართლისა, ტ. 1, ილ. აბულაძის რედაქც., თბილისი, 1963, გვ. 5.", "title=მატიანე ქართლისა | volume=1 | editors=აბულაძის | place=თბილისი | year=1963 | locator=5")]
    [InlineData("ძველი ქართული ენა, ზ. სარჯველაძის თარგმ., თბ., 1984, გვ. 31.", "title=ძველი ქართული ენა | place=თბ. | year=1984 | locator=31")]
    public void A_role_word_after_the_names_cut_short_names_them(string note, string expected) => RulesOnly.Check(note, expected);
}
