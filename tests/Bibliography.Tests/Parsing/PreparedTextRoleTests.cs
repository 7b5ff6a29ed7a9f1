namespace Bibliography.Tests.Parsing;

/// <summary>Who prepared an edition's text (<c>Подгот. текста</c>, <c>подг. текста</c>, abbreviated as often as written in full) edited it.</summary>
public sealed class PreparedTextRoleTests
{
    [Theory]
    [InlineData("Записки купца / Подгот. текста В. Г. Сидорова. Л., 1929. С. 17.", "title=Записки купца | editors=Сидорова | place=Л. | year=1929 | locator=17")]
    [InlineData("Письма из ссылки / подгот. текста Е. Ж. Козловой. М., 1994. С. 8.", "title=Письма из ссылки | editors=Козловой | place=М. | year=1994 | locator=8")]
    [InlineData("Дневник офицера / Подг. текста Н. П. Орлова. СПб., 2001. С. 120.", "title=Дневник офицера | editors=Орлова | place=СПб. | year=2001 | locator=120")]
    [InlineData("Беляев Р. Воспоминания / подг. текста К. Л. Миронова. Казань, 1975.", "authors=Беляев | title=Воспоминания | editors=Миронова | place=Казань | year=1975")]
    public void Prepared_text_names_the_editor(string note, string expected) => RulesOnly.Check(note, expected);
}
