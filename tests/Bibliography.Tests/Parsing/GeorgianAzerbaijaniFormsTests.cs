using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// The Georgian (Georgian script, the AcadNusx font's Latin letters, Russian and English translations) and
/// Azerbaijani forms of issue #18, read by the rule readers. Every example is invented for its class.
/// </summary>
public class GeorgianAzerbaijaniFormsTests
{
    private static ArchivalCitation Archival(string note) => RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();

    private static void ShouldRead(ArchivalCitation a, string archive, string fond, string opis, string delo, string? locator)
    {
        (a.ArchiveShort ?? a.ArchiveName)!.Value.ShouldBe(archive);
        (a.Level(ArchivalLevelKind.Fond), a.Level(ArchivalLevelKind.Opis), a.Level(ArchivalLevelKind.Delo)).ShouldBe((fond, opis, delo));
        a.Locator?.Value.ShouldBe(locator);
        if (locator is null) a.Locator.ShouldBeNull();
    }

    // ---- Georgian archives ----

    [Theory]
    // Georgian script, level names in full and abbreviated.
    [InlineData("საქართველოს ეროვნული არქივი, ფონდი 1833, ანაწერი 1, საქმე 179, ფურცელი 12", "საქართველოს ეროვნული არქივი", "1833", "1", "179", "12")]
    [InlineData("სცსა, ფ. 471, ან. 1, საქ. 25, ფურც. 3", "სცსა", "471", "1", "25", "3")]
    [InlineData("სეა, ფ. 1089, ანაწერი 3, საქმე 7, ფფ. 14-16", "სეა", "1089", "3", "7", "14-16")]
    [InlineData("სსსა, ფონდი 6, აღწერილობა 2, საქმე 88, გვ. 41", "სსსა", "6", "2", "88", "41")]
    // "ფ." abbreviates both ფონდი and ფურცელი: after a fond it is the folio.
    [InlineData("შსს არქივი, ფ. 6, ან. 2, საქ. 31, ფ. 18", "შსს არქივი", "6", "2", "31", "18")]
    // AcadNusx: Georgian typed in the Latin letters the font draws as Georgian.
    [InlineData("saqarTvelos erovnuli arqivi, fondi 284, anaweri 2, saqme 45, furceli 7", "saqarTvelos erovnuli arqivi", "284", "2", "45", "7")]
    [InlineData("scsa, f. 1831, anaw. 4, saq. 12, furc. 9", "scsa", "1831", "4", "12", "9")]
    [InlineData("sšssa, f. 14, anaw. 1, saq. 260, f. 3", "sšssa", "14", "1", "260", "3")]
    // The English translation the National Archives of Georgia give their levels.
    [InlineData("National Archives of Georgia, Central Historical Archive (sca), f. 1438, desc. 1, file 53, p. 9", "sca", "1438", "1", "53", "9")]
    [InlineData("MIA Archive, f. 6, desc. 3, file 112, p. 20", "MIA Archive", "6", "3", "112", "20")]
    public void Reads_georgian_shelf_marks_in_every_script(string note, string archive, string fond, string opis, string delo, string locator)
    {
        var a = Archival(note);
        ShouldRead(a, archive, fond, opis, delo, locator);
        a.Unread.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("სეა, ფ.1451/1-253, გვ.23r", "სეა", "1451", "1", "253", "23r")]
    [InlineData("ხელნაწერთა ცენტრი, ფ. 12/4-1067", "ხელნაწერთა ცენტრი", "12", "4", "1067", null)]
    [InlineData("სცსა, ფ. 8/2–17, ფურც. 5", "სცსა", "8", "2", "17", "5")]
    public void Reads_a_compact_fond_opis_and_delo(string note, string archive, string fond, string opis, string delo, string? locator) =>
        ShouldRead(Archival(note), archive, fond, opis, delo, locator);

    [Theory]
    [InlineData("წყარო: ცენტრალური საისტორიო არქივი, ფონდი 1833, ანაწერი 1, საქმე 179", "ცენტრალური საისტორიო არქივი")]
    [InlineData("Source: Central State Archive of Georgia, f. 284, desc. 1, file 9", "Central State Archive of Georgia")]
    [InlineData("Mənbə: ARDA, f. 28, siy. 1, iş 45", "ARDA")]
    [InlineData("See GARF, f. 5446, op. 1, d. 12", "GARF")]
    public void A_lead_in_before_the_archive_is_prose(string note, string archive)
    {
        var a = Archival(note);
        (a.ArchiveShort ?? a.ArchiveName)!.Value.ShouldBe(archive);
        a.Level(ArchivalLevelKind.Fond).ShouldNotBeNull();
    }

    [Fact]
    public void A_name_with_a_colon_in_it_stays_whole()
    {
        // More than two words before the colon: not a lead-in label.
        var a = Archival("Archive of the Communist Party of Georgia: Tbilisi branch, f. 14, op. 6, d. 2");
        a.ArchiveName!.Value.ShouldBe("Archive of the Communist Party of Georgia: Tbilisi branch");
    }

    // ---- Azerbaijani archives ----

    [Theory]
    [InlineData("ARDA, f. 28, siy. 1, iş 45, v. 12", "ARDA", "28", "1", "45", "12")]
    [InlineData("ARPİİSSA, f. 1, siy. 2, s.v. 15, v. 3–3 arxa", "ARPİİSSA", "1", "2", "15", "3-3v")]
    [InlineData("ARPİİSSA, f. 276, siy. 9, sax.vah. 40, vv. 7-9", "ARPİİSSA", "276", "9", "40", "7-9")]
    [InlineData("ARP İİ SSA. F.1, siy.3, sax.vah.22, vv.5, 5arxa.", "ARP İİ SSA", "1", "3", "22", "5, 5v")]
    [InlineData("Azərbaycan Respublikası Dövlət Arxivi (ARDA), f. 2502, siy. 1, iş 12, v. 5", "ARDA", "2502", "1", "12", "5")]
    public void Reads_azerbaijani_shelf_marks_with_every_level_spelling(string note, string archive, string fond, string opis, string delo, string locator) =>
        ShouldRead(Archival(note), archive, fond, opis, delo, locator);

    // ---- Newspapers ----

    [Theory]
    [InlineData("გაზ. „კომუნისტი“, 1921, №5", "კომუნისტი", 1921, "5")]
    [InlineData("გაზეთი „ივერია“, 1895 წლის 14 ივნისი, №123", "ივერია", 1895, "123")]
    [InlineData("„დროება“, 1878, N 45, გვ. 2", "დროება", 1878, "45")]
    [InlineData("gazeTi \"afxazeTis xma\", # 54, 1991 wlis 27 marti", "afxazeTis xma", 1991, "54")]
    [InlineData("gazeTi “saqarTvelos respublika~, # 36, 1992 wlis 25 Tebervali", "saqarTvelos respublika", 1992, "36")]
    [InlineData("Xalq qəzeti.- 2010.- 5 may.- № 98.- S. 3", "Xalq qəzeti", 2010, "98")]
    [InlineData("Azərbaycan.-2025.- 10 aprel (¹69).- S.11.", "Azərbaycan", 2025, "69")]
    public void Reads_georgian_and_azerbaijani_newspapers_with_their_issue_marks(string note, string paper, int year, string issue)
    {
        var n = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<NewspaperCitation>();
        n.Title.Value.ShouldBe(paper);
        n.Date!.DateParts![0][0].ShouldBe(year);
        n.Issue!.Value.ShouldBe(issue);
    }

    [Theory]
    [InlineData("Şərq.- 2018.- 28 mart.- № 53.- S. 5; 29 mart.- № 54.- S. 6.", "Şərq", "53", "54", "6")]
    [InlineData("Kommunist.- 1925.- 3 yanvar.- ¹ 2.- S. 1; 4 yanvar.-¹ 3.- S.2.", "Kommunist", "2", "3", "2")]
    [InlineData("„ივერია“, 1895, №123; №124, გვ. 3", "ივერია", "123", "124", "3")]
    public void Another_issue_of_the_same_paper_in_one_note_is_its_own_citation(string note, string paper, string first, string second, string locator)
    {
        var read = RulesOnly.Parse(note);
        read.Count.ShouldBe(2);
        read[0].ShouldBeOfType<NewspaperCitation>().Issue!.Value.ShouldBe(first);
        var next = read[1].ShouldBeOfType<NewspaperCitation>();
        (next.Title.Value, next.Issue!.Value, next.Locator!.Value).ShouldBe((paper, second, locator));
        next.Date!.DateParts![0][0].ShouldBe(read[0].ShouldBeOfType<NewspaperCitation>().Date!.DateParts![0][0]);
    }

    [Fact]
    public void Another_issue_gets_an_item_of_its_own()
    {
        var doc = BibliographyPipeline.ParseFootnotes(["Şərq.- 2018.- 28 mart.- № 53.- S. 5; 29 mart.- № 54.- S. 6."]).Document;
        doc.Items.Select(i => i.Issue).ShouldBe(["53", "54"], ignoreOrder: true);
    }

    // ---- Gazettes and periodicals cited by their issue ----

    [Theory]
    [InlineData("saqarTvelos respublikis uzenaesi sabWos uwyebebi, 1991, # 4, gv. 82", "saqarTvelos respublikis uzenaesi sabWos uwyebebi", "1991", "4", "82")]
    [InlineData("saqarTvelos parlamentis uwyebebi, # 12, 1996, gv. 7", "saqarTvelos parlamentis uwyebebi", "1996", "12", "7")]
    [InlineData("Вопросы истории, № 8, 1990, с. 73", "Вопросы истории", "1990", "8", "73")]
    [InlineData("Azərbaycan SSR Ali Sovetinin Məruzələri. - 1989. - № 3. - S. 14", "Azərbaycan SSR Ali Sovetinin Məruzələri", "1989", "3", "14")]
    public void Reads_a_periodical_cited_by_its_year_and_issue_in_either_order(string note, string container, string year, string issue, string locator)
    {
        var p = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        (p.ContainerTitle!.Value, p.Year!.Value, p.Issue!.Value, p.Locator!.Value).ShouldBe((container, year, issue, locator));
    }

    // ---- Books and articles ----

    [Theory]
    [InlineData("ჯავახიშვილი ი. ქართველი ერის ისტორია. თბ., 1960. გვ. 45", "ჯავახიშვილი", "ქართველი ერის ისტორია", "თბ.", "1960", "45")]
    [InlineData("ბერძენიშვილი ნ. საქართველოს ისტორიის საკითხები. თბ., 1966 წ. გვ. 112", "ბერძენიშვილი", "საქართველოს ისტორიის საკითხები", "თბ.", "1966", "112")]
    [InlineData("Иванов И.И., История Кавказа, Тб., 1985, с. 5", "Иванов", "История Кавказа", "Тб.", "1985", "5")]
    [InlineData("Петров А. Б., Очерки истории Грузии, М., 1970, с. 12", "Петров", "Очерки истории Грузии", "М.", "1970", "12")]
    public void Reads_georgian_books_with_their_place_and_year_marks(string note, string author, string title, string place, string year, string locator)
    {
        var p = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Authors.ShouldHaveSingleItem().Family.ShouldBe(author);
        (p.Title!.Value, p.Place!.Value, p.Year!.Value, p.Locator!.Value).ShouldBe((title, place, year, locator));
    }

    [Theory]
    [InlineData("javaxiSvili i. qarTveli eris istoria. Tb., 1960 w. gv. 45", "Tb.", "1960", "45")]
    [InlineData("qarTveli eris istoria. Tb., 1979 wl. gv. 8", "Tb.", "1979", "8")]
    public void Reads_acadnusx_books_place_year_and_page(string note, string place, string year, string locator)
    {
        var p = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        (p.Place!.Value, p.Year!.Value, p.Locator!.Value).ShouldBe((place, year, locator));
    }

    [Theory]
    [InlineData("Məmmədov Ə. Azərbaycan tarixi. Bakı: Elm, 2005. - 320 s.", "Məmmədov", "Azərbaycan tarixi", "Bakı", "Elm", "2005")]
    [InlineData("Quliyev V. Neft və siyasət. Bakı: Nurlan, 2012. – 412 s.", "Quliyev", "Neft və siyasət", "Bakı", "Nurlan", "2012")]
    [InlineData("Сидоров В. В. Кавказ в огне. М.: Наука, 1999. - 288 с.", "Сидоров", "Кавказ в огне", "М.", "Наука", "1999")]
    public void The_extent_of_a_book_is_no_locator(string note, string author, string title, string place, string publisher, string year)
    {
        var p = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Authors.ShouldHaveSingleItem().Family.ShouldBe(author);
        (p.Title!.Value, p.Place!.Value, p.Publisher!.Value, p.Year!.Value).ShouldBe((title, place, publisher, year));
        p.Locator.ShouldBeNull();
    }

    [Theory]
    [InlineData("Əliyev R. Sovet dövründə // AMEA-nın Xəbərləri. Tarix, fəlsəfə və hüquq seriyası. - 2010. - № 2. - S. 45-52",
        "Əliyev", "Sovet dövründə", "AMEA-nın Xəbərləri. Tarix, fəlsəfə və hüquq seriyası", "2010", "2", "45-52")]
    [InlineData("Həsənov C. Bakı neft sənayesi // Tarix və onun problemləri. - 2015. - № 4. - S. 101-109.",
        "Həsənov", "Bakı neft sənayesi", "Tarix və onun problemləri", "2015", "4", "101-109")]
    public void Reads_an_azerbaijani_article_with_hyphens_for_its_dashes(string note, string author, string title, string journal, string year, string issue, string locator)
    {
        var p = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Authors.ShouldHaveSingleItem().Family.ShouldBe(author);
        (p.Title!.Value, p.ContainerTitle!.Value, p.Year!.Value, p.Issue!.Value, p.Locator!.Value).ShouldBe((title, journal, year, issue, locator));
    }

    [Theory]
    [InlineData("А. А. Петров. Грамоты, относящиеся к Грузии, СПБ, 1891 г., т. I, стр. 217-218.", "СПБ", "1891", "I", "217-218")]
    [InlineData("Н. Н. Иванов. Акты Кавказской комиссии, Тб., 1904 г., т. 3, с. 41.", "Тб.", "1904", "3", "41")]
    public void Reads_a_volume_after_the_year(string note, string place, string year, string volume, string locator)
    {
        var p = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        (p.Place!.Value, p.Year!.Value, p.Volume!.Value, p.Locator!.Value).ShouldBe((place, year, volume, locator));
    }

    [Theory]
    [InlineData("газета «Заря Востока», 3 марта, 1924 г., c.2.", "Заря Востока", "2")]
    [InlineData("«Коммунист», 1920, № 54, c. 3", "Коммунист", "3")]
    public void A_latin_c_in_a_cyrillic_newspaper_citation_is_its_page(string note, string paper, string page)
    {
        var n = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<NewspaperCitation>();
        (n.Title.Value, n.Locator!.Value).ShouldBe((paper, page));
    }

    [Fact]
    public void Azerbaijani_short_forms_and_ibid_follow_the_full_citation()
    {
        var doc = BibliographyPipeline.ParseFootnotes([
            "Məmmədov Ə. Azərbaycan tarixi. Bakı, 2005, s. 45",
            "Yenə orada, s. 12",
            "Məmmədov Ə. Göst. əsəri, s. 172"]).Document;
        var first = doc.Citations.Single(c => c.Properties.NoteIndex == 1).CitationItems.Single();
        foreach (var (note, locator) in new[] { (2, "12"), (3, "172") })
        {
            var cited = doc.Citations.Single(c => c.Properties.NoteIndex == note).CitationItems.Single();
            cited.Id.ShouldBe(first.Id);
            cited.Locator.ShouldBe(locator);
        }
    }

    [Theory]
    [InlineData("ჯავახიშვილი ი. ქართველი ერის ისტორია. თბ., 1960. გვ. 45", "იქვე, გვ. 50", "ჯავახიშვილი ი. დასახ. ნაშრ., გვ. 60")]
    [InlineData("ბერძენიშვილი ნ. საკითხები. თბ., 1966. გვ. 45", "იქვე. გვ. 50", "ბერძენიშვილი ნ. დასახელებული ნაშრომი, გვ. 60")]
    public void Georgian_ibid_and_op_cit_follow_the_full_citation(string full, string ibid, string opCit)
    {
        var doc = BibliographyPipeline.ParseFootnotes([full, ibid, opCit]).Document;
        var first = doc.Citations.Single(c => c.Properties.NoteIndex == 1).CitationItems.Single();
        foreach (var (note, locator) in new[] { (2, "50"), (3, "60") })
        {
            var cited = doc.Citations.Single(c => c.Properties.NoteIndex == note).CitationItems.Single();
            cited.Id.ShouldBe(first.Id);
            cited.Locator.ShouldBe(locator);
        }
    }

    [Fact]
    public void The_acadnusx_ibid_follows_the_full_citation()
    {
        var doc = BibliographyPipeline.ParseFootnotes(["saqarTvelos istoriis sakiTxebi. Tb., 1966. gv. 45", "iqve, gv. 50"]).Document;
        var first = doc.Citations.Single(c => c.Properties.NoteIndex == 1).CitationItems.Single();
        var ibid = doc.Citations.Single(c => c.Properties.NoteIndex == 2).CitationItems.Single();
        (ibid.Id, ibid.Locator).ShouldBe((first.Id, "50"));
    }

    [Fact]
    public void A_georgian_item_gets_a_readable_id()
    {
        var doc = BibliographyPipeline.ParseFootnotes(["ჯავახიშვილი ი. ქართველი ერის ისტორია. თბ., 1960. გვ. 45"]).Document;
        doc.Items.ShouldHaveSingleItem().Id.ShouldStartWith("javakhishvili");
    }
}
