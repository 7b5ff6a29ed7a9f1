using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Further classes of Georgian and Russian notes (issue #18): Georgian role words before and after the names, Georgian
/// lead-ins, serials after <c>//</c> with their place in full, statements after a title's commas, Georgian short titles
/// before <c>year: pages</c>, newspapers cited by day and month, archives named in two parts; and the forms of the
/// brief (Georgian books, periodicals and archives in every script, GOST journals, newspapers and publishers) that must
/// keep reading. Every example is invented; rows are scored as the evaluation scores real notes (see
/// <see cref="ExpectedFields"/>). The class rows are read by the rules alone, which the hybrid's labeller does not mend.
/// </summary>
public class GeorgianRussianFurtherClassesTests
{
    private static void Reads(string note, string expected) => ExpectedFields.Check(note, expected);

    private static void RulesRead(string note, string expected) => RulesOnly.Check(note, expected);

    // ---- The brief's forms, read whole by the hybrid ----

    [Theory]
    [InlineData("ჯავახიშვილი ი. ქართველი ერის ისტორია. ტ. 2. თბ., 1965. გვ. 45.", "authors=ჯავახიშვილი | title=ქართველი ერის ისტორია | volume=2 | place=თბ. | year=1965 | locator=45")]
    [InlineData("ი. ჯავახიშვილი, ქართველი ერის ისტორია, ტ. 2, თბ., 1965, გვ. 45.", "authors=ჯავახიშვილი | title=ქართველი ერის ისტორია | volume=2 | place=თბ. | year=1965 | locator=45")]
    [InlineData("ბერძენიშვილი ნ. საქართველოს ისტორიის საკითხები. წ. 1. თბილისი: მეცნიერება, 1964. გვ. 12.", "authors=ბერძენიშვილი | title=საქართველოს ისტორიის საკითხები | place=თბილისი | publisher=მეცნიერება | year=1964 | locator=12")]
    [InlineData("ლორთქიფანიძე მ. საქართველოს ისტორია, თბილისი: მეცნიერება, 1985, გვ. 100.", "authors=ლორთქიფანიძე | title=საქართველოს ისტორია | place=თბილისი | publisher=მეცნიერება | year=1985 | locator=100")]
    [InlineData("ჩიქოვანი გ. ქართული მწერლობა. თბ.: გამომც. „საბჭოთა საქართველო“, 1972. გვ. 8.", "authors=ჩიქოვანი | title=ქართული მწერლობა | place=თბ. | publisher=საბჭოთა საქართველო | year=1972 | locator=8")]
    [InlineData("ქართლის ცხოვრება. ტ. 1. ს. ყაუხჩიშვილის რედაქციით. თბ., 1955. გვ. 20.", "title=ქართლის ცხოვრება | volume=1 | editors=ყაუხჩიშვილის | place=თბ. | year=1955 | locator=20")]
    [InlineData("საქართველოს ისტორიის ნარკვევები, ტ. 6, რედ. ა. სურგულაძე, თბილისი, 1972, გვ. 301.", "title=საქართველოს ისტორიის ნარკვევები | volume=6 | editors=სურგულაძე | place=თბილისი | year=1972 | locator=301")]
    [InlineData("იხ. ჯანელიძე ო. საქართველოს ისტორია. თბ., 2001. გვ. 33.", "authors=ჯანელიძე | title=საქართველოს ისტორია | place=თბ. | year=2001 | locator=33")]
    [InlineData("ლომიძე გ. ქართული პრესა // მაცნე. 1990. № 3. გვ. 12.", "authors=ლომიძე | title=ქართული პრესა | container=მაცნე | year=1990 | issue=3 | locator=12")]
    [InlineData("„მნათობი“, 1985, № 8, გვ. 33.", "container=მნათობი | year=1985 | issue=8 | locator=33")]
    [InlineData("გაზ. „კომუნისტი“, 1921, № 45.", "container=კომუნისტი | year=1921 | issue=45")]
    [InlineData("ბახტაძე მ. ერეკლე მეორე. – „ცისკარი“, 1970, № 4, გვ. 90.", "authors=ბახტაძე | title=ერეკლე მეორე | container=ცისკარი | year=1970 | issue=4 | locator=90")]
    [InlineData("სცსა, ფ. 1, ან. 2, საქ. 3, ფ. 4.", "archive=სცსა | fond=1 | opis=2 | delo=3 | locator=4")]
    [InlineData("სეა, ფ. 1448, ან. 1, საქ. 22, ფურც. 5.", "archive=სეა | fond=1448 | opis=1 | delo=22 | locator=5")]
    [InlineData("სშსსა, ფ. 284, ან. 1, საქ. 190, ფ. 13-14.", "archive=სშსსა | fond=284 | opis=1 | delo=190 | locator=13-14")]
    [InlineData("საქართველოს ცენტრალური სახელმწიფო საისტორიო არქივი, ფონდი 4, ანაწერი 2, საქმე 77, ფურცელი 9.", "archive=საქართველოს ცენტრალური სახელმწიფო საისტორიო არქივი | fond=4 | opis=2 | delo=77 | locator=9")]
    [InlineData("საქართველოს შსს არქივი, ფ. 14, აღწ. 2, საქ. 45, ფ. 3.", "archive=საქართველოს შსს არქივი | fond=14 | opis=2 | delo=45 | locator=3")]
    [InlineData("ЦГИА Грузии. Ф. 1. Оп. 2. Д. 3. Л. 5.", "archive=ЦГИА Грузии | fond=1 | opis=2 | delo=3 | locator=5")]
    [InlineData("Архив ИМЭЛ при ЦК КП Грузии. Ф. 8. Оп. 2. Д. 14. Л. 7.", "archive=Архив ИМЭЛ при ЦК КП Грузии | fond=8 | opis=2 | delo=14 | locator=7")]
    [InlineData("сцса, ф. 1083, оп. 1, д. 20, л. 4.", "archive=сцса | fond=1083 | opis=1 | delo=20 | locator=4")]
    [InlineData("ЦГИАГ, ф. 2, оп. 1, д. 3411, л. 12 об.", "archive=ЦГИАГ | fond=2 | opis=1 | delo=3411 | locator=12 об.")]
    [InlineData("Архив МВД Грузии (I), ф. 6, д. 37, л. 45.", "archive=Архив МВД Грузии (I) | fond=6 | delo=37 | locator=45")]
    [InlineData("ЦГА НИ Грузии. Ф. 1. Оп. 1. Д. 12. Л. 3.", "archive=ЦГА НИ Грузии | fond=1 | opis=1 | delo=12 | locator=3")]
    public void Georgian_books_periodicals_and_archives(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("Петров А. Б. Кавказ в 1920 г. // Вопросы истории. 1990. № 8. С. 73–80.", "authors=Петров | title=Кавказ в 1920 г. | container=Вопросы истории | year=1990 | issue=8 | locator=73–80")]
    [InlineData("Сидоров В. Г. Горцы // Кавказский сборник. Тифлис, 1905. Вып. 3. С. 10.", "authors=Сидоров | title=Горцы | container=Кавказский сборник | place=Тифлис | year=1905 | issue=3 | locator=10")]
    [InlineData("Иванов И. И. Записки // Русская старина. 1880. Т. 28. Кн. 2. С. 300.", "authors=Иванов | title=Записки | container=Русская старина | year=1880 | volume=28 | locator=300")]
    [InlineData("Правда. 1923. 2 окт.", "container=Правда | year=1923")]
    [InlineData("Заря Востока, 1925, 12 мая, № 870.", "container=Заря Востока | year=1925 | issue=870")]
    [InlineData("газета «Коммунист», 15 декабря 1920 г.", "container=Коммунист | year=1920")]
    [InlineData("Петров А. Б. История. М.: Наука, 1985. С. 12.", "authors=Петров | title=История | place=М. | publisher=Наука | year=1985 | locator=12")]
    [InlineData("Петров А. Б. История. М.: Изд-во МГУ, 1985. 320 с.", "authors=Петров | title=История | place=М. | publisher=Изд-во МГУ | year=1985")]
    [InlineData("Петров А. Б. История. СПб.: Алетейя, 2001. С. 12.", "authors=Петров | title=История | place=СПб. | publisher=Алетейя | year=2001 | locator=12")]
    [InlineData("Петров А. Б. История. Л.: Госиздат, 1926. С. 12.", "authors=Петров | title=История | place=Л. | publisher=Госиздат | year=1926 | locator=12")]
    [InlineData("Петров А. Б. История. М.; Л.: Госиздат, 1926. С. 12.", "authors=Петров | title=История | place=М.; Л. | publisher=Госиздат | year=1926 | locator=12")]
    [InlineData("Петров А. Б. Отчёт. Тифлис: Тип. канцелярии главноначальствующего, 1890. С. 12.", "authors=Петров | title=Отчёт | place=Тифлис | publisher=Тип. канцелярии главноначальствующего | year=1890 | locator=12")]
    [InlineData("Петров А. Б. История. Т. 2: 1917–1922. М.: Наука, 1985. С. 12.", "authors=Петров | title=История | volume=2 | place=М. | publisher=Наука | year=1985 | locator=12")]
    [InlineData("Петров А. Б. История. 9-е изд., доп. и испр. М.: Наука, 1985. С. 12.", "authors=Петров | title=История | place=М. | publisher=Наука | year=1985 | locator=12")]
    [InlineData("А. Б. Петров. История Грузии. М.: Наука, 1985. С. 12.", "authors=Петров | title=История Грузии | place=М. | publisher=Наука | year=1985 | locator=12")]
    [InlineData("Документы / сост. А. Б. Петров; под ред. В. Г. Сидорова. М.: Наука, 1990. С. 7.", "title=Документы | compilers=Петров | editors=Сидорова | place=М. | publisher=Наука | year=1990 | locator=7")]
    [InlineData("Петров А. Б. Кавказ // Вопросы истории. 1990. Вып. 3. С. 5.", "authors=Петров | title=Кавказ | container=Вопросы истории | year=1990 | issue=3 | locator=5")]
    [InlineData("Петров А. Б. Кавказ. М.: Изд-во полит. лит-ры, 1985. С. 5.", "authors=Петров | title=Кавказ | place=М. | publisher=Изд-во полит. лит-ры | year=1985 | locator=5")]
    [InlineData("Петров А. Б. Кавказ. Тбилиси: Сабчота Сакартвело, 1985. С. 5.", "authors=Петров | title=Кавказ | place=Тбилиси | publisher=Сабчота Сакартвело | year=1985 | locator=5")]
    [InlineData("Петров А. Б. Кавказ. Тбилиси: Изд-во Тбилисского ун-та, 1985. С. 5.", "authors=Петров | title=Кавказ | place=Тбилиси | publisher=Изд-во Тбилисского ун-та | year=1985 | locator=5")]
    public void Russian_journals_newspapers_publishers_and_statements(string note, string expected) => Reads(note, expected);

    // ---- Georgian roles before the names (რედ., შემდგ.) and after them in the genitive (X-ის რედაქციით, X-ის გამოცემა), in sentences and after a title's commas ----

    [Theory]
    [InlineData("ქართლის ცხოვრება, ტ. 1, ს. ყაუხჩიშვილის რედაქციით, თბ., 1955, გვ. 20.", "title=ქართლის ცხოვრება | volume=1 | editors=ყაუხჩიშვილის | place=თბ. | year=1955 | locator=20")]
    [InlineData("ძველი ქართული აგიოგრაფიული ლიტერატურის ძეგლები. წ. 1. ილ. აბულაძის რედაქციით. თბ., 1963. გვ. 5.", "title=ძველი ქართული აგიოგრაფიული ლიტერატურის ძეგლები | editors=აბულაძის | place=თბ. | year=1963 | locator=5")]
    [InlineData("საქართველოს ისტორია. რედ. ა. სურგულაძე. თბ., 1972. გვ. 301.", "title=საქართველოს ისტორია | editors=სურგულაძე | place=თბ. | year=1972 | locator=301")]
    [InlineData("ქართული დოკუმენტები. შემდგ. გ. ჯაფარიძე. თბილისი, 1980. გვ. 9.", "title=ქართული დოკუმენტები | compilers=ჯაფარიძე | place=თბილისი | year=1980 | locator=9")]
    [InlineData("შატბერდის კრებული. ბ. გიგინეიშვილისა და ელ. გიუნაშვილის გამოცემა. თბ., 1979.", "title=შატბერდის კრებული | editors=გიგინეიშვილისა; გიუნაშვილის | place=თბ. | year=1979")]
    [InlineData("საქართველოს ისტორიის ნარკვევები, ტ. 6, რედ. ა. სურგულაძე, თბილისი, 1972, გვ. 301.", "title=საქართველოს ისტორიის ნარკვევები | volume=6 | editors=სურგულაძე | place=თბილისი | year=1972 | locator=301")]
    public void Georgian_roles_before_and_after_the_names(string note, string expected) => RulesRead(note, expected);

    // ---- Georgian lead-ins (იხ., იხ. აგრეთვე, შდრ.) are prose ----

    [Theory]
    [InlineData("იხ. აგრეთვე ბახტაძე მ. ერეკლე მეორე. თბ., 1990. გვ. 14.", "authors=ბახტაძე | title=ერეკლე მეორე | place=თბ. | year=1990 | locator=14")]
    [InlineData("შდრ. ნ. ბერძენიშვილი, საქართველოს ისტორიის საკითხები, თბ., 1964, გვ. 12.", "authors=ბერძენიშვილი | title=საქართველოს ისტორიის საკითხები | place=თბ. | year=1964 | locator=12")]
    public void Georgian_lead_ins_are_prose(string note, string expected) => RulesRead(note, expected);

    // ---- A serial's place written in full after //, and a book's part after a volume ----

    [Theory]
    [InlineData("Петров А. Б. Горцы // Сборник материалов для описания местностей и племен Кавказа. Тифлис, 1890. Вып. 10. С. 5.", "authors=Петров | title=Горцы | container=Сборник материалов для описания местностей и племен Кавказа | place=Тифлис | year=1890 | issue=10 | locator=5")]
    [InlineData("Сидоров В. Письма // Кавказский сборник. Т. 5. Тифлис, 1880. С. 20.", "authors=Сидоров | title=Письма | container=Кавказский сборник | volume=5 | place=Тифлис | year=1880 | locator=20")]
    [InlineData("Петров А. Записки // Исторический вестник. 1905. Т. 99. Кн. 3. С. 800.", "authors=Петров | title=Записки | container=Исторический вестник | year=1905 | volume=99 | locator=800")]
    public void Serials_after_a_double_slash(string note, string expected) => RulesRead(note, expected);

    // ---- A place and its publisher, volumes and statements of responsibility after a title's commas ----

    [Theory]
    [InlineData("ლორთქიფანიძე მ. საქართველოს ისტორია, თბილისი: მეცნიერება, 1985, გვ. 100.", "authors=ლორთქიფანიძე | title=საქართველოს ისტორია | place=თბილისი | publisher=მეცნიერება | year=1985 | locator=100")]
    [InlineData("История Грузии, т. 2, под ред. А. Б. Петрова, Тбилиси, 1972, с. 5.", "title=История Грузии | volume=2 | editors=Петрова | place=Тбилиси | year=1972 | locator=5")]
    [InlineData("Документы по истории Кавказа, сост. В. Г. Сидоров, М., 1990, с. 7.", "title=Документы по истории Кавказа | compilers=Сидоров | place=М. | year=1990 | locator=7")]
    [InlineData("История Кавказа, т. 3, М., 1990, с. 7.", "title=История Кавказа | volume=3 | place=М. | year=1990 | locator=7")]
    [InlineData("Петров А. Б. Горцы, Кавказа и Закавказья, М., 1990, с. 7.", "authors=Петров | title=Горцы, Кавказа и Закавказья | place=М. | year=1990 | locator=7")]
    [InlineData("Петров А. Б. Кавказ. М., Л.: Госиздат, 1926. С. 3.", "authors=Петров | title=Кавказ | place=М., Л. | publisher=Госиздат | year=1926 | locator=3")]
    public void Imprints_and_statements_after_a_title_comma(string note, string expected) => RulesRead(note, expected);

    // ---- Georgian archives in Georgian, in Russian and in the AcadNusx font; archives named in two parts; a documentary edition's source line ----

    [Theory]
    [InlineData("სცსა, ფ. 1438, ან. 1, საქ. 12, ფურც. 3.", "archive=სცსა | fond=1438 | opis=1 | delo=12 | locator=3")]
    [InlineData("საქართველოს ეროვნული არქივი, ცენტრალური საისტორიო არქივი, ფ. 1, ან. 2, საქ. 3, ფ. 4.", "archive=საქართველოს ეროვნული არქივი, ცენტრალური საისტორიო არქივი | fond=1 | opis=2 | delo=3 | locator=4")]
    [InlineData("სეა ცსა, ფონდი 1083, ანაწერი 1, საქმე 20, ფურცელი 4–5.", "archive=სეა ცსა | fond=1083 | opis=1 | delo=20 | locator=4–5")]
    [InlineData("ЦГИА Грузии, ф. 1438, оп. 1, д. 12, л. 3.", "archive=ЦГИА Грузии | fond=1438 | opis=1 | delo=12 | locator=3")]
    [InlineData("ЦГИА ГССР. Ф. 13. Оп. 1. Д. 1054. Лл. 2–3.", "archive=ЦГИА ГССР | fond=13 | opis=1 | delo=1054 | locator=2–3")]
    [InlineData("Архив ИМЭЛ при ЦК КП Грузии, ф. 8, оп. 2, ед. хр. 14, л. 7.", "archive=Архив ИМЭЛ при ЦК КП Грузии | fond=8 | opis=2 | delo=14 | locator=7")]
    [InlineData("sca, f. 1438, anaw. 1, saq. 12, furc. 3.", "archive=sca | fond=1438 | opis=1 | delo=12 | locator=3")]
    [InlineData("საქართველოს შსს არქივი, ფ. 6, საქ. 37, ფ. 45.", "archive=საქართველოს შსს არქივი | fond=6 | delo=37 | locator=45")]
    [InlineData("სცსა, ფ. 1438, ან. 1, საქ. 12; ფ. 2, ან. 1, საქ. 5.", "archive=სცსა | fond=1438 | opis=1 | delo=12 || fond=2 | opis=1 | delo=5")]
    [InlineData("ხელნაწერთა ეროვნული ცენტრი, ფ. 1, საქ. 22.", "archive=ხელნაწერთა ეროვნული ცენტრი | fond=1 | delo=22")]
    [InlineData("ქუთაისის სახელმწიფო საისტორიო არქივი, ფ. 5, ან. 1, საქ. 3, ფ. 7.", "archive=ქუთაისის სახელმწიფო საისტორიო არქივი | fond=5 | opis=1 | delo=3 | locator=7")]
    [InlineData("Национальный архив Грузии, Центральный исторический архив, ф. 1, оп. 2, д. 3, л. 4.", "archive=Национальный архив Грузии, Центральный исторический архив | fond=1 | opis=2 | delo=3 | locator=4")]
    [InlineData("Национальный архив Грузии, Центральный исторический архив. Ф. 1. Оп. 2. Д. 3. Л. 4.", "archive=Национальный архив Грузии, Центральный исторический архив | fond=1 | opis=2 | delo=3 | locator=4")]
    [InlineData("საქართველოს ეროვნული არქივი, ცენტრალური საისტორიო არქივი, ფონდი 1, ანაწერი 2, საქმე 3.", "archive=საქართველოს ეროვნული არქივი, ცენტრალური საისტორიო არქივი | fond=1 | opis=2 | delo=3")]
    [InlineData("Письмо Петрова от 5 мая 1921 г., РГАСПИ, ф. 1, оп. 2, д. 3, л. 4.", "archive=РГАСПИ | fond=1 | opis=2 | delo=3 | locator=4")]
    [InlineData("დედანი: Sd-1412", "delo=Sd-1412")]
    [InlineData("დედანი: A-1130. ქაღალდი, 2 ფურცელი.", "delo=A-1130")]
    [InlineData("პირი: Qd-7061 - გადაწერილი XVIII საუკუნეში.", "delo=Qd-7061")]
    [InlineData("დედანი: 1449-2345", "fond=1449 | delo=2345")]
    [InlineData("პირი: 1450-12/87 - ასლი.", "fond=1450 | delo=12/87")]
    public void Georgian_archives_in_every_script(string note, string expected) => RulesRead(note, expected);

    // ---- Georgian short titles and author–date references before 'year: pages', further years alone, and sigla with 'volume: page' ----

    [Theory]
    [InlineData("ისტ. საბ. 1940: 17", "title=ისტ. საბ. | year=1940 | locator=17")]
    [InlineData("საბუთები 1913: 7", "title=საბუთები | year=1913 | locator=7")]
    [InlineData("ჯანაშია 1952: 45", "authors=ჯანაშია | year=1952 | locator=45")]
    [InlineData("ჟორდანია ნ. 1919: 12", "authors=ჟორდანია | year=1919 | locator=12")]
    [InlineData("ქსძ 3: 112,4", "title=ქსძ | volume=3 | locator=112,4")]
    [InlineData("ქც 1: 44, 12; 57,3", "title=ქც | volume=1 | locator=44, 12; 57,3")]
    [InlineData("АКАК 6: 330", "title=АКАК | volume=6 | locator=330")]
    [InlineData("მატიანე ქართლისა 1955: 45, 46; საისტ. მოამბე 1925: 8", "title=მატიანე ქართლისა | year=1955 | locator=45, 46 || title=საისტ. მოამბე | year=1925 | locator=8")]
    [InlineData("ლომიძე 1964: 12; 1965: 45-47", "authors=ლომიძე | year=1964 | locator=12 || year=1965 | locator=45-47")]
    [InlineData("Ломидзе 1971: 33; 1980: 9", "authors=Ломидзе | year=1971 | locator=33 || year=1980 | locator=9")]
    [InlineData("ქართული ხელნაწერები ... 1978: 78", "title=ქართული ხელნაწერები ... | year=1978 | locator=78")]
    [InlineData("ჯავახიშვილი ი. 1960: 5", "authors=ჯავახიშვილი | year=1960 | locator=5")]
    // A siglum of two or three letters alone, before its year: a title (no family name is so short).
    [InlineData("მქ 1963: 81, 117", "title=მქ | year=1963 | locator=81, 117")]
    [InlineData("სსმ 1990: 4; ქრონიკები 1897: 12", "title=სსმ | year=1990 | locator=4 || title=ქრონიკები | year=1897 | locator=12")]
    [InlineData("სსკ 1985: 22", "title=სსკ | year=1985 | locator=22")]
    public void Short_titles_and_author_dates_before_year_and_pages(string note, string expected) => RulesRead(note, expected);

    // ---- Newspapers and journals: quoted or plain, with a kind word, by day and month, Georgian and Russian ----

    [Theory]
    [InlineData("«Известия», 28 августа.", "container=Известия")]
    [InlineData("«Правда», 5 декабря 1928.", "container=Правда | year=1928")]
    [InlineData("«Заря Востока», 12 мая 1925 г., № 870.", "container=Заря Востока | year=1925 | issue=870")]
    [InlineData("газ. „კომუნისტი“, 1921, 5 მაისი, № 45.", "container=კომუნისტი | year=1921 | issue=45")]
    [InlineData("„სახალხო საქმე“, 1919, № 512, გვ. 2.", "container=სახალხო საქმე | year=1919 | issue=512 | locator=2")]
    [InlineData("„საქართველოს რესპუბლიკა“, 1992, 28 ივლისი, № 138.", "container=საქართველოს რესპუბლიკა | year=1992 | issue=138")]
    [InlineData("გაზეთი „ივერია“, 1887, № 12.", "container=ივერია | year=1887 | issue=12")]
    [InlineData("ჟურნ. „მნათობი“, 1970, № 4, გვ. 90.", "container=მნათობი | year=1970 | issue=4 | locator=90")]
    [InlineData("მნათობი, 1970, № 4, გვ. 90.", "container=მნათობი | year=1970 | issue=4 | locator=90")]
    [InlineData("Заря Востока, 1925, № 870.", "container=Заря Востока | year=1925 | issue=870")]
    [InlineData("Газ. «Кавказ», 1905, № 12.", "container=Кавказ | year=1905 | issue=12")]
    [InlineData("«Кавказ». 1905. № 12. С. 2.", "container=Кавказ | year=1905 | issue=12 | locator=2")]
    [InlineData("Кавказ. 1905. 12 янв. № 12.", "container=Кавказ | year=1905 | issue=12")]
    [InlineData("Красная Армия. Её путь и задачи. М., 1920. С. 5.", "title=Красная Армия. Её путь и задачи | place=М. | year=1920 | locator=5")]
    [InlineData("Советская Россия. 1920. № 5.", "container=Советская Россия | year=1920 | issue=5")]
    public void Newspapers_and_journals(string note, string expected) => RulesRead(note, expected);

    // ---- Georgian and Russian heading names, given or family first, with commas or full stops ----

    [Theory]
    [InlineData("ბახტაძე მ. ერეკლე მეორე // მაცნე. ისტორიის სერია. 1990. № 3. გვ. 12–20.", "authors=ბახტაძე | title=ერეკლე მეორე | container=მაცნე. ისტორიის სერია | year=1990 | issue=3 | locator=12–20")]
    [InlineData("ბახტაძე მ. ერეკლე მეორე. – მაცნე, 1990, № 3, გვ. 12.", "authors=ბახტაძე | title=ერეკლე მეორე | container=მაცნე | year=1990 | issue=3 | locator=12")]
    [InlineData("ბახტაძე მ., ერეკლე მეორე, „მაცნე“, 1990, № 3, გვ. 12.", "authors=ბახტაძე | title=ერეკლე მეორე | container=მაცნე | year=1990 | issue=3 | locator=12")]
    [InlineData("მ. ბახტაძე, ერეკლე მეორე, თბ., 1990, გვ. 12.", "authors=ბახტაძე | title=ერეკლე მეორე | place=თბ. | year=1990 | locator=12")]
    [InlineData("მ. ბახტაძე, ერეკლე მეორე, ქუთაისი, 1990, გვ. 12.", "authors=ბახტაძე | title=ერეკლე მეორე | place=ქუთაისი | year=1990 | locator=12")]
    [InlineData("ნიკო ბერძენიშვილი, საქართველოს ისტორიის საკითხები, ტ. 8, თბ., 1975, გვ. 14.", "authors=ბერძენიშვილი | title=საქართველოს ისტორიის საკითხები | volume=8 | place=თბ. | year=1975 | locator=14")]
    [InlineData("ბერძენიშვილი ნ., საქართველოს ისტორიის საკითხები, წ. VIII, თბ., 1975, გვ. 14.", "authors=ბერძენიშვილი | title=საქართველოს ისტორიის საკითხები | place=თბ. | year=1975 | locator=14")]
    [InlineData("ჯავახიშვილი ი. თხზულებანი თორმეტ ტომად. ტ. 1. თბ.: მეცნიერება, 1979. გვ. 45.", "authors=ჯავახიშვილი | title=თხზულებანი | volume=1 | place=თბ. | publisher=მეცნიერება | year=1979 | locator=45")]
    [InlineData("ჯავახიშვილი ი., ბერძენიშვილი ნ. საქართველოს ისტორია. თბ., 1946. გვ. 5.", "authors=ჯავახიშვილი; ბერძენიშვილი | title=საქართველოს ისტორია | place=თბ. | year=1946 | locator=5")]
    [InlineData("Джавахишвили И. А. История грузинского народа. Т. 1. Тбилиси, 1960. С. 45.", "authors=Джавахишвили | title=История грузинского народа | volume=1 | place=Тбилиси | year=1960 | locator=45")]
    [InlineData("Бердзенишвили Н., Джавахишвили И., Джанашиа С. История Грузии. Ч. 1. Тбилиси, 1946. С. 5.", "authors=Бердзенишвили; Джавахишвили; Джанашиа | title=История Грузии | place=Тбилиси | year=1946 | locator=5")]
    public void Heading_names_and_imprints(string note, string expected) => RulesRead(note, expected);
}
