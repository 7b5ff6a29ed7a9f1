using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
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

    /// <summary>A paragraph's own list settings as read from its <c>w:pPr</c>: <c>w:numId</c>, <c>w:ilvl</c> and <c>w:pStyle</c>.</summary>
    public readonly record struct ParagraphNumbering(int? NumId, int? Level, string? StyleId)
    {
        /// <summary>The settings of a paragraph held as an element.</summary>
        public static ParagraphNumbering Of(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties;
            var direct = properties?.NumberingProperties;
            return new(direct?.NumberingId?.Val?.Value, direct?.NumberingLevelReference?.Val?.Value, properties?.ParagraphStyleId?.Val?.Value);
        }
    }

    /// <summary>One level of a list definition: its number format (<c>w:numFmt</c>), text template (<c>w:lvlText</c>) and start.</summary>
    private sealed record LevelDefinition(string? Format, string? Template, int? Start);

    /// <summary>A list (<c>w:num</c>): its definition's id and the starts its <c>w:lvlOverride</c>s set, by level.</summary>
    private sealed class ListInstance
    {
        public int? AbstractId { get; set; }
        public Dictionary<int, int?> StartOverrides { get; } = [];
    }

    /// <summary>A paragraph style's list settings and the style it is based on.</summary>
    private sealed class StyleNumbering
    {
        public int? NumId { get; set; }
        public int? Level { get; set; }
        public string? BasedOn { get; set; }
    }

    private readonly Dictionary<int, ListInstance> _instances = [];
    private readonly Dictionary<int, Dictionary<int, LevelDefinition>> _definitions = [];
    private readonly Dictionary<string, StyleNumbering> _styles = new(StringComparer.Ordinal);
    private readonly bool _hasNumbering;
    private readonly Dictionary<int, int[]> _counters = [];

    /// <summary>Prepares numbering for the document of <paramref name="main"/>, streaming its list and style parts once into lookups.</summary>
    /// <remarks>Each paragraph then costs a few lookups, where walking the parts' elements per paragraph cost their size each time.</remarks>
    public DocxListNumbering(MainDocumentPart main)
    {
        if (main.NumberingDefinitionsPart is { } numbering)
        {
            _hasNumbering = true;
            ReadNumbering(numbering);
        }
        if (main.StyleDefinitionsPart is { } styles) ReadStyles(styles);
    }

    /// <summary>The number Word shows before <paramref name="paragraph"/> followed by a space (<c>"3. "</c>), or "" when it has none. Call once per paragraph, in order.</summary>
    public string Prefix(Paragraph paragraph) => Prefix(ParagraphNumbering.Of(paragraph));

    /// <summary>The number Word shows before the paragraph whose list settings are <paramref name="paragraph"/>, as <see cref="Prefix(Paragraph)"/>.</summary>
    public string Prefix(ParagraphNumbering paragraph)
    {
        if (!_hasNumbering) return "";
        var (numId, level) = NumberingOf(paragraph);
        if (numId is not { } id || id == 0) return "";
        if (!_instances.TryGetValue(id, out var instance) || instance.AbstractId is not { } abstractId
            || !_definitions.TryGetValue(abstractId, out var definition)) return "";
        var ilvl = Math.Clamp(level ?? 0, 0, Levels - 1);

        if (!_counters.TryGetValue(id, out var counters))
        {
            counters = new int[Levels];
            for (var l = 0; l < Levels; l++) counters[l] = StartOf(instance, definition, l) - 1;
            _counters[id] = counters;
        }
        counters[ilvl]++;
        for (var l = ilvl + 1; l < Levels; l++) counters[l] = StartOf(instance, definition, l) - 1;

        definition.TryGetValue(ilvl, out var lvl);
        var format = lvl?.Format ?? "decimal";
        var template = lvl?.Template;
        if (format is "bullet" or "none" || string.IsNullOrEmpty(template)) return "";

        var sb = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var l = template[i + 1] - '1';
                var levelFormat = definition.TryGetValue(l, out var other) ? other.Format : null;
                sb.Append(Format(Math.Max(counters[l], 1), levelFormat));
                i++;
            }
            else sb.Append(template[i]);
        }
        return sb.Append(' ').ToString();
    }

    /// <summary>The paragraph's own numbering, else its style's (following <c>w:basedOn</c>).</summary>
    private (int? NumId, int? Level) NumberingOf(ParagraphNumbering paragraph)
    {
        var (numId, level, styleId) = paragraph;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (numId is null && styleId is not null && seen.Add(styleId))
        {
            _styles.TryGetValue(styleId, out var style);
            numId = style?.NumId;
            level ??= style?.Level;
            styleId = style?.BasedOn;
        }
        return (numId, level);
    }

    /// <summary>A level's first number: the list's override if it sets one, else the definition's start, else 1.</summary>
    private static int StartOf(ListInstance instance, Dictionary<int, LevelDefinition> definition, int level) =>
        (instance.StartOverrides.TryGetValue(level, out var over) ? over : null)
        ?? (definition.TryGetValue(level, out var lvl) ? lvl.Start : null)
        ?? 1;

    /// <summary>
    /// Reads <c>w:num</c> and <c>w:abstractNum</c> (children of the root) into lookups; where Word's schema allows one
    /// element the first one counts, as the SDK's typed properties read it.
    /// </summary>
    private void ReadNumbering(NumberingDefinitionsPart part)
    {
        ListInstance? instance = null;
        Dictionary<int, LevelDefinition>? definition = null;
        // The w:lvl or w:lvlOverride being read, by its index; an override's own w:lvl gives a start too.
        int? levelIndex = null;
        string? format = null, template = null;
        int? start = null, startOverride = null;
        var overrideSeen = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            var depth = reader.Depth;
            var type = reader.ElementType;
            if (reader.IsStartElement)
            {
                DocxPackageLimits.CheckDepth(reader, part);
                if (depth == 1 && type == typeof(NumberingInstance) && Int(reader, "numId") is { } numId && !_instances.ContainsKey(numId))
                    _instances[numId] = instance = new ListInstance();
                else if (depth == 1 && type == typeof(AbstractNum) && Int(reader, "abstractNumId") is { } abstractId && !_definitions.ContainsKey(abstractId))
                    _definitions[abstractId] = definition = [];
                else if (depth == 2 && instance is not null && type == typeof(AbstractNumId)) instance.AbstractId ??= Int(reader, "val");
                else if (depth == 2 && (type == typeof(Level) && definition is not null || type == typeof(LevelOverride) && instance is not null))
                {
                    levelIndex = Int(reader, "ilvl");
                    format = template = null;
                    start = startOverride = null;
                    overrideSeen = false;
                }
                else if (depth == 3 && levelIndex is not null)
                {
                    if (type == typeof(NumberingFormat)) format ??= DocxReader.WordAttribute(reader, "val");
                    else if (type == typeof(LevelText)) template ??= DocxReader.WordAttribute(reader, "val");
                    else if (type == typeof(StartNumberingValue)) start ??= Int(reader, "val");
                    else if (type == typeof(StartOverrideNumberingValue)) startOverride ??= Int(reader, "val");
                    else if (type == typeof(Level)) overrideSeen = true;
                }
                else if (depth == 4 && levelIndex is not null && overrideSeen && type == typeof(StartNumberingValue)) start ??= Int(reader, "val");
            }
            else if (reader.IsEndElement)
            {
                if (depth == 4 && type == typeof(Level)) overrideSeen = false; // only the override's first w:lvl counts
                else if (depth == 2 && levelIndex is { } index)
                {
                    if (type == typeof(Level) && definition is not null) definition.TryAdd(index, new LevelDefinition(format, template, start));
                    else if (type == typeof(LevelOverride) && instance is not null) instance.StartOverrides.TryAdd(index, startOverride ?? start);
                    levelIndex = null;
                }
                else if (depth == 1)
                {
                    instance = null;
                    definition = null;
                }
            }
        }
    }

    /// <summary>Reads each paragraph style's <c>w:pPr/w:numPr</c> and <c>w:basedOn</c> into a lookup by style id.</summary>
    private void ReadStyles(StyleDefinitionsPart part)
    {
        StyleNumbering? style = null;
        var properties = 0; // the style's w:pPr seen so far (1 while in the first)
        var numbering = 0;  // the w:numPr seen so far in that w:pPr
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement) continue;
            DocxPackageLimits.CheckDepth(reader, part);
            var depth = reader.Depth;
            var type = reader.ElementType;
            if (depth == 1)
            {
                style = null;
                if (type == typeof(Style) && DocxReader.WordAttribute(reader, "styleId") is { } id && !_styles.ContainsKey(id))
                    _styles[id] = style = new StyleNumbering();
                properties = numbering = 0;
            }
            else if (style is null) continue;
            else if (depth == 2 && type == typeof(BasedOn)) style.BasedOn ??= DocxReader.WordAttribute(reader, "val");
            else if (depth == 2 && type == typeof(StyleParagraphProperties)) properties++;
            else if (depth == 3 && properties == 1 && type == typeof(NumberingProperties)) numbering++;
            else if (depth == 4 && properties == 1 && numbering == 1 && type == typeof(NumberingId)) style.NumId ??= Int(reader, "val");
            else if (depth == 4 && properties == 1 && numbering == 1 && type == typeof(NumberingLevelReference)) style.Level ??= Int(reader, "val");
        }
    }

    private static int? Int(OpenXmlReader reader, string attribute) => DocxReader.ParseInt(DocxReader.WordAttribute(reader, attribute));

    private static string Format(int n, string? format) => format switch
    {
        "lowerLetter" => Letters(n).ToLowerInvariant(),
        "upperLetter" => Letters(n),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperRoman" => Roman(n),
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
