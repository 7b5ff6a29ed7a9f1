using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

public class ArchivalParsingTests
{
    private static ArchivalCitation Archival(string text) =>
        CitationParser.ParseFootnote(text).ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();

    [Theory]
    // Azerbaijani, full and abbreviated level names.
    [InlineData("Rusiya Dövlət Hərbi Arxivi (RDHA), fond 7, siyahı 2, iş 484, vərəq 184 arxa – 185.", "Rusiya Dövlət Hərbi Arxivi", "RDHA", "7", "2", "484", "184v-185", "folio", "az")]
    [InlineData("Gürcüstan Mərkəzi Tarix Arxivi (GMTA), f. 1874, siy. 1, iş 2, vərəq 78 arxa.", "Gürcüstan Mərkəzi Tarix Arxivi", "GMTA", "1874", "1", "2", "78v", "folio", "az")]
    [InlineData("RFDA, fond 6144, siyahı 1, iş 1, vərəq 16 – 16 arxa.", null, "RFDA", "6144", "1", "1", "16-16v", "folio", "az")]
    [InlineData("ARDA, fond 27, siyahı 4, iş 25, vərəqlər 17-19.", null, "ARDA", "27", "4", "25", "17-19", "folio", "az")]
    // Russian GOST, full stops as separators.
    [InlineData("ГА РФ. Ф. Р-130. Оп. 2. Д. 3. Л. 4 об.", null, "ГА РФ", "Р-130", "2", "3", "4v", "folio", "ru")]
    [InlineData("РГАСПИ, ф. 17, оп. 3, д. 45, лл. 12–13 об.", null, "РГАСПИ", "17", "3", "45", "12-13v", "folio", "ru")]
    [InlineData("Российский государственный военный архив (РГВА). Ф. 7. Оп. 2. Д. 484. Л. 184 об.–185.", "Российский государственный военный архив", "РГВА", "7", "2", "484", "184v-185", "folio", "ru")]
    // Transliterated Russian and English.
    [InlineData("GARF, f. R-130, op. 2, d. 3, ll. 4-5ob.", null, "GARF", "R-130", "2", "3", "4-5v", "folio", "ru")]
    [InlineData("RGASPI, f. 17, op. 3, d. 45, l. 12 ob.", null, "RGASPI", "17", "3", "45", "12v", "folio", "ru")]
    [InlineData("RGVA, f. 7, op. 2, d. 484, ff. 184v–185.", null, "RGVA", "7", "2", "484", "184v-185", "folio", "en")]
    public void Reads_archive_levels_and_folios_in_every_convention(string text, string? name, string shortName,
        string fond, string opis, string delo, string locator, string label, string language)
    {
        var a = Archival(text);
        a.ArchiveName?.Value.ShouldBe(name);
        if (name is null) a.ArchiveName.ShouldBeNull();
        a.ArchiveShort!.Value.ShouldBe(shortName);
        a.Level(ArchivalLevelKind.Fond).ShouldBe(fond);
        a.Level(ArchivalLevelKind.Opis).ShouldBe(opis);
        a.Level(ArchivalLevelKind.Delo).ShouldBe(delo);
        a.Locator!.Value.ShouldBe(locator);
        a.Locator.Label.ShouldBe(label);
        a.Language.ShouldBe(language);
        a.Unread.ShouldBeEmpty();
    }

    [Fact]
    public void Reads_a_named_fond_without_opis_and_a_page_locator()
    {
        var a = Archival("Azərbaycan Respublikası Prezidentinin İşlər İdarəsi Siyasi Sənədlər Arxivi (ARPİİSSA), Surət fondu, iş 330, s. 1.");
        a.ArchiveShort!.Value.ShouldBe("ARPİİSSA");
        a.Level(ArchivalLevelKind.Fond).ShouldBe("Surət fondu");
        a.Level(ArchivalLevelKind.Opis).ShouldBeNull();
        a.Level(ArchivalLevelKind.Delo).ShouldBe("330");
        a.Locator!.Label.ShouldBe(LocatorLabels.Page);
        a.Locator.Value.ShouldBe("1");
        a.ShelfMark.ShouldBe("Surət fondu, iş 330");
    }

    [Fact]
    public void Keeps_the_shelf_mark_as_written_and_the_level_keywords()
    {
        var a = Archival("GMTA, f. 1874, siy. 1, iş 2, vərəq 78 arxa.");
        a.ShelfMark.ShouldBe("f. 1874, siy. 1, iş 2");
        a.Levels.Select(l => l.Keyword).ShouldBe(new[] { "f.", "siy.", "iş" });
        a.Locator!.Written.ShouldBe("78 arxa");
        a.Locator.Keyword.ShouldBe("vərəq");
    }

    [Fact]
    public void Reports_the_part_it_cannot_read_instead_of_dropping_it()
    {
        var a = Archival("GMTA, f. 1874, siy. 1, iš 2, vərəq 5.");
        a.Level(ArchivalLevelKind.Delo).ShouldBeNull();
        a.Unread.ShouldHaveSingleItem().Value.ShouldBe("iš 2");
        a.Unread[0].Span.Offset.ShouldBe(23);
    }

    [Fact]
    public void Gives_spans_that_point_at_the_text()
    {
        const string text = "RDHA, fond 7, siyahı 2, iş 484, vərəq 184 arxa – 185.";
        var a = Archival(text);
        var delo = a.Levels.Single(l => l.Level == ArchivalLevelKind.Delo);
        text.Substring(delo.Span.Offset, delo.Span.Length).ShouldBe("iş 484");
        text.Substring(a.ArchiveShort!.Span.Offset, a.ArchiveShort.Span.Length).ShouldBe("RDHA");
    }

    [Theory]
    [InlineData("Kavtaradze V. Na putyax k konfederasii Kavkaza. Varşava, 1933, s. 121.")]
    [InlineData("Dni qospodstva menşevikov v Qruzii (dokumentı i materialı). Zbornik sostavil Q.Devdariani. Tbilisi, qosizdat Qruzii, 1931. s. 188.")]
    public void Does_not_take_a_book_for_an_archive(string text) =>
        CitationParser.ParseFootnote(text).ShouldHaveSingleItem().ShouldNotBeOfType<ArchivalCitation>();

    [Theory]
    [InlineData("184 arxa – 185", "184v-185")]
    [InlineData("16 – 16 arxa", "16-16v")]
    [InlineData("4 об.", "4v")]
    [InlineData("12–13об.", "12-13v")]
    [InlineData("184v–185", "184v-185")]
    [InlineData("3, 5–7", "3, 5-7")]
    public void Canonicalises_folio_values(string written, string canonical) =>
        LocatorReader.Canonical(written).ShouldBe(canonical);
}
