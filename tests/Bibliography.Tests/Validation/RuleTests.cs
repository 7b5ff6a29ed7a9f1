using Bibliography.Model;
using Bibliography.Validation;
using Bibliography.Validation.Rules;

namespace Bibliography.Tests.Validation;

/// <summary>Every rule with a citation it must report and a corrected citation it must not.</summary>
public class RuleTests
{
    private const string ArdaPrefix = "Azərbaycan Respublikası Dövlət Arxivi (ARDA), ";

    [Theory]
    [InlineData(ArdaPrefix + "fond 27, iş 25, vərəq 17.", "siyahı (opis)")]
    [InlineData(ArdaPrefix + "fond 27, siyahı 4, vərəq 17.", "iş (delo)")]
    [InlineData(ArdaPrefix + "fond 27, siyahı 4, iş 25.", "vərəq (folio)")]
    [InlineData("Государственный архив Российской Федерации (ГА РФ). Ф. 6144. Д. 2. Л. 3.", "Оп. (opis)")]
    public void BIB401_reports_a_missing_level_in_the_citations_own_convention(string footnote, string missing)
    {
        var report = ValidationKit.Footnotes(footnote);
        report.Of("BIB401").ShouldHaveSingleItem(report.Dump()).Message.ShouldContain("no " + missing);
        ValidationKit.Footnotes(ArdaPrefix + "fond 27, siyahı 4, iş 25, vərəq 17.").Of("BIB401").ShouldBeEmpty();
    }

    [Fact]
    public void BIB401_takes_the_levels_a_continuing_citation_keeps_from_the_one_before_and_still_asks_for_its_folio()
    {
        var report = ValidationKit.Footnotes("РГАСПИ. Ф. 17. Оп. 3. Д. 57. Л. 4; Д. 58. Л. 9.", "Там же. Д. 59. Л. 2.", "Там же. Д. 60.");
        var found = report.Of("BIB401").ShouldHaveSingleItem(report.Dump());
        found.Footnote.ShouldBe(3);
        found.Message.ShouldContain("no Л. (folio)");
        found.Message.ShouldNotContain("Ф. (fond)");
    }

    [Fact]
    public void BIB401_reports_an_empty_level_instead_of_an_unread_fragment()
    {
        var report = ValidationKit.Footnotes(ArdaPrefix + "fond 27, siyahı , iş 25, vərəq 17.");
        var found = report.Of("BIB401").ShouldHaveSingleItem(report.Dump());
        found.Message.ShouldContain("'siyahı' has no number");
        found.Column.ShouldBe(ArdaPrefix.Length + "fond 27, ".Length + 1);
        report.Of(DiagnosticCodes.UnreadFragment.Code).ShouldBeEmpty(report.Dump());
    }

    [Fact]
    public void BIB402_abbreviation_used_before_the_footnote_that_expands_it()
    {
        var report = ValidationKit.Footnotes(
            "XYZA, fond 1, siyahı 2, iş 3, vərəq 4.",
            "Xəzər Yeni Zəmanə Arxivi (XYZA), fond 1, siyahı 2, iş 5, vərəq 6.");
        var found = report.Of("BIB402").ShouldHaveSingleItem(report.Dump());
        found.Footnote.ShouldBe(1);
        found.Message.ShouldContain("Xəzər Yeni Zəmanə Arxivi (XYZA)");
        found.Message.ShouldContain("footnote 2");

        var fixedOrder = ValidationKit.Footnotes(
            "Xəzər Yeni Zəmanə Arxivi (XYZA), fond 1, siyahı 2, iş 5, vərəq 6.",
            "XYZA, fond 1, siyahı 2, iş 3, vərəq 4.");
        fixedOrder.Diagnostics.ShouldBeEmpty(fixedOrder.Dump());
    }

    [Fact]
    public void BIB304_unexpanded_abbreviation_is_the_normalisers_and_is_not_duplicated()
    {
        var report = ValidationKit.Footnotes("QQQA, fond 1, siyahı 2, iş 3, vərəq 4.", "QQQA, fond 1, siyahı 2, iş 5, vərəq 4.");
        report.Of(DiagnosticCodes.UnknownArchiveAbbreviation.Code).ShouldHaveSingleItem(report.Dump()).Footnote.ShouldBe(1);
        report.Of("BIB402").ShouldBeEmpty();
        ValidationKit.Footnotes("GMTA, fond 1, siyahı 2, iş 3, vərəq 4.").Diagnostics.ShouldBeEmpty("GMTA is in the archive registry");
    }

    [Theory]
    [InlineData("vərəq 23 – 22", "23 comes after 22")]
    [InlineData("vərəq 16 arxa – 16", "16v comes after 16")]
    public void BIB403_folio_range_running_backwards_is_an_error(string folio, string expected)
    {
        var report = ValidationKit.Footnotes(ArdaPrefix + "fond 27, siyahı 4, iş 25, " + folio + ".");
        var found = report.Of("BIB403").ShouldHaveSingleItem(report.Dump());
        found.Severity.ShouldBe(DiagnosticSeverity.Error);
        found.Message.ShouldContain(expected);
        report.ExitCode.ShouldBe(2);
        ValidationKit.Footnotes(ArdaPrefix + "fond 27, siyahı 4, iş 25, vərəq 16 – 16 arxa.").Of("BIB403").ShouldBeEmpty();
    }

    [Fact]
    public void BIB403_also_checks_page_ranges_of_publications()
    {
        ValidationKit.Footnotes("Əliyev R.M. Azərbaycan tarixi. Bakı, Elm, 2005, s. 156-151.").Of("BIB403").Count.ShouldBe(1);
        ValidationKit.Footnotes("Əliyev R.M. Azərbaycan tarixi. Bakı, Elm, 2005, s. 151-156.").Of("BIB403").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Государственный архив Российской Федерации (ГА РФ). Ф. 6144. Оп. 1. Д. 2. Л. 3 об", "lacks its full stop")]
    [InlineData("Государственный архив Российской Федерации (ГА РФ). Ф. 6144. Оп. 1. Д. 2. Л. 3 arxa.", "Latin script in a Cyrillic citation")]
    [InlineData(ArdaPrefix + "fond 27, siyahı 4, iş 25, vərəq 3 об.", "Cyrillic in a Latin-script citation")]
    [InlineData(ArdaPrefix + "fond 27, siyahı 4, iş 25, vərəq 3 Arxa.", "lower case")]
    [InlineData(ArdaPrefix + "fond 27, siyahı 4, iş 25, vərəq 3 arx.", "'arx' after the folio")]
    public void BIB404_malformed_verso_marks(string footnote, string expected)
    {
        var report = ValidationKit.Footnotes(footnote);
        report.Of("BIB404").ShouldHaveSingleItem(report.Dump()).Message.ShouldContain(expected);
        report.Of(DiagnosticCodes.UnreadFragment.Code).ShouldBeEmpty(report.Dump());
    }

    [Fact]
    public void BIB404_accepts_the_marks_of_each_convention()
    {
        ValidationKit.Footnotes(ArdaPrefix + "fond 27, siyahı 4, iş 25, vərəq 3 arxa.").Of("BIB404").ShouldBeEmpty();
        ValidationKit.Footnotes("ГА РФ. Ф. 6144. Оп. 1. Д. 2. Л. 3 об.").Of("BIB404").ShouldBeEmpty();
        ValidationKit.Footnotes("RGVA, f. 7, op. 2, d. 484, l. 184 ob.").Of("BIB404").ShouldBeEmpty();
    }

    [Fact]
    public void BIB404_a_page_has_no_verso()
    {
        var report = ValidationKit.Footnotes("Əliyev R.M. Azərbaycan tarixi. Bakı, Elm, 2005, s. 45 arxa.");
        report.Of("BIB404").ShouldHaveSingleItem(report.Dump()).Message.ShouldContain("only folios have a verso");
    }

    [Fact]
    public void BIB405_archival_file_cited_by_page_names_the_folio_citations_of_the_same_archive()
    {
        var report = ValidationKit.Footnotes(ArdaPrefix + "fond 27, siyahı 4, iş 25, vərəq 17.", "ARDA, fond 27, siyahı 4, iş 26, s. 5.");
        var found = report.Of("BIB405").ShouldHaveSingleItem(report.Dump());
        found.Footnote.ShouldBe(2);
        found.Message.ShouldContain("footnote 1 cite");
        found.Message.ShouldContain("'vərəq 5'");
        ValidationKit.Footnotes("ГА РФ. Ф. 6144. Оп. 1. Д. 2. С. 3.").Of("BIB405").ShouldHaveSingleItem().Message.ShouldContain("'Л. 3'");
        ValidationKit.Footnotes("ГА РФ. Ф. 6144. Оп. 1. Д. 2. Л. 3.").Of("BIB405").ShouldBeEmpty();
    }

    [Fact]
    public void BIB406_the_outlier_against_the_majority_convention_either_way()
    {
        var mostlyFull = ValidationKit.Footnotes("ARDA, fond 1, siyahı 1, iş 1, vərəq 1.", "ARDA, fond 1, siyahı 1, iş 2, vərəq 1.", "ARDA, f. 1, siy. 1, iş 3, vərəq 1.");
        mostlyFull.Of("BIB406").ShouldHaveSingleItem(mostlyFull.Dump()).Footnote.ShouldBe(3);
        var mostlyShort = ValidationKit.Footnotes("RGVA, f. 1, op. 1, d. 1, l. 1.", "RGVA, f. 1, op. 1, d. 2, l. 1.", "RGVA, fond 1, op. 1, d. 3, l. 1.");
        var found = mostlyShort.Of("BIB406").ShouldHaveSingleItem(mostlyShort.Dump());
        found.Footnote.ShouldBe(3);
        found.Message.ShouldContain("write 'f.'");
        ValidationKit.Footnotes("ARDA, fond 1, siyahı 1, iş 1, vərəq 1.", "ARDA, fond 1, siyahı 1, iş 2, vərəq 1.", "ARDA, fond 1, siyahı 1, iş 3, vərəq 1.")
            .Of("BIB406").ShouldBeEmpty();
    }

    [Fact]
    public void BIB407_one_source_spelled_two_ways_prefers_the_majority_without_a_standard()
    {
        var report = ValidationKit.Footnotes(
            "Əliyev R.M. Qafqaz tarixi. Bakı, Elm, 2005, s. 45.",
            "Əliyev R.M. Qafqaz tarixi. Bakı, Elm, 2005, s. 46.",
            "Əliyev R.M. Qafqaz tarixi. Baku, Elm, 2005, s. 47.");
        var found = report.Of("BIB407").ShouldHaveSingleItem(report.Dump());
        found.Footnote.ShouldBe(3);
        found.Message.ShouldContain("'Baku'");
        found.Message.ShouldContain("'Bakı' in footnotes 1, 2");
        ValidationKit.Footnotes("Əliyev R.M. Qafqaz tarixi. Bakı, Elm, 2005, s. 45.", "Əliyev R.M. Qafqaz tarixi. Bakı, Elm, 2005, s. 47.")
            .Of("BIB407").ShouldBeEmpty();
    }

    [Fact]
    public void BIB408_locator_keyword_case_follows_the_majority_and_a_tie_says_nothing()
    {
        var report = ValidationKit.Footnotes("Əliyev R.M. A. Bakı, 2005, s. 1.", "Həsənov Ə.M. B. Bakı, 2006, s. 2.", "Quliyev A.A. C. Bakı, 2007, S. 3.");
        report.Of("BIB408").ShouldHaveSingleItem(report.Dump()).Footnote.ShouldBe(3);
        ValidationKit.Footnotes("Əliyev R.M. A. Bakı, 2005, s. 1.", "Quliyev A.A. C. Bakı, 2007, S. 3.").Of("BIB408").ShouldBeEmpty();
        ValidationKit.Footnotes("Əliyev R.M. A. Bakı, 2005, s. 1.", "Quliyev A.A. C. Bakı, 2007, s. 3.").Of("BIB408").ShouldBeEmpty();
    }

    [Fact]
    public void BIB409_same_initials_one_letter_apart_but_not_a_feminine_form_or_other_initials()
    {
        var report = ValidationKit.Footnotes("Mamulia Q.Q. Kniga. Tbilisi, 2012, s. 1.", "Mamuliya Q.Q. Drugaya kniga. M., 2013, s. 2.");
        report.Of("BIB409").ShouldHaveSingleItem(report.Dump()).Footnote.ShouldBe(2);
        ValidationKit.Footnotes("Mamulia Q.Q. Kniga. Tbilisi, 2012, s. 1.", "Mamuliya A.B. Drugaya kniga. M., 2013, s. 2.").Of("BIB409").ShouldBeEmpty();
        ValidationKit.Footnotes("Ivanov I.I. Kniga. M., 2012, s. 1.", "Ivanova I.I. Drugaya kniga. M., 2013, s. 2.").Of("BIB409").ShouldBeEmpty();
        ValidationKit.Footnotes("Mamulia Q.Q. Kniga. Tbilisi, 2012, s. 1.", "Mamulia Q.Q. Drugaya kniga. M., 2013, s. 2.").Of("BIB409").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("bzd-tvo", true)]
    [InlineData("izd-vo", false)]
    [InlineData("Izd-vo", false)]
    [InlineData("izd-tvo", false)]
    public void BIB410_publisher_abbreviation_must_be_a_known_form(string abbreviation, bool reported)
    {
        var report = ValidationKit.Footnotes($"Mamulia Q.Q. Borba za svobodu. Tbilisi, {abbreviation} Meridiani, 2012, s. 151.");
        report.Of("BIB410").Count.ShouldBe(reported ? 1 : 0, report.Dump());
        ValidationKit.Footnotes("Петров П.П. Революция // Сборник. М.: Изб-во МГУ, 2001. С. 33.").Of("BIB410")
            .ShouldHaveSingleItem().Message.ShouldContain("'изд-во'");
    }

    [Fact]
    public void BIB411_repeated_full_citation_suggests_ibid_or_a_short_form_as_info()
    {
        var report = ValidationKit.Footnotes(
            "Əliyev R.M. Qafqaz tarixi. Bakı, Elm, 2005, s. 45.",
            "Əliyev R.M. Qafqaz tarixi. Bakı, Elm, 2005, s. 46.",
            "ARDA, fond 27, siyahı 4, iş 25, vərəq 17.",
            "Əliyev R.M. Qafqaz tarixi. Bakı, Elm, 2005, s. 47.");
        var found = report.Of("BIB411");
        found.Select(d => d.Footnote).ShouldBe(new int?[] { 2, 4 }, report.Dump());
        found.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Info);
        found[0].Message.ShouldContain("'Yenə orada, s. 46'");
        found[1].Message.ShouldContain("short form");
        report.ExitCode.ShouldBe(0);

        var fixedUp = ValidationKit.Footnotes("Əliyev R.M. Qafqaz tarixi. Bakı, Elm, 2005, s. 45.", "Yenə orada, s. 46.",
            "ARDA, fond 27, siyahı 4, iş 25, vərəq 17.", "Əliyev R.M. Göst. əsəri, s. 47.");
        fixedUp.Diagnostics.ShouldBeEmpty(fixedUp.Dump());
    }

    [Fact]
    public void BIB411_names_the_authors_as_the_Azerbaijani_style_does_and_never_shortens_a_newspaper_issue()
    {
        var report = ValidationKit.Footnotes(
            "Əliyev R. M., Həsənov V. Tarix. Bakı, 2010, s. 3.",
            "“Kommunist” qəzeti (rusca), 1920, 19 iyun, s. 2.",
            "Əliyev R. M., Həsənov V. Tarix. Bakı, 2010, s. 8.",
            "“Kommunist” qəzeti (rusca), 1920, 19 iyun, s. 3.");
        // Both authors, with initials (the style's initialize-with="."), and no short form of a newspaper issue,
        // which only its full date identifies.
        report.Of("BIB411").ShouldHaveSingleItem(report.Dump()).Message.ShouldContain("'Əliyev R.M., Həsənov V. Göst. əsəri, s. 8'");
    }

    [Fact]
    public void BIB411_writes_a_bare_page_after_one_space()
    {
        const string suny = "Ronald Grigor Suny, The Making of the Georgian Nation (Bloomington: Indiana University Press, 1988), ";
        var report = ValidationKit.Footnotes(suny + "45.", suny + "46.", "GARF, f. 5446, op. 1, d. 12, l. 3.", suny + "47.");
        report.Of("BIB411").Select(d => d.Message[(d.Message.IndexOf('\'') + 1)..d.Message.LastIndexOf('\'')])
            .ShouldBe(["Ibid., 46", "Suny, The Making of the…, 47"], report.Dump());
    }

    // The styles print a short form's title as CSL's title form="short": the item's title-short where it has one.
    [Theory]
    [InlineData(new[] { "Azərbaycan Xalq Cümhuriyyəti. Qanunvericilik aktları. Bakı, Elm, 1998, s. 5.", "ARDA, fond 27, siyahı 4, iş 25, vərəq 17.",
        "Azərbaycan Xalq Cümhuriyyəti. Qanunvericilik aktları. Bakı, Elm, 1998, s. 7." }, "AXC qanunları", "'AXC qanunları, s. 7'")]
    [InlineData(new[] { "Ronald Grigor Suny, The Making of the Georgian Nation (Bloomington: Indiana University Press, 1988), 45.",
        "GARF, f. 5446, op. 1, d. 12, l. 3.", "Ronald Grigor Suny, The Making of the Georgian Nation (Bloomington: Indiana University Press, 1988), 47." },
        "Georgian Nation", "'Suny, Georgian Nation, 47'")]
    public void BIB411_shortens_a_title_to_the_items_short_title_as_the_styles_print_it(string[] footnotes, string shortTitle, string advice)
    {
        var source = new Bibliography.Normalisation.Normaliser { KeepParses = true }.Normalise(Bibliography.Sources.PaperReader.ReadFootnotes(footnotes));
        var item = source.Document.Items.Single(i => i.Type != CslItemTypes.Manuscript);
        item.TitleShort = shortTitle;
        var report = new Validator().Validate(source);
        report.Of("BIB411").ShouldHaveSingleItem(report.Dump()).Message.ShouldContain(advice);
    }

    [Fact]
    public void BIB411_suggests_Tam_zhe_for_a_Cyrillic_citation()
    {
        var report = ValidationKit.Footnotes("ГА РФ. Ф. 6144. Оп. 1. Д. 2. Л. 3.", "ГА РФ. Ф. 6144. Оп. 1. Д. 2. Л. 4.");
        report.Of("BIB411").ShouldHaveSingleItem(report.Dump()).Message.ShouldContain("'Там же, Л. 4'");
    }

    // Chicago shortens a range's end to its changed digits (112–14 is 112 to 114): that is no backwards range.
    [Theory]
    [InlineData("I. V. Ivanov, Istoriia Kavkaza (Moscow: Nauka, 1985), 112–14.", 0)]
    [InlineData("Firstname Surname, Title: Subtitle (Ithaca, NY: Cornell University Press, 2005), 1536–38.", 0)]
    [InlineData("Əliyev R.M. Azərbaycan tarixi. Bakı, Elm, 2005, s. 98-9.", 0)]
    [InlineData("I. V. Ivanov, Istoriia Kavkaza (Moscow: Nauka, 1985), 112–11.", 1)]
    [InlineData("Əliyev R.M. Azərbaycan tarixi. Bakı, Elm, 2005, s. 19-1.", 1)]
    public void BIB403_reads_a_shortened_range_end_as_the_changed_digits(string footnote, int expected)
    {
        var report = ValidationKit.Footnotes(footnote);
        report.Of("BIB403").Count.ShouldBe(expected, report.Dump());
    }

    // "Ivanov, Istoriia, 115" after the full citation is the short form the rules advise, not a book without its imprint.
    [Fact]
    public void A_Chicago_short_form_after_its_full_citation_is_neither_repeated_nor_missing_its_imprint()
    {
        var report = ValidationKit.Footnotes(
            "A. B. Ivanov, Istoriia Zakavkaz'ia (Moscow: Nauka, 1985), 112.",
            "RGASPI, f. 17, op. 3, d. 1, l. 5.",
            "Ivanov, Istoriia, 115.",
            "Ivanov, Istoriia Zakavkaz'ia, 116.");
        report.Of("BIB411").ShouldBeEmpty(report.Dump());
        report.Of("BIB412").ShouldBeEmpty(report.Dump());
        // The same shape with nothing cited before it is a full citation that lacks its imprint.
        ValidationKit.Footnotes("Ivanov, Istoriia Zakavkaz'ia, 116.").Of("BIB412").Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("Əliyev R.M. Qafqaz tarixi. Elm, s. 45.", "year")]
    [InlineData("Əliyev R.M. Qafqaz tarixi. 2005, s. 45.", "place of publication")]
    public void BIB412_book_without_year_or_place(string footnote, string missing)
    {
        var report = ValidationKit.Footnotes(footnote);
        report.Of("BIB412").ShouldHaveSingleItem(report.Dump()).Message.ShouldContain(missing);
        ValidationKit.Footnotes("Əliyev R.M. Qafqaz tarixi. Bakı, Elm, 2005, s. 45.").Of("BIB412").ShouldBeEmpty();
    }

    [Fact]
    public void Every_rule_has_a_distinct_BIB4xx_code_title_and_help()
    {
        var rules = Validator.DefaultRules();
        rules.Select(r => r.Code).ShouldBeUnique();
        rules.ShouldAllBe(r => System.Text.RegularExpressions.Regex.IsMatch(r.Code, "^BIB4\\d\\d$") && r.Descriptor.Title.Length > 0 && r.Descriptor.Help.Length > 0);
    }

    [Fact]
    public void Severities_can_be_overridden_per_code()
    {
        var validator = new Validator(severities: new Dictionary<string, DiagnosticSeverity> { ["BIB403"] = DiagnosticSeverity.Warning });
        validator.ValidateFootnotes(new[] { "ARDA, fond 27, siyahı 4, iş 25, vərəq 23 – 22." }).ExitCode.ShouldBe(1);
    }
}
