using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// A found span is dissected by the backtracking engine up to <see cref="TwoPhaseRegex.ShortSpan"/> characters and by
/// the non-backtracking one (built on first use) beyond: either way the groups are the same.
/// </summary>
public sealed class TwoPhaseRegexTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(TwoPhaseRegex.ShortSpan + 50)]
    public void Spans_short_and_long_give_the_same_groups(int letters)
    {
        var regex = new TwoPhaseRegex(@"(?<word>[a-z]+) (?<number>\d+)");
        var word = new string('q', letters);
        var text = $"«{word} 1874»";

        var match = regex.Match(text).ShouldNotBeNull();

        match.Index.ShouldBe(1);
        match.Groups[regex.GroupNumber("word")].Value.ShouldBe(word);
        match.Groups[regex.GroupNumber("number")].Value.ShouldBe("1874");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(TwoPhaseRegex.ShortSpan + 50)]
    public void Alternatives_are_told_apart_at_any_length(int letters)
    {
        var regex = new AlternativesRegex(@"f\. (?<fond>\d+)", @"(?<word>[a-z]+) (?<number>\d+)");
        var word = new string('q', letters);

        var text = $"f. 7; {word} 12";

        var matches = regex.Matches(text, 0, text.Length);

        matches.Select(m => m.Alternative).ShouldBe([0, 1]);
        matches[0].Match.Groups["fond"].Value.ShouldBe("7");
        matches[1].Match.Groups["word"].Value.ShouldBe(word);
        matches[1].Match.Groups["number"].Value.ShouldBe("12");
    }
}
