namespace Bibliography.Tests.Parsing;

/// <summary>
/// A journal's "cite this" export in Chicago style keeps its shape in any script: <c>Family, Given. «Title». Journal, no.
/// N (date): pages. просмотрено date. URL.</c> The quoted title is the title, the journal after it the container, and
/// the access date and address go nowhere.
/// </summary>
public sealed class CyrillicChicagoEntryTests
{
    [Theory]
    [InlineData("Петрова, Анна Сергеевна. «Торговые пути Золотой Орды в XIV веке». Вестник археологии Поволжья, no. 3 (март 12, 2019): 44–61. просмотрено май 8, 2024. https://www.vestarch.ru/index.php/va/article/view/112.",
        "authors=Петрова | title=Торговые пути Золотой Орды в XIV веке | container=Вестник археологии Поволжья | issue=3 | year=2019 | locator=44–61")]
    [InlineData("Кузьмин, Олег. «Казачьи станицы на Тереке в XVIII веке». Кавказский сборник, no. 12 (2016): 101–118.",
        "authors=Кузьмин | title=Казачьи станицы на Тереке в XVIII веке | container=Кавказский сборник | issue=12 | year=2016 | locator=101–118")]
    [InlineData("Алиева, Сабина Рафиковна. “Нефтяные промыслы Баку накануне революции.” Вопросы истории Кавказа, no. 2 (ноябрь 30, 2021): 7–19.",
        "authors=Алиева | title=Нефтяные промыслы Баку накануне революции | container=Вопросы истории Кавказа | issue=2 | year=2021 | locator=7–19")]
    public void A_Chicago_entry_in_Cyrillic_reads_its_quoted_title_and_journal(string note, string expected) => RulesOnly.Check(note, expected);

    [Fact]
    public void A_GOST_reference_with_a_quoted_title_stays_with_the_GOST_reader()
    {
        // "//" and "№" are GOST's: the Chicago shape is not taken for it.
        RulesOnly.Check("Кузьмин, Олег. «Казачьи станицы на Тереке» // Кавказский сборник. 2016. № 12. С. 101–118.",
            "container=Кавказский сборник | issue=12 | year=2016 | locator=101–118");
    }
}
