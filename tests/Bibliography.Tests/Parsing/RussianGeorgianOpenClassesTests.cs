namespace Bibliography.Tests.Parsing;

/// <summary>
/// Classes of Russian (GOST and looser) and Georgian notes still read wrong after the first rounds (issue #18): an
/// article then its journal after a dash, inventory numbers as a level, journals and newspapers cited by date, editors
/// and compilers in every position, volume parts, editions, Georgian names given first, Georgian imprints and
/// periodicals. Every example is invented; rows are scored as the evaluation scores real notes (see <see cref="ExpectedFields"/>).
/// </summary>
public class RussianGeorgianOpenClassesTests
{
    private static void Reads(string note, string expected, string? before = null) => ExpectedFields.Check(note, expected, before);

    // ---- An article, then its journal or paper after a dash, without "//" ----

    [Theory]
    [InlineData("Петров А. Наши задачи. – Мнатоби, 1985, № 8, с. 33.", "authors=Петров | title=Наши задачи | container=Мнатоби | year=1985 | issue=8 | locator=33")]
    [InlineData("Сидоров В. Г. О восстании 1924 года. — Вопросы истории, 1990, № 8, с. 73–80.", "authors=Сидоров | title=О восстании 1924 года | container=Вопросы истории | year=1990 | issue=8 | locator=73–80")]
    [InlineData("Ломидзе Г. Грузинская пресса. - Цискари, 1972, № 3.", "authors=Ломидзе | title=Грузинская пресса | container=Цискари | year=1972 | issue=3")]
    [InlineData("Джанелидзе О. К. В. И. Ленин и Грузия. — «Исторический архив», 1961, № 2, с. 14.", "authors=Джанелидзе | title=В. И. Ленин и Грузия | container=Исторический архив | year=1961 | issue=2 | locator=14")]
    [InlineData("Кикнадзе Р. Письма о Кавказе. – Литературная Грузия. 1979. № 4. С. 101.", "authors=Кикнадзе | title=Письма о Кавказе | container=Литературная Грузия | year=1979 | issue=4 | locator=101")]
    [InlineData("ლომიძე გ. ქართული პრესა. – მნათობი, 1985, № 8, გვ. 33.", "authors=ლომიძე | title=ქართული პრესა | container=მნათობი | year=1985 | issue=8 | locator=33")]
    public void An_article_then_its_periodical_after_a_dash(string note, string expected) => Reads(note, expected);

    // ---- A Georgian chapter in the comma form: "წგნ.:" or "წგ.:" (in the book) opens its book ----

    [Theory]
    [InlineData("ბერძენიშვილი ნ., ქართლის საზღვრები, წგნ.: საქართველოს ისტორიის საკითხები, ტ. 2, თბ., 1965.", "authors=ბერძენიშვილი | title=ქართლის საზღვრები | container=საქართველოს ისტორიის საკითხები | volume=2 | place=თბ. | year=1965")]
    [InlineData("ლომინაძე ბ., ქართლის ერისთავები, წგნ.: მასალები საქართველოს ისტორიისათვის, ტ. 3, თბ., 1955, გვ. 12-30.", "authors=ლომინაძე | title=ქართლის ერისთავები | container=მასალები საქართველოს ისტორიისათვის | volume=3 | place=თბ. | year=1955 | locator=12-30")]
    [InlineData("მესხია შ., ქალაქის წყობა, წგ.: ფეოდალური ხანის ისტორიის საკითხები, თბ., 1970, გვ. 41.", "authors=მესხია | title=ქალაქის წყობა | container=ფეოდალური ხანის ისტორიის საკითხები | place=თბ. | year=1970 | locator=41")]
    public void A_georgian_chapter_opens_its_book_with_in_the_book(string note, string expected) => Reads(note, expected);

    // ---- An inventory number as the file's level ----

    [Theory]
    [InlineData("Архив ИВР РАН. Инв. 1503. Л. 12.", "archive=Архив ИВР РАН | delo=1503 | locator=12")]
    [InlineData("НА ИИАЭ ДНЦ РАН. Ф. 1. Оп. 1. Инв. 318. Л. 5.", "archive=НА ИИАЭ ДНЦ РАН | fond=1 | opis=1 | delo=318 | locator=5")]
    [InlineData("РО ИРЛИ, инв. № 12, л. 4 об.", "archive=РО ИРЛИ | delo=12 | locator=4 об.")]
    [InlineData("Петров А. Б. Воспоминания // НА КБИГИ. Инв. 77. С. 20.", "authors=Петров | title=Воспоминания | archive=НА КБИГИ | delo=77 | locator=20")]
    [InlineData("Сидоров В. Записки о восстании // НА СОИГСИ. Инв. № 245, 1950. Л. 33.", "authors=Сидоров | title=Записки о восстании | archive=НА СОИГСИ | delo=245 | locator=33")]
    public void An_inventory_number_is_the_file(string note, string expected) => Reads(note, expected);

    // ---- Journals: cited bare, after "//" with commas, numbered Вып. or Кн. ----

    [Theory]
    [InlineData("Исторический архив. 1993. № 2. С. 5.", "container=Исторический архив | year=1993 | issue=2 | locator=5")]
    [InlineData("Вопросы истории КПСС. 1962. № 11. С. 40–41.", "container=Вопросы истории КПСС | year=1962 | issue=11 | locator=40–41")]
    [InlineData("Иванов И. И. Кавказ в 1920 г. // Вопросы истории, 1990, № 8, с. 73–80.", "authors=Иванов | title=Кавказ в 1920 г. | container=Вопросы истории | year=1990 | issue=8 | locator=73–80")]
    [InlineData("Петров А. Б. Горцы // Кавказский сборник. 1905. Вып. 3. С. 10.", "authors=Петров | title=Горцы | container=Кавказский сборник | year=1905 | issue=3 | locator=10")]
    [InlineData("Сидоров В. Г. Письма из Тифлиса // Русская старина. 1880. Кн. 2. С. 300.", "authors=Сидоров | title=Письма из Тифлиса | container=Русская старина | year=1880 | locator=300")]
    [InlineData("Мамедов Р. Баку в 1905 году // Известия АН АзССР. Серия истории. 1975, вып. 4, с. 12.", "authors=Мамедов | title=Баку в 1905 году | container=Известия АН АзССР. Серия истории | year=1975 | issue=4 | locator=12")]
    public void Journals_cited_with_their_numbers(string note, string expected) => Reads(note, expected);

    // ---- Newspapers cited by their date ----

    [Theory]
    [InlineData("Правда. 1923. 2 окт.", "container=Правда | year=1923")]
    [InlineData("Известия. 1924. 12 марта. № 58.", "container=Известия | year=1924 | issue=58")]
    [InlineData("Заря Востока. 1925. 5 янв.", "container=Заря Востока | year=1925")]
    [InlineData("газета «Коммунист», 15 декабря 1920 г.", "container=Коммунист | year=1920")]
    [InlineData("газета «Бакинский рабочий», 3 мая 1921 г., с. 2.", "container=Бакинский рабочий | year=1921 | locator=2")]
    [InlineData("газ. «Заря Востока», 12 июня 1925 г., № 900.", "container=Заря Востока | year=1925 | issue=900")]
    [InlineData("«Правда», 7 ноября 1927 г.", "container=Правда | year=1927")]
    [InlineData("Петров А. Письмо из Баку // Правда. 1923. 2 окт.", "authors=Петров | title=Письмо из Баку | container=Правда | year=1923")]
    public void Newspapers_cited_by_their_date(string note, string expected) => Reads(note, expected);

    // ---- Editors and compilers in every position ----

    [Theory]
    [InlineData("Очерки истории Грузии. Т. 2 / отв. ред. А. Б. Петров. Тбилиси, 1988. С. 5.", "title=Очерки истории Грузии | editors=Петров | volume=2 | place=Тбилиси | year=1988 | locator=5")]
    [InlineData("История Абхазии / Ред. кол.: А. Б. Петров, В. Г. Сидоров. Сухуми, 1991. С. 9.", "title=История Абхазии | editors=Петров; Сидоров | place=Сухуми | year=1991 | locator=9")]
    [InlineData("Документы по истории Кавказа / сост. А. Б. Петров; под ред. В. Г. Сидорова. М., 1990. С. 7.", "title=Документы по истории Кавказа | compilers=Петров | editors=Сидорова | place=М. | year=1990 | locator=7")]
    [InlineData("Петров А. Б. Кавказ // Очерки истории Закавказья / под ред. В. Г. Сидорова. М., 1990. С. 4.", "authors=Петров | title=Кавказ | container=Очерки истории Закавказья | editors=Сидорова | place=М. | year=1990 | locator=4")]
    [InlineData("История Дагестана. Т. 1. Под общ. ред. Г. Д. Даниялова. М., 1967. С. 100.", "title=История Дагестана | editors=Даниялова | volume=1 | place=М. | year=1967 | locator=100")]
    [InlineData("Сборник документов. Сост. В. Г. Сидоров. Баку, 1960. С. 10.", "title=Сборник документов | compilers=Сидоров | place=Баку | year=1960 | locator=10")]
    [InlineData("Грузия в XX веке / Отв. ред. Г. Г. Джанелидзе, А. Б. Петров. Тбилиси, 2001. С. 12.", "title=Грузия в XX веке | editors=Джанелидзе; Петров | place=Тбилиси | year=2001 | locator=12")]
    [InlineData("Кавказская война: документы. Ред. кол.: Иванов И. И. (отв. ред.) и др. М., 2000. С. 3.", "title=Кавказская война: документы | editors=Иванов | place=М. | year=2000 | locator=3")]
    public void Editors_and_compilers_in_every_position(string note, string expected) => Reads(note, expected);

    // ---- Volumes with their span, editions, imprints with ";" ----

    [Theory]
    [InlineData("Петров А. Б. История Грузии. Т. 2: 1917–1922. Тбилиси, 1990. С. 5.", "authors=Петров | title=История Грузии | volume=2 | place=Тбилиси | year=1990 | locator=5")]
    [InlineData("Документы внешней политики СССР. Т. 3: 1 июля 1920 г. – 18 марта 1921 г. М., 1959. С. 44.", "title=Документы внешней политики СССР | volume=3 | place=М. | year=1959 | locator=44")]
    [InlineData("Петров А. Б. История Кавказа. 9-е изд., доп. и испр. М.: Наука, 1985. С. 12.", "authors=Петров | title=История Кавказа | place=М. | publisher=Наука | year=1985 | locator=12")]
    [InlineData("Сидоров В. Г. Очерки. Изд. 2-е, перераб. Баку, 1970. С. 8.", "authors=Сидоров | title=Очерки | place=Баку | year=1970 | locator=8")]
    [InlineData("Иванов И. И. Грузия. 3-е изд. М.; Л.: Изд-во АН СССР, 1950. С. 14.", "authors=Иванов | title=Грузия | place=М.; Л. | publisher=Изд-во АН СССР | year=1950 | locator=14")]
    [InlineData("Петров А. Б. Кавказ. М.: Наука; Тбилиси: Мецниереба, 1985. С. 12.", "authors=Петров | title=Кавказ | place=М. | year=1985 | locator=12")]
    public void Volume_spans_editions_and_imprints_with_semicolons(string note, string expected) => Reads(note, expected);

    // ---- Georgian names, family first or given first ----

    [Theory]
    [InlineData("ივანე ჯავახიშვილი, ქართველი ერის ისტორია, ტ. 1, თბ., 1960, გვ. 45.", "authors=ჯავახიშვილი | title=ქართველი ერის ისტორია | volume=1 | place=თბ. | year=1960 | locator=45")]
    [InlineData("ნიკო ბერძენიშვილი, საქართველოს ისტორიის საკითხები, ტ. VIII, 1975 წ. გვ. 12", "authors=ბერძენიშვილი | title=საქართველოს ისტორიის საკითხები | volume=VIII | year=1975 | locator=12")]
    [InlineData("ჯავახიშვილი ივანე, ქართველი ერის ისტორია, თბ., 1960, გვ. 45.", "authors=ჯავახიშვილი | title=ქართველი ერის ისტორია | place=თბ. | year=1960 | locator=45")]
    [InlineData("ს. ჯანაშია, შრომები, ტ. 2, თბ., 1952, გვ. 30.", "authors=ჯანაშია | title=შრომები | volume=2 | place=თბ. | year=1952 | locator=30")]
    [InlineData("ლორთქიფანიძე მ., ბერძენიშვილი ნ. საქართველოს ისტორია. თბ., 1958. გვ. 7.", "authors=ლორთქიფანიძე; ბერძენიშვილი | title=საქართველოს ისტორია | place=თბ. | year=1958 | locator=7")]
    public void Georgian_names_family_first_or_given_first(string note, string expected) => Reads(note, expected);

    // ---- Georgian imprints and periodicals ----

    [Theory]
    [InlineData("ჯავახიშვილი ი. ქართველი ერის ისტორია. თბილისი: გამომც. „საბჭოთა საქართველო“, 1979. გვ. 45.", "authors=ჯავახიშვილი | title=ქართველი ერის ისტორია | place=თბილისი | publisher=საბჭოთა საქართველო | year=1979 | locator=45")]
    [InlineData("ბერძენიშვილი ნ. საკითხები. თბ.: მეცნიერება, 1985. 312 გვ.", "authors=ბერძენიშვილი | title=საკითხები | place=თბ. | publisher=მეცნიერება | year=1985")]
    [InlineData("ლომიძე გ. ქართული პრესა // მნათობი, 1985, № 8, გვ. 33.", "authors=ლომიძე | title=ქართული პრესა | container=მნათობი | year=1985 | issue=8 | locator=33")]
    [InlineData("გაზ. „ივერია“, 1889 წ., № 158.", "container=ივერია | year=1889 | issue=158")]
    [InlineData("ბერიძე ა. ძველი თბილისი // საისტორიო მოამბე. ტ. 12. თბ., 1960. გვ. 101.", "authors=ბერიძე | title=ძველი თბილისი | container=საისტორიო მოამბე | volume=12 | place=თბ. | year=1960 | locator=101")]
    [InlineData("ჟურნ. „ცისკარი“, 1972, № 3, გვ. 14.", "container=ცისკარი | year=1972 | issue=3 | locator=14")]
    public void Georgian_imprints_and_periodicals(string note, string expected) => Reads(note, expected);

    // ---- Georgian archival levels in Georgian ----

    [Theory]
    [InlineData("სცსა, ფ. 600, ან. 2, საქ. 45, ფ. 3", "archive=სცსა | fond=600 | opis=2 | delo=45 | locator=3")]
    [InlineData("სეა, ფ. 1448, ან. 1, საქ. 3322.", "archive=სეა | fond=1448 | opis=1 | delo=3322")]
    [InlineData("საქართველოს ეროვნული არქივი, ფ. 1, ან. 2, საქ. 3, ფ. 4.", "archive=საქართველოს ეროვნული არქივი | fond=1 | opis=2 | delo=3 | locator=4")]
    [InlineData("სსსა, ფ. 284, ან. 1, საქ. 72, ფფ. 5-7.", "archive=სსსა | fond=284 | opis=1 | delo=72 | locator=5-7")]
    public void Georgian_levels_in_Georgian(string note, string expected) => Reads(note, expected);

    // ---- Georgian typed in a Latin font (AcadNusx) stays as it is ----

    [Theory]
    [InlineData("javaxiSvili i. qarTveli eris istoria, t. 1, Tb., 1960, gv. 45.", "authors=javaxiSvili | title=qarTveli eris istoria | volume=1 | place=Tb. | year=1960 | locator=45")]
    [InlineData("lomiZe g. qarTuli presa // mnaTobi, 1985, # 8, gv. 33.", "authors=lomiZe | title=qarTuli presa | container=mnaTobi | year=1985 | issue=8 | locator=33")]
    public void AcadNusx_stays_as_stored(string note, string expected) => Reads(note, expected);

    // ---- A work kept in an archive under its author's name and title ----

    [Theory]
    [InlineData("Юсупов К. Воспоминания о 1916 годе // НА ИИАЭ ДНЦ РАН. Ф. 1. Оп. 1. Д. 318. Л. 5.", "authors=Юсупов | title=Воспоминания о 1916 годе | archive=НА ИИАЭ ДНЦ РАН | fond=1 | opis=1 | delo=318 | locator=5")]
    [InlineData("См.: Абаев В. Записки о Дигории // РО ИВР РАН. Инв. 12. Л. 4.", "authors=Абаев | title=Записки о Дигории | archive=РО ИВР РАН | delo=12 | locator=4")]
    [InlineData("Письмо в редакцию газеты «Правда» // РГАНИ. Ф. 5. Оп. 30. Д. 141. Л. 107.", "archive=РГАНИ | fond=5 | opis=30 | delo=141 | locator=107")]
    public void A_work_kept_in_an_archive_keeps_its_author_and_title(string note, string expected) => Reads(note, expected);

    // ---- A fond named by words ----

    [Theory]
    [InlineData("АВПРИ, ф. Политархив, оп. 482, д. 1234, л. 5.", "archive=АВПРИ | fond=Политархив | opis=482 | delo=1234 | locator=5")]
    [InlineData("Архив внешней политики Российской империи (АВПРИ). Ф. Главный архив. Оп. 1. Д. 5. Л. 7.", "archive=АВПРИ | fond=Главный архив | opis=1 | delo=5 | locator=7")]
    [InlineData("АВПРИ. Ф. Канцелярия. Оп. 470. Д. 33. Л. 12 об.", "archive=АВПРИ | fond=Канцелярия | opis=470 | delo=33 | locator=12 об.")]
    public void A_fond_named_by_words_is_the_fond(string note, string expected) => Reads(note, expected);

    // ---- A book's part or a volume before the imprint, after a full stop or a comma ----

    [Theory]
    [InlineData("Иванов И. И. История. Кн. 1. М., 1960. С. 45.", "authors=Иванов | title=История | place=М. | year=1960 | locator=45")]
    [InlineData("ჯავახიშვილი ი. ქართველი ერის ისტორია. წ. 1. თბ., 1960. გვ. 45.", "authors=ჯავახიშვილი | title=ქართველი ერის ისტორია | place=თბ. | year=1960 | locator=45")]
    [InlineData("ი. ჯავახიშვილი, ქართველი ერის ისტორია, წ. 1, თბ., 1960, გვ. 45.", "authors=ჯავახიშვილი | title=ქართველი ერის ისტორია | place=თბ. | year=1960 | locator=45")]
    [InlineData("Сталин И. В. Соч. Т. 5. М., 1947. С. 20.", "authors=Сталин | title=Соч | volume=5 | place=М. | year=1947 | locator=20")]
    public void A_part_or_a_volume_before_the_imprint_is_no_part_of_the_title(string note, string expected) => Reads(note, expected);

    // ---- A Georgian article with commas: the periodical in quotation marks; a Georgian initial first ----

    [Theory]
    [InlineData("ლომიძე გ., ქართული პრესა, „მნათობი“, 1985, № 8, გვ. 33.", "authors=ლომიძე | title=ქართული პრესა | container=მნათობი | year=1985 | issue=8 | locator=33")]
    [InlineData("გ. ლომიძე, ქართული პრესა, ჟურნ. „მნათობი“, 1985, №8.", "authors=ლომიძე | title=ქართული პრესა | container=მნათობი | year=1985 | issue=8")]
    [InlineData("Петров А., Наши задачи, «Огонёк», 1989, № 12, с. 4.", "authors=Петров | title=Наши задачи | container=Огонёк | year=1989 | issue=12 | locator=4")]
    public void A_quoted_periodical_after_the_titles_comma(string note, string expected) => Reads(note, expected);

    // ---- An encyclopedia's list of sources: its opening word, a periodical's translated title in brackets ----

    [Theory]
    [InlineData("Ист.: Петров А. Монастырь//Мцкемси (Пастырь). 1891. 9/10. С. 11-13 (на груз. яз.)", "authors=Петров | title=Монастырь | container=Мцкемси | year=1891 | issue=9/10 | locator=11-13")]
    [InlineData("Лит.: Сидоров В. Храм в Гелати//Квали (Наследие). 1897. 19. С. 375.", "authors=Сидоров | title=Храм в Гелати | container=Квали | year=1897 | issue=19 | locator=375")]
    public void Sources_of_an_encyclopedia_article(string note, string expected) => Reads(note, expected);

    // ---- The pages cited within an article's range ("здесь с.") ----

    [Theory]
    [InlineData("Семенова Н. Е. Портреты // Дружба народов. 1997. № 2. С. 73–115, здесь с. 109, 111.", "authors=Семенова | title=Портреты | container=Дружба народов | year=1997 | issue=2 | locator=109, 111")]
    [InlineData("Петров А. Кавказ // Вопросы истории. 1990. № 8. С. 60–80, здесь с. 73.", "authors=Петров | title=Кавказ | container=Вопросы истории | year=1990 | issue=8 | locator=73")]
    public void The_pages_cited_within_a_range_are_the_locator(string note, string expected) => Reads(note, expected);

    // ---- A published text, then the archive keeping it after a sentence of prose ----

    [Theory]
    [InlineData("«Иверия», № 123, 14 июня 1895 г. Оригинал на грузинском яз. РГАСПИ. Ф. 558. Оп. 4. Д. 600. Л. 2.", "container=Иверия | issue=123 | year=1895 || archive=РГАСПИ | fond=558 | opis=4 | delo=600 | locator=2")]
    [InlineData("Петров А. Б. Кавказ. М., 1990. С. 5. Подлинник хранится: ЦА ФСБ. Ф. 3. Оп. 4. Д. 5. Л. 6.", "authors=Петров | title=Кавказ | place=М. | year=1990 | locator=5 || archive=ЦА ФСБ | fond=3 | opis=4 | delo=5 | locator=6")]
    [InlineData("РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 2. Подлинник. ГАРФ. Ф. 130. Оп. 4. Д. 5. Л. 6.", "archive=РГАСПИ | fond=17 | opis=3 | delo=5 | locator=2 || archive=ГАРФ | fond=130 | opis=4 | delo=5 | locator=6")]
    public void An_archive_after_a_sentence_is_a_citation_of_its_own(string note, string expected) => Reads(note, expected);

    // ---- Ukrainian and Georgian months in a newspaper's date ----

    [Theory]
    [InlineData("Петренко О. Нотатки // Київська правда. 1985. 1 грудня.", "authors=Петренко | title=Нотатки | container=Київська правда | year=1985")]
    [InlineData("Коваль І. Пам'ять // Радянська Україна. 1967. 12 травня.", "authors=Коваль | title=Пам'ять | container=Радянська Україна | year=1967")]
    [InlineData("„ივერია“, 1889, 28 ივლისი, № 158.", "container=ივერია | year=1889 | issue=158")]
    public void Ukrainian_and_Georgian_months_close_a_newspapers_date(string note, string expected) => Reads(note, expected);

    // ---- A container's volume before its statement's slash; a role in brackets after the heading's names ----

    [Theory]
    [InlineData("Петров А. Б. Грузия // История Кавказа. Т. 2 / под ред. В. Г. Сидорова. М., 1990. С. 40.", "authors=Петров | title=Грузия | container=История Кавказа | editors=Сидорова | volume=2 | place=М. | year=1990 | locator=40")]
    [InlineData("Петров А. Б. (ред.) История Грузии. Тбилиси, 1990. С. 5.", "editors=Петров | title=История Грузии | place=Тбилиси | year=1990 | locator=5")]
    [InlineData("Сидоров В. Г., Петров А. Б. (сост.). Документы по истории Абхазии. Сухуми, 1985. С. 12.", "compilers=Сидоров; Петров | title=Документы по истории Абхазии | place=Сухуми | year=1985 | locator=12")]
    [InlineData("Иванов И. И. (отв. ред.) Очерки истории Дагестана. Махачкала, 1957. С. 200.", "editors=Иванов | title=Очерки истории Дагестана | place=Махачкала | year=1957 | locator=200")]
    public void Roles_beside_a_containers_volume_and_after_the_headings_names(string note, string expected) => Reads(note, expected);
}
