using Bibliography.Sources;

namespace Bibliography.Tests.Sources;

/// <summary>Text enters with its unpaired surrogates and noncharacters replaced, and nothing else changed.</summary>
public class InvalidCodePointTests
{
    // Attribute arguments are stored as UTF-8, which cannot hold a lone surrogate: the cases are made in code.
    public static TheoryData<string, string> Cases => new()
    {
        { "GMTA, fond 1874, vərəq 78 arxa.", "GMTA, fond 1874, vərəq 78 arxa." },
        { "a\uD800b", "a\uFFFDb" }, // a lone high half
        { "a\uDC00", "a\uFFFD" }, // a lone low half at the end
        { "\uDC00\uD800", "\uFFFD\uFFFD" }, // halves in the wrong order
        { "\uFDD0x\uFDEF", "\uFFFDx\uFFFD" }, // the noncharacter block
        { "x\uFFFE\uFFFF", "x\uFFFD\uFFFD" },
        { "\uD83F\uDFFE", "\uFFFD\uFFFD" }, // U+1FFFE, a noncharacter written as a pair
        { "\uD83D\uDE00 \uE000 \uFB01 \uFDCF \uFDF0 \uFFFD", "\uD83D\uDE00 \uE000 \uFB01 \uFDCF \uFDF0 \uFFFD" }, // valid, at U+D800 and above
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_unpaired_surrogates_and_noncharacters_are_replaced(string text, string expected)
    {
        var replaced = SourceText.ReplaceInvalidCodePoints(text);
        replaced.ShouldBe(expected);
    }
}
