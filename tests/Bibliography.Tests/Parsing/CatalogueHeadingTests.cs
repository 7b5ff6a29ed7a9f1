using Bibliography.Parsing;

using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// The heading of a GOST 7.1 record or list of literature, where a comma closes the family name (issue #18): two initials
/// (<c>Петров, А. Н. Title</c>) or the given name and patronymic in full (<c>Петрова, Анна Сергеевна. Title</c>), as
/// library catalogues and Russian reference lists print them. Every example is invented for its class.
/// </summary>
public class CatalogueHeadingTests
{
    [Theory]
    [InlineData("Петров, А. Н. Казачество Терека / А. Н. Петров. — Ставрополь : Кн. изд-во, 1990. — 240 с.", "Петров", "Казачество Терека", "Ставрополь")]
    [InlineData("Соколова, Е. В. Ярмарки Поволжья // Волжский вестник. — 2004. — № 3. — С. 15–22.", "Соколова", "Ярмарки Поволжья", null)]
    [InlineData("Гусейнов, Р. А. Горские общества Дагестана. — Махачкала : Юпитер, 2001. — 188 с.", "Гусейнов", "Горские общества Дагестана", "Махачкала")]
    public void A_family_name_closed_by_a_comma_before_two_initials_is_the_author(string note, string family, string title, string? place)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(family);
        p.Title!.Value.ShouldBe(title);
        (p.Place?.Value).ShouldBe(place);
    }

    [Theory]
    [InlineData("Петрова, Анна Сергеевна. Земские школы Вятской губернии : автореферат дис. ... кандидата исторических наук : 07.00.02. — Киров, 2003. — 22 с.", "Петрова", "Земские школы Вятской губернии")]
    [InlineData("Кравцов, Олег Игоревич. Станичное самоуправление на Кубани. — Краснодар, 2012. — 214 с.", "Кравцов", "Станичное самоуправление на Кубани")]
    [InlineData("Орлов, Игорь В.. Купечество Казани. - Казань : Фэн, 2008. - 310 с.", "Орлов", "Купечество Казани")]
    public void A_given_name_and_patronymic_after_the_comma_belong_to_the_author(string note, string family, string title)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(family);
        p.Title!.Value.ShouldBe(title);
        p.Year.ShouldNotBeNull();
    }

    [Fact]
    public void A_patronymic_in_ich_belongs_to_the_author()
    {
        var p = Publication("Смирнов, Павел Ильич. Записки земского врача. М., 1990.");
        Families(p.Authors).ShouldBe("Смирнов");
        p.Title!.Value.ShouldBe("Записки земского врача");
    }

    [Fact]
    public void Initials_spaced_by_a_no_break_space_are_given_without_it()
    {
        var p = Publication("Петров,\u00A0А.\u00A0Н. Казачество Терека. Ставрополь, 1990.");
        Families(p.Authors).ShouldBe("Петров");
        p.Authors[0].Given.ShouldBe("А.Н.");
    }

    [Fact]
    public void A_word_and_one_initial_after_a_comma_stay_in_the_title()
    {
        var p = Publication("Записки, Т. Курганова. Пермь, 1912. С. 5.");
        p.Authors.ShouldBeEmpty();
    }
}
