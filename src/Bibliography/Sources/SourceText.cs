namespace Bibliography.Sources;

/// <summary>A source's text after line-ending normalisation, split into lines with their start offsets.</summary>
internal sealed class SourceText
{
    private SourceText(string text, string[] lines, int[] lineStarts)
    {
        Text = text;
        Lines = lines;
        LineStarts = lineStarts;
    }

    /// <summary>The whole text: BOM removed, every line break a single <c>\n</c>.</summary>
    public string Text { get; }

    /// <summary>The lines without their breaks; index 0 is line 1.</summary>
    public string[] Lines { get; }

    /// <summary>Offset in <see cref="Text"/> of each line's first character.</summary>
    public int[] LineStarts { get; }

    /// <summary>Normalises <paramref name="raw"/> and splits it into lines.</summary>
    public static SourceText From(string raw)
    {
        var text = Normalise(raw);
        var lines = text.Split('\n');
        var starts = new int[lines.Length];
        var offset = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            starts[i] = offset;
            offset += lines[i].Length + 1;
        }
        return new SourceText(text, lines, starts);
    }

    /// <summary>
    /// Strips a leading BOM and turns CRLF and lone CR into LF, so every later position is counted the same way;
    /// an unpaired surrogate or a noncharacter (U+FFFF…) becomes U+FFFD, one for one, so columns hold.
    /// </summary>
    public static string Normalise(string raw) => ReplaceInvalidCodePoints(NormaliseLineEnds(raw));

    /// <summary>
    /// <paramref name="text"/> with every unpaired surrogate and noncharacter replaced by U+FFFD, code unit for code unit.
    /// </summary>
    /// <remarks>
    /// Text handed in as a .NET string (or a file holding U+FFFF) can contain them; Unicode normalisation throws on
    /// them and UTF-8 output mangles them, so they are replaced once, where text enters.
    /// </remarks>
    internal static string ReplaceInvalidCodePoints(string text)
    {
        // Surrogates and the noncharacters all lie at U+D800 and above, which text in the scripts cited here rarely
        // reaches: one vectorised search clears nearly every text.
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uFFFF')) return text;
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var width = 1;
            bool invalid;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                invalid = IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]));
            }
            else invalid = char.IsSurrogate(c) || IsNoncharacter(c);
            if (invalid)
            {
                chars ??= text.ToCharArray();
                for (var k = 0; k < width; k++) chars[i + k] = '\uFFFD';
            }
            i += width - 1;
        }
        return chars is null ? text : new string(chars);
    }

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static string NormaliseLineEnds(string raw)
    {
        var start = raw.Length > 0 && raw[0] == '\uFEFF' ? 1 : 0;
        if (raw.IndexOf('\r', start) < 0) return start == 0 ? raw : raw[start..];
        var sb = new System.Text.StringBuilder(raw.Length);
        for (var i = start; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < raw.Length && raw[i + 1] == '\n') i++;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The 0-based line holding offset <paramref name="offset"/>.</summary>
    public int LineIndexOf(int offset)
    {
        var i = Array.BinarySearch(LineStarts, offset);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>True when the line has no characters other than whitespace (an empty line included).</summary>
    public static bool IsBlank(string line)
    {
        foreach (var c in line)
            if (!char.IsWhiteSpace(c)) return false;
        return true;
    }

    /// <summary>
    /// Reads the number that starts a line of a footnote list: as <see cref="ReadLeadingNumber"/>, and also
    /// <c>1.</c> or <c>1)</c> followed by whitespace, the way word processors and historians number notes.
    /// </summary>
    /// <returns>The index of the first text character after the number, its mark and whitespace, or -1.</returns>
    public static int ReadListNumber(string line, int from, out int number) => ReadNumber(line, from, allowMark: true, out number);

    /// <summary>
    /// Reads a leading entry number: at most five digits at <paramref name="from"/> followed by whitespace or
    /// the end of the line. Callers accept it only as the next expected number, which keeps years out.
    /// </summary>
    /// <returns>The index of the first text character after the number and its whitespace, or -1.</returns>
    public static int ReadLeadingNumber(string line, int from, out int number) => ReadNumber(line, from, allowMark: false, out number);

    private static int ReadNumber(string line, int from, bool allowMark, out int number)
    {
        number = 0;
        var i = from;
        while (i < line.Length && i - from < 6 && char.IsAsciiDigit(line[i]))
        {
            number = number * 10 + (line[i] - '0');
            i++;
        }
        var digits = i - from;
        if (digits == 0 || digits > 5 || number == 0) return -1;
        if (i == line.Length) return i;
        if (allowMark && (line[i] == '.' || line[i] == ')') && ++i == line.Length) return -1;
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\u00A0') return -1;
        while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
        return i;
    }
}
