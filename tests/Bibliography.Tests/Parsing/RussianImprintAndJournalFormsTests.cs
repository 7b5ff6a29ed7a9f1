namespace Bibliography.Tests.Parsing;

/// <summary>
/// Forms of Russian GOST notes that the rule readers misread (issue #18): the area's dash typed against the element
/// after it, a journal's bare volume after its year, a place written in full after a title ending in a year, a state
/// after its town before the publisher. Each form with invented notes, read by the rules alone.
/// </summary>
public class RussianImprintAndJournalFormsTests
{
    // ---- ". -1904. -№ 7. - С. 5": the area's dash typed as a hyphen against the year, the issue or the volume ----

    [Theory]
    [InlineData("Смирнов К. Л. Об оспопрививании в губерниях // Земский врач. -1889. - №3. - С. 40-52.",
        "authors=Смирнов | title=Об оспопрививании в губерниях | container=Земский врач | year=1889 | issue=3 | locator=40-52")]
    [InlineData("Кравцов Н. П. К вопросу о холере // Русский врач. - 1908. -№ 15. - С. 501-503.",
        "authors=Кравцов | title=К вопросу о холере | container=Русский врач | year=1908 | issue=15 | locator=501-503")]
    [InlineData("Лебедев А. А. Записки земского врача // Северный вестник. -1893. -Т. 2. -С. 7-9.",
        "authors=Лебедев | title=Записки земского врача | container=Северный вестник | year=1893 | volume=2 | locator=7-9")]
    [InlineData("Орлов В. Е. Фабричная медицина // Врачебная газета. -1911. -№12. -С. 33.",
        "authors=Орлов | title=Фабричная медицина | container=Врачебная газета | year=1911 | issue=12 | locator=33")]
    public void The_areas_dash_typed_against_what_follows_it_separates_it(string note, string expected) => RulesOnly.Check(note, expected);

    // ---- "// Slavic Review. 1985. 44. № 2": a bare volume between the year and the issue ----

    [Theory]
    [InlineData("Hosking G. The Russian Peasant Commune // Journal of Social History. 1988. 21. № 3. P. 501–519.",
        "authors=Hosking | title=The Russian Peasant Commune | container=Journal of Social History | year=1988 | volume=21 | issue=3 | locator=501–519")]
    [InlineData("Fisher A. Emigration of Muslims from the Russian Empire // Canadian Slavonic Papers. 1979. 13. № 2. P. 50–63.",
        "authors=Fisher | title=Emigration of Muslims from the Russian Empire | container=Canadian Slavonic Papers | year=1979 | volume=13 | issue=2 | locator=50–63")]
    [InlineData("Козлов В. А. Волнения в городах // Исторический архив. 1995. 3. № 4. С. 10–25.",
        "authors=Козлов | title=Волнения в городах | container=Исторический архив | year=1995 | volume=3 | issue=4 | locator=10–25")]
    public void A_bare_number_between_the_year_and_the_issue_is_the_volume(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Raeff M. Siberia and the Reforms of 1822 // Russian Review. 1956. 15. P. 10–22.",
        "authors=Raeff | title=Siberia and the Reforms of 1822 | container=Russian Review | year=1956 | volume=15 | locator=10–22")]
    [InlineData("Lewin M. The Disappearance of Planning // Soviet Studies. 1973. 25. P. 271–297.",
        "authors=Lewin | title=The Disappearance of Planning | container=Soviet Studies | year=1973 | volume=25 | locator=271–297")]
    [InlineData("Ткачев Н. Сельская школа // Русская школа. 1901. 7. С. 12.",
        "authors=Ткачев | title=Сельская школа | container=Русская школа | year=1901 | issue=7 | locator=12")]
    public void A_western_journals_bare_number_after_its_year_is_its_volume(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    // A journal named in Latin letters but cited with a Russian page keyword: the bare number is its issue, as before.
    [InlineData("Иванов И. Статья // Ab Imperio. 2005. 3. С. 45.", "3")]
    [InlineData("Петров П. Очерк // Russian History. 1990. 2. С. 12.", "2")]
    public void A_latin_journals_bare_number_cited_with_a_russian_page_is_its_issue(string note, string issue)
    {
        var p = RulesOnly.Publication(note);
        p.Issue?.Value.ShouldBe(issue);
        p.Volume.ShouldBeNull();
    }

    // ---- "… в 1917 г. Ростов-на-Дону, 1919": a place written in full after a title ending in a year ----

    [Theory]
    [InlineData("Кротов Н. Е. Крестьянские волнения 1905 г. Ростов-на-Дону, 1925. С. 14.",
        "authors=Кротов | title=Крестьянские волнения 1905 г. | place=Ростов-на-Дону | year=1925 | locator=14")]
    [InlineData("Лавров П. И. Стачки в Донбассе в 1912 г. Казань, 1960.",
        "authors=Лавров | title=Стачки в Донбассе в 1912 г. | place=Казань | year=1960")]
    [InlineData("Голубев С. С. Выборы 1906 г. Нижний Новгород: Изд-во ННГУ, 2007. С. 3.",
        "authors=Голубев | title=Выборы 1906 г. | place=Нижний Новгород | publisher=Изд-во ННГУ | year=2007 | locator=3")]
    [InlineData("Белов Д. Уезд в 1918–1920 гг. Йошкар-Ола, 1970. С. 5.",
        "authors=Белов | title=Уезд в 1918–1920 гг. | place=Йошкар-Ола | year=1970 | locator=5")]
    public void A_place_in_full_after_a_title_ending_in_a_year_opens_the_imprint(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Петров А. Б. Кавказ в 1917 г. Очерки. М., 1990. С. 7.", "authors=Петров | title=Кавказ в 1917 г. Очерки | place=М. | year=1990 | locator=7")]
    [InlineData("Петров А. Б. Восстание 1916 г. Документы и материалы. Алма-Ата, 1960.", "authors=Петров | title=Восстание 1916 г. Документы и материалы | place=Алма-Ата | year=1960")]
    public void A_titles_words_after_its_year_stay_in_the_title(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    // Without a publisher's colon, a capitalised word after the year's mark before ", year" is the title's, unless it is
    // a place the lexicon knows, abbreviated or hyphenated.
    [InlineData("Иванов И. Революция 1917 г. Документы, 1957. С. 5.", "Революция 1917 г. Документы")]
    [InlineData("Орлов В. Выборы 1906 г. Итоги, 1907. С. 9.", "Выборы 1906 г. Итоги")]
    public void A_title_word_after_its_year_before_the_years_comma_is_no_place(string note, string title)
    {
        var p = RulesOnly.Publication(note);
        p.Title?.Value.ShouldBe(title);
        p.Place.ShouldBeNull();
    }

    // ---- "Cambridge, Mass.: Harvard University Press": a state after its town, before the publisher ----

    [Theory]
    [InlineData("Pipes R. The Formation of the Soviet Union. Cambridge, Mass.: Harvard University Press, 1954. P. 3.",
        "authors=Pipes | title=The Formation of the Soviet Union | place=Cambridge, Mass. | publisher=Harvard University Press | year=1954 | locator=3")]
    [InlineData("Zelnik R. Labor and Society in Tsarist Russia. Stanford, Calif.: Stanford University Press, 1971. P. 40.",
        "authors=Zelnik | title=Labor and Society in Tsarist Russia | place=Stanford, Calif. | publisher=Stanford University Press | year=1971 | locator=40")]
    [InlineData("Kenez P. Civil War in South Russia. Berkeley, Cal.: University of California Press, 1977.",
        "authors=Kenez | title=Civil War in South Russia | place=Berkeley, Cal. | publisher=University of California Press | year=1977")]
    public void A_state_after_its_town_is_the_places(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Pipes R. The Formation of the Soviet Union. Cambridge; Mass.: Harvard University Press, 1954. P. 3; Ulam A. The Bolsheviks. N. Y.: Macmillan, 1965.",
        "authors=Pipes | title=The Formation of the Soviet Union | place=Cambridge; Mass. | publisher=Harvard University Press | year=1954 | locator=3 || authors=Ulam | title=The Bolsheviks | place=N. Y. | publisher=Macmillan | year=1965")]
    [InlineData("Haimson L. The Russian Marxists. Ithaca; N. Y.: Cornell University Press, 1955.",
        "authors=Haimson | title=The Russian Marxists | place=Ithaca; N. Y. | publisher=Cornell University Press | year=1955")]
    [InlineData("Kotkin S. Magnetic Mountain. Berkeley; Calif.: University of California Press, 1995. P. 12.",
        "authors=Kotkin | title=Magnetic Mountain | place=Berkeley; Calif. | publisher=University of California Press | year=1995 | locator=12")]
    public void A_state_after_a_semicolon_does_not_split_the_citation(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Smith J. Peasants and the State // American Historical Review. 1990. Vol. 95. № 4 (October). P. 1033–1050.",
        "authors=Smith | title=Peasants and the State | container=American Historical Review | year=1990 | volume=95 | issue=4 | locator=1033–1050")]
    [InlineData("Иванов А. Б. Рабочие Баку // Вопросы истории. 1967. № 3 (март). С. 40–52.",
        "authors=Иванов | title=Рабочие Баку | container=Вопросы истории | year=1967 | issue=3 | locator=40–52")]
    [InlineData("Brown K. A Biography of No Place // Slavic Review. 2001. Vol. 60. № 2 (Summer). P. 17.",
        "authors=Brown | title=A Biography of No Place | container=Slavic Review | year=2001 | volume=60 | issue=2 | locator=17")]
    public void An_issues_month_in_brackets_is_no_part_of_the_journal(string note, string expected) => RulesOnly.Check(note, expected);

    // ---- "Москва ; Берлин : Директ-Медиа", "Алма-Ата ; М.": places joined by GOST's ';' are one imprint ----

    [Theory]
    [InlineData("Петров В. Г. Очерки истории Кубани. – Краснодар ; Майкоп : Кубань, 2008. – С. 14.",
        "authors=Петров | title=Очерки истории Кубани | place=Краснодар ; Майкоп | publisher=Кубань | year=2008 | locator=14")]
    [InlineData("Сидоров Д. Е. Горцы Кавказа. Махачкала ; М., 1964. С. 7.",
        "authors=Сидоров | title=Горцы Кавказа | place=Махачкала ; М. | year=1964 | locator=7")]
    [InlineData("Алиев Р. Нефть Баку. Ставрополь ; Пятигорск, 1936. С. 5.",
        "authors=Алиев | title=Нефть Баку | place=Ставрополь ; Пятигорск | year=1936 | locator=5")]
    [InlineData("Кузнецов И. Дневник. – Москва ; Берлин : Директ-Медиа, 2015. – 320 с.",
        "authors=Кузнецов | title=Дневник | place=Москва ; Берлин | publisher=Директ-Медиа | year=2015")]
    [InlineData("Лебедев В. Восстание 1916 г. Фрунзе ; М., 1937. С. 9.",
        "authors=Лебедев | title=Восстание 1916 г. | place=Фрунзе ; М. | year=1937 | locator=9")]
    public void Places_joined_by_a_semicolon_are_one_imprint(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Иванов А. Б. Очерки. Махачкала, 1960. С. 3; Петров В. Г. Горцы. Баку, 1961. С. 4.",
        "authors=Иванов | title=Очерки | place=Махачкала | year=1960 | locator=3 || authors=Петров | title=Горцы | place=Баку | year=1961 | locator=4")]
    [InlineData("Там же; Сидоров Д. Е. Горцы Кавказа. Махачкала, 1964. С. 7.",
        " || authors=Сидоров | title=Горцы Кавказа | place=Махачкала | year=1964 | locator=7")]
    public void Citations_joined_by_a_semicolon_stay_apart(string note, string expected) => RulesOnly.Check(note, expected, Antecedent);

    [Theory]
    // A title after an author's initial, then an author-date short form: two works, not two places of one imprint.
    [InlineData("Лордкипанидзе М. Грузия; Меликишвили, 1959, с. 5.")]
    [InlineData("Джавахишвили И. Тбилиси; Беридзе, 1960, с. 7.")]
    public void A_title_after_an_initial_and_the_next_work_are_two_citations(string note) =>
        RulesOnly.Parse(note).Count.ShouldBe(2);

    private const string Antecedent = "Иванов А. Б. История Кавказа. М.: Наука, 1985. С. 1.";

    // ---- "Т. 2, кн. 1": a volume, then the book's part, before the imprint ----

    [Theory]
    [InlineData("Орлов К. П. Очерки истории Терека. Т. 2, кн. 1. М., 1985. С. 12.",
        "authors=Орлов | title=Очерки истории Терека | place=М. | year=1985 | volume=2 | locator=12")]
    [InlineData("Зайцев Л. Н. Кавказская война. Т. 3, ч. 2. СПб., 1912. С. 40.",
        "authors=Зайцев | title=Кавказская война | place=СПб. | year=1912 | volume=3 | locator=40")]
    [InlineData("Мухин Ф. Г. История Баку. Т. IV, кн. 2. Баку, 1960. С. 7.",
        "authors=Мухин | title=История Баку | place=Баку | year=1960 | volume=IV | locator=7")]
    public void A_volume_then_its_books_part_before_the_imprint(string note, string expected) => RulesOnly.Check(note, expected);

    // ---- "Б. м.", "б. г.": a book without a place or a year ----

    [Theory]
    [InlineData("Зуев Н. А. Записки казака. СПб., б. г. С. 5.", "authors=Зуев | title=Записки казака | place=СПб. | locator=5")]
    [InlineData("Чернов Е. В. Воззвание к горцам. Б. м., 1920. С. 3.", "authors=Чернов | title=Воззвание к горцам | year=1920 | locator=3")]
    [InlineData("Рыбин П. Песни Кубани. Б. м., б. г. С. 11.", "authors=Рыбин | title=Песни Кубани | locator=11")]
    [InlineData("Голованов С. Устав артели. [Б. м.]: Тип. Иванова, 1906. С. 2.", "authors=Голованов | title=Устав артели | publisher=Тип. Иванова | year=1906 | locator=2")]
    public void A_book_without_place_or_year_keeps_its_title(string note, string expected) => RulesOnly.Check(note, expected);

    // ---- A citation without pages, then a sentence of prose that leads into the next ----

    [Theory]
    [InlineData("Пайпс Р. Образование СССР. М.: Наука, 1954. Вариации на тему империи — см. также: Кэро О. Советская империя. М.: Мысль, 1953.",
        "authors=Пайпс | title=Образование СССР | place=М. | publisher=Наука | year=1954 || authors=Кэро | title=Советская империя | place=М. | publisher=Мысль | year=1953")]
    [InlineData("Карр Э. История Советской России. М.: Прогресс, 1990. О том же подробнее пишет и другой автор, см.: Ноув А. Экономическая история. Л., 1971.",
        "authors=Карр | title=История Советской России | place=М. | publisher=Прогресс | year=1990 || authors=Ноув | title=Экономическая история | place=Л. | year=1971")]
    public void A_citation_before_a_sentence_leading_into_another_is_read(string note, string expected) => RulesOnly.Check(note, expected);

    // ---- "Title / Trans. A, B. Place, year. P. 5; Next": the ';' after the statement's imprint splits ----

    [Theory]
    [InlineData("Nove A. An Economic History of the USSR / Trans. J. Smith, K. Brown. London: Penguin, 1969. P. 15; Carr E. H. The Bolshevik Revolution // Soviet Studies. 1950. 2. P. 1–20.",
        "authors=Nove | title=An Economic History of the USSR | place=London | publisher=Penguin | year=1969 | locator=15 || authors=Carr | title=The Bolshevik Revolution | container=Soviet Studies | year=1950 | volume=2 | locator=1–20")]
    [InlineData("Петров А. Б. Кавказ / Пер. В. Г. Сидорова. М., 1990. С. 5; Иванов В. Статья // Вопросы истории. 1991. № 2. С. 7.",
        "authors=Петров | title=Кавказ | place=М. | year=1990 | locator=5 || authors=Иванов | title=Статья | container=Вопросы истории | year=1991 | issue=2 | locator=7")]
    public void A_semicolon_after_a_statements_imprint_separates_citations(string note, string expected) => RulesOnly.Check(note, expected);

    // ---- "…; Его же. Title. Place, 1930": the same author's next work, his name not repeated ----

    [Theory]
    [InlineData("Его же. Очерки истории Хорезма. Ташкент, 1931. С. 14.", "Очерки истории Хорезма", "Ташкент", "1931")]
    [InlineData("Её же. Ремесла Бухары. М., 1959.", "Ремесла Бухары", "М.", "1959")]
    [InlineData("Их же. Памятники Мерва. Ашхабад, 1962. С. 3-5.", "Памятники Мерва", "Ашхабад", "1962")]
    [InlineData("Его же, Караван-сараи Шемахи. Баку, 1975.", "Караван-сараи Шемахи", "Баку", "1975")]
    public void Idem_before_a_work_is_no_part_of_its_title_and_names_no_author(string note, string title, string place, string year)
    {
        var p = RulesOnly.Publication(note);
        p.Authors.ShouldBeEmpty();
        p.Title?.Value.ShouldBe(title);
        p.Place?.Value.ShouldBe(place);
        p.Year?.Value.ShouldBe(year);
    }

    [Theory]
    [InlineData("Она же. Каменные кресты Кахетии. Тбилиси, 1988.", "Каменные кресты Кахетии", "Тбилиси", "1988")]
    [InlineData("он же. Вопросы истории Картли. Тбилиси, 1979. С. 12.", "Вопросы истории Картли", "Тбилиси", "1979")]
    [InlineData("eadem. Stèles de Géorgie orientale. Lugano, 1995.", "Stèles de Géorgie orientale", "Lugano", "1995")]
    [InlineData("Iidem. Medieval Crosses of Kartli. London, 2001. P. 4.", "Medieval Crosses of Kartli", "London", "2001")]
    public void The_same_author_again_named_in_the_nominative_or_in_Latin_is_no_part_of_the_title(string note, string title, string place, string year)
    {
        var p = RulesOnly.Publication(note);
        p.Authors.ShouldBeEmpty();
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Year!.Value.ShouldBe(year);
    }

    [Fact]
    public void A_title_opening_with_he_himself_without_a_stop_keeps_its_words()
    {
        var p = RulesOnly.Publication("Иванов А. Он же сказал правду. М., 1990.");
        p.Title!.Value.ShouldBe("Он же сказал правду");
    }
}
