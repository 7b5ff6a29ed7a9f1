namespace Bibliography.Tests.Parsing;

/// <summary>
/// Forms of the imprint and the volume in GOST, Georgian and Azerbaijani notes that the rules did not read (issue #18):
/// a volume closing a dash-separated heading, a Georgian publisher named before its place, a publisher's name whose
/// abbreviation a capitalised word follows. Every example is invented (names, titles, places other than any real
/// note's); the rows are read by the rules alone, which the hybrid's labeller does not mend.
/// </summary>
public class ImprintAndVolumeFormsTests
{
    // "Title: ტ.II.–თბ., 1978": the heading's last element before the first glued dash is the volume, not the title's end.
    [Theory]
    [InlineData("ძველი ქართული ენა: ტ.II.–თბ., 1978.–გვ.55", "title=ძველი ქართული ენა | volume=II | place=თბ. | year=1978 | locator=55")]
    [InlineData("წყარო: ქართული ფოლკლორი: ტ.III .-თბ.,2004.-გვ.17", "title=ქართული ფოლკლორი | volume=III | place=თბ. | year=2004 | locator=17")]
    [InlineData("Энциклопедия Кавказа. Т. 3.- Тифлис, 1910.- С. 200.", "title=Энциклопедия Кавказа | volume=3 | place=Тифлис | year=1910 | locator=200")]
    [InlineData("Azərbaycan tarixi: III cild.-Bakı, 1999.-S.14", "title=Azərbaycan tarixi | volume=III | place=Bakı | year=1999 | locator=14")]
    [InlineData("Əliyev R. Tarix. C.2.-Bakı: Elm, 2005.-S.18", "authors=Əliyev | title=Tarix | volume=2 | place=Bakı | publisher=Elm | year=2005 | locator=18")]
    public void A_volume_closing_a_dash_separated_heading(string note, string expected) => RulesOnly.Check(note, expected);

    // "М. : Наука ; Краснодар : Кубанькино, 2010": a co-publisher's place and name after " ; " are recorded nowhere.
    [Theory]
    [InlineData("Сельское хозяйство Кубани // Вторые кубанские чтения. – М. : Наука ; Краснодар : Кубанькино, 2010. – С. 12-20.", "title=Сельское хозяйство Кубани | container=Вторые кубанские чтения | place=М. | publisher=Наука | year=2010 | locator=12-20")]
    [InlineData("Лесков Б. Ю. Донские хутора. – Ростов н/Д : Феникс ; М. : Вече, 2006. – 300 с.", "authors=Лесков | title=Донские хутора | place=Ростов н/Д | publisher=Феникс | year=2006")]
    [InlineData("Горная Ингушетия / сост. Р. М. Дзейтов. – Ставрополь : Пилигрим ; СПб. : Алетейя, 2013. – 180 с.", "compilers=Дзейтов | title=Горная Ингушетия | place=Ставрополь | publisher=Пилигрим | year=2013")]
    public void A_co_publisher_after_a_semicolon_is_left_out(string note, string expected) => RulesOnly.Check(note, expected);

    // "М. : ИЦ «Краеведение» ; Воронеж : ИД ВГУ, 2016": a publisher in quotes before the co-publisher's ';' keeps the note
    // one citation, also after a GOST area's dates and numbers ("(Москва, 15-19 мая 2015). – М. : …").
    [Theory]
    [InlineData("Старые усадьбы // Третьи краеведческие чтения (Тула, 3-5 мая 2011). – М. : ИД «Наследие» ; Тула : ТулГУ, 2012. – С. 10-19.", "title=Старые усадьбы | container=Третьи краеведческие чтения (Тула, 3-5 мая 2011) | place=М. | publisher=ИД «Наследие» | year=2012 | locator=10-19")]
    [InlineData("Петров А. Н. Волжские пристани. – Самара : Изд-во «Книга» ; М. : Наука, 2009. – 210 с.", "authors=Петров | title=Волжские пристани | place=Самара | publisher=Изд-во «Книга» | year=2009")]
    [InlineData("Сборник документов по истории Орла. – Орёл : «Вешние воды» ; Курск : КГУ, 2004. – С. 77.", "title=Сборник документов по истории Орла | place=Орёл | publisher=«Вешние воды» | year=2004 | locator=77")]
    public void A_co_publisher_after_a_quoted_publisher_keeps_one_citation(string note, string expected) => RulesOnly.Check(note, expected);

    // "… 2017. № 7(81) C. 86-90. ISSN 1997-292X.": a standard number and what follows belong to no field; its digits are no year.
    [Theory]
    [InlineData("Вопросы истории Кавказа. Нальчик, 2014. № 3(12). С. 40-48. ISSN 1999-0157.", "container=Вопросы истории Кавказа | year=2014 | issue=3(12) | locator=40-48")]
    [InlineData("Гаджиев М. С. Дербентская стена. М.: Наука, 2008. 320 с. ISBN 1985-7733-05-1.", "authors=Гаджиев | title=Дербентская стена | place=М. | publisher=Наука | year=2008")]
    [InlineData("Кипкеева З. Б. Карачаевские аулы // Вестник КЧИГИ. 2011. № 5. С. 7–15. ISSN 1993-4211", "authors=Кипкеева | title=Карачаевские аулы | container=Вестник КЧИГИ | year=2011 | issue=5 | locator=7–15")]
    public void A_standard_number_closing_a_record_is_no_year(string note, string expected) => RulesOnly.Check(note, expected);

    // "— Самара, 1998. — 20 с. : ил.": GOST 7.1's illustration statement after the extent goes with the extent.
    [Theory]
    [InlineData("Петрова, Анна Сергеевна. Земские школы Вятской губернии : автореферат дис. ... кандидата исторических наук : 07.00.02. — Киров, 2003. — 22 с. : ил.", "authors=Петрова | title=Земские школы Вятской губернии | place=Киров | year=2003")]
    [InlineData("Кузнецов И. П. Мельницы Прикамья. — Пермь : Звезда, 1996. — 150 с. : ил., карт.", "authors=Кузнецов | title=Мельницы Прикамья | place=Пермь | publisher=Звезда | year=1996")]
    [InlineData("Базарный Ставрополь / сост. Н. Е. Лукина. — Ставрополь : Сервисшкола, 2009. — 96 с. : ил., табл.", "compilers=Лукина | title=Базарный Ставрополь | place=Ставрополь | publisher=Сервисшкола | year=2009")]
    public void An_illustration_statement_after_the_extent_is_left_out(string note, string expected) => RulesOnly.Check(note, expected);

    // "Title, გამომცემელი, თბილისი, 1988": Georgian notes name the publisher after its own comma, before the place; a
    // statement of responsibility may stand before it.
    [Theory]
    [InlineData("ნ. ლომაძე, ქართული პოეზია, ლიტერატურა და ხელოვნება, თბილისი, 1975, გვ. 44;", "authors=ლომაძე | title=ქართული პოეზია | publisher=ლიტერატურა და ხელოვნება | place=თბილისი | year=1975 | locator=44")]
    [InlineData("საქართველოს ისტორია, ა. ბერძენიშვილის რედაქციით, განათლება, თბილისი, 1988;", "title=საქართველოს ისტორია | editors=ბერძენიშვილის | publisher=განათლება | place=თბილისი | year=1988")]
    [InlineData("გ. ტაბიძე, ლექსები, „ნაკადული“, ქუთაისი, 1962, გვ. 8.", "authors=ტაბიძე | title=ლექსები | publisher=ნაკადული | place=ქუთაისი | year=1962 | locator=8")]
    [InlineData("ისტორიის ძეგლები, წიგნი 2, მეცნიერება, თბილისი, 1990, გვ. 5;", "title=ისტორიის ძეგლები | publisher=მეცნიერება | place=თბილისი | year=1990 | locator=5")]
    public void A_Georgian_publisher_before_its_place(string note, string expected) => RulesOnly.Check(note, expected);

    // A book part or a role's statement before the place is no publisher.
    [Theory]
    [InlineData("ქართლის ცხოვრება, ტ. 1, ს. ყაუხჩიშვილის რედაქციით, თბ., 1955, გვ. 20.", "title=ქართლის ცხოვრება | volume=1 | editors=ყაუხჩიშვილის | place=თბ. | year=1955 | locator=20")]
    [InlineData("ისტორია, თბილისი, 1960, გვ. 3.", "title=ისტორია | place=თბილისი | year=1960 | locator=3")]
    [InlineData("ნ. ლომაძე, ქართული პოეზია, თბილისი, 1975, გვ. 44.", "authors=ლომაძე | title=ქართული პოეზია | place=თბილისი | year=1975 | locator=44")]
    [InlineData("ლომაძე ნიკო, ქართული პოეზია, თბ., 1975, გვ. 44.", "authors=ლომაძე | title=ქართული პოეზია | place=თბ. | year=1975 | locator=44")]
    public void What_before_a_Georgian_place_is_no_publisher(string note, string expected)
    {
        RulesOnly.Check(note, expected);
        RulesOnly.Publication(note).Publisher.ShouldBeNull();
    }

    // "Тифлис: Тип. канц. Главноначальствующего": an abbreviation in the publisher's name, a capitalised word after it;
    // a one-letter "ж." (журнал) is no publisher's abbreviation.
    [Theory]
    [InlineData("Кавказ. Тифлис: Тип. канц. Главноначальствующего, 1901. С. 4.", "title=Кавказ | place=Тифлис | publisher=Тип. канц. Главноначальствующего | year=1901 | locator=4")]
    [InlineData("Сидоров В. Г. Отчёт о ревизии. Казань: Тип. губ. Правления, 1878. С. 15.", "authors=Сидоров | title=Отчёт о ревизии | place=Казань | publisher=Тип. губ. Правления | year=1878 | locator=15")]
    [InlineData("Обзор Эриванской губернии. Тифлис: Изд. Кавк. Стат. Комитета, 1899. С. 77.", "title=Обзор Эриванской губернии | place=Тифлис | publisher=Изд. Кавк. Стат. Комитета | year=1899 | locator=77")]
    [InlineData("Петров А. Б. Записки. Баку: Тип. А. Михельсона, 1905. С. 3.", "authors=Петров | title=Записки | place=Баку | publisher=Тип. А. Михельсона | year=1905 | locator=3")]
    public void A_publisher_with_an_abbreviation_before_a_capitalised_word(string note, string expected) => RulesOnly.Check(note, expected);

    // "Стенографический отчет. Изд. ЦИК СССР. М., 1923": the publisher written as a sentence of its own before the
    // place; "Изд. 2-е" there is an edition, no publisher.
    [Theory]
    [InlineData("Первый съезд. Стенографический отчет. Изд. ВЦИК. М., 1918. С. 8.", "title=Первый съезд. Стенографический отчет | publisher=Изд. ВЦИК | place=М. | year=1918 | locator=8")]
    [InlineData("Обзор Бакинской губернии. Тип. Штаба округа. Тифлис, 1901. С. 12.", "title=Обзор Бакинской губернии | publisher=Тип. Штаба округа | place=Тифлис | year=1901 | locator=12")]
    [InlineData("Очерки истории Кавказа. Изд-во Томского ун-та. Томск, 2002. С. 132.", "title=Очерки истории Кавказа | publisher=Изд-во Томского ун-та | place=Томск | year=2002 | locator=132")]
    public void A_publisher_in_a_sentence_of_its_own_before_the_place(string note, string expected) => RulesOnly.Check(note, expected);

    [Fact]
    public void An_edition_before_the_place_is_no_publisher()
    {
        RulesOnly.Check("История Кавказа. Изд. 2-е. М., 1985. С. 12.", "title=История Кавказа | place=М. | year=1985 | locator=12");
        RulesOnly.Publication("История Кавказа. Изд. 2-е. М., 1985. С. 12.").Publisher.ShouldBeNull();
    }

    // "… в книге Б. В. Соколова «Тайны войны» (М.: Вече, 2001)": a book named in a sentence by its quoted title, its
    // author's initials and family name (as declined) before it, its imprint in brackets closing the sentence.
    [Theory]
    [InlineData("Мемуары сослуживца А. И. Петрова «Годы войны» (М.: Воениздат, 1969).", "authors=Петрова | title=Годы войны | place=М. | publisher=Воениздат | year=1969")]
    [InlineData("Об этом см. в книге Б. В. Соколова «Тайны войны» (М.: Вече, 2001, с. 45).", "authors=Соколова | title=Тайны войны | place=М. | publisher=Вече | year=2001 | locator=45")]
    [InlineData("Подробнее об этом рассказано в воспоминаниях Г.К. Орлова «Записки штабиста» (Л., 1966).", "authors=Орлова | title=Записки штабиста | place=Л. | year=1966")]
    [InlineData("Эти цифры приводит и сборник «Кавказ в огне» (Тифлис: Тип. Шароева, 1918, с. 7).", "title=Кавказ в огне | place=Тифлис | publisher=Тип. Шароева | year=1918 | locator=7")]
    public void A_book_named_in_a_sentence_with_its_imprint_in_brackets(string note, string expected) => RulesOnly.Check(note, expected);

    [Fact]
    public void A_bracket_after_a_quoted_title_that_is_no_imprint_makes_no_book()
    {
        var citations = RulesOnly.Parse("Об этом писала газета «Заря Востока» (орган Закавказского крайкома, 1925).");
        citations.OfType<Bibliography.Parsing.PublicationCitation>().ShouldNotContain(p => p.Place != null && p.Place.Value == "орган Закавказского крайкома");
    }

    [Fact]
    public void A_piece_in_a_quoted_collection_is_no_book_named_in_a_sentence()
    {
        var p = RulesOnly.Parse("Петров А. Б. Очерк истории // Сборник «Кавказ» (Тифлис, 1910).")
            .OfType<Bibliography.Parsing.PublicationCitation>().First();
        p.Title.ShouldNotBeNull().Value.ShouldBe("Очерк истории");
        p.ContainerTitle.ShouldNotBeNull().Value.ShouldBe("Сборник «Кавказ»");
    }

    // "ЦГИА Грузии ф. 16, оп. 1", "სცსა ფ. 1831, აღწ. 2": the first level after the archive's name with no mark between.
    [Theory]
    [InlineData("ЦГИА Грузии ф. 16, оп. 1, д. 42, л. 3.", "archive=ЦГИА Грузии | fond=16 | opis=1 | delo=42 | locator=3")]
    [InlineData("სცსა ფ. 1831, აღწ. 2, საქ. 9, ფ. 4.", "archive=სცსა | fond=1831 | opis=2 | delo=9 | locator=4")]
    [InlineData("სუიცა ფონდი 14, აღწერილობა 2, საქმე 77", "archive=სუიცა | fond=14 | opis=2 | delo=77")]
    [InlineData("შსს არქივი ფონდი 6, აღწერილობა 2, საქმე 77", "archive=შსს არქივი | fond=6 | opis=2 | delo=77")]
    public void A_first_level_right_after_the_archives_name(string note, string expected) => RulesOnly.Check(note, expected);

    // "Новый мир, 4/1988": a periodical's issue written over its year.
    [Theory]
    [InlineData("მნათობი, 4/1979, გვ. 33", "container=მნათობი | issue=4 | year=1979 | locator=33")]
    [InlineData("Новый мир, 4/1988, с. 33", "container=Новый мир | issue=4 | year=1988 | locator=33")]
    [InlineData("Петров А. Б. Кавказ в 1920 г. // Звезда, 11/1990, с. 140.", "authors=Петров | title=Кавказ в 1920 г. | container=Звезда | issue=11 | year=1990 | locator=140")]
    public void A_periodicals_issue_over_its_year(string note, string expected) => RulesOnly.Check(note, expected);
}
