using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Several citations in one note and the prose around them, in every convention (issue #18): a shelf mark, a full stop
/// and a sentence that holds another citation; lead-ins with and without a colon; a citation joined to a shelf mark by
/// "and"; remarks after a citation. Every piece that holds a citation becomes one, and the prose stays out of every
/// field. The examples are invented for the classes.
/// </summary>
public class SeveralCitationsAndProseTests
{
    private static string Archive(ArchivalCitation a) => (a.ArchiveShort ?? a.ArchiveName)!.Value;

    // ---- a shelf mark, a full stop, then a sentence holding another citation ----

    [Theory]
    [InlineData("RGASPI, f. 17, op. 3, d. 1, l. 5. See also I. V. Ivanov, Istoriia Kavkaza (Moscow: Nauka, 1985), 112.", "RGASPI", "5", "Ivanov", "Istoriia Kavkaza", "112")]
    [InlineData("GARF, f. R-5446, op. 1, d. 12, ll. 3–4. Cf. Terry Martin, The Affirmative Action Empire (Ithaca, NY: Cornell University Press, 2001), 45.", "GARF", "3-4", "Martin", "The Affirmative Action Empire", "45")]
    [InlineData("RGIA, fond 1405, opis' 530, delo 1127, listy 3–3 ob. The letter was used in a leaflet of the Petersburg Committee. See Aleksandr Shliapnikov, Kanun semnadtsatogo goda (Moscow: Politizdat, 1992), 168.", "RGIA", "3-3v", "Shliapnikov", "Kanun semnadtsatogo goda", "168")]
    [InlineData("TsGAA, f. 1022, op. 2, d. 7, l. 14. Reprinted in Richard Hovannisian, The Republic of Armenia (Berkeley: University of California Press, 1971), 201.", "TsGAA", "14", "Hovannisian", "The Republic of Armenia", "201")]
    [InlineData("RGVA, f. 33987, op. 3, d. 295, l. 17ob. As quoted in Ronald Grigor Suny, The Baku Commune (Princeton, NJ: Princeton University Press, 1972), 88.", "RGVA", "17v", "Suny", "The Baku Commune", "88")]
    [InlineData("GARF, f. 9401, op. 2, d. 64, l. 9. For the deportation itself, see Pavel Polian, Ne po svoei vole (Moscow: OGI, 2001), 120–22.", "GARF", "9", "Polian", "Ne po svoei vole", "120-22")]
    public void A_sentence_after_a_shelf_mark_is_a_citation_of_its_own_without_its_lead_in(
        string note, string archive, string folio, string author, string title, string page)
    {
        var all = RulesOnly.Parse(note);
        all.Count.ShouldBe(2);
        var a = all[0].ShouldBeOfType<ArchivalCitation>();
        Archive(a).ShouldBe(archive);
        a.Locator!.Value.ShouldBe(folio);
        a.Unread.ShouldBeEmpty();
        var p = all[1].ShouldBeOfType<PublicationCitation>();
        RulesOnly.Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
        p.Locator!.Value.ShouldBe(page);
    }

    [Theory]
    [InlineData("ARDA, f. 28, siy. 1, iş 45, v. 12. Həmçinin bax: Həsənli C. Azərbaycan tarixi. Bakı, 2005, s. 5.", "ARDA", "12", "Həsənli", "Azərbaycan tarixi", "5")]
    [InlineData("ARPİİSSA, f. 1, siy. 74, iş 120, v. 33. Bax: Quliyev V. Cümhuriyyət dövrü. Bakı, 1998, s. 41.", "ARPİİSSA", "33", "Quliyev", "Cümhuriyyət dövrü", "41")]
    [InlineData("სცსა, ფ. 1451, ან. 1, საქ. 253, ფურც. 5. იხ. ბერძენიშვილი ნ. საქართველოს ისტორიის საკითხები. თბ., 1964. გვ. 12.", null, "5", "ბერძენიშვილი", "საქართველოს ისტორიის საკითხები", "12")]
    public void Azerbaijani_and_Georgian_notes_read_the_citation_after_a_shelf_mark_and_its_lead_in(
        string note, string? archive, string folio, string author, string title, string page)
    {
        var all = RulesOnly.Parse(note);
        all.Count.ShouldBe(2);
        var a = all[0].ShouldBeOfType<ArchivalCitation>();
        if (archive is not null) Archive(a).ShouldBe(archive);
        a.Locator!.Value.ShouldBe(folio);
        var p = all[1].ShouldBeOfType<PublicationCitation>();
        RulesOnly.Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
        p.Locator!.Value.ShouldBe(page);
    }

    [Theory]
    [InlineData("GARF, f. 5446, op. 1, d. 12, l. 3. The letter was never answered.")]
    [InlineData("RGASPI, f. 558, op. 11, d. 728, ll. 40–42. Stalin underlined the last paragraph twice.")]
    [InlineData("TsGAA, f. 1022, op. 2, d. 7, l. 14 ob. The copy is in Russian, the original in Armenian.")]
    public void A_sentence_of_prose_after_a_shelf_mark_is_no_part_of_it_and_no_citation(string note)
    {
        var a = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.Unread.ShouldBeEmpty();
        a.Levels.Count.ShouldBe(3);
        a.Locator.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("GARF. F.R-9478. Op.1. D. 2. L.3-4.", "R-9478", "1", "2", "3-4")]
    [InlineData("RGASPI, f. 17, op. 3, d. 1. L. 5.", "17", "3", "1", "5")]
    public void Levels_after_full_stops_are_no_sentences(string note, string fond, string opis, string delo, string folio)
    {
        var a = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.Level(ArchivalLevelKind.Fond).ShouldBe(fond);
        a.Level(ArchivalLevelKind.Opis).ShouldBe(opis);
        a.Level(ArchivalLevelKind.Delo).ShouldBe(delo);
        a.Locator!.Value.ShouldBe(folio);
    }

    // ---- lead-ins between citations of publications ----

    [Theory]
    [InlineData("Zemskov, \"Gulag,\" Sotsiologicheskie issledovaniia (1991), no. 6, 10–27. See also Edwin Bacon, The Gulag at War (New York, 1994), 151.", "Bacon", "The Gulag at War", "151")]
    [InlineData("Speech of 6 November 1941, printed the next day. For background, see Andrew Nagorski, The Greatest Battle (New York, 2007), 217–42.", "Nagorski", "The Greatest Battle", "217-42")]
    [InlineData("The decree was never published. Given in Nikita Lomagin, Neizvestnaia blokada (St Petersburg: Neva, 2002), 320–23.", "Lomagin", "Neizvestnaia blokada", "320-23")]
    public void A_lead_in_sentence_opens_a_citation_and_the_prose_before_it_stays_out(string note, string author, string title, string page)
    {
        var p = RulesOnly.Parse(note)[^1].ShouldBeOfType<PublicationCitation>();
        RulesOnly.Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
        p.Locator!.Value.ShouldBe(page);
    }

    [Fact]
    public void A_prose_sentence_with_numbers_before_a_lead_in_makes_no_citation()
    {
        var all = RulesOnly.Parse("The figures are for January 1 of each year. See V. N. Zemskov, \"Arkhipelag Gulag,\" Argumenty i fakty (1989), 6–7.");
        var p = all.ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        RulesOnly.Families(p.Authors).ShouldBe("Zemskov");
        p.Locator!.Value.ShouldBe("6-7");
    }

    [Theory]
    [InlineData("Ivanov, Istoriia Kavkaza (Moscow, 1985), 112. See esp. chap. 3.")]
    [InlineData("Ivanov, Istoriia Kavkaza (Moscow, 1985), 112. Cf. below, note 14.")]
    public void A_lead_in_before_a_remark_is_no_second_citation(string note)
    {
        var p = RulesOnly.Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        p.Title!.Value.ShouldBe("Istoriia Kavkaza");
        p.Locator!.Value.ShouldBe("112");
    }

    // ---- a citation, "and", a shelf mark ----

    [Theory]
    [InlineData("Ivanov, Istoriia Kavkaza, 112, and RGASPI, f. 17, op. 3, d. 1, l. 5.", "Ivanov", "RGASPI", "5")]
    [InlineData("Suny, Baku Commune, 88, and GARF, f. 1318, op. 1, d. 44, ll. 2–3.", "Suny", "GARF", "2-3")]
    public void A_shelf_mark_joined_by_and_to_a_publication_is_a_citation_of_its_own(string note, string author, string archive, string folio)
    {
        var all = RulesOnly.Parse(note);
        all.Count.ShouldBe(2);
        RulesOnly.Families(all[0].ShouldBeOfType<PublicationCitation>().Authors).ShouldBe(author);
        var a = all[1].ShouldBeOfType<ArchivalCitation>();
        Archive(a).ShouldBe(archive);
        a.Locator!.Value.ShouldBe(folio);
    }

    // ---- a Russian lead-in without a colon ----

    [Theory]
    [InlineData("Об этом же писал Иванов И. И. История Кавказа. М.: Наука, 1985. С. 5.", "Иванов", "История Кавказа", "5")]
    [InlineData("Эту точку зрения разделяет И. И. Петров. Очерки истории Грузии. Тбилиси, 1990. С. 12.", "Петров", "Очерки истории Грузии", "12")]
    [InlineData("Подробно события описаны у Алиева Р. Г. Бакинская коммуна. Баку: Элм, 1978. С. 41–43.", "Алиева", "Бакинская коммуна", "41-43")]
    public void A_russian_phrase_before_the_name_without_a_colon_stays_out_of_every_field(string note, string author, string title, string page)
    {
        var p = RulesOnly.Publication(note);
        RulesOnly.Families(p.Authors).ShouldBe(author);
        p.Title!.Value.ShouldBe(title);
        p.Locator!.Value.ShouldBe(page);
    }

    [Fact]
    public void A_document_described_before_its_shelf_mark_keeps_the_names_of_its_description()
    {
        var a = RulesOnly.Parse("Записка наркома Берия Л. П. Сталину. 12 мая 1944 г. // ГАРФ. Ф. 9401. Оп. 2. Д. 64. Л. 5.")
            .ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.Level(ArchivalLevelKind.Fond).ShouldBe("9401");
        a.Locator!.Value.ShouldBe("5");
    }

    // ---- notes of prose alone ----

    [Theory]
    [InlineData("The letter was never sent, and Stalin did not reply to any of the later ones either.")]
    [InlineData("Death-toll estimates are very approximate. The rumour at the time was of 17,000 lives lost.")]
    [InlineData("Письмо так и не было отправлено в Москву, и ответа на него не последовало.")]
    [InlineData("Bu məktub heç vaxt göndərilmədi və ona cavab da gəlmədi, arxivdə yalnız surəti qalıb.")]
    public void A_note_of_prose_alone_makes_no_citation(string note) =>
        CitationParser.ParseFootnote(note).ShouldBeEmpty();

    [Fact]
    public void A_prose_part_before_a_semicolon_makes_no_citation_and_the_citation_after_it_is_read()
    {
        var all = RulesOnly.Parse("Estimates of the losses at the time were very approximate indeed; see Ivanov, Istoriia Kavkaza (Moscow, 1985), 112.");
        var p = all.ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        RulesOnly.Families(p.Authors).ShouldBe("Ivanov");
        p.Locator!.Value.ShouldBe("112");
    }

    [Theory]
    [InlineData("Ivanov, The making of the new order in the villages of the Caucasus.")]
    [InlineData("Иванов И. И. История рабочего движения в городах и сёлах закавказья.")]
    [InlineData("«Письмо так и не было отправлено в Москву, и ответа на него не последовало».")]
    public void A_title_cited_bare_or_quoted_is_not_taken_for_prose(string note) =>
        CitationParser.ParseFootnote(note).ShouldHaveSingleItem();

    // ---- a topic, a colon, a citation: sentence after sentence ----

    [Theory]
    [InlineData("The quarrel over the money in the party centre: Boris Souvarine, Staline (Paris: Plon, 1935), pp. 33–35. Kamo on the train with the policeman's daughter: Ivane Bibineishvili, Za chetvert' veka (Moscow, 1931), pp. 92–94.", "Souvarine", "Bibineishvili", "Za chetvert' veka", "92-94")]
    [InlineData("The riots in the oil district after the strike: Ronald Suny, The Baku Commune (Princeton, 1972), 88. Deportations from the border villages in the spring: Pavel Polian, Ne po svoei vole (Moscow, 2001), 120.", "Suny", "Polian", "Ne po svoei vole", "120")]
    public void Each_sentence_of_a_topic_and_its_citation_is_read(string note, string first, string second, string title, string page)
    {
        var all = RulesOnly.Parse(note);
        all.Count.ShouldBe(2);
        RulesOnly.Families(all[0].ShouldBeOfType<PublicationCitation>().Authors).ShouldBe(first);
        var p = all[1].ShouldBeOfType<PublicationCitation>();
        RulesOnly.Families(p.Authors).ShouldBe(second);
        p.Title!.Value.ShouldBe(title);
        p.Locator!.Value.ShouldBe(page);
    }

    [Fact]
    public void A_title_and_its_subtitle_after_a_citation_are_not_taken_for_a_topic()
    {
        var all = RulesOnly.Parse("Ivanov, Istoriia Kavkaza, 112. Suny, The Making of the Georgian Nation: A Study (Bloomington, 1988), 45.");
        all.Count.ShouldBe(2);
        all[1].ShouldBeOfType<PublicationCitation>().Title!.Value.ShouldBe("The Making of the Georgian Nation: A Study");
    }

    // ---- commentary after a citation ----

    [Theory]
    [InlineData("Ivanov, Istoriia Kavkaza, 112 (emphasis added).")]
    [InlineData("Ivanov, Istoriia Kavkaza, 112 (my translation).")]
    [InlineData("Ivanov, Istoriia Kavkaza (Moscow: Nauka, 1985), 112, where he argues that the decree was never applied.")]
    public void A_remark_after_the_page_reaches_neither_the_title_nor_the_locator(string note)
    {
        var p = RulesOnly.Publication(note);
        p.Title!.Value.ShouldBe("Istoriia Kavkaza");
        p.Locator!.Value.ShouldBe("112");
    }
}
