namespace Bibliography.Tests.Parsing;

/// <summary>
/// An access date and a web address after a reference's pages (<c>… 11–42. Accessed April 24, 2025. https://…</c>), as
/// journals' exports add them, close a GOST-ordered reference as they close an English note: no field holds them.
/// </summary>
public sealed class WebTailInAnyScriptTests
{
    [Theory]
    [InlineData("Иванов И. И. Крестьяне и власть // Вопросы истории. 2015. № 4. С. 12–20. Accessed May 3, 2020. https://vi.ru/article/view/55.",
        "authors=Иванов | title=Крестьяне и власть | container=Вопросы истории | year=2015 | issue=4 | locator=12–20")]
    [InlineData("Петров П. П. Торговля на Каспии // Восточный архив. 2019. № 2. С. 5–9. Retrieved June 1, 2022. https://vostarch.ru/index.php/va/article/view/12",
        "authors=Петров | title=Торговля на Каспии | container=Восточный архив | year=2019 | issue=2 | locator=5–9")]
    [InlineData("Məmmədov M. Bakı neft sənayesi // Tarix və onun problemləri. 2012. № 3. S. 44–50. Accessed June 1, 2022. http://tarix.az/jurnal/2012-3.pdf",
        "authors=Məmmədov | title=Bakı neft sənayesi | container=Tarix və onun problemləri | year=2012 | issue=3 | locator=44–50")]
    public void The_access_date_and_address_after_the_pages_go_nowhere(string note, string expected) => RulesOnly.Check(note, expected);
}
