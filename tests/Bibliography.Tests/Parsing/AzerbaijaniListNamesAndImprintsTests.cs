using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Forms of Azerbaijani lists of literature (and the Turkish and Russian entries they mix in) read by the rules alone: an
/// author named in full, the given name telling the family name in either order and script; the extent after an
/// imprint's year and comma, with unnumbered pages in brackets or the Cyrillic с. typed as a Latin c; a Turkish publishing
/// house named without its place. Every example is invented for its class.
/// </summary>
public class AzerbaijaniListNamesAndImprintsTests
{
    private static void Check(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Kərimli Teymur. Azərbaycan ədəbiyyatı tarixi. Bakı: Elm, 2011.", "authors=Kərimli | title=Azərbaycan ədəbiyyatı tarixi | place=Bakı | publisher=Elm | year=2011")]
    [InlineData("Ayten Kaya. Osmanlı kaynaklarında Azerbaycan. İstanbul: Ötüken, 2005.", "authors=Kaya | title=Osmanlı kaynaklarında Azerbaycan | place=İstanbul | publisher=Ötüken | year=2005")]
    [InlineData("Зия Гусейнов. История Ширвана (IX-XV века). Баку, 1985.", "authors=Гусейнов | title=История Ширвана (IX-XV века) | place=Баку | year=1985")]
    [InlineData("Алиев Эльдар. Очерки истории Гянджи. Баку: Элм, 1990.", "authors=Алиев | title=Очерки истории Гянджи | place=Баку | publisher=Элм | year=1990")]
    public void A_given_name_tells_the_family_name_of_a_name_in_full(string note, string expected) => Check(note, expected);

    [Theory]
    // A poet's epithet of origin after his name: the two words open the title of his works, as before.
    [InlineData("Nizami Gəncəvi. Sirlər xəzinəsi. Bakı, Yazıçı, 1981.", "title=Nizami Gəncəvi. Sirlər xəzinəsi | place=Bakı | publisher=Yazıçı | year=1981")]
    // Two given names, or none: nothing tells the family name, and no author is made up.
    [InlineData("Elçin Nəbi. Kitab. Bakı, 2001.", "title=Elçin Nəbi. Kitab | place=Bakı | year=2001")]
    public void A_given_name_does_not_name_an_author_where_the_other_word_tells_nothing(string note, string expected) => Check(note, expected);

    // A name borne as a given name and as a family name (Kemal) after another name tells no order: no author is made up
    // by taking the first word for the family name.
    [Theory]
    [InlineData("Namık Kemal. Vatan yahut Silistre. İstanbul, 1873.")]
    [InlineData("Mustafa Kemal. Nutuk. Ankara, 1927.")]
    public void A_name_also_borne_as_a_family_name_does_not_turn_a_name_round(string note) =>
        RulesOnly.Parse(note).OfType<PublicationCitation>().SelectMany(c => c.Authors).Select(a => a.Family).ShouldNotContain(f => f == "Namık" || f == "Mustafa");

    [Theory]
    [InlineData("Məmmədov A.İ. Azərbaycan toponimləri. Bakı: Elm, 1993, 212(3) s.", "authors=Məmmədov | title=Azərbaycan toponimləri | place=Bakı | publisher=Elm | year=1993")]
    [InlineData("Hüseynov R. Qafqaz Albaniyası. Bakı: Maarif, 1987, 146 s.", "authors=Hüseynov | title=Qafqaz Albaniyası | place=Bakı | publisher=Maarif | year=1987")]
    [InlineData("Петров К.И. Тюркские языки. M.: Наука, 1979, 320 c.", "authors=Петров | title=Тюркские языки | place=M. | publisher=Наука | year=1979")]
    [InlineData("Ибрагимов Т. Ширван. Баку: Элм, 1981, 210 c.", "authors=Ибрагимов | title=Ширван | place=Баку | publisher=Элм | year=1981")]
    public void An_extent_after_the_years_comma_is_recorded_nowhere(string note, string expected) => Check(note, expected);

    [Theory]
    // The Azerbaijani cild after a year keeps its reading: a volume, not an extent.
    [InlineData("Şəki tarixi. Bakı, Təhsil, 2004, c. 1, s. 56.", "title=Şəki tarixi | volume=1 | place=Bakı | publisher=Təhsil | year=2004 | locator=56")]
    public void A_volume_after_the_year_is_no_extent(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Koca S. Oğuzlar. Berikan yayınçılık, 2010. 320 s.", "authors=Koca | title=Oğuzlar | publisher=Berikan yayınçılık | year=2010")]
    [InlineData("Demir H. Kafkasya tarihi. Ötüken Yayınevi, 2008.", "authors=Demir | title=Kafkasya tarihi | publisher=Ötüken Yayınevi | year=2008")]
    [InlineData("Yılmaz E. Dede Korkut. Akçağ Yayınları, 1997, s. 44.", "authors=Yılmaz | title=Dede Korkut | publisher=Akçağ Yayınları | year=1997 | locator=44")]
    public void A_Turkish_publishing_house_is_the_publisher_without_a_place(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Seçilmiş əsərləri. Bakı: Elm, 2005. S. 2.", "title=Seçilmiş əsərləri | place=Bakı | publisher=Elm | year=2005 | locator=2")]
    [InlineData("Tarix. Gəncə: Elm, 2005. səh. 12.", "title=Tarix | place=Gəncə | publisher=Elm | year=2005 | locator=12")]
    [InlineData("Şeirlər: 3 cilddə. Bakı: Yazıçı, 1983. C. 2.", "title=Şeirlər | volume=2 | place=Bakı | publisher=Yazıçı | year=1983")]
    [InlineData("Vəliyev Kamal. Əsərləri: 4 cilddə. Bakı: Öndər, 2004. C. 1.", "authors=Vəliyev | title=Əsərləri | volume=1 | place=Bakı | publisher=Öndər | year=2004")]
    public void A_page_or_a_volume_after_the_years_full_stop_closes_the_imprint(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("13; с.67", "67")]
    [InlineData("2; s. 45", "45")]
    [InlineData("8; səh. 112-114", "112-114")]
    public void A_page_after_a_numbered_references_semicolon_is_its_locator(string note, string page)
    {
        var read = RulesOnly.Parse(note).ShouldHaveSingleItem();
        read.Locator.ShouldNotBeNull().Value.ShouldBe(page);
    }

    [Fact]
    public void Numbered_references_parted_by_semicolons_stay_apart() =>
        RulesOnly.Parse("1; 2; 3").Count.ShouldBe(3);

    [Theory]
    [InlineData("Əliyev Q. Şamaxı qazıntıları // Azərbaycan arxeologiyası, cild: 12, say: 2, 2009, s. 20-31.",
        "authors=Əliyev | title=Şamaxı qazıntıları | container=Azərbaycan arxeologiyası | volume=12 | issue=2 | year=2009 | locator=20-31")]
    [InlineData("Nəsirli T. Gəncə sikkələri // Tarix və onun problemləri, cild: 3, say: 4, 2014.",
        "authors=Nəsirli | title=Gəncə sikkələri | container=Tarix və onun problemləri | volume=3 | issue=4 | year=2014")]
    [InlineData("Kaya A. Köroğlu üzerine // Türk Dili, 2005, yıl, 54, sayı 12, s. 40-48.",
        "authors=Kaya | title=Köroğlu üzerine | container=Türk Dili | year=2005 | volume=54 | issue=12 | locator=40-48")]
    [InlineData("Uçar M. Dede Korkut'ta at // Milli folklor, 2009, yıl 21, sayı 83.",
        "authors=Uçar | title=Dede Korkut'ta at | container=Milli folklor | year=2009 | volume=21 | issue=83")]
    public void A_journals_run_or_volume_and_issue_written_with_their_words_are_read(string note, string expected) => Check(note, expected);

    // A journal's run before the year with no issue after it is its volume all the same.
    [Fact]
    public void A_run_before_the_year_without_an_issue_is_the_volume() =>
        Check("Demir H. Oğuz boyları // Türk Dili, yıl 54, 2005, s. 12.", "authors=Demir | title=Oğuz boyları | container=Türk Dili | volume=54 | year=2005 | locator=12");

    // An empty range holds no publisher's word, and asking must not throw.
    [Fact]
    public void An_empty_range_ends_with_no_Turkish_publishers_word() =>
        PublicationReader.EndsWithTurkishPublisherWord("Ötüken Yayınevi", 0, 0).ShouldBeFalse();
}
