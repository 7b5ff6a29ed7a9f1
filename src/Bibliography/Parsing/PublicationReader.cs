using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>
/// Reads <c>Author I.I. Title. [Statements.] Place, publisher, year, s. pages</c>, with a container after
/// <c>//</c> (a collection or a journal), in Azerbaijani, GOST Cyrillic and transliterated conventions.
/// </summary>
/// <remarks>
/// It reads from the right: the locator, then the issue and year, then the imprint (place, publisher), because
/// the end of a citation is regular while titles may hold commas, dates and full stops.
/// </remarks>
internal static class PublicationReader
{
    private static readonly TwoPhaseRegex FamilyThenInitials = new(
        @"^(?<fam>\p{Lu}[\p{L}'’]+(?:-\p{Lu}?[\p{L}'’]+)?)\s+(?<ini>" + Conventions.Initial + @"(?:\s?" + Conventions.Initial + @"){0,2})");
    private static readonly TwoPhaseRegex InitialsThenFamily = new(
        @"^(?<ini>" + Conventions.Initial + @"(?:\s?" + Conventions.Initial + @"){0,2})\s?(?<fam>\p{Lu}\p{Ll}[\p{L}'’]+(?:-\p{Lu}?[\p{L}'’]+)?)");
    private static readonly TwoPhaseRegex YearAtEnd = new(@"(?:^|[\s,.:(])(?<y>1[5-9]\d\d|20\d\d)(?:\s?(?:г\.|il|ил)?)$");
    private static readonly TwoPhaseRegex IssueAtEnd = new(@"(?:^|[\s,.])(?<kw>" + Conventions.IssueKeyword + @")\s*(?<n>\d+(?:\s?" + Conventions.Dash + @"\s?\d+)?)$");
    private static readonly TwoPhaseRegex VolumeSegment = new(@"^(?<kw>" + Conventions.VolumeKeyword + @")\s*(?<n>\d+|[IVXLC]+)$");
    private static readonly int FamilyThenInitialsFam = FamilyThenInitials.GroupNumber("fam"), FamilyThenInitialsIni = FamilyThenInitials.GroupNumber("ini");
    private static readonly int InitialsThenFamilyFam = InitialsThenFamily.GroupNumber("fam"), InitialsThenFamilyIni = InitialsThenFamily.GroupNumber("ini");
    private static readonly int YearGroup = YearAtEnd.GroupNumber("y"), IssueGroup = IssueAtEnd.GroupNumber("n"), IssueKeywordGroup = IssueAtEnd.GroupNumber("kw");
    private static readonly int VolumeGroup = VolumeSegment.GroupNumber("n");
    private static readonly Regex EditionSegment = new(@"^\d+[-‑]?(?:е|e|ci|cı|cu|cü)?\s*(?:изд\.?|izd\.?|nəşr|ed\.?|издание|izdanie)", Conventions.Anchored);
    private static readonly Regex OpCit = new(@"^(?:Göst(?:ərilən)?\.?\s*əsər(?:i)?|Указ\.?\s*соч\.?|Ukaz\.?\s*so(?:ç|ch|c)\.?|op\.\s*cit\.?)$", Conventions.Anchored | RegexOptions.IgnoreCase);

    /// <summary>Reads text[start..end) as a publication, or null if it has neither a title nor an imprint.</summary>
    public static PublicationCitation? Read(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;,");
        if (e <= s) return null;
        var fullEnd = e;

        CitedLocator? locator = null;
        if (LocatorReader.ReadAtEnd(text, s, e, folioAllowed: false) is { } found)
        {
            locator = found.Locator;
            (_, e) = TextScan.Trim(text, s, found.Start, " .,;:–—");
        }

        var slash = text.IndexOf("//", s, e - s, StringComparison.Ordinal);
        int headEnd = slash >= 0 ? slash : e;
        int partStart = slash >= 0 ? slash + 2 : s;

        // Issue and year close the last part (container if any, else the head).
        Located? issue = null, year = null;
        if (IssueAtEnd.Match(text, partStart, e - partStart) is { } im)
        {
            var g = im.Groups[IssueGroup];
            issue = new Located(g.Value, new TextSpan(g.Index, g.Length));
            (_, e) = TextScan.Trim(text, partStart, im.Groups[IssueKeywordGroup].Index, " .,;:–—");
        }
        if (YearAtEnd.Match(text, partStart, e - partStart) is { } ym)
        {
            var g = ym.Groups[YearGroup];
            year = new Located(g.Value, new TextSpan(g.Index, g.Length));
            (_, e) = TextScan.Trim(text, partStart, g.Index, " .,;:–—");
        }
        if (slash < 0) headEnd = e;

        var isArticle = slash >= 0 && issue is not null;
        Located? place = null, publisher = null;
        int imprintStart = e;
        if (year is not null)
        {
            var sentences = TextScan.Sentences(text, partStart, e);
            var lastStart = sentences.Count > 0 ? sentences[^1].Next : partStart;
            if (lastStart < e && TryImprint(text, lastStart, e, isArticle, out place, out publisher))
            {
                imprintStart = lastStart;
                if (slash < 0) headEnd = sentences.Count > 0 ? sentences[^1].Stop : partStart;
            }
        }

        // Head: authors, title, statements.
        var (hs, he) = TextScan.Trim(text, s, headEnd, " .,;:–—");
        var authors = new List<CslName>();
        hs = ReadAuthors(text, hs, he, authors);

        var result = new Builder();
        var headSentences = SplitSentences(text, hs, he);
        Located? title = null;
        foreach (var (a, b) in headSentences)
        {
            if (title is null) { title = TextScan.Locate(text, a, b, " .,;:"); continue; }
            if (!result.TakeStatement(text, a, b))
                title = Extend(text, title, b);
        }

        Located? container = null;
        if (slash >= 0)
        {
            var containerEnd = imprintStart < e ? imprintStart : e;
            foreach (var (a, b) in SplitSentences(text, slash + 2, containerEnd))
            {
                if (container is null) { container = TextScan.Locate(text, a, b, " .,;:"); continue; }
                if (!result.TakeStatement(text, a, b))
                    container = Extend(text, container, b);
            }
        }

        if (title is null && container is null) return null;
        if (year is null && place is null && authors.Count == 0 && container is null && !IsOpCit(title)) return null;

        var (ts, te) = TextScan.Trim(text, start, end);
        return new PublicationCitation
        {
            Text = text[ts..te],
            Span = new TextSpan(ts, te - ts),
            Kind = slash < 0 ? PublicationKind.Book : isArticle ? PublicationKind.Article : PublicationKind.Chapter,
            Authors = authors.Count > 0 ? authors : Array.Empty<CslName>(),
            Title = title,
            ContainerTitle = container,
            Genre = result.Genre,
            Compilers = result.Compilers ?? (IReadOnlyList<CslName>)Array.Empty<CslName>(),
            Editors = result.Editors ?? (IReadOnlyList<CslName>)Array.Empty<CslName>(),
            Translators = result.Translators ?? (IReadOnlyList<CslName>)Array.Empty<CslName>(),
            Responsibility = result.Responsibility,
            Volume = result.Volume,
            Edition = result.Edition,
            Issue = issue,
            Place = place,
            Publisher = publisher,
            Year = year,
            Locator = locator,
            Language = LanguageDetector.Detect(title?.Value, container?.Value, publisher?.Value),
        };
    }

    /// <summary>True when the title is an "op. cit." phrase (<c>Göst. əsəri</c>, <c>Указ. соч.</c>).</summary>
    public static bool IsOpCit(Located? title) => title is not null && OpCit.IsMatch(title.Value);

    private static List<(int Start, int End)> SplitSentences(string text, int start, int end)
    {
        var list = new List<(int, int)>();
        var from = start;
        foreach (var (stop, next) in TextScan.Sentences(text, start, end))
        {
            list.Add((from, stop));
            from = next;
        }
        if (from < end) list.Add((from, end));
        return list;
    }

    private static readonly char[] ExtendedEnd = [' ', '.', ','];

    private static Located Extend(string text, Located located, int end)
    {
        var value = text[located.Span.Offset..end].TrimEnd(ExtendedEnd);
        return new(value, new TextSpan(located.Span.Offset, value.Length));
    }

    private static int ReadAuthors(string text, int start, int end, List<CslName> authors)
    {
        var at = start;
        while (at < end)
        {
            var m = FamilyThenInitials.Match(text, at, end - at);
            CslName? name = null;
            if (m is not null) name = CslName.Person(m.Groups[FamilyThenInitialsFam].Value, m.Groups[FamilyThenInitialsIni].Value.Replace(" ", ""));
            else
            {
                m = InitialsThenFamily.Match(text, at, end - at);
                if (m is not null && authors.Count > 0) name = CslName.Person(m.Groups[InitialsThenFamilyFam].Value, m.Groups[InitialsThenFamilyIni].Value.Replace(" ", ""));
            }
            if (name is null || m is null) break;
            var after = at + m.Length;
            if (after < end && !(char.IsWhiteSpace(text[after]) || text[after] is ',' or '.')) break;
            authors.Add(name);
            at = after;
            var (ns, _) = TextScan.Trim(text, at, end);
            if (ns < end && text[ns] == ',')
            {
                at = ns + 1;
                while (at < end && char.IsWhiteSpace(text[at])) at++;
                continue;
            }
            at = ns;
            break;
        }
        return at;
    }

    /// <summary>Reads <c>Place, Publisher</c>, <c>Place: Publisher</c> or a lone place.</summary>
    private static bool TryImprint(string text, int start, int end, bool isArticle, out Located? place, out Located? publisher)
    {
        place = publisher = null;
        var sep = TextScan.IndexOfAnyOutsideQuotes(text, start, end, ",:");
        // "M.; L.: Nauka" keeps both places together.
        var candidateEnd = sep >= 0 ? sep : end;
        var candidate = text[start..candidateEnd].Trim();
        if (!LooksLikePlace(candidate, strict: isArticle)) return false;
        place = TextScan.Locate(text, start, candidateEnd);
        if (sep >= 0) publisher = TextScan.Locate(text, sep + 1, end, " ,:");
        return true;
    }

    private static bool LooksLikePlace(string candidate, bool strict)
    {
        if (candidate.Length == 0) return false;
        if (Conventions.AbbreviatedPlaces.Contains(candidate)) return true;
        if (strict) return false;
        var words = candidate.Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && words.All(w => char.IsUpper(w[0]) || w is "na" or "am" or "upon")
               && !candidate.Any(char.IsDigit);
    }

    /// <summary>Collects the statements that follow a title: volume, edition, genre, responsibility.</summary>
    private sealed class Builder
    {
        public Located? Genre, Volume, Edition, Responsibility;
        // Made when a statement names one: most citations have none, and the parse keeps what it returns.
        public List<CslName>? Compilers, Editors, Translators;

        public bool TakeStatement(string text, int start, int end)
        {
            var located = TextScan.Locate(text, start, end, " .,;:");
            if (located is null) return true;
            var v = located.Value;
            var vm = VolumeSegment.Match(v);
            if (vm is not null)
            {
                var n = vm.Groups[VolumeGroup];
                Volume = new Located(n.Value, new TextSpan(located.Span.Offset + n.Index, n.Length));
                return true;
            }
            if (EditionSegment.IsMatch(v)) { Edition = located; return true; }
            if (ResponsibilityReader.TryRead(located, out var genre, out var roles))
            {
                Responsibility = located;
                if (genre is not null) Genre ??= NormaliseGenre(genre);
                foreach (var (role, names) in roles)
                {
                    var list = role switch { CreatorRole.Compiler => Compilers ??= new(), CreatorRole.Editor => Editors ??= new(), CreatorRole.Translator => Translators ??= new(), _ => null };
                    if (list is null) continue;
                    foreach (var n in names)
                        if (!list.Contains(n)) list.Add(n);
                }
                return true;
            }
            var first = v.Split(' ')[0];
            if (Conventions.CollectionWords.ContainsKey(first)) { Genre ??= NormaliseGenre(located); return true; }
            return false;
        }

        private static Located NormaliseGenre(Located genre)
        {
            var words = genre.Value.Split(' ', 2);
            return Conventions.CollectionWords.TryGetValue(words[0], out var standard) && standard != words[0]
                ? genre with { Value = standard + (words.Length > 1 ? " " + words[1] : "") }
                : genre;
        }
    }
}
