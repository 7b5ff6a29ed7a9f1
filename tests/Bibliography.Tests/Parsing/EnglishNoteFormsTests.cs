using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Further classes of English notes the rule reader missed (issue #18): initials set without a space (<c>P.M. Sykes</c>),
/// lead-ins such as <c>Cited by</c>, editors marked <c>(eds)</c>, a sentence opening <c>In X and Y, eds,</c>, a journal's
/// year in brackets before its issue, and the storage-unit and OCR'd opis spellings of a shelf mark.
/// </summary>
public class EnglishNoteFormsTests
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

    // ---- initials written without a space between them ----

    [Theory]
    [InlineData("P.M. Sykes, A History of Persia (London: Macmillan, 1915), pp. 169–73.", "Sykes", "P.M.", "A History of Persia", "London", "Macmillan", "1915")]
    [InlineData("N.V. Karapetyan, Ararat (Armenia) (Erevan: Academy of Sciences, 1970).", "Karapetyan", "N.V.", "Ararat (Armenia)", "Erevan", "Academy of Sciences", "1970")]
    [InlineData("Iu.A. Polyakov, Nashe nepredskazuemoe proshloe (Moscow: Nauka, 1995), 41.", "Polyakov", "Iu.A.", "Nashe nepredskazuemoe proshloe", "Moscow", "Nauka", "1995")]
    [InlineData("T.G. Walsh, The Caspian Trade (Ithaca, NY: Cornell University Press, 2001), 12.", "Walsh", "T.G.", "The Caspian Trade", "Ithaca, NY", "Cornell University Press", "2001")]
    public void Initials_set_without_a_space_open_an_English_name(string note, string family, string given, string title, string place, string publisher, string year)
    {
        var p = Publication(note);
        p.Authors.ShouldHaveSingleItem().Family.ShouldBe(family);
        p.Authors[0].Given.ShouldBe(given);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Publisher!.Value.ShouldBe(publisher);
        p.Year!.Value.ShouldBe(year);
    }

    [Fact]
    public void Two_books_with_glued_initials_in_one_note_are_two_citations()
    {
        var all = Parse("J.R. Smith, History of the Caucasus (Oxford: Clarendon, 1990), 5; K.L. Jones, Empire of Nations (Ithaca, NY: Cornell University Press, 2005), 92.");
        all.Count.ShouldBe(2);
        var (a, b) = (all[0].ShouldBeOfType<PublicationCitation>(), all[1].ShouldBeOfType<PublicationCitation>());
        Families(a.Authors).ShouldBe("Smith");
        a.Publisher!.Value.ShouldBe("Clarendon");
        Families(b.Authors).ShouldBe("Jones");
        b.Title!.Value.ShouldBe("Empire of Nations");
        b.Locator!.Value.ShouldBe("92");
    }

    // ---- a lead-in naming the source a quotation was taken from ----

    [Theory]
    [InlineData("Cited by V. N. Petrov, A Short Life (Moscow: Progress Publishers, 1981), p. 110.", "Petrov", "A Short Life", "110")]
    [InlineData("Quoted by Anna Orlova, Years of Hunger (Leningrad: Lenizdat, 1969), 33.", "Orlova", "Years of Hunger", "33")]
    [InlineData("Quoted from Mark Levin, The Siege Papers (London: Faber, 2003), pp. 7–8.", "Levin", "The Siege Papers", "7-8")]
    public void A_cited_by_or_quoted_from_lead_in_stays_out_of_the_fields(string note, string authors, string title, string page)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(authors);
        p.Title!.Value.ShouldBe(title);
        p.Locator!.Value.ShouldBe(page);
    }

    // ---- editors marked "(eds)" and "(ed)" without a full stop, British style ----

    [Theory]
    [InlineData("A. Petrov, 'The Press', in B. Orlova and C. Smith (eds), Culture and Power in Georgia (London, 1995), pp. 17-57.", "Petrov", "Orlova; Smith", "Culture and Power in Georgia", "London", "1995")]
    [InlineData("K. Ivanova, 'Rural Schools', in M. Levin (ed), Education under Stalin (Oxford, 1988), p. 9.", "Ivanova", "Levin", "Education under Stalin", "Oxford", "1988")]
    public void A_chapter_whose_editors_are_marked_eds_in_brackets_without_a_full_stop(string note, string authors, string editors, string container, string place, string year)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Chapter);
        Families(p.Authors).ShouldBe(authors);
        Families(p.Editors).ShouldBe(editors);
        p.ContainerTitle!.Value.ShouldBe(container);
        p.Place!.Value.ShouldBe(place);
        p.Year!.Value.ShouldBe(year);
    }

    [Fact]
    public void A_sentence_opening_with_In_and_the_editors_of_a_collection_cites_the_collection()
    {
        var p = Parse("Nina Ivanova, diary. In Anna Petrova and Mark Levin, eds, The Siege Papers, pp. 50–51.")
            .OfType<PublicationCitation>().Last();
        Families(p.Editors).ShouldBe("Petrova; Levin");
        p.Authors.ShouldBeEmpty();
        p.Title!.Value.ShouldBe("The Siege Papers");
        p.Locator!.Value.ShouldBe("50-51");
    }

    // ---- a journal's year in brackets between its name and its issue ----

    [Theory]
    [InlineData("Ivanov, \"Kolkhozy,\" Sotsiologicheskie issledovaniia (1989), no. 4, 10–27.", "Sotsiologicheskie issledovaniia", "1989", "4")]
    [InlineData("Anna Orlova, \"Golod v derevne,\" Otechestvennaia istoriia (1994), no. 11, 5.", "Otechestvennaia istoriia", "1994", "11")]
    public void A_year_in_brackets_before_the_issue_is_the_year_not_part_of_the_journal(string note, string container, string year, string issue)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Article);
        p.ContainerTitle!.Value.ShouldBe(container);
        p.Year!.Value.ShouldBe(year);
        p.Issue!.Value.ShouldBe(issue);
    }

    // ---- shelf marks: the storage unit spelt yed. khr. or in English, and Op. as OCR reads it (On.) ----

    [Theory]
    [InlineData("RGASPI: Fond 17, op. 3, yed. khr. 41, p. 7.", "17", "3", "41", "7")]
    [InlineData("RGALI, f. 2310, op. 1, Yed. khr. 96, l. 4.", "2310", "1", "96", "4")]
    [InlineData("TsGA KBR, f. I-6, inv. 1, storage unit 813, sheet 5.", "I-6", "1", "813", "5")]
    [InlineData("NARB, f. 9, inv. 2, Storage unit 17, l. 3.", "9", "2", "17", "3")]
    [InlineData("RTsKhIDNI. F. 85. On. 14. D. 7. L. 12.", "85", "14", "7", "12")]
    [InlineData("ГАРФ, ф. 130, on. 2, д. 45, л. 8.", "130", "2", "45", "8")]
    public void Storage_units_and_an_OCR_read_opis_give_their_levels(string note, string fond, string opis, string delo, string folio)
    {
        var a = Parse(note).ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.Level(ArchivalLevelKind.Fond).ShouldBe(fond);
        a.Level(ArchivalLevelKind.Opis).ShouldBe(opis);
        a.Level(ArchivalLevelKind.Delo).ShouldBe(delo);
        a.Locator!.Value.ShouldBe(folio);
    }

    [Fact]
    public void On_in_English_prose_is_no_opis()
    {
        var p = Publication("On the famine see Anna Orlova, Years of Hunger (Leningrad: Lenizdat, 1969), 33.");
        Families(p.Authors).ShouldBe("Orlova");
        p.Year!.Value.ShouldBe("1969");
    }
}
