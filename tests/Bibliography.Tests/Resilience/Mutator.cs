using System.Text;

namespace Bibliography.Tests.Resilience;

/// <summary>
/// Damages footnotes the way PDF extraction and careless typing do: truncation, doubling, mixed scripts, stray
/// quotes and brackets, control characters, broken surrogates, foreign line endings, BOMs, runs of one token, digits of other scripts.
/// Deterministic for a given seed.
/// </summary>
public sealed class Mutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Strays = ["\"", "'", "«", "»", "“", "”", "„", "‘", "’", "(", ")", "[", "]", "{", "}", "<", ">", "//", ";", ",", ".", "–", "—", "-", "/", "\\", "№", "§", "*", "&", "%"];

    private static readonly string[] Controls =
        ["\0", "\u0001", "\u0007", "\b", "\t", "\u000B", "\f", "\u001B", "\u001F", "\u007F", "\u0085", "\u00A0", "\u00AD", "\u200B", "\u200E", "\u200F", "\u2028", "\u2029", "\u202E", "\uFEFF", "\uFFFD", "\uFFFF", "\u0301", "\u0308"];

    private static readonly string[] Surrogates = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uD83D\uDE00", "\uD83D"];

    private static readonly string[] LineBreaks = ["\r\n", "\r", "\n", "\n\n", "\r\r", "\n\r"];

    private static readonly string[] Tokens =
        ["f. ", "fond ", "siyahı ", "siy. ", "iş ", "vərəq ", "arxa ", "Ф. ", "Оп. ", "Д. ", "Л. ", "об. ", "s. ", "С. ", "c. ", "т. ", "// ", "Yenə orada", "Там же", "Göst. əsəri", "1 ", "12-", "– ", "(RDHA) ", "GMTA, ", "ГА РФ. ", "M., ", "Bakı: ", "2001. ", "№ 5. ", "“Kommunist” ", "qəzeti ", "sost. ", "pod red. ", "Ibid. ", "op. cit. "];

    // Latin letters and the Cyrillic letters PDF text layers confuse them with.
    private static readonly (char Latin, char Cyrillic)[] Homoglyphs =
        [('a', 'а'), ('e', 'е'), ('o', 'о'), ('p', 'р'), ('c', 'с'), ('x', 'х'), ('y', 'у'), ('A', 'А'), ('B', 'В'), ('E', 'Е'), ('K', 'К'), ('M', 'М'), ('H', 'Н'), ('O', 'О'), ('P', 'Р'), ('C', 'С'), ('T', 'Т'), ('X', 'Х'), ('i', 'і'), ('s', 'ѕ')];

    /// <summary>The number of distinct mutations <see cref="Mutate"/> picks from.</summary>
    public const int Kinds = 17;

    /// <summary>Applies one to three random mutations; <paramref name="other"/> is material for splicing.</summary>
    public string Mutate(string text, string other)
    {
        var rounds = 1 + _random.Next(3);
        for (var i = 0; i < rounds; i++) text = Apply(_random.Next(Kinds), text, other);
        return text;
    }

    /// <summary>Applies mutation number <paramref name="kind"/> (0 ≤ kind &lt; <see cref="Kinds"/>).</summary>
    public string Apply(int kind, string text, string other) => kind switch
    {
        0 => text[..Cut(text)],                                             // truncated (may split a surrogate pair)
        1 => text[Cut(text)..],                                             // lost its beginning
        2 => text + (_random.Next(2) == 0 ? " " : "") + text,               // doubled
        3 => Splice(text, other),                                           // two citations run together
        4 => MixScripts(text),                                              // Latin/Cyrillic homoglyphs
        5 => Insert(text, Strays, 1 + _random.Next(6)),                     // stray quotes and brackets
        6 => Insert(text, Controls, 1 + _random.Next(4)),                   // control and invisible characters
        7 => Insert(text, Surrogates, 1 + _random.Next(3)),                 // invalid surrogates
        8 => Insert(text, LineBreaks, 1 + _random.Next(3)),                 // Windows and old Mac line endings
        9 => "\uFEFF" + text + (_random.Next(3) == 0 ? "\uFEFF" : ""),      // BOMs
        10 => Run(text),                                                    // one token many times
        11 => Delete(text),                                                 // characters dropped
        12 => HugeNumbers(text),                                            // numbers no int holds
        13 => Insert(text, Tokens, 1 + _random.Next(5)),                    // keywords out of place
        14 => Whitespace(text),                                             // tabs, NBSP, runs of spaces
        15 => ForeignDigits(text),                                          // digits of other scripts (\d takes them, int.Parse not)
        _ => new string(text.Reverse().ToArray()),                          // reversed (surrogates swapped)
    };

    private int Cut(string text) => text.Length == 0 ? 0 : _random.Next(text.Length + 1);

    private string Splice(string text, string other) => text[..Cut(text)] + other[Cut(other)..];

    private string MixScripts(string text)
    {
        var chars = text.ToCharArray();
        var toCyrillic = _random.Next(2) == 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (_random.Next(3) != 0) continue;
            foreach (var (latin, cyrillic) in Homoglyphs)
            {
                if (toCyrillic && chars[i] == latin) chars[i] = cyrillic;
                else if (!toCyrillic && chars[i] == cyrillic) chars[i] = latin;
            }
        }
        return new string(chars);
    }

    private string Insert(string text, string[] pool, int count)
    {
        var sb = new StringBuilder(text);
        for (var i = 0; i < count; i++) sb.Insert(_random.Next(sb.Length + 1), pool[_random.Next(pool.Length)]);
        return sb.ToString();
    }

    private string Run(string text)
    {
        var token = Tokens[_random.Next(Tokens.Length)];
        var times = 10 + _random.Next(300);
        var at = _random.Next(text.Length + 1);
        return text[..at] + string.Concat(Enumerable.Repeat(token, times)) + text[at..];
    }

    private string Delete(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (_random.Next(8) != 0) sb.Append(c);
        return sb.ToString();
    }

    private string HugeNumbers(string text)
    {
        var sb = new StringBuilder(text.Length + 32);
        foreach (var c in text)
        {
            sb.Append(c);
            if (char.IsAsciiDigit(c) && _random.Next(4) == 0) sb.Append(_random.Next(2) == 0 ? "99999999999999999999" : "0000000000");
        }
        return sb.ToString();
    }

    // Some ASCII digits written as the Arabic-Indic, Devanagari or fullwidth digit of the same value.
    private string ForeignDigits(string text)
    {
        var zeros = new[] { '\u0660', '\u0966', '\uFF10' };
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(char.IsAsciiDigit(c) && _random.Next(2) == 0 ? (char)(zeros[_random.Next(zeros.Length)] + (c - '0')) : c);
        return sb.ToString();
    }

    private string Whitespace(string text)
    {
        var pool = new[] { "\t", "\u00A0", "\u2009", "\u202F", new string(' ', 1 + _random.Next(40)), "\u3000" };
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            sb.Append(c == ' ' && _random.Next(2) == 0 ? pool[_random.Next(pool.Length)] : c.ToString());
        return sb.ToString();
    }
}
