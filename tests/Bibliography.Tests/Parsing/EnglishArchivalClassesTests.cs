using Bibliography.Tests.Validation;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Archival citations in English notes (issue #18), class by class, with examples invented for each class (several
/// archives and spellings), scored field by field as the evaluation set scores real notes.
/// </summary>
public class EnglishArchivalClassesTests
{
    // ---- shelf marks written as numbers joined by full stops or slashes ----

    [Theory]
    [InlineData("GARF 5446/1/12/3.", "archive=GARF|fond=5446|opis=1|delo=12|locator=3")]
    [InlineData("GARF R-8131/37/145/1–3.", "archive=GARF|fond=R-8131|opis=37|delo=145|locator=1–3")]
    [InlineData("TsGAIPD 24/2v/1843/12.", "archive=TsGAIPD|fond=24|opis=2v|delo=1843|locator=12")]
    [InlineData("RGVA 33987.3.295.17ob.", "archive=RGVA|fond=33987|opis=3|delo=295|locator=17ob")]
    [InlineData("RGANI 89.18.42.1ob–4.", "archive=RGANI|fond=89|opis=18|delo=42|locator=1ob–4")]
    [InlineData("RTsKhIDNI 558.1.2766.12–14.", "archive=RTsKhIDNI|fond=558|opis=1|delo=2766|locator=12–14")]
    public void A_slashed_or_dotted_shelf_mark_gives_its_fourth_number_as_the_folio_with_its_verso(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Theory]
    [InlineData("RGASPI 558.11.728.40–2; 558.11.729.3.", "archive=RGASPI|fond=558|opis=11|delo=728|locator=40–2||archive=RGASPI|fond=558|opis=11|delo=729|locator=3")]
    [InlineData("GARF 9401/2/64/12; 9401/2/65/7–9.", "archive=GARF|fond=9401|opis=2|delo=64|locator=12||archive=GARF|fond=9401|opis=2|delo=65|locator=7–9")]
    [InlineData("APRF 3.58.212.45–47; 3.58.213.", "archive=APRF|fond=3|opis=58|delo=212|locator=45–47||archive=APRF|fond=3|opis=58|delo=213")]
    public void A_shelf_mark_after_a_semicolon_without_its_archive_is_a_further_file_of_that_archive(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Fact]
    public void A_date_after_a_semicolon_is_no_shelf_mark() =>
        RulesOnly.Parse("RGASPI 558.11.728.40; 12.05.1920.").Count(c => c is Bibliography.Parsing.ArchivalCitation).ShouldBe(1);
    // ---- Western repositories: collections, boxes and folders ----

    [Theory]
    [InlineData("Hoover Institution Archives, Boris Nicolaevsky Collection, box 3, folder 7.", "archive=Hoover Institution Archives")]
    [InlineData("Library of Congress, Manuscript Division, Averell Harriman Papers, box 171.", "archive=Library of Congress")]
    [InlineData("Bakhmeteff Archive, Columbia University, Vasilii Maklakov Papers, box 12, folder 3.", "archive=Bakhmeteff Archive")]
    [InlineData("Wrangel Military Archives, box 144, folder 22, Hoover Institution Archives.", "archive=Wrangel Military Archives")]
    [InlineData("See the Hoover Institution, Nicolaevsky Collection, series 2, box 8, folder 11, p. 4.", "archive=Hoover Institution|locator=4")]
    [InlineData("National Archives, Record Group 59, 861.00/1234.", "archive=National Archives|fond=59")]
    [InlineData("Memorandum of conversation, 14 June 1945, RG 59, Central Decimal File, box 6, NARA.", "archive=NARA|fond=59")]
    [InlineData("Telegram, Harriman to Secretary of State, 10 May 1945, RG 59, Decimal File 1945–49, box 3, National Archives, College Park.", "archive=National Archives|fond=59")]
    [InlineData("Hoover Institution Archives, Vasilii Maklakov Papers, box 11, folder 2; Hoover Institution Archives, Nicolaevsky Collection, box 233, folder 5.", "archive=Hoover Institution Archives||archive=Hoover Institution Archives")]
    public void A_western_repository_is_the_archive_and_a_record_group_the_fond(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Fact]
    public void A_western_repository_keeps_its_collection_box_and_folder_in_the_shelf_mark_and_tells_its_boxes_apart()
    {
        var a = RulesOnly.Parse("Hoover Institution Archives, Boris Nicolaevsky Collection, box 3, folder 7.").ShouldHaveSingleItem()
            .ShouldBeOfType<Bibliography.Parsing.ArchivalCitation>();
        a.Holding!.Value.ShouldBe("Boris Nicolaevsky Collection, box 3, folder 7");
        a.Levels.ShouldBeEmpty();
        var document = BibliographyPipeline.ParseFootnotes(["Hoover Institution Archives, Nicolaevsky Collection, box 3, folder 7.",
            "Hoover Institution Archives, Nicolaevsky Collection, box 4, folder 1."]).Document;
        document.Items.Count.ShouldBe(2);
        document.Items.Select(i => i.ArchiveLocation).ShouldBe(["Nicolaevsky Collection, box 3, folder 7", "Nicolaevsky Collection, box 4, folder 1"]);
        var report = ValidationKit.Footnotes("Hoover Institution Archives, Nicolaevsky Collection, box 3, folder 7.");
        report.Of("BIB401").ShouldBeEmpty(report.Dump());
    }

    [Theory]
    [InlineData("Arthur S. Link, ed., The Papers of Woodrow Wilson (Princeton: Princeton University Press, 1966), 12.", "editors=Link|title=The Papers of Woodrow Wilson|place=Princeton|year=1966|locator=12")]
    [InlineData("Ronald Radosh and Joyce Milton, The Rosenberg File (New York, 1983), 45.", "authors=Radosh; Milton|title=The Rosenberg File|place=New York|year=1983|locator=45")]
    public void A_book_with_papers_or_file_in_its_title_stays_a_book(string note, string expected) =>
        ExpectedFields.Check(note, expected);
    // ---- levels spelt out in English notes ----

    [Theory]
    [InlineData("Rossiiskii Gosudarstvennyi Voennyi Arkhiv, (RGVA), fond (f.) 33987, opis' (op.) 3, delo (d.) 12, list (l.) 4.", "archive=RGVA|fond=33987|opis=3|delo=12|locator=4")]
    [InlineData("GARF, fond (f.) R-5446, opis’ (op.) 1, delo (d.) 12, listy (ll.) 3–4.", "archive=GARF|fond=R-5446|opis=1|delo=12|locator=3–4")]
    [InlineData("RGASPI, fond 17, opis 3, delo 1020, list 5.", "archive=RGASPI|fond=17|opis=3|delo=1020|locator=5")]
    [InlineData("GARF, fond R-5446, opis' 1, delo 12, listy 3–4.", "archive=GARF|fond=R-5446|opis=1|delo=12|locator=3–4")]
    [InlineData("Central State Historical Archive of Georgia (TsSSA), fond 1083, opis 1, delo 2, list 5ob.", "archive=TsSSA|fond=1083|opis=1|delo=2|locator=5ob")]
    public void A_level_spelt_out_with_its_abbreviation_in_brackets_or_as_a_word_is_read(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Fact]
    public void A_folio_in_brackets_after_prose_is_still_read() =>
        ExpectedFields.Check("RGASPI, f. 17, op. 3, d. 1020 (copy, l. 5).", "archive=RGASPI|fond=17|opis=3|delo=1020|locator=5");
}
