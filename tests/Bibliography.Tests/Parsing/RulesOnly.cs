using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Reads a note with the rule readers alone: the class tests pin what the rules must read, and the hybrid may hand a
/// thin reading to the labeller, whose answers they do not pin.
/// </summary>
internal static class RulesOnly
{
    /// <summary>The citations the rule readers find in <paramref name="note"/>.</summary>
    public static IReadOnlyList<ParsedCitation> Parse(string note)
    {
        var before = CitationParser.Mode;
        CitationParser.Mode = ParserMode.Rules;
        try { return CitationParser.ParseFootnote(note); }
        finally { CitationParser.Mode = before; }
    }

    /// <summary>Checks <paramref name="note"/>'s fields (<see cref="ExpectedFields.Check"/>), read after <paramref name="antecedent"/> if given, as the rule readers alone read it.</summary>
    public static void Check(string note, string expected, string? antecedent = null)
    {
        var before = CitationParser.Mode;
        CitationParser.Mode = ParserMode.Rules;
        try { ExpectedFields.Check(note, expected, antecedent); }
        finally { CitationParser.Mode = before; }
    }

    /// <summary>The one publication the rule readers find in <paramref name="note"/>.</summary>
    public static PublicationCitation Publication(string note) =>
        Parse(note).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();

    /// <summary>Asserts a periodical's name, volume, issue and year, the four fields the journal-form classes check together.</summary>
    public static void ShouldBeJournal(PublicationCitation p, string journal, string volume, string issue, string year)
    {
        p.ContainerTitle!.Value.ShouldBe(journal);
        p.Volume!.Value.ShouldBe(volume);
        p.Issue!.Value.ShouldBe(issue);
        p.Year!.Value.ShouldBe(year);
    }

    /// <summary>Asserts a book's title and imprint, the four fields the imprint classes check together; a null publisher asserts there is none.</summary>
    public static void ShouldHaveImprint(PublicationCitation p, string title, string place, string? publisher, string year)
    {
        p.Title!.Value.ShouldBe(title);
        p.Place!.Value.ShouldBe(place);
        (p.Publisher?.Value).ShouldBe(publisher);
        p.Year!.Value.ShouldBe(year);
    }

    /// <summary>The family names, joined by <c>; </c>.</summary>
    public static string Families(IEnumerable<CslName> names) => string.Join("; ", names.Select(n => n.Family));
}
