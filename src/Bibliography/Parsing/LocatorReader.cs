using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>Reads page, folio and volume locators (<c>s. 151-156</c>, <c>vərəq 184 arxa – 185</c>, <c>c.37</c>).</summary>
internal static class LocatorReader
{
    private static readonly TwoPhaseRegex FolioAtEnd = new(
        @"(?:^|[\s,.;(])(?<kw>" + Conventions.FolioKeyword + @")\s*(?<val>" + Conventions.NumberList + @")\s*\.?\s*$");

    private static readonly TwoPhaseRegex PageAtEnd = new(
        @"(?:^|[\s,.;(])(?<kw>" + Conventions.PageKeyword + @")\s*(?<val>" + Conventions.NumberList + @")\s*\.?\s*$");

    private static readonly Regex IsFolioKeyword = new("^" + Conventions.FolioKeyword + "$", Conventions.Anchored);
    private static readonly Regex IsPageKeyword = new("^" + Conventions.PageKeyword + "$", Conventions.Anchored);

    // Each pattern with its label and the numbers of its keyword and value groups (read by number, not by name).
    private static readonly (TwoPhaseRegex, string, int Kw, int Val)[] FolioThenPage = [With(FolioAtEnd, LocatorLabels.Folio), With(PageAtEnd, LocatorLabels.Page)];
    private static readonly (TwoPhaseRegex, string, int Kw, int Val)[] PageOnly = [FolioThenPage[1]];

    private static (TwoPhaseRegex, string, int, int) With(TwoPhaseRegex regex, string label) => (regex, label, regex.GroupNumber("kw"), regex.GroupNumber("val"));

    /// <summary>Finds a folio or page locator ending <paramref name="text"/> (after <paramref name="start"/>).</summary>
    /// <returns>The locator and the offset where its keyword begins, or null.</returns>
    public static (CitedLocator Locator, int Start)? ReadAtEnd(string text, int start, int end, bool folioAllowed = true)
    {
        foreach (var (regex, label, kwGroup, valGroup) in folioAllowed ? FolioThenPage : PageOnly)
        {
            var m = regex.Match(text, start, end - start);
            if (m is null) continue;
            var kw = m.Groups[kwGroup];
            var val = m.Groups[valGroup];
            var span = new TextSpan(kw.Index, val.Index + val.Length - kw.Index);
            var value = val.Value;
            return (new CitedLocator(Canonical(value), label, Keywords.Text(kw.ValueSpan), value.Trim(), span), kw.Index);
        }
        return null;
    }

    /// <summary>Reads a locator made of a keyword and a value, e.g. from <c>s.185-186</c>.</summary>
    public static CitedLocator? ReadOne(string keyword, string value, TextSpan span)
    {
        var label = IsFolioKeyword.IsMatch(keyword) ? LocatorLabels.Folio : IsPageKeyword.IsMatch(keyword) ? LocatorLabels.Page : null;
        return label is null ? null : new CitedLocator(Canonical(value), label, keyword, value.Trim(), span);
    }

    private static readonly string[] VersoWords = { "arxa", "Arxa", "оборот", "verso", "об.", "об", "ob.", "ob", "v" };

    /// <summary>The length of a verso mark (with the spaces before it) at <paramref name="at"/>, or 0.</summary>
    private static int VersoLength(string text, int at)
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
                sb.Append(written, start, i - start);
                var verso = VersoLength(written, i);
                if (verso > 0)
                {
                    sb.Append('v');
                    i += verso;
                }
                continue;
            }
            if ("-‐‑‒–—".Contains(c)) sb.Append('-');
            else if (c == ',') sb.Append(", ");
            i++;
        }
        var result = sb.ToString();
        if (sb.Capacity > 1024) _builder = null; // do not keep a huge buffer for the rest of the thread's life
        return result;
    }

    private static readonly System.Buffers.SearchValues<char> DigitsAndHyphen = System.Buffers.SearchValues.Create("0123456789-");

    [ThreadStatic] private static StringBuilder? _builder;
}
