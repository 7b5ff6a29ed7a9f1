namespace Bibliography.Tests.Parsing;

/// <summary>
/// A journal's citation export in Turabian's full-note form closes with its access date as a sentence of its own and the
/// address (<c>… 70–71. Accessed March 15, 2026. https://…</c>), which go nowhere, and may date the issue in full in its brackets (<c>(November 11, 1982)</c>), of which
/// the year is kept (issue #18). Every example is invented,
/// read by the rules alone.
/// </summary>
public class AccessSentenceTests
{
    [Theory]
    [InlineData("Beridze, Nino. “Rural Churches of Kakheti”. Kartvelologist 12 (2019): 33–41. Accessed May 2, 2024. https://kartvelologist.example.ge/article/view/12.",
        "authors=Beridze | title=Rural Churches of Kakheti | container=Kartvelologist | volume=12 | year=2019 | locator=33–41")]
    [InlineData("Smith, John. “Mountain Roads”. Caucasus Review 4 (2011): 7–9. Accessed January 9, 2020.",
        "authors=Smith | title=Mountain Roads | container=Caucasus Review | volume=4 | year=2011 | locator=7–9")]
    [InlineData("Lomidze, Tamar. “Old Maps of Imereti”. Map Studies 2, no. 3 (2005): 101–15. Retrieved March 3, 2019. https://doi.org/10.1000/xyz.",
        "authors=Lomidze | title=Old Maps of Imereti | container=Map Studies | volume=2 | issue=3 | year=2005 | locator=101–15")]
    public void An_access_date_as_a_sentence_of_its_own_goes_nowhere(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Beridze, Nino. “Rural Churches of Kakheti”. Kartvelologist 12 (May 3, 2019): 33–41.",
        "authors=Beridze | title=Rural Churches of Kakheti | container=Kartvelologist | volume=12 | year=2019 | locator=33–41")]
    [InlineData("Smith, John. “Mountain Roads”. Caucasus Review 4 (2 October 2011): 7–9.",
        "authors=Smith | title=Mountain Roads | container=Caucasus Review | volume=4 | year=2011 | locator=7–9")]
    [InlineData("Lomidze, Tamar. “Old Maps of Imereti”. Map Studies 2, no. 3 (June 30, 2005): 101–15. Accessed March 3, 2019.",
        "authors=Lomidze | title=Old Maps of Imereti | container=Map Studies | volume=2 | issue=3 | year=2005 | locator=101–15")]
    public void An_issues_full_date_in_brackets_gives_the_year(string note, string expected) => RulesOnly.Check(note, expected);
}
