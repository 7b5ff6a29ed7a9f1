using Bibliography.Parsing;
using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// What an Azerbaijani book reference writes between its title and its imprint, read by the rules alone: roles that name
/// people in full (<c>Redaktor: Həsən Quliyev</c>, <c>Tərtib edən: …</c>, <c>Ön sözün müəllifi …</c>), parts written number
/// first (<c>I kitab</c>, <c>2-ci hissə</c>), and the headings of library records with a patronymic. Every example is
/// invented for its class.
/// </summary>
public class AzerbaijaniHeadStatementsTests
{
    [Theory]
    [InlineData("Qasımov F. Şirvanşahlar. Redaktor: Həsən Quliyev. Bakı: Elm, 1980, 180 s.", "Şirvanşahlar", "Quliyev", "")]
    [InlineData("Cəfərov N. Seçilmiş əsərləri. Elmi redaktoru: Teymur Kərimli. Bakı, Elm, 2005, səh. 40", "Seçilmiş əsərləri", "Kərimli", "")]
    [InlineData("Lənkəran xanlığı sənədlərdə / Tərtib edən: Aynur Səfərova. Bakı: Nurlan, 2011, 300 s.", "Lənkəran xanlığı sənədlərdə", "", "Səfərova")]
    [InlineData("Şəki abidələri. Tərtibçilər: Rauf Həsənli, Samirə Quliyeva. Redaktor: Məmmədov Cahangir. Bakı, Gənclik, 1999", "Şəki abidələri", "Məmmədov", "Həsənli; Quliyeva")]
    [InlineData("Bakıxanov A. Gülüstani-İrəm. Ön sözün müəllifi Ziya Bünyadov. Bakı: Elm, 1991, 304 s.", "Gülüstani-İrəm", "", "")]
    public void A_role_naming_people_in_full_is_no_part_of_the_title(string note, string title, string editors, string compilers)
    {
        var p = Publication(note);
        p.Title!.Value.ShouldBe(title);
        Families(p.Editors).ShouldBe(editors);
        Families(p.Compilers).ShouldBe(compilers);
        p.Place.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Əli Məmmədov", "Məmmədov", "Əli")]
    [InlineData("Məmmədov Cahangir", "Məmmədov", "Cahangir")]
    [InlineData("Gülnarə Əli qızı Quliyeva", "Quliyeva", "Gülnarə")]
    [InlineData("Quliyeva Gülnarə Əli qızı", "Quliyeva", "Gülnarə")]
    [InlineData("Иван Петров", "Петров", "Иван")]
    public void A_name_written_in_full_in_a_statement_gives_its_family_name(string name, string family, string given)
    {
        var n = ResponsibilityReader.ReadNames(name).ShouldHaveSingleItem();
        n.Family.ShouldBe(family);
        n.Given.ShouldBe(given);
    }

    [Fact]
    public void Words_that_are_not_names_are_still_refused_as_names() =>
        ResponsibilityReader.ReadNames("Azərbaycan Dövlət Universiteti nəşriyyatı").ShouldBeEmpty();

    [Theory]
    [InlineData("Quliyev A. Azərbaycan tarixi. I kitab. Bakı: Elm, 1994, səh. 44", "Azərbaycan tarixi", "44")]
    [InlineData("Nağıyev T. Əsərləri. II hissə. Bakı, Yazıçı, 1984, səh. 15", "Əsərləri", "15")]
    [InlineData("Süleymanov M. Qarabağnamələr. 3-cü kitab. Bakı: Yazıçı, 1991, 240 s.", "Qarabağnamələr", null)]
    [InlineData("Rəhimli İ. Teatr tarixi. 2-ci hissə. Gəncə, 2003, s. 7-9", "Teatr tarixi", "7-9")]
    public void A_part_written_number_first_is_recorded_nowhere(string note, string title, string? locator)
    {
        var p = Publication(note);
        p.Title!.Value.ShouldBe(title);
        p.Volume.ShouldBeNull();
        p.Locator?.Value.ShouldBe(locator);
    }

    [Theory]
    [InlineData("Məmmədov Əli oğlu. Naxçıvan tarixi. Bakı, 2000, səh. 8", "Məmmədov", null, "Naxçıvan tarixi")]
    [InlineData("Quliyeva Gülnarə Əli qızı. Azərbaycan ədəbiyyatı. Bakı: Elm, 2011, səh. 5", "Quliyeva", "Gülnarə", "Azərbaycan ədəbiyyatı")]
    [InlineData("Abbasova, Elmira Məmməd qızı. Ekologiya. Bakı, Təhsil, 2005", "Abbasova", "Elmira", "Ekologiya")]
    [InlineData("Hüseynov Rauf. Qəbələ. Bakı: Elm, 1990", "Hüseynov", "Rauf", "Qəbələ")]
    public void A_heading_with_a_patronymic_gives_the_family_name_and_leaves_the_patronymic_out(string note, string family, string? given, string title)
    {
        var p = Publication(note);
        var author = p.Authors.ShouldHaveSingleItem();
        author.Family.ShouldBe(family);
        author.Given.ShouldBe(given);
        p.Title!.Value.ShouldBe(title);
    }

    [Theory]
    [InlineData("Məmmədov Ə. Azərbaycan tarixi, Bakı, Elm, 1993, 240 s.", "Azərbaycan tarixi", "Bakı", "Elm", "1993")]
    [InlineData("Əliyev B. Qarabağ tarixi – Bakı, 1993, s.40-45", "Qarabağ tarixi", "Bakı", null, "1993")]
    [InlineData("Həsənov C. Naxçıvan xanlığı, Naxçıvan: Əcəmi, 2009, s. 12", "Naxçıvan xanlığı", "Naxçıvan", "Əcəmi", "2009")]
    [InlineData("Rüstəmli K. Gəncə abidələri - Gəncə, 2001, səh. 8", "Gəncə abidələri", "Gəncə", null, "2001")]
    public void A_title_closed_by_a_comma_or_a_dash_before_an_Azerbaijani_place_ends_there(string note, string title, string place, string? publisher, string year)
    {
        var p = Publication(note);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Publisher?.Value.ShouldBe(publisher);
        p.Year!.Value.ShouldBe(year);
    }

    [Fact]
    public void A_comma_inside_a_title_before_a_word_that_is_no_place_stays_in_it()
    {
        var p = Publication("Əlimirzəyev X. Dahi sənətkar, böyük vətəndaş. Bakı, Elm və təhsil, 2010");
        p.Title!.Value.ShouldBe("Dahi sənətkar, böyük vətəndaş");
        p.Place!.Value.ShouldBe("Bakı");
    }

    [Theory]
    [InlineData("Şükürov V. Azərbaycan xalçaları. Bakı, 1994. I c., s. 15", "I", "15")]
    [InlineData("Kazımova L. Muğam. Bakı, Elm, 2004. c. 2, səh. 70", "2", "70")]
    public void A_volume_after_the_year_and_a_full_stop_is_the_volume(string note, string volume, string locator)
    {
        var p = Publication(note);
        p.Volume!.Value.ShouldBe(volume);
        p.Locator!.Value.ShouldBe(locator);
        p.Title!.Value.ShouldNotContain("Bakı");
    }

    [Theory]
    [InlineData("Məmmədli N. \"Ağdam tarixi\" // \"Azərbaycan\" jurnalı, 1990, № 5, s. 15", "Ağdam tarixi", "Azərbaycan")]
    [InlineData("İsmayılov R. Şuşa haqqında. - \"Elm və həyat\" jurnalı, 1988, № 3, s. 20", "Şuşa haqqında", "Elm və həyat")]
    [InlineData("Qasımov S. «Zəngəzur» – «Kommunist» qəzeti, 12 may 1970", "Zəngəzur", "Kommunist")]
    public void The_mark_or_dash_before_a_quoted_periodical_is_no_part_of_the_title(string note, string title, string container)
    {
        var p = Publication(note);
        p.Title!.Value.ShouldBe(title);
        p.ContainerTitle!.Value.ShouldBe(container);
    }

    [Theory]
    [InlineData("Məmmədov M. və Əliyev Ə. Lənkəran tarixi. Bakı, 1992, s. 7", "Məmmədov; Əliyev", "Lənkəran tarixi")]
    [InlineData("Quliyev V.Ə. və Həsənova R. Şirvan. Bakı: Elm, 1981", "Quliyev; Həsənova", "Şirvan")]
    [InlineData("Иванов И. И. и Петров П. П. История Кавказа. М.: Наука, 1985. С. 5", "Иванов; Петров", "История Кавказа")]
    [InlineData("Иванов И. И. и др. История Закавказья. М.: Наука, 1986. С. 5", "Иванов", "История Закавказья")]
    [InlineData("Quliyev V. və b. Şirvan xanlığı. Bakı, 1990", "Quliyev", "Şirvan xanlığı")]
    public void Two_authors_joined_by_and_are_both_authors(string note, string authors, string title)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(authors);
        p.Title!.Value.ShouldBe(title);
    }

    [Theory]
    [InlineData("Әliyev Ә. Qarabağ tarixi. Bakı: Elm, 1992, sәh. 14", "Әliyev", "Bakı", "14")]
    [InlineData("Musayev N. Qafqaz. Bakı: Nurlan, 2003, Sәh. 9-10", "Musayev", "Bakı", "9-10")]
    [InlineData("Eliyev E. Qarabag xanligi. Baki: Elm, 1990, seh. 12", "Eliyev", "Baki", "12")]
    public void A_schwa_typed_as_its_Cyrillic_look_alike_or_as_e_still_makes_the_keyword(string note, string author, string place, string locator)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(author);
        p.Place!.Value.ShouldBe(place);
        p.Locator!.Value.ShouldBe(locator);
        p.Language.ShouldBe("az");
    }

    [Fact]
    public void A_folio_typed_with_the_Cyrillic_schwa_is_the_folio()
    {
        var a = Parse("ARDA, f. 28, siy. 1, iş 45, vәrәq 12").ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>();
        a.Locator!.Value.ShouldBe("12");
        a.Language.ShouldBe("az");
    }

    [Fact]
    public void Every_Azerbaijani_keyword_with_a_schwa_is_also_read_as_typed_with_its_look_alikes()
    {
        var spellings = Vocabulary.Keywords.Select(k => (k.Level, k.Text)).ToHashSet();
        foreach (var k in Vocabulary.Keywords.Where(k => k.Text.Contains('ə')))
        {
            spellings.ShouldContain((k.Level, k.Text.Replace('ə', 'ә')));
            spellings.ShouldContain((k.Level, k.Text.Replace('ə', 'e')));
        }
    }

    [Theory]
    [InlineData("Həsənli R. Qəbələ tarixi. - «Maarif», Bakı, 1993.", "Qəbələ tarixi", "Maarif", "Bakı", "1993")]
    [InlineData("Quliyev A. Şəki xanlığı. Nurlan, Bakı, 2004, səh. 12", "Şəki xanlığı", "Nurlan", "Bakı", "2004")]
    [InlineData("Əliyev S. Şamaxı qalası. Avrasiyapress, Bakı-2006, səh. 50", "Şamaxı qalası", "Avrasiyapress", "Bakı", "2006")]
    [InlineData("Vəliyeva N. Gəncə. – \"Gənclik\", Baku, 1985", "Gəncə", "Gənclik", "Baku", "1985")]
    public void A_publisher_before_a_known_place_is_the_publisher(string note, string title, string publisher, string place, string year)
    {
        var p = Publication(note);
        p.Title!.Value.ShouldBe(title);
        p.Publisher!.Value.ShouldBe(publisher);
        p.Place!.Value.ShouldBe(place);
        p.Year!.Value.ShouldBe(year);
    }

    [Fact]
    public void A_quoted_title_before_the_imprint_is_still_the_title() =>
        Publication("M. Qasımlı. \"Aşıq sənəti\", Bakı, Ozan, 1996, səh. 112.").Title!.Value.ShouldBe("Aşıq sənəti");

    [Theory]
    [InlineData("12.132;4.36", "132", "36")]
    [InlineData("9,26; 15,44", "26", "44")]
    [InlineData("3.17-19", "17-19", null)]
    public void A_reference_into_the_numbered_list_keeps_its_page(string note, string first, string? second)
    {
        var citations = Parse(note);
        citations.Count.ShouldBe(second is null ? 1 : 2);
        citations[0].Locator!.Value.ShouldBe(first);
        if (second is not null) citations[1].Locator!.Value.ShouldBe(second);
    }

    [Theory]
    [InlineData("Naxçıvan MR-in toponimləri (азерб.) / Tərtib edənlər: R. H. Əliyev və S. T. Həsənov. Redaksiya heyəti: A. B. Quliyev, C. D. Rzayev.. — İKİNCİ NƏŞRİ. — Bakı: Elm, 1985. — С. 42.",
        "Əliyev; Həsənov", "Quliyev; Rzayev")]
    [InlineData("Lənkəran bölgəsi / Redaktor: Rəşid Məmmədov. Tərtibçilər: Aygün Abbasova, Elmir Nəbiyev. — Üçüncü nəşri. — Bakı: Nurlan, 2009. — S. 7.",
        "Abbasova; Nəbiyev", "Məmmədov")]
    public void A_role_closed_by_a_colon_is_a_statement_not_a_lead_in(string note, string compilers, string editors)
    {
        var p = Publication(note);
        Families(p.Compilers).ShouldBe(compilers);
        Families(p.Editors).ShouldBe(editors);
        p.Authors.ShouldBeEmpty();
        p.Title!.Value.ShouldNotContain("/");
        p.Title.Value.ShouldNotContain("nəşri", Case.Insensitive);
        p.Edition.ShouldNotBeNull();
    }
}
