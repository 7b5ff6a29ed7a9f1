using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>Reads newspaper citations: <c>“Kommunist” qəzeti (rusca), 1920, 19 iyun</c>, <c>«Коммунист», 1920, 19 июня, № 54</c>, <c>Коммунист. 1920. 19 июня</c>.</summary>
internal static class NewspaperReader
{
    private static readonly TwoPhaseRegex Quoted = new(
        @"^[“""«„](?<title>[^”""»“«]+)[”""»“]\s*(?<kind>qəzeti|qəzet|gazeti|gazeta|газета|gazetesi)?\s*(?:\((?<lang>[^()]*)\))?\s*[,.]\s*(?<rest>.*)$",
        RegexOptions.Singleline);

    private static readonly TwoPhaseRegex Plain = new(
        @"^(?<title>[^.,;“”«»]{2,60})[.,]\s*(?<rest>(?:1[7-9]\d\d|20\d\d)[.,]?\s*\d{1,2}\s+" + Conventions.MonthPattern + @".*)$",
        RegexOptions.Singleline);

    private static readonly TwoPhaseRegex Year = new(@"(?:^|[\s,.])(?<y>1[7-9]\d\d|20\d\d)(?:[\s,.]|$)");
    private static readonly TwoPhaseRegex DayMonth = new(@"(?<d>\d{1,2})\s+(?<m>" + Conventions.MonthPattern + @")");
    private static readonly TwoPhaseRegex MonthDay = new(@"(?<m>" + Conventions.MonthPattern + @")\s+(?<d>\d{1,2})(?:[\s,.]|$)");
    private static readonly TwoPhaseRegex IssueNumber = new(@"(?:№|No\.|N)\s*(?<n>\d+)");

    /// <summary>Reads text[start..end) as a newspaper citation, or null.</summary>
    public static NewspaperCitation? Read(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " ;");
        // Most citations are no newspaper: the cheap tests run on the text in place, before any copy is made.
        var opensQuoted = e > s && text[s] is '“' or '"' or '«' or '„';
        if (!opensQuoted && !MayBePlain(text.AsSpan(s, e - s))) return null;
        var slice = text[s..e];
        var m = opensQuoted ? Quoted.Match(slice) : null;
        var quoted = m is not null;
        if (m is null && MayBePlain(slice)) m = Plain.Match(slice);
        if (m is null) return null;

        var rest = m.Groups["rest"];
        var restOffset = s + rest.Index;
        var restText = rest.Value;
        var hasKindWord = quoted && m.Groups["kind"].Success;

        int? year = null, month = null, day = null;
        int dateStart = -1, dateEnd = -1;
        var y = Year.Match(restText);
        if (y is not null) { year = int.Parse(y.Groups["y"].Value); Extend(ref dateStart, ref dateEnd, y.Groups["y"]); }
        var dm = DayMonth.Match(restText) ?? MonthDay.Match(restText);
        if (dm is not null)
        {
            month = Conventions.MonthOf(dm.Groups["m"].Value);
            day = int.Parse(dm.Groups["d"].Value);
            Extend(ref dateStart, ref dateEnd, dm);
        }
        var issue = IssueNumber.Match(restText);
        if (year is null || !(hasKindWord || month is not null || issue is not null)) return null;

        var title = m.Groups["title"];
        var lang = m.Groups["lang"].Success ? LanguageDetector.FromNote(m.Groups["lang"].Value) : null;
        var pageLocator = LocatorReader.ReadAtEnd(text, restOffset, e, folioAllowed: false);
        return new NewspaperCitation
        {
            Text = slice,
            Span = new TextSpan(s, e - s),
            Title = new Located(title.Value.Trim(), new TextSpan(s + title.Index, title.Value.Trim().Length)),
            NewspaperLanguage = lang ?? (title.ValueSpan.ContainsAnyInRange('\u0400', '\u04FF') ? "ru" : null),
            Date = CslDate.FromParts(year.Value, month, month is null ? null : day),
            DateWritten = dateStart >= 0 ? new Located(restText[dateStart..dateEnd], new TextSpan(restOffset + dateStart, dateEnd - dateStart)) : null,
            Issue = issue is not null ? new Located(issue.Groups["n"].Value, new TextSpan(restOffset + issue.Groups["n"].Index, issue.Groups["n"].Length)) : null,
            Locator = pageLocator?.Locator,
            Language = LanguageDetector.Detect(slice),
        };
    }

    /// <summary>
    /// A test <see cref="Plain"/> needs to pass: its title runs up to the first of <c>.,;“”«»</c>, which must be a
    /// full stop or comma 2 to 60 characters in, followed by spaces and a year. Most citations fail it at once.
    /// </summary>
    private static bool MayBePlain(ReadOnlySpan<char> slice)
    {
        var stop = slice.IndexOfAny(".,;“”«»");
        if (stop < 2 || stop > 60 || slice[stop] is not ('.' or ',')) return false;
        var i = stop + 1;
        while (i < slice.Length && char.IsWhiteSpace(slice[i])) i++;
        if (i + 4 > slice.Length || !char.IsDigit(slice[i + 2]) || !char.IsDigit(slice[i + 3])) return false;
        return (slice[i] == '1' && slice[i + 1] is '7' or '8' or '9') || (slice[i] == '2' && slice[i + 1] == '0');
    }

    private static void Extend(ref int start, ref int end, Group g)
    {
        start = start < 0 ? g.Index : Math.Min(start, g.Index);
        end = Math.Max(end, g.Index + g.Length);
    }
}
