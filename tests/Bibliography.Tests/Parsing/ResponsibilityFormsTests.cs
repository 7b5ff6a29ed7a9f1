namespace Bibliography.Tests.Parsing;

/// <summary>
/// Statements of responsibility in the forms historians write them in every convention (issue #18): a collection is
/// cited by its editor or compiler, a translation by its translator. Every example is invented; read by the rules alone.
/// </summary>
public class ResponsibilityFormsTests
{
    [Theory]
    [InlineData("Иванов А. Б. История Кавказа / Пер. с англ. В. Г. Петрова. М.: Наука, 1990. С. 15.", "Петрова", "История Кавказа")]
    [InlineData("Рабочие и революция / пер. с нем. Е. Ж. Козлова. — Л.: Прибой, 1926. — С. 40.", "Козлова", "Рабочие и революция")]
    [InlineData("Сидоров В. Г. Крестьяне Грузии / Пер. с франц. Н. П. Орлова; под ред. К. Л. Миронова. Тифлис, 1913. С. 7.", "Орлова", "Крестьяне Грузии")]
    [InlineData("Путешествие по Закавказью / Пер. с груз. И. К. Церетели. Тбилиси: Мерани, 1979. С. 200.", "Церетели", "Путешествие по Закавказью")]
    [InlineData("Илиада / Пер. с др.-греч. Н. И. Гнедича. М.: Наука, 1990. С. 5.", "Гнедича", "Илиада")]
    public void A_translation_from_a_language_names_its_translator_after_the_language(string note, string translator, string title)
    {
        var p = RulesOnly.Publication(note);
        RulesOnly.Families(p.Translators).ShouldBe(translator);
        p.Title!.Value.ShouldBe(title);
    }

    [Theory]
    [InlineData("Иванов А. Б. История Кавказа / Пер. с англ. М.: Наука, 1990. С. 15.", "authors=Иванов | title=История Кавказа | place=М. | publisher=Наука | year=1990 | locator=15")]
    [InlineData("Сидоров В. Г. Крестьяне Грузии / Пер. с франц. под ред. К. Л. Миронова. Тифлис, 1913. С. 7.", "authors=Сидоров | title=Крестьяне Грузии | editors=Миронова | place=Тифлис | year=1913 | locator=7")]
    public void A_translation_without_its_translator_keeps_the_title_and_imprint(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Список населённых мест Ставропольской губернии / под. ред. В. И. Сергеева. — Ставрополь : Тип. губернского правления, 1875. — 120 с.", "title=Список населённых мест Ставропольской губернии | editors=Сергеева | place=Ставрополь | year=1875")]
    [InlineData("Список селений Кутаисской губернии / Кутаисский губернский статистический комитет ; под. ред. П. Р. Шевцова. — Кутаис : Тип. Канделаки, 1903. — 88 с.", "title=Список селений Кутаисской губернии | editors=Шевцова | place=Кутаис | year=1903")]
    [InlineData("Очерки по истории Дагестана / под. ред. М. А. Алиева. Махачкала, 1957. С. 12.", "title=Очерки по истории Дагестана | editors=Алиева | place=Махачкала | year=1957 | locator=12")]
    public void Pod_red_with_a_stray_full_stop_names_the_editor(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("ქართული ხალხური სიმღერები, რედ. ნიკოლოზ ბერიძე, თბილისი, 1960, გვ. 12.", "title=ქართული ხალხური სიმღერები | editors=ბერიძე | place=თბილისი | year=1960 | locator=12")]
    [InlineData("ქართული ხალხური სიმღერები. მთავარი რედაქტორი: გიორგი ჯაფარიძე. თბილისი, 2005, გვ. 12.", "title=ქართული ხალხური სიმღერები | editors=ჯაფარიძე | place=თბილისი | year=2005 | locator=12")]
    [InlineData("ძველი საბუთები / რედ. როინ მეტრეველი. თბ.: მერიდიანი, 2009. გვ. 44.", "title=ძველი საბუთები | editors=მეტრეველი | place=თბ. | publisher=მერიდიანი | year=2009 | locator=44")]
    [InlineData("საქართველოს ისტორიის ნარკვევები. ტომი II. რედაქტორი: ნიკო ბერძენიშვილი. თბილისი, 1973, გვ. 100.", "title=საქართველოს ისტორიის ნარკვევები | volume=II | editors=ბერძენიშვილი | place=თბილისი | year=1973 | locator=100")]
    [InlineData("ქართლის ცხოვრება / შემდგენელი: ელენე მეტრეველი. თბილისი, 2008, გვ. 5.", "title=ქართლის ცხოვრება | compilers=მეტრეველი | place=თბილისი | year=2008 | locator=5")]
    public void A_Georgian_name_written_in_full_after_a_role_word_is_the_editor_or_compiler(string note, string expected) => RulesOnly.Check(note, expected);

    // A no-break space or a tab between the given and the family name is a gap as a space is (it used to abort the file).
    [Theory]
    [InlineData("საქართველოს ისტორია / რედ. ნიკოლოზ ჯავახი. თბ., 1990.")]
    [InlineData("საქართველოს ისტორია / რედ. ნიკოლოზ\u00A0ჯავახი. თბ., 1990.")]
    [InlineData("საქართველოს ისტორია / რედ. ნიკოლოზ\tჯავახი. თბ., 1990.")]
    public void A_Georgian_name_in_full_is_read_whatever_space_parts_its_words(string note) =>
        RulesOnly.Check(note, "title=საქართველოს ისტორია | editors=ჯავახი | place=თბ. | year=1990");

    // "ავტორთა კოლექტივი" (a collective of authors), "რედაქციის კოლეგია": a body in the genitive, no person.
    [Theory]
    [InlineData("ქართლის ცხოვრება / შემდგ. ავტორთა კოლექტივი. თბ., 1990.")]
    [InlineData("ქართლის ცხოვრება / რედ. ავტორთა ჯგუფი. თბ., 1990.")]
    public void A_body_named_after_a_Georgian_role_word_is_no_person(string note)
    {
        var p = RulesOnly.Publication(note);
        p.Editors.Concat(p.Compilers).ShouldBeEmpty();
    }

    // მართა (Martha) ends as a plural genitive does; only before a body's noun (კოლექტივი, ჯგუფი) is -თა a body's word.
    [Theory]
    [InlineData("ქართული ხალხური პოეზია / რედ. მართა ორბელიანი. თბ., 1990. გვ. 5.", "title=ქართული ხალხური პოეზია | editors=ორბელიანი | place=თბ. | year=1990 | locator=5")]
    [InlineData("ქართული ხალხური პოეზია / რედ. მართა ჩიქოვანი. თბ., 1990. გვ. 5.", "title=ქართული ხალხური პოეზია | editors=ჩიქოვანი | place=თბ. | year=1990 | locator=5")]
    [InlineData("ქართლის ცხოვრება / შემდგ. მართა ბერიძე. თბ., 1990.", "title=ქართლის ცხოვრება | compilers=ბერიძე | place=თბ. | year=1990")]
    public void A_given_name_ending_as_a_plural_genitive_is_still_a_person(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("А. Б. Петров (ред.). Деревня в годы нэпа. М., 1996. С. 44.", "editors=Петров | title=Деревня в годы нэпа | place=М. | year=1996 | locator=44")]
    [InlineData("В. Г. Сидоров (отв. ред.), Деревня в годы нэпа, М., 1996, с. 44.", "editors=Сидоров | title=Деревня в годы нэпа | place=М. | year=1996 | locator=44")]
    [InlineData("Е. Ж. Козлов (сост.), «Письма крестьян», Ленинград, 1927, с. 8.", "compilers=Козлов | title=Письма крестьян | place=Ленинград | year=1927 | locator=8")]
    [InlineData("Н. П. Орлова (ред.), Рабочие Баку, Баку, 1931, с. 17.", "editors=Орлова | title=Рабочие Баку | place=Баку | year=1931 | locator=17")]
    public void One_name_initials_first_before_a_role_in_brackets_is_the_editor_or_compiler(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Pravda Reports, edited and translated by Mary Hill (London: Cass, 1990), 7.", "title=Pravda Reports | editors=Hill | place=London | publisher=Cass | year=1990 | locator=7")]
    [InlineData("Peasant Letters to Stalin, translated and edited by John Wood (London: Cass, 1990), 7.", "title=Peasant Letters to Stalin | editors=Wood | place=London | year=1990 | locator=7")]
    [InlineData("Alexander Herzen, My Past and Thoughts, edited and translated by Constance Garnett (New York: Knopf, 1968), 45.", "authors=Herzen | title=My Past and Thoughts | editors=Garnett | place=New York | year=1968 | locator=45")]
    [InlineData("John Smith, \"Peasants,\" in Village Voices, edited and translated by Ann Clark (Boston: Beacon, 1995), 33.", "authors=Smith | title=Peasants | container=Village Voices | editors=Clark | place=Boston | year=1995 | locator=33")]
    public void Edited_and_translated_by_names_the_editor(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Деревня в годы нэпа / Сост. Иванов А. М., Петров В. Г. М., 1996. С. 44.", "title=Деревня в годы нэпа | compilers=Иванов; Петров | place=М. | year=1996 | locator=44")]
    [InlineData("Деревня в годы нэпа / Сост. Петров А. Б., Сидоров В. Г. М., 1996. С. 44.", "title=Деревня в годы нэпа | compilers=Петров; Сидоров | place=М. | year=1996 | locator=44")]
    [InlineData("Рабочие Петрограда / Под ред. Орлова К. Л., Миронова Н. П. Л.: Прибой, 1925. С. 9.", "title=Рабочие Петрограда | editors=Орлова; Миронова | place=Л. | publisher=Прибой | year=1925 | locator=9")]
    public void A_last_initial_spelt_as_a_place_before_another_name_is_no_imprint(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Azərbaycan tarixi. III cild / Red. heyəti: İ. Məmmədov, V. Əliyev. Bakı: Elm, 2007, s. 45.", "title=Azərbaycan tarixi | volume=III | editors=Məmmədov; Əliyev | place=Bakı | publisher=Elm | year=2007 | locator=45")]
    [InlineData("Qarabağ xronikası / tərt. ed. R. Hüseynov. Bakı: Nurlan, 2010, s. 12.", "title=Qarabağ xronikası | compilers=Hüseynov | place=Bakı | publisher=Nurlan | year=2010 | locator=12")]
    [InlineData("Şirvan tarixi / Ön söz və ümumi redaktə: Tofiq Əliyev. Bakı: Elm, 2007, s. 45.", "title=Şirvan tarixi | editors=Əliyev | place=Bakı | publisher=Elm | year=2007 | locator=45")]
    [InlineData("Gəncə sənədləri / Redaktə edən: Nərgiz Quliyeva. Bakı: Elm, 2001, s. 9.", "title=Gəncə sənədləri | editors=Quliyeva | place=Bakı | publisher=Elm | year=2001 | locator=9")]
    [InlineData("Письма декабристов / Подготовка текста и примеч. В. Г. Сидорова. М.: Наука, 1990. С. 5.", "title=Письма декабристов | editors=Сидорова | place=М. | publisher=Наука | year=1990 | locator=5")]
    public void Editorial_boards_and_abbreviated_compilers_name_their_people(string note, string expected) => RulesOnly.Check(note, expected);
}
