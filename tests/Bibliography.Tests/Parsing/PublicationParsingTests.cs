using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

public class PublicationParsingTests
{
    private static PublicationCitation Publication(string text) =>
        CitationParser.ParseFootnote(text).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();

    [Fact]
    public void Reads_a_chapter_in_a_collection_after_double_slash()
    {
        var p = Publication("Jupikova E.F. Povstançeskoye dvijenie na Severnom Kavkaze v 1920-1925 qodax// Sbornik trudov. c. 1. М., Akademiya istoriçeskix nauk, 2006, s. 172.");
        p.Kind.ShouldBe(PublicationKind.Chapter);
        p.Authors.ShouldBe(new[] { CslName.Person("Jupikova", "E.F.") });
        p.Title!.Value.ShouldBe("Povstançeskoye dvijenie na Severnom Kavkaze v 1920-1925 qodax");
        p.ContainerTitle!.Value.ShouldBe("Sbornik trudov");
        p.Volume!.Value.ShouldBe("1");
        p.Place!.Value.ShouldBe("М.");
        p.Publisher!.Value.ShouldBe("Akademiya istoriçeskix nauk");
        p.Year!.Value.ShouldBe("2006");
        p.Locator!.Value.ShouldBe("172");
        p.Locator.Label.ShouldBe(LocatorLabels.Page);
        p.Language.ShouldBe("ru");
    }

    [Fact]
    public void Reads_a_collection_with_its_compiler_and_standard_genre_spelling()
    {
        var p = Publication("Dni qospodstva menşevikov v Qruzii (dokumentı i materialı). Zbornik sostavil Q.Devdariani. Tbilisi, qosizdat Qruzii, 1931. s. 188.");
        p.Kind.ShouldBe(PublicationKind.Book);
        p.Authors.ShouldBeEmpty();
        p.Title!.Value.ShouldBe("Dni qospodstva menşevikov v Qruzii (dokumentı i materialı)");
        p.Compilers.ShouldBe(new[] { CslName.Person("Devdariani", "Q.") });
        p.Genre!.Value.ShouldBe("Sbornik");
        p.Responsibility!.Value.ShouldBe("Zbornik sostavil Q.Devdariani");
        p.Place!.Value.ShouldBe("Tbilisi");
        p.Publisher!.Value.ShouldBe("qosizdat Qruzii");
        p.Year!.Value.ShouldBe("1931");
        p.Locator!.Value.ShouldBe("188");
    }

    [Fact]
    public void Reads_several_roles_sharing_one_name()
    {
        var p = Publication("Kavkazskaya Konfederasiya v ofisialnıx deklarasiyax, taynoy perepiske i sekretnıx dokumentax dvijeniya “Prometey”. Sbornik dokumentov. Sost., predislovie, perevod Q.Q.Mamuliya. M., izd-tvo “Sosialno-politiçeskaya mısl”, 2012, s. 7.");
        p.Title!.Value.ShouldEndWith("dvijeniya “Prometey”");
        p.Genre!.Value.ShouldBe("Sbornik dokumentov");
        p.Compilers.ShouldBe(new[] { CslName.Person("Mamuliya", "Q.Q.") });
        p.Translators.ShouldBe(new[] { CslName.Person("Mamuliya", "Q.Q.") });
        p.Place!.Value.ShouldBe("M.");
        p.Publisher!.Value.ShouldBe("izd-tvo “Sosialno-politiçeskaya mısl”");
        p.Locator!.Value.ShouldBe("7");
    }

    [Fact]
    public void Reads_a_book_with_a_page_range_and_keeps_a_misspelt_publisher_as_written()
    {
        var p = Publication("Mamulia Q.Q. Borba za svobodu i nezavisimost Kavkaza (1921-1945). Tbilisi, bzd-tvo Meridiani, 2012, s. 151-156.");
        p.Authors.ShouldBe(new[] { CslName.Person("Mamulia", "Q.Q.") });
        p.Title!.Value.ShouldBe("Borba za svobodu i nezavisimost Kavkaza (1921-1945)");
        p.Publisher!.Value.ShouldBe("bzd-tvo Meridiani");
        p.Year!.Value.ShouldBe("2012");
        p.Locator!.Value.ShouldBe("151-156");
    }

    [Fact]
    public void Reads_a_place_without_publisher()
    {
        var p = Publication("Kavtaradze V. Na putyax k konfederasii Kavkaza. Varşava, 1933, s. 121.");
        p.Place!.Value.ShouldBe("Varşava");
        p.Publisher.ShouldBeNull();
        p.Year!.Value.ShouldBe("1933");
    }

    [Fact]
    public void Reads_a_gost_journal_article()
    {
        var p = Publication("Иванов И.И. Статья о крестьянах // Вопросы истории. 2005. № 2. С. 34–41.");
        p.Kind.ShouldBe(PublicationKind.Article);
        p.Authors.ShouldBe(new[] { CslName.Person("Иванов", "И.И.") });
        p.Title!.Value.ShouldBe("Статья о крестьянах");
        p.ContainerTitle!.Value.ShouldBe("Вопросы истории");
        p.Year!.Value.ShouldBe("2005");
        p.Issue!.Value.ShouldBe("2");
        p.Locator!.Value.ShouldBe("34-41");
        p.Language.ShouldBe("ru");
    }

    [Fact]
    public void Reads_a_transliterated_journal_article()
    {
        var p = Publication("Ismailov E. Sovetizaciya Azerbaydjana // Kavkaz i globalizaciya, 2005, № 2, s. 34-41.");
        p.Kind.ShouldBe(PublicationKind.Article);
        p.ContainerTitle!.Value.ShouldBe("Kavkaz i globalizaciya");
        p.Issue!.Value.ShouldBe("2");
        p.Year!.Value.ShouldBe("2005");
    }

    [Fact]
    public void Reads_a_gost_book_with_two_authors_edition_and_colon_imprint()
    {
        var p = Publication("Иванов И.И., Петров П.П. История Закавказья. 2-е изд. М.: Наука, 1990. С. 45.");
        p.Authors.Count.ShouldBe(2);
        p.Title!.Value.ShouldBe("История Закавказья");
        p.Edition!.Value.ShouldBe("2-е изд");
        p.Place!.Value.ShouldBe("М.");
        p.Publisher!.Value.ShouldBe("Наука");
        p.Locator!.Value.ShouldBe("45");
    }

    [Fact]
    public void Reads_an_editor_statement_and_a_volume()
    {
        var p = Publication("Azərbaycan tarixi. Yeddi cilddə. c. 5. Red. İ.Həbibbəyli. Bakı, Elm, 2008, s. 12.");
        p.Volume!.Value.ShouldBe("5");
        p.Editors.ShouldBe(new[] { CslName.Person("Həbibbəyli", "İ.") });
        p.Place!.Value.ShouldBe("Bakı");
        p.Publisher!.Value.ShouldBe("Elm");
        p.Language.ShouldBe("az");
    }
}
