using Bibliography.Parsing;

using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// A Chicago bibliography entry whose title is Cyrillic (issue #18, en24b): the author written family name first with
/// the given name in full keeps its author, and the title and imprint their fields, rather than the whole head being
/// read as a GOST title. Every example is invented.
/// </summary>
public class EnglishCyrillicTitleBibliographyTests
{
    [Theory]
    [InlineData("Petrov, Ivan. Истоки революции. Moscow: Nauka, 1990.", "Petrov", "Истоки революции", "Moscow", "Nauka", "1990")]
    [InlineData("Smith, John Henry. Русская история в лицах. London: Macmillan, 1985.", "Smith", "Русская история в лицах", "London", "Macmillan", "1985")]
    [InlineData("Aliyeva, Leila. Бакинская нефть. Baku: Elm, 2004.", "Aliyeva", "Бакинская нефть", "Baku", "Elm", "2004")]
    [InlineData("Петрова, Анна. Красная армия. Москва: Наука, 2001.", "Петрова", "Красная армия", "Москва", "Наука", "2001")]
    public void The_author_before_a_Cyrillic_title_is_the_author(string note, string author, string title, string place, string publisher, string year)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Publisher!.Value.ShouldBe(publisher);
        p.Year!.Value.ShouldBe(year);
    }

    [Theory]
    [InlineData("Петрова, Анна Сергеевна. «Степные города». Вопросы истории, no. 3 (март 12, 2019): 40–52. просмотрено май 8, 2024. https://www.example.ru/article/12.", "Петрова", "Степные города", "Вопросы истории", "3", "2019", "40-52")]
    [InlineData("Орлов, Павел. «Нефть и город». Кавказский сборник, no. 7 (декабрь 1, 2015): 101-118. просмотрено апрель 2, 2023. http://journal.example.org/view/77.", "Орлов", "Нефть и город", "Кавказский сборник", "7", "2015", "101-118")]
    [InlineData("Смирнова, Ольга Ивановна, и Пётр Андреевич Белов. «Архивы края». Отечественные архивы, no. 2 (июнь 30, 2020): 5–19. просмотрено март 3, 2024. https://example.ru/a/5.", "Смирнова; Белов", "Архивы края", "Отечественные архивы", "2", "2020", "5-19")]
    // (The locator is compared as the parser normalises a page range, with a hyphen.)
    public void A_Russian_Turabian_export_keeps_its_journal_and_drops_its_access_date(string note, string authors, string title, string journal, string issue, string year, string pages)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(authors);
        p.Title!.Value.ShouldBe(title);
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Issue!.Value.ShouldBe(issue);
        p.Year!.Value.ShouldBe(year);
        p.Locator!.Value.ShouldBe(pages);
    }

    [Fact]
    public void A_GOST_heading_with_initials_is_still_read_as_GOST()
    {
        var p = Publication("Петров, И. И. Истоки революции / И. И. Петров. – М. : Наука, 1990. – 300 с.");
        Families(p.Authors).ShouldBe("Петров");
        p.Title!.Value.ShouldBe("Истоки революции");
        p.Place!.Value.ShouldBe("М.");
        p.Year!.Value.ShouldBe("1990");
    }
}
