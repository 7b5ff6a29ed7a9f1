using Bibliography.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.Export;

/// <summary>CSL-JSON: an array of items, what Zotero, citeproc-js and pandoc read.</summary>
public sealed class CslJsonFormat : IReferenceFormat
{
    /// <inheritdoc />
    public string Name => "csljson";

    /// <inheritdoc />
    public IReadOnlyList<string> Aliases { get; } = new[] { "csl-json", "csl", "json" };

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = new[] { ".json", ".csl.json", ".csljson" };

    /// <inheritdoc />
    public void Write(IReadOnlyList<CslItem> items, TextWriter writer)
    {
        writer.Write(CslJson.Serialize(items));
        writer.Write('\n');
    }

    /// <summary>
    /// How deep one item's JSON may nest. Items are flat apart from names, dates and <c>custom</c>; the limit keeps a
    /// hostile item from driving the recursive deserializer deep, and costs only that item.
    /// </summary>
    public const int MaxItemDepth = 64;

    /// <summary>
    /// Reads an array of items, a single item, or a Bibliography document (<c>{"items":[…]}</c>). Items are
    /// parsed one by one, so a bad item (broken JSON, a number too large, a wrong shape, nesting too deep) is
    /// skipped with its line without losing its neighbours.
    /// </summary>
    public ImportResult Read(TextReader reader, string? fileName = null) => Read(reader.ReadToEnd(), fileName, out _);

    /// <summary>
    /// Reads text as <see cref="Read(TextReader, string?)"/> does; <paramref name="documentMembers"/> gets the other
    /// members of a Bibliography document (citations, footnotes…) unparsed, or null when the text is not a document.
    /// </summary>
    /// <exception cref="ImportFormatException">Nothing in the text is a CSL-JSON array, item or document.</exception>
    internal ImportResult Read(string text, string? fileName, out List<(JsonSpan Span, string Json)>? documentMembers)
    {
        documentMembers = null;
        var result = new ImportCollector(Name, fileName);
        var spans = new JsonSpans(text);
        var serializer = JsonSerializer.Create(CslJson.Settings);
        var start = spans.SkipSpace(0);
        if (start >= text.Length)
            throw new ImportFormatException("The file is empty: expected a CSL-JSON array or object.", fileName, 1);
        var end = text.Length;
        var syntaxOnly = true;
        void Items(int open)
        {
            var elements = spans.Elements(open, out var arrayEnd, out var problem);
            if (open == start) end = arrayEnd;
            foreach (var element in elements)
                syntaxOnly &= ReadItem(text, element, serializer, result);
            if (problem is { } p) result.Skip(p.Line, null, p.Message);
        }
        switch (text[start])
        {
            case '[':
                Items(start);
                break;
            case '{':
                var members = spans.Members(start, out end);
                // A document has items or citations and no id; anything else with braces is one item.
                if (members is null || members.Any(m => m.Name == "id") || !members.Any(m => m.Name is "items" or "citations"))
                {
                    end = spans.ValueEnd(start);
                    syntaxOnly = ReadItem(text, new JsonSpan(start, end, spans.LineAt(start)), serializer, result);
                    break;
                }
                documentMembers = members.Where(m => m.Name != "items").Select(m => (m, text[m.Start..m.End])).ToList();
                if (members.FirstOrDefault(m => m.Name == "items") is { Name: not null } items)
                {
                    if (text[items.Start] == '[') Items(items.Start);
                    else result.Skip(items.Line, null, "'items' must be an array of CSL items.");
                }
                break;
            default:
                throw new ImportFormatException(
                    $"Expected a CSL-JSON array or object but found '{text[start]}' at line {spans.LineAt(start)}.", fileName, spans.LineAt(start));
        }
        var after = spans.SkipSpace(end);
        if (after < text.Length)
            result.Skip(spans.LineAt(after), null, "Unexpected content after the end of the JSON.");
        // A file in which nothing parses as JSON is refused whole rather than reported item by item.
        if (result.Items.Count == 0 && result.Skipped.Count > 0 && syntaxOnly)
            throw new ImportFormatException($"Malformed JSON, nothing in the file could be read: {result.Skipped[0].Reason}", fileName, result.Skipped[0].Line);
        return result.ToResult();
    }

    /// <summary>Parses and reads one item; false when it was skipped for a reason other than broken JSON.</summary>
    private static bool ReadItem(string text, JsonSpan span, JsonSerializer serializer, ImportCollector result)
    {
        JToken token;
        using (var json = new JsonTextReader(new StringReader(text[span.Start..span.End]))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = MaxItemDepth,
        })
        {
            try
            {
                token = JToken.ReadFrom(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, CommentHandling = CommentHandling.Ignore });
                if (json.Read()) throw new JsonReaderException($"Unexpected {json.TokenType} after the item.");
            }
            catch (JsonReaderException e)
            {
                var where = e.LineNumber > 0 ? span.Line + e.LineNumber - 1 : span.Line;
                var message = e.Message.Contains("MaxDepth", StringComparison.Ordinal)
                    ? $"The item nests deeper than {MaxItemDepth} levels (the limit)."
                    : e.Message.Contains("is not a valid", StringComparison.Ordinal) && e.Message.StartsWith("Input string", StringComparison.Ordinal)
                        ? $"A number is too large to read: {WithoutPosition(e.Message)}"
                        : $"The JSON is broken here: {WithoutPosition(e.Message)}";
                result.Skip(where, null, where == span.Line ? message : $"{message} (line {where})");
                return message.StartsWith("The JSON is broken", StringComparison.Ordinal);
            }
        }
        int LineOf(JToken t) => t is IJsonLineInfo info && info.HasLineInfo() ? span.Line + info.LineNumber - 1 : span.Line;
        if (token is not JObject obj)
        {
            result.Skip(span.Line, null, $"Expected a CSL item (a JSON object) but found {token.Type}.");
            return false;
        }
        var id = obj["id"] is JValue { Type: JTokenType.String or JTokenType.Integer } v ? v.ToString(Formatting.None).Trim('"') : null;
        if (CheckShape(obj, LineOf) is { } problem)
        {
            result.Skip(span.Line, id, problem);
            return false;
        }
        try
        {
            var item = obj.ToObject<CslItem>(serializer) ?? throw new JsonSerializationException("The item is null.");
            result.Add(item, span.Line);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            result.Skip(span.Line, id, $"The item could not be read: {WithoutPosition(e.Message.ReplaceLineEndings(" "))}");
        }
        return false;
    }

    /// <summary>Newtonsoft's message without its ", line …, position …" tail, which counts from the item's start, not the file's.</summary>
    private static string WithoutPosition(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @",? line \d+, position \d+\.$", ".");

    /// <summary>Checks the parts whose wrong shape the serializer would misread, or reject naming .NET types.</summary>
    private static string? CheckShape(JObject obj, Func<JToken, int> lineOf)
    {
        if (obj["id"] is { } id && id.Type is not (JTokenType.String or JTokenType.Integer))
            return "'id' must be a string or a number.";
        if (obj["type"] is { } type && type.Type != JTokenType.String) return "'type' must be a string.";
        foreach (var p in obj.Properties())
        {
            if (CslFields.NameVariables.Contains(p.Name))
            {
                if (p.Value is not JArray names) return $"'{p.Name}' must be an array of names (line {lineOf(p.Value)}).";
                foreach (var name in names)
                {
                    if (name is not JObject parts) return $"Each name in '{p.Name}' must be an object (line {lineOf(name)}).";
                    if (parts.Properties().FirstOrDefault(n => n.Value is not JValue) is { } bad)
                        return $"The name part '{bad.Name}' in '{p.Name}' must be a string, number or boolean (line {lineOf(bad.Value)}).";
                }
            }
            else if (CslFields.DateVariables.Contains(p.Name))
            {
                if (p.Value is not JObject date) return $"'{p.Name}' must be a date object with 'date-parts' or 'literal' (line {lineOf(p.Value)}).";
                if (date["date-parts"] is { } dateParts && DatePartsProblem(dateParts) is { } problem)
                    return $"'{p.Name}': {problem} (line {lineOf(dateParts)}).";
            }
            else if (CslFields.TextVariables.Contains(p.Name) && p.Value is JContainer)
                return $"'{p.Name}' must be a string or a number, not {(p.Value is JArray ? "an array" : "an object")} (line {lineOf(p.Value)}).";
            else if (p.Name == "custom" && p.Value is not JObject) return "'custom' must be an object.";
        }
        return null;
    }

    private static string? DatePartsProblem(JToken dateParts)
    {
        const string shape = "'date-parts' must be one or two arrays of year, month and day, e.g. [[1920, 6, 19]]";
        if (dateParts is not JArray { Count: >= 1 and <= 2 } ranges) return shape;
        foreach (var range in ranges)
        {
            if (range is not JArray { Count: >= 1 and <= 3 } parts) return shape;
            foreach (var part in parts)
            {
                var ok = part switch
                {
                    JValue { Value: long n } => n is >= int.MinValue and <= int.MaxValue,
                    JValue { Type: JTokenType.String } s => int.TryParse((string?)s, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
                    JValue { Value: decimal d } => d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue,
                    _ => false,
                };
                if (!ok)
                    return part is JValue { Type: JTokenType.Integer or JTokenType.Float }
                        ? $"the number {part.ToString(Formatting.None)} in 'date-parts' is not a year, month or day"
                        : $"{shape}; {part.ToString(Formatting.None)} is not a number";
            }
        }
        return null;
    }
}
