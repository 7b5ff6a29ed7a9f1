using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// The dash-separated GOST form of bibliographic indexes and lists of literature (<c>Title /Name //Paper.- 2000.- S.8.</c>),
/// Azerbaijani, Georgian and Russian alike, read by <see cref="DashImprintReader"/>. Every example is invented for its class.
/// </summary>
public class DashImprintFormTests
{
    private static PublicationCitation Read(string note) => RulesOnly.Publication(note);

    private static string Families(IReadOnlyList<CslName> names) => string.Join("; ", names.Select(n => n.Family ?? n.Literal));

    [Theory]
    // A paper dated by day and month: container, year, page; the statement after "/" and the day and month go nowhere.
    [InlineData("Həsənov, R. Teatrın ilk mövsümü: yubiley gecəsi /Rauf Həsənov //Xalq qəzeti.- 2004.- 17 mart.- S.5.", "Həsənov", "Teatrın ilk mövsümü: yubiley gecəsi", "Xalq qəzeti", "2004", "5")]
    [InlineData("Əliyeva, N. Yaddaşlarda yaşayan sənətkar /Nigar Əliyeva //Ədalət.-2011.- 2 fevral.- S.7.", "Əliyeva", "Yaddaşlarda yaşayan sənətkar", "Ədalət", "2011", "7")]
    // A bracketed annotation after the title and an interviewer in the statement go nowhere.
    [InlineData("Kərimli, T. Söz sənəti: [şairlə müsahibə] /Tofiq Kərimli; müsahibəni apardı A.Rzayev //Kaspi.- 2009.- 4 aprel.- S.11.", "Kərimli", "Söz sənəti", "Kaspi", "2009", "11")]
    // Cyrillic: the same form in a Russian list.
    [InlineData("Петров, А. Новый сезон /А. Петров //Вечерний Баку.- 1979.- 12 октября.- С.3.", "Петров", "Новый сезон", "Вечерний Баку", "1979", "3")]
    public void A_paper_dated_by_day_and_month_gives_container_year_and_page(string note, string authors, string title, string container, string year, string page)
    {
        var p = Read(note);
        Families(p.Authors).ShouldBe(authors);
        p.Title?.Value.ShouldBe(title);
        p.ContainerTitle?.Value.ShouldBe(container);
        p.Year?.Value.ShouldBe(year);
        p.Locator?.Value.ShouldBe(page);
    }

    [Theory]
    [InlineData("Rəhimov, S. Dramaturgiyada yeni üslub /S.Rəhimov //Ulduz.- 1988.- №7.- S.54-60.", "Ulduz", "7", "54-60")]
    [InlineData("Сафаров, М. Вопросы поэтики /М. Сафаров //Литературный Азербайджан.- 1972.- № 11.- С.120-126.", "Литературный Азербайджан", "11", "120-126")]
    public void A_journal_with_a_number_gives_its_issue(string note, string container, string issue, string page)
    {
        var p = Read(note);
        p.ContainerTitle?.Value.ShouldBe(container);
        p.Issue?.Value.ShouldBe(issue);
        p.Locator?.Value.ShouldBe(page);
        p.Kind.ShouldBe(PublicationKind.Article);
    }

    [Theory]
    // "//Author I. Book": a chapter of that book; the heading's author is the chapter's, the book's goes nowhere.
    [InlineData("Nəbiyev, B. Dramaturqun yolu /Bəkir Nəbiyev //Nəbiyev B. Seçilmiş əsərləri.- Bakı, 2003.- S.211-230.", "Nəbiyev", "Dramaturqun yolu", "Seçilmiş əsərləri", "Bakı", "2003", "211-230")]
    // No author in the heading: the book's author is the chapter's (a section of his book).
    [InlineData("სოფლის ეკლესია //ბერიძე ვ. ძველი ქართული ხუროთმოძღვრება.-თბ.,1974.-გვ.88-90.", "ბერიძე", "სოფლის ეკლესია", "ძველი ქართული ხუროთმოძღვრება", "თბ.", "1974", "88-90")]
    public void A_book_after_the_double_slash_with_its_author_is_the_container_of_a_chapter(string note, string authors, string title, string container, string place, string year, string page)
    {
        var p = Read(note);
        p.Kind.ShouldBe(PublicationKind.Chapter);
        Families(p.Authors).ShouldBe(authors);
        p.Title?.Value.ShouldBe(title);
        p.ContainerTitle?.Value.ShouldBe(container);
        p.Place?.Value.ShouldBe(place);
        p.Year?.Value.ShouldBe(year);
        p.Locator?.Value.ShouldBe(page);
    }

    [Theory]
    // A Georgian book: the initial glued or spaced, the extent or an annotation after the last element goes nowhere.
    [InlineData("ჩუბინაშვილი გ. ქართული ხელოვნება.-თბ.,1959.-გვ.115. მოკლე ცნობა ტაძრის შესახებ.", "ჩუბინაშვილი", "ქართული ხელოვნება", "თბ.", null, "1959", "115")]
    [InlineData("მესხია შ. ძველი ქალაქები.-თბ.,1968.-312გვ.", "მესხია", "ძველი ქალაქები", "თბ.", null, "1968", null)]
    [InlineData("Məmmədli, Q. Teatr tariximizdən.- Bakı: Maarif, 1987.- 280 s.", "Məmmədli", "Teatr tariximizdən", "Bakı", "Maarif", "1987", null)]
    // Place and year in elements of their own.
    [InlineData("ხუციშვილი ნ. ძველი სოფლები.-ზუგდიდი.-1992. სოფლების აღწერა.", "ხუციშვილი", "ძველი სოფლები", "ზუგდიდი", null, "1992", null)]
    public void A_book_gives_place_publisher_year_and_page(string note, string authors, string title, string place, string? publisher, string year, string? page)
    {
        var p = Read(note);
        Families(p.Authors).ShouldBe(authors);
        p.Title?.Value.ShouldBe(title);
        p.Place?.Value.ShouldBe(place);
        p.Publisher?.Value.ShouldBe(publisher);
        p.Year?.Value.ShouldBe(year);
        p.Locator?.Value.ShouldBe(page);
    }

    [Theory]
    // A Georgian given name shortened to two letters, as Latin "Sh." ("ირ.", "ივ.", "ალ."), in the heading or after "//".
    [InlineData("ციხე-ქალაქი //ციციშვილი ირ. ქართული ხუროთმოძღვრება.-თბ., 1957.-გვ.44.", "ციციშვილი", "ქართული ხუროთმოძღვრება", "1957", "44")]
    [InlineData("ჯავახიშვილი ივ. ძველი ქართული მწერლობა.-თბ.,1945.-გვ.112.", "ჯავახიშვილი", null, "1945", "112")]
    [InlineData("ბარამიძე ალ. ნარკვევები.-თბ.,1952.-გვ.7-9. მოკლე ცნობა.", "ბარამიძე", null, "1952", "7-9")]
    [InlineData("ნაქალაქარი //ლომთათიძე გრ. არქეოლოგიური ძიებანი.-თბ.,1961.-გვ.30-33. ტექსტს ახლავს გეგმა.", "ლომთათიძე", "არქეოლოგიური ძიებანი", "1961", "30-33")]
    public void A_georgian_given_name_shortened_to_two_letters_is_read_as_the_authors_initials(string note, string authors, string? container, string year, string page)
    {
        var p = Read(note);
        Families(p.Authors).ShouldBe(authors);
        p.ContainerTitle?.Value.ShouldBe(container);
        p.Year?.Value.ShouldBe(year);
        p.Locator?.Value.ShouldBe(page);
    }

    [Theory]
    // A Georgian newspaper: its word and quotation marks go nowhere, day and month in brackets after the year, the N issue.
    [InlineData("ანონიმი. წერილი სოფლიდან //გაზ. \"დროება\".-1879(12მარ.).-N54.-გვ.2.", "დროება", "1879", "54", "2")]
    [InlineData("ახალი ამბები //კვალი.-1896(3ოქტ.).-N40.-გვ.5.", "კვალი", "1896", "40", "5")]
    public void A_georgian_newspaper_gives_container_year_issue_and_page(string note, string container, string year, string issue, string page)
    {
        var p = Read(note);
        p.ContainerTitle?.Value.ShouldBe(container);
        p.Year?.Value.ShouldBe(year);
        p.Issue?.Value.ShouldBe(issue);
        p.Locator?.Value.ShouldBe(page);
    }

    [Theory]
    // A volume closing the container (a bare Roman numeral or an abbreviated volume word before it).
    [InlineData("ლომთათიძე ბ. ნამოსახლარის გათხრები //მასალები.III.-თბ.,1981.-გვ.12-19.", "მასალები", "III")]
    [InlineData("გობეჯიშვილი გ. სამაროვნის შესწავლა //ძეგლები.ტ.IV.-თბ.,1979.-გვ.30-41.", "ძეგლები", "IV")]
    public void A_volume_after_the_container_is_read(string note, string container, string volume)
    {
        var p = Read(note);
        p.ContainerTitle?.Value.ShouldBe(container);
        p.Volume?.Value.ShouldBe(volume);
    }

    [Fact]
    public void A_note_with_the_spaced_GOST_separator_is_left_to_the_publication_reader()
    {
        DashImprintReader.Read("Иванов И. И. История края. – М.: Наука, 1985. – С. 12.", 0, 54).ShouldBeNull();
    }

    [Theory]
    // An old list glues the dash to the year: the place and year close the heading, only the page follows the dash.
    [InlineData("Петров К.А. Старый Мерв. Ашхабад, 1931.-с.12-18.", "Петров", "Старый Мерв", "Ашхабад", "1931", "12-18")]
    [InlineData("Сидоров В.Н. Крепости Семиречья. Алма-Ата, 1956.-С.44.", "Сидоров", "Крепости Семиречья", "Алма-Ата", "1956", "44")]
    [InlineData("Ахмедов Р. Медресе Бухары. М., 1968.- с. 7-9.", "Ахмедов", "Медресе Бухары", "М.", "1968", "7-9")]
    [InlineData("Гусейнов Т. Караваны Шемахи. Баку, 1979.– С. 101.", "Гусейнов", "Караваны Шемахи", "Баку", "1979", "101")]
    public void A_place_and_year_before_the_glued_dash_are_the_imprint(string note, string authors, string title, string place, string year, string page)
    {
        var p = Read(note);
        Families(p.Authors).ShouldBe(authors);
        p.Title?.Value.ShouldBe(title);
        p.Place?.Value.ShouldBe(place);
        p.Year?.Value.ShouldBe(year);
        p.Locator?.Value.ShouldBe(page);
    }

    [Fact]
    public void A_title_whose_last_sentence_names_no_place_keeps_it()
    {
        // "Очерки истории края, 1917" is no place and year (a place is a word or two): the title keeps it.
        var p = Read("Иванов П.П. Очерки истории края, 1917.-с.5.");
        p.Place.ShouldBeNull();
        p.Title?.Value.ShouldBe("Очерки истории края, 1917");
    }

    [Theory]
    // Moscow–Leningrad joined by a dash glued to its full stop is one place, in a GOST line ending at its year and in the
    // dash form alike (the full stop and dash of "М.-Л." separate no element).
    [InlineData("Сидоров В. В. Записки о крае. М.-Л.: Соцэкгиз, 1934.", "Записки о крае", "М.-Л.", "Соцэкгиз", "1934")]
    [InlineData("Сидоров В. В. Записки о крае. М.–Л.: Соцэкгиз, 1934.", "Записки о крае", "М.–Л.", "Соцэкгиз", "1934")]
    [InlineData("Сидоров В. В. Записки о крае. М.-Л., 1934.", "Записки о крае", "М.-Л.", null, "1934")]
    [InlineData("Sidorov V. V. Zapiski o krae. M.-L.: Academia, 1934.", "Zapiski o krae", "M.-L.", "Academia", "1934")]
    [InlineData("Сидоров В. В. Записки о крае.- М.-Л.: Соцэкгиз, 1934.- С. 40.", "Записки о крае", "М.-Л.", "Соцэкгиз", "1934")]
    public void A_joined_Moscow_Leningrad_is_one_place(string note, string title, string place, string? publisher, string year)
    {
        var p = Read(note);
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        (p.Publisher?.Value).ShouldBe(publisher);
        p.Year!.Value.ShouldBe(year);
    }
}
