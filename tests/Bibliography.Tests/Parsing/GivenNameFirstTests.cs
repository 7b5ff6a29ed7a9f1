using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// A Russian note opened by a given name in full and a man's family name (<c>Лев Троцкий. Сталин.</c>), as memoirs and
/// popular histories print their authors (issue #18). Every example is invented for its class.
/// </summary>
public class GivenNameFirstTests
{
    [Theory]
    [InlineData("Лев Троцкий. Моя жизнь. Т. 2. С. 14.", "authors=Троцкий | title=Моя жизнь | volume=2 | locator=14")]
    [InlineData("Николай Бердяев. Истоки русского коммунизма. М., 1990. С. 12.", "authors=Бердяев | title=Истоки русского коммунизма | place=М. | year=1990 | locator=12")]
    [InlineData("Павел Милюков. Очерки по истории русской культуры. М., 1993. С. 7.", "authors=Милюков | title=Очерки по истории русской культуры | place=М. | year=1993 | locator=7")]
    [InlineData("Юрий Тынянов. Пушкин. Л., 1974. С. 40.", "authors=Тынянов | title=Пушкин | place=Л. | year=1974 | locator=40")]
    public void A_given_name_in_full_before_the_family_name_opens_the_note(string note, string expected) => Check(note, expected);

    // An adjective before a noun, a noun before a genitive ending as women's family names do, or a rank before a family
    // name is a title's opening.
    [Theory]
    [InlineData("Русский Берлин. М., 2003. С. 5.", "Русский Берлин")]
    [InlineData("Дело Кирова. М., 1989. С. 10.", "Дело Кирова")]
    [InlineData("Великий Октябрь. Л., 1957. С. 3.", "Великий Октябрь")]
    [InlineData("Адмирал Колчак. Омск, 1919. С. 8.", "Адмирал Колчак")]
    public void A_title_of_two_words_is_not_a_name(string note, string title)
    {
        var p = Publication(note);
        p.Authors.ShouldBeEmpty();
        p.Title!.Value.ShouldBe(title);
    }
}
