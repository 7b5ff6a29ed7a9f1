namespace Bibliography.Tests.Parsing;

/// <summary>
/// A number sign between an archival level's keyword and its number (<c>fond №1541, case №16</c>, <c>ф. № 17</c>,
/// <c>საქმე №16</c>), in every convention (issue #18): the sign is part of the keyword, the number is the level's
/// value. Every example is invented (archives and numbers other than the real notes'), read by the rules alone.
/// </summary>
public class LevelNumberSignTests
{
    [Theory]
    [InlineData("ЦГА РД, ф. № 17, оп. № 3, д. № 45, л. 12.", "archive=ЦГА РД | fond=17 | opis=3 | delo=45 | locator=12")]
    [InlineData("GARF, fond №2204, opis №1, case №88, p. 7.", "archive=GARF | fond=2204 | opis=1 | delo=88 | locator=7")]
    [InlineData("სცსა, ფონდი №612, საქმე №29, ფ. 4.", "archive=სცსა | fond=612 | delo=29 | locator=4")]
    [InlineData("ARPİİSSA, fond № 1, siyahı № 74, iş № 93, v. 15.", "archive=ARPİİSSA | fond=1 | opis=74 | delo=93 | locator=15")]
    public void A_number_sign_after_a_levels_keyword(string note, string expected) => RulesOnly.Check(note, expected);
}
