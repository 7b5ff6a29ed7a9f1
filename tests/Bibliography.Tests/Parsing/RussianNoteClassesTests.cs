using Bibliography.Tests.Evaluation;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Classes of Russian footnote (GOST and looser forms) that real notes write and the seeds do not: each class with
/// several invented spellings, scored field by field as the evaluation scores real notes (issue #18).
/// </summary>
/// <remarks>
/// A row is a footnote and what a historian reads in it: citations separated by <c>||</c>, fields by <c>|</c>, each
/// <c>field=value</c> as the evaluation set writes it (family names only, values as written, several names with <c>;</c>).
/// </remarks>
public class RussianNoteClassesTests
{
    // A short form or an ibid is read after a full citation of its source, as it stands in a paper.
    private const string Antecedent = "Иванов А. Б. История Кавказа. М.: Наука, 1985. С. 1.";

    private static void Reads(string note, string expected, string? before = null) => ExpectedFields.Check(note, expected, before);

    // ---- Prose before a citation: a lead-in ending in a colon, or a sentence before it ----

    [Theory]
    [InlineData("Цит. по: Иванов А. Б. История Кавказа. М., 1985. С. 12.", "authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12")]
    [InlineData("См. об этом: Петров В. Г. Очерки истории Грузии. Тбилиси: Мецниереба, 1990. С. 45–47.", "authors=Петров | title=Очерки истории Грузии | place=Тбилиси | publisher=Мецниереба | year=1990 | locator=45–47")]
    [InlineData("Подробнее см.: Сидоров Д. Е. Революция в Закавказье. Баку, 1927. С. 3.", "authors=Сидоров | title=Революция в Закавказье | place=Баку | year=1927 | locator=3")]
    [InlineData("Об этом подробнее см.: Мамедов Р. Нефть и революция. Баку: Элм, 1988. С. 201.", "authors=Мамедов | title=Нефть и революция | place=Баку | publisher=Элм | year=1988 | locator=201")]
    [InlineData("Эти данные приводятся в работе: Алиев И. Г. История Азербайджана. Баку, 1995. С. 304.", "authors=Алиев | title=История Азербайджана | place=Баку | year=1995 | locator=304")]
    [InlineData("Об этом пишет и Н. Н. Смирнов: Смирнов Н. Н. Армия и власть. СПб., 2001. С. 88.", "authors=Смирнов | title=Армия и власть | place=СПб. | year=2001 | locator=88")]
    [InlineData("Здесь и далее цит. по: Кузнецов Л. М. Дневники. Л., 1966. С. 7.", "authors=Кузнецов | title=Дневники | place=Л. | year=1966 | locator=7")]
    [InlineData("Документ не датирован. РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 2.", "archive=РГАСПИ | fond=17 | opis=3 | delo=5 | locator=2")]
    [InlineData("Как отмечал современник, власть «укрепилась к осени» (Иванов А. Б. История Кавказа. М., 1985. С. 12).", "authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12")]
    public void Prose_before_a_citation_stays_out_of_its_fields(string note, string expected) => Reads(note, expected);

    // ---- Prose after a citation ----

    [Theory]
    [InlineData("Иванов А. Б. История Кавказа. М., 1985. С. 12. Автор, впрочем, не приводит источник этих сведений.", "authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12")]
    [InlineData("РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 2. Подлинник, машинопись.", "archive=РГАСПИ | fond=17 | opis=3 | delo=5 | locator=2")]
    [InlineData("Петров В. Г. Очерки истории Грузии. Тбилиси, 1990. С. 45. Здесь автор явно ошибается в датировке событий.", "authors=Петров | title=Очерки истории Грузии | place=Тбилиси | year=1990 | locator=45")]
    public void Prose_after_a_citation_stays_out_of_its_fields(string note, string expected) => Reads(note, expected);

    // ---- Several citations in one note ----

    [Theory]
    [InlineData("Иванов А. Б. История Кавказа. М., 1985. С. 12; Петров В. Г. Очерки. Л., 1970. С. 5.",
        "authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12 || authors=Петров | title=Очерки | place=Л. | year=1970 | locator=5")]
    [InlineData("РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 2. См. также: Иванов А. Б. История Кавказа. М., 1985. С. 12.",
        "archive=РГАСПИ | fond=17 | opis=3 | delo=5 | locator=2 || authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12")]
    [InlineData("ГА РФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3–4; РГАСПИ. Ф. 558. Оп. 11. Д. 1120. Л. 5 об.",
        "archive=ГА РФ | fond=Р-5446 | opis=1 | delo=12 | locator=3–4 || archive=РГАСПИ | fond=558 | opis=11 | delo=1120 | locator=5 об.")]
    [InlineData("Иванов А. Б. История Кавказа. М., 1985. С. 12. Петров В. Г. Очерки. Л., 1970. С. 5.",
        "authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12 || authors=Петров | title=Очерки | place=Л. | year=1970 | locator=5")]
    [InlineData("Иванов А. Б. Статья о Кавказе // Вопросы истории. 1990. № 8. С. 73–80; Петров В. Г. Другая статья // Новый мир. 1988. № 6. С. 10.",
        "authors=Иванов | title=Статья о Кавказе | container=Вопросы истории | year=1990 | issue=8 | locator=73–80 || authors=Петров | title=Другая статья | container=Новый мир | year=1988 | issue=6 | locator=10")]
    public void Several_citations_in_one_note_are_read_each(string note, string expected) => Reads(note, expected);

    // ---- Authors ----

    [Theory]
    [InlineData("Иванов А. Б., Петров В. Г. История Кавказа. М., 1985. С. 12.", "authors=Иванов; Петров | title=История Кавказа | place=М. | year=1985 | locator=12")]
    [InlineData("Иванов А. Б., Петров В. Г., Сидоров Д. Е. История Кавказа. М.: Наука, 1985. С. 12.", "authors=Иванов; Петров; Сидоров | title=История Кавказа | place=М. | publisher=Наука | year=1985 | locator=12")]
    [InlineData("Иванов А. Б. и др. История Кавказа. М., 1985. С. 12.", "authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12")]
    [InlineData("Иванов А.Б., Петров В.Г. и др. Очерки истории Дагестана. Махачкала, 1957. Т. 1. С. 200.", "authors=Иванов; Петров | title=Очерки истории Дагестана | place=Махачкала | year=1957 | volume=1 | locator=200")]
    [InlineData("Г о р б а ч е в М. С. Жизнь и реформы. М., 1995. Кн. 1. С. 21.", "authors=Г о р б а ч е в | title=Жизнь и реформы | place=М. | year=1995 | locator=21")]
    [InlineData("С м и р н о в а Е. П. Записки. С. 5.", "authors=С м и р н о в а | title=Записки | locator=5")]
    public void Authors_several_and_et_al_and_letter_spaced(string note, string expected) => Reads(note, expected);

    // ---- Titles, places, publishers ----

    [Theory]
    [InlineData("Иванов А. Б. Кавказ в огне: очерки гражданской войны. М., 1985. С. 12.", "authors=Иванов | title=Кавказ в огне: очерки гражданской войны | place=М. | year=1985 | locator=12")]
    [InlineData("Петров В. Г. Грузия: история и современность. Тбилиси: Ганатлеба, 1990. С. 8.", "authors=Петров | title=Грузия: история и современность | place=Тбилиси | publisher=Ганатлеба | year=1990 | locator=8")]
    [InlineData("Иванов А. Б. История Кавказа. М.; Л.: Госиздат, 1930. С. 12.", "authors=Иванов | title=История Кавказа | place=М.; Л. | publisher=Госиздат | year=1930 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. Тифлис, 1912. С. 12.", "authors=Иванов | title=История Кавказа | place=Тифлис | year=1912 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. Тифлис: Тип. канцелярии наместника, 1912. С. 12.", "authors=Иванов | title=История Кавказа | place=Тифлис | publisher=Тип. канцелярии наместника | year=1912 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. Пг., 1917. С. 12.", "authors=Иванов | title=История Кавказа | place=Пг. | year=1917 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. Ростов н/Д, 1997. С. 12.", "authors=Иванов | title=История Кавказа | place=Ростов н/Д | year=1997 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. М.: Изд-во МГУ, 1985. С. 12.", "authors=Иванов | title=История Кавказа | place=М. | publisher=Изд-во МГУ | year=1985 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. М.: Изд-во полит. лит-ры, 1985. С. 12.", "authors=Иванов | title=История Кавказа | place=М. | publisher=Изд-во полит. лит-ры | year=1985 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. М.: РОССПЭН; Фонд «Президентский центр Б. Н. Ельцина», 2010. С. 12.", "authors=Иванов | title=История Кавказа | place=М. | publisher=РОССПЭН; Фонд «Президентский центр Б. Н. Ельцина» | year=2010 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. Баку: Азернешр, 1965. С. 12.", "authors=Иванов | title=История Кавказа | place=Баку | publisher=Азернешр | year=1965 | locator=12")]
    [InlineData("КПСС в резолюциях и решениях съездов, конференций и пленумов ЦК. М., 1984. Т. 3. С. 20.", "title=КПСС в резолюциях и решениях съездов, конференций и пленумов ЦК | place=М. | year=1984 | volume=3 | locator=20")]
    public void Titles_places_and_publishers(string note, string expected) => Reads(note, expected);

    // ---- Volumes and issues ----

    [Theory]
    [InlineData("Иванов А. Б. История Кавказа. Т. 2. Кн. 1. М., 1985. С. 12.", "authors=Иванов | title=История Кавказа | volume=2 | place=М. | year=1985 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. М., 1985. Т. 2. С. 12.", "authors=Иванов | title=История Кавказа | volume=2 | place=М. | year=1985 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. В 3 т. Т. 2. М., 1985. С. 12.", "authors=Иванов | title=История Кавказа | volume=2 | place=М. | year=1985 | locator=12")]
    [InlineData("Труды Института истории. Вып. 3. Баку, 1955. С. 12.", "title=Труды Института истории | issue=3 | place=Баку | year=1955 | locator=12")]
    [InlineData("Иванов А. Б. Сочинения. Т. 5. М., 1947. С. 12.", "authors=Иванов | title=Сочинения | volume=5 | place=М. | year=1947 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. В 2-х кн. М., 1997. Кн. II. С. 10.", "authors=Иванов | title=История Кавказа | place=М. | year=1997 | locator=10")]
    public void Volumes_and_issues_of_books(string note, string expected) => Reads(note, expected);

    // ---- Journals and collections ----

    [Theory]
    [InlineData("Иванов А. Б. Статья о Кавказе // Вопросы истории. – 1990. – № 8. – С. 73–80.", "authors=Иванов | title=Статья о Кавказе | container=Вопросы истории | year=1990 | issue=8 | locator=73–80")]
    [InlineData("Иванов А. Б. Статья о Кавказе // Родина. 1992. № 5–6. С. 10.", "authors=Иванов | title=Статья о Кавказе | container=Родина | year=1992 | issue=5–6 | locator=10")]
    [InlineData("Иванов А. Б. Кавказская война // Россия и Кавказ: сборник статей / под ред. В. Г. Петрова. М.: Наука, 2001. С. 45–60.", "authors=Иванов | title=Кавказская война | container=Россия и Кавказ: сборник статей | editors=Петрова | place=М. | publisher=Наука | year=2001 | locator=45–60")]
    [InlineData("Иванов А. Б. Кавказская война // Россия и Кавказ. Сб. статей. М., 2001. С. 45.", "authors=Иванов | title=Кавказская война | container=Россия и Кавказ | place=М. | year=2001 | locator=45")]
    [InlineData("Иванов А. Б. Статья о Кавказе // Известия АН Азерб. ССР. Серия истории, философии и права. 1978. № 2. С. 44.", "authors=Иванов | title=Статья о Кавказе | container=Известия АН Азерб. ССР. Серия истории, философии и права | year=1978 | issue=2 | locator=44")]
    [InlineData("Petrov A. The Caucasus Front // Slavic Review. 1999. Vol. 58. No. 2. P. 300–320.", "authors=Petrov | title=The Caucasus Front | container=Slavic Review | year=1999 | volume=58 | issue=2 | locator=300–320")]
    public void Journals_and_collections(string note, string expected) => Reads(note, expected);

    // ---- Electronic resources, dissertations ----

    [Theory]
    [InlineData("Иванов А. Б. История Кавказа [Электронный ресурс]. URL: http://example.ru/history (дата обращения: 12.03.2015).", "authors=Иванов | title=История Кавказа")]
    [InlineData("Иванов А. Б. Статья о Кавказе // Кавказский узел. 2012. 5 мая. URL: https://www.kavkaz-uzel.eu/articles/1 (дата обращения: 10.05.2012).", "authors=Иванов | title=Статья о Кавказе | container=Кавказский узел | year=2012")]
    [InlineData("Иванов А. Б. Статья о Кавказе [Электронный ресурс] // Вестник Евразии. 2003. № 4. Режим доступа: http://example.ru/a.html (дата обращения: 15.01.2010).", "authors=Иванов | title=Статья о Кавказе | container=Вестник Евразии | year=2003 | issue=4")]
    // After the pages: the access statement closes the one citation, makes no second one and goes into no field.
    [InlineData("Петров В. Г. Статья о войне // Вопросы истории. 2019. № 3. С. 12–20. URL: https://vi.example.ru/a/55 (дата обращения: 12.03.2020).", "authors=Петров | title=Статья о войне | container=Вопросы истории | year=2019 | issue=3 | locator=12–20")]
    [InlineData("Петров В. Г. Статья о войне // Вопросы истории. 2019. № 3. С. 12–20. Режим доступа: http://vi.example.ru/a/55, свободный.", "authors=Петров | title=Статья о войне | container=Вопросы истории | year=2019 | issue=3 | locator=12–20")]
    [InlineData("Иванов А. Б. Национальная политика в Дагестане: дис. … канд. ист. наук. Махачкала, 2005. С. 12.", "authors=Иванов | title=Национальная политика в Дагестане | place=Махачкала | year=2005 | locator=12")]
    [InlineData("Иванов А. Б. Национальная политика в Дагестане. Дис. … канд. ист. наук. М., 2005. С. 12.", "authors=Иванов | title=Национальная политика в Дагестане | place=М. | year=2005 | locator=12")]
    [InlineData("Иванов А. Б. Национальная политика в Дагестане: автореф. дис. … д-ра ист. наук. М., 2005. С. 12.", "authors=Иванов | title=Национальная политика в Дагестане | place=М. | year=2005 | locator=12")]
    public void Electronic_resources_and_dissertations(string note, string expected) => Reads(note, expected);

    // ---- Newspapers ----

    [Theory]
    [InlineData("Правда. 1923. 2 окт.", "container=Правда | year=1923")]
    [InlineData("Иванов А. Их обманула оттепель // Труд. 1993. 3 нояб.", "authors=Иванов | title=Их обманула оттепель | container=Труд | year=1993")]
    [InlineData("Заря Востока. 1925. 14 марта.", "container=Заря Востока | year=1925")]
    [InlineData("газета «Коммунист», 15 декабря 1920 г., с. 4", "container=Коммунист | year=1920 | locator=4")]
    [InlineData("Известия. 1937. 15 июля. С. 2.", "container=Известия | year=1937 | locator=2")]
    [InlineData("Правда. 1937. № 190 (7152). 12 июля.", "container=Правда | year=1937 | issue=190 (7152)")]
    [InlineData("Красная звезда. № 5 (2555) от 7 января 1927 года.", "container=Красная звезда | year=1927 | issue=5 (2555)")]
    public void Newspapers(string note, string expected) => Reads(note, expected);

    // ---- Archives ----

    [Theory]
    [InlineData("ЦГА РД. Ф. Р-37. Оп. 1. Д. 5. Л. 3–4 об.", "archive=ЦГА РД | fond=Р-37 | opis=1 | delo=5 | locator=3–4 об.")]
    [InlineData("АП РФ. Ф. 3. Оп. 58. Д. 175. Лл. 12–15.", "archive=АП РФ | fond=3 | opis=58 | delo=175 | locator=12–15")]
    [InlineData("Архив УФСБ по Ставропольскому краю. Д. П-1234. Т. 2. Л. 15.", "archive=Архив УФСБ по Ставропольскому краю | delo=П-1234 | locator=15")]
    [InlineData("ЦА ФСБ России. Ф. 1. Оп. 2. Д. 3. Л. 4.", "archive=ЦА ФСБ России | fond=1 | opis=2 | delo=3 | locator=4")]
    [InlineData("РГВА, ф. 7, оп. 2, д. 484, л. 184 об.–185.", "archive=РГВА | fond=7 | opis=2 | delo=484 | locator=184 об.–185")]
    [InlineData("Письмо Орджоникидзе Сталину. 12 мая 1921 г. // РГАСПИ. Ф. 558. Оп. 11. Д. 1120. Л. 5.", "archive=РГАСПИ | fond=558 | opis=11 | delo=1120 | locator=5")]
    [InlineData("Докладная записка наркома о положении в Баку // ГА РФ. Ф. Р-1235. Оп. 2. Д. 7. Л. 12–14.", "archive=ГА РФ | fond=Р-1235 | opis=2 | delo=7 | locator=12–14")]
    [InlineData("Национальный архив Грузии. Ф. 1833. Оп. 1. Д. 3. Л. 7.", "archive=Национальный архив Грузии | fond=1833 | opis=1 | delo=3 | locator=7")]
    [InlineData("ГААР. Ф. 28. Оп. 1. Д. 45. Л. 12.", "archive=ГААР | fond=28 | opis=1 | delo=45 | locator=12")]
    public void Archives(string note, string expected) => Reads(note, expected);

    // ---- Latin look-alikes and books in other languages in Russian notes ----

    [Theory]
    [InlineData("Иванов А. Б. История Кавказа. M., 1985. C. 12.", "authors=Иванов | title=История Кавказа | place=M. | year=1985 | locator=12")]
    [InlineData("Kozlov D. The Readers of Novyi Mir: Coming to Terms with the Past. Cambridge, Mass.; London, 2013. Р. 89, 91.", "authors=Kozlov | title=The Readers of Novyi Mir: Coming to Terms with the Past | place=Cambridge, Mass.; London | year=2013 | locator=89, 91")]
    [InlineData("Suny R. G. The Making of the Georgian Nation. Bloomington, 1988. P. 45.", "authors=Suny | title=The Making of the Georgian Nation | place=Bloomington | year=1988 | locator=45")]
    [InlineData("Smith J. The Bolsheviks and the National Question. London: Macmillan, 1999. P. 7–9.", "authors=Smith | title=The Bolsheviks and the National Question | place=London | publisher=Macmillan | year=1999 | locator=7–9")]
    [InlineData("Hornsby R. A Merciless Struggle // De-Stalinization Reconsidered: Persistence and Change. Frankfurt, 2014. Р. 102.", "authors=Hornsby | title=A Merciless Struggle | container=De-Stalinization Reconsidered: Persistence and Change | place=Frankfurt | year=2014 | locator=102")]
    public void Latin_look_alikes_and_foreign_books(string note, string expected) => Reads(note, expected);

    // ---- Looser Russian forms: GOST 7.1 dashes, commas for full stops, quotes, places in full, short forms ----

    [Theory]
    [InlineData("Иванов А.Б. История Кавказа. – М.: Наука, 1985. – С. 12.", "authors=Иванов | title=История Кавказа | place=М. | publisher=Наука | year=1985 | locator=12")]
    [InlineData("Иванов А.Б. История Кавказа. — М., 1985. — С. 12–14.", "authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12–14")]
    [InlineData("Иванов А. История Кавказа, М., 1985, с. 12.", "authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. М., 1985, с. 12.", "authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12")]
    [InlineData("Иванов А. Б. «История Кавказа». М., 1985. С. 12.", "authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. М.: «Наука», 1985. С. 12.", "authors=Иванов | title=История Кавказа | place=М. | publisher=Наука | year=1985 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. М., «Наука», 1985, стр. 12.", "authors=Иванов | title=История Кавказа | place=М. | publisher=Наука | year=1985 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. Москва: Наука, 1985. С. 12.", "authors=Иванов | title=История Кавказа | place=Москва | publisher=Наука | year=1985 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. Санкт-Петербург: Питер, 2003. С. 12.", "authors=Иванов | title=История Кавказа | place=Санкт-Петербург | publisher=Питер | year=2003 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. М., 1985 г. С. 12.", "authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. М., 1985. Т. 2, с. 12.", "authors=Иванов | title=История Кавказа | place=М. | year=1985 | volume=2 | locator=12")]
    [InlineData("А. Б. Иванов, В. Г. Петров. История Кавказа. М., 1985. С. 12.", "authors=Иванов; Петров | title=История Кавказа | place=М. | year=1985 | locator=12")]
    [InlineData("Иванов А.Б. История Кавказа. – М.: Изд-во «Наука», 1985. – 320 с.", "authors=Иванов | title=История Кавказа | place=М. | publisher=Изд-во «Наука» | year=1985")]
    [InlineData("История Кавказа / А. Б. Иванов, В. Г. Петров [и др.]. М.: Наука, 1985. С. 12.", "authors=Иванов; Петров | title=История Кавказа | place=М. | publisher=Наука | year=1985 | locator=12")]
    [InlineData("История Кавказа / И. И. Иванов. Баку, 1990. С. 7.", "authors=Иванов | title=История Кавказа | place=Баку | year=1990 | locator=7")]
    [InlineData("Иванов А. Б. История Кавказа. М. – Л.: Госиздат, 1930. С. 12.", "authors=Иванов | title=История Кавказа | place=М. – Л. | publisher=Госиздат | year=1930 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. М., Л.: Госиздат, 1930. С. 12.", "authors=Иванов | title=История Кавказа | place=М., Л. | publisher=Госиздат | year=1930 | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа. М., 1985. c. 12.", "authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12")]
    public void Looser_book_forms(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("Сталин И. В. Соч. Т. 5. С. 12.", "authors=Сталин | title=Соч. | volume=5 | locator=12")]
    [InlineData("Ленин В. И. Полн. собр. соч. Т. 45. С. 343.", "authors=Ленин | title=Полн. собр. соч. | volume=45 | locator=343")]
    [InlineData("Иванов А. Б. Указ. соч. С. 12.", "authors=Иванов | locator=12")]
    [InlineData("Иванов А. Б. Указ. соч. Т. 2. С. 12.", "authors=Иванов | locator=12")]
    [InlineData("Иванов А. Б. История Кавказа… С. 12.", "authors=Иванов | title=История Кавказа | locator=12")]
    [InlineData("Там же. Т. 2. С. 5.", "locator=5")]
    [InlineData("Там же. С. 5–6.", "locator=5–6")]
    public void Collected_works_and_short_forms(string note, string expected) => Reads(note, expected, Antecedent);

    [Theory]
    [InlineData("Иванов А. Статья о Кавказе. – Вопросы истории, 1990, № 8, с. 73.", "authors=Иванов | title=Статья о Кавказе | container=Вопросы истории | year=1990 | issue=8 | locator=73")]
    [InlineData("Иванов А. Статья о Кавказе // «Вопросы истории», 1990, № 8, с. 73.", "authors=Иванов | title=Статья о Кавказе | container=Вопросы истории | year=1990 | issue=8 | locator=73")]
    [InlineData("Иванов А. Б. Статья о Кавказе // Вопросы истории. 1990. № 8.", "authors=Иванов | title=Статья о Кавказе | container=Вопросы истории | year=1990 | issue=8")]
    [InlineData("Иванов А. Б. Статья о Кавказе // Кавказский сборник. 2005. Т. 2 (34). С. 10.", "authors=Иванов | title=Статья о Кавказе | container=Кавказский сборник | year=2005 | volume=2 (34) | locator=10")]
    [InlineData("Иванов А. Б. Статья о Кавказе // Вестник МГУ. Сер. 8, История. 2001. № 3. С. 5–20.", "authors=Иванов | title=Статья о Кавказе | container=Вестник МГУ. Сер. 8, История | year=2001 | issue=3 | locator=5–20")]
    [InlineData("Иванов А. Б. Глава о Кавказе // История Кавказа. М.: Наука, 2001. Т. 2. С. 45.", "authors=Иванов | title=Глава о Кавказе | container=История Кавказа | place=М. | publisher=Наука | year=2001 | volume=2 | locator=45")]
    public void Looser_article_forms(string note, string expected) => Reads(note, expected);
}
