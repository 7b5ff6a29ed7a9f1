using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Further places in a Georgian edition cited by its siglum, with the footnote on a page and line (<c>ქც 4: 159,25;
/// 784,18,სქ.6,7</c>): the note belongs to the locator, which goes on over the <c>;</c> (issue #18). Every example is invented.
/// </summary>
public class GeorgianNoteLocatorTests
{
    [Theory]
    [InlineData("მქ 2: 45,3; 112,7,სქ.2", "title=მქ | volume=2 | locator=45,3; 112,7,სქ.2")]
    [InlineData("ქც 3: 17,4; 230,11, სქ. 5; 231,2", "title=ქც | volume=3 | locator=17,4; 230,11, სქ. 5; 231,2")]
    [InlineData("სსმ 1: 88,20; 90,1,სქ.3,4", "title=სსმ | volume=1 | locator=88,20; 90,1,სქ.3,4")]
    public void A_footnote_after_a_page_and_line_goes_on_with_the_locator(string note, string expected) => RulesOnly.Check(note, expected);

    [Fact]
    public void A_part_with_other_words_is_no_further_place() =>
        RulesOnly.Check("ქც 3: 17,4; ჯავახიშვილი 1960: 45", "title=ქც | volume=3 | locator=17,4 || authors=ჯავახიშვილი | year=1960 | locator=45");
}
