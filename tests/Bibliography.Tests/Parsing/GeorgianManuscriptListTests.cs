using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Forms of Georgian charter pages and text editions the readers did not know (issue #18): an item of a page's list of
/// copies that opens with its shelf mark and says after a dash who copied it, a museum's own siglum after the original's
/// label, TITUS's <c>Manuscript:</c> header line, and an electronic library's page title of year, name and title between
/// dashes. Every example is invented (collections, numbers, names and titles other than the real notes'), read by the
/// rules alone.
/// </summary>
public class GeorgianManuscriptListTests
{
    [Theory]
    [InlineData("Sd-3310 - გადაწერილია XVIII საუკუნეში", "delo=Sd-3310")]
    [InlineData("Hd-5120 - პირი გადაწერილია ბროსეს მიერ 1850 წ.", "delo=Hd-5120")]
    [InlineData("A-1452/3 - ნუსხა ოფიციალური დამოწმებით;", "delo=A-1452/3")]
    [InlineData("1450-312 - პირი გადაწერილია თაყაიშვილის მიერ 1903 წ. და აქვს დამოწმება;", "fond=1450 | delo=312")]
    [InlineData("1449-87 - გადაწერილი XIX საუკუნეში.", "fond=1449 | delo=87")]
    public void A_copy_lists_item_opens_with_its_shelf_mark_and_the_copyists_remark_after_a_dash(string note, string expected) =>
        RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("1461-1470 - გადაწერილი ტექსტია.")]
    [InlineData("12-15 - გვერდებზე მოთხრობილია ამბავი.")]
    public void A_range_of_years_or_pages_before_a_dashed_remark_is_no_shelf_mark(string note) =>
        RulesOnly.Parse(note).OfType<ArchivalCitation>().ShouldBeEmpty();

    [Fact]
    public void A_Centre_mark_before_a_dashed_remark_in_a_Latin_note_is_no_Georgian_manuscript() =>
        RulesOnly.Parse("Smith, Title of Book (London, 1990), 4; Hd-12 - copied later.").OfType<ArchivalCitation>()
            .Where(a => a.Language == "ka").ShouldBeEmpty();

    [Theory]
    [InlineData("დედანი: ქიმ-512-2", "delo=ქიმ-512-2")]
    [InlineData("დედანი: ქიმ-77", "delo=ქიმ-77")]
    [InlineData("პირი: სსმ-1204.", "delo=სსმ-1204")]
    public void A_museums_siglum_and_number_after_the_originals_label(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Manuscript: Hd-2231", "delo=Hd-2231")]
    [InlineData("Manuscript: A-1046 ", "delo=A-1046")]
    [InlineData("Manuscript: Qd-870", "delo=Qd-870")]
    public void TITUS_header_line_names_the_manuscript(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Manuscript: 1852-1860 diary of John Smith.")]
    [InlineData("Manuscript: 1852-1860.")]
    [InlineData("Manuscript: A-14, Bodleian Library.")]
    [InlineData("Smith, Title of Book (London, 1990), 4; Manuscript: Hd-12, Bodleian Library.")]
    public void A_Latin_manuscript_line_that_is_not_a_Centres_mark_alone_is_no_Georgian_manuscript(string note) =>
        RulesOnly.Parse(note).OfType<ArchivalCitation>().Where(a => a.Language == "ka").ShouldBeEmpty();

    [Theory]
    [InlineData("2019 - ლომიძე ნინო - ქართლის სამეფოს საზღვრები", "year=2019 | authors=ლომიძე | title=ქართლის სამეფოს საზღვრები")]
    [InlineData("2008 - თამარ ბერიძე - შუა საუკუნეების ქალაქი", "year=2008 | authors=ბერიძე | title=შუა საუკუნეების ქალაქი")]
    [InlineData("2011 - მამულია ლევან - სამეფო კარის მოხელეები XV საუკუნეში", "year=2011 | authors=მამულია | title=სამეფო კარის მოხელეები XV საუკუნეში")]
    public void A_library_page_title_of_year_name_and_title(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("1931 - ნიკო ბერიძე - სამეგრელოს სიგელები - გვ.22-25", "year=1931 | authors=ბერიძე | title=სამეგრელოს სიგელები | locator=22-25")]
    [InlineData("საბუთის ტექსტი: 1958 - ლომიძე ილია - ტაოს საბუთები - გვ. 7", "year=1958 | authors=ლომიძე | title=ტაოს საბუთები | locator=7")]
    public void An_editions_line_of_year_editor_title_and_pages(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("1913 - ნიკო ბერიძე - ისტორიული საბუთები - წიგნი II- გვ.3")]
    [InlineData("2014 - ისტორიული საბუთები - ტომი III - N 5")]
    public void A_dashed_line_with_more_than_the_pages_after_the_title_is_not_read_as_year_name_and_title(string note) =>
        RulesOnly.Parse(note).OfType<PublicationCitation>().ShouldNotContain(p => p.Authors.Count > 0);

    [Theory]
    [InlineData("ფონდი 1452 - VI - აღწერილობის დავთარი - გელ. საბ. № 12, გვ.4:", "fond=1452 | delo=VI | locator=4")]
    [InlineData("ფონდი 1448 - II - სიგელთა ნუსხა - ალავ. საბ. № 7, გვ.19", "fond=1448 | delo=II | locator=19")]
    public void A_registers_Roman_number_between_dashes_after_the_fond_is_its_file(string note, string expected) => RulesOnly.Check(note, expected);

    [Fact]
    public void A_Roman_number_after_a_further_part_between_dashes_is_not_the_registers_file() =>
        RulesOnly.Parse("ფონდი 1447 - სიგელთა წიგნი - II - ალავ. საბ. № 9, გვ.2").OfType<ArchivalCitation>()
            .SelectMany(a => a.Levels).ShouldNotContain(l => l.Level == ArchivalLevelKind.Delo && l.Value == "II");

    [Theory]
    [InlineData("დ ე დ ა ნ ი: ხეც, Hd-3120;", "archive=ხეც | delo=Hd-3120")]
    [InlineData("დ ე დ ა ნ ი : სპბაი, H-85;", "archive=სპბაი | delo=H-85")]
    [InlineData("დედანი: ხეც. Ad-912.", "archive=ხეც | delo=Ad-912")]
    public void A_repositorys_siglum_before_the_mark_after_a_label_printed_plain_or_letter_spaced(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("დედანი:საბუთის ტექსტი: ქართული სამართლის ძეგლები - ტომი IV - N 12", "title=ქართული სამართლის ძეგლები | volume=IV | locator=12")]
    [InlineData("დედანი: საბუთის ტექსტი: საქართველოს სიძველენი - ტომი II - N 140", "title=საქართველოს სიძველენი | volume=II | locator=140")]
    public void An_empty_label_run_on_into_the_editions_line_is_skipped(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("დედანი:")]
    [InlineData("დედანი: ")]
    public void A_footnote_of_sixty_thousand_empty_labels_is_read_not_a_crash(string label)
    {
        var note = string.Concat(Enumerable.Repeat(label, 60_000));
        Should.CompleteIn(() => CitationParser.ParseFootnote(note).ShouldNotBeEmpty(), TimeSpan.FromSeconds(60));
    }
}
