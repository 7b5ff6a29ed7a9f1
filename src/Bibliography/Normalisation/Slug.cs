using System.Globalization;
using System.Text;
using System.Runtime.CompilerServices;

namespace Bibliography.Normalisation;

/// <summary>Readable ASCII slugs for ids and keys: Azerbaijani, Cyrillic and Georgian letters transliterated, the rest folded.</summary>
public static class Slug
{
    /// <summary>The transliteration of Azerbaijani, Cyrillic and Georgian letters (tests check the fast table against it).</summary>
    internal static readonly IReadOnlyDictionary<char, string> Letters = new Dictionary<char, string>
    {
        ['ə'] = "a", ['ı'] = "i", ['ş'] = "s", ['ç'] = "c", ['ğ'] = "g", ['ö'] = "o", ['ü'] = "u",
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya", ['ә'] = "a", ['ғ'] = "g", ['қ'] = "q", ['ң'] = "n", ['ө'] = "o", ['ү'] = "u", ['һ'] = "h",
        // Georgian (Mkhedruli), by the national romanisation of 2002 less its apostrophes: a Georgian name or title
        // gets a key and a readable id, as a Cyrillic one does.
        ['ა'] = "a", ['ბ'] = "b", ['გ'] = "g", ['დ'] = "d", ['ე'] = "e", ['ვ'] = "v", ['ზ'] = "z", ['თ'] = "t",
        ['ი'] = "i", ['კ'] = "k", ['ლ'] = "l", ['მ'] = "m", ['ნ'] = "n", ['ო'] = "o", ['პ'] = "p", ['ჟ'] = "zh",
        ['რ'] = "r", ['ს'] = "s", ['ტ'] = "t", ['უ'] = "u", ['ფ'] = "p", ['ქ'] = "k", ['ღ'] = "gh", ['ყ'] = "q",
        ['შ'] = "sh", ['ჩ'] = "ch", ['ც'] = "ts", ['ძ'] = "dz", ['წ'] = "ts", ['ჭ'] = "ch", ['ხ'] = "kh", ['ჯ'] = "j",
        ['ჰ'] = "h",
    };

    // What each character writes, worked out once: lowering and decomposing a letter per citation was most of a
    // slug's cost. Characters below Armenian (ASCII, Latin, Cyrillic) are tabled up front; rarer ones on first sight.
    private const char TabledBelow = '\u0530';
    private static readonly Piece[] Tabled = BuildTable();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<char, Piece> Rare = new();

    [ThreadStatic] private static StringBuilder? _builder;

    /// <summary>Lowercase ASCII words joined by <c>-</c>: <c>Surət fondu</c> → <c>surat-fondu</c>.</summary>
    public static string Of(string? text) => Build(text, separators: true);

    /// <summary>A comparison key: the slug without separators (<c>Sbornik trudov</c> → <c>sborniktrudov</c>).</summary>
    public static string Key(string? text) => Build(text, separators: false);

    [MethodImpl(Hot.Loop)]
    private static string Build(string? text, bool separators)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // Fond, opis and delo numbers are their own slug: no copy for them.
        if (IsSlugAlready(text)) return text;
        var sb = _builder ??= new StringBuilder(64);
        sb.Clear();
        var dash = false;
        foreach (var raw in text)
        {
            var piece = raw < TabledBelow ? Tabled[raw] : Rare.GetOrAdd(raw, Classify);
            if (piece.Text.Length > 0)
            {
                if (dash && separators) sb.Append('-');
                dash = false;
                if (piece.Text.Length == 1) sb.Append(piece.Text[0]);
                else sb.Append(piece.Text);
                continue;
            }
            if (piece.Silent) continue; // a hard or soft sign writes nothing, but does not split the word
            dash = sb.Length > 0;
        }
        var result = sb.ToString();
        if (sb.Capacity > 1024) _builder = null; // do not keep a huge buffer for the rest of the thread's life
        return result;
    }

    private static bool IsSlugAlready(string text)
    {
        foreach (var c in text)
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9'))) return false;
        return true;
    }

    /// <summary>What a character writes into a slug: letters (possibly several), nothing at all, or a word break.</summary>
    /// <param name="Text">The ASCII letters written; empty for a break or a silent sign.</param>
    /// <param name="Silent">True for a letter that writes nothing and does not split the word (ъ, ь).</param>
    private readonly record struct Piece(string Text, bool Silent);

    private static Piece[] BuildTable()
    {
        var table = new Piece[TabledBelow];
        for (var c = '\0'; c < TabledBelow; c++) table[c] = Classify(c);
        return table;
    }

    private static Piece Classify(char raw)
    {
        var c = raw == 'İ' ? 'i' : char.ToLowerInvariant(raw);
        if (c < 128) return new Piece(char.IsLetterOrDigit(c) ? c.ToString() : "", false);
        if (Letters.TryGetValue(c, out var mapped)) return new Piece(mapped, mapped.Length == 0);
        return new Piece(Fold(c), false);
    }

    // Half of a surrogate pair (or a noncharacter) alone cannot be normalised, and is no ASCII letter anyway.
    private static string Fold(char c) =>
        char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or >= '\uFFFE'
            ? ""
            : new(c.ToString().Normalize(NormalizationForm.FormD).Where(d => d < 128 && char.IsLetterOrDigit(d)).ToArray());
}
