namespace Bibliography.Tests.Parsing;

/// <summary>
/// After GOST's <c>//</c>, a sentence that is only a year (or a year and a volume after its full stop, <c>1999.58</c>)
/// closes the periodical's title: the words after it belong to the issue, never to the container.
/// </summary>
public sealed class ContainerYearSentenceTests
{
    [Theory]
    [InlineData("Smith J. Peasants in Tambov // Russian Review. 2001.60. № 2. P. 14–30.",
        "authors=Smith | title=Peasants in Tambov | container=Russian Review | year=2001 | volume=60 | issue=2 | locator=14–30")]
    [InlineData("Петров А. Б. Хлебная торговля в Поволжье // Аграрная история. 1998. Ежегодник. М.: Наука, 1999. С. 40–55.",
        "authors=Петров | title=Хлебная торговля в Поволжье | container=Аграрная история")]
    [InlineData("Иванов В. Г. Земские школы // Исторический архив. 1995. Сборник статей. С. 12–19.",
        "authors=Иванов | title=Земские школы | container=Исторический архив | year=1995")]
    [InlineData("Brown K. Icons of Mtskheta // Byzantion. 2003. Vol. 73. P. 91–104.",
        "authors=Brown | title=Icons of Mtskheta | container=Byzantion | year=2003 | volume=73 | locator=91–104")]
    public void A_year_sentence_closes_the_container(string note, string expected) => RulesOnly.Check(note, expected);
}
