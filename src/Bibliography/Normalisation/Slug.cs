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

    // Letters outside the table and ASCII, folded once: the decomposition is the costly part of a slug.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<char, string> Folded = new();

    /// <summary>Lowercase ASCII words joined by <c>-</c>: <c>Surət fondu</c> → <c>surat-fondu</c>.</summary>
    public static string Of(string? text) => Build(text, separators: true);

    /// <summary>A comparison key: the slug without separators (<c>Sbornik trudov</c> → <c>sborniktrudov</c>).</summary>
    public static string Key(string? text) => Build(text, separators: false);

    // Slugs are made for every citation a document has, so characters are appended in place rather than as strings.
    private static string Build(string? text, bool separators)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var dash = false;
        foreach (var raw in text)
        {
            var c = raw == 'İ' ? 'i' : char.ToLowerInvariant(raw);
            if (c < 128)
            {
                if (char.IsLetterOrDigit(c)) { Append(sb, ref dash, separators, c); continue; }
            }
            else
            {
                var piece = Letters.TryGetValue(c, out var mapped) ? mapped : Folded.GetOrAdd(c, Fold);
                if (piece.Length > 0) { Append(sb, ref dash, separators, piece); continue; }
                if (mapped is not null) continue; // a hard or soft sign writes nothing, but does not split the word
            }
            dash = sb.Length > 0;
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, ref bool dash, bool separators, char c)
    {
        if (dash && separators) sb.Append('-');
        dash = false;
        sb.Append(c);
    }

    private static void Append(StringBuilder sb, ref bool dash, bool separators, string piece)
    {
        if (dash && separators) sb.Append('-');
        dash = false;
        sb.Append(piece);
    }

    // Half of a surrogate pair (or a noncharacter) alone cannot be normalised, and is no ASCII letter anyway.
    private static string Fold(char c) =>
        char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or >= '\uFFFE'
            ? ""
            : new(c.ToString().Normalize(NormalizationForm.FormD).Where(d => d < 128 && char.IsLetterOrDigit(d)).ToArray());
}
