namespace Bibliography.Tests.Parsing;

/// <summary>
/// Editors' statements roles24 saw cut in development notes (issue #18), pinned as the rules now read them: a note
/// opening with a chapter's "in" before an editor and a title with a colon, editors after a sentence, a title before its imprint after "Name, ed.". Every example is invented; read by the rules alone.
/// </summary>
public class NameAndRoleFollowUpTests
{
    // The colon belongs to the title after the editor, not to a lead-in before it.
    [Theory]
    [InlineData("in Vladimir Tismaneanu, ed., Stalinism: New Directions (London, 2000), p. 12.", "editors=Tismaneanu | title=Stalinism: New Directions | place=London | year=2000 | locator=12")]
    [InlineData("See Sheila Fitzpatrick, ed., Cultural Revolution in Russia: 1928–1931 (Bloomington, 1978), 8.", "editors=Fitzpatrick | title=Cultural Revolution in Russia: 1928–1931 | place=Bloomington | year=1978 | locator=8")]
    [InlineData("in Ronald Suny, ed., Transcaucasia: Nationalism and Social Change (Ann Arbor, 1983), 44.", "editors=Suny | title=Transcaucasia: Nationalism and Social Change | place=Ann Arbor | year=1983 | locator=44")]
    public void An_editor_before_a_title_with_a_colon_keeps_the_title_whole(string note, string expected) => RulesOnly.Check(note, expected);

    // A sentence before "In X and Y, eds," is a separate citation; the editors open the second.
    [Theory]
    [InlineData("Olga Berggolts, May 1942. In Anna Reid and Boris Kagan, eds, Siege Voices: Letters and Diaries, pp. 50–51.", "authors=Berggolts | year=1942 || editors=Reid; Kagan | title=Siege Voices: Letters and Diaries | locator=50–51")]
    [InlineData("Nina Lagina, winter 1941. In Peter Hart and Tom Lee, eds., Hunger and Cold: A Diary, p. 19.", "authors=Lagina | year=1941 || editors=Hart; Lee | title=Hunger and Cold: A Diary | locator=19")]
    [InlineData("Pyotr Ilyin, autumn 1941. In Maria Orlova, ed., Letters from Leningrad, p. 33.", "authors=Ilyin | year=1941 || editors=Orlova | title=Letters from Leningrad | locator=33")]
    public void Editors_after_a_sentence_open_the_next_citation(string note, string expected) => RulesOnly.Check(note, expected);

    // "Name, ed. Title. Place: Publisher, Year." The imprint sentence after the title is not the title's.
    [Theory]
    [InlineData("Stephen Cohen, ed. An End to Silence. New York: Norton, 1982.", "editors=Cohen | title=An End to Silence | place=New York | publisher=Norton | year=1982")]
    [InlineData("Robert Daniels, ed. A Documentary History of Communism. Hanover: University Press of New England, 1984, 23.", "editors=Daniels | title=A Documentary History of Communism | place=Hanover | publisher=University Press of New England | year=1984 | locator=23")]
    [InlineData("Mary Brown, ed. Village Life in Russia. London: Pantheon, 1985.", "editors=Brown | title=Village Life in Russia | place=London | publisher=Pantheon | year=1985")]
    public void A_title_after_an_editor_mark_stops_before_the_imprint(string note, string expected) => RulesOnly.Check(note, expected);
}
