using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>
/// Reads an Azerbaijani reference to a journal or a newspaper named in quotation marks with its kind word after it:
/// <c>M. Family. "Title". "Qobustan" jurnalı, 1977, N 10, səh. 78.</c>, <c>Family I. «Title». «Kommunist» qəzeti,
/// 1967, 5 mart.</c>, <c>«Azərbaycan» jurnalı, 1984, № 5, s. 12.</c>
/// </summary>
/// <remarks>
/// The quoted name followed by <c>jurnalı</c> or <c>qəzeti</c> is the container; what stands before it is the author and
/// the piece's title (its quotation marks dropped); after it come the year, the number (<c>№</c>, <c>N</c>, or <c>Ns</c>,
/// as № comes out of some text layers), the day and month (recorded nowhere) and the page.
/// </remarks>
internal static class QuotedPeriodicalReader
{
    // The quoted name and its kind word, then a comma: the container.
    private static readonly Regex Container = new(@"[“""«„](?<name>[^”""»“«„]{2,80})[”""»“]\s*(?<kind>"
        + Vocabulary.Alternation(Vocabulary.NewspaperWords.Concat(Vocabulary.JournalWords)) + @")\s*[,.]", Conventions.Options);
    // "Title". "Ədəbiyyat qəzeti", 1990: the kind word inside the marks is part of the paper's name, which is the container.
    private static readonly Regex ContainerWithKind = new(@"[“""«„](?<name>[^”""»“«„]{2,80}\s"
        + Vocabulary.Alternation(Vocabulary.NewspaperWords.Concat(Vocabulary.JournalWords)) + @")[”""»“]\s*[,.]", Conventions.Options);
    // Linear (Conventions.Linear): tried only before a year's digit, bounded but for a \s run, which "il" ends.
    private static readonly Regex Year = new(@"(?:^|[\s,.])(?<y>1[5-9]\d\d|20\d\d)(?:" + Conventions.AzerbaijaniOrdinal + @"\s*il)?\b", Conventions.Linear);
    private static readonly Regex Issue = new(@"(?:^|[\s,.])(?:" + Conventions.IssueKeyword + @"|N|Ns)\s*(?<n>\d+(?:[/–-]\d+)?)\b", Conventions.Options);
    // The author heading the piece, "M. Family." or "Family M.", from the heading-name patterns every reader composes.
    private static readonly Regex InitialsFirst = new(@"^(?<ini>" + PublicationReader.Initials + @")\s?(?<fam>" + PublicationReader.FamilyNameAfterInitials + @")[.,]\s", Conventions.Options);
    private static readonly Regex FamilyFirst = new(@"^(?<fam>" + PublicationReader.FamilyName + @")\s(?<ini>" + PublicationReader.Initials + @"),?\s", Conventions.Options);

    private const string Quotes = "\"“”«»„";

    /// <summary>Reads text[start..end) as a piece in a quoted journal or newspaper, or null if it is not one.</summary>
    public static PublicationCitation? Read(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;,");
        if (e - s < 8 || text.AsSpan(s, e - s).IndexOfAny(Quotes) < 0) return null;
        var regex = Container;
        if (Container.Find(text, s, e - s) is not { } found)
        {
            // Only after a quoted title: a paper's name alone ("Ədəbiyyat qəzeti", 1990) is the newspaper reader's.
            if (ContainerWithKind.Find(text, s, e - s) is not { } inside || inside.Index == s) return null;
            (found, regex) = (inside, ContainerWithKind);
        }
        var m = regex.MatchIn(text, found.Index, found.Length)!;
        // A newspaper named alone ("“Azərbaycan” qəzeti, 1919, 12 noyabr") is the newspaper reader's: an issue, not a piece.
        if (found.Index == s && Vocabulary.NewspaperWords.Contains(m.Groups["kind"].Value, StringComparer.OrdinalIgnoreCase)) return null;
        var name = m.Groups["name"];
        var restStart = found.Index + found.Length;
        if (Year.Find(text, restStart, e - restStart) is not { } y) return null;
        var ya = PublicationReader.YearStart(text, y.Index);
        var year = new Located(text.Substring(ya, 4), new TextSpan(ya, 4));
        Located? issue = null;
        if (Issue.MatchIn(text, restStart, e - restStart) is { } im)
            issue = new Located(im.Groups["n"].Value, new TextSpan(im.Groups["n"].Index, im.Groups["n"].Length));
        var locator = LocatorReader.ReadAtEnd(text, restStart, e, folioAllowed: false)?.Locator;

        // Before the container: the author, then the piece's title ("Title" // "Qobustan" jurnalı, "Title" - "Kommunist"
        // qəzeti: the mark or the dash that opens the container is no part of it).
        var (hs, he) = TextScan.Trim(text, s, found.Index, " ,.-–—/");
        var authors = new List<CslName>();
        if (he > hs && PublicationReader.HeadingName(text, hs, he, out var afterName, InitialsFirst, FamilyFirst) is { } author)
        {
            authors.Add(author);
            hs = afterName;
        }
        var (ts, te) = TextScan.Trim(text, hs, he, " ,.-–—/" + Quotes);
        return new PublicationCitation
        {
            Text = text[s..e],
            Span = new TextSpan(s, e - s),
            Kind = PublicationKind.Article,
            Authors = authors,
            Title = te > ts ? new Located(text[ts..te], new TextSpan(ts, te - ts)) : null,
            ContainerTitle = new Located(name.Value.Trim(), new TextSpan(name.Index, name.Length)),
            Year = year,
            Issue = issue,
            Locator = locator,
            Language = "az",
        };
    }
}
