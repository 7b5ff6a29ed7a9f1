namespace Bibliography.Tests.Parsing;

/// <summary>
/// Russian GOST notes whose collection's title runs on after a ';' (issue #18): "// Урал в XX веке: чтения 2001 г.;
/// Сб. науч. ст. / Под ред. …" is one collection, not a second citation, so its editors and imprint stay with the article.
/// </summary>
public class RussianCollectionTitleTests
{
    [Theory]
    [InlineData("Белова Н. К. Земство и школа // Урал в XIX–XX веках: Демидовские чтения 2001 г.; Сб. науч. ст. / Под ред. А. П. Карпова. Екатеринбург, 2004. С. 45–52.",
        "authors=Белова | title=Земство и школа | editors=Карпова | place=Екатеринбург | year=2004 | locator=45–52")]
    [InlineData("Орехов Д. С. Переселенцы в Туркестане // Средняя Азия: история и современность; Межвуз. сб. / Отв. ред. Л. М. Зиннатуллин. Ташкент, 1998. С. 17–29.",
        "authors=Орехов | title=Переселенцы в Туркестане | editors=Зиннатуллин | place=Ташкент | year=1998 | locator=17–29")]
    [InlineData("Кравец И. Ю. Городская дума Томска // Сибирь в годы реформ: Кузнецовские чтения; Сб. тр. / Под ред. Е. В. Лаптева. Томск, 2010. С. 8.",
        "authors=Кравец | title=Городская дума Томска | editors=Лаптева | place=Томск | year=2010 | locator=8")]
    public void A_semicolon_inside_a_collections_title_does_not_split_the_note(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Белова Н. К. Земство // Урал. 2001. № 3. С. 5; Орехов Д. С. Переселенцы / Под ред. Л. М. Зиннатуллина. Ташкент, 1998. С. 17.",
        "authors=Белова | title=Земство | container=Урал | year=2001 | issue=3 | locator=5 || authors=Орехов | title=Переселенцы | editors=Зиннатуллина | place=Ташкент | year=1998 | locator=17")]
    public void A_semicolon_after_the_collections_imprint_still_splits_the_note(string note, string expected) => RulesOnly.Check(note, expected);

    // HasYearAfterComma takes a year as Conventions.IsYear does (1500-2099): a count after a comma in the collection's
    // title is no imprint's year, and the ';' after it still runs on the title.
    [Theory]
    [InlineData("Кравец И. Ю. Городская дума // Сибирь, 1450 документов: Кузнецовские чтения; Сб. тр. / Под ред. Е. В. Лаптева. Томск, 2010. С. 8.",
        "authors=Кравец | editors=Лаптева | place=Томск | year=2010 | locator=8")]
    public void A_number_outside_the_years_after_a_comma_in_a_collections_title_is_no_imprint(string note, string expected) => RulesOnly.Check(note, expected);
}
