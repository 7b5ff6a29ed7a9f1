using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

public class OtherFormsParsingTests
{
    [Fact]
    public void Splits_a_footnote_at_semicolons_into_citations()
    {
        var citations = CitationParser.ParseFootnote("“Kommunist” qəzeti (rusca), 1920, 19 iyun; “Kommunist” qəzeti (rusca), 1920, 23 iyun.");
        citations.Count.ShouldBe(2);
        citations.ShouldAllBe(c => c is NewspaperCitation);
    }

    [Fact]
    public void Does_not_split_a_double_place_of_publication()
    {
        var p = CitationParser.ParseFootnote("Очерки истории. М.; Л.: Наука, 1956. С. 7.").ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Place!.Value.ShouldBe("М.; Л.");
    }

    [Theory]
    [InlineData("“Kommunist” qəzeti (rusca), 1920, 19 iyun", "Kommunist", "ru", 1920, 6, 19, null)]
    [InlineData("«Коммунист», 1920, 19 июня, № 54", "Коммунист", "ru", 1920, 6, 19, "54")]
    [InlineData("Коммунист. 1920. 3 декабря.", "Коммунист", "ru", 1920, 12, 3, null)]
    [InlineData("“Azərbaycan” qəzeti, 1919, 12 noyabr, № 235", "Azərbaycan", null, 1919, 11, 12, "235")]
    public void Reads_newspapers_with_azerbaijani_and_russian_months(string text, string title, string? language, int year, int month, int day, string? issue)
    {
        var n = CitationParser.ParseFootnote(text).ShouldHaveSingleItem().ShouldBeOfType<NewspaperCitation>();
        n.Title.Value.ShouldBe(title);
        n.NewspaperLanguage.ShouldBe(language);
        n.Date.ShouldBe(CslDate.FromParts(year, month, day));
        n.Issue?.Value.ShouldBe(issue);
    }

    [Theory]
    [InlineData("Yenə orada, s. 5.", "Yenə orada", "5", "page")]
    [InlineData("Там же. Л. 7 об.", "Там же", "7v", "folio")]
    [InlineData("Ibid., p. 12.", "Ibid", "12", "page")]
    [InlineData("Yenə orada.", "Yenə orada", null, null)]
    public void Reads_ibid_forms_with_their_locator(string text, string phrase, string? locator, string? label)
    {
        var i = CitationParser.ParseFootnote(text).ShouldHaveSingleItem().ShouldBeOfType<IbidCitation>();
        i.Phrase.ShouldBe(phrase);
        i.Locator?.Value.ShouldBe(locator);
        i.Locator?.Label.ShouldBe(label);
    }

    [Theory]
    [InlineData(13, "[13, s.2]", "s.2", null, "2")]
    [InlineData(2, "[2, c.37, s.556]", "c.37, s.556", "37", "556")]
    [InlineData(12, "[12, s.185-186]", "s.185-186", null, "185-186")]
    [InlineData(4, "[4]", "", null, null)]
    public void Reads_numbered_references_with_volume_and_pages(int number, string text, string locators, string? volume, string? page)
    {
        var r = CitationParser.ParseReference(number, text, locators);
        r.Number.ShouldBe(number);
        r.Volume?.Value.ShouldBe(volume);
        if (volume is null) r.Volume.ShouldBeNull();
        r.Locator?.Value.ShouldBe(page);
        if (page is null) r.Locator.ShouldBeNull();
    }

    [Fact]
    public void Keeps_what_it_cannot_read_as_an_unread_citation()
    {
        var u = CitationParser.ParseFootnote("Müəllifin şəxsi arxivindən.").ShouldHaveSingleItem().ShouldBeOfType<UnreadCitation>();
        u.Text.ShouldBe("Müəllifin şəxsi arxivindən.");
    }

    [Theory]
    [InlineData("Kommunist", null)]
    [InlineData("Sbornik trudov", "ru")]
    [InlineData("Azərbaycan tarixi", "az")]
    [InlineData("Вопросы истории", "ru")]
    [InlineData("Borba za svobodu i nezavisimost Kavkaza", "ru")]
    public void Detects_the_language_of_a_title(string text, string? language) =>
        LanguageDetector.Detect(text).ShouldBe(language);
}
