using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>Reads page, folio and volume locators (<c>s. 151-156</c>, <c>vərəq 184 arxa – 185</c>, <c>c.37</c>).</summary>
internal static class LocatorReader
{
    internal static readonly Regex FolioAtEnd = new(
        @"(?:^|[\s,.;(])(?<kw>" + Conventions.FolioKeyword + @")\s*(?<val>" + Conventions.NumberList + @")\s*\.?\s*$", Conventions.Options);

    // "// Журнал. - 1902. -С. 45": the area's dash may be typed against the page keyword.
    internal static readonly Regex PageAtEnd = new(
        @"(?:^|[\s,.;(]|\s[-–—])(?<kw>" + Conventions.PageKeyword + @")\s*(?<val>" + Conventions.PageNumberList + @")\s*\.?\s*$", Conventions.Options);

    // Linear (Conventions.Linear): a whole keyword, anchored, every repeat bounded.
    private static readonly Regex IsFolioKeyword = new("^" + Conventions.FolioKeyword + "$", Conventions.Linear);
    private static readonly Regex IsPageKeyword = new("^" + Conventions.PageKeyword + "$", Conventions.Linear);

    // Each pattern with its label and the numbers of its keyword and value groups (read by number, not by name).
    private static readonly (Regex, string, int Kw, int Val)[] FolioThenPage = [With(FolioAtEnd, LocatorLabels.Folio), With(PageAtEnd, LocatorLabels.Page)];
    private static readonly (Regex, string, int Kw, int Val)[] PageOnly = [FolioThenPage[1]];

    private static (Regex, string, int, int) With(Regex regex, string label) => (regex, label, regex.GroupNumber("kw"), regex.GroupNumber("val"));

    /// <summary>Finds a folio or page locator ending <paramref name="text"/> (after <paramref name="start"/>).</summary>
    /// <returns>The locator and the offset where its keyword begins, or null.</returns>
    public static (CitedLocator Locator, int Start)? ReadAtEnd(string text, int start, int end, bool folioAllowed = true)
    {
        foreach (var (regex, label, kwGroup, valGroup) in folioAllowed ? FolioThenPage : PageOnly)
        {
            if (regex.Find(text, start, end - start) is not { } found) continue;
            int kwStart, kwEnd, valStart, valEnd;
            if (!Shape(text, found.Index, found.Length, out kwStart, out kwEnd, out valStart, out valEnd))
            {
                var m = regex.MatchIn(text, start, end - start)!;
                var (kw, val) = (m.Groups[kwGroup], m.Groups[valGroup]);
                (kwStart, kwEnd, valStart, valEnd) = (kw.Index, kw.Index + kw.Length, val.Index, val.Index + val.Length);
            }
            var span = new TextSpan(kwStart, valEnd - kwStart);
            var value = text[valStart..valEnd];
            return (new CitedLocator(Canonical(value), label, text[kwStart..kwEnd], value.Trim(), span), kwStart);
        }
        return null;
    }

    // One of the words anywhere in the part, case and all: a quick test before a pattern that matches only where one stands.
    private static bool ContainsAny(ReadOnlySpan<char> part, IReadOnlyList<string> words)
    {
        foreach (var word in words)
            if (part.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    // An article of a law (Ст. 44), or a page keyword typed with a Latin look-alike in Cyrillic text (C. 12 for С. 12).
    private static readonly Regex LawArticleAtEnd = new(@"(?:^|[\s,.;(])(?<kw>" + Conventions.LawArticleKeyword + @")\s*(?<val>\d+)\s*\.?\s*$", Conventions.Options);
    private static readonly Regex LatinPageAtEnd = new(@"(?:^|[\s,.;(])(?<kw>" + Vocabulary.Alternation(Vocabulary.LatinLookAlikePageKeywords) + @")\s*(?<val>" + Conventions.NumberList + @")\s*\.?\s*$", Conventions.Options);
    // The capital P. of a book in another language cited in a Russian note ("London, 1999. P. 7–9"), also typed with
    // the Cyrillic look-alike Р.
    private static readonly Regex CapitalPageAtEnd = new(@"(?:^|[\s,.;(])(?<kw>" + Vocabulary.Alternation(Vocabulary.CapitalPageKeywords) + @")\s*(?<val>" + Conventions.NumberList + @")\s*\.?\s*$", Conventions.Options);

    /// <summary>
    /// Finds the locators <see cref="ReadAtEnd"/> does not: an article of a law in a legal gazette (<c>Ст. 44</c>) and,
    /// in Cyrillic text, a page keyword typed with the Latin look-alike (<c>C. 12</c>, <c>c.4</c>, which Azerbaijani reads as cild).
    /// </summary>
    public static (CitedLocator Locator, int Start)? ReadOtherAtEnd(string text, int start, int end)
    {
        var part = text.AsSpan(start, end - start);
        Regex? pattern = null;
        string? label = null;
        if (ContainsAny(part, LawArticleKeywords)) (pattern, label) = (LawArticleAtEnd, LocatorLabels.Section);
        if (pattern?.Match(text, start, end - start) is not { Success: true } && ContainsAny(part, Vocabulary.LatinLookAlikePageKeywords) && part.ContainsAnyInRange('\u0400', '\u04FF'))
            (pattern, label) = (LatinPageAtEnd, LocatorLabels.Page);
        if (pattern?.Match(text, start, end - start) is not { Success: true } && (part.Contains("P", StringComparison.Ordinal) || part.Contains("Р", StringComparison.Ordinal)))
            (pattern, label) = (CapitalPageAtEnd, LocatorLabels.Page);
        if (pattern?.Match(text, start, end - start) is not { Success: true } m) return null;
        var (kw, val) = (m.Groups["kw"], m.Groups["val"]);
        var value = text.Substring(val.Index, val.Length).Trim();
        return (new CitedLocator(Canonical(value), label!, kw.Value, value, new TextSpan(kw.Index, val.Index + val.Length - kw.Index)), kw.Index);
    }

    private static readonly string[] LawArticleKeywords = [.. Vocabulary.LawArticleAbbreviations];

    /// <summary>
    /// Finds pages written without a keyword closing text[start..end), as English notes give them after a comma or a
    /// colon (<c>, 112–14</c>, <c>: 73</c>, <c>, 92, 132</c>); a year standing before them is left to the imprint.
    /// </summary>
    /// <returns>The locator and the offset where its value begins, or null.</returns>
    public static (CitedLocator Locator, int Start)? ReadBareAtEnd(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .");
        if (e <= s || !char.IsAsciiDigit(text[e - 1])) return null;
        // The run of digits, dashes, commas and spaces at the end, cut back to whole comma groups that are no year.
        var from = e;
        var groupStart = e;
        for (var i = e - 1; i >= s; i--)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) || c is ' ' || "-‐‑‒–—".Contains(c)) continue;
            // "12–13 and 71": pages joined by "and" (Canonical keeps the joiner).
            var and = i - Conventions.And.Length + 1;
            if (and > s && text[and - 1] == ' ' && i + 1 < e && text[i + 1] == ' ' && string.CompareOrdinal(text, and, Conventions.And, 0, Conventions.And.Length) == 0
                && char.IsAsciiDigit(text[TextScan.Trim(text, s, and).End - 1]))
            {
                i = and;
                continue;
            }
            if (c == ',')
            {
                var (gs, ge) = TextScan.Trim(text, i + 1, groupStart);
                if (ge <= gs || IsYear(text, gs, ge)) break;
                from = gs;
                groupStart = i;
                continue;
            }
            // The first group after a colon, or after the comma inside a quoted title's closing quote ("Title," 58).
            if (c == ':' || c is '"' or '”' or '’' && ClosesQuotedTitle(text, s, i))
            {
                var (gs, ge) = TextScan.Trim(text, i + 1, groupStart);
                if (ge > gs && !IsYear(text, gs, ge)) from = gs;
            }
            break;
        }
        if (from >= e || !char.IsAsciiDigit(text[from])) return null;
        var (_, before) = TextScan.Trim(text, s, from);
        // After a comma or a colon, also the comma inside a quoted title's closing quote ("Title," 58).
        if (before <= s || !(text[before - 1] is ',' or ':' || text[before - 1] is '"' or '”' or '’' && ClosesQuotedTitle(text, s, before - 1))) return null;
        var written = text[from..e];
        return (new CitedLocator(Canonical(written), LocatorLabels.Page, "", written, new TextSpan(from, e - from)), from);
    }

    // True when the closing quote at i ends a quoted title after its comma: "Title," or a quote inside a quote, ‘Title,’”.
    private static bool ClosesQuotedTitle(string text, int s, int i)
    {
        while (i > s && text[i - 1] is '"' or '”' or '’') i--;
        return i > s && text[i - 1] == ',';
    }

    // Years, or spans of two years ("1918–1921", as a title's dates end it, "Ocherki istorii: 1918–1921, 396"): no page.
    private static bool IsYear(string text, int s, int e)
    {
        foreach (var range in text.AsSpan(s, e - s).Split(' '))
        {
            var word = text.AsSpan(s, e - s)[range];
            if (word.IsEmpty) continue;
            if (!Conventions.IsYear(word) && !(word.Length == 9 && "-‐‑‒–—".Contains(word[4]) && Conventions.IsYear(word[..4]) && Conventions.IsYear(word[5..])))
                return false;
        }
        return true;
    }

    /// <summary>
    /// The keyword and value of a locator match at [index, index+length), told from the patterns' shape where the value
    /// ends in a digit (most do): no Match and no groups made. The keyword follows the separator the match may open
    /// with (no keyword opens with one) and runs to the first space or digit (it holds neither); the value runs from
    /// the first digit to the last one before the closing spaces and full stop, which a value ending in a digit cannot
    /// take. False for any other ending (a verso mark may take the full stop): the groups are read then.
    /// </summary>
    internal static bool Shape(string text, int index, int length, out int kwStart, out int kwEnd, out int valStart, out int valEnd)
    {
        kwStart = text[index] is ',' or '.' or ';' or '(' || char.IsWhiteSpace(text[index]) ? index + 1 : index;
        if (kwStart > index && kwStart < index + length && text[kwStart] is '-' or '–' or '—' && char.IsWhiteSpace(text[index])) kwStart++;
        kwEnd = kwStart;
        valEnd = index + length;
        while (kwEnd < valEnd && !char.IsWhiteSpace(text[kwEnd]) && !char.IsDigit(text[kwEnd])) kwEnd++;
        valStart = kwEnd;
        // A page in Roman numerals or after a section letter ("p. xiv", "p.A14", "p. A14"): the groups are read.
        while (valStart < valEnd && !char.IsDigit(text[valStart])) valStart++;
        if (valStart == valEnd || char.IsLetter(text[valStart - 1]) && (valStart > kwEnd || kwEnd - kwStart >= 2 && text[kwEnd - 2] == '.')) return false;
        while (char.IsWhiteSpace(text[valEnd - 1])) valEnd--;
        if (text[valEnd - 1] == '.') valEnd--;
        while (char.IsWhiteSpace(text[valEnd - 1])) valEnd--;
        return char.IsAsciiDigit(text[valEnd - 1]) && valEnd > valStart;
    }

    /// <summary>Reads a locator made of a keyword and a value, e.g. from <c>s.185-186</c>.</summary>
    public static CitedLocator? ReadOne(string keyword, string value, TextSpan span)
    {
        var label = IsFolioKeyword.IsMatch(keyword) ? LocatorLabels.Folio : IsPageKeyword.IsMatch(keyword) ? LocatorLabels.Page : null;
        return label is null ? null : new CitedLocator(Canonical(value), label, keyword, value.Trim(), span);
    }

    private static readonly string[] VersoWords = Vocabulary.Verso.Select(v => v.Text).ToArray();

    /// <summary>The length of a verso mark (with the spaces before it) at <paramref name="at"/>, or 0.</summary>
    internal static int VersoLength(string text, int at)
    {
        var i = at;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        foreach (var word in VersoWords)
        {
            if (string.CompareOrdinal(text, i, word, 0, word.Length) != 0) continue;
            var end = i + word.Length;
            if (end < text.Length && char.IsLetter(text[end])) continue; // "vərəq", "obzor": a word, not a mark
            return end - at;
        }
        return 0;
    }

    /// <summary>The mark of a verso in a canonical locator, whatever mark the citation wrote (<c>184v</c>).</summary>
    internal const char CanonicalVerso = 'v';

    /// <summary>The canonical form of a locator value: <c>184 arxa – 185</c> → <c>184v-185</c>.</summary>
    public static string Canonical(string written)
    {
        // Digits and hyphens alone (most locators: 45, 151-156) are their own canonical form: no copy for them.
        if (!written.AsSpan().ContainsAnyExcept(DigitsAndHyphen)) return written;
        var sb = _builder ??= new StringBuilder(64);
        sb.Clear();
        var i = 0;
        while (i < written.Length)
        {
            var c = written[i];
            if (char.IsDigit(c))
            {
                var start = i;
                while (i < written.Length && char.IsDigit(written[i])) i++;
                if (i < written.Length && "абвгАБВГ".Contains(written[i])) i++;
                // A recto mark ("23r") stays: "23r" and "23v" are two sides of one folio; so does the Latin letter of a
                // folio inserted after another ("17a", "12b"), as the Cyrillic one does.
                else if (i < written.Length && written[i] is 'r' or 'a' or 'b' && (i + 1 == written.Length || !char.IsLetter(written[i + 1]))) i++;
                sb.Append(written, start, i - start);
                var verso = VersoLength(written, i);
                if (verso > 0)
                {
                    sb.Append(CanonicalVerso);
                    i += verso;
                }
                continue;
            }
            // "xiv", "A14": a front-matter page in Roman numerals and a newspaper's section letter are kept as written.
            if (char.IsAsciiLetter(c) && (i == 0 || !char.IsLetter(written[i - 1])) && RomanOrSectionLength(written, i) is var kept and > 0)
            {
                sb.Append(written, i, kept);
                i += kept;
                continue;
            }
            if ("-‐‑‒–—".Contains(c)) sb.Append('-');
            else if (c == ',') sb.Append(", ");
            else if (IsAndAt(written, i))
            {
                // "25 and 27": the joiner is kept (after a comma too: "224, 228, and 230"), as a style prints it.
                if (sb.Length >= 2 && sb[^2] == ',') sb.Length -= 2;
                sb.Append(' ').Append(Conventions.And).Append(' ');
                i += Conventions.And.Length;
                continue;
            }
            i++;
        }
        var result = sb.ToString();
        if (sb.Capacity > 1024) _builder = null; // do not keep a huge buffer for the rest of the thread's life
        return result;
    }

    // The length of a page in small Roman numerals standing as a word at i ("xiv"), or of a section letter before digits
    // ("A14": the letter alone, the digits follow); else 0.
    private static int RomanOrSectionLength(string written, int i)
    {
        if (written[i] is >= 'A' and <= 'H') return i + 1 < written.Length && char.IsAsciiDigit(written[i + 1]) ? 1 : 0;
        var end = i;
        while (end < written.Length && Conventions.IsRomanLetter(written[end], small: true)) end++;
        return end > i && (end == written.Length || !char.IsLetter(written[end])) ? end - i : 0;
    }

    // True when the word "and" stands alone at i (a space before it, no letter after it).
    private static bool IsAndAt(string written, int i) =>
        i > 0 && char.IsWhiteSpace(written[i - 1]) && string.CompareOrdinal(written, i, Conventions.And, 0, Conventions.And.Length) == 0
        && (i + Conventions.And.Length == written.Length || !char.IsLetter(written[i + Conventions.And.Length]));

    private static readonly System.Buffers.SearchValues<char> DigitsAndHyphen = System.Buffers.SearchValues.Create("0123456789-");

    [ThreadStatic] private static StringBuilder? _builder;
}
