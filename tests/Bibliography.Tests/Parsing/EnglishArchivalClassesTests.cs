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
    // ---- the archive's name: prose before it, its abbreviation introduced, its parts ----

    [Theory]
    [InlineData("See the Central State Archive of Georgia, f. 1833, op. 1, d. 179, l. 4.", "archive=Central State Archive of Georgia|fond=1833|opis=1|delo=179|locator=4")]
    [InlineData("Letter of 5 May 1921, in RGASPI, f. 64, op. 1, d. 5, l. 8.", "archive=RGASPI|fond=64|opis=1|delo=5|locator=8")]
    [InlineData("Rossiiskii gosudarstvennyi arkhiv sotsial'no-politicheskoi istorii (hereafter RGASPI), f. 17, op. 3, d. 5, l. 1.", "archive=RGASPI|fond=17|opis=3|delo=5|locator=1")]
    [InlineData("Russian State Military Archive (henceforth RGVA), f. 40442, op. 1, d. 7, ll. 3–4.", "archive=RGVA|fond=40442|opis=1|delo=7|locator=3–4")]
    [InlineData("National Archives of Georgia, Central Historical Archive, f. 13, op. 1, d. 2, l. 7.", "archive=National Archives of Georgia, Central Historical Archive|fond=13|opis=1|delo=2|locator=7")]
    [InlineData("Letter from the Director of the Archive, RGASPI, f. 17, op. 3, d. 5, l. 1.", "archive=RGASPI|fond=17|opis=3|delo=5|locator=1")]
    [InlineData("sShSSA (I), f. 6, d. 2, l. 9.", "archive=sShSSA (I)|fond=6|delo=2|locator=9")]
    [InlineData("Protocol no. 12 of the Politburo, item 5, RGASPI, f. 17, op. 3, d. 150, l. 3.", "archive=RGASPI|fond=17|opis=3|delo=150|locator=3")]
    public void The_archive_is_its_name_without_the_prose_or_the_document_before_it(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    // ---- a publication the file was read in, a further file after "and", a file in volumes ----

    [Theory]
    [InlineData("RGASPI, f. 17, op. 3, d. 900, l. 12, cited in Khlevniuk, Master of the House, 45.", "archive=RGASPI|fond=17|opis=3|delo=900|locator=12||authors=Khlevniuk|title=Master of the House|locator=45")]
    [InlineData("GARF, f. R-9401, op. 2, d. 64, ll. 12–15, quoted in Naimark, Stalin's Genocides, 88.", "archive=GARF|fond=R-9401|opis=2|delo=64|locator=12–15||authors=Naimark|locator=88")]
    [InlineData("RGASPI, f. 17, op. 3, d. 5, l. 1, and d. 6, l. 3.", "archive=RGASPI|fond=17|opis=3|delo=5|locator=1||delo=6|locator=3")]
    [InlineData("GARF, f. 5446, op. 1, d. 12, ll. 4–5 and op. 2, d. 7, l. 9.", "archive=GARF|fond=5446|opis=1|delo=12|locator=4–5||opis=2|delo=7|locator=9")]
    [InlineData("GARF, f. 5446, op. 1, d. 12, t. 2, l. 4.", "archive=GARF|fond=5446|opis=1|delo=12|volume=2|locator=4")]
    [InlineData("Arkhiv UFSB po Sverdlovskoi oblasti, d. 12345, t. 2, l. 5.", "archive=Arkhiv UFSB po Sverdlovskoi oblasti|delo=12345|volume=2|locator=5")]
    [InlineData("TsA FSB, f. 3-os, op. 6, d. 1, vol. 4, l. 2.", "archive=TsA FSB|fond=3-os|opis=6|delo=1|volume=4|locator=2")]
    public void A_secondary_source_a_further_file_and_a_volume_are_read_apart(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Fact]
    public void Two_volumes_of_one_file_are_two_items()
    {
        var document = BibliographyPipeline.ParseFootnotes(["GARF, f. 5446, op. 1, d. 12, t. 1, l. 4.", "GARF, f. 5446, op. 1, d. 12, t. 2, l. 4."]).Document;
        document.Items.Select(i => i.Volume).ShouldBe(["1", "2"]);
    }

    // ---- British record offices and repositories named by abbreviation ----

    [Theory]
    [InlineData("TNA, FO 371/9356.", "archive=TNA|fond=FO 371|delo=9356")]
    [InlineData("PRO, FO 371/56731, N 1234/5/38.", "archive=PRO|fond=FO 371|delo=56731")]
    [InlineData("Memorandum by Eden, 12 October 1944, CAB 66/56, TNA.", "archive=TNA|fond=CAB 66|delo=56")]
    [InlineData("HIA, Nicolaevsky Collection, box 3, folder 7.", "archive=HIA")]
    public void A_british_piece_reference_gives_its_department_and_series_as_fond_and_its_piece_as_file(string note, string expected) =>
        ExpectedFields.Check(note, expected);
}
