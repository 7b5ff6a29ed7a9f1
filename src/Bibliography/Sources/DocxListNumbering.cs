using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bibliography.Sources;

/// <summary>
/// Renders the numbers Word draws in front of automatically numbered paragraphs (<c>w:numPr</c>, set on the
/// paragraph or its style), because a reference list typed in Word is usually such a list and its numbers
/// are nowhere in the text. Counters run per list (<c>w:num</c>) and level; a level restarts when a
/// shallower one advances. Bullets and unnumbered levels give no prefix.
/// </summary>
internal sealed class DocxListNumbering
{
    private const int Levels = 9;

    private readonly Numbering? _numbering;
    private readonly Styles? _styles;
    private readonly Dictionary<int, int[]> _counters = [];

    /// <summary>Prepares numbering for the document of <paramref name="main"/>.</summary>
    public DocxListNumbering(MainDocumentPart main)
    {
        _numbering = main.NumberingDefinitionsPart?.Numbering;
        _styles = main.StyleDefinitionsPart?.Styles;
    }

    /// <summary>The number Word shows before <paramref name="paragraph"/> followed by a space (<c>"3. "</c>), or "" when it has none. Call once per paragraph, in order.</summary>
    public string Prefix(Paragraph paragraph)
    {
        if (_numbering is null) return "";
        var (numId, level) = NumberingOf(paragraph);
        if (numId is not { } id || id == 0) return "";
        var instance = _numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == id);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = _numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        if (instance is null || definition is null) return "";
        var ilvl = Math.Clamp(level ?? 0, 0, Levels - 1);

        if (!_counters.TryGetValue(id, out var counters))
        {
            counters = new int[Levels];
            for (var l = 0; l < Levels; l++) counters[l] = StartOf(instance, definition, l) - 1;
            _counters[id] = counters;
        }
        counters[ilvl]++;
        for (var l = ilvl + 1; l < Levels; l++) counters[l] = StartOf(instance, definition, l) - 1;

        var lvl = LevelOf(definition, ilvl);
        var format = lvl?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        var template = lvl?.LevelText?.Val?.Value;
        if (format == NumberFormatValues.Bullet || format == NumberFormatValues.None || string.IsNullOrEmpty(template)) return "";

        var sb = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var l = template[i + 1] - '1';
                var levelFormat = LevelOf(definition, l)?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
                sb.Append(Format(Math.Max(counters[l], 1), levelFormat));
                i++;
            }
            else sb.Append(template[i]);
        }
        return sb.Append(' ').ToString();
    }

    /// <summary>The paragraph's own numbering, else its style's (following <c>w:basedOn</c>).</summary>
    private (int? NumId, int? Level) NumberingOf(Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = direct?.NumberingId?.Val?.Value;
        int? level = direct?.NumberingLevelReference?.Val?.Value;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (numId is null && styleId is not null && _styles is not null && seen.Add(styleId))
        {
            var style = _styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            var inherited = style?.StyleParagraphProperties?.NumberingProperties;
            numId = inherited?.NumberingId?.Val?.Value;
            level ??= inherited?.NumberingLevelReference?.Val?.Value;
            styleId = style?.BasedOn?.Val?.Value;
        }
        return (numId, level);
    }

    private static Level? LevelOf(AbstractNum definition, int level) =>
        definition.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

    /// <summary>A level's first number: the list's override if it sets one, else the definition's start, else 1.</summary>
    private static int StartOf(NumberingInstance instance, AbstractNum definition, int level)
    {
        var over = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level);
        return over?.StartOverrideNumberingValue?.Val?.Value
            ?? over?.Level?.StartNumberingValue?.Val?.Value
            ?? LevelOf(definition, level)?.StartNumberingValue?.Val?.Value
            ?? 1;
    }

    private static string Format(int n, NumberFormatValues format) => format switch
    {
        NumberFormatValues.LowerLetter => Letters(n).ToLowerInvariant(),
        NumberFormatValues.UpperLetter => Letters(n),
        NumberFormatValues.LowerRoman => Roman(n).ToLowerInvariant(),
        NumberFormatValues.UpperRoman => Roman(n),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Word's letter numbering repeats the letter past z: a…z, aa…zz.</summary>
    private static string Letters(int n) => new((char)('A' + (n - 1) % 26), (n - 1) / 26 + 1);

    private static string Roman(int n)
    {
        if (n is <= 0 or >= 4000) return n.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        foreach (var (value, symbol) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            while (n >= value)
            {
                sb.Append(symbol);
                n -= value;
            }
        return sb.ToString();
    }
}
