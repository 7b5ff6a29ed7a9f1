using System.Text.RegularExpressions;
using Bibliography.Parsing;
using Shouldly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// <see cref="Conventions.MonthPattern"/> writes each name's initial as a character class (for a cheaper non-backtracking
/// set-up): it must read exactly the names it read as two alternatives, lower case or capitalised, longest first.
/// </summary>
public class MonthPatternTests
{
    private static readonly Regex Whole = new(@"\A" + Conventions.MonthPattern + @"\z", Conventions.Options);
    private static readonly Regex First = new(Conventions.MonthPattern, Conventions.Options);

    [Theory]
    [InlineData("марта", 3), InlineData("Марта", 3), InlineData("mart", 3), InlineData("Mart", 3)]
    [InlineData("September", 9), InlineData("sept", 9), InlineData("Sentyabrya", 9), InlineData("декабря", 12)]
    [InlineData("Avqust", 8), InlineData("Iyun", 6), InlineData("Нояб", 11), InlineData("may", 5)]
    public void A_month_name_lower_case_or_capitalised_is_read(string name, int month)
    {
        Whole.IsMatch(name).ShouldBeTrue();
        Conventions.MonthOf(name).ShouldBe(month);
    }

    [Theory]
    [InlineData("МАРТА"), InlineData("mARTA"), InlineData("мАрта"), InlineData("SEPTEMBER"), InlineData("Mартa")]
    [InlineData("марто"), InlineData("Maрта"), InlineData("ма рта"), InlineData("")]
    public void Another_case_or_a_misspelling_is_not_a_month_name(string text) => Whole.IsMatch(text).ShouldBeFalse();

    [Theory]
    [InlineData("12 сентября 1920", "сентября")]
    [InlineData("12 Сентября 1920", "Сентября")]
    [InlineData("Sentyabrya 3", "Sentyabrya")]
    [InlineData("Sept. 3", "Sept")]
    [InlineData("мартовских", "март")]
    [InlineData("Mayor", "May")]
    public void The_longest_name_at_the_first_place_is_the_match(string text, string month) =>
        First.Match(text).Value.ShouldBe(month);
}
