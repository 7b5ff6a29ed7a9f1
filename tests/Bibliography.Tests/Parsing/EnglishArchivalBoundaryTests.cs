namespace Bibliography.Tests.Parsing;

/// <summary>
/// Where an English note's archive begins and ends around its shelf mark, and the English level words of translated
/// document editions (issue #18, en22a): each form with examples invented for it (other archives, fonds and titles than
/// the real notes that showed it), scored field by field as the evaluation set scores real notes.
/// </summary>
public class EnglishArchivalBoundaryTests
{
    // ---- the level words of English translations of document editions ----

    [Theory]
    [InlineData("State Archive of the Russian Federation, Fond R-8131, Record Series 37, File 4553, Page 12.", "archive=State Archive of the Russian Federation|fond=R-8131|opis=37|delo=4553|locator=12")]
    [InlineData("Central State Archive of Uzbekistan, Fond R-86, Record Series 1, File 560, Pages 3–5.", "archive=Central State Archive of Uzbekistan|fond=R-86|opis=1|delo=560|locator=3–5")]
    [InlineData("RGIA, Fond 1284, Schedule 194, Case 66, List 21.", "archive=RGIA|fond=1284|opis=194|delo=66|locator=21")]
    [InlineData("TsGIA, fond 1405, schedule 521, case 476, list 14.", "archive=TsGIA|fond=1405|opis=521|delo=476|locator=14")]
    public void Record_series_and_schedule_are_the_opis_page_and_list_the_folio(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Theory]
    [InlineData("Provided by the Russian State Archive of the Economy. Fond 8040, Record Series 8, File 12, Page 45.", "archive=Russian State Archive of the Economy|fond=8040|opis=8|delo=12|locator=45")]
    [InlineData("Provided by the Central State Archive of Public Organizations of Ukraine. Fond 1, Record Series 20, File 5254, Page 16.", "archive=Central State Archive of Public Organizations of Ukraine|fond=1|opis=20|delo=5254|locator=16")]
    [InlineData("Provided by the Russian State Military Archive. Fond 4, Record Series 14, File 2, Page 7.", "archive=Russian State Military Archive|fond=4|opis=14|delo=2|locator=7")]
    public void A_provided_by_lead_in_is_no_part_of_the_archive(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    // ---- the archive named after the levels, a description of the document before them ----

    [Theory]
    [InlineData("Report of Colonel Martynov, 3 March 1917, Fond 102, Schedule 265, Case 1063, GARF, Moscow.", "archive=GARF|fond=102|opis=265|delo=1063")]
    [InlineData("Letter from the Minister of Justice to the Senate, Fond 1467, Schedule 1, Case 4, List 9, GARF.", "archive=GARF|fond=1467|opis=1|delo=4|locator=9")]
    [InlineData("Statement of the porter Ivanov, 5 January 1917, fond 97, opis 4, delo 118, RGIA, Petrograd.", "archive=RGIA|fond=97|opis=4|delo=118")]
    public void An_archive_after_the_levels_is_the_archive_and_the_description_before_them_prose(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    // ---- the archive first, then a dated description of the document, then the levels ----

    [Theory]
    [InlineData("RGVA, NKO Order of 12 May 1941, f. 4, op. 11, d. 62, l. 7.", "archive=RGVA|fond=4|opis=11|delo=62|locator=7")]
    [InlineData("GARF, NKVD circular of March 3, 1938, f. 9401, op. 12, d. 233, l. 14.", "archive=GARF|fond=9401|opis=12|delo=233|locator=14")]
    [InlineData("TsAMO, Order of the Western Front of June 30, 1941, f. 208, op. 2511, d. 20, l. 3.", "archive=TsAMO|fond=208|opis=2511|delo=20|locator=3")]
    public void A_dated_description_between_the_archive_and_the_fond_is_prose(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    // ---- a file's title quoted before the archive, or between the file and its folio ----

    [Theory]
    [InlineData("\"Delo o postroike mostov,\" RGIA f. 1285, op. 2, d. 14, l. 3.", "archive=RGIA|fond=1285|opis=2|delo=14|locator=3")]
    [InlineData("“Perepiska o pochtovykh stantsiiakh,” RGADA, f. 248, op. 3, d. 112, l. 40.", "archive=RGADA|fond=248|opis=3|delo=112|locator=40")]
    [InlineData("\"Otchet o sostoianii gubernii,\" GAKO, f. 1, op. 1, d. 9, ll. 2–4.", "archive=GAKO|fond=1|opis=1|delo=9|locator=2–4")]
    public void A_quoted_title_before_the_archive_is_prose(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    [Theory]
    [InlineData("GARF, f. 102, op. 265, d. 1063, “Perepiska o studentakh,” l. 5.", "archive=GARF|fond=102|opis=265|delo=1063|locator=5")]
    [InlineData("RGADA, f. 16, op. 1, d. 788, \"O kupecheskikh detiakh,\" ll. 3-4.", "archive=RGADA|fond=16|opis=1|delo=788|locator=3-4")]
    [InlineData("RGIA, f. 1287, op. 38, d. 19, “Ob uchrezhdenii pochty,” l. 11 ob.", "archive=RGIA|fond=1287|opis=38|delo=19|locator=11 ob.")]
    public void A_quoted_title_between_the_file_and_its_folio_is_prose(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    // ---- a file's part lettered in brackets ----

    [Theory]
    [InlineData("Memorandum of the Okhrana on the printers' strike, Fond 102, Schedule 316, Case 4410 (a), List 3, GARF.", "archive=GARF|fond=102|opis=316|delo=4410 (a)|locator=3")]
    [InlineData("RGIA, f. 1405, op. 530, d. 112 (b), l. 8.", "archive=RGIA|fond=1405|opis=530|delo=112 (b)|locator=8")]
    [InlineData("GARF, f. 63, op. 33, d. 1570(v), ll. 2–3.", "archive=GARF|fond=63|opis=33|delo=1570(v)|locator=2–3")]
    public void A_files_part_lettered_in_brackets_is_part_of_its_number(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    // ---- the file's keyword letter without its full stop ----

    [Theory]
    [InlineData("RGVA. F.R-33988. Op.2. D 14. L.7-9.", "archive=RGVA|fond=R-33988|opis=2|delo=14|locator=7-9")]
    [InlineData("GARF, f. 5446, op. 18a, d 3307, l. 12.", "archive=GARF|fond=5446|opis=18a|delo=3307|locator=12")]
    [InlineData("TsGA RD. F.R-168. Op.1. D 96. L.40.", "archive=TsGA RD|fond=R-168|opis=1|delo=96|locator=40")]
    public void A_files_letter_without_its_full_stop_after_the_opis_is_the_file(string note, string expected) =>
        ExpectedFields.Check(note, expected);

    // ---- a folio numbered with a Latin letter ----

    [Theory]
    [InlineData("RGIA, f. 1293, op. 2, d. 30, l. 17a.", "archive=RGIA|fond=1293|opis=2|delo=30|locator=17a")]
    [InlineData("RGALI, f. 631, op. 2, d. 77, ll. 4a ob.", "archive=RGALI|fond=631|opis=2|delo=77|locator=4a ob.")]
    [InlineData("GARF, f. 5446, op. 1, d. 9, ll. 12b–14.", "archive=GARF|fond=5446|opis=1|delo=9|locator=12b–14")]
    public void A_folio_with_a_latin_letter_keeps_it(string note, string expected) =>
        ExpectedFields.Check(note, expected);
}
