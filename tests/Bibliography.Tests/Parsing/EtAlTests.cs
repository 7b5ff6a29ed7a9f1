using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>The et al. phrases of every convention, read one way wherever a reader meets them: opening, closing or being a part.</summary>
public sealed class EtAlTests
{
    [Theory]
    [InlineData("Quliyev V. və b. Tarix", 10, "Tarix")]
    [InlineData("Petrov A. A., и др. История", 12, "История")]
    [InlineData("Smith J. [et al.] A History", 8, "A History")]
    [InlineData("Сидоров В. И ДР. Очерки", 10, "Очерки")]
    public void A_phrase_opening_the_rest_is_stepped_over(string text, int at, string rest) =>
        text[Conventions.SkipEtAl(text, at, text.Length)..].Trim().ShouldBe(rest);

    [Theory]
    [InlineData("Smith J. et alia", 8)] // a longer word, not the phrase
    [InlineData("Petrov A. и другой", 9)]
    [InlineData("Ivanov A. History", 9)]
    public void Text_that_only_looks_like_the_phrase_is_left_where_it_was(string text, int at) =>
        Conventions.SkipEtAl(text, at, text.Length).ShouldBe(at);

    [Theory]
    [InlineData("Иванов И. И., Петров П. П. и др.", "Иванов И. И., Петров П. П.")]
    [InlineData("Smith et al.", "Smith")]
    [InlineData("Smith et al", "Smith")] // its full stop trimmed with the part's
    [InlineData("Məmmədov Ə. və b", "Məmmədov Ə.")]
    [InlineData("Kuznetsova O. [et al.]", "Kuznetsova O.")]
    public void A_phrase_closing_a_list_of_names_is_found_where_it_begins(string text, string names)
    {
        var at = Conventions.EtAlClosing(text, 0, text.Length);
        at.ShouldBeGreaterThan(0);
        text[..at].TrimEnd(' ', ',').ShouldBe(names);
    }

    [Theory]
    [InlineData("и др.")] // nothing before it
    [InlineData("Ivanov")]
    [InlineData("Sokolovet al.")] // glued to a name
    [InlineData("Шахиди др.")]
    public void No_phrase_closes_text_that_is_not_names_and_the_phrase(string text) =>
        Conventions.EtAlClosing(text, 0, text.Length).ShouldBe(-1);

    [Theory]
    [InlineData("et al.", true)]
    [InlineData("[и др.]", true)]
    [InlineData(" И ДР ", true)]
    [InlineData("və b.", true)]
    [InlineData("и другие", true)]
    [InlineData("и др. Петров", false)]
    [InlineData("Ivanov", false)]
    public void A_part_is_the_phrase_and_nothing_else(string part, bool expected) =>
        Conventions.IsEtAl(part).ShouldBe(expected);
}
