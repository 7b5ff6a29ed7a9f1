using System.Globalization;
using System.Text;

namespace Bibliography.Normalisation;

/// <summary>Readable ASCII slugs for ids and keys: Azerbaijani and Cyrillic letters transliterated, the rest folded.</summary>
public static class Slug
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ə'] = "a", ['ı'] = "i", ['ş'] = "s", ['ç'] = "c", ['ğ'] = "g", ['ö'] = "o", ['ü'] = "u",
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya", ['ә'] = "a", ['ғ'] = "g", ['қ'] = "q", ['ң'] = "n", ['ө'] = "o", ['ү'] = "u", ['һ'] = "h",
    };

    /// <summary>Lowercase ASCII words joined by <c>-</c>: <c>Surət fondu</c> → <c>surat-fondu</c>.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var dash = false;
        foreach (var raw in text)
        {
            var c = raw == 'İ' ? 'i' : char.ToLowerInvariant(raw);
            string piece;
            if (Letters.TryGetValue(c, out var mapped)) piece = mapped;
            else if (c < 128) piece = char.IsLetterOrDigit(c) ? c.ToString() : "";
            // Half of a surrogate pair (or a noncharacter) alone cannot be normalised, and is no ASCII letter anyway.
            else if (char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or >= '\uFFFE') piece = "";
            else
            {
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                piece = new string(decomposed.Where(d => d < 128 && char.IsLetterOrDigit(d)).ToArray());
            }
            if (piece.Length == 0)
            {
                if (Letters.ContainsKey(c)) continue; // a hard or soft sign writes nothing, but does not split the word
                dash = sb.Length > 0;
                continue;
            }
            if (dash) sb.Append('-');
            dash = false;
            sb.Append(piece);
        }
        return sb.ToString();
    }

    /// <summary>A comparison key: the slug without separators (<c>Sbornik trudov</c> → <c>sborniktrudov</c>).</summary>
    public static string Key(string? text) => Of(text).Replace("-", "");
}
