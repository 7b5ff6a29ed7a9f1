using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Classes of Azerbaijani references whose imprint is followed by more than a page, read by the rules alone: the book's
/// part, its edition and its extent after the year, a page in brackets after the extent, a volume after a GOST dash; and
/// the lead-ins Azerbaijani authors write before a reference; a place joined to its year by a hyphen (<c>Баку-1985</c>). Every example is invented for its class.
/// </summary>
public class AzerbaijaniImprintTailTests
{
    private static void Check(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Süleymanov Ə. Qarabağ salnaməsi. Bakı: Elm, 1992, II hissə, s. 14.", "authors=Süleymanov | title=Qarabağ salnaməsi | place=Bakı | publisher=Elm | year=1992 | locator=14")]
    [InlineData("Hüseynzadə R. Şəki. Gəncə, Elm, 2004. I kitab. 210 s.", "authors=Hüseynzadə | title=Şəki | place=Gəncə | publisher=Elm | year=2004")]
    [InlineData("Vəliyeva N. Türk dilləri. Bakı: Maarif, 1999. 3-cü nəşr. 412 s.", "authors=Vəliyeva | title=Türk dilləri | place=Bakı | publisher=Maarif | year=1999")]
    [InlineData("Qəhrəmanov C. Nəsimi. Bakı, Yazıçı, 1987, 2-ci nəşr, səh. 65.", "authors=Qəhrəmanov | title=Nəsimi | place=Bakı | publisher=Yazıçı | year=1987 | locator=65")]
    public void A_part_or_an_edition_after_the_year_is_recorded_nowhere(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Nəzərli T. Şirvan memarlığı. Bakı, Elm, 2010, 240 s. (s. 17)", "authors=Nəzərli | title=Şirvan memarlığı | place=Bakı | publisher=Elm | year=2010 | locator=17")]
    [InlineData("Əsgərova M. Naxçıvan. Bakı: Nurlan, 2006. 180 səh. (səh. 33-35)", "authors=Əsgərova | title=Naxçıvan | place=Bakı | publisher=Nurlan | year=2006 | locator=33-35")]
    public void A_page_in_brackets_after_the_extent_is_the_locator(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Azərbaycan tarixi. - Bakı, 2001. - C.3. - S. 210.", "title=Azərbaycan tarixi | place=Bakı | year=2001 | volume=3 | locator=210")]
    [InlineData("Qafqaz xalqları. – Bakı: Elm, 1995. – C. 2. – S. 8.", "title=Qafqaz xalqları | place=Bakı | publisher=Elm | year=1995 | volume=2 | locator=8")]
    public void A_volume_after_the_year_and_a_GOST_dash_is_read(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Нагиев А. История Ширвана. Баку-1985, с. 12.", "authors=Нагиев | title=История Ширвана | place=Баку | year=1985 | locator=12")]
    [InlineData("Гусейнов Р. Очерки истории Гянджи. Баку–1991.", "authors=Гусейнов | title=Очерки истории Гянджи | place=Баку | year=1991")]
    [InlineData("Rüstəmov Y. Qarabağ tarixi. Bakı-1998, s. 45.", "authors=Rüstəmov | title=Qarabağ tarixi | place=Bakı | year=1998 | locator=45")]
    [InlineData("Əliyev K. Qədim Şəki. Gəncə-2011, səh. 8", "authors=Əliyev | title=Qədim Şəki | place=Gəncə | year=2011 | locator=8")]
    public void A_place_joined_to_its_year_by_a_hyphen_gives_both(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Очерки истории СССР, 1917-1921", "title=Очерки истории СССР, 1917-1921")]
    public void A_span_of_years_closing_a_title_is_no_place_and_year(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Ətraflı bax: Rüstəmli A. Gəncə xanlığı. Bakı, 2004, s. 9.", "authors=Rüstəmli | title=Gəncə xanlığı | place=Bakı | year=2004 | locator=9")]
    [InlineData("Həmçinin bax: Mehdiyev N. Şuşa. Bakı: Gənclik, 1991, s. 12.", "authors=Mehdiyev | title=Şuşa | place=Bakı | publisher=Gənclik | year=1991 | locator=12")]
    [InlineData("Müqayisə et: Abbasov Q. Lənkəran. Bakı, Elm, 1977, s. 40.", "authors=Abbasov | title=Lənkəran | place=Bakı | publisher=Elm | year=1977 | locator=40")]
    [InlineData("Bu barədə bax: Salmanov Y. Quba. Bakı, 2012, s. 3.", "authors=Salmanov | title=Quba | place=Bakı | year=2012 | locator=3")]
    public void An_Azerbaijani_lead_in_stays_out_of_the_author_and_title(string note, string expected) => Check(note, expected);

    [Theory]
    [InlineData("Cəfərova L. Xalq təbabəti. Bakı: Elm, 2000. 210 s.")]
    [InlineData("Cəfərova L. Xalq təbabəti. Bakı: Elm, 2000, 2-ci nəşr, II hissə, 210 s.")]
    public void The_tail_leaves_the_year_and_publisher_of_a_plain_imprint_alone(string note) =>
        Check(note, "authors=Cəfərova | title=Xalq təbabəti | place=Bakı | publisher=Elm | year=2000");
}
