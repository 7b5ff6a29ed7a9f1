using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>The contracts of the shared helpers the readers test Roman numerals, listed words and no-date marks with.</summary>
public sealed class SharedScanHelpersTests
{
    [Theory]
    [InlineData("XIV", true)]
    [InlineData("XC", true)]
    [InlineData("IIII", true)]
    [InlineData("MD", false)]
    [InlineData("xiv", false)]
    [InlineData("IVa", false)]
    [InlineData("", false)]
    public void A_Roman_volume_is_written_in_the_capitals_I_to_C(string word, bool roman) => Conventions.IsRoman(word).ShouldBe(roman);

    [Fact]
    public void A_caller_narrows_the_Roman_letters_or_asks_for_small_ones_and_the_patterns_say_the_same()
    {
        Conventions.IsRoman("XC", letters: 4).ShouldBeFalse();
        Conventions.IsRoman("XIV", letters: 3).ShouldBeTrue();
        Conventions.IsRoman("XL", letters: 3).ShouldBeFalse();
        Conventions.IsRoman("xiv", small: true).ShouldBeTrue();
        Conventions.IsRoman("XIV", small: true).ShouldBeFalse();
        Conventions.IsRoman("XVIII", maxLength: 4).ShouldBeFalse();
        Conventions.IsRoman("MD", letters: 7).ShouldBeFalse();
        Whole(Conventions.RomanClass(), "C").ShouldBeTrue();
        Whole(Conventions.RomanClass(), "D").ShouldBeFalse();
        Whole(Conventions.RomanClass(3), "X").ShouldBeTrue();
        Whole(Conventions.RomanClass(3), "L").ShouldBeFalse();
        Whole(Conventions.RomanPage, "xiv").ShouldBeTrue();
        Whole(Conventions.RomanPage, "viiiviii").ShouldBeTrue();
        Whole(Conventions.RomanPage, "viiiviiii").ShouldBeFalse();
        Whole(Conventions.RomanPage, "XIV").ShouldBeFalse();
        Whole(Conventions.RomanPage, "xd").ShouldBeFalse();
        System.Text.RegularExpressions.Regex.IsMatch("p. xivz", Conventions.RomanPage).ShouldBeFalse();
    }

    // The pattern matches the whole of text.
    private static bool Whole(string pattern, string text) => System.Text.RegularExpressions.Regex.IsMatch(text, "^(?:" + pattern + ")$");

    [Theory]
    [InlineData("Иванов И. И. История. М.-Л.: Наука, 1935. С. 5.", "place=М.-Л. | publisher=Наука")]
    [InlineData("I. I. Ivanov, Istoriia SSSR (M.-L.: Nauka, 1935), 5.", "place=M.-L. | publisher=Nauka")]
    [InlineData("P. P. Petrov, Ocherki istorii (M.-L., 1930), 12.", "place=M.-L.")]
    public void Moscow_Leningrad_written_like_hyphenated_initials_stays_a_place(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("12.3.1990", false, "1990")]
    [InlineData("1.10.2001, London", false, "2001")]
    [InlineData("26.12.70", true, "70")]
    [InlineData("26.12.70", false, null)]
    [InlineData("5.12.1998-4", true, "1998")]
    [InlineData("12.3.19901", false, null)]
    [InlineData("12.3.199", true, null)]
    [InlineData("123.3.1990", false, null)]
    [InlineData("12.3 1990", false, null)]
    [InlineData("March 1990", false, null)]
    public void A_date_in_figures_is_a_day_and_a_month_of_two_digits_at_most_and_a_whole_year(string text, bool twoDigitYear, string? year)
    {
        var found = Conventions.NumericDateYear(text, 0, text.Length, twoDigitYear);
        (found is (var at, var length) ? text.Substring(at, length) : null).ShouldBe(year);
    }

    [Theory]
    [InlineData("М.", true)]
    [InlineData("СПб.", true)]
    [InlineData("Telavi", true)]
    [InlineData("Helsinki", true)]
    [InlineData("Наука", false)]
    [InlineData("Telav", false)]
    public void A_place_is_known_abbreviated_or_written_in_full_as_the_lexicon_lists_it(string place, bool known) => Conventions.IsKnownPlace(place).ShouldBe(known);

    [Theory]
    [InlineData('«', '»', true)]
    [InlineData('„', '“', true)]
    [InlineData('“', '”', true)]
    [InlineData('"', '"', true)]
    [InlineData('‘', '’', false)]
    public void Double_quotes_open_and_close_a_name_everywhere_and_single_ones_where_a_reader_asks(char open, char close, bool isDouble)
    {
        TextScan.IsOpeningQuote(open).ShouldBeTrue();
        TextScan.IsClosingQuote(close).ShouldBeTrue();
        TextScan.IsOpeningQuote(open, single: false).ShouldBe(isDouble);
        TextScan.IsClosingQuote(close, single: false).ShouldBe(isDouble);
        TextScan.IsOpeningQuote('»').ShouldBeFalse();
        TextScan.IsClosingQuote('„').ShouldBeFalse();
    }

    [Theory]
    [InlineData('“', '”')]
    [InlineData('‘', '’')]
    [InlineData('«', '»')]
    [InlineData('„', '“')]
    [InlineData('"', '"')]
    public void Each_opening_mark_is_closed_by_its_pair_and_a_straight_one_by_itself(char open, char close) => TextScan.CloserOf(open).ShouldBe(close);

    [Theory]
    [InlineData("Summer", true)]
    [InlineData("summer", true)]
    [InlineData(" Winter ", true)]
    [InlineData("Sommer", false)]
    [InlineData("Summers", false)]
    public void A_season_is_one_in_any_case_for_every_reader(string word, bool season) => Conventions.IsSeason(word).ShouldBe(season);

    [Fact]
    public void A_word_is_in_a_list_whole_and_in_its_case_unless_the_caller_asks_otherwise()
    {
        string[] words = ["alpha", "beta."];
        TextScan.IsOneOf("alpha", words).ShouldBeTrue();
        TextScan.IsOneOf("alph", words).ShouldBeFalse();
        TextScan.IsOneOf("Alpha", words).ShouldBeFalse();
        TextScan.IsOneOf("Alpha", words, StringComparison.OrdinalIgnoreCase).ShouldBeTrue();
        TextScan.IsOneOf("Beta", words, StringComparison.OrdinalIgnoreCase).ShouldBeFalse();
        TextScan.IsOneOf("Beta", words, StringComparison.OrdinalIgnoreCase, ".").ShouldBeTrue();
        // An empty trimEnd trims nothing: MemoryExtensions.TrimEnd would take it for white space.
        TextScan.IsOneOf("gamma", ["gamma "], trimEnd: "").ShouldBeFalse();
        TextScan.IsOneOf("gamma", ["gamma "], trimEnd: " ").ShouldBeTrue();
    }

    [Theory]
    [InlineData("Moscow, n.d.", false, 8)]
    [InlineData("Moscow n.d.", false, 7)]
    [InlineData("Moscow:n.d.", false, -1)]
    [InlineData("Moscow, n.d", false, -1)]
    [InlineData("СПб., б. г.", true, 6)]
    [InlineData("СПб., б. г", true, 6)]
    [InlineData("СПб., [б. г.]", true, 6)]
    [InlineData("СПб.:б. г.", true, 5)]
    [InlineData("СПб.,б.г", true, 5)]
    [InlineData("СПб.-б. г.", true, -1)]
    public void A_no_date_mark_closes_an_English_imprint_whole_and_a_GOST_one_with_its_stop_and_brackets_optional(string text, bool bracketed, int at) =>
        TextScan.MarkAtEnd(text, 0, text.Length, Vocabulary.NoDateMarks, bracketed).ShouldBe(at);
}
