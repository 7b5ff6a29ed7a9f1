using System.Globalization;

namespace Bibliography.Parsing.Labelling;

/// <summary>The script a token is written in, as the labeller's features tell them apart.</summary>
public enum TokenScript : byte
{
    /// <summary>No letters (digits, punctuation).</summary>
    None,
    /// <summary>Latin letters (Azerbaijani, English, transliterations).</summary>
    Latin,
    /// <summary>Cyrillic letters.</summary>
    Cyrillic,
    /// <summary>Georgian letters.</summary>
    Georgian,
    /// <summary>Letters of more than one script, or of another one (a Latin look-alike inside a Cyrillic word).</summary>
    Mixed,
}

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>A run of letters (with apostrophes and combining marks inside it).</summary>
    Word,
    /// <summary>A run of digits.</summary>
    Number,
    /// <summary>One character that is neither a letter, a digit nor a space.</summary>
    Punctuation,
}

/// <summary>One token of a footnote: where it stands (UTF-16 offsets, end exclusive), its kind and script.</summary>
/// <param name="Start">The offset of its first character.</param>
/// <param name="End">The offset just past its last character.</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="Script">The script of its letters.</param>
/// <param name="SpaceBefore">Whether whitespace (or the note's start) precedes it.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind, TokenScript Script, bool SpaceBefore)
{
    /// <summary>The number of characters.</summary>
    public int Length => End - Start;
}

/// <summary>Splits a footnote into words, numbers and punctuation, keeping offsets; linear in the text's length.</summary>
public static class Tokenizer
{
    /// <summary>Tokens of text[start..end), appended to <paramref name="into"/>, at most <paramref name="max"/> of them; false when there were more.</summary>
    public static bool Tokenize(string text, int start, int end, List<Token> into, int max = int.MaxValue)
    {
        var space = true;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            if (into.Count == max) return false;
            var s = i;
            if (char.IsDigit(c))
            {
                while (i < end && char.IsDigit(text[i])) i++;
                into.Add(new Token(s, i, TokenKind.Number, TokenScript.None, space));
            }
            else if (IsLetter(text, i))
            {
                var script = TokenScript.None;
                while (i < end)
                {
                    if (IsLetter(text, i)) { script = Merge(script, ScriptOf(text[i])); i += char.IsHighSurrogate(text[i]) && i + 1 < end ? 2 : 1; }
                    // An apostrophe between letters belongs to the word (Zakavkaz'ia, Qəbələ’nin).
                    else if (text[i] is '\'' or '’' or 'ʼ' && i + 1 < end && IsLetter(text, i + 1)) i++;
                    else break;
                }
                into.Add(new Token(s, i, TokenKind.Word, script, space));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                into.Add(new Token(s, i, TokenKind.Punctuation, TokenScript.None, space));
            }
            space = false;
        }
        return true;
    }

    private static bool IsLetter(string text, int i)
    {
        var c = text[i];
        if (char.IsLetter(c)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        // A combining mark continues the word it follows (decomposed Azerbaijani or Georgian text).
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark && i > 0 && char.IsLetter(text[i - 1]);
    }

    /// <summary>The script of one letter.</summary>
    public static TokenScript ScriptOf(char c) => c switch
    {
        < '\u0250' => char.IsLetter(c) ? TokenScript.Latin : TokenScript.None,
        >= '\u0400' and < '\u0530' => TokenScript.Cyrillic,
        >= '\u10A0' and < '\u1100' or >= '\u1C90' and < '\u1CC0' or >= '\u2D00' and < '\u2D30' => TokenScript.Georgian,
        >= '\u1E00' and < '\u1F00' => TokenScript.Latin,
        _ => char.IsLetter(c) ? TokenScript.Mixed : TokenScript.None,
    };

    private static TokenScript Merge(TokenScript a, TokenScript b) =>
        a == TokenScript.None ? b : b == TokenScript.None || a == b ? a : TokenScript.Mixed;
}
