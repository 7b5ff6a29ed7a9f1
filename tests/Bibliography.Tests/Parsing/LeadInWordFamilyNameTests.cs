namespace Bibliography.Tests.Parsing;

/// <summary>
/// A heading's family name that opens with a lead-in word (<c>См</c>, <c>Текст</c>, <c>Цит</c>, <c>Список</c>) is the
/// author's: the colon of the imprint after it (<c>М.: Наука</c>) must not make the heading prose before a citation.
/// </summary>
public sealed class LeadInWordFamilyNameTests
{
    [Theory]
    [InlineData("Смирнов К. Крестьяне Поволжья. Л.: Прибой, 1927. С. 12.", "authors=Смирнов | title=Крестьяне Поволжья | place=Л. | publisher=Прибой | year=1927 | locator=12")]
    [InlineData("Смит Дж. Революция в деревне. М.: Прогресс, 1985.", "authors=Смит | title=Революция в деревне | place=М. | publisher=Прогресс | year=1985")]
    [InlineData("Текстова Е. Н. Рабочие Урала. Свердловск: Уралгиз, 1960. С. 40.", "authors=Текстова | title=Рабочие Урала | place=Свердловск | publisher=Уралгиз | year=1960 | locator=40")]
    [InlineData("Цитович П. Очерки торговли. СПб.: Тип. Глазунова, 1901. С. 3.", "authors=Цитович | title=Очерки торговли | place=СПб. | year=1901 | locator=3")]
    public void A_family_name_opening_like_a_lead_in_word_is_the_author(string note, string expected) => RulesOnly.Check(note, expected);

    [Fact]
    public void A_lead_in_before_the_name_is_still_prose() =>
        RulesOnly.Check("См.: Смирнов К. Крестьяне Поволжья. Л.: Прибой, 1927. С. 12.", "authors=Смирнов | title=Крестьяне Поволжья | place=Л. | publisher=Прибой | year=1927 | locator=12");

    [Theory]
    // A place that a lead-in word begins, closed by its publisher's colon, and a small-letter word of a statement.
    [InlineData("Орлов В. Н. Уездные города. Смоленск: Русич, 2001. С. 14.", "authors=Орлов | title=Уездные города | place=Смоленск | publisher=Русич | year=2001 | locator=14")]
    [InlineData("Орлов В. Н. Уездные города. Смоленск: Изд-во СГУ, 1998.", "authors=Орлов | title=Уездные города | place=Смоленск | year=1998")]
    [InlineData("Песни и сказания / подгот. текста В. Г. Сидорова. Л.: Прибой, 1929.", "editors=Сидорова | title=Песни и сказания | place=Л. | publisher=Прибой | year=1929")]
    public void A_word_a_lead_in_opening_begins_is_no_lead_in_when_its_own_colon_closes_it_or_it_is_small(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    // The openings are also stems: a capitalised word they begin, followed by more words before the colon, leads in.
    [InlineData("Цитируется по: Орлов В. Н. Уездные города. М.: Наука, 1990. С. 7.", "authors=Орлов | title=Уездные города | place=М. | publisher=Наука | year=1990 | locator=7")]
    [InlineData("Опубликовано в: Орлов В. Н. Уездные города. М.: Наука, 1990. С. 7.", "authors=Орлов | title=Уездные города | place=М. | publisher=Наука | year=1990 | locator=7")]
    [InlineData("Опубликовано: Вестник края. 1990. № 5. С. 7.", "container=Вестник края | year=1990 | issue=5 | locator=7")]
    public void A_capitalised_word_a_lead_in_opening_begins_still_leads_in(string note, string expected) => RulesOnly.Check(note, expected);
}

