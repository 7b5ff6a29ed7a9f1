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
    /// Reads an array of items, a single item, or a Bibliography document (<c>{"items":[…]}</c>). Items are
    /// read one by one, so a bad item is skipped without losing its neighbours; broken JSON keeps every item
    /// completed before the break.
    /// </summary>
    public ImportResult Read(TextReader reader, string? fileName = null)
    {
        var result = new ImportCollector(Name, fileName);
        var text = reader.ReadToEnd();
        using var json = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        var serializer = JsonSerializer.Create(CslJson.Settings);
        try
        {
            if (!json.Read())
                throw new ImportFormatException("The file is empty: expected a CSL-JSON array or object.", fileName, 1);
            switch (json.TokenType)
            {
                case JsonToken.StartArray:
                    ReadArray(json, serializer, result);
                    break;
                case JsonToken.StartObject:
                    ReadObject(json, serializer, result);
                    break;
                default:
                    throw new ImportFormatException(
                        $"Expected a CSL-JSON array or object but found {json.TokenType} at line {json.LineNumber}.", fileName, json.LineNumber);
            }
            if (json.Read())
                result.Skip(json.LineNumber, null, $"Unexpected content after the end of the JSON ({json.TokenType}).");
        }
        catch (JsonReaderException e)
        {
            // Newtonsoft says line 0 when the very first token is bad; that is the first line with text.
            var line = e.LineNumber > 0 ? e.LineNumber : FirstTextLine(text);
            if (result.Items.Count == 0 && result.Skipped.Count == 0)
                throw new ImportFormatException($"The file is not valid JSON: {e.Message}", fileName, line, e);
            result.Skip(line, null, $"The JSON is broken here, so nothing from this point on could be read: {e.Message}");
        }
        return result.ToResult();
    }

    private static void ReadObject(JsonTextReader json, JsonSerializer serializer, ImportCollector result)
    {
        var line = json.LineNumber;
        var obj = (JObject)JToken.ReadFrom(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        if (obj["items"] is JArray items && obj["id"] is null)
        {
            foreach (var token in items) ReadItem(token, serializer, result);
            return;
        }
        if (obj["items"] is { } notArray && obj["id"] is null)
        {
            result.Skip(LineOf(notArray, line), null, "'items' must be an array of CSL items.");
            return;
        }
        ReadItem(obj, serializer, result);
    }

    private static void ReadArray(JsonTextReader json, JsonSerializer serializer, ImportCollector result)
    {
        // Reading element by element keeps every item before a syntax error.
        while (json.Read())
        {
            if (json.TokenType == JsonToken.EndArray) return;
            if (json.TokenType == JsonToken.Comment) continue;
            var token = JToken.ReadFrom(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
            ReadItem(token, serializer, result);
        }
        throw new JsonReaderException("The array is not closed (missing ']').", json.Path, json.LineNumber, json.LinePosition, null);
    }

    private static void ReadItem(JToken token, JsonSerializer serializer, ImportCollector result)
    {
        var line = LineOf(token, 0);
        if (token is not JObject obj)
        {
            result.Skip(line, null, $"Expected a CSL item (a JSON object) but found {token.Type}.");
            return;
        }
        var id = obj["id"] is JValue { Type: JTokenType.String or JTokenType.Integer } v ? v.ToString(Formatting.None).Trim('"') : null;
        if (CheckShape(obj) is { } problem)
        {
            result.Skip(line, id, problem);
            return;
        }
        try
        {
            var item = obj.ToObject<CslItem>(serializer) ?? throw new JsonSerializationException("The item is null.");
            result.Add(item, line);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            result.Skip(line, id, $"The item could not be read: {e.Message}");
        }
    }

    /// <summary>Checks the parts whose wrong shape the serializer would silently accept or misread.</summary>
    private static string? CheckShape(JObject obj)
    {
        if (obj["id"] is { } id && id.Type is not (JTokenType.String or JTokenType.Integer))
            return "'id' must be a string or a number.";
        if (obj["type"] is { } type && type.Type != JTokenType.String) return "'type' must be a string.";
        foreach (var p in obj.Properties())
        {
            if (CslFields.NameVariables.Contains(p.Name) && p.Value is not JArray)
                return $"'{p.Name}' must be an array of names (line {LineOf(p.Value, 0)}).";
            if (CslFields.DateVariables.Contains(p.Name) && p.Value is not JObject)
                return $"'{p.Name}' must be a date object with 'date-parts' or 'literal' (line {LineOf(p.Value, 0)}).";
            if (p.Name == "custom" && p.Value is not JObject) return "'custom' must be an object.";
        }
        return null;
    }

    private static int FirstTextLine(string text)
    {
        var line = 1;
        foreach (var ch in text)
        {
            if (ch == '\n') line++;
            else if (!char.IsWhiteSpace(ch) && ch != '\uFEFF') return line;
        }
        return line;
    }

    private static int LineOf(JToken token, int fallback) =>
        token is IJsonLineInfo info && info.HasLineInfo() ? info.LineNumber : fallback;
}
