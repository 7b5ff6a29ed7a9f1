using System.Globalization;
using System.Text;

namespace Bibliography.CiteProc;

/// <summary>
/// Unicode full case mapping as V8 does it (ICU): culture rules for Turkish/Azerbaijani/Lithuanian i,
/// one-to-many mappings (ß to SS, ligatures), final sigma, and Greek upper-casing without accents.
/// .NET's own ToUpper/ToLower are one-to-one and so miss several of these.
/// </summary>
internal static class TextCasing
{
    private static readonly Dictionary<char, string> UpperSpecial = new()
    {
        ['ß'] = "SS", ['ŉ'] = "ʼN", ['ǰ'] = "J̌", ['ΐ'] = "Ϊ́", ['ΰ'] = "Ϋ́", ['և'] = "ԵՒ",
        ['ẖ'] = "H̱", ['ẗ'] = "T̈", ['ẘ'] = "W̊", ['ẙ'] = "Y̊", ['ẚ'] = "Aʾ",
        ['ﬀ'] = "FF", ['ﬁ'] = "FI", ['ﬂ'] = "FL", ['ﬃ'] = "FFI", ['ﬄ'] = "FFL", ['ﬅ'] = "ST", ['ﬆ'] = "ST",
        ['ﬓ'] = "ՄՆ", ['ﬔ'] = "ՄԵ", ['ﬕ'] = "ՄԻ", ['ﬖ'] = "ՎՆ", ['ﬗ'] = "ՄԽ",
    };

    /// <summary>Upper-cases like String.prototype.toLocaleUpperCase(tag) in V8; empty tag means root.</summary>
    public static string ToUpper(string s, string tag)
    {
        var language = Language(tag);
        var turkic = language is "tr" or "az";
        var culture = turkic ? CultureInfo.GetCultureInfo(language) : CultureInfo.InvariantCulture;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (UpperSpecial.TryGetValue(c, out var many)) sb.Append(many);
            // .NET's invariant casing leaves dotless ı and long ſ alone; Unicode (and V8) map them to I and S.
            else if (c == 'ı' && !turkic) sb.Append('I');
            else if (c == 'ſ') sb.Append('S');
            else sb.Append(culture.TextInfo.ToUpper(c));
        }
        var upper = sb.ToString();
        if (language == "el") upper = StripGreekAccents(upper);
        return upper;
    }

    /// <summary>Lower-cases like String.prototype.toLocaleLowerCase(tag) in V8; empty tag means root.</summary>
    public static string ToLower(string s, string tag)
    {
        var language = Language(tag);
        var turkic = language is "tr" or "az";
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (turkic)
            {
                if (c == 'I') { sb.Append('ı'); continue; }
                if (c == 'İ') { sb.Append('i'); continue; }
                // Dotted capital I written as I + combining dot above lowers to plain i in Turkic.
                if (c == 'I' && i + 1 < s.Length && s[i + 1] == '\u0307') { sb.Append('i'); i++; continue; }
            }
            else if (c == 'İ')
            {
                sb.Append("i\u0307");
                continue;
            }
            if (c == 'Σ')
            {
                sb.Append(IsFinalSigma(s, i) ? 'ς' : 'σ');
                continue;
            }
            sb.Append(CultureInfo.InvariantCulture.TextInfo.ToLower(c));
        }
        return sb.ToString();
    }

    // Unicode's Final_Sigma: preceded by a cased letter (skipping case-ignorable) and not followed by one.
    private static bool IsFinalSigma(string s, int i)
    {
        var before = false;
        for (var j = i - 1; j >= 0; j--)
        {
            if (IsCaseIgnorable(s[j])) continue;
            before = IsCased(s[j]);
            break;
        }
        if (!before) return false;
        for (var j = i + 1; j < s.Length; j++)
        {
            if (IsCaseIgnorable(s[j])) continue;
            return !IsCased(s[j]);
        }
        return true;
    }

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) => c is '\'' or '.' or ':' or '\u00AD' or '\u2019' or '\u00B7'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;

    // ICU's Greek upper-casing drops tonos/accents and breathings (keeping diaeresis), as V8 does for "el".
    private static string StripGreekAccents(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is '\u0301' or '\u0300' or '\u0342' or '\u0313' or '\u0314' or '\u0345' or '\u0306' or '\u0304') continue;
            sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Language(string tag) => tag.Split('-', '_')[0].ToLowerInvariant();
}
