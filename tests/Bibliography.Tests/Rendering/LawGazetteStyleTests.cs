using Bibliography.CiteProc;
using Bibliography.Tests.Golden;

namespace Bibliography.Tests.Rendering;

/// <summary>
/// A law cited by the gazette that published it, printed in the project's Azerbaijani note style: the gazette is named as
/// written, not quoted and called a journal as a journal article's container is.
/// </summary>
public sealed class LawGazetteStyleTests(BothHosts hosts) : IClassFixture<BothHosts>
{
    [Theory]
    [InlineData("Azərbaycan Respublikasının Qanunvericilik Toplusu, 2005, № 1, maddə 3.", "Azərbaycan Respublikasının Qanunvericilik Toplusu, 2005")]
    [InlineData("СЗ СССР. 1930. № 12. Ст. 141.", "СЗ СССР, 1930")]
    [InlineData("Sobranie uzakonenii RSFSR, 1918, no. 4, art. 64.", "Sobranie uzakonenii RSFSR, 1918")]
    public void A_gazette_is_named_as_written_in_the_Azerbaijani_style(string note, string expected)
    {
        var document = BibliographyPipeline.ParseFootnotes([note]).Document;
        var options = new FormatOptions("azerbaijani-historical-notes", "az-AZ", FormatMode.Notes);

        var output = DocumentFormatter.Format(document, options, hosts.Jint);

        output.ShouldContain(expected, Case.Sensitive, output);
        output.ShouldNotContain("jurnalı");
        output.ShouldNotContain("“");
    }
}
