namespace Bibliography.Tests.Parsing;

/// <summary>
/// Where a list of names ends and what role it has, in forms the readers did not know (issue #18): an editor named by
/// a bare initial, an editor mark before the title without a comma, a bibliography's inverted first editor. Every
/// example is invented; read by the rules alone.
/// </summary>
public class NameAndRoleFormsTests
{
    // British notes write an initial without its full stop; the editor mark in brackets tells the name from an article.
    [Theory]
    [InlineData("in S Fitzpatrick (ed.), Stalinism Revisited, p. 45.", "editors=Fitzpatrick | title=Stalinism Revisited | locator=45")]
    [InlineData("A Nove (ed.), The Stalin Phenomenon (London, 1993), p. 33.", "editors=Nove | title=The Stalin Phenomenon | place=London | year=1993 | locator=33")]
    [InlineData("See R Service (ed.), Society and Politics in the Russian Revolution (London, 1992), p. 8.", "editors=Service | title=Society and Politics in the Russian Revolution | place=London | year=1992 | locator=8")]
    [InlineData("J Smith (eds), The Baltic States (Oxford, 2002), p. 71.", "editors=Smith | title=The Baltic States | place=Oxford | year=2002 | locator=71")]
    public void A_bare_initial_opens_an_editors_name_before_a_bracketed_mark(string note, string expected) => RulesOnly.Check(note, expected);

    // Without the mark the capital letter is a title's article, not an initial.
    [Theory]
    [InlineData("A History of Russia (Oxford, 1984), 5.", "title=A History of Russia | place=Oxford | year=1984 | locator=5")]
    [InlineData("A Kremlin Diary (London, 1990), 12.", "title=A Kremlin Diary | place=London | year=1990 | locator=12")]
    public void A_single_capital_without_an_editor_mark_stays_in_the_title(string note, string expected) => RulesOnly.Check(note, expected);

    [Theory]
    [InlineData("Moshe Lewin, ed. The Making of the Soviet System, 45.", "editors=Lewin | title=The Making of the Soviet System | locator=45")]
    [InlineData("Anna Green, ed. Voices from the Siege (London, 2001), 5.", "editors=Green | title=Voices from the Siege | place=London | year=2001 | locator=5")]
    [InlineData("Peter Holquist, eds. Russia in Flames (Cambridge, MA, 2002), 19.", "editors=Holquist | title=Russia in Flames | place=Cambridge, MA | year=2002 | locator=19")]
    [InlineData("Teodor Shanin, ed. Peasants in Russia, 112.", "editors=Shanin | title=Peasants in Russia | locator=112")]
    public void An_editor_mark_before_the_title_without_a_comma_names_the_editors(string note, string expected) => RulesOnly.Check(note, expected);

    // After a title the mark names the editors after it: a given name or initials, or names closing the part (so a
    // title that reads as names, "Peasants and Peasant Societies", after "Teodor Shanin, ed." is left to that reading).
    [Theory]
    [InlineData("The Trotsky Papers, ed. Jan M. Meijer (The Hague, 1964), 12.", "title=The Trotsky Papers | editors=Meijer | place=The Hague | year=1964 | locator=12")]
    [InlineData("Georgian Chronicles, ed. Roin Metreveli (Tbilisi, 2008), 12.", "title=Georgian Chronicles | editors=Metreveli | place=Tbilisi | year=2008 | locator=12")]
    [InlineData("Ivan Petrov, “The Steppe,” in Beyond the Frontier, ed. Keller and Moore, p. 213.", "authors=Petrov | title=The Steppe | container=Beyond the Frontier | editors=Keller; Moore | locator=213")]
    public void An_editor_mark_after_a_title_names_the_editors_after_it(string note, string expected) => RulesOnly.Check(note, expected);

    // A bibliography inverts the first name only; the last, after ", and", is written given name first.
    [Theory]
    [InlineData("Smith, Jeremy, and Melanie Ilic, eds., Khrushchev in the Kremlin (London: Routledge, 2011), 7.", "editors=Smith; Ilic | title=Khrushchev in the Kremlin | place=London | publisher=Routledge | year=2011 | locator=7")]
    [InlineData("Wood, Alan, and Richard Hall, eds., Siberia (London, 1991), 40.", "editors=Wood; Hall | title=Siberia | place=London | year=1991 | locator=40")]
    [InlineData("Kotkin, Stephen, and David Wolff, eds. Rediscovering Russia in Asia (Armonk, 1995), 3.", "editors=Kotkin; Wolff | title=Rediscovering Russia in Asia | place=Armonk | year=1995 | locator=3")]
    public void An_inverted_first_editor_and_a_last_in_order_are_the_editors(string note, string expected) => RulesOnly.Check(note, expected);

    // "Prepared for the press by", in Azerbaijani and Turkish: the editor of an edition of a text.
    [Theory]
    [InlineData("Divanü Lügat-it-Türk / Yayına hazırlayan A. Atalay. Ankara, 1985.", "title=Divanü Lügat-it-Türk | editors=Atalay | place=Ankara | year=1985")]
    [InlineData("Qarabağnamələr / Nəşrə hazırlayan: N. Axundov. Bakı: Yazıçı, 1989.", "title=Qarabağnamələr | editors=Axundov | place=Bakı | publisher=Yazıçı | year=1989")]
    [InlineData("Kitabi-Dədə Qorqud. Çapa hazırlayanı: Fərhad Zeynalov. Bakı: Yazıçı, 1988, s. 12.", "title=Kitabi-Dədə Qorqud | editors=Zeynalov | place=Bakı | publisher=Yazıçı | year=1988 | locator=12")]
    [InlineData("Aşıq Ələsgər. Əsərləri / Yayına Hazırlayan İ. Əliyev. Bakı, 1972.", "editors=Əliyev | place=Bakı | year=1972")]
    public void Who_prepared_an_edition_for_the_press_is_its_editor(string note, string expected) => RulesOnly.Check(note, expected);

    // A heading's family name opened by particles, or joined to a second name by d', runs to the initials.
    [Theory]
    [InlineData("Van der Leeuw C. Oil and Gas in the Caucasus. L.: Curzon, 2000.", "Van der Leeuw", "Oil and Gas in the Caucasus")]
    [InlineData("de Madariaga I. Russia in the Age of Catherine the Great. New Haven, 1981. P. 5.", "de Madariaga", "Russia in the Age of Catherine the Great")]
    [InlineData("Carrère d'Encausse H. The Great Challenge. N. Y.: Holmes & Meier, 1992.", "Carrère d'Encausse", "The Great Challenge")]
    [InlineData("Von Hagen M. Soldiers in the Proletarian Dictatorship. University Park, 1990.", "Von Hagen", "Soldiers in the Proletarian Dictatorship")]
    [InlineData("Le Donne J. P. Absolutism and Ruling Class. N. Y., 1991.", "Le Donne", "Absolutism and Ruling Class")]
    public void A_family_name_with_particles_heads_a_GOST_entry(string note, string family, string title)
    {
        var p = RulesOnly.Publication(note);
        RulesOnly.Families(p.Authors).ShouldBe(family);
        p.Title!.Value.ShouldBe(title);
    }

    // The initials still follow at once where the family name is one word, also in brackets and in Georgian script.
    [Theory]
    [InlineData("Семенова (Петрова) А. Б. История края. М., 1990.", "Семенова", "А.Б.")]
    [InlineData("Ter-Minasova S. G. Language and Culture. M., 2000.", "Ter-Minasova", "S.G.")]
    [InlineData("ჯავახიშვილი ი. ქართველი ერის ისტორია. თბ., 1960.", "ჯავახიშვილი", "ი.")]
    public void A_one_word_family_name_keeps_its_initials(string note, string family, string given)
    {
        var author = RulesOnly.Publication(note).Authors.ShouldHaveSingleItem();
        author.Family.ShouldBe(family);
        author.Given.ShouldBe(given);
    }

    [Theory]
    [InlineData("De Madariaga, Russia in the Age, 277-291.", "authors=De Madariaga | title=Russia in the Age | locator=277-291")]
    [InlineData("Isabel De Madariaga, Politics and Culture (London, 1998), 5.", "authors=De Madariaga | title=Politics and Culture | place=London | year=1998 | locator=5")]
    [InlineData("Van Ree, Political Thought, 5.", "authors=Van Ree | title=Political Thought | locator=5")]
    [InlineData("Della Pollock, Remembering (New York, 2005), 3.", "authors=Pollock | title=Remembering | place=New York | year=2005 | locator=3")]
    public void A_capitalised_particle_opens_an_English_family_name(string note, string expected) => RulesOnly.Check(note, expected);

    // Op. cit. closes the names before it, however few and in whatever script and order.
    [Theory]
    [InlineData("Петров, указ. соч., с. 15.", "authors=Петров | locator=15")]
    [InlineData("Сидорова. Указ. соч. С. 7.", "authors=Сидорова | locator=7")]
    [InlineData("Andrew Carter, указ. соч., p. 41.", "authors=Carter | locator=41")]
    [InlineData("Louis de Robien. Указ. соч., p. 9.", "authors=de Robien | locator=9")]
    [InlineData("Thomas F. Hardy, op. cit., p. 18.", "authors=Hardy | locator=18")]
    [InlineData("Əliyev, göstərilən əsər, s. 33.", "authors=Əliyev | locator=33")]
    // A particle written with a capital opens the family name, as it does before a title.
    [InlineData("De Gaulle, op. cit., p. 12.", "authors=De Gaulle | locator=12")]
    [InlineData("Van Ree, op. cit., p. 7.", "authors=Van Ree | locator=7")]
    // GOST names joined by commas are one list of names, not a name and a title.
    [InlineData("Иванов И. И., Петров П. П., указ. соч., с. 5.", "authors=Иванов; Петров | locator=5")]
    public void Op_cit_closes_the_names_before_it(string note, string expected) => RulesOnly.Check(note, expected);

    // A comma before the phrase parts the names from something else: that is no short form of these names.
    [Fact]
    public void A_title_before_op_cit_is_not_taken_for_a_name()
    {
        var p = RulesOnly.Parse("Петров, История края, указ. соч., с. 15.");
        p.OfType<Bibliography.Parsing.PublicationCitation>().SelectMany(c => c.Authors).Select(a => a.Family).ShouldNotContain("История края");
    }
}
