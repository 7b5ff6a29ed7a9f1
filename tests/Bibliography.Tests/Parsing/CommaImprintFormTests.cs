using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Azerbaijani book references whose imprint has commas and no colon (<c>Bakı, Elm, 1974</c>), read by
/// <see cref="CommaImprintReader"/>. Every example is invented for its class.
/// </summary>
public class CommaImprintFormTests
{
    private static PublicationCitation Read(string note) => RulesOnly.Publication(note);

    [Theory]
    [InlineData("Quliyeva S.M. Şəki xanlığının tarixi. Bakı, Elm, 1991", "Quliyeva", "Şəki xanlığının tarixi", "Bakı", "Elm", "1991", null, null)]
    [InlineData("R.Əliyev. Qarabağ xanlığı. Bakı, Azərnəşr, 1989, səh. 45.", "Əliyev", "Qarabağ xanlığı", "Bakı", "Azərnəşr", "1989", null, "45")]
    [InlineData("Ə.Qasımov. Seçilmiş əsərləri. III cild. Bakı, 1968, səh.77.", "Qasımov", "Seçilmiş əsərləri", "Bakı", null, "1968", "III", "77")]
    // The set's size goes nowhere; the publisher loses its quotation marks; the extent goes nowhere.
    [InlineData("Füzuli irsi. 5 cilddə, II cild. Bakı, \"Çıraq\", 2004, 312 s.", null, "Füzuli irsi", "Bakı", "Çıraq", "2004", "II", null)]
    [InlineData("Həsənova L. Aşıq sənəti. Gəncə: Elm və təhsil, 2015", "Həsənova", "Aşıq sənəti", "Gəncə", "Elm və təhsil", "2015", null, null)]
    // A quoted title closes before the imprint's comma.
    [InlineData("T. Məmmədov. \"Şuşa qalası\", Bakı, 1977, səh. 9.", "Məmmədov", "Şuşa qalası", "Bakı", null, "1977", null, "9")]
    public void A_comma_imprint_gives_place_publisher_and_year(string note, string? author, string title, string place, string? publisher, string year, string? volume, string? page)
    {
        var p = Read(note);
        p.Authors.FirstOrDefault()?.Family.ShouldBe(author);
        if (author is null) p.Authors.ShouldBeEmpty();
        p.Title?.Value.ShouldBe(title);
        p.Place?.Value.ShouldBe(place);
        p.Publisher?.Value.ShouldBe(publisher);
        p.Year?.Value.ShouldBe(year);
        p.Volume?.Value.ShouldBe(volume);
        p.Locator?.Value.ShouldBe(page);
    }

    [Fact]
    public void An_imprint_alone_gives_place_publisher_and_year()
    {
        var p = Read("Bakı, Gənclik, 1996");
        (p.Place?.Value, p.Publisher?.Value, p.Year?.Value, p.Title).ShouldBe(("Bakı", "Gənclik", "1996", (Located?)null));
    }

    [Fact]
    public void Several_authors_stay_with_the_publication_reader()
    {
        var p = Read("Kərimov T. M., Ağayev S. Qala tarixi. Bakı, Elm, 2012, s. 14.");
        p.Authors.Select(a => a.Family).ShouldBe(new[] { "Kərimov", "Ağayev" });
        (p.Place?.Value, p.Year?.Value).ShouldBe(("Bakı", "2012"));
    }

    [Theory]
    // Not Azerbaijani, or no imprint before the year: left to the other readers.
    [InlineData("Smith J. A History. London, Macmillan, 1999")]
    [InlineData("Əliyev R. Qarabağ xanlığı, 1989")]
    // A word with a small letter after its hyphen is no place.
    [InlineData("Kərimov T. Qala tarixi. Qrs-tvo, 2005, s. 4.")]
    public void Other_notes_are_not_read(string note) => CommaImprintReader.Read(note, 0, note.Length).ShouldBeNull();
}
