using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// The source lines of Georgian charter pages in forms the readers did not know (issue #18): a shelf mark standing alone
/// or after its label without the colon, and a collection named in words with its number after a dash, an <c>N</c> or a
/// collection's own number, the lost original's remark after it. Every example is invented (collections and numbers
/// other than the real notes'), read by the rules alone.
/// </summary>
public class GeorgianCharterSourceTests
{
    [Theory]
    [InlineData("დედანი 1449-2210", "fond=1449 | delo=2210")]
    [InlineData("დედანი Hd-3310", "delo=Hd-3310")]
    [InlineData("პირი 1450-77", "fond=1450 | delo=77")]
    [InlineData("H-1045", "delo=H-1045")]
    [InlineData("Sd-1180/81", "delo=Sd-1180/81")]
    [InlineData("Q-912.", "delo=Q-912")]
    public void A_manuscript_shelf_mark_alone_or_after_its_label_without_a_colon(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("დედანი: ქუთაისის საბუთები - N 045 დაკარგულია", "fond=ქუთაისის საბუთები | delo=045")]
    [InlineData("შიომღვიმის საბუთები № 12 (დაკარგულია).", "fond=შიომღვიმის საბუთები | delo=12")]
    [InlineData("დედანი: დაკარგულია, ალავერდის საბუთები № 33.", "fond=ალავერდის საბუთები | delo=33")]
    [InlineData("ოპიზის მონასტრის № 12 პირების კრებული - № 40 (დაკარგულია).", "fond=ოპიზის მონასტრის № 12 პირების კრებული | delo=40")]
    [InlineData("ხახულის პირების კრებული - № 7", "fond=ხახულის პირების კრებული | delo=7")]
    public void A_collection_named_in_words_with_its_number_and_the_lost_originals_remark(string note, string expected) => RulesOnly.Check(note, expected);
    [Theory]
    [InlineData("Smith, Title of Book (London, 1990), 4; A-14.")]
    [InlineData("Smith, Title of Book (London, 1990), 4; S-300.")]
    [InlineData("Jones, \"An Article,\" Journal 3 (1999): 12; H-2.")]
    public void A_bare_collection_mark_after_a_Latin_citation_is_no_Georgian_manuscript(string note) =>
        RulesOnly.Parse(note).OfType<ArchivalCitation>().Where(a => a.Language == "ka").ShouldBeEmpty();

    // What extract writes: the labeller, asked of a part the rules leave unread, must not make the mark a shelf mark either.
    [Theory]
    [InlineData("Smith, Title of Book (London, 1990), 4; A-14.")]
    [InlineData("Ivanov, Title, 4; A-14.")]
    [InlineData("Jones, \"An Article,\" Journal 3 (1999): 12; H-2.")]
    public void A_bare_collection_mark_after_a_Latin_citation_is_no_shelf_mark_in_the_hybrid_either(string note)
    {
        var before = CitationParser.Mode;
        CitationParser.Mode = ParserMode.Hybrid;
        try { CitationParser.ParseFootnote(note).OfType<ArchivalCitation>().ShouldBeEmpty(); }
        finally { CitationParser.Mode = before; }
    }

    [Theory]
    [InlineData("ბერიძე, საბუთები, 12; H-1045.")]
    [InlineData("ქართლის ცხოვრება, 12; H-1045")]
    public void A_bare_collection_mark_in_a_Georgian_note_stays_a_manuscript(string note) =>
        RulesOnly.Parse(note)[^1].ShouldBeOfType<ArchivalCitation>().ShelfMark.ShouldBe("H-1045");

    [Theory]
    [InlineData("პირი 1461-1470 წლებში გადაწერილი ტექსტია.")]
    [InlineData("დედანი 1612-1650 წლებისაა.")]
    [InlineData("პირი 1461-1470.")]
    public void Georgian_prose_after_a_label_without_its_colon_is_no_shelf_mark(string note) =>
        RulesOnly.Parse(note).OfType<ArchivalCitation>().ShouldBeEmpty();
    [Fact]
    public void A_collections_own_number_does_not_let_digits_into_the_repositorys_name()
    {
        RulesOnly.Check("ხელნაწერთა ცენტრი, ოპიზის მონასტრის № 12 პირების კრებული - № 40",
            "archive=ხელნაწერთა ცენტრი | fond=ოპიზის მონასტრის № 12 პირების კრებული | delo=40");
        RulesOnly.Parse("ხელნაწერთა 3 ცენტრი, ოპიზის მონასტრის № 12 პირების კრებული - № 40")
            .OfType<ArchivalCitation>().ShouldNotContain(a => a.ArchiveName != null && a.ArchiveName.Value == "ხელნაწერთა 3 ცენტრი");
    }
}
