using Bibliography.Model;
using Bibliography.Parsing;

using static Bibliography.Tests.Parsing.RulesOnly;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// English note forms the rule reader missed in the development half of issue #18's set (en23): an author or an editor
/// written family name first inside a Chicago note, a given name with an initial before a quoted title, hyphenated
/// initials, and further dates of a newspaper after a semicolon. The examples are made up, in the shape of the real notes.
/// </summary>
public class EnglishInvertedNameFormsTests
{
    // ---- "Family, Given, “Title,” …": the author family name first, then a Chicago note ----

    [Theory]
    [InlineData("Petrova, Galina, “Rivers and Roads of the Steppe,” Vestnik, No. 4, 1971, pp. 12–19.", "Petrova", "Rivers and Roads of the Steppe", "Vestnik", "1971", "12-19")]
    [InlineData("Hartley, Simon, “Cotton Prices Fall Again,” Financial Times, 3 March 1998, p. B2.", "Hartley", "Cotton Prices Fall Again", "Financial Times", "1998", "B2")]
    [InlineData("Okuneva, Irina Pavlovna, “Letters from Omsk,” Sibirskie ogni, No. 7, 1927, pp. 88–95.", "Okuneva", "Letters from Omsk", "Sibirskie ogni", "1927", "88-95")]
    public void A_family_name_first_author_opens_an_article_note(string note, string family, string title, string container, string year, string page)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(family);
        p.Title!.Value.ShouldBe(title);
        p.ContainerTitle!.Value.ShouldBe(container);
        p.Year!.Value.ShouldBe(year);
        p.Locator!.Value.ShouldBe(page);
    }

    [Theory]
    [InlineData("Sadykov, B, Istoriia Semirech'ia v novoe vremia (Alma-Ata: Kainar, 1979), p. 58.", "Sadykov", "Istoriia Semirech'ia v novoe vremia", "Alma-Ata", "Kainar", "1979")]
    [InlineData("Hale, Oliver, The Long Road to Tashkent (Oxford: Clarendon Press, 1961), 14.", "Hale", "The Long Road to Tashkent", "Oxford", "Clarendon Press", "1961")]
    [InlineData("Bergmann, Karl, Die Steppe und das Reich (Leipzig: Teubner, 1912), S. 7.", "Bergmann", "Die Steppe und das Reich", "Leipzig", "Teubner", "1912")]
    public void A_family_name_first_author_opens_a_book_note(string note, string family, string title, string place, string publisher, string year)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(family);
        p.Authors[0].Family.ShouldBe(family);
        ShouldHaveImprint(p, title, place, publisher, year);
    }

    [Theory]
    [InlineData("Stalin, Sochineniia, vol. 1, pp. 368–72.", "Stalin", "Sochineniia")]
    [InlineData("Martin, Affirmative Action Empire, 45.", "Martin", "Affirmative Action Empire")]
    [InlineData("Kotkin, Magnetic Mountain, p. 120.", "Kotkin", "Magnetic Mountain")]
    public void A_short_form_of_a_family_name_and_a_title_is_no_inverted_name(string note, string family, string title)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(family);
        p.Title!.Value.ShouldBe(title);
    }

    // ---- "in Family, Given, ed., Book": the book's editor family name first ----

    [Theory]
    [InlineData("Lena Orlova, “The Salt Lakes,” in Walker, Thomas, ed., The Caspian World (Leeds: Maney, 1994), p. 31.", "Orlova", "Walker", "The Caspian World", "31")]
    [InlineData("Paul Denis, “Kars in 1878,” in Hughes, Anne, ed., Frontiers of Empire (Boston, 1988), pp. 40–52.", "Denis", "Hughes", "Frontiers of Empire", "40-52")]
    [InlineData("Nodar Gelashvili, “Tbilisi Guilds,” in Suny, Ronald, ed., Transcaucasia (Ann Arbor, 1983), 109.", "Gelashvili", "Suny", "Transcaucasia", "109")]
    public void An_editor_written_family_name_first_after_in_is_the_books(string note, string author, string editor, string book, string page)
    {
        var p = Publication(note);
        p.Kind.ShouldBe(PublicationKind.Chapter);
        Families(p.Authors).ShouldBe(author);
        Families(p.Editors).ShouldBe(editor);
        p.ContainerTitle!.Value.ShouldBe(book);
        p.Locator!.Value.ShouldBe(page);
    }

    // ---- "Given I. Family, ‘Title’, Journal 1, 3, Fall 1990": not a GOST "Family I." ----

    [Theory]
    [InlineData("Peter J. Moss, ‘Grain and the Steppe’, Journal of Agrarian History 12, 4, Winter 1985, pp. 301–22.", "Moss", "Grain and the Steppe", "Journal of Agrarian History", "12", "4", "1985")]
    [InlineData("Anna K. Berg, “Schools in Kazan,” Russian Review 40, 2, Spring 1981, pp. 5–21.", "Berg", "Schools in Kazan", "Russian Review", "40", "2", "1981")]
    [InlineData("Oleg V. Fedorov, ‘Moscow and the Mountaineers’, Central Asian Survey 7, 1, 1988, pp. 77–90.", "Fedorov", "Moscow and the Mountaineers", "Central Asian Survey", "7", "1", "1988")]
    public void A_given_name_and_initial_before_a_quoted_title_is_a_Chicago_author(string note, string family, string title, string journal, string volume, string issue, string year)
    {
        var p = Publication(note);
        Families(p.Authors).ShouldBe(family);
        p.Title!.Value.ShouldBe(title);
        RulesOnly.ShouldBeJournal(p, journal, volume, issue, year);
    }

    [Fact]
    public void A_GOST_family_name_and_initials_before_a_title_stays_GOST()
    {
        var p = Publication("Ivanov I. I. Istoriia Kavkaza. Moscow, 1985. P. 7.");
        Families(p.Authors).ShouldBe("Ivanov");
        p.Title!.Value.ShouldBe("Istoriia Kavkaza");
    }

    // ---- hyphenated initials: "H.-R.", "J.-P." ----

    [Theory]
    [InlineData("See J.-P. Lefort, La steppe et l'empire (Paris: Gallimard, 1971), 45.", "Lefort", "J.-P.", "La steppe et l'empire", "Paris", "Gallimard")]
    [InlineData("K.-H. Ruder, Sowjetische Grenzen (Munich: Beck, 1967), p. 12.", "Ruder", "K.-H.", "Sowjetische Grenzen", "Munich", "Beck")]
    [InlineData("On the relationship, see A.-M. Tudor, Politice noi (Bucharest: Humanitas, 1996).", "Tudor", "A.-M.", "Politice noi", "Bucharest", "Humanitas")]
    public void Hyphenated_initials_open_an_English_name(string note, string family, string given, string title, string place, string publisher)
    {
        var p = Publication(note);
        p.Authors.ShouldHaveSingleItem().Family.ShouldBe(family);
        p.Authors[0].Given.ShouldBe(given);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        p.Publisher!.Value.ShouldBe(publisher);
    }

    // ---- further dates of the paper just cited: "The Economist, 30 December 1848, 1468; 10 September 2011, 29" ----

    [Theory]
    [InlineData("The Spectator, 4 June 1881, 712; 9 July 1990, 14; 2 March 2001, 30.", "The Spectator", "1881|1990|2001", "712|14|30")]
    [InlineData("The Times, 3 May 1920, p. 7; 9 June 1921, p. 12.", "The Times", "1920|1921", "7|12")]
    [InlineData("Pravda, 12 March 1953; 14 March 1953, 2–3.", "Pravda", "1953|1953", "|2-3")]
    public void Further_dates_of_a_newspaper_are_citations_of_their_own(string note, string paper, string years, string pages)
    {
        var all = Parse(note);
        var papers = all.Select(c => c.ShouldBeOfType<NewspaperCitation>()).ToList();
        papers.Count.ShouldBe(years.Split('|').Length);
        papers.ShouldAllBe(n => n.Title.Value == paper);
        string.Join("|", papers.Select(n => n.Date!.Year?.ToString())).ShouldBe(years);
        string.Join("|", papers.Select(n => n.Locator?.Value ?? "")).ShouldBe(pages);
    }

    [Fact]
    public void A_date_followed_by_words_is_no_further_issue()
    {
        var all = Parse("Pravda, 12 March 1953; 20 March 1953, Moscow edition.");
        all[0].ShouldBeOfType<NewspaperCitation>().Title.Value.ShouldBe("Pravda");
        all.OfType<NewspaperCitation>().Count(n => n.Title.Value == "Pravda").ShouldBe(1);
    }
}
