using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Further classes of archival citations in English notes (issue #18), each with examples invented for it (several
/// archives, spellings and descriptions), scored field by field as the evaluation set scores real notes.
/// </summary>
public class EnglishArchivalFormsTests
{
    // ---- levels spelt in English words and the shortest abbreviations ----

    [Theory]
    [InlineData("GARF, fond 5446, inventory 1, file 12, sheet 3.", "archive=GARF|fond=5446|opis=1|delo=12|locator=3")]
    [InlineData("Georgian State Historical Archive, fond 153, Inventory 2, file 40, sheets 17–18.", "archive=Georgian State Historical Archive|fond=153|opis=2|delo=40|locator=17–18")]
    [InlineData("GARF, f. 5446, op. 1, d. 12, folios 3–4.", "archive=GARF|fond=5446|opis=1|delo=12|locator=3–4")]
    [InlineData("RGIA, f. 1276, op. 17, d. 188, folio 9v.", "archive=RGIA|fond=1276|opis=17|delo=188|locator=9v")]
    [InlineData("RGASPI f. 17, o. 3, d. 1, l. 5.", "archive=RGASPI|fond=17|opis=3|delo=1|locator=5")]
    [InlineData("TsGAOR, f. 130, o. 2, d. 44, ll. 5–6.", "archive=TsGAOR|fond=130|opis=2|delo=44|locator=5–6")]
    public void An_inventory_a_folio_and_o_for_opis_are_read_as_levels(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Theory]
    [InlineData("RGASPI, f. 17, op. 3, dd. 12, 14.", "archive=RGASPI|fond=17|opis=3|delo=12, 14")]
    [InlineData("MM, f. 12, op. 9, dd. 2, 3.", "archive=MM|fond=12|opis=9|delo=2, 3")]
    [InlineData("GARF, f. 9401, op. 2, dd. 64, 65, 66; RGVA, f. 7, op. 2, d. 4.", "archive=GARF|fond=9401|opis=2|delo=64, 65, 66||archive=RGVA|fond=7|opis=2|delo=4")]
    public void Several_files_after_dd_are_all_files(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    // ---- the folio closing a shelf mark without its keyword, or with l. printed as the digit one ----

    [Theory]
    [InlineData("TsDAHO f. 1, op. 23, spr. 926, 192.", "archive=TsDAHO|fond=1|opis=23|delo=926|locator=192")]
    [InlineData("HDA SBU, f. 13, spr. 372, vol. 1, 15–17.", "archive=HDA SBU|fond=13|delo=372|volume=1|locator=15–17")]
    [InlineData("DAZhO, f. R-326, op. 1, spr. 88, 14, 16.", "archive=DAZhO|fond=R-326|opis=1|delo=88|locator=14, 16")]
    [InlineData("RGASPI, f.17, op.3, d.74, 1.3.", "archive=RGASPI|fond=17|opis=3|delo=74|locator=3")]
    [InlineData("RTsKhIDNI, f.17, op.2, d.55, 11.5-6.", "archive=RTsKhIDNI|fond=17|opis=2|delo=55|locator=5-6")]
    public void A_bare_number_closing_the_shelf_mark_is_its_folio(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Fact]
    public void A_year_closing_the_shelf_mark_is_no_folio()
    {
        var a = RulesOnly.Parse("TsDAVO, f. 3833, op. 1, spr. 86, 1941.").ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.Locator.ShouldBeNull();
    }

    // ---- the archive's city, and its name in the original language beside its abbreviation ----

    [Theory]
    [InlineData("Archive of the President of the Russian Federation (APRF), Moscow, f. 3, op. 58, d. 212, l. 45.", "archive=APRF|fond=3|opis=58|delo=212|locator=45")]
    [InlineData("Archive of the Foreign Policy of the Russian Federation (AVPRF), Moscow, f. 06, op. 7, p. 31, d. 492, l. 18.", "archive=AVPRF|fond=06|opis=7|delo=492|locator=18")]
    [InlineData("Central State Archive of the October Revolution, Moscow, f. 130, op. 3, d. 44, l. 2.", "archive=Central State Archive of the October Revolution|fond=130|opis=3|delo=44|locator=2")]
    [InlineData("Arkhiv MVD Gruzii, Tbilisi, f. 6, d. 12, l. 4.", "archive=Arkhiv MVD Gruzii|fond=6|delo=12|locator=4")]
    [InlineData("Russian State Archive of Socio-Political History (RGASPI), St. Petersburg, fond 17, opis 3, delo 5, list 1.", "archive=RGASPI|fond=17|opis=3|delo=5|locator=1")]
    [InlineData("State Archive of the Russian Federation (Gosudarstvennyi arkhiv Rossiiskoi Federatsii, GARF), f. 5446, op. 1, d. 12, l. 3.", "archive=GARF|fond=5446|opis=1|delo=12|locator=3")]
    public void The_city_after_the_archive_and_its_name_in_the_original_are_no_part_of_it(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Fact]
    public void The_city_after_the_archive_is_kept_as_its_place()
    {
        var document = BibliographyPipeline.ParseFootnotes(["Archive of the President of the Russian Federation (APRF), Moscow, f. 3, op. 58, d. 212, l. 45."]).Document;
        var item = document.Items.ShouldHaveSingleItem();
        item.Archive.ShouldBe("Archive of the President of the Russian Federation");
        item.ArchivePlace.ShouldBe("Moscow");
    }

    [Theory]
    [InlineData("National Archives of Georgia, Central Historical Archive, f. 13, op. 1, d. 2, l. 7.", "archive=National Archives of Georgia, Central Historical Archive")]
    [InlineData("Beria to Stalin, 12 March 1944, GARF, f. 9401, op. 2, d. 64, l. 167.", "archive=GARF")]
    public void A_part_of_the_archive_or_an_abbreviation_is_no_city(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    // ---- shelf marks joined by hyphens, with Cyrillic letters ----

    [Theory]
    [InlineData("GARF 7523c-149a-2.1–6.", "archive=GARF|fond=7523c|opis=149a|delo=2|locator=1–6")]
    [InlineData("RGASPI 82-2-148.12.", "archive=RGASPI|fond=82|opis=2|delo=148|locator=12")]
    [InlineData("TsGAIPD 24-2v-1843, l. 12.", "archive=TsGAIPD|fond=24|opis=2v|delo=1843|locator=12")]
    [InlineData("GARF 7523с.149а.2.1–4.", "archive=GARF|fond=7523с|opis=149а|delo=2|locator=1–4")]
    public void A_shelf_mark_joined_by_hyphens_or_with_cyrillic_letters_gives_its_levels(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Fact]
    public void A_fond_with_a_letter_prefix_is_one_fond() =>
        ExpectedFields.Check("DAKhO, P-1962/1/973 (1933), 9.", "archive=DAKhO|fond=P-1962|opis=1|delo=973|locator=9");

    // ---- prose that says where the file is ----

    [Theory]
    [InlineData("The decision is in RGASPI, f. 17, op. 3, d. 1, l. 5.", "archive=RGASPI|fond=17|opis=3|delo=1|locator=5")]
    [InlineData("Ordzhonikidze's report is in GARF, fond R-1318, opis 1, delo 15, list 3.", "archive=GARF|fond=R-1318|opis=1|delo=15|locator=3")]
    [InlineData("A copy survives in TsA FSB, f. 3, op. 5, d. 12, l. 4.", "archive=TsA FSB|fond=3|opis=5|delo=12|locator=4")]
    [InlineData("The minutes are kept in the Central State Archive of Georgia, f. 1833, op. 1, d. 179, l. 4.", "archive=Central State Archive of Georgia|fond=1833|opis=1|delo=179|locator=4")]
    public void A_sentence_saying_where_the_file_is_stays_out_of_the_archive(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Fact]
    public void An_archive_named_with_in_keeps_its_words() =>
        ExpectedFields.Check("Central Archive in Tbilisi, f. 14, op. 5, d. 236, l. 15.", "archive=Central Archive in Tbilisi|fond=14|opis=5|delo=236|locator=15");

    // ---- a document cited by its archive alone ----

    [Theory]
    [InlineData("Soviet Politburo transcript, 12 March 1983, TsKhSD.", "archive=TsKhSD")]
    [InlineData("Report from the Havana residency, 3 May 1962, SVR Archives, Moscow.", "archive=SVR Archives")]
    [InlineData("Malinovsky to Khrushchev, 8 September 1962, Archive of the Ministry of Defence, Podolsk.", "archive=Archive of the Ministry of Defence")]
    [InlineData("Memorandum of conversation, Khrushchev and Kennedy, 4 June 1961, APRF.", "archive=APRF")]
    [InlineData("GRU archives.", "archive=GRU archives")]
    public void A_document_cited_by_the_archive_that_keeps_it_names_the_archive(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Theory]
    [InlineData("Ivanov, Istoriia, 45, NKVD.")] // an abbreviation without a dated description
    [InlineData("Copy in the author's archive.")]
    public void Words_that_only_mention_an_archive_or_an_abbreviation_are_no_archival_citation(string note) =>
        RulesOnly.Parse(note).OfType<ArchivalCitation>().ShouldBeEmpty();

    // ---- the file a publication cites, after "citing" or "from" ----

    [Theory]
    [InlineData("Stephen Kotkin, Stalin: Paradoxes of Power (New York: Penguin, 2014), 455, citing RGASPI, f. 558, op. 11, d. 24, l. 5.",
        "authors=Kotkin|title=Stalin: Paradoxes of Power|place=New York|publisher=Penguin|year=2014|locator=455||archive=RGASPI|fond=558|opis=11|delo=24|locator=5")]
    [InlineData("Quoted in Oleg Khlevniuk, Master of the House (New Haven: Yale University Press, 2009), 45, from GARF, f. 5446, op. 1, d. 900, l. 12.",
        "authors=Khlevniuk|title=Master of the House|year=2009|locator=45||archive=GARF|fond=5446|opis=1|delo=900|locator=12")]
    [InlineData("Viola, Peasant Rebels, 77, quoting TsGAOR, f. 130, op. 2, d. 44, l. 9.",
        "authors=Viola|title=Peasant Rebels|locator=77||archive=TsGAOR|fond=130|opis=2|delo=44|locator=9")]
    public void The_file_a_publication_cites_is_a_citation_after_it(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Fact]
    public void A_letter_from_a_person_is_no_file() =>
        ExpectedFields.Check("Letter from Kirov, 5 May 1920, RGASPI, f. 80, op. 4, d. 12, l. 1.", "archive=RGASPI|fond=80|opis=4|delo=12|locator=1");

    // ---- what follows the shelf mark: a sentence, the collection that prints the file, a further mark after "and" ----

    [Theory]
    [InlineData("RGASPI, f. 17, op. 3, d. 1, l. 5. See also Kotkin, Stalin, 1:455.", "archive=RGASPI|fond=17|opis=3|delo=1|locator=5||authors=Kotkin|title=Stalin|volume=1|locator=455")]
    [InlineData("TsGA RUz, f. R-86, op. 1, d. 6, l. 4. Also quoted in Northrop, Veiled Empire, 77.", "archive=TsGA RUz|fond=R-86|opis=1|delo=6|locator=4||authors=Northrop|title=Veiled Empire|locator=77")]
    [InlineData("RGANI, f. 5, op. 30, d. 335, ll. 92–97 (draft). See Viola, Peasant Rebels, 12.", "archive=RGANI|fond=5|opis=30|delo=335|locator=92–97||authors=Viola|title=Peasant Rebels|locator=12")]
    public void A_sentence_after_the_shelf_mark_is_read_after_it(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Theory]
    [InlineData("APRF, f. 3, op. 65, d. 782, l. 4, in Fursenko, ed., Prezidium TsK KPSS, vol. 2, p. 5.", "archive=APRF|fond=3|opis=65|delo=782|locator=4||editors=Fursenko|title=Prezidium TsK KPSS|volume=2|locator=5")]
    [InlineData("RGASPI, f. 17, op. 3, d. 1, l. 5 (telegram), in Ivanov, Istoriia, 45.", "archive=RGASPI|fond=17|opis=3|delo=1|locator=5||authors=Ivanov|title=Istoriia|locator=45")]
    public void The_collection_that_prints_the_file_after_in_is_a_citation_of_its_own(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Fact]
    public void A_report_in_a_city_before_the_shelf_mark_is_no_join() =>
        ExpectedFields.Check("Report of the Cheka, in Baku, 3 June 1921, RGASPI, f. 17, op. 3, d. 5, l. 1.", "archive=RGASPI|fond=17|opis=3|delo=5|locator=1");

    [Theory]
    [InlineData("RGASPI 558.11.1550.73–5 and 558.11.1552.30.", "archive=RGASPI|fond=558|opis=11|delo=1550|locator=73–5||fond=558|opis=11|delo=1552|locator=30")]
    [InlineData("GARF 9401/2/64/12 and 9401/2/65/7–9.", "archive=GARF|fond=9401|opis=2|delo=64|locator=12||fond=9401|opis=2|delo=65|locator=7–9")]
    public void A_further_bare_mark_after_and_is_a_further_file(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    // ---- ibid with an archival folio ----

    [Theory]
    [InlineData("Ibid., l. 14.", "locator=14")]
    [InlineData("Ibid., ll. 3–4ob.", "locator=3–4ob")]
    [InlineData("Ibid., fol. 7.", "locator=7")]
    [InlineData("Ibid., folios 7–8.", "locator=7–8")]
    [InlineData("Ibid., d. 58, l. 3.", "delo=58|locator=3")]
    public void Ibid_after_a_file_takes_its_folio_or_a_changed_level(string note, string expected) =>
        ExpectedFields.Check(note, expected, before: "RGASPI, f. 17, op. 3, d. 1, l. 5.");
}
