using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.Export;

/// <summary>
/// The <c>key: value</c> lines that carry what a format has no field for (RIS <c>N1</c>, BibTeX <c>extra</c>),
/// in the way Zotero's Extra field carries CSL variables: <c>archive-short: GMTA</c>, <c>fond: 1874</c>.
/// </summary>
/// <remarks>
/// Text values are written as they are, with <c>\</c>, line feed and carriage return escaped as <c>\\</c>,
/// <c>\n</c>, <c>\r</c> so each value stays on one line, and a trailing blank as <c>\s</c> or <c>\t</c>. Names and dates are JSON. Whatever cannot be a
/// plain line (an unknown custom key, a number-valued variable, a removal) goes in one JSON object under
/// <c>custom</c> or <c>csl</c>, so the lines always read back to exactly what was written.
/// </remarks>
internal static partial class ExtraLines
{
    private const string CslKey = "csl";
    private const string CustomKey = "custom";

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z0-9_-]*):[ \t]?(?<value>.*)$")]
    private static partial Regex LinePattern();

    /// <summary>
    /// The residual as lines, in its own order. With <paramref name="zoteroNames"/>, names are written one line
    /// each in the form Zotero reads from Extra (<c>compiler: Family || Given</c>) wherever that form gives them
    /// back exactly, else as JSON.
    /// </summary>
    public static List<string> Write(JObject residual, bool zoteroNames = false)
    {
        var lines = new List<string>();
        var csl = new JObject();
        var customJson = new JObject();
        foreach (var p in residual.Properties())
        {
            if (p.Name == CustomKey && p.Value is JObject custom)
            {
                foreach (var c in custom.Properties())
                {
                    if (BareCustomValue(c.Name, c.Value) is { } bare) lines.Add($"{c.Name}: {bare}");
                    else customJson[c.Name] = c.Value;
                }
            }
            else if (p.Value.Type == JTokenType.Null || p.Name is CslKey or CustomKey) csl[p.Name] = p.Value;
            else if (zoteroNames && CslFields.NameVariables.Contains(p.Name) && ZoteroNameLines(p.Value) is { } nameLines)
                lines.AddRange(nameLines.Select(n => $"{p.Name}: {n}"));
            else if (CslFields.NameVariables.Contains(p.Name) || CslFields.DateVariables.Contains(p.Name))
                lines.Add($"{p.Name}: {p.Value.ToString(Formatting.None)}");
            else if (p.Value.Type == JTokenType.String && IsTextKey(p.Name))
                lines.Add($"{p.Name}: {Escape((string)p.Value!)}");
            else csl[p.Name] = p.Value;
        }
        if (customJson.Count > 0) lines.Add($"{CustomKey}: {customJson.ToString(Formatting.None)}");
        if (csl.Count > 0) lines.Add($"{CslKey}: {csl.ToString(Formatting.None)}");
        return lines;
    }

    /// <summary>
    /// Reads lines into a residual. Lines that are not recognised <c>key: value</c> pairs are returned in
    /// <paramref name="other"/> (in a foreign file they are ordinary notes).
    /// </summary>
    public static JObject Read(IEnumerable<string> lines, List<string> other)
    {
        var residual = new JObject();
        foreach (var line in lines)
        {
            if (!TryRead(line, residual)) other.Add(line);
        }
        return residual;
    }

    private static bool TryRead(string line, JObject residual)
    {
        var m = LinePattern().Match(line);
        if (!m.Success) return false;
        var key = m.Groups["key"].Value;
        var value = m.Groups["value"].Value;
        switch (key)
        {
            case CustomKey or CslKey:
                if (ParseJson(value) is not JObject obj) return false;
                if (key == CustomKey) Merge(residual, CustomKey, obj);
                else foreach (var p in obj.Properties())
                {
                    if (p.Name == CustomKey && p.Value is JObject c) Merge(residual, CustomKey, c);
                    else residual[p.Name] = p.Value;
                }
                return true;
            case CustomKeys.ReferenceNumber:
                Merge(residual, CustomKey, new JObject
                {
                    [key] = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Unescape(value),
                });
                return true;
            case CustomKeys.ArchiveShort or CustomKeys.Fond or CustomKeys.Opis or CustomKeys.Delo:
                Merge(residual, CustomKey, new JObject { [key] = Unescape(value) });
                return true;
        }
        if (CslFields.NameVariables.Contains(key))
        {
            var names = ParseJson(value) as JArray ?? new JArray(ZoteroName(value));
            if (residual[key] is JArray existing && ParseJson(value) is not JArray) existing.Add(names[0]);
            else residual[key] = names;
            return true;
        }
        if (CslFields.DateVariables.Contains(key))
        {
            residual[key] = ParseJson(value) as JObject ?? CslFields.ToJson(IsoDate(value));
            return true;
        }
        if (!IsTextKey(key)) return false;
        residual[key] = Unescape(value);
        return true;
    }

    private static bool IsTextKey(string key) => CslFields.TextVariables.Contains(key);

    private static string? BareCustomValue(string key, JToken value) => key switch
    {
        // Only what reads back as an int is bare; a larger number (even a BigInteger) goes in the custom JSON line.
        CustomKeys.ReferenceNumber when value is JValue { Value: long n } && n is >= 0 and <= int.MaxValue => value.ToString(Formatting.None),
        CustomKeys.ArchiveShort or CustomKeys.Fond or CustomKeys.Opis or CustomKeys.Delo when value.Type == JTokenType.String
            => Escape((string)value!),
        _ => null,
    };

    private static void Merge(JObject residual, string key, JObject values)
    {
        var target = residual[key] as JObject ?? new JObject();
        foreach (var p in values.Properties()) target[p.Name] = p.Value;
        residual[key] = target;
    }

    private static JToken? ParseJson(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '[')) return null;
        try
        {
            using var reader = new JsonTextReader(new StringReader(trimmed)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            return JToken.ReadFrom(reader);
        }
        catch (JsonException) { return null; }
    }

    /// <summary>Each name in Zotero's creator line form, or null when one of them would not read back the same.</summary>
    private static List<string>? ZoteroNameLines(JToken names)
    {
        if (names is not JArray { Count: > 0 } array) return null;
        var lines = new List<string>();
        foreach (var name in array)
        {
            if (name is not JObject o) return null;
            static bool Plain(JToken? v) => v is JValue { Type: JTokenType.String } s && ((string)s!) is { Length: > 0 } t
                && t == t.Trim() && !t.Contains("||") && t.IndexOfAny(['\n', '\r']) < 0 && t[0] is not ('[' or '{');
            var keys = o.Properties().Select(p => p.Name).ToList();
            if (keys.SequenceEqual(["literal"]) && Plain(o["literal"])) lines.Add((string)o["literal"]!);
            else if (keys.All(k => k is "family" or "given") && Plain(o["family"]) && (o["given"] is null || Plain(o["given"])))
                lines.Add($"{(string)o["family"]!} || {(string?)o["given"]}".TrimEnd());
            else return null;
        }
        return lines;
    }

    /// <summary>Zotero's creator line form, <c>Family || Given</c>, or a single literal name.</summary>
    private static JObject ZoteroName(string value)
    {
        var parts = value.Split("||", 2);
        var name = parts.Length == 2
            ? CslName.Person(parts[0].Trim(), parts[1].Trim() is { Length: > 0 } g ? g : null)
            : CslName.Institution(value.Trim());
        return JObject.FromObject(name);
    }

    private static CslDate IsoDate(string value)
    {
        var m = Regex.Match(value.Trim(), @"^(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$");
        if (!m.Success) return new CslDate { Literal = value.Trim() };
        int? Part(int i) => m.Groups[i].Success ? int.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture) : null;
        return CslDate.FromParts(Part(1)!.Value, Part(2), Part(3));
    }

    /// <summary>Escapes a value onto one line.</summary>
    public static string Escape(string value)
    {
        var trailing = value.Length > 0 && value[^1] is ' ' or '\t';
        if (value.IndexOfAny(['\\', '\n', '\r']) < 0 && !trailing) return value;
        var sb = new StringBuilder(value.Length + 8);
        foreach (var ch in value)
        {
            sb.Append(ch switch { '\\' => @"\\", '\n' => @"\n", '\r' => @"\r", _ => ch.ToString() });
        }
        // Readers trim trailing blanks off a line, so a value's own trailing blank is written as an escape.
        if (trailing)
        {
            sb.Length--;
            sb.Append(value[^1] == ' ' ? @"\s" : @"\t");
        }
        return sb.ToString();
    }

    /// <summary>Undoes <see cref="Escape"/>; an unknown escape is kept as written.</summary>
    public static string Unescape(string value)
    {
        if (!value.Contains('\\')) return value;
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                var next = value[i + 1];
                string? s = next switch { '\\' => "\\", 'n' => "\n", 'r' => "\r", 's' => " ", 't' => "\t", _ => null };
                if (s is not null) { sb.Append(s); i++; continue; }
            }
            sb.Append(value[i]);
        }
        return sb.ToString();
    }
}
