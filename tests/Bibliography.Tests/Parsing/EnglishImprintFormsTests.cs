using Bibliography.Parsing;

using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Imprint forms of English notes and references the rule readers misread (issue #18): a publisher written without a
/// place or after the place and a comma, as MLA and many British notes give it, and an English note on the work's
/// language (<c>(in Russian)</c>) after the imprint.
/// </summary>
public class EnglishImprintFormsTests
{
    // ---- a publisher without a place, or after the place and a comma, is the publisher ----

    [Theory]
    [InlineData("Harold Lamb, The Steppe Frontier (London, Macmillan, 1962), 31.", "London", "Macmillan", "1962")]
    [InlineData("Olga Barinova, Peasant Voices (Leiden, Brill, 2011), pp. 4–5.", "Leiden", "Brill", "2011")]
    [InlineData("Tom Walker, The Oil Coast (Oxford University Press, 1987), 112.", null, "Oxford University Press", "1987")]
    [InlineData("Ruth Adler, Kings of the Caspian (Palgrave Macmillan, 2015), 9.", null, "Palgrave Macmillan", "2015")]
    [InlineData("Adler, Ruth. Kings of the Caspian. Routledge, 2015.", null, "Routledge", "2015")]
    [InlineData("Kemp, Daniel. The Mountain Republics. Cambridge University Press, 2003.", null, "Cambridge University Press", "2003")]
    public void A_part_naming_a_publisher_is_no_place(string note, string? place, string publisher, string year)
    {
        var p = Publication(note);
        (p.Place?.Value).ShouldBe(place);
        p.Publisher!.Value.ShouldBe(publisher);
        p.Year!.Value.ShouldBe(year);
    }

    [Theory]
    [InlineData("Harold Lamb, The Steppe Frontier (University Park, PA, 1962), 31.", "University Park, PA")]
    [InlineData("Harold Lamb, The Steppe Frontier (Cambridge, Mass., 1962), 31.", "Cambridge, Mass.")]
    public void A_place_with_its_state_stays_a_place(string note, string place)
    {
        var p = Publication(note);
        p.Place!.Value.ShouldBe(place);
        p.Publisher.ShouldBeNull();
    }

    // ---- "(in Russian)" after the imprint ----

    [Theory]
    [InlineData("Gadzhiev A.M. Mountain Villages of the Avars. Makhachkala, 1978 (in Russian).", "Gadzhiev", "Mountain Villages of the Avars", "Makhachkala", "1978")]
    [InlineData("Orbeli R.K. Notes on Old Lori. Leiden, 1999 (in Armenian).", "Orbeli", "Notes on Old Lori", "Leiden", "1999")]
    [InlineData("Tsereteli G., Early Georgian Scripts, Kutaisi, 1961 (in Georgian and Russian);", "Tsereteli", "Early Georgian Scripts", "Kutaisi", "1961")]
    [InlineData("Aliev, K., Caucasian Albania, Baku, 1974 (in Azerbaijani).", "Aliev", "Caucasian Albania", "Baku", "1974")]
    public void A_note_on_the_language_after_the_imprint_is_in_no_field(string note, string author, string title, string place, string year)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Year!.Value.ShouldBe(year);
    }

    [Theory]
    [InlineData("in Russian", true)]
    [InlineData("in Georgian and Russian", true)]
    [InlineData("in press", false)]
    [InlineData("in 3 vols", false)]
    [InlineData("In Russian", false)]
    public void An_english_language_note_is_in_and_the_languages(string inside, bool note) =>
        PublicationReader.IsEnglishLanguageNote(inside).ShouldBe(note);
}
