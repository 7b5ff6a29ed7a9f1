using Bibliography.Parsing;
using Bibliography.Testing;

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

    public static TheoryData<string> ParserPatterns() => new()
    {
        @"(?:^|[\s,.;(])(?<kw>" + Conventions.FolioKeyword + @")\s*(?<val>" + Conventions.NumberList + @")\s*\.?\s*$",
        @"(?:^|[\s,.;(])(?<kw>" + Conventions.PageKeyword + @")\s*(?<val>" + Conventions.NumberList + @")\s*\.?\s*$",
        @"(?:^|[\s,.:(])(?<y>1[5-9]\d\d|20\d\d)(?:\s?(?:г\.|il|ил)?)$",
        @"^(?<fam>\p{Lu}[\p{L}'’]+(?:-\p{Lu}?[\p{L}'’]+)?)\s+(?<ini>" + Conventions.Initial + @"(?:\s?" + Conventions.Initial + @"){0,2})",
        @"(?<d>\d{1,2})\s+(?<m>" + Conventions.MonthPattern + @")",
        @"(?:^|[\s,])(?<kw>" + Conventions.PageKeyword + @"|" + Conventions.FolioKeyword + @")\s*(?<v>" + Conventions.NumberList + ")",
    };

    [Theory]
    [MemberData(nameof(ParserPatterns))]
    public void A_short_text_matched_in_one_pass_gives_what_search_then_dissection_gives(string pattern)
    {
        var regex = new TwoPhaseRegex(pattern);
        var names = new System.Text.RegularExpressions.Regex(pattern).GetGroupNames();
        var corpus = new CitationCorpus(seed: 3);
        var matched = 0;
        for (var n = 0; n < 3000; n++)
        {
            var text = corpus.NextFootnote();
            // Each citation, and each of its prefixes up to a comma (what the readers match once a locator is cut off).
            var ranges = CitationParser.SplitCitations(text).SelectMany(r => Enumerable.Range(r.Start, r.End - r.Start)
                .Where(i => text[i] == ',').Select(i => (r.Start, End: i)).Append(r));
            foreach (var (start, end) in ranges)
            {
                if (end - start > TwoPhaseRegex.ShortSpan) continue;
                var one = regex.Match(text, start, end - start);
                var two = regex.SearchThenDissect(text, start, end - start);
                if (two is null) { one.ShouldBeNull(text); continue; }
                one.ShouldNotBeNull(text);
                matched++;
                (one.Index, one.Length).ShouldBe((two.Index, two.Length), text);
                foreach (var name in names)
                    (one.Groups[name].Success, one.Groups[name].Index, one.Groups[name].Value).ShouldBe((two.Groups[name].Success, two.Groups[name].Index, two.Groups[name].Value), text);
            }
        }
        matched.ShouldBeGreaterThan(0);
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
        compiled.MatchTimeout.ShouldBe(regex.Interpreted.MatchTimeout);
    }
}
