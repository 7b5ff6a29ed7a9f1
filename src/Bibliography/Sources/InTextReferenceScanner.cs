using System.Text;
using Bibliography.Model;

namespace Bibliography.Sources;

/// <summary>
/// Finds numeric in-text references: <c>[</c> number (<c>,</c> locators)? <c>]</c>, also split over a
/// line break. A bracket may cite several numbers: <c>[3; 5, s.7]</c> is a list and <c>[3-5]</c> (or
/// <c>[3–5]</c>) a range; each cited number becomes its own <see cref="SourceReference"/> sharing the
/// bracket's text and position and carrying its own locators (<c>3</c> with none, <c>5</c> with
/// <c>s.7</c>; a range's numbers have none). <c>[3, 5]</c> reads as number 3 with locator <c>5</c>, as the
/// grammar says. Brackets that do not start with a number (<c>[sic]</c>) are ignored.
/// </summary>
internal static class InTextReferenceScanner
{
    /// <summary>A bracket longer than this is prose in square brackets, not a reference; it also bounds the work per <c>[</c>.</summary>
    private const int MaxBracketLength = 200;

    /// <summary>A bracket may run over at most this many line breaks.</summary>
    private const int MaxLineBreaks = 2;

    /// <summary>A range with more numbers than this is not expanded.</summary>
    private const int MaxRange = 100;

    private readonly record struct Cited(int Number, string Locators);

    /// <summary>Scans the text, skipping brackets that open on an excluded line (footnote blocks, the reference list).</summary>
    public static List<SourceReference> Read(SourceText source, bool[] excluded, string? path, List<Diagnostic> diagnostics)
    {
        var text = source.Text;
        var result = new List<SourceReference>();
        var cited = new List<Cited>();
        var from = 0;
        while (true)
        {
            var open = text.IndexOf('[', from);
            if (open < 0) break;
            from = open + 1;
            var lineIndex = source.LineIndexOf(open);
            if (excluded[lineIndex]) continue;
            cited.Clear();
            var close = TryParse(text, open, cited, out var badRange);
            if (close < 0) continue;

            var line = lineIndex + 1;
            var column = open - source.LineStarts[lineIndex] + 1;
            var bracket = Fold(text, open, close + 1);
            if (badRange is not null)
            {
                diagnostics.Add(DiagnosticCodes.BadReferenceRange.Report($"The range {badRange} in {bracket} is reversed or longer than {MaxRange}; only its first number is used.",
                    path,
                    line: line,
                    column: column));
            }
            foreach (var c in cited)
                result.Add(new SourceReference(result.Count + 1, c.Number, bracket, c.Locators, line, column));
            from = close + 1;
        }
        return result;
    }

    /// <summary>Parses the bracket opening at <paramref name="open"/>; returns the index of its <c>]</c> or -1.</summary>
    private static int TryParse(string text, int open, List<Cited> cited, out string? badRange)
    {
        badRange = null;
        var limit = Math.Min(text.Length, open + MaxBracketLength);
        var breaks = 0;
        var i = open + 1;
        while (true)
        {
            if (!SkipSpace(text, ref i, limit, ref breaks)) return -1;
            var first = ReadNumber(text, ref i, limit);
            if (first < 0) return -1;
            if (!SkipSpace(text, ref i, limit, ref breaks)) return -1;
            var last = first;
            var rangeStart = i;
            if (i < limit && (text[i] == '-' || text[i] == '–' || text[i] == '—'))
            {
                i++;
                if (!SkipSpace(text, ref i, limit, ref breaks)) return -1;
                last = ReadNumber(text, ref i, limit);
                if (last < 0) return -1;
                if (!SkipSpace(text, ref i, limit, ref breaks)) return -1;
            }
            if (i >= limit) return -1;

            var locators = "";
            if (text[i] == ',')
            {
                var locStart = i + 1;
                var end = FindLocatorEnd(text, locStart, limit, ref breaks);
                if (end < 0) return -1;
                locators = Fold(text, locStart, end).Trim();
                i = end;
            }

            if (text[i] != ']' && text[i] != ';') return -1;
            if (last == first)
            {
                cited.Add(new Cited(first, locators));
            }
            else if (last < first || last - first >= MaxRange)
            {
                badRange ??= Fold(text, rangeStart - CountDigitsBefore(text, rangeStart), FindRangeEnd(text, rangeStart, limit)).Trim();
                cited.Add(new Cited(first, locators));
            }
            else
            {
                // A range's locators (rare: "[3-5, s.7]") belong to its last number, which they follow.
                for (var n = first; n <= last; n++) cited.Add(new Cited(n, n == last ? locators : ""));
            }
            if (text[i] == ']') return i;
            i++; // past ';'
        }
    }

    /// <summary>Locators run to the closing bracket or to a <c>;</c> that starts another cited number.</summary>
    private static int FindLocatorEnd(string text, int i, int limit, ref int breaks)
    {
        for (; i < limit; i++)
        {
            var c = text[i];
            if (c == ']') return i;
            if (c == '[') return -1;
            if (c == '\n' && ++breaks > MaxLineBreaks) return -1;
            if (c == ';')
            {
                var j = i + 1;
                while (j < limit && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n')) j++;
                if (j < limit && char.IsAsciiDigit(text[j])) return i;
            }
        }
        return -1;
    }

    private static bool SkipSpace(string text, ref int i, int limit, ref int breaks)
    {
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            if (text[i] == '\n' && ++breaks > MaxLineBreaks) return false;
            i++;
        }
        return true;
    }

    private static int ReadNumber(string text, ref int i, int limit)
    {
        var start = i;
        var n = 0;
        while (i < limit && char.IsAsciiDigit(text[i]))
        {
            if (i - start == 5) return -1;
            n = n * 10 + (text[i] - '0');
            i++;
        }
        return i == start || n == 0 ? -1 : n;
    }

    private static int CountDigitsBefore(string text, int i)
    {
        var k = i;
        while (k > 0 && (char.IsAsciiDigit(text[k - 1]) || text[k - 1] == ' ')) k--;
        return i - k;
    }

    private static int FindRangeEnd(string text, int i, int limit)
    {
        while (i < limit && text[i] != ',' && text[i] != ';' && text[i] != ']') i++;
        return i;
    }

    /// <summary>The text between the offsets with each whitespace run that holds a line break folded to one space.</summary>
    private static string Fold(string text, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                sb.Append(text[i]);
                continue;
            }
            var j = i;
            var hasBreak = false;
            while (j < end && char.IsWhiteSpace(text[j]))
            {
                hasBreak |= text[j] == '\n';
                j++;
            }
            if (hasBreak) sb.Append(' ');
            else sb.Append(text, i, j - i);
            i = j - 1;
        }
        return sb.ToString();
    }
}
