using System.Globalization;
using System.Text;
using Bibliography.Model;

namespace Bibliography.Export;

/// <summary>Stable, unique BibTeX citation keys made from item ids.</summary>
public static class CitationKeys
{
    private static readonly Dictionary<char, string> Transliteration = new()
    {
        ['ə'] = "e", ['Ə'] = "E", ['ı'] = "i", ['İ'] = "I", ['ğ'] = "g", ['Ğ'] = "G", ['ş'] = "s", ['Ş'] = "S",
        ['ç'] = "c", ['Ç'] = "C", ['ö'] = "o", ['Ö'] = "O", ['ü'] = "u", ['Ü'] = "U", ['№'] = "no",
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "iu",
        ['я'] = "ia",
    };

    /// <summary>
    /// One key per item, in order: the id reduced to characters every BibTeX tool accepts (ASCII letters,
    /// digits and <c>-_:.</c>, Azerbaijani and Cyrillic letters transliterated); a key already taken gets
    /// <c>-2</c>, <c>-3</c>… in item order, so the same items always get the same keys.
    /// </summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<CslItem> items)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var keys = new List<string>(items.Count);
        foreach (var item in items)
        {
            var key = FromId(item.Id);
            if (!used.Add(key))
            {
                var n = 2;
                while (!used.Add($"{key}-{n}")) n++;
                key = $"{key}-{n}";
            }
            keys.Add(key);
        }
        return keys;
    }

    /// <summary>The key an id reduces to, before collisions are resolved.</summary>
    public static string FromId(string? id)
    {
        var sb = new StringBuilder();
        foreach (var ch in id ?? "")
        {
            if (char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or ':' or '.') { sb.Append(ch); continue; }
            var lower = char.ToLowerInvariant(ch);
            if (Transliteration.TryGetValue(ch, out var t) || Transliteration.TryGetValue(lower, out t))
            {
                sb.Append(char.IsUpper(ch) && t.Length > 0 ? char.ToUpperInvariant(t[0]) + t[1..] : t);
                continue;
            }
            // Half a surrogate pair or a noncharacter cannot be normalised (and is no letter): it separates.
            var stripped = char.IsSurrogate(ch) || ch is >= '\uFDD0' and <= '\uFDEF' or >= '\uFFFE' ? "" : new string(ch.ToString().Normalize(NormalizationForm.FormD)
                .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
            if (stripped.Length > 0 && stripped.All(char.IsAsciiLetterOrDigit)) sb.Append(stripped);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var key = sb.ToString().Trim('-');
        return key.Length == 0 ? "item" : key;
    }
}
