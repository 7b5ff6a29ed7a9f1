using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>The one name pattern every reader of a heading composes (publication, comma-imprint and dash-imprint readers).</summary>
public sealed class HeadingNameTests
{
    [Theory]
    [InlineData("Quliyev V. Title", "Quliyev", "V.")]
    [InlineData("Ter-Petrosyan A. B. Title", "Ter-Petrosyan", "A. B.")]
    [InlineData("Шахбазов Sh. A. Title", "Шахбазов", "Sh. A.")]
    [InlineData("ამირანაშვილი შ. სათაური", "ამირანაშვილი", "შ.")]
    public void A_family_name_then_initials_is_read(string text, string family, string initials)
    {
        var m = PublicationReader.FamilyThenInitials.Match(text);
        m.Success.ShouldBeTrue();
        (m.Groups["fam"].Value, m.Groups["ini"].Value).ShouldBe((family, initials));
    }

    [Theory]
    [InlineData("A. B. Ivanov, Title", "A. B.", "Ivanov")]
    [InlineData("И.И. Петров-Водкин. Заглавие", "И.И.", "Петров-Водкин")]
    [InlineData("შ. ამირანაშვილი, სათაური", "შ.", "ამირანაშვილი")]
    public void Initials_then_a_family_name_are_read(string text, string initials, string family)
    {
        var m = PublicationReader.InitialsThenFamily.Match(text);
        m.Success.ShouldBeTrue();
        (m.Groups["ini"].Value, m.Groups["fam"].Value).ShouldBe((initials, family));
    }

    [Theory]
    [InlineData("A. B. IV. Title")] // a numeral, not a name
    [InlineData("История Кавказа")]
    public void Words_that_are_not_a_name_are_not_read_as_one(string text) =>
        PublicationReader.InitialsThenFamily.IsMatch(text).ShouldBeFalse();
}
