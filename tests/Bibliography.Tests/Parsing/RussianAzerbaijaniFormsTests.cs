using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>The Russian GOST, Azerbaijani and Georgian-archive forms of issue #18, read by the rule readers.</summary>
public class RussianAzerbaijaniFormsTests
{
    private static BibliographyDocument Parse(params string[] footnotes) => BibliographyPipeline.ParseFootnotes(footnotes).Document;

    private static CslItem ItemOf(BibliographyDocument doc, int note, int index = 0)
    {
        var cluster = doc.Citations.Single(c => c.Properties.NoteIndex == note);
        return doc.Items.Single(i => i.Id == cluster.CitationItems[index].Id);
    }

    private static string? Custom(CslItem item, string key) => (string?)item.Custom?[key];

    // ---- GOST publications ----

    [Theory]
    [InlineData("Иванов И. И. История Кавказа. М.: Наука, 1985. С. 112.")]
    [InlineData("И. И. Иванов. История Кавказа. М.: Наука, 1985. С. 112.")]
    public void Reads_gost_authors_family_first_and_initials_first(string note)
    {
        var p = CitationParser.ParseFootnote(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Authors.ShouldHaveSingleItem().Family.ShouldBe("Иванов");
        p.Title!.Value.ShouldBe("История Кавказа");
        p.Place!.Value.ShouldBe("М.");
        p.Publisher!.Value.ShouldBe("Наука");
        p.Year!.Value.ShouldBe("1985");
        p.Locator!.Value.ShouldBe("112");
    }

    [Fact]
    public void Reads_compilers_and_editors_after_a_slash_without_splitting_at_their_semicolon()
    {
        var p = CitationParser.ParseFootnote("История Кавказа / сост. А. Б. Петров; под ред. В. Г. Сидорова. М., 1990. С. 5.")
            .ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Title!.Value.ShouldBe("История Кавказа");
        p.Compilers.ShouldHaveSingleItem().Family.ShouldBe("Петров");
        p.Editors.ShouldHaveSingleItem().Family.ShouldBe("Сидорова");
        p.Year!.Value.ShouldBe("1990");
    }

    [Fact]
    public void Reads_a_volume_with_its_years_and_an_edition_statement()
    {
        var p = CitationParser.ParseFootnote("Петров А. Б. Очерки. Т. 2: 1917–1922. 9-е изд., доп. и испр. М.: Политиздат, 1985. С. 30.")
            .ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Title!.Value.ShouldBe("Очерки");
        p.Volume!.Value.ShouldBe("2");
        p.Edition!.Value.ShouldStartWith("9-е изд.");
        p.Place!.Value.ShouldBe("М.");
        p.Publisher!.Value.ShouldBe("Политиздат");
        p.Locator!.Value.ShouldBe("30");
    }

    [Fact]
    public void A_publisher_statement_with_a_semicolon_stays_one_citation()
    {
        var p = CitationParser.ParseFootnote("Очерки истории. М.; Л.: Изд-во АН СССР, 1956. С. 7.")
            .ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Place!.Value.ShouldBe("М.; Л.");
        p.Year!.Value.ShouldBe("1956");
    }

    [Fact]
    public void Reads_a_journal_article_after_a_double_slash()
    {
        var p = CitationParser.ParseFootnote("Петров Ю. Статья о Кавказе // Вопросы истории. 1990. № 8. С. 73.")
            .ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Kind.ShouldBe(PublicationKind.Article);
        p.ContainerTitle!.Value.ShouldBe("Вопросы истории");
        p.Issue!.Value.ShouldBe("8");
        p.Year!.Value.ShouldBe("1990");
        p.Locator!.Value.ShouldBe("73");
    }

    [Fact]
    public void Reads_a_periodical_issue_cited_without_author_as_its_container()
    {
        var item = ItemOf(Parse("Известия ЦК КПСС. 1989. № 7. С. 86–93."), 1);
        item.Type.ShouldBe(CslItemTypes.ArticleJournal);
        item.ContainerTitle.ShouldBe("Известия ЦК КПСС");
        item.Issue.ShouldBe("7");
        item.Title.ShouldBeNull();
    }

    [Fact]
    public void Reads_a_title_with_years_before_an_abbreviated_place()
    {
        var p = CitationParser.ParseFootnote("Хаустов В., Самуэльсон Л. Сталин, НКВД и репрессии 1936—1938 гг. М., 2009. С. 331.")
            .ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Authors.Select(a => a.Family).ShouldBe(["Хаустов", "Самуэльсон"]);
        p.Title!.Value.ShouldBe("Сталин, НКВД и репрессии 1936—1938 гг");
        p.Place!.Value.ShouldBe("М.");
        p.Year!.Value.ShouldBe("2009");
    }

    // ---- Newspapers and legal gazettes ----

    [Theory]
    [InlineData("Правда. 1923. 2 окт.", "Правда", 1923, 10, 2)]
    [InlineData("газета «Коммунист», 15 декабря 1920 г., с. 4", "Коммунист", 1920, 12, 15)]
    [InlineData("Şərq.- 2018.- 28 mart.- № 53.- S. 5", "Şərq", 2018, 3, 28)]
    public void Reads_newspapers_with_abbreviated_months_a_kind_word_first_and_azerbaijani_dashes(string note, string title, int year, int month, int day)
    {
        var n = CitationParser.ParseFootnote(note).ShouldHaveSingleItem().ShouldBeOfType<NewspaperCitation>();
        n.Title.Value.ShouldBe(title);
        n.Date.ShouldBe(CslDate.FromParts(year, month, day));
    }

    [Fact]
    public void Reads_a_legal_gazette_with_its_article_number()
    {
        var item = ItemOf(Parse("СУ РСФСР. 1922. № 4. Ст. 44."), 1);
        item.ContainerTitle.ShouldBe("СУ РСФСР");
        item.Issue.ShouldBe("4");
        item.Issued!.DateParts![0][0].ShouldBe(1922);
        Parse("СУ РСФСР. 1922. № 4. Ст. 44.").Citations.Single().CitationItems.Single().Locator.ShouldBe("44");
    }

    // ---- Archives ----

    [Fact]
    public void Reads_an_archive_in_brackets_after_prose_and_leaves_the_prose_out()
    {
        var doc = Parse("Документ поступил в архив в 1950 г. (РГАСПИ. Ф. 558. Оп. 11. Д. 1120. Л. 5 об.).");
        var item = ItemOf(doc, 1);
        item.Type.ShouldBe(CslItemTypes.Manuscript);
        Custom(item, "archive-short").ShouldBe("РГАСПИ");
        (Custom(item, "fond"), Custom(item, "opis"), Custom(item, "delo")).ShouldBe(("558", "11", "1120"));
        doc.Citations.Single().CitationItems.ShouldHaveSingleItem().Locator.ShouldBe("5v");
        doc.Diagnostics.ShouldNotContain(d => d.Code == DiagnosticCodes.UnreadCitation.Code);
    }

    [Fact]
    public void Reads_several_bracketed_archives_in_one_note_of_prose()
    {
        var doc = Parse("Так, политбюро постановило: «передать дело в суд» (АП РФ. Ф. 3. Оп. 58. Д. 230. Л. 60). Решение от 02.07.1937 «о передаче дел» (РГАСПИ. Ф.17. Оп.166. Д.575. Л.17).");
        var cluster = doc.Citations.Single();
        cluster.CitationItems.Count.ShouldBe(2);
        Custom(ItemOf(doc, 1, 0), "archive-short").ShouldBe("АП РФ");
        Custom(ItemOf(doc, 1, 1), "delo").ShouldBe("575");
        cluster.CitationItems.Select(c => c.Locator).ShouldBe(["60", "17"]);
    }

    [Fact]
    public void Reads_a_level_after_an_abbreviation_written_without_a_full_stop()
    {
        var a = CitationParser.ParseFootnote("РГАСПИ Ф. 17 Оп. 171. Д.224. Л.130.").ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.ArchiveShort!.Value.ShouldBe("РГАСПИ");
        (a.Level(ArchivalLevelKind.Fond), a.Level(ArchivalLevelKind.Opis), a.Level(ArchivalLevelKind.Delo)).ShouldBe(("17", "171", "224"));
    }

    [Fact]
    public void Reads_a_renamed_archive_under_its_present_name()
    {
        var a = CitationParser.ParseFootnote("РЦХИДНИ (ныне РГАСПИ): Ф. 17. Оп. 3. Д. 5. Л. 2.").ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.ArchiveShort!.Value.ShouldBe("РГАСПИ");
        a.ArchiveName.ShouldBeNull(); // the old name is not taken for the present one's expansion
        a.Text.ShouldStartWith("РЦХИДНИ (ныне РГАСПИ)");
        a.Level(ArchivalLevelKind.Fond).ShouldBe("17");
    }

    [Fact]
    public void Reads_an_opis_written_as_a_roman_numeral_and_a_letter()
    {
        var a = CitationParser.ParseFootnote("РГАСПИ. Ф. 558. Оп. I «б». Д. 5. Л. 3.").ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.Level(ArchivalLevelKind.Opis).ShouldBe("I «б»");
        a.Level(ArchivalLevelKind.Delo).ShouldBe("5");
        a.Unread.ShouldBeEmpty();
    }

    [Fact]
    public void Reads_latin_look_alikes_in_cyrillic_text()
    {
        var p = CitationParser.ParseFootnote("Сталин И. В. Cочинения. Т. 5. М., 1947. C. 12.").ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Locator!.Value.ShouldBe("12");
        p.Year!.Value.ShouldBe("1947");
        p.Volume!.Value.ShouldBe("5");
    }

    [Fact]
    public void An_archive_named_in_words_may_be_cited_by_its_file()
    {
        var a = CitationParser.ParseFootnote("Архив УФСБ РФ по Республике Марий Эл. Д. 595. Л. 186–189.").ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.ArchiveName!.Value.ShouldBe("Архив УФСБ РФ по Республике Марий Эл");
        a.Level(ArchivalLevelKind.Delo).ShouldBe("595");
        a.Locator!.Value.ShouldBe("186-189");
    }

    // ---- Prose around citations ----

    [Theory]
    [InlineData("См.: Иванов И. И. История Кавказа. М., 1985. С. 112.")]
    [InlineData("Цит. по: Иванов И. И. История Кавказа. М., 1985. С. 112.")]
    [InlineData("Здесь и далее цит. по: Иванов И. И. История Кавказа. М., 1985. С. 112.")]
    public void A_lead_in_stays_out_of_every_field(string note)
    {
        var p = CitationParser.ParseFootnote(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Authors.ShouldHaveSingleItem().Family.ShouldBe("Иванов");
        p.Title!.Value.ShouldBe("История Кавказа");
        p.Text.ShouldStartWith("Иванов");
    }

    [Fact]
    public void Citations_run_on_after_a_locator_are_read_one_by_one()
    {
        var citations = CitationParser.ParseFootnote(
            "ЦА ФСБ. Ф.3. Оп.4. Д.1464. Л.166–167. Цит по: Хаустов В., Самуэльсон Л. Сталин, НКВД и репрессии 1936—1938 гг. М., 2009. С.331.");
        citations.Count.ShouldBe(2);
        citations[0].ShouldBeOfType<ArchivalCitation>().Locator!.Value.ShouldBe("166-167");
        var p = citations[1].ShouldBeOfType<PublicationCitation>();
        p.Authors.Count.ShouldBe(2);
        p.Locator!.Value.ShouldBe("331");
    }

    [Fact]
    public void Prose_after_a_citation_makes_no_citation()
    {
        var citations = CitationParser.ParseFootnote("Реабилитация: Политические процессы 30-50-х годов. М., 1991. С.39. Списки использовались Хрущевым и в аппаратной борьбе.");
        var p = citations.ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Title!.Value.ShouldBe("Реабилитация: Политические процессы 30-50-х годов");
        p.Locator!.Value.ShouldBe("39");
    }

    // ---- Ibid, continuations, short forms ----

    [Fact]
    public void Ibid_with_a_changed_level_is_another_file_of_the_same_fond_and_opis()
    {
        var doc = Parse("РГАСПИ. Ф. 17. Оп. 3. Д. 57. Л. 4.", "Там же. Д. 58. Л. 9.", "Там же. Л. 10.");
        var first = ItemOf(doc, 1);
        var second = ItemOf(doc, 2);
        second.Id.ShouldNotBe(first.Id);
        Custom(second, "archive-short").ShouldBe("РГАСПИ");
        (Custom(second, "fond"), Custom(second, "opis"), Custom(second, "delo")).ShouldBe(("17", "3", "58"));
        // Exported, the archive location names the whole file, not the level the ibid changed.
        second.ArchiveLocation.ShouldBe("Ф. 17. Оп. 3. Д. 58");
        // Plain ibid resolves to the citation right before it, with its own locator.
        ItemOf(doc, 3).Id.ShouldBe(second.Id);
        doc.Citations.Single(c => c.Properties.NoteIndex == 3).CitationItems.Single().Locator.ShouldBe("10");
    }

    [Fact]
    public void Ibid_with_a_changed_opis_keeps_only_the_fond()
    {
        var doc = Parse("ЦА ФСБ. Ф.3. Оп.4. Д.1464. Л.166.", "Там же. Оп.5. Д.2241. Л.685.");
        var item = ItemOf(doc, 2);
        (Custom(item, "fond"), Custom(item, "opis"), Custom(item, "delo")).ShouldBe(("3", "5", "2241"));
        item.ArchiveLocation.ShouldBe("Ф. 3. Оп.5. Д.2241");
        // In the comma conventions the inherited levels are joined as the citation before wrote its own.
        var english = Parse("RGASPI, f. 17, op. 3, d. 1, l. 5ob.", "Ibid., d. 58, l. 7.");
        ItemOf(english, 2).ArchiveLocation.ShouldBe("f. 17, op. 3, d. 58");
        var azerbaijani = Parse("ARDA, f. 28, siy. 1, iş 45, v. 12.", "Yenə orada, iş 46, v. 3.");
        ItemOf(azerbaijani, 2).ArchiveLocation.ShouldBe("f. 28, siy. 1, iş 46");
    }

    [Fact]
    public void A_file_alone_after_a_semicolon_continues_the_shelf_mark_before_it()
    {
        var doc = Parse("РГАСПИ. Ф.17. Оп.171. Д.421. Л.1–492; Д.420. Л.1–68.");
        var cluster = doc.Citations.Single();
        cluster.CitationItems.Count.ShouldBe(2);
        var second = ItemOf(doc, 1, 1);
        (Custom(second, "fond"), Custom(second, "opis"), Custom(second, "delo")).ShouldBe(("17", "171", "420"));
        Custom(second, "archive-short").ShouldBe("РГАСПИ");
        cluster.CitationItems[1].Locator.ShouldBe("1-68");
    }

    [Fact]
    public void A_file_alone_with_nothing_before_it_is_kept_with_a_diagnostic()
    {
        var doc = Parse("Д. 420. Л. 1–68.");
        doc.Citations.Single().CitationItems.ShouldHaveSingleItem();
        Custom(ItemOf(doc, 1), "delo").ShouldBe("420");
        doc.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.IbidWithoutAntecedent.Code);
    }

    [Fact]
    public void Ibid_as_a_container_is_the_previous_container()
    {
        var p = CitationParser.ParseFootnote("Петров Ю. Другая статья // Там же. 1990. № 9. С. 12.").ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Title!.Value.ShouldBe("Другая статья");
        p.ContainerTitle!.Value.ShouldBe("Там же");
    }

    [Fact]
    public void A_short_form_resolves_to_the_earlier_full_citation_of_the_same_author_and_title()
    {
        var doc = Parse(
            "Иванов И. И. История Кавказа. М.: Наука, 1985. С. 112.",
            "Петров А. Б. Очерки истории. М., 1990. С. 5.",
            "Иванов И. И. История Кавказа. С. 120.");
        ItemOf(doc, 3).Id.ShouldBe(ItemOf(doc, 1).Id);
        doc.Citations.Single(c => c.Properties.NoteIndex == 3).CitationItems.Single().Locator.ShouldBe("120");
    }

    [Fact]
    public void A_short_title_resolves_to_the_authors_earlier_work_it_begins_and_not_to_another_authors()
    {
        var doc = Parse(
            "Иванов И. И. История Кавказа в XIX веке. М.: Наука, 1985. С. 112.",
            "Петров А. Б. История Грузии. М., 1990. С. 5.",
            "Иванов И. И. История. С. 120.",
            "Петров А. Б. История. С. 7.");
        ItemOf(doc, 3).Id.ShouldBe(ItemOf(doc, 1).Id);
        ItemOf(doc, 4).Id.ShouldBe(ItemOf(doc, 2).Id);
        doc.Items.Count.ShouldBe(2);
        doc.Citations.Single(c => c.Properties.NoteIndex == 3).CitationItems.Single().Locator.ShouldBe("120");
    }

    [Fact]
    public void A_citation_that_cannot_be_read_is_never_dropped_silently()
    {
        // What the rules do with it (the hybrid hands such a part to the labeller: LabellerTests).
        var before = CitationParser.Mode;
        CitationParser.Mode = ParserMode.Rules;
        BibliographyDocument doc;
        try { doc = Parse("Неизвестно что такое, без года и места, л. 12."); }
        finally { CitationParser.Mode = before; }
        doc.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.UnreadCitation.Code && d.Footnote == 1);
        // An item of what could be read: its text as the title, the folio as the locator.
        var item = ItemOf(doc, 1);
        item.Type.ShouldBe(CslItemTypes.Document);
        item.Title.ShouldBe("Неизвестно что такое, без года и места");
        doc.Citations.Single().CitationItems.Single().Locator.ShouldBe("12");
    }

    // ---- Azerbaijani and Georgian archives ----

    [Theory]
    [InlineData("ARDA, f. 28, siy. 1, iş 45, v. 12", "ARDA", "28", "1", "45", "12")]
    [InlineData("ARPİİSSA, f. 1, siy. 2, s.v. 15, v. 3–3 arxa", "ARPİİSSA", "1", "2", "15", "3-3v")]
    [InlineData("GMTA, f. 1874, inv. 12, case 135, sheets 17-18", "GMTA", "1874", "12", "135", "17-18")]
    [InlineData("ЦГИА Грузии. Ф. 13. Оп. 12. Ед. хр. 53. Л. 9 об.", "ЦГИА Грузии", "13", "12", "53", "9v")]
    [InlineData("Central State Historical Archive of Georgia, f. 1438, op. 1, ed. khr. 53, l. 9 verso", "Central State Historical Archive of Georgia", "1438", "1", "53", "9v")]
    public void Reads_azerbaijani_and_georgian_shelf_marks_with_other_level_names(string note, string archive, string fond, string opis, string delo, string locator)
    {
        var a = CitationParser.ParseFootnote(note).ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        (a.ArchiveShort ?? a.ArchiveName)!.Value.ShouldBe(archive);
        (a.Level(ArchivalLevelKind.Fond), a.Level(ArchivalLevelKind.Opis), a.Level(ArchivalLevelKind.Delo)).ShouldBe((fond, opis, delo));
        a.Locator!.Value.ShouldBe(locator);
        a.Unread.ShouldBeEmpty();
    }

    [Fact]
    public void A_year_inside_a_shelf_mark_is_no_level()
    {
        var a = CitationParser.ParseFootnote("ЦГИА Грузии. Ф. 2. Оп. 1. Д. 45, 1806 г. Л. 3.").ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.Level(ArchivalLevelKind.Delo).ShouldBe("45");
        a.Locator!.Value.ShouldBe("3");
    }
}
