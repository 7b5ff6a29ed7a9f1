using System.Globalization;
using System.Text;

namespace Bibliography.Export;

/// <summary>Text ↔ the LaTeX a BibTeX field holds: escapes special characters, keeps other Unicode as UTF-8.</summary>
internal static class LatexText
{
    /// <summary>Escapes text for a braced BibTeX field; UTF-8 letters stay as they are (biber and pandoc read them).</summary>
    public static string Escape(string text)
    {
        // \{ and \} keep a value's braces balanced only when the text's own braces balance; BibTeX counts them.
        var balanced = BracesBalance(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '\\' => @"\textbackslash{}",
                '{' when !balanced => @"\textbraceleft{}",
                '}' when !balanced => @"\textbraceright{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + ch,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\u00A0' => "~",
                _ => ch.ToString(),
            });
        }
        return sb.ToString();
    }

    private static bool BracesBalance(string text)
    {
        var depth = 0;
        foreach (var ch in text)
        {
            if (ch == '{') depth++;
            else if (ch == '}' && --depth < 0) return false;
        }
        return depth == 0;
    }

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["textbackslash"] = "\\", ["textasciitilde"] = "~", ["textasciicircum"] = "^", ["textunderscore"] = "_",
        ["i"] = "ı", ["j"] = "ȷ", ["ss"] = "ß", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["o"] = "ø", ["O"] = "Ø", ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["textendash"] = "–",
        ["textemdash"] = "—", ["textquoteleft"] = "‘", ["textquoteright"] = "’", ["textquotedblleft"] = "“",
        ["textquotedblright"] = "”", ["guillemotleft"] = "«", ["guillemotright"] = "»", ["textnumero"] = "№",
        ["S"] = "§", ["P"] = "¶", ["dag"] = "†", ["ddag"] = "‡", ["copyright"] = "©", ["pounds"] = "£",
        ["textellipsis"] = "…", ["ldots"] = "…", ["dots"] = "…", ["LaTeX"] = "LaTeX", ["TeX"] = "TeX",
        ["textdollar"] = "$", ["textpercent"] = "%", ["textampersand"] = "&", ["textbraceleft"] = "{", ["textbraceright"] = "}",
        ["slash"] = "/", ["nobreakspace"] = "\u00A0",
    };

    // Text-mode accent commands and the combining mark each adds to the letter after it.
    private static readonly Dictionary<string, char> Accents = new(StringComparer.Ordinal)
    {
        ["'"] = '\u0301', ["`"] = '\u0300', ["^"] = '\u0302', ["\""] = '\u0308', ["~"] = '\u0303', ["="] = '\u0304',
        ["."] = '\u0307', ["c"] = '\u0327', ["u"] = '\u0306', ["v"] = '\u030C', ["H"] = '\u030B', ["k"] = '\u0328',
        ["r"] = '\u030A', ["d"] = '\u0323', ["b"] = '\u0331',
    };

    /// <summary>
    /// The text a field's LaTeX stands for: escapes and accent commands resolved, grouping braces dropped,
    /// <c>~</c> read as a no-break space, whitespace runs folded to one space. An unknown command is kept as written.
    /// </summary>
    public static string Decode(string latex, bool foldWhitespace = true)
    {
        if (foldWhitespace) latex = FoldWhitespace(latex);
        var sb = new StringBuilder(latex.Length);
        var i = 0;
        while (i < latex.Length)
        {
            var ch = latex[i];
            if (ch == '{' || ch == '}') { i++; continue; }
            if (ch == '~') { sb.Append('\u00A0'); i++; continue; }
            if (ch != '\\' || i + 1 >= latex.Length) { sb.Append(ch); i++; continue; }

            var next = latex[i + 1];
            if ("&%$#_{} ".Contains(next)) { sb.Append(next); i += 2; continue; }
            if (next == '\\') { sb.Append(' '); i += 2; continue; }
            string command;
            var end = i + 1;
            if (char.IsAsciiLetter(next))
            {
                while (end < latex.Length && char.IsAsciiLetter(latex[end])) end++;
                command = latex[(i + 1)..end];
            }
            else
            {
                command = next.ToString();
                end = i + 2;
            }

            if (Accents.TryGetValue(command, out var mark) && (command.Length == 1 && !char.IsAsciiLetter(command[0]) || end < latex.Length))
            {
                var (letter, after) = AccentArgument(latex, end, char.IsAsciiLetter(command[0]));
                if (letter is not null)
                {
                    sb.Append((letter + mark).Normalize(NormalizationForm.FormC));
                    i = after;
                    continue;
                }
            }
            if (Symbols.TryGetValue(command, out var symbol))
            {
                sb.Append(symbol);
                i = SkipCommandTerminator(latex, end, char.IsAsciiLetter(command[0]));
                continue;
            }
            sb.Append(latex, i, end - i);
            i = end;
        }
        return sb.ToString();
    }

    /// <summary>Folds runs of spaces, tabs and line breaks to one space and trims; no-break spaces stay.</summary>
    public static string FoldWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (ch is ' ' or '\t' or '\n' or '\r') { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    private static (string? Letter, int After) AccentArgument(string s, int at, bool letterCommand)
    {
        var i = at;
        if (letterCommand) while (i < s.Length && s[i] == ' ') i++;
        if (i >= s.Length) return (null, at);
        if (s[i] == '{')
        {
            var close = s.IndexOf('}', i);
            if (close < 0) return (null, at);
            var inner = Decode(s[(i + 1)..close], false);
            return inner.Length == 1 ? (inner, close + 1) : (null, at);
        }
        if (s[i] == '\\' && i + 1 < s.Length && (s[i + 1] == 'i' || s[i + 1] == 'j') && (i + 2 >= s.Length || !char.IsAsciiLetter(s[i + 2])))
            return (s[i + 1] == 'i' ? "ı" : "ȷ", SkipCommandTerminator(s, i + 2, true));
        var rune = char.IsSurrogatePair(s, i) ? s.Substring(i, 2) : s[i].ToString();
        return char.IsLetter(s, i) ? (rune, i + rune.Length) : (null, at);
    }

    private static int SkipCommandTerminator(string s, int at, bool letterCommand)
    {
        if (at + 1 < s.Length && s[at] == '{' && s[at + 1] == '}') return at + 2;
        if (letterCommand && at < s.Length && s[at] == ' ') return at + 1;
        return at;
    }

    /// <summary>True when <paramref name="s"/> starts with a lowercase letter outside braces (BibTeX's "von" test).</summary>
    public static bool StartsLowercase(string s)
    {
        if (s.Length == 0 || s[0] == '{') return false;
        var first = s.EnumerateRunes().FirstOrDefault(r => Rune.IsLetter(r));
        return first != default && Rune.IsLower(first) && CultureInfo.InvariantCulture.TextInfo.ToUpper(first.ToString()) != first.ToString();
    }
}
