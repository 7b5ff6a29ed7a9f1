using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Entries of an author–date list of literature, the year in parentheses after the names and only commas after it
/// (<c>Family Given (Year) Title, Place, Publisher</c>), as Azerbaijani and Turkish theses print them, read by the rules
/// alone. Every example is invented for its class.
/// </summary>
public class AuthorYearListTests
{
    private static void Check(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Məmmədov Rafiq Əli (2004) Şirvan aşıq mühiti, Bakı, Nurlan", "authors=Məmmədov | title=Şirvan aşıq mühiti | place=Bakı | publisher=Nurlan | year=2004")]
    [InlineData("Yıldırım Hasan ( 1987) Anadolu masalları, Ankara, Kültür Bakanlığı yayınları", "authors=Yıldırım | title=Anadolu masalları | place=Ankara | publisher=Kültür Bakanlığı yayınları | year=1987")]
    [InlineData("Кулиева Г.М., Ахмедов Р.С. (1989) Народные песни Ширвана, Баку, Элм", "authors=Кулиева; Ахмедов | title=Народные песни Ширвана | place=Баку | publisher=Элм | year=1989")]
    [InlineData("Əlizadə Səbinə (2011) Naxçıvan dastanları, II cild, Bakı, Elm və təhsil", "authors=Əlizadə | title=Naxçıvan dastanları | volume=II | place=Bakı | publisher=Elm və təhsil | year=2011")]
    public void Names_a_year_in_parentheses_then_title_place_and_publisher(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Tahirov Kamal (1979) Ağsu, Qobustan, Şamaxı və İsmayıllı kəndlərinin adları, Bakı, Maarif", "authors=Tahirov | title=Ağsu, Qobustan, Şamaxı və İsmayıllı kəndlərinin adları | place=Bakı | publisher=Maarif | year=1979")]
    [InlineData("Halk masalları (1941) Maarif Vekaleti yayınları, sayı 9, İstanbul, Devlet Basımevi", "title=Halk masalları | place=İstanbul | publisher=Devlet Basımevi | year=1941")]
    [InlineData("Koroğlu (Tam mətn), (1997), Bakı, Yazıçı", "title=Koroğlu | place=Bakı | publisher=Yazıçı | year=1997")]
    [InlineData("Köy türküleri (1936) İstanbul, Ülkü Basımevi", "title=Köy türküleri | place=İstanbul | publisher=Ülkü Basımevi | year=1936")]
    public void The_last_place_opens_the_imprint_and_a_title_head_keeps_its_words(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Sultanlı Vaqif Həsən (1998) Qaçaq Nəbi haqqında, “Ulduz”, Bakı: sayı 5, s. 31-36", "authors=Sultanlı | title=Qaçaq Nəbi haqqında | container=Ulduz | place=Bakı | year=1998 | issue=5 | locator=31-36")]
    [InlineData("Köse Ali (2003) Âşık edebiyatı üzerine, «Türk Dili», Ankara: sayı 611, s. 12-19", "authors=Köse | title=Âşık edebiyatı üzerine | container=Türk Dili | place=Ankara | year=2003 | issue=611 | locator=12-19")]
    [InlineData("Sultanlı Vaqif Həsən (1998) Qaçaq Nəbi haqqında, ‘Ulduz’, Bakı: sayı 5, s. 31-36", "authors=Sultanlı | title=Qaçaq Nəbi haqqında | container=Ulduz | place=Bakı | year=1998 | issue=5 | locator=31-36")]
    public void A_quoted_journal_after_the_title_makes_an_article(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Stalin (1935) wrote to Molotov from Sochi, then returned to Moscow.")]
    [InlineData("Əliyev Kamil (2001) bu məsələyə toxunmuşdur.")]
    public void A_name_and_a_year_in_prose_are_no_list_entry(string note) =>
        RulesOnly.Parse(note).OfType<PublicationCitation>().ShouldAllBe(p => p.Place == null && p.Publisher == null);

    [Theory]
    [InlineData("Robert Conquest (1986) The Harvest of Sorrow, London, Hutchinson", "Robert")]
    [InlineData("Ronald Suny (1994) The Making of the Georgian Nation, Bloomington, Indiana University Press", "Ronald")]
    public void An_English_note_naming_the_given_name_first_is_left_to_the_other_readers(string note, string given) =>
        RulesOnly.Parse(note).OfType<PublicationCitation>().ShouldAllBe(p => p.Authors.Count == 0 || p.Authors[0].Family != given);
    [Theory]
    [InlineData("Jürgen Habermas (1981) Theorie des kommunikativen Handelns, Frankfurt, Suhrkamp.", "Jürgen")]
    [InlineData("François Furet (1978) Penser la Révolution française, Paris, Gallimard, p. 12.", "François")]
    [InlineData("Günter Grass (1999) Mein Jahrhundert, Göttingen, Steidl", "Günter")]
    public void A_German_or_French_given_name_first_is_no_Turkic_family_name(string note, string given) =>
        RulesOnly.Parse(note).OfType<PublicationCitation>().ShouldAllBe(p => p.Authors.Count == 0 || p.Authors[0].Family != given);

    [Theory]
    [InlineData("Cəmşidov Şamil (1999) Azərbaycan folkloru, Bakı, Elm", "Cəmşidov", "Şamil")]
    [InlineData("Məmmədov Rafiq Əli (2004) Şirvan aşıq mühiti, Bakı, Nurlan", "Məmmədov", "Rafiq Əli")]
    public void A_name_in_full_keeps_its_given_name(string note, string family, string given)
    {
        var author = RulesOnly.Parse(note).OfType<PublicationCitation>().Single().Authors.Single();
        author.Family.ShouldBe(family);
        author.Given.ShouldBe(given);
    }

    [Theory]
    [InlineData("Короглы Х.Г. (1996) Тюркский эпос, Баку, Язычы, с. 45.", "Язычы", "45")]
    [InlineData("Smith J. (1999) Stalin, London, Macmillan, pp. 4-5.", "Macmillan", "4-5")]
    [InlineData("Cəmşidov Şamil (1999) Azərbaycan folkloru, Bakı, Elm, s. 12-14.", "Elm", "12-14")]
    public void A_page_after_the_publisher_is_the_locator(string note, string publisher, string page)
    {
        var item = RulesOnly.Parse(note).OfType<PublicationCitation>().Single();
        item.Publisher!.Value.ShouldBe(publisher);
        item.Locator.ShouldNotBeNull().Value.ShouldBe(page);
    }
}
