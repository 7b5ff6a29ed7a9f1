using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Classes of English (Chicago and British) notes the rule reader missed (issue #18): a date or remark in brackets after
/// the page, editors marked <c>eds,</c> without a full stop, journals numbered within the year (<c>Neva, 3, 1988</c>),
/// pages joined by <c>and</c>, short titles ending in a year, and the parts of a volume after it.
/// </summary>
public class EnglishNoteClassesTests
{
    // The rule readers alone: the hybrid may hand a thin reading to the labeller, whose answers these tests do not pin.
    private static IReadOnlyList<ParsedCitation> Parse(string note)
    {
        var before = CitationParser.Mode;
        CitationParser.Mode = ParserMode.Rules;
        try { return CitationParser.ParseFootnote(note); }
        finally { CitationParser.Mode = before; }
    }

    private static PublicationCitation Publication(string note) =>
        Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();

    private static string Families(IEnumerable<CslName> names) => string.Join("; ", names.Select(n => n.Family));

    // ---- a bracket after a page keyword is a remark (a diary's date, a letter's), never an imprint ----

    [Theory]
    [InlineData("Olga Berggolts, Dnevnye zvezdy, p. 44 (3 March 1942).", "Berggolts", "Dnevnye zvezdy", "44")]
    [InlineData("Lidiya Ginzburg, Blockade Diary, pp. 12–14 (5 and 9 February 1942).", "Ginzburg", "Blockade Diary", "12-14")]
    [InlineData("Knyazev, Zapiski, pp. 7, 19 (letter of 4 May 1920).", "Knyazev", "Zapiski", "7, 19")]
    [InlineData("Petr Samoilov, Voennyi dnevnik, p. 301 (entry for 11 October 1943)", "Samoilov", "Voennyi dnevnik", "301")]
    public void A_dated_remark_in_brackets_after_the_page_stays_out_of_the_fields(string note, string authors, string title, string page)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(authors);
        p.Title!.Value.ShouldBe(title);
        p.Locator!.Value.ShouldBe(page);
        p.Year.ShouldBeNull();
    }

    [Fact]
    public void An_ibid_keeps_its_page_before_a_dated_remark()
    {
        var all = Parse("Ibid., p. 57 (14 June 1941).");
        all.ShouldHaveSingleItem().ShouldBeOfType<IbidCitation>().Locator!.Value.ShouldBe("57");
    }

    [Fact]
    public void A_journal_volume_and_year_in_brackets_before_a_colon_page_is_still_an_imprint()
    {
        var p = Publication("Iu. Sorokin, \"Neft' i vlast',\" Istoricheskii arkhiv 4 (1997): 58.");
        p.Year!.Value.ShouldBe("1997");
        p.Volume!.Value.ShouldBe("4");
    }

    // ---- British editors: "eds," and "ed," without the full stop ----

    [Theory]
    [InlineData("Anna Petrova and Mark Levin, eds, The Siege Papers, p. 14.", "Petrova; Levin", "The Siege Papers", "14")]
    [InlineData("Levin, ed, Voices of the Blockade, pp. 3–5.", "Levin", "Voices of the Blockade", "3-5")]
    [InlineData("Orlova and Petrova, eds, Arkhiv Smolnogo: dokumenty, p. 201.", "Orlova; Petrova", "Arkhiv Smolnogo: dokumenty", "201")]
    public void Editors_marked_without_a_full_stop_are_editors(string note, string editors, string title, string page)
    {
        var p = Publication(note);
        Families(p.Editors).ShouldBe(editors);
        p.Authors.ShouldBeEmpty();
        p.Title!.Value.ShouldBe(title);
        p.Locator!.Value.ShouldBe(page);
    }

    [Fact]
    public void A_chapter_in_a_collection_whose_editor_is_marked_ed_without_a_full_stop()
    {
        var p = Publication("Sergei Volkov, ‘Pis’ma s fronta’, in Levin, ed, ‘Golosa blokady’, p. 12.");
        p.Kind.ShouldBe(PublicationKind.Chapter);
        Families(p.Authors).ShouldBe("Volkov");
        Families(p.Editors).ShouldBe("Levin");
        p.ContainerTitle!.Value.Trim('‘', '’').ShouldBe("Golosa blokady");
    }
}
