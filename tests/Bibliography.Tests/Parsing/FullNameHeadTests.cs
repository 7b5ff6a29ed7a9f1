using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// A person named in full, two capitalised words and a full stop, opening an entry of an Azerbaijani or Turkish list of
/// literature (<c>Family Given. Title. Place: Publisher, Year.</c>), read by the rules alone: the family name is the word
/// that ends as one; two words of which neither ends so are left to the title. Every example is invented for its class.
/// </summary>
public class FullNameHeadTests
{
    private static void Check(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Nəsirov Kamran. Qafqaz dağlıları. Bakı: Təhsil, 2004.", "authors=Nəsirov | title=Qafqaz dağlıları | place=Bakı | publisher=Təhsil | year=2004")]
    [InlineData("Həsənli Cəmil. Şimali Azərbaycanın sənədləri. Bakı: Elm, 1998.", "authors=Həsənli | title=Şimali Azərbaycanın sənədləri | place=Bakı | publisher=Elm | year=1998")]
    [InlineData("Elçin Məmmədov. Türk şeirində təbiət // Ədəbiyyat. 2012. № 3.", "authors=Məmmədov | title=Türk şeirində təbiət | container=Ədəbiyyat | year=2012 | issue=3")]
    public void A_name_in_full_before_a_title_and_imprint_is_the_author(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Qarabağ Xanlığı. Bakı: Elm, 1991.", "Qarabağ")]
    [InlineData("Маршал Жуков. Каким мы его помним. М., 1989.", "Жуков")]
    [InlineData("Маршал Жуков. Каким мы его помним. М., 1989.", "Маршал")]
    public void Two_capitalised_words_of_a_title_are_no_name(string note, string word) =>
        RulesOnly.Parse(note).OfType<PublicationCitation>().ShouldAllBe(p => p.Authors.All(a => a.Family != word));
}
