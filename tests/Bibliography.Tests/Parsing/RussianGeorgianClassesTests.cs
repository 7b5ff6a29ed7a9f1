namespace Bibliography.Tests.Parsing;

/// <summary>
/// Further classes of Russian (GOST) and Georgian notes that real notes write (issue #18): shelf marks with compound
/// values, lead-ins before an archive, statements of responsibility, containers introduced in words, periodicals named
/// with their kind, Georgian imprints and sigla. Every example is invented; rows are scored as the evaluation scores
/// real notes (see <see cref="ExpectedFields"/>).
/// </summary>
public class RussianGeorgianClassesTests
{
    private static void Reads(string note, string expected, string? before = null) => ExpectedFields.Check(note, expected, before);

    // ---- Shelf marks: a fond or a file whose value is compound, an opis with a part, files listed ----

    [Theory]
    [InlineData("ЦГА РУз. Ф. 1-1044. Оп. 1. Д. 24. Л. 26–27 об.", "archive=ЦГА РУз | fond=1-1044 | opis=1 | delo=24 | locator=26–27 об.")]
    [InlineData("РГАСПИ. Ф. 17-п. Оп. 3. Д. 5. Л. 2.", "archive=РГАСПИ | fond=17-п | opis=3 | delo=5 | locator=2")]
    [InlineData("ГАРФ. Ф. Р-130. Оп. 2. Д. 4. Л. 1.", "archive=ГАРФ | fond=Р-130 | opis=2 | delo=4 | locator=1")]
    [InlineData("ЦГИА Грузии. Ф. 416-с. Оп. 3. Д. 1108. Л. 14.", "archive=ЦГИА Грузии | fond=416-с | opis=3 | delo=1108 | locator=14")]
    [InlineData("ЦГВИА. Ф. 400. Оп. 263/216. Д. 42. Л. 118.", "archive=ЦГВИА | fond=400 | opis=263/216 | delo=42 | locator=118")]
    [InlineData("РГВА. Ф. 7. Оп. 1а. Д. 2, 3. Л. 5–5 об.", "archive=РГВА | fond=7 | opis=1а | delo=2, 3 | locator=5–5 об.")]
    [InlineData("АП РФ. Ф. 3. Оп. 58. Д. 12, 13, 15.", "archive=АП РФ | fond=3 | opis=58 | delo=12, 13, 15")]
    public void A_fond_opis_or_file_with_a_compound_value_is_kept_whole(string note, string expected) => Reads(note, expected);

    // ---- A lead-in before an archive: its colon belongs to it, not to the archive's name ----

    [Theory]
    [InlineData("См.: ГАРФ. Ф. 5446. Оп. 1. Д. 12. Л. 3–4.", "archive=ГАРФ | fond=5446 | opis=1 | delo=12 | locator=3–4")]
    [InlineData("См. также: РГВА. Ф. 7. Оп. 2. Д. 484. Л. 18.", "archive=РГВА | fond=7 | opis=2 | delo=484 | locator=18")]
    [InlineData("Ср.: ЦГА КР. Ф. 2178. Оп. 1. Д. 13. Л. 60.", "archive=ЦГА КР | fond=2178 | opis=1 | delo=13 | locator=60")]
    [InlineData("см.: Национальный архив Грузии. Ф. 284. Оп. 1. Д. 3. Л. 5.", "archive=Национальный архив Грузии | fond=284 | opis=1 | delo=3 | locator=5")]
    public void A_lead_in_with_its_colon_stays_out_of_the_archive(string note, string expected) => Reads(note, expected);

    // ---- Georgian archival levels in Georgian ----

    [Theory]
    [InlineData("ცსსა, ფ. 1083, აღწ. 1, საქ. 21, ფ. 3", "archive=ცსსა | fond=1083 | opis=1 | delo=21 | locator=3")]
    [InlineData("სცსა, ფონდი 14, აღწერილობა 31, საქმე 201, ფურცელი 7", "archive=სცსა | fond=14 | opis=31 | delo=201 | locator=7")]
    [InlineData("შსს არქივი, ფ. 6, ან. 2, საქ. 45, ფ. 12", "archive=შსს არქივი | fond=6 | opis=2 | delo=45 | locator=12")]
    public void Georgian_levels_written_in_Georgian_are_read(string note, string expected) => Reads(note, expected);

    // ---- Statements of responsibility ----

    [Theory]
    [InlineData("История Азербайджана / Под общ. ред. И. А. Гусейнова. Баку, 1958. Т. 2. С. 12.", "title=История Азербайджана | editors=Гусейнова | place=Баку | year=1958 | volume=2 | locator=12")]
    [InlineData("Очерки истории Грузии / под общей ред. В. Г. Петрова. Тбилиси, 1990. С. 8.", "title=Очерки истории Грузии | editors=Петрова | place=Тбилиси | year=1990 | locator=8")]
    [InlineData("Документы по истории Кавказа / Сост. Сидоров В. Г. и др. М., 1999. С. 204.", "title=Документы по истории Кавказа | compilers=Сидоров | place=М. | year=1999 | locator=204")]
    [InlineData("Революция в Закавказье / под ред. А. Б. Петрова и др. Баку, 1927. С. 3.", "title=Революция в Закавказье | editors=Петрова | place=Баку | year=1927 | locator=3")]
    [InlineData("Советская Абхазия. Переписка. 1921–1931 гг. / Сост. Лакоба О. Н. М., 2004. С. 50.", "title=Советская Абхазия. Переписка. 1921–1931 гг. | compilers=Лакоба | place=М. | year=2004 | locator=50")]
    [InlineData("Грузия в годы войны. Документы / науч. ред. Г. Г. Джанелидзе. Тбилиси, 2005. С. 17.", "title=Грузия в годы войны. Документы | editors=Джанелидзе | place=Тбилиси | year=2005 | locator=17")]
    public void Editors_and_compilers_after_the_title(string note, string expected) => Reads(note, expected);

    // ---- A container introduced in words: "В кн.:", "В сб.:" ----

    [Theory]
    [InlineData("Петров А. Б. Кавказ в 1920 году. В кн.: Грузия в XX веке. М., 1990. С. 7.", "authors=Петров | title=Кавказ в 1920 году | container=Грузия в XX веке | place=М. | year=1990 | locator=7")]
    [InlineData("Иванов И. И. Нефть Баку. — В кн.: Очерки экономической истории. Баку: Элм, 1985. С. 33–40.", "authors=Иванов | title=Нефть Баку | container=Очерки экономической истории | place=Баку | publisher=Элм | year=1985 | locator=33–40")]
    [InlineData("Сидоров В. Г. Дневник 1918 года. В сб.: Революция на Кавказе. Тифлис, 1925. С. 101.", "authors=Сидоров | title=Дневник 1918 года | container=Революция на Кавказе | place=Тифлис | year=1925 | locator=101")]
    public void A_container_introduced_in_words_is_read_as_after_slashes(string note, string expected) => Reads(note, expected);

    // ---- A periodical named with its kind: "газ.", "журн.", "Журнал", "გაზ.", "ჟურნ." ----

    [Theory]
    [InlineData("Иванов И. Статья о Тифлисе // газ. «Заря Востока». 1921. № 45.", "authors=Иванов | title=Статья о Тифлисе | container=Заря Востока | year=1921 | issue=45")]
    [InlineData("Петров В. Наши задачи // Журнал «Мнатоби». 1985. № 8. С. 33.", "authors=Петров | title=Наши задачи | container=Мнатоби | year=1985 | issue=8 | locator=33")]
    [InlineData("ლომიძე გ. ქართული ჟურნალისტიკა // ჟურნ. „მნათობი“. 1985. № 8. გვ. 33.", "authors=ლომიძე | title=ქართული ჟურნალისტიკა | container=მნათობი | year=1985 | issue=8 | locator=33")]
    [InlineData("ბერიძე ა. წერილი // გაზ. „კომუნისტი“. 1921. № 45.", "authors=ბერიძე | title=წერილი | container=კომუნისტი | year=1921 | issue=45")]
    public void A_periodical_named_with_its_kind_is_the_container_without_it(string note, string expected) => Reads(note, expected);

    // ---- Georgian imprints: a place in full before the publisher's colon ----

    [Theory]
    [InlineData("ბერძენიშვილი ნ. საქართველოს ისტორიის საკითხები. თბილისი: მეცნიერება, 1985. გვ. 12.", "authors=ბერძენიშვილი | title=საქართველოს ისტორიის საკითხები | place=თბილისი | publisher=მეცნიერება | year=1985 | locator=12")]
    [InlineData("ჯავახიშვილი ი. ქართველი ერის ისტორია. ქუთაისი: განათლება, 1960. გვ. 45.", "authors=ჯავახიშვილი | title=ქართველი ერის ისტორია | place=ქუთაისი | publisher=განათლება | year=1960 | locator=45")]
    [InlineData("ლორთქიფანიძე მ. ძველი ქართული ისტორიოგრაფია. თბ., 1982. გვ. 7.", "authors=ლორთქიფანიძე | title=ძველი ქართული ისტორიოგრაფია | place=თბ. | year=1982 | locator=7")]
    public void A_Georgian_imprint_gives_place_and_publisher(string note, string expected) => Reads(note, expected);

    // ---- A short form whose full citation the paper does not give still makes an item ----

    [Theory]
    [InlineData("Петров А. Б. Указ. соч. С. 225–236.", "authors=Петров | locator=225–236")]
    [InlineData("Сидорова Е. В. Указ. соч. Т. 2. С. 12.", "authors=Сидорова | locator=12")]
    [InlineData("Lomidze G. Op. cit. P. 5.", "authors=Lomidze | locator=5")]
    public void A_short_form_without_its_full_citation_keeps_its_author_and_page(string note, string expected) => Reads(note, expected);

    // ---- Further places in one source after ";": the locator goes on ----

    [Theory]
    [InlineData("ქც 4: 330,19; 524,2", "title=ქც | volume=4 | locator=330,19; 524,2")]
    [InlineData("ქც 1: 12,5; 40,2; 118,30", "title=ქც | volume=1 | locator=12,5; 40,2; 118,30")]
    [InlineData("ბაგრატიონი 1983: 61; 75-77", "authors=ბაგრატიონი | year=1983 | locator=61; 75-77")]
    [InlineData("Бердзенишвили 1964: 12; 45; Джавахишвили 1949: 7", "authors=Бердзенишвили | year=1964 | locator=12; 45 || authors=Джавахишвили | year=1949 | locator=7")]
    public void Pages_added_after_a_semicolon_go_on_with_the_locator(string note, string expected) => Reads(note, expected);

    // ---- A year that closes a title's phrase ("в 1917 г.") is no year of publication ----

    [Theory]
    [InlineData("Петров А. Б. Революция в Закавказье в 1917 г., с. 130.", "authors=Петров | title=Революция в Закавказье в 1917 г. | locator=130")]
    [InlineData("Мамедов Р. Нефтяная промышленность Баку за 1921 г. С. 98.", "authors=Мамедов | title=Нефтяная промышленность Баку за 1921 г. | locator=98")]
    [InlineData("Сидоров В. Г. Крестьянское движение в Грузии в 1905 году. С. 14.", "authors=Сидоров | title=Крестьянское движение в Грузии в 1905 году | locator=14")]
    [InlineData("Петров А. Б. Кавказ. М., 1985 г. С. 12.", "authors=Петров | title=Кавказ | place=М. | year=1985 | locator=12")]
    public void A_year_closing_a_titles_phrase_stays_in_the_title(string note, string expected) => Reads(note, expected);

    // ---- The dash of GOST's areas before the imprint of a container ----

    [Theory]
    [InlineData("Иванов И. Горцы // Терский сборник. Вып. 7. – Владикавказ, 1910. – С. 145.", "authors=Иванов | title=Горцы | container=Терский сборник | issue=7 | place=Владикавказ | year=1910 | locator=145")]
    [InlineData("Петров В. Осетины // Кавказский сборник. Т. 3. — Тифлис, 1879. — С. 20–31.", "authors=Петров | title=Осетины | container=Кавказский сборник | volume=3 | place=Тифлис | year=1879 | locator=20–31")]
    public void A_dash_before_the_imprint_is_no_part_of_the_container(string note, string expected) => Reads(note, expected);

    // ---- A web address in square brackets closing a citation ----

    [Theory]
    [InlineData("Можаев А. Вторая свежесть // Архнадзор. 2007. 2 марта [www.archnadzor.ru/2007/03/02/].", "authors=Можаев | title=Вторая свежесть | container=Архнадзор | year=2007")]
    [InlineData("Петров В. Память // Новая газета. 2015. № 12 [https://novayagazeta.ru/articles/2015/02/04].", "authors=Петров | title=Память | container=Новая газета | year=2015 | issue=12")]
    public void A_bracketed_web_address_is_no_part_of_any_field(string note, string expected) => Reads(note, expected);

    // ---- Another family name in brackets after the author's ----

    [Theory]
    [InlineData("Семенова (Петрова) А. Б. Записки. М., 1997. С. 5.", "authors=Семенова | title=Записки | place=М. | year=1997 | locator=5")]
    [InlineData("Иванова (Цхакая) Н. Г. Письма из Кутаиси // Дружба народов. 1989. № 4. С. 201.", "authors=Иванова | title=Письма из Кутаиси | container=Дружба народов | year=1989 | issue=4 | locator=201")]
    public void A_family_name_in_brackets_after_the_authors_is_no_part_of_it(string note, string expected) => Reads(note, expected);

    // ---- Book parts after the imprint, a periodical's date after its number, an imprint after a bracket ----

    [Theory]
    [InlineData("Петров А. Б. Жизнь и реформы. М., 1995. Кн. 1, ч. 2, гл. 9.", "authors=Петров | title=Жизнь и реформы | place=М. | year=1995")]
    [InlineData("Иванов И. И. Воспоминания. Тифлис, 1912. Кн. 2. Гл. 4. С. 17.", "authors=Иванов | title=Воспоминания | place=Тифлис | year=1912 | locator=17")]
    [InlineData("Петров А. Статья о Кутаиси // Иверия. 1903. 142. 2 июля. С. 4.", "authors=Петров | title=Статья о Кутаиси | container=Иверия | year=1903 | issue=142 | locator=4")]
    [InlineData("Сидоров В. Письмо из Гори // Квали. 1897. 19. 5 мая.", "authors=Сидоров | title=Письмо из Гори | container=Квали | year=1897 | issue=19")]
    [InlineData("Петров А. Б. Военная реформа в СССР (1924–1925) М., 1958. С. 60.", "authors=Петров | title=Военная реформа в СССР (1924–1925) | place=М. | year=1958 | locator=60")]
    [InlineData("Иванов И. И. Грузия (1801–1864) СПб.: Тип. штаба округа, 1901. С. 3.", "authors=Иванов | title=Грузия (1801–1864) | place=СПб. | publisher=Тип. штаба округа | year=1901 | locator=3")]
    public void Parts_and_dates_after_the_year_and_an_imprint_after_a_bracket(string note, string expected) => Reads(note, expected);

    // ---- Latin "On." for "Оп." in a text recognised from print; a siglum with a volume in Roman numerals ----

    [Theory]
    [InlineData("ЦГА КБР, ф. 40, on. 1, д. 747, л. 4.", "archive=ЦГА КБР | fond=40 | opis=1 | delo=747 | locator=4")]
    [InlineData("АП РФ. Ф. 45. On. 1. Д. 12. Л. 3.", "archive=АП РФ | fond=45 | opis=1 | delo=12 | locator=3")]
    [InlineData("АКАК, VIII, 14", "title=АКАК | volume=VIII | locator=14")]
    [InlineData("ПСЗ, XXVII, 345–346.", "title=ПСЗ | volume=XXVII | locator=345–346")]
    public void OCR_opis_and_sigla_with_Roman_volumes(string note, string expected) => Reads(note, expected);

    // ---- Editors: academic titles before the name, a statement opening the note, other role words ----

    [Theory]
    [InlineData("История Грузии / под ред. проф. А. Б. Петрова. Тбилиси, 1990. С. 5.", "title=История Грузии | editors=Петрова | place=Тбилиси | year=1990 | locator=5")]
    [InlineData("История Армении / под редакцией академика И. А. Орбели. Ереван, 1950. С. 5.", "title=История Армении | editors=Орбели | place=Ереван | year=1950 | locator=5")]
    [InlineData("Под ред. А. Б. Петрова. История Грузии. М., 1990. С. 5.", "title=История Грузии | editors=Петрова | place=М. | year=1990 | locator=5")]
    [InlineData("Сост. В. Г. Сидоров. Документы по истории Абхазии. Сухуми, 1985. С. 12.", "title=Документы по истории Абхазии | compilers=Сидоров | place=Сухуми | year=1985 | locator=12")]
    [InlineData("История Грузии / Отв. редактор И. И. Иванов. Тбилиси, 1990. С. 5.", "title=История Грузии | editors=Иванов | place=Тбилиси | year=1990 | locator=5")]
    [InlineData("Письма из ссылки / Публ. А. Б. Петрова // Исторический архив. 1993. № 2. С. 5.", "title=Письма из ссылки | editors=Петрова | container=Исторический архив | year=1993 | issue=2 | locator=5")]
    [InlineData("Дневник 1921 года / Публ., вступ. статья и коммент. Н. Г. Никитиной // Источник. 1995. № 4. С. 30.", "title=Дневник 1921 года | editors=Никитиной | container=Источник | year=1995 | issue=4 | locator=30")]
    public void Editors_named_in_other_ways(string note, string expected) => Reads(note, expected);

    // ---- A periodical after a dash, named with its kind or in quotation marks, its number typed "N" ----

    [Theory]
    [InlineData("ლომიძე გ. ქართული პრესა. - ჟურნ. „მნათობი“, 1985, N 8, გვ. 33.", "authors=ლომიძე | title=ქართული პრესა | container=მნათობი | year=1985 | issue=8 | locator=33")]
    [InlineData("ბერიძე ა. წერილი თბილისიდან. - გაზ. „ივერია“, 1889, N 158.", "authors=ბერიძე | title=წერილი თბილისიდან | container=ივერია | year=1889 | issue=158")]
    [InlineData("ლომიძე გ. ქართული პრესა. - „მნათობი“, 1985, № 8, გვ. 33.", "authors=ლომიძე | title=ქართული პრესა | container=მნათობი | year=1985 | issue=8 | locator=33")]
    [InlineData("Иванов И. Статья о войне. — журн. «Вопросы истории», 1967, № 8, с. 124.", "authors=Иванов | title=Статья о войне | container=Вопросы истории | year=1967 | issue=8 | locator=124")]
    [InlineData("Петров А. Б. Кавказ // Вопросы истории. 1990. N 8. С. 73.", "authors=Петров | title=Кавказ | container=Вопросы истории | year=1990 | issue=8 | locator=73")]
    [InlineData("ჯავახიშვილი ი. ძველი ქართული // მაცნე. 1985. N3. გვ. 45.", "authors=ჯავახიშვილი | title=ძველი ქართული | container=მაცნე | year=1985 | issue=3 | locator=45")]
    public void A_periodical_after_a_dash_and_its_number_typed_N(string note, string expected) => Reads(note, expected);

    // ---- A place of the region written in full after a comma; Georgian volumes and abbreviated places ----

    [Theory]
    [InlineData("Иванов И. И. История Грузии, Тифлис, 1913, с. 45.", "authors=Иванов | title=История Грузии | place=Тифлис | year=1913 | locator=45")]
    [InlineData("Петров А. Б. Очерки истории Абхазии, Сухуми, 1960, с. 12.", "authors=Петров | title=Очерки истории Абхазии | place=Сухуми | year=1960 | locator=12")]
    [InlineData("ჯავახიშვილი ი. ქართველი ერის ისტორია, თბილისი, 1960, გვ. 45.", "authors=ჯავახიშვილი | title=ქართველი ერის ისტორია | place=თბილისი | year=1960 | locator=45")]
    [InlineData("ჯავახიშვილი ი. ქართველი ერის ისტორია, ტ. 2, თბ., 1960, გვ. 45.", "authors=ჯავახიშვილი | title=ქართველი ერის ისტორია | volume=2 | place=თბ. | year=1960 | locator=45")]
    [InlineData("ბერძენიშვილი ნ. საქართველოს ისტორიის საკითხები. ტ. 1. ტფ., 1913. გვ. 7.", "authors=ბერძენიშვილი | title=საქართველოს ისტორიის საკითხები | volume=1 | place=ტფ. | year=1913 | locator=7")]
    [InlineData("ლორთქიფანიძე მ. ძველი ქართული. ქუთ., 1925. გვ. 3.", "authors=ლორთქიფანიძე | title=ძველი ქართული | place=ქუთ. | year=1925 | locator=3")]
    public void Georgian_and_regional_imprints(string note, string expected) => Reads(note, expected);

    // ---- Ukrainian archives cited in Cyrillic: справа (спр.) and аркуш (арк.) ----

    [Theory]
    [InlineData("ЦДАВО України, ф. 1, оп. 2, спр. 3, арк. 4.", "archive=ЦДАВО України | fond=1 | opis=2 | delo=3 | locator=4")]
    [InlineData("ЦДАГО України. Ф. 1. Оп. 20. Спр. 6202. Арк. 12–14.", "archive=ЦДАГО України | fond=1 | opis=20 | delo=6202 | locator=12–14")]
    public void Ukrainian_levels_in_Cyrillic(string note, string expected) => Reads(note, expected);
}
