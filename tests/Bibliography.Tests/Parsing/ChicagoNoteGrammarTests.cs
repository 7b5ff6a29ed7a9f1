using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>The parts of the Chicago note grammar the round trip does not reach: real notes' names, short forms and commentary (issue #18).</summary>
public class ChicagoNoteGrammarTests
{
    private static IReadOnlyList<ParsedCitation> Parse(string note) => CitationParser.ParseFootnote(note);

    [Fact]
    public void Three_names_closed_by_a_serial_and_are_the_authors_and_a_title_with_and_is_no_name()
    {
        var p = Parse("Ivanov, Petrov, and Sidorov, Istoriia Kavkaza (Moscow: Nauka, 1985), 5.").ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Authors.Select(a => a.Family).ShouldBe(["Ivanov", "Petrov", "Sidorov"]);
        p.Title!.Value.ShouldBe("Istoriia Kavkaza");

        var rayfield = Parse("Rayfield, Stalin and His Hangmen, 358.").ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        rayfield.Authors.Select(a => a.Family).ShouldBe(["Rayfield"]);
        rayfield.Title!.Value.ShouldBe("Stalin and His Hangmen");
    }

    [Fact]
    public void Given_names_and_initials_before_the_family_name_with_an_editor_mark_are_editors()
    {
        var p = Parse("Oleg V. Khlevniuk and M. A. Ter-Minasova, eds., Istoriia Gruzii (Tbilisi: Nauka, 2013), 354.").ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Authors.ShouldBeEmpty();
        p.Editors.ShouldBe([CslName.Person("Khlevniuk", "Oleg V."), CslName.Person("Ter-Minasova", "M. A.")]);
        p.Place!.Value.ShouldBe("Tbilisi");
    }

    [Theory]
    [InlineData("Blauvelt, 54.", "Blauvelt", "54")]
    [InlineData("Ivanov et al., 467.", "Ivanov", "467")]
    [InlineData("Rossi, ibid., p. 310.", "Rossi", "310")]
    public void A_short_form_may_give_the_names_and_the_page_alone(string note, string family, string page)
    {
        var p = Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Authors.Select(a => a.Family).ShouldBe([family]);
        p.Title.ShouldBeNull();
        p.Locator!.Value.ShouldBe(page);
    }

    [Fact]
    public void An_abbreviation_like_Op_is_no_initial_of_a_name()
    {
        Conventions.IsInitial("Op.").ShouldBeFalse();
        Conventions.IsInitial("Iu.").ShouldBeTrue();
        Conventions.IsInitial("A.").ShouldBeTrue();
    }

    [Fact]
    public void A_journal_volume_and_issue_are_both_read()
    {
        var p = Parse("Iu. Petrov, \"Neft' i vlast',\" Kritika 52, no. 3 (2015): 117.").ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.ContainerTitle!.Value.ShouldBe("Kritika");
        p.Volume!.Value.ShouldBe("52");
        p.Issue!.Value.ShouldBe("3");
        p.Locator!.Value.ShouldBe("117");
    }

    [Fact]
    public void A_shelf_mark_cited_in_the_commentary_after_a_page_is_a_citation_of_its_own()
    {
        var citations = Parse("Sagariia, Natsional'noe stroitel'stvo v Abkhazii, 132 (citing TsGAA, f. 1, op. 2, d. 300, l. 3–4).");
        citations.Count.ShouldBe(2);
        var book = citations[0].ShouldBeOfType<PublicationCitation>();
        book.Authors.Select(a => a.Family).ShouldBe(["Sagariia"]);
        book.Locator!.Value.ShouldBe("132");
        var archival = citations[1].ShouldBeOfType<ArchivalCitation>();
        archival.Text.ShouldNotContain("citing");
        archival.Text.ShouldStartWith("TsGAA");
    }

    [Fact]
    public void A_shelf_mark_after_a_sentence_of_prose_is_read_without_the_prose()
    {
        var citations = Parse("Khaustov and Samuelson, Stalin, NKVD, 113. Lukina had written to Stalin on that very day and asked for his help. RGASPI, f. 558, op. 11, d. 710, l. 135–6.");
        citations.Count.ShouldBe(2);
        citations[0].ShouldBeOfType<PublicationCitation>().Authors.Select(a => a.Family).ShouldBe(["Khaustov", "Samuelson"]);
        citations[1].ShouldBeOfType<ArchivalCitation>().Text.ShouldStartWith("RGASPI");
    }

    [Fact]
    public void The_levels_of_a_transliterated_shelf_mark_are_not_sentences_of_prose()
    {
        var citations = Parse("GARF. F. 5446. Op. 1. D. 12. L. 3–4.");
        citations.ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
    }
}
