using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Classes of Azerbaijani references as lists of literature and library bibliographies write them, read by the rules
/// alone: imprints without an Azerbaijani word, <c>səh</c> without its full stop, volumes (<c>2-ci cild</c>, <c>III c.</c>,
/// <c>c. 3</c>), pieces in quoted journals and newspapers, compilers and editors, the storage unit written in full.
/// Every example is invented for its class (names, titles, places and publishers vary on purpose).
/// </summary>
public class AzerbaijaniListClassesTests
{
    private static void Check(string note, string expected, string? before = null) => RulesOnly.Check(note, expected, before);

    [Theory]
    // No word of the reference is Azerbaijani: the place tells, by its letters or as Baku.
    [InlineData("Bakı, Yazıçı, 1989", "place=Bakı | publisher=Yazıçı | year=1989")]
    [InlineData("B.: Maarif, 1990", "place=B. | publisher=Maarif | year=1990")]
    [InlineData("Bakı: Elm, 1985", "place=Bakı | publisher=Elm | year=1985")]
    [InlineData("Şuşa, Qarabağ, 1999, s. 14", "place=Şuşa | publisher=Qarabağ | year=1999 | locator=14")]
    [InlineData("Baku, \"Maarif\", 1975.", "place=Baku | publisher=Maarif | year=1975")]
    [InlineData("Quliyev V. Şirvan tarixi. Bakı: Yazıçı, 1989.", "authors=Quliyev | title=Şirvan tarixi | place=Bakı | publisher=Yazıçı | year=1989")]
    public void An_imprint_without_an_Azerbaijani_word_is_read_by_its_place(string note, string expected) => Check(note, expected);

    [Fact]
    public void An_English_note_with_a_comma_imprint_is_not_taken_for_an_Azerbaijani_one()
    {
        var before = CitationParser.Mode;
        CitationParser.Mode = ParserMode.Rules;
        try
        {
            var p = CitationParser.ParseFootnote("Ivanov, Istoriia, Moscow, Nauka, 1985").ShouldHaveSingleItem();
            (p is PublicationCitation { Place.Value: "Ivanov" }).ShouldBeFalse();
        }
        finally { CitationParser.Mode = before; }
    }

    [Fact]
    public void Two_imprints_read_alone_are_two_books()
    {
        var document = BibliographyPipeline.ParseFootnotes(["Bakı, Yazıçı, 1989", "Gəncə, Elm, 2001, səh. 9"]).Document;
        document.Items.Count.ShouldBe(2);
        document.Items.Select(i => i.PublisherPlace).ShouldBe(["Bakı", "Gəncə"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Quliyev V. Şirvan. Bakı, Gənclik, 1978, səh 112.", "authors=Quliyev | title=Şirvan | place=Bakı | publisher=Gənclik | year=1978 | locator=112")]
    [InlineData("Kazımov N. Lənkəran bölgəsi. Bakı, 1999, səh 7-9", "authors=Kazımov | title=Lənkəran bölgəsi | place=Bakı | year=1999 | locator=7-9")]
    public void Seh_without_its_full_stop_is_the_page(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Ü. Hacıbəyli. Əsərləri. 2-ci cild. Bakı, 1965, səh. 40.", "authors=Hacıbəyli | title=Əsərləri | volume=2 | place=Bakı | year=1965 | locator=40")]
    [InlineData("S. Vurğun. Seçilmiş əsərləri, III c., Bakı, Yazıçı, 1985, s. 12.", "authors=Vurğun | title=Seçilmiş əsərləri | volume=III | place=Bakı | publisher=Yazıçı | year=1985 | locator=12")]
    [InlineData("Nizami Gəncəvi. Lirika. IV c. Bakı, Elm, 1981, səh. 77.", "title=Nizami Gəncəvi. Lirika | volume=IV | place=Bakı | publisher=Elm | year=1981 | locator=77")]
    [InlineData("Naxçıvan tarixi. 3 cilddə, c. 2, Bakı, Elm, 1998.", "title=Naxçıvan tarixi | volume=2 | place=Bakı | publisher=Elm | year=1998")]
    [InlineData("Şəki tarixi. Bakı, Təhsil, 2004, c. 1, s. 56.", "title=Şəki tarixi | volume=1 | place=Bakı | publisher=Təhsil | year=2004 | locator=56")]
    [InlineData("Azərbaycan incəsənəti: beş cilddə. V cild. Bakı: Şərq-Qərb, 2009, 400 s.", "title=Azərbaycan incəsənəti | volume=V | place=Bakı | publisher=Şərq-Qərb | year=2009")]
    public void A_volume_is_read_in_each_of_its_spellings(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Sultanov H. \"Köç\". \"Azərbaycan\" jurnalı, 1985, N 5, səh. 120.",
        "authors=Sultanov | title=Köç | container=Azərbaycan | year=1985 | issue=5 | locator=120")]
    [InlineData("R. Əfəndi. «Qədim Bərdə». «Elm və həyat» jurnalı, 1979, № 3, s. 14-16.",
        "authors=Əfəndi | title=Qədim Bərdə | container=Elm və həyat | year=1979 | issue=3 | locator=14-16")]
    [InlineData("T.Z.Nağıyev. \"Şirvan xalçaları\". \"Qobustan\" jurnalı, 1991, Ns4.",
        "authors=Nağıyev | title=Şirvan xalçaları | container=Qobustan | year=1991 | issue=4")]
    [InlineData("Məlikova L. \"Sənət yolu\". \"Kommunist\" qəzeti, 1967, 5 mart, səh. 3.",
        "authors=Məlikova | title=Sənət yolu | container=Kommunist | year=1967 | locator=3")]
    [InlineData("Kərimov Ş. \"Xatirələr\". \"Ədəbiyyat qəzeti\", 1990, 12 yanvar.",
        "authors=Kərimov | title=Xatirələr | container=Ədəbiyyat qəzeti | year=1990")]
    [InlineData("«Azərbaycan» jurnalı, 1984, № 5, s. 12.", "container=Azərbaycan | year=1984 | issue=5 | locator=12")]
    public void A_piece_in_a_quoted_journal_or_newspaper_gives_its_container(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Xalq nağılları. Tərt. edən: H. Qasımlı. Bakı, Elm, 1994, 340 s.", "compilers=Qasımlı | title=Xalq nağılları | place=Bakı | publisher=Elm | year=1994")]
    [InlineData("Bayatılar. Tərtib edəni: A. Nəbiyev. Bakı, Yazıçı, 1980.", "compilers=Nəbiyev | title=Bayatılar | place=Bakı | publisher=Yazıçı | year=1980")]
    [InlineData("Koroğlu. Tərtib edən və ön sözün müəllifi M. Təhmasib. Bakı, Elm, 1982, 289 s.", "compilers=Təhmasib | title=Koroğlu | place=Bakı | publisher=Elm | year=1982")]
    [InlineData("Seçilmiş şeirlər. Redaktoru Ə. Sultanlı. Bakı, Azərnəşr, 1960, səh. 10.", "editors=Sultanlı | title=Seçilmiş şeirlər | place=Bakı | publisher=Azərnəşr | year=1960 | locator=10")]
    [InlineData("Həsənov, R. Qəbələ tarixi [Mətn] / R. Həsənov; elmi red. T. Vəliyev. - Bakı: Elm, 2010. - 200 s.", "editors=Vəliyev | place=Bakı | publisher=Elm | year=2010")]
    public void Compilers_and_editors_are_read_in_their_Azerbaijani_words(string note, string expected) => Check(note, expected);

    [Fact]
    public void The_author_named_again_after_the_slash_is_no_part_of_the_title() =>
        Check("Məmmədli M. Gəncə xanlığı / M. Məmmədli. – Bakı : Nurlan, 2005. – 320 s.", "authors=Məmmədli | title=Gəncə xanlığı | place=Bakı | publisher=Nurlan | year=2005");

    [Theory]
    // A library catalogue's heading (a comma after the family name), the extent after a full stop or a dash.
    [InlineData("Rzayev, T. Lənkəran xanlığı. Bakı: Elm, 2010. 200 s.", "authors=Rzayev | title=Lənkəran xanlığı | place=Bakı | publisher=Elm | year=2010")]
    [InlineData("Səfərli, N. Gəncə tarixi. - Bakı: Nurlan, 2003. - 180 s.", "authors=Səfərli | title=Gəncə tarixi | place=Bakı | publisher=Nurlan | year=2003")]
    [InlineData("Əhmədova N. Xalça sənəti. Bakı: Şuşa, 1985.-320 s.", "authors=Əhmədova | title=Xalça sənəti | place=Bakı | publisher=Şuşa | year=1985")]
    // Two names without initials: the family name by its ending, first or second.
    [InlineData("Məmmədov Cahangir. Nəsrimiz. Bakı: Yazıçı, 1984, 123 s.", "authors=Məmmədov | title=Nəsrimiz | place=Bakı | publisher=Yazıçı | year=1984")]
    [InlineData("Rəna Hacıbəyli. Muğam dünyası. Bakı, Elm, 2001, s. 9.", "authors=Hacıbəyli | title=Muğam dünyası | place=Bakı | publisher=Elm | year=2001 | locator=9")]
    [InlineData("Əli Quliyev. Kənd təsərrüfatı. Bakı, 1972.", "authors=Quliyev | title=Kənd təsərrüfatı | place=Bakı | year=1972")]
    // "Bax" (see) is prose.
    [InlineData("Bax: Z.Bünyadov. Azərbaycan Atabəylər dövləti. Bakı, Elm, 1985, s. 44.", "authors=Bünyadov | title=Azərbaycan Atabəylər dövləti | place=Bakı | publisher=Elm | year=1985 | locator=44")]
    [InlineData("Bax həmçinin: Vəliyev K. Şamaxı. Bakı, Gənclik, 1990, s. 5.", "authors=Vəliyev | title=Şamaxı | place=Bakı | publisher=Gənclik | year=1990 | locator=5")]
    public void The_heading_of_a_list_entry_gives_its_author(string note, string expected) => Check(note, expected);

    [Theory]
    // The initial glued to the title's first letter: the family name and the initial still head the entry.
    [InlineData("Əliyev R.Şəki xanlığı. Bakı, Elm, 1987, s. 44.", "authors=Əliyev | title=Şəki xanlığı | place=Bakı | publisher=Elm | year=1987 | locator=44")]
    [InlineData("Nəsirova S.Muğam sənəti. Bakı: Şərq-Qərb, 2006.", "authors=Nəsirova | title=Muğam sənəti | place=Bakı | publisher=Şərq-Qərb | year=2006")]
    [InlineData("Hacıyeva Z.Qarabağ xalçaları. Bakı: Elm, 1999, s. 9.", "authors=Hacıyeva | title=Qarabağ xalçaları | place=Bakı | publisher=Elm | year=1999 | locator=9")]
    public void An_initial_glued_to_the_title_ends_the_heading(string note, string expected) => Check(note, expected);

    [Theory]
    // A piece in a collection: the collection after "//" is the container, the imprint after a spaced dash.
    [InlineData("Quliyev A. Xalq teatrı // Azərbaycan folkloru: Məqalələr toplusu – Bakı, 1982. – s. 40-52.", "authors=Quliyev | title=Xalq teatrı | container=Azərbaycan folkloru: Məqalələr toplusu | place=Bakı | year=1982 | locator=40-52")]
    [InlineData("Səlimova N. Aşıq sənəti // Folklor və ədəbiyyat – Bakı: Elm, 2004. – s. 7-19.", "authors=Səlimova | title=Aşıq sənəti | container=Folklor və ədəbiyyat | place=Bakı | publisher=Elm | year=2004 | locator=7-19")]
    [InlineData("Rzayev T. Qəbələ // Tarix və onun problemləri, Bakı, 2001, s. 55.", "authors=Rzayev | title=Qəbələ | container=Tarix və onun problemləri | place=Bakı | year=2001 | locator=55")]
    public void A_collection_after_the_double_slash_is_the_container(string note, string expected) => Check(note, expected);

    [Fact]
    public void Two_capitalised_title_words_are_no_name() =>
        Check("Azərbaycan Respublikası. Bakı, Elm, 1998.", "title=Azərbaycan Respublikası | place=Bakı | publisher=Elm | year=1998");

    [Theory]
    // A quoted paper without its kind word is told by what follows it: a day and month, a number, a date in numbers.
    [InlineData("Hüseynov R. Muğam gecəsi. «Bakı», 1981, 14 fevral.", "authors=Hüseynov | title=Muğam gecəsi | container=Bakı | year=1981")]
    [InlineData("Yeni tamaşa («Koroğlu»). «Azərbaycan gəncləri», 9 oktyabr, 1976.", "title=Yeni tamaşa | container=Azərbaycan gəncləri | year=1976")]
    [InlineData("Nəbiyeva S. Şuşa konserti. «Xalq qəzeti»- 14.05.89", "authors=Nəbiyeva | title=Şuşa konserti | container=Xalq qəzeti | year=89")]
    [InlineData("Teatr mövsümü açıldı «Sevil» tamaşası ilə. «Vışka»-3.10.1977", "title=Teatr mövsümü açıldı «Sevil» tamaşası ilə | container=Vışka | year=1977")]
    [InlineData("«Bakinski raboçi» ¹ 120, 1964, 22 may, s.2.", "container=Bakinski raboçi | issue=120 | year=1964 | locator=2")]
    [InlineData("Xalça sərgisi. «Elm və həyat»-1979. № 8", "title=Xalça sərgisi | container=Elm və həyat | year=1979 | issue=8")]
    [InlineData("Musayeva L. Xalq mahnıları. «Qobustan», № 3-4, 1988, s. 20-24.", "authors=Musayeva | title=Xalq mahnıları | container=Qobustan | issue=3-4 | year=1988 | locator=20-24")]
    public void A_quoted_paper_without_its_kind_word_is_read_by_its_date(string note, string expected) => Check(note, expected);

    [Theory]
    // A paper named without quotation marks after a dash: the day and month by its year tell a paper, not a book's place.
    [InlineData("«Koroğlu» Parisdə.- Kommunist, 1961, 5 iyun", "title=«Koroğlu» Parisdə | container=Kommunist | year=1961")]
    [InlineData("R.Qasımov. Opera teatrında yeni mövsüm- Bakı ,1972, 14 sentyabr. Qeydlər", "authors=Qasımov | title=Opera teatrında yeni mövsüm | container=Bakı | year=1972")]
    [InlineData("Əliyev T.«Sevil» yenidən səhnədə-Ədəbiyyat və incəsənət, 3 mart, 1984", "authors=Əliyev | title=«Sevil» yenidən səhnədə | container=Ədəbiyyat və incəsənət | year=1984")]
    [InlineData("Hüseynova M.Yeni tamaşa.- Azərbaycan gəncləri, 1979, 8 aprel", "authors=Hüseynova | title=Yeni tamaşa | container=Azərbaycan gəncləri | year=1979")]
    public void A_paper_after_a_dash_is_told_by_its_day_and_month(string note, string expected) => Check(note, expected);

    [Fact]
    public void A_book_after_a_dash_keeps_its_place() =>
        Check("Quliyev V. Şirvan tarixi.- Bakı, 1989.- 200 s.", "authors=Quliyev | title=Şirvan tarixi | place=Bakı | year=1989");

    [Fact]
    public void A_quoted_title_followed_by_its_year_alone_is_no_paper()
    {
        var p = RulesOnly.Publication("Əliyev M. «Gəncə tarixi», 1990, s. 14.");
        p.ContainerTitle.ShouldBeNull();
        p.Title.ShouldNotBeNull().Value.Trim('«', '»').ShouldBe("Gəncə tarixi");
        p.Year.ShouldNotBeNull().Value.ShouldBe("1990");
    }

    [Theory]
    [InlineData("“Kommunist” qəzeti, 14 aprel 1965-ci il, № 88", "container=Kommunist | year=1965 | issue=88")]
    [InlineData("\"Ədəbiyyat qəzeti\", 9 noyabr 2012-ci il, № 44, s. 5.", "container=Ədəbiyyat qəzeti | year=2012 | issue=44 | locator=5")]
    [InlineData("«Bakı» qəzeti, 30 sentyabr 1979-cu il.", "container=Bakı | year=1979")]
    [InlineData("«Yeni Azərbaycan» qəzeti, 1 mart 2006-cı il, № 47, səh. 3", "container=Yeni Azərbaycan | year=2006 | issue=47 | locator=3")]
    public void A_paper_dated_with_the_ordinal_year_is_read(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("ARDA, f. 28, siy. 1, saxlama vahidi 45, vərəq 12 arxa", "archive=ARDA | fond=28 | opis=1 | delo=45 | locator=12 arxa")]
    [InlineData("ARPİİSSA, fond 1, siyahı 74, Saxlama vahidi 112, vv. 3-5", "archive=ARPİİSSA | fond=1 | opis=74 | delo=112 | locator=3-5")]
    public void The_storage_unit_written_in_full_is_the_delo(string note, string expected) => Check(note, expected);
}
