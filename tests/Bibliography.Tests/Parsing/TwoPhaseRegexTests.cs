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

/// <summary>A short-span dissector runs interpreted until it has been used often, then compiled, with the same groups.</summary>
public sealed class TieredRegexTests
{
    [Fact]
    public void It_runs_interpreted_until_used_often_then_compiled_with_the_same_groups()
    {
        var regex = new TieredRegex(@"\A(?<fond>\d+)(?:,\s*(?<opis>\d+))?\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var first = regex.Regex.Match("1874, 2");

        for (var i = 1; i < TieredRegex.CompileAfter - 1; i++) _ = regex.Regex;
        regex.IsCompiled.ShouldBeFalse();
        regex.Regex.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.Compiled).ShouldBeFalse();

        _ = regex.Regex; // the use that has the compiled form built, off this thread
        SpinWait.SpinUntil(() => regex.IsCompiled, TimeSpan.FromMinutes(1)).ShouldBeTrue("the compiled form never took over");

        var compiled = regex.Regex;
        compiled.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.Compiled).ShouldBeTrue();
        var again = compiled.Match("1874, 2");
        again.Groups["fond"].Value.ShouldBe(first.Groups["fond"].Value);
        again.Groups["opis"].Value.ShouldBe("2");
        compiled.GroupNumberFromName("opis").ShouldBe(regex.Interpreted.GroupNumberFromName("opis"));
    }
}
