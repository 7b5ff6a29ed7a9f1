namespace Bibliography.Tests.Parsing;

/// <summary>
/// A Russian note's sentence of prose that names a topic and closes with <c>см.:</c> (however long), or with <c>см.</c>
/// and a few words before the colon, leads into the citation after it: neither the topic nor the lead-in is the title.
/// </summary>
public sealed class RussianLongLeadInTests
{
    [Theory]
    [InlineData("Об истории переселенческого движения в Сибирь и Степной край в конце XIX – начале XX века см.: Петров А. Б. Переселенцы и власть. М.: Наука, 1995. С. 22–30.",
        "authors=Петров | title=Переселенцы и власть | place=М. | publisher=Наука | year=1995 | locator=22–30")]
    [InlineData("О хозяйственной политике губернских властей в годы гражданской войны на Урале и в Поволжье подробнее см.: Кузнецова Е. В. Продовольственный фронт: губернские комиссары и разверстка. Екатеринбург: Сократ, 2001. С. 40–52.",
        "authors=Кузнецова | title=Продовольственный фронт: губернские комиссары и разверстка | place=Екатеринбург | publisher=Сократ | year=2001 | locator=40–52")]
    [InlineData("Об участии земских врачей в борьбе с эпидемией холеры в губерниях Поволжья см. подробное исследование: Фролов Н. И. Земская медицина в эпоху реформ. Саратов: Изд-во Саратовского ун-та, 1981. С. 134.",
        "authors=Фролов | title=Земская медицина в эпоху реформ | place=Саратов | publisher=Изд-во Саратовского ун-та | year=1981 | locator=134")]
    [InlineData("Об отношении крестьян к хлебной монополии и твердым ценам в первые месяцы после Февраля 1917 года см., например: Лебедев К. С. Деревня и власть. Л., 1990. С. 15–17.",
        "authors=Лебедев | title=Деревня и власть | place=Л. | year=1990 | locator=15–17")]
    public void A_topic_closing_in_see_is_no_part_of_the_citation(string note, string expected) => RulesOnly.Check(note, expected);

    [Fact]
    public void A_sentence_closing_in_see_after_an_imprint_opens_a_second_citation()
    {
        RulesOnly.Check(
            "О рабочих артелях см.: Жуков М. А. Артели и рабочие. М.: Наука, 1984. О кооперативном движении в деревне более широко см.: Сидоров В. Г. Кооперация в деревне. Л.: Прибой, 1927. С. 5.",
            "authors=Жуков | title=Артели и рабочие | place=М. | publisher=Наука | year=1984"
            + " || authors=Сидоров | title=Кооперация в деревне | place=Л. | publisher=Прибой | year=1927 | locator=5");
    }
}
