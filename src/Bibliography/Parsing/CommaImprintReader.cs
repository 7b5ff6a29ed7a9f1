using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>
/// Reads an Azerbaijani book reference whose imprint has commas and no colon, or a colon and no dash:
/// <c>I.Family. Title. II cild. Bakı, Publisher, 1983, səh. 112.</c>, <c>Bakı, "Elm", 2020, 280 s.</c>,
/// <c>Family I.I. Title. Bakı: Yazıçı, 1984, 123 s.</c>
/// </summary>
/// <remarks>
/// It reads from the right, as the publication reader does: the page or the extent, the year, then the imprint back to
/// the sentence's start (a full stop and a space, or a quoted title's closing mark and a comma): its first piece is the
/// place, a word or two; what follows up to the year is the publisher, without its quotation marks. Before the imprint
/// <c>II cild</c> is the volume and <c>10 cilddə</c> (the set's size) is recorded nowhere.
/// </remarks>
internal static class CommaImprintReader
{
    private static readonly string PageWord = Vocabulary.Alternation(Vocabulary.Spellings(KeywordLevel.Page).Select(k => k.TrimEnd('.')).Distinct());
    private static readonly Regex PageAtEnd = new(@"[,.]\s*(?<kw>(?:" + PageWord + @")\.?)\s*:?\s*[-–]?\s*(?<v>" + Conventions.NumberList + @")$", Conventions.Options);
    private static readonly Regex ExtentAtEnd = new(@",\s*\d{1,4}\s?(?:" + PageWord + @")\.?$", Conventions.Options);
    private static readonly Regex YearAtEnd = new(@"[,\s–—-]\s*(?<y>1[5-9]\d\d|20\d\d)$", Conventions.Options);
    // A place: a word or two, each opening with a capital ("Bakı", "Baki", "Tbilisi", "Naxçıvan").
    // A hyphen joins capitalised parts ("Sankt-Peterburq"); an abbreviation ends in its full stop.
    private static readonly Regex Place = new(@"^\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}*)?\.?(?:\s\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}*)?)?$", Conventions.Options);
    private static readonly Regex VolumeAtEnd = new(@"(?:^|[\s,.])(?<n>[IVXLC]+)\s+(?:" + Conventions.VolumeKeyword + @")\.?$", Conventions.Options);
    private static readonly Regex SetSizeAtEnd = new(@"(?:^|[\s,.])\d+\s+(?:" + Conventions.VolumeKeyword + @")\p{L}*[.,]?$", Conventions.Options);
    private static readonly Regex InitialsFirst = new(@"^(?<ini>" + PublicationReader.Initials + @")\s?(?<fam>" + PublicationReader.FamilyNameAfterInitials + @")\.\s", Conventions.Options);
    private static readonly Regex FamilyFirst = new(@"^(?<fam>" + PublicationReader.FamilyName + @")\s(?<ini>" + PublicationReader.Initials + @")\s", Conventions.Options);

    private const string Quotes = "\"“”«»„";

    /// <summary>Reads text[start..end) as an Azerbaijani book with a comma imprint, or null if it is not one.</summary>
    public static PublicationCitation? Read(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;,");
        if (e - s < 8) return null;
        var part = text[s..e];
        if (LanguageDetector.Detect(part) != "az") return null;
        var to = part.Length;
        CitedLocator? locator = null;
        var pm = PageAtEnd.Match(part);
        if (pm.Success)
        {
            var kw = pm.Groups["kw"];
            var v = pm.Groups["v"];
            locator = LocatorReader.ReadOne(kw.Value, v.Value, new TextSpan(s + kw.Index, v.Index + v.Length - kw.Index));
            to = pm.Index;
        }
        else if (ExtentAtEnd.Match(part) is { Success: true } x) to = x.Index;
        var ym = YearAtEnd.Match(part, 0, to);
        if (!ym.Success || ym.Index + ym.Length != to) return null;
        var year = At(ym.Groups["y"]);
        to = ym.Index;

        // The imprint, back to the sentence's start.
        var boundary = Math.Max(part.LastIndexOf(". ", to, StringComparison.Ordinal), QuotedTitleEnd(part, to));
        var imprintStart = boundary < 0 ? 0 : boundary + 2;
        if (imprintStart >= to) return null;
        var imprint = part[imprintStart..to];
        var colon = imprint.IndexOf(':');
        var comma = imprint.IndexOf(',');
        var placeEnd = colon >= 0 && (comma < 0 || colon < comma) ? colon : comma;
        if (placeEnd < 0) placeEnd = imprint.Length;
        var (ps, pe) = TextScan.Trim(part, imprintStart, imprintStart + placeEnd, " ");
        if (pe <= ps || !Place.IsMatch(part.AsSpan(ps, pe - ps))) return null;
        var place = new Located(part[ps..pe], new TextSpan(s + ps, pe - ps));
        Located? publisher = null;
        if (placeEnd < imprint.Length)
        {
            var (us, ue) = TextScan.Trim(part, imprintStart + placeEnd + 1, to, " ,:" + Quotes);
            if (ue > us) publisher = new Located(part[us..ue], new TextSpan(s + us, ue - us));
        }

        // Before the imprint: the authors, the title, the volume.
        var (hs, he) = TextScan.Trim(part, 0, Math.Max(0, boundary + 1), " ,.");
        Located? volume = null;
        if (he > hs && VolumeAtEnd.Match(part, hs, he - hs) is { Success: true } vm && vm.Index + vm.Length == he)
        {
            volume = At(vm.Groups["n"]);
            (hs, he) = TextScan.Trim(part, hs, vm.Groups["n"].Index, " ,.");
        }
        if (he > hs && SetSizeAtEnd.Match(part, hs, he - hs) is { Success: true } sm && sm.Index + sm.Length == he)
            (hs, he) = TextScan.Trim(part, hs, sm.Index, " ,.");
        var authors = new List<CslName>();
        if (he > hs)
        {
            Match am;
            if ((am = InitialsFirst.Match(part, hs, he - hs)).Success || (am = FamilyFirst.Match(part, hs, he - hs)).Success)
            {
                authors.Add(CslName.Person(am.Groups["fam"].Value, am.Groups["ini"].Value.Replace(" ", "")));
                hs = am.Index + am.Length;
                hs = Conventions.SkipEtAl(part, hs, he); // "Quliyev V. və b. Title": et al. is no part of the title
            }
        }
        var (ts, te) = TextScan.Trim(part, hs, he, " ,." + Quotes);
        var title = te > ts ? new Located(part[ts..te], new TextSpan(s + ts, te - ts)) : null;

        Located At(Group g) => new(g.Value, new TextSpan(s + g.Index, g.Length));
        return new PublicationCitation
        {
            Text = part,
            Span = new TextSpan(s, e - s),
            Kind = PublicationKind.Book,
            Authors = authors,
            Title = title,
            Volume = volume,
            Place = place,
            Publisher = publisher,
            Year = year,
            Locator = locator,
            Language = "az",
        };
    }

    // Where a quoted title closes before the imprint's comma ("“Title”, Bakı, 1965"): the index of its closing mark, else -1.
    private static int QuotedTitleEnd(string part, int to)
    {
        for (var i = to - 2; i > 0; i--)
            if (part[i + 1] == ',' && part[i] is '"' or '”' or '»') return i;
        return -1;
    }
}
