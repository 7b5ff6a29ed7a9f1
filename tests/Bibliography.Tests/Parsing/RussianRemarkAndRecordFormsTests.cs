namespace Bibliography.Tests.Parsing;

/// <summary>
/// Russian forms the rule readers misread (issue #18): the author's remark after an imprint with no page, a catalogue
/// record's bracketed editors after a ';'; read by the rules alone with invented notes.
/// </summary>
public class RussianRemarkAndRecordFormsTests
{
    // ---- "… Нальчик, 2014. Здесь и далее цит. по этому изданию.": a remark after the imprint, no page between ----

    [Theory]
    [InlineData("Сергеева Л. Н. Горские общества Дагестана. Очерки истории. Махачкала, 2009. Здесь и далее цит. по этому изданию.",
        "authors=Сергеева | title=Горские общества Дагестана. Очерки истории | place=Махачкала | year=2009")]
    [InlineData("Кузнецов П. А. Казачьи станицы на Кубани. М., 1987. Курсив мой.",
        "authors=Кузнецов | title=Казачьи станицы на Кубани | place=М. | year=1987")]
    [InlineData("Гаврилова Е. С. Торговые пути Закавказья. Тбилиси, 1972. Автор цитирует документы без ссылок на архивные фонды, что затрудняет проверку.",
        "authors=Гаврилова | title=Торговые пути Закавказья | place=Тбилиси | year=1972")]
    [InlineData("Белов А. Д. Волжские города в эпоху смуты. Казань, 2003. Подчеркнуто мной.",
        "authors=Белов | title=Волжские города в эпоху смуты | place=Казань | year=2003")]
    public void An_authors_remark_after_an_imprint_without_a_page_is_in_no_field(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    // What follows the imprint's year is still the citation's: a volume, a reprint's word, a preface's author.
    [InlineData("Кузнецов П. А. Казачьи станицы. М., 1987. Т. 2.", "2")]
    [InlineData("Белов А. Д. Волжские города. Казань, 2003. Вып. 4.", "4")]
    public void A_volume_after_the_imprint_year_is_no_remark(string note, string volumeOrIssue)
    {
        var p = RulesOnly.Publication(note);
        (p.Volume ?? p.Issue).ShouldNotBeNull().Value.ShouldBe(volumeOrIssue);
    }

    // ---- "… / АН СССР ; [редкол.: …]. – Владивосток, 1988. – С. 100-105": the bracketed editors after a ';' ----

    [Theory]
    [InlineData("Ларин В. П. Бохайские печати / В. П. Ларин // Древности Приамурья : сборник статей / АН СССР ; [редкол.: И. С. Жуков (отв. ред.) и др.]. – Хабаровск, 1985. – С. 40-47.",
        "authors=Ларин | title=Бохайские печати | place=Хабаровск | year=1985 | locator=40-47")]
    [InlineData("Орлова Н. К. Керамика чжурчжэней / Н. К. Орлова // Археология Сибири : сборник научных трудов / Ин-т истории ; [ред. кол.: П. А. Седов и др.]. – Новосибирск, 1991. – С. 12-19.",
        "authors=Орлова | title=Керамика чжурчжэней | place=Новосибирск | year=1991 | locator=12-19")]
    [InlineData("Титов А. А. Городища Сахалина / А. А. Титов // Вопросы археологии : межвузовский сборник / Дальневост. ун-т ; [редкол.: Е. Н. Гусева (отв. ред.)]. – Южно-Сахалинск, 1979. – С. 5-9.",
        "authors=Титов | title=Городища Сахалина | place=Южно-Сахалинск | year=1979 | locator=5-9")]
    public void Bracketed_editors_after_a_semicolon_are_no_second_citation(string note, string expected) => RulesOnly.Check(note, expected);
}
