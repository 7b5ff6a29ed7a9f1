using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Editors and compilers in Azerbaijani library records and lists, read by the rules alone: a catalogue record that drops
/// the slash before its statement (<c>Title E.M.Abbasova; elmi red. A. Şükürov</c>), the roles after the slash of a
/// bibliographic index's entry (<c>/Cəlil Əlioğlu; red. M.Əliyev.- Bakı</c>), and a role in brackets after the title.
/// Every example is invented for its class.
/// </summary>
public class AzerbaijaniResponsibilityTests
{
    private static void Check(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Məmmədli, Sevda Kamal qızı. Folklor və yaddaş: monoqrafiya S.K.Məmmədli; elmi red. R. Qafarlı. - Bakı: Elm və təhsil, 2014. - 188 s.",
        "authors=Məmmədli | editors=Qafarlı | title=Folklor və yaddaş: monoqrafiya | place=Bakı | publisher=Elm və təhsil | year=2014")]
    [InlineData("Həsənov, Kamran Əli oğlu. Kənd təsərrüfatı iqtisadiyyatı: dərs vəsaiti K.Ə.Həsənov; baş red. V. Quliyev. - Gəncə, 2009. - 240 s.",
        "authors=Həsənov | editors=Quliyev | title=Kənd təsərrüfatı iqtisadiyyatı: dərs vəsaiti | place=Gəncə | year=2009")]
    [InlineData("Zeynalova, Lalə. Xalça naxışları L.Zeynalova; tərt. A. Rəhimov. - Bakı, 2017. - 96 s.",
        "authors=Zeynalova | compilers=Rəhimov | title=Xalça naxışları | place=Bakı | year=2017")]
    [InlineData("Nağıyev R. Şəki xanları; məsul red. İ. Babayev. Bakı, Nurlan, 2008, 150 s.",
        "authors=Nağıyev | editors=Babayev | title=Şəki xanları | place=Bakı | publisher=Nurlan | year=2008")]
    public void A_catalogue_record_without_its_slash_gives_its_editors_and_keeps_its_author(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Sadıqlı, F. Teatr və tamaşaçı /Fərid Sadıqlı; red. N.Vəliyeva.- Bakı: Gənclik, 2003.- 210 s.",
        "authors=Sadıqlı | editors=Vəliyeva | title=Teatr və tamaşaçı | place=Bakı | publisher=Gənclik | year=2003")]
    [InlineData("Kərimli, T. Ədəbi məclislər /Teymur Kərimli; tərt. ed. Z.Əsgərli.- Bakı: Elm, 1996.- S.15-40.",
        "authors=Kərimli | compilers=Əsgərli | title=Ədəbi məclislər | place=Bakı | publisher=Elm | year=1996 | locator=15-40")]
    public void The_roles_after_an_index_entrys_slash_give_its_editors(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Şirvan tarixi (red. T. Mustafazadə). Bakı: Elm, 2005, s. 77.", "editors=Mustafazadə | title=Şirvan tarixi | place=Bakı | publisher=Elm | year=2005 | locator=77")]
    [InlineData("Azərbaycan etnoqrafiyası (tərt. Ə. Ələkbərov). Bakı, Şərq-Qərb, 2007.", "compilers=Ələkbərov | title=Azərbaycan etnoqrafiyası | place=Bakı | publisher=Şərq-Qərb | year=2007")]
    public void A_role_in_brackets_after_the_title_gives_its_names(string note, string expected) => Check(note, expected);

    [Fact]
    public void An_interviewer_after_the_slash_is_no_editor()
    {
        const string note = "Əliyev, R. Sənət haqqında söhbət /Rauf Əliyev; müsahibəni apardı K.Həsənli //Mədəniyyət.- 2011.- 5 may.- S.6.";
        Check(note, "authors=Əliyev | title=Sənət haqqında söhbət | container=Mədəniyyət | year=2011 | locator=6");
        var mode = CitationParser.Mode;
        CitationParser.Mode = ParserMode.Rules;
        try
        {
            var item = BibliographyPipeline.ParseFootnotes([note]).Document.Items.ShouldHaveSingleItem();
            (item.Editor ?? []).ShouldBeEmpty();
            (item.Compiler ?? []).ShouldBeEmpty();
        }
        finally { CitationParser.Mode = mode; }
    }
}
