using Bibliography.Model;
using Bibliography.Parsing;
using Bibliography.Tests.Validation;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Laws and decrees cited by the gazette that published them, in every convention (issue #18): the gazette is the
/// container, its number the issue, the article (<c>Ст.</c>, <c>maddə</c>, <c>art.</c>, <c>მუხ.</c>) the locator, and
/// the year; an Azerbaijani act's bracket lists its publications, one citation each. Every example is invented; rows
/// are scored as the evaluation scores real notes (see <see cref="ExpectedFields"/>).
/// </summary>
public class LegalCitationTests
{
    private static void Reads(string note, string expected, string? before = null) => ExpectedFields.Check(note, expected, before);

    // ---- Soviet and Russian gazettes, GOST punctuation ----

    [Theory]
    [InlineData("СУ РСФСР. 1919. № 12. Ст. 130.", "container=СУ РСФСР | year=1919 | issue=12 | locator=130")]
    [InlineData("СЗ СССР. 1935. № 47. Ст. 391", "container=СЗ СССР | year=1935 | issue=47 | locator=391")]
    [InlineData("Собрание законодательства РФ. 2001. № 33. Ст. 3429.", "container=Собрание законодательства РФ | year=2001 | issue=33 | locator=3429")]
    [InlineData("Ведомости Верховного Совета СССР. 1941. № 25. Ст. 83.", "container=Ведомости Верховного Совета СССР | year=1941 | issue=25 | locator=83")]
    [InlineData("Собрание узаконений и распоряжений рабочего и крестьянского правительства. 1920. № 7. Ст. 39.",
        "container=Собрание узаконений и распоряжений рабочего и крестьянского правительства | year=1920 | issue=7 | locator=39")]
    [InlineData("СЗ СССР, 1927, № 61, ст. 613.", "container=СЗ СССР | year=1927 | issue=61 | locator=613")]
    public void A_Russian_gazette_gives_container_year_issue_and_article(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("Декрет о суде // СУ РСФСР. 1917. № 4. Ст. 50.", "title=Декрет о суде | container=СУ РСФСР | year=1917 | issue=4 | locator=50")]
    [InlineData("О паспортной системе : постановление ЦИК и СНК СССР от 27 декабря 1932 г. // СЗ СССР. 1932. № 84. Ст. 516.",
        "title=О паспортной системе | container=СЗ СССР | year=1932 | issue=84 | locator=516")]
    [InlineData("О местном самоуправлении : федер. закон от 28.08.1995 № 154-ФЗ // Собрание законодательства РФ. 1995. № 35. Ст. 3506.",
        "title=О местном самоуправлении | container=Собрание законодательства РФ | year=1995 | issue=35 | locator=3506")]
    public void An_act_named_before_the_gazette_is_its_title_without_its_kind_date_and_number(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("ПСЗ. Собр. 1. Т. 28. № 21475.", "container=ПСЗ | volume=28 | locator=21475")]
    [InlineData("Полное собрание законов Российской империи. Собр. 2. Т. 9. № 7100.", "container=Полное собрание законов Российской империи | volume=9 | locator=7100")]
    [InlineData("PSZ, 2nd ser., vol. 36, no. 36657.", "container=PSZ | volume=36 | locator=36657")]
    public void The_complete_collection_numbers_its_acts_so_its_number_is_the_locator(string note, string expected) => Reads(note, expected);

    // A page after the act's number (en22a) says where the act is printed: the number stays the locator.
    [Theory]
    [InlineData("“O iamskoi gon'be,” PSZ1, vol. 24, no. 17906, p. 229 (3 April 1797).", "title=O iamskoi gon'be | container=PSZ1 | volume=24 | locator=17906")]
    [InlineData("“O dorogakh,” PSZ1, vol. 19, no. 13810, p. 512 (12 May 1772).", "title=O dorogakh | container=PSZ1 | volume=19 | locator=13810")]
    [InlineData("“Ob uchrezhdenii pocht,” PSZ1, v. 22, no. 16187, p. 118 (instruction to the postmasters of 30 April 1785).", "title=Ob uchrezhdenii pocht | container=PSZ1 | volume=22 | year=1785 | locator=16187")]
    [InlineData("ПСЗ. Собр. 1. Т. 30. № 23255. С. 1052.", "container=ПСЗ | volume=30 | locator=23255")]
    public void A_page_after_the_acts_number_leaves_the_number_the_locator(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("SU RSFSR, 1917, v. 3, no. 10, art. 150.")]
    [InlineData("SZ SSSR, v. 2, 1930, no. 9, art. 105.")]
    public void Only_the_complete_collection_takes_v_for_its_volume(string note)
    {
        var read = new List<ParsedCitation>();
        LegalGazetteReader.Read(note, 0, note.Length, read);
        read.OfType<PublicationCitation>().ShouldAllBe(p => p.Volume == null, "v. is a volume in PSZ alone; elsewhere a folio or a verso");
    }

    // ---- English notes citing Soviet gazettes in transliteration ----

    [Theory]
    [InlineData("Sobranie uzakonenii RSFSR, 1921, no. 23, art. 141.", "container=Sobranie uzakonenii RSFSR | year=1921 | issue=23 | locator=141")]
    [InlineData("SZ SSSR, 1930, no. 9, art. 105.", "container=SZ SSSR | year=1930 | issue=9 | locator=105")]
    [InlineData("See SU, 1918, no. 62, art. 681.", "container=SU | year=1918 | issue=62 | locator=681")]
    [InlineData("“On the Nationalization of Banks,” SU RSFSR, 1917, no. 10, art. 150.", "title=On the Nationalization of Banks | container=SU RSFSR | year=1917 | issue=10 | locator=150")]
    [InlineData("In Polnoe sobranie zakonov, vol. 19, no. 13765.", "container=Polnoe sobranie zakonov | volume=19 | locator=13765")]
    public void An_English_note_citing_a_transliterated_gazette(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("The decree was published in SU RSFSR, 1918, no. 51, art. 582.", "container=SU RSFSR | year=1918 | issue=51 | locator=582")]
    [InlineData("Decree on the Separation of Church and State, SU RSFSR, 1918, no. 18, art. 263.",
        "title=Decree on the Separation of Church and State | container=SU RSFSR | year=1918 | issue=18 | locator=263")]
    [InlineData("Опубликовано в СЗ СССР. 1940. № 20. Ст. 4.", "container=СЗ СССР | year=1940 | issue=20 | locator=4")]
    [InlineData("Ведомости СНД и ВС РСФСР. 1991. № 22. Ст. 776.", "container=Ведомости СНД и ВС РСФСР | year=1991 | issue=22 | locator=776")]
    public void Prose_or_an_acts_title_before_the_gazette_stays_out_of_the_container(string note, string expected) => Reads(note, expected);

    // ---- Azerbaijani gazettes and an act's list of publications ----

    [Theory]
    [InlineData("Azərbaycan Respublikasının Qanunvericilik Toplusu, 2007, № 3, maddə 214",
        "container=Azərbaycan Respublikasının Qanunvericilik Toplusu | year=2007 | issue=3 | locator=214")]
    [InlineData("Azərbaycan Respublikasının qanunvericilik toplusu, 2010-cu il, №11, maddə 958.",
        "container=Azərbaycan Respublikasının qanunvericilik toplusu | year=2010 | issue=11 | locator=958")]
    [InlineData("Azərbaycan Respublikasının Qanunvericilik Toplusu (Dərc olunma tarixi: 31-03-2003, Nəşr nömrəsi: 03, Maddə nömrəsi: 127)",
        "container=Azərbaycan Respublikasının Qanunvericilik Toplusu | year=2003 | issue=03 | locator=127")]
    [InlineData("Mənbə: Azərbaycan Respublikasının Qanunvericilik Toplusu, 2015, № 4, maddə 360",
        "container=Azərbaycan Respublikasının Qanunvericilik Toplusu | year=2015 | issue=4 | locator=360")]
    public void An_Azerbaijani_collection_of_legislation(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("3 oktyabr 2017-ci il tarixli 826-VQD nömrəli Azərbaycan Respublikasının Qanunu (“Xalq qəzeti”, 1 noyabr 2017-ci il, № 240, Azərbaycan Respublikasının Qanunvericilik Toplusu, 2017-ci il, № 11, maddə 1965)",
        "container=Xalq qəzeti | year=2017 | issue=240 || container=Azərbaycan Respublikasının Qanunvericilik Toplusu | year=2017 | issue=11 | locator=1965")]
    [InlineData("19 aprel 2011-ci il tarixli 116-IVQD nömrəli “Torpaq icarəsi haqqında” Azərbaycan Respublikasının Qanunu (“Respublika” qəzeti 12 may 2011-ci il, № 101; Azərbaycan Respublikasının Qanunvericilik Toplusu, 2011-ci il, № 5, maddə 371) ilə 4-cü maddədə dəyişiklik edilmişdir.",
        "title=Torpaq icarəsi haqqında | container=Respublika | year=2011 | issue=101 || title=Torpaq icarəsi haqqında | container=Azərbaycan Respublikasının Qanunvericilik Toplusu | year=2011 | issue=5 | locator=371")]
    [InlineData("Azərbaycan Respublikası Prezidentinin 5 mart 2014-cü il tarixli 105 nömrəli Fərmanı (“Azərbaycan” qəzeti, 7 mart 2014-cü il, № 52)",
        "container=Azərbaycan | year=2014 | issue=52")]
    public void An_acts_bracket_lists_its_publications_one_citation_each(string note, string expected) => Reads(note, expected);

    [Fact]
    public void A_gazette_reference_over_several_years_is_one_citation_per_article()
    {
        Reads("Azərbaycan Respublikasının Qanunvericilik Toplusu, 2012, № 4, maddə 300; 2013, № 2, maddə 95; 2015, № 7 (I kitab), maddə 811, № 12, maddə 1450",
            "container=Azərbaycan Respublikasının Qanunvericilik Toplusu | year=2012 | issue=4 | locator=300 || year=2013 | issue=2 | locator=95"
            + " || year=2015 | issue=7 | locator=811 || issue=12 | locator=1450");
        var citations = RulesOnly.Parse("Azərbaycan Respublikasının Qanunvericilik Toplusu, 2012, № 4, maddə 300; 2013, № 2, maddə 95, № 9, maddə 120");
        citations.Count.ShouldBe(3);
        // The later publications are in the gazette named first, and a № without its own year has none.
        foreach (var c in citations)
            c.ShouldBeOfType<PublicationCitation>().ShouldSatisfyAllConditions(p => p.Kind.ShouldBe(PublicationKind.Legislation), p => p.ContainerTitle.ShouldNotBeNull());
        ((PublicationCitation)citations[2]).Year.ShouldBeNull();
    }

    // ---- Georgian gazettes ----

    [Theory]
    [InlineData("სსმ, 44, 15/11/2004", "container=სსმ | year=2004 | issue=44")]
    [InlineData("პარლამენტის უწყებანი, 31-33, 24/09/1997", "container=პარლამენტის უწყებანი | year=1997 | issue=31-33")]
    [InlineData("საქართველოს საკანონმდებლო მაცნე, 12, 03.04.2006, მუხ. 88", "container=საქართველოს საკანონმდებლო მაცნე | year=2006 | issue=12 | locator=88")]
    [InlineData("წყარო: სსმ, 7, 20/02/2001", "container=სსმ | year=2001 | issue=7")]
    [InlineData("saqarTvelos parlamentis uwyebani, # 12, 1996, gv. 40", "container=saqarTvelos parlamentis uwyebani | year=1996 | issue=12 | locator=40")]
    public void A_Georgian_legislative_herald_or_gazette(string note, string expected) => Reads(note, expected);

    // ---- What is no gazette stays with the other readers ----

    [Theory]
    [InlineData("Вопросы истории. 1990. № 8. С. 73.")]
    [InlineData("Санкт-Петербургские ведомости. 1905. № 12.")]
    [InlineData("Иванов И. И. Закон и порядок. М.: Наука, 1985. С. 12.")]
    [InlineData("“Azərbaycan” qəzeti, 5 iyun 2001-ci il, № 118")]
    [InlineData("Smith J. Soviet Law and Society. London, 1990. P. 15.")]
    public void A_periodical_or_book_that_names_no_gazette_is_no_law(string note)
    {
        var document = BibliographyPipeline.ParseFootnotes([note]).Document;
        document.Items.ShouldHaveSingleItem().Type.ShouldNotBe(CslItemTypes.Legislation);
    }

    // ---- a gazette the vocabulary does not name, told by its form ----

    [Theory]
    [InlineData("Azərbaycan SSR Ali Sovetinin Məlumatı, 1981, № 7, maddə 212.", "container=Azərbaycan SSR Ali Sovetinin Məlumatı | year=1981 | issue=7 | locator=212")]
    [InlineData("Ведомости Верховного Совета Грузинской ССР. 1968. № 3. Ст. 57.", "container=Ведомости Верховного Совета Грузинской ССР | year=1968 | issue=3 | locator=57")]
    [InlineData("Vedomosti S''ezda narodnykh deputatov RSFSR, 1991, no. 22, art. 776.", "container=Vedomosti S''ezda narodnykh deputatov RSFSR | year=1991 | issue=22 | locator=776")]
    [InlineData("Collection of Legislation of the Russian Federation, 1998, no. 31, art. 3813.", "container=Collection of Legislation of the Russian Federation | year=1998 | issue=31 | locator=3813")]
    [InlineData("Бюллетень Верховного Суда Азербайджанской ССР, 1975, № 2, статья 14.", "container=Бюллетень Верховного Суда Азербайджанской ССР | year=1975 | issue=2 | locator=14")]
    public void A_name_followed_by_a_year_an_issue_and_an_article_is_a_gazette(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("Вестник Тбилисского университета. 1985. № 3. С. 44.")]
    [InlineData("Nauka i zhizn', 1988, no. 4, p. 12.")]
    [InlineData("Dokumenty vneshnei politiki, 1924, no. 5, doc. 12.")]
    public void A_journal_with_a_page_or_a_document_number_is_no_gazette(string note)
    {
        var document = BibliographyPipeline.ParseFootnotes([note]).Document;
        document.Items.ShouldAllBe(i => i.Type != CslItemTypes.Legislation, note);
    }

    [Theory]
    [InlineData("Azərbaycan Respublikasının Qanunvericilik Toplusu. – 2012. – № 4. – Maddə 301.", "container=Azərbaycan Respublikasının Qanunvericilik Toplusu | year=2012 | issue=4 | locator=301")]
    [InlineData("Собрание законодательства РФ. - 2004. - № 27. - Ст. 2711.", "container=Собрание законодательства РФ | year=2004 | issue=27 | locator=2711")]
    [InlineData("СЗ СССР.-1938.-№ 41.-Ст. 237.", "container=СЗ СССР | year=1938 | issue=41 | locator=237")]
    public void The_dashes_GOST_writes_between_a_gazettes_parts_separate_them(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("Собрание законодательства РФ. 2002. № 1 (ч. 1). Ст. 1.", "container=Собрание законодательства РФ | year=2002 | issue=1 | locator=1")]
    [InlineData("СЗ РФ. 2011. № 50 (1 ч.). Ст. 7343.", "container=СЗ РФ | year=2011 | issue=50 | locator=7343")]
    public void The_part_of_a_gazettes_issue_in_brackets_is_recorded_nowhere(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("Закон СССР «О кооперации в СССР» от 26 мая 1988 г. // Ведомости Верховного Совета СССР. 1988. № 22. Ст. 355.",
        "title=О кооперации в СССР | container=Ведомости Верховного Совета СССР | year=1988 | issue=22 | locator=355")]
    [InlineData("Постановление СНК СССР от 17 января 1936 г. «Об образовании» // СЗ СССР. 1936. № 5. Ст. 40.",
        "title=Об образовании | container=СЗ СССР | year=1936 | issue=5 | locator=40")]
    [InlineData("Декрет ВЦИК от 10 октября 1918 г. // СУ РСФСР. 1918. № 74. Ст. 804.", "title=Декрет ВЦИК | container=СУ РСФСР | year=1918 | issue=74 | locator=804")]
    public void The_kind_and_date_of_an_act_around_its_title_are_recorded_nowhere(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("Sobranie zakonov i rasporiazhenii raboche-krest'ianskogo pravitel'stva SSSR (hereafter SZ SSSR), 1929, no. 19, art. 167.",
        "container=Sobranie zakonov i rasporiazhenii raboche-krest'ianskogo pravitel'stva SSSR | year=1929 | issue=19 | locator=167")]
    [InlineData("Собрание узаконений и распоряжений рабочего и крестьянского правительства (далее — СУ). 1918. № 9. Ст. 130.",
        "container=Собрание узаконений и распоряжений рабочего и крестьянского правительства | year=1918 | issue=9 | locator=130")]
    public void The_short_form_a_gazettes_name_announces_is_no_part_of_it(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("SZ SSSR 1933, no. 50, art. 293.", "container=SZ SSSR | year=1933 | issue=50 | locator=293")]
    [InlineData("СУ РСФСР 1919 № 47 ст. 465", "container=СУ РСФСР | year=1919 | issue=47 | locator=465")]
    public void A_year_after_a_known_gazettes_name_and_a_space_closes_the_name(string note, string expected) => Reads(note, expected);

    [Fact]
    public void A_law_is_a_legislation_item_with_its_article_as_a_section_locator()
    {
        var document = BibliographyPipeline.ParseFootnotes(["СЗ СССР. 1935. № 47. Ст. 391"]).Document;
        var item = document.Items.ShouldHaveSingleItem();
        item.Type.ShouldBe(CslItemTypes.Legislation);
        item.ContainerTitle.ShouldBe("СЗ СССР");
        var cited = document.Citations.Single().CitationItems.Single();
        (cited.Locator, cited.Label).ShouldBe(("391", LocatorLabels.Section));
    }

    [Fact]
    public void The_same_number_of_a_gazette_in_two_years_is_two_publications()
    {
        var document = BibliographyPipeline.ParseFootnotes(["SZ SSSR, 1930, no. 9, art. 105.", "SZ SSSR, 1931, no. 9, art. 105."]).Document;
        document.Items.Count.ShouldBe(2);
    }

    // ---- validate ----

    [Fact]
    public void Validate_accepts_well_formed_laws_without_asking_a_gazette_for_a_place()
    {
        var report = ValidationKit.Footnotes("СУ РСФСР. 1922. № 4. Ст. 44.", "Azərbaycan Respublikasının Qanunvericilik Toplusu, 2005, № 1, maddə 3",
            "სსმ, 28, 29/09/2009", "Sobranie uzakonenii RSFSR, 1918, no. 4, art. 64.", "ПСЗ. Собр. 2. Т. 12. № 10303.");
        report.AtLeastWarnings().ShouldBeEmpty(report.Dump());
    }
}
