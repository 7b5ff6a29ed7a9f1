using System.Collections.Concurrent;
using System.Globalization;

namespace Bibliography.CiteProc;

/// <summary>
/// Locale-aware string comparison with Intl.Collator's options (sensitivity, ignorePunctuation, numeric),
/// through .NET's ICU-backed CompareInfo: what V8's localeCompare gives citeproc-js on Node.
/// </summary>
internal static class Collation
{
    private static readonly ConcurrentDictionary<string, CompareInfo> Infos = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Compares like a.localeCompare(b, tag, {sensitivity, ignorePunctuation, numeric}); returns -1, 0 or 1.</summary>
    public static int Compare(string a, string b, string tag, string sensitivity, bool ignorePunctuation, bool numeric)
    {
        var options = sensitivity switch
        {
            "base" => CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth,
            "accent" => CompareOptions.IgnoreCase | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth,
            "case" => CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth,
            _ => CompareOptions.None,
        };
        if (numeric) options |= CompareOptions.NumericOrdering;
        if (ignorePunctuation)
        {
            // ICU's "shifted" handling as V8 sets it ignores spaces and punctuation but not symbols (| + $ ...),
            // whereas .NET's IgnoreSymbols drops both; citeproc's sort-key separator "|" depends on the difference.
            a = StripPunctuation(a);
            b = StripPunctuation(b);
        }
        return Math.Sign(InfoFor(tag).Compare(a, b, options));
    }

    private static string StripPunctuation(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c)) continue;
            sb.Append(c);
        }
        return sb.Length == s.Length ? s : sb.ToString();
    }

    private static CompareInfo InfoFor(string tag) => Infos.GetOrAdd(tag ?? "", t =>
    {
        // Unknown or private-use tags (e.g. "en-US-x-sort-en") fall back to their language, then root, as ICU does.
        foreach (var candidate in new[] { t, t.Split("-x-")[0], t.Split('-')[0] })
        {
            if (candidate.Length == 0) continue;
            try { return CultureInfo.GetCultureInfo(candidate).CompareInfo; }
            catch (CultureNotFoundException) { }
        }
        return CultureInfo.GetCultureInfo("en-US").CompareInfo;
    });
}
