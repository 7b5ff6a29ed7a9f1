using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>Reads page, folio and volume locators (<c>s. 151-156</c>, <c>vərəq 184 arxa – 185</c>, <c>c.37</c>).</summary>
internal static class LocatorReader
{
    private static readonly Regex FolioAtEnd = new(
        @"(?:^|[\s,.;(])(?<kw>" + Conventions.FolioKeyword + @")\s*(?<val>" + Conventions.NumberList + @")\s*\.?\s*$",
        Conventions.Options);

    private static readonly Regex PageAtEnd = new(
        @"(?:^|[\s,.;(])(?<kw>" + Conventions.PageKeyword + @")\s*(?<val>" + Conventions.NumberList + @")\s*\.?\s*$",
        Conventions.Options);

    private static readonly Regex VersoToken = new(@"\s*" + Conventions.Verso, Conventions.Options);

    private static readonly Regex NumberToken = new(@"\d+[абвгАБВГ]?", Conventions.Options);

    /// <summary>Finds a folio or page locator ending <paramref name="text"/> (after <paramref name="start"/>).</summary>
    /// <returns>The locator and the offset where its keyword begins, or null.</returns>
    public static (CitedLocator Locator, int Start)? ReadAtEnd(string text, int start, int end, bool folioAllowed = true)
    {
        var slice = text.Substring(start, end - start);
        foreach (var (regex, label) in folioAllowed
                     ? new[] { (FolioAtEnd, LocatorLabels.Folio), (PageAtEnd, LocatorLabels.Page) }
                     : new[] { (PageAtEnd, LocatorLabels.Page) })
        {
            var m = regex.Match(slice);
            if (!m.Success) continue;
            var kw = m.Groups["kw"];
            var val = m.Groups["val"];
            var keyword = kw.Value;
            var span = new TextSpan(start + kw.Index, val.Index + val.Length - kw.Index);
            var located = new CitedLocator(Canonical(val.Value), label, keyword, val.Value.Trim(), span);
            return (located, start + kw.Index);
        }
        return null;
    }

    /// <summary>Reads a locator made of a keyword and a value, e.g. from <c>s.185-186</c>.</summary>
    public static CitedLocator? ReadOne(string keyword, string value, TextSpan span)
    {
        var label = Regex.IsMatch(keyword, "^" + Conventions.FolioKeyword + "$", Conventions.Options) ? LocatorLabels.Folio
            : Regex.IsMatch(keyword, "^" + Conventions.PageKeyword + "$", Conventions.Options) ? LocatorLabels.Page
            : null;
        return label is null ? null : new CitedLocator(Canonical(value), label, keyword, value.Trim(), span);
    }

    /// <summary>The canonical form of a locator value: <c>184 arxa – 185</c> → <c>184v-185</c>.</summary>
    public static string Canonical(string written)
    {
        var sb = new StringBuilder(written.Length);
        var i = 0;
        while (i < written.Length)
        {
            var c = written[i];
            if (char.IsDigit(c))
            {
                var m = NumberToken.Match(written, i);
                sb.Append(m.Value);
                i = m.Index + m.Length;
                var v = VersoToken.Match(written, i);
                if (v.Success && v.Index == i)
                {
                    sb.Append('v');
                    i += v.Length;
                }
                continue;
            }
            if ("-‐‑‒–—".Contains(c)) sb.Append('-');
            else if (c == ',') sb.Append(", ");
            i++;
        }
        return sb.ToString();
    }
}
