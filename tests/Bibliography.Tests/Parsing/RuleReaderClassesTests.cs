using Bibliography.Parsing;
using Bibliography.Tests.Evaluation;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Classes of Russian, Georgian and Azerbaijani notes read by the rule readers alone (issue #18): each class with
/// several invented spellings, scored field by field as the evaluation scores real notes, with the labeller off so that
/// the rules, not the model, are what passes.
/// </summary>
/// <remarks>
/// A row is a footnote and what a historian reads in it: citations separated by <c>||</c>, fields by <c>|</c>, each
/// <c>field=value</c> as the evaluation set writes it (family names only, values as written, several names with <c>;</c>).
/// </remarks>
public class RuleReaderClassesTests
{
    private const string Antecedent = "Иванов А. Б. История Кавказа. М.: Наука, 1985. С. 1.";

    private static void Reads(string note, string expected, string? before = null) => RulesOnly.Check(note, expected, before);

    // ---- Author–date references: names (or a short title), a year, what follows a year ----

    [Theory]
    [InlineData("Гогуадзе. 2011. С. 45-47", "authors=Гогуадзе | year=2011 | locator=45-47")]
    [InlineData("Бердзенишвили. 1964. Т. 2. С. 118", "authors=Бердзенишвили | year=1964 | volume=2 | locator=118")]
    [InlineData("Иванов 1985, с. 12.", "authors=Иванов | year=1985 | locator=12")]
    [InlineData("(Иванов 1985: 12)", "authors=Иванов | year=1985 | locator=12")]
    [InlineData("[Смирнова 2003, с. 12–14]", "authors=Смирнова | year=2003 | locator=12–14")]
    [InlineData("Odilavadze D., Berikashvili D. 2015", "authors=Odilavadze; Berikashvili | year=2015")]
    [InlineData("Mamedov, 1990: 44; Aliyev, 2001: 18-19", "authors=Mamedov | year=1990 | locator=44 || authors=Aliyev | year=2001 | locator=18-19")]
    [InlineData("Иванов и Петров 1985: 7", "authors=Иванов; Петров | year=1985 | locator=7")]
    [InlineData("Иванов и др. 1985: 7", "authors=Иванов | year=1985 | locator=7")]
    [InlineData("Berikashvili, Bukhsianidze, Gabunia…2015", "authors=Berikashvili; Bukhsianidze; Gabunia | year=2015")]
    [InlineData("Chronicle of Kartli... 1955: 295", "title=Chronicle of Kartli... | year=1955 | locator=295")]
    [InlineData("Сталин И. В. 1947. С. 5.", "authors=Сталин | year=1947 | locator=5")]
    public void An_author_date_reference_gives_its_names_year_and_locator(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("Об этом см. [Петров 1990, с. 15; Сидоров 2001].", "authors=Петров | year=1990 | locator=15 || authors=Сидоров | year=2001")]
    [InlineData("Подробнее о реформе см. [Алиев 2005, с. 112–114].", "authors=Алиев | year=2005 | locator=112–114")]
    [InlineData("Этот вопрос рассмотрен в работах И. Петрова (Петров 1990: 15).", "authors=Петров | year=1990 | locator=15")]
    [InlineData("Такой взгляд восходит к [Castagne 1925], а позднее к [Гасанов 1954]. См., например, [История Азербайджана 2000, 2: 83-102].",
        "authors=Castagne | year=1925 || authors=Гасанов | year=1954 || title=История Азербайджана | year=2000 | volume=2 | locator=83-102")]
    public void Author_date_references_in_brackets_inside_prose_are_read_each(string note, string expected) => Reads(note, expected);

    [Theory]
    // A lone word and a year without a page may be a periodical; names listed with commas and no initials outside
    // brackets may be an author and a short title.
    [InlineData("Pavlov, Leningrad 1941, p. 120.")]
    [InlineData("Правда, 1937.")]
    [InlineData("Иванов А. Б. История Кавказа. М., 1985.")]
    public void What_is_no_author_date_reference_is_left_to_the_other_readers(string note) =>
        AuthorDateReader.Read(note, 0, note.Length).ShouldBeNull();

    // ---- A lead-in without its colon (См., См. также, Ср.), and the source lists of encyclopedia articles ----

    [Theory]
    [InlineData("См. Иванов А. Б. История Кавказа. М., 1985. С. 12.", "authors=Иванов | title=История Кавказа | place=М. | year=1985 | locator=12")]
    [InlineData("См. также Петров В. Г. Очерки истории Грузии. Тбилиси, 1990. С. 45.", "authors=Петров | title=Очерки истории Грузии | place=Тбилиси | year=1990 | locator=45")]
    [InlineData("Ср. Сидоров Д. Е. Революция в Закавказье. Баку, 1927. С. 3.", "authors=Сидоров | title=Революция в Закавказье | place=Баку | year=1927 | locator=3")]
    [InlineData("ГАРФ. Ф. 3316. Оп. 2. Д. 5. Л. 7; см. также Алиев И. Г. История Азербайджана. Баку, 1995. С. 304.",
        "archive=ГАРФ | fond=3316 | opis=2 | delo=5 | locator=7 || authors=Алиев | title=История Азербайджана | place=Баку | year=1995 | locator=304")]
    [InlineData("Ист.: Иванов А. Б. История Грузии. Тифлис, 1897.", "authors=Иванов | title=История Грузии | place=Тифлис | year=1897")]
    [InlineData("Лит.: Петров В. Г. Очерки. М., 1970; Сидоров Д. История. Л., 1980.", "authors=Петров | title=Очерки | place=М. | year=1970 || authors=Сидоров | title=История | place=Л. | year=1980")]
    public void A_lead_in_without_its_colon_stays_out_of_the_citation(string note, string expected) => Reads(note, expected);

    // ---- A note on the work's language closing it ----

    [Theory]
    [InlineData("Иванов А. Б. История Грузии. Тифлис, 1897 (на груз. яз.)", "authors=Иванов | title=История Грузии | place=Тифлис | year=1897")]
    [InlineData("Джавахишвили И. История грузинского народа. Тб., 1960. Т. 1. С. 45 (на груз. яз.).", "authors=Джавахишвили | title=История грузинского народа | place=Тб. | year=1960 | volume=1 | locator=45")]
    [InlineData("Мамедов Р. Нефть и революция. Баку, 1988. С. 20 (на азерб. языке)", "authors=Мамедов | title=Нефть и революция | place=Баку | year=1988 | locator=20")]
    public void A_note_on_the_language_is_no_part_of_any_field(string note, string expected) => Reads(note, expected);

    // ---- A work cited short by its title and volume; a periodical's number after its year without "№" ----

    [Theory]
    [InlineData("Президиум ЦК КПСС. Т. 2. С. 213.", "title=Президиум ЦК КПСС | volume=2 | locator=213")]
    [InlineData("Документы внешней политики СССР. Т. 5. С. 18.", "title=Документы внешней политики СССР | volume=5 | locator=18")]
    [InlineData("Ленинский сборник. Т. XXXV. С. 12.", "title=Ленинский сборник | volume=XXXV | locator=12")]
    public void A_title_with_a_volume_and_a_page_is_a_publication(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("Могзаури. 1905. 37. С. 579", "container=Могзаури | year=1905 | issue=37 | locator=579")]
    [InlineData("Иверия. 1890. 112. С. 2", "container=Иверия | year=1890 | issue=112 | locator=2")]
    [InlineData("Квали. 1897. 19/20. С. 375", "container=Квали | year=1897 | issue=19/20 | locator=375")]
    [InlineData("Иванов А. Письмо в редакцию//Иверия. 1903. 142. С. 4", "authors=Иванов | title=Письмо в редакцию | container=Иверия | year=1903 | issue=142 | locator=4")]
    [InlineData("Моамбе. Тифлис, 1899. 4. С. 10", "container=Моамбе | place=Тифлис | year=1899 | issue=4 | locator=10")]
    public void A_periodical_number_after_its_year_is_the_issue(string note, string expected) => Reads(note, expected);

    // ---- A lone name (a pseudonym, a name without initials) before an article's title; a journal's month ----

    [Theory]
    [InlineData("Эль-Регистан. Лай цепных собак // Правда Востока. 1929. 17 апреля.", "authors=Эль-Регистан | title=Лай цепных собак | container=Правда Востока | year=1929")]
    [InlineData("Максимов. Статья о школе // Новый мир. 1928. № 10–11. Ноябрь. С. 24–25.", "authors=Максимов | title=Статья о школе | container=Новый мир | year=1928 | issue=10–11 | locator=24–25")]
    [InlineData("Иванов А. Б. Статья // Звезда. 1928. № 10. Октябрь. С. 24.", "authors=Иванов | title=Статья | container=Звезда | year=1928 | issue=10 | locator=24")]
    public void A_lone_name_before_an_article_is_its_author(string note, string expected) => Reads(note, expected);

    // ---- "Op. cit." without a name: the work cited just before ----

    [Theory]
    [InlineData("Указ. соч., с. 12.", "locator=12")]
    [InlineData("Göstərilən əsər, s. 12.", "locator=12")]
    public void An_op_cit_without_a_name_cites_the_work_before(string note, string expected) => Reads(note, expected + " | title=История Кавказа", Antecedent);

    // ---- A volume word after the year that ends without a full stop (Azerbaijani "cild") once threw out of the reader ----

    [Theory]
    [InlineData("Əliyev R.M. Qafqaz tarixi. Bakı: Elm, 2005, cild 2, s. 5.", "year=2005 | volume=2 | locator=5")]
    [InlineData("Əliyev R.M. Qafqaz tarixi. Bakı: Elm, 2005. Cild II. S. 5", "year=2005 | volume=II | locator=5")]
    [InlineData("Əliyev R.M. Qafqaz tarixi. Bakı: Elm, 2005, cild 2", "year=2005 | volume=2")]
    [InlineData("Məmmədov T. Şirvan tarixi. Bakı, 1999, cild 3", "year=1999 | volume=3")]
    public void A_volume_word_without_a_full_stop_after_the_year_is_the_volume(string note, string expected) => Reads(note, expected);

    // ---- The Azerbaijani et al. ("və b.") closes the names, as "и др." does ----

    [Theory]
    [InlineData("Əliyev R.M., Məmmədov T.Ə., Həsənov F. və b. Qafqaz tarixi. Bakı: Elm, 2005. S. 5.", "authors=Əliyev; Məmmədov; Həsənov | title=Qafqaz tarixi | year=2005 | locator=5")]
    [InlineData("Quliyev V. və b. Azərbaycan tarixi. Bakı, 1999. S. 12.", "authors=Quliyev | title=Azərbaycan tarixi | year=1999 | locator=12")]
    public void The_azerbaijani_et_al_closes_the_names(string note, string expected) => Reads(note, expected);
}
