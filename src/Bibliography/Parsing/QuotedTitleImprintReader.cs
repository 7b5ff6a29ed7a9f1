using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>
/// Reads a book named in a sentence by its quoted title with its imprint in brackets after it, the author's initials and
/// family name before it: <c>… в книге Б. В. Соколова «Тайны войны» (М.: Вече, 2001, с. 45).</c>
/// </summary>
/// <remarks>
/// The sentence around the book is prose, recorded nowhere; the imprint in brackets closes the part (a full stop may
/// follow), its place one the region's notes name (abbreviated, or in full), then a publisher after a colon, the year
/// and the page. The family name is kept as written (in the genitive, as the sentence declines it).
/// </remarks>
internal static class QuotedTitleImprintReader
{
    // "М.: Вече, 2001, с. 45", "Баку, 1990": place, publisher after a colon, year, page.
    private static readonly Regex Imprint = new(@"^(?<place>[^:,()«»]{1,40}?)\s*(?::\s*(?<pub>[^,()]{1,80}?))?,\s*(?<y>1[5-9]\d\d|20\d\d)(?:\s?" + Vocabulary.Alternation(Vocabulary.YearMarks.Select(m => m.TrimEnd('.')).Distinct())
        + @"\.?)?(?:,\s*(?<kw>" + Conventions.PageKeyword + @")\s*(?<v>" + Conventions.NumberList + @"))?$", Conventions.Options);

    // The author right before the title: initials, then the family name ("Б. В. Соколова", "А.И. Аджубея").
    private static readonly Regex AuthorBefore = new(@"(?:^|\s)(?<ini>(?:\p{Lu}\.\s?){1,3})(?<fam>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$", Conventions.Options);

    /// <summary>The longest title read in the quotation marks before the bracketed imprint.</summary>
    private const int MaxTitle = 200;

    /// <summary>Reads text[start..end) as a book named in a sentence with its imprint in brackets, or null if it is not one.</summary>
    public static PublicationCitation? Read(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;");
        if (e - s < 12 || text[e - 1] != ')') return null;
        var open = text.LastIndexOf('(', e - 1, e - s);
        if (open <= s) return null;
        // The title's closing mark, then spaces, then the bracket.
        var close = TextScan.Trim(text, s, open).End - 1;
        if (close <= s || text[close] != '»') return null;
        var opening = text.LastIndexOf('«', close - 1, Math.Min(MaxTitle, close - s));
        if (opening < s || opening + 1 >= close) return null;
        // "Статья // Сборник «Кавказ» (Тифлис, 1910)": a piece in the quoted collection, the publication readers' to read.
        if (PublicationReader.ContainerMark(text, s, opening).Index >= 0) return null;
        var (bs, be) = TextScan.Trim(text, open + 1, e - 1);
        if (be <= bs || Imprint.Match(text, bs, be - bs) is not { Success: true } m || m.Index != bs || m.Length != be - bs) return null;
        var placeGroup = m.Groups["place"];
        var placeText = placeGroup.ValueSpan.Trim();
        if (!Conventions.IsKnownPlace(placeText)) return null;

        var authors = new List<CslName>();
        var (hs, he) = TextScan.Trim(text, s, opening);
        if (he > hs && AuthorBefore.Match(text, hs, he - hs) is { Success: true } a && a.Index + a.Length == he)
            authors.Add(CslName.Person(a.Groups["fam"].Value, a.Groups["ini"].Value.Replace(" ", "")));
        CitedLocator? locator = null;
        if (m.Groups["kw"] is { Success: true } kw && m.Groups["v"] is { Success: true } v)
            locator = LocatorReader.ReadOne(kw.Value, v.Value, new TextSpan(kw.Index, v.Index + v.Length - kw.Index));
        var title = TextScan.Locate(text, opening + 1, close);
        if (title is null) return null;
        return new PublicationCitation
        {
            Text = text[s..e],
            Span = new TextSpan(s, e - s),
            Kind = PublicationKind.Book,
            Authors = authors,
            Title = title,
            Place = TextScan.Locate(text, placeGroup.Index, placeGroup.Index + placeGroup.Length),
            Publisher = m.Groups["pub"] is { Success: true } pub ? TextScan.Locate(text, pub.Index, pub.Index + pub.Length) : null,
            Year = new Located(m.Groups["y"].Value, new TextSpan(m.Groups["y"].Index, 4)),
            Locator = locator,
            Language = LanguageDetector.Detect(text[s..e]),
        };
    }
}
