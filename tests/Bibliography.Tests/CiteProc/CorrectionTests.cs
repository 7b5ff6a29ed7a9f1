using Bibliography.CiteProc;

namespace Bibliography.Tests.CiteProc;

/// <summary>The .NET corrections Jurassic gets, checked against what V8/ICU gives.</summary>
public sealed class CorrectionTests
{
    [Theory]
    [InlineData("i", "az", "İ")]
    [InlineData("i", "tr-TR", "İ")]
    [InlineData("i", "en-US", "I")]
    [InlineData("ı", "en-US", "I")]
    [InlineData("straße", "de", "STRASSE")]
    [InlineData("ﬁn", "", "FIN")]
    [InlineData("άλφα", "el", "ΑΛΦΑ")]
    [InlineData("şəki", "az-AZ", "ŞƏKİ")]
    public void Upper_casing(string input, string tag, string expected) => TextCasing.ToUpper(input, tag).ShouldBe(expected);

    [Theory]
    [InlineData("I", "az", "ı")]
    [InlineData("İ", "tr", "i")]
    [InlineData("İ", "en", "i\u0307")]
    [InlineData("ΟΔΟΣ ΣΑΣ", "", "οδος σας")]
    [InlineData("ƏLİYEV", "az-AZ", "əliyev")]
    public void Lower_casing(string input, string tag, string expected) => TextCasing.ToLower(input, tag).ShouldBe(expected);

    [Theory]
    [InlineData("Ёлкин", "Жуков", "ru-RU", -1)]
    [InlineData("Абрамов", "Zubov", "ru-RU", -1)]
    [InlineData("item 2", "item 10", "en-US", -1)]
    [InlineData("Émile", "emile", "fr-FR", 0)]
    [InlineData("dale|x", "dalebout|x", "en-US", -1)]
    [InlineData("a-b", "ab", "en-US", 0)]
    [InlineData("Çelik", "Dadaş", "tr-TR", -1)]
    public void Collation_with_citeprocs_options(string a, string b, string tag, int expected) =>
        Collation.Compare(a, b, tag, "base", true, true).ShouldBe(expected);

    [Fact]
    public void Symbols_are_not_ignored_with_punctuation()
    {
        Collation.Compare("a|b", "ab", "en-US", "base", true, true).ShouldBe(-1);
    }
}
