using System.Text;
using UglyToad.PdfPig.Content;

namespace Bibliography.Sources;

/// <summary>One letter of a PDF page as the layout needs it: its text (normalised), its box on the baseline and its size.</summary>
internal readonly record struct PdfGlyph(string Value, double Left, double Right, double Baseline, double Size)
{
    /// <summary>True for a space the PDF draws (most producers draw them; the others leave a gap).</summary>
    public bool IsSpace => Value == " ";
}

/// <summary>Which part of a two-column page a row belongs to: the left or right column, or across both (a title, a one-column page).</summary>
internal enum PdfColumn { Full, Left, Right }

/// <summary>A line of text on a page, in one column: its letters left to right, with superscripts folded in.</summary>
internal sealed class PdfRow(List<PdfGlyph> glyphs, PdfColumn column)
{
    /// <summary>The letters, left to right.</summary>
    public List<PdfGlyph> Glyphs { get; } = glyphs;

    /// <summary>The column the row stands in.</summary>
    public PdfColumn Column { get; } = column;

    /// <summary>The size most of the row's letters have.</summary>
    public double Size { get; private set; }

    /// <summary>The baseline of the letters of that size.</summary>
    public double Baseline { get; private set; }

    /// <summary>The left edge of the first letter.</summary>
    public double Left => Glyphs[0].Left;

    /// <summary>The right edge of the last letter.</summary>
    public double Right => Glyphs[^1].Right;

    /// <summary>Sorts the letters and sets <see cref="Size"/> and <see cref="Baseline"/> from them.</summary>
    public PdfRow Settle()
    {
        Glyphs.Sort((a, b) => a.Left.CompareTo(b.Left));
        // The size with the most letters, spaces aside: a marker or a bold word must not change what the row is.
        var counts = new Dictionary<double, int>();
        foreach (var g in Glyphs)
            if (!g.IsSpace) counts[Math.Round(g.Size, 1)] = counts.GetValueOrDefault(Math.Round(g.Size, 1)) + 1;
        Size = counts.Count == 0 ? Glyphs[0].Size : counts.MaxBy(c => (c.Value, c.Key)).Key;
        var sized = Glyphs.Where(g => !g.IsSpace && Math.Abs(g.Size - Size) < 0.15).Select(g => g.Baseline).ToList();
        Baseline = sized.Count == 0 ? Glyphs[0].Baseline : sized.Min();
        return this;
    }

    /// <summary>True when the letter is set smaller and raised against the row: a note marker or an ordinal.</summary>
    public bool IsSuperscript(PdfGlyph g) => g.Size < 0.8 * Size && g.Baseline > Baseline + 0.1 * Size;

    /// <summary>
    /// The row's text: a gap wider than a fifth of the size is a space, runs of spaces are one. Superscript digits at the
    /// start become <c>N </c> (a note's number); elsewhere they are markers, taken out of the text and returned with the
    /// 0-based place they stood.
    /// </summary>
    public string Text(List<(int Number, int At)> markers)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < Glyphs.Count && Glyphs[i].IsSpace) i++;
        var leading = true;
        PdfGlyph? previous = null;
        while (i < Glyphs.Count)
        {
            var g = Glyphs[i];
            if (IsSuperscript(g) && IsDigits(g.Value))
            {
                var number = 0;
                var j = i;
                for (; j < Glyphs.Count && IsSuperscript(Glyphs[j]) && IsDigits(Glyphs[j].Value) && number < 100_000; j++)
                    foreach (var c in Glyphs[j].Value) number = number * 10 + (c - '0');
                if (leading)
                {
                    sb.Append(number).Append(' ');
                }
                else
                {
                    if (previous is { } p && g.Left - p.Right > 0.2 * Size && sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                    markers.Add((number, sb.Length));
                }
                previous = Glyphs[j - 1];
                i = j;
                leading = false;
                continue;
            }
            leading = false;
            if (g.IsSpace)
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else
            {
                if (previous is { } p && g.Left - p.Right > 0.2 * Size && sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                sb.Append(g.Value);
            }
            previous = g;
            i++;
        }
        while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        // A soft hyphen inside a line was an unused break; at the end it is the break taken, which the note builder joins.
        for (var k = sb.Length - 2; k >= 0; k--)
            if (sb[k] == '\u00AD') sb.Remove(k, 1);
        return sb.ToString();
    }

    private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
}

/// <summary>A horizontal rule drawn on a page, such as the short line above the footnotes.</summary>
internal readonly record struct PdfRule(double Left, double Right, double Y);

/// <summary>A page's rows in reading order (column by column), and the short rules drawn on it.</summary>
internal sealed class PdfPageLayout
{
    private PdfPageLayout(int number, double width, double height, List<PdfRow> rows, List<PdfRule> rules, int letters)
    {
        Number = number;
        Width = width;
        Height = height;
        Rows = rows;
        Rules = rules;
        Letters = letters;
    }

    /// <summary>The page's 1-based number in the file.</summary>
    public int Number { get; }

    /// <summary>The page's width in points.</summary>
    public double Width { get; }

    /// <summary>The page's height in points.</summary>
    public double Height { get; }

    /// <summary>The rows in reading order: down the page, the left column before the right between two full-width rows.</summary>
    public List<PdfRow> Rows { get; }

    /// <summary>Horizontal rules shorter than half the page.</summary>
    public List<PdfRule> Rules { get; }

    /// <summary>The x of the gutter of a two-column page, or null for one column.</summary>
    public double? Gutter { get; private init; }

    /// <summary>The column a rule stands in: the one its middle is in, on a page of two.</summary>
    public PdfColumn ColumnOf(PdfRule rule) =>
        Gutter is not { } x ? PdfColumn.Full : (rule.Left + rule.Right) / 2 < x ? PdfColumn.Left : PdfColumn.Right;

    /// <summary>How many letters the page draws (spaces included): none on every page means a scan.</summary>
    public int Letters { get; }

    /// <summary>Reads the letters and rules of <paramref name="page"/> and lays them out in rows.</summary>
    public static PdfPageLayout Read(Page page)
    {
        var letters = page.Letters;
        if (letters.Count > PdfLimits.MaxLettersPerPage)
            throw new PdfLayoutLimitException($"page {page.Number} draws {letters.Count:N0} letters, more than the {PdfLimits.MaxLettersPerPage:N0} a page is read with");
        var glyphs = new List<PdfGlyph>(letters.Count);
        foreach (var letter in letters)
        {
            // Rotated text (a margin stamp, a table's header turned on its side) is not the paper's prose.
            if (letter.TextOrientation != TextOrientation.Horizontal) continue;
            var value = PdfText.Clean(letter.Value);
            if (value.Length == 0) continue;
            var size = letter.PointSize > 0 ? letter.PointSize : letter.FontSize;
            var box = letter.BoundingBox;
            var left = Math.Min(box.Left, letter.StartBaseLine.X);
            var right = Math.Max(box.Right, letter.EndBaseLine.X);
            if (value == " ") right = Math.Max(left, letter.EndBaseLine.X);
            glyphs.Add(new PdfGlyph(value, left, right, letter.StartBaseLine.Y, size));
        }
        var rules = new List<PdfRule>();
        foreach (var path in page.Paths)
        {
            var box = path.GetBoundingRectangle();
            if (box is not { } r) continue;
            if (r.Height <= 1.5 && r.Width >= 20 && r.Width <= page.Width / 2) rules.Add(new PdfRule(r.Left, r.Right, (r.Top + r.Bottom) / 2));
        }
        var lines = Lines(glyphs);
        // A column too short to show its gutter in the text still has its own footnote rule at its own left edge.
        var gutter = FindGutter(lines, page.Width);
        if (gutter is null && rules.Count >= 2)
        {
            var byLeft = rules.OrderBy(r => r.Left).ToList();
            // The right column's rule starts at the right column's left edge.
            if (byLeft[^1].Left - byLeft[0].Left > 0.3 * page.Width) gutter = byLeft[^1].Left - 1;
        }
        return new PdfPageLayout(page.Number, page.Width, page.Height, Order(lines, gutter), rules, letters.Count) { Gutter = gutter };
    }

    /// <summary>The fewest lines of text each side of a gutter must hold for a page to be read as two columns.</summary>
    private const int MinColumnLines = 3;

    /// <summary>Groups letters whose baselines meet into lines, top to bottom (superscripts make lines of their own here).</summary>
    private static List<List<PdfGlyph>> Lines(List<PdfGlyph> glyphs)
    {
        glyphs.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        var lines = new List<List<PdfGlyph>>();
        List<PdfGlyph>? current = null;
        double baseline = 0, size = 0;
        foreach (var g in glyphs)
        {
            if (current is null || baseline - g.Baseline > 0.2 * Math.Max(size, g.Size))
            {
                current = [];
                lines.Add(current);
                baseline = g.Baseline;
                size = g.Size;
            }
            current.Add(g);
            if (!g.IsSpace) size = Math.Max(size, g.Size);
        }
        return lines;
    }

    /// <summary>Splits lines at a column gutter when the page has one, folds superscripts into their lines, and orders the rows.</summary>
    private static List<PdfRow> Order(List<List<PdfGlyph>> lines, double? gutter)
    {
        var rows = new List<PdfRow>();
        foreach (var line in lines)
        {
            if (gutter is not { } x || line.Any(g => !g.IsSpace && g.Left < x && g.Right > x))
            {
                rows.Add(new PdfRow(line, PdfColumn.Full).Settle());
                continue;
            }
            var left = line.Where(g => g.Right <= x).ToList();
            var right = line.Where(g => g.Right > x).ToList();
            if (left.Any(g => !g.IsSpace)) rows.Add(new PdfRow(left, PdfColumn.Left).Settle());
            if (right.Any(g => !g.IsSpace)) rows.Add(new PdfRow(right, PdfColumn.Right).Settle());
        }
        rows.RemoveAll(r => r.Glyphs.All(g => g.IsSpace));
        FoldSuperscripts(rows);

        // Down the page; between two full-width rows the left column is read before the right.
        var ordered = new List<PdfRow>(rows.Count);
        var left2 = new List<PdfRow>();
        var right2 = new List<PdfRow>();
        foreach (var row in rows)
        {
            if (row.Column == PdfColumn.Full)
            {
                ordered.AddRange(left2);
                ordered.AddRange(right2);
                left2.Clear();
                right2.Clear();
                ordered.Add(row);
            }
            else (row.Column == PdfColumn.Left ? left2 : right2).Add(row);
        }
        ordered.AddRange(left2);
        ordered.AddRange(right2);
        return ordered;
    }

    /// <summary>Moves each row of raised small letters (note markers) into the row they stand on, within the same column.</summary>
    private static void FoldSuperscripts(List<PdfRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var raised = rows[i];
            PdfRow? host = null;
            for (var j = i + 1; j < rows.Count; j++)
            {
                var row = rows[j];
                if (raised.Baseline - row.Baseline > 0.7 * row.Size) break;
                if (row.Column == raised.Column && raised.Size < 0.8 * row.Size
                    && raised.Left >= row.Left - row.Size && raised.Right <= row.Right + 2 * row.Size)
                {
                    host = row;
                    break;
                }
            }
            if (host is null) continue;
            host.Glyphs.AddRange(raised.Glyphs);
            host.Settle();
            rows.RemoveAt(i);
            i--;
        }
    }

    /// <summary>
    /// The x of a gutter between two columns: a band in the middle of the page that most lines leave empty while
    /// lines stand on both sides of it; null for a page of one column.
    /// </summary>
    private static double? FindGutter(List<List<PdfGlyph>> lines, double width)
    {
        var bins = (int)Math.Ceiling(width) + 1;
        if (bins < 10 || lines.Count < 6) return null;
        var covered = new int[bins];
        var counted = 0;
        foreach (var line in lines)
        {
            var letters = line.Where(g => !g.IsSpace).OrderBy(g => g.Left).ToList();
            if (letters.Count < 3) continue;
            counted++;
            // Word gaps are filled in; a gap of more than a letter's size or so is a gutter's candidate.
            var start = letters[0].Left;
            var end = letters[0].Right;
            foreach (var g in letters.Skip(1))
            {
                if (g.Left - end > 1.2 * g.Size)
                {
                    Mark(covered, start, end);
                    start = g.Left;
                }
                end = Math.Max(end, g.Right);
            }
            Mark(covered, start, end);
        }
        if (counted < 6) return null;
        int from = (int)(0.3 * width), to = (int)(0.7 * width);
        var best = from;
        for (var b = from; b <= to; b++) if (covered[b] < covered[best]) best = b;
        if (covered[best] > 0.25 * counted) return null;
        var runStart = best;
        var runEnd = best;
        while (runStart > from && covered[runStart - 1] == covered[best]) runStart--;
        while (runEnd < to && covered[runEnd + 1] == covered[best]) runEnd++;
        var x = (runStart + runEnd) / 2.0;
        // Both columns must be there, each with a few lines (the last page's right column may hold only a few).
        int leftLines = 0, rightLines = 0;
        foreach (var line in lines)
        {
            if (line.Count(g => !g.IsSpace) < 3) continue;
            if (line.Any(g => !g.IsSpace && g.Right < x)) leftLines++;
            if (line.Any(g => !g.IsSpace && g.Left > x)) rightLines++;
        }
        return leftLines >= MinColumnLines && rightLines >= MinColumnLines ? x : null;
    }

    private static void Mark(int[] covered, double start, double end)
    {
        var a = Math.Max(0, (int)Math.Floor(start));
        var b = Math.Min(covered.Length - 1, (int)Math.Ceiling(end));
        for (var i = a; i <= b; i++) covered[i]++;
    }
}

/// <summary>A page passed a <see cref="PdfLimits"/> bound while it was laid out; <see cref="PdfReader"/> reports it naming the file.</summary>
internal sealed class PdfLayoutLimitException(string reason) : Exception(reason);

/// <summary>Normalises the text a PDF gives for a letter.</summary>
internal static class PdfText
{
    /// <summary>
    /// The letter's text as a reader means it: typographic ligatures split (ﬁ → fi), every kind of space one space,
    /// zero-width characters dropped; soft hyphens are kept for the line joiner. Letters are otherwise exact (ə, İ, ı).
    /// </summary>
    public static string Clean(string value)
    {
        if (value.Length == 1)
        {
            var c = value[0];
            if (c < 0x80 && !char.IsControl(c)) return value;
            return Clean(c) ?? (char.IsControl(c) ? "" : value);
        }
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (Clean(c) is { } s) sb.Append(s);
            else if (!char.IsControl(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private static string? Clean(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => "",
        '\t' or '\n' or '\r' => " ",
        _ when char.IsWhiteSpace(c) => " ",
        _ => null,
    };
}
