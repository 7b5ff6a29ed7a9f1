using Bibliography.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.Export;

/// <summary>CSL variable names by kind, and the item ↔ JSON object conversions every format maps through.</summary>
internal static class CslFields
{
    /// <summary>The CSL name variables (values are arrays of names), from csl-data.json.</summary>
    public static readonly IReadOnlySet<string> NameVariables = new HashSet<string>(StringComparer.Ordinal)
    {
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "executive-producer", "guest", "host", "interviewer", "illustrator",
        "narrator", "organizer", "original-author", "performer", "producer", "recipient", "reviewed-author",
        "script-writer", "series-creator", "translator",
    };

    /// <summary>The CSL date variables, from csl-data.json.</summary>
    public static readonly IReadOnlySet<string> DateVariables = new HashSet<string>(StringComparer.Ordinal)
    {
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    };

    /// <summary>The other CSL variables (strings or numbers), from csl-data.json.</summary>
    public static readonly IReadOnlySet<string> TextVariables = new HashSet<string>(StringComparer.Ordinal)
    {
        "type", "id", "citation-key", "language", "journalAbbreviation", "shortTitle", "abstract", "annote", "archive",
        "archive_collection", "archive_location", "archive-place", "authority", "call-number", "chapter-number",
        "citation-number", "citation-label", "collection-number", "collection-title", "container-title",
        "container-title-short", "dimensions", "division", "DOI", "edition", "event", "event-title", "event-place",
        "first-reference-note-number", "genre", "ISBN", "ISSN", "issue", "jurisdiction", "keyword", "locator", "medium",
        "note", "number", "number-of-pages", "number-of-volumes", "original-publisher", "original-publisher-place",
        "original-title", "page", "page-first", "part", "part-title", "PMCID", "PMID", "printing", "publisher",
        "publisher-place", "references", "reviewed-genre", "reviewed-title", "scale", "section", "source", "status",
        "supplement", "title", "title-short", "URL", "version", "volume", "volume-title", "volume-title-short",
        "year-suffix",
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(CslJson.Settings);

    /// <summary>The item as a CSL-JSON object (typed and extra variables alike).</summary>
    public static JObject ToJson(CslItem item) => JObject.FromObject(item, Serializer);

    /// <summary>The item a CSL-JSON object describes.</summary>
    public static CslItem FromJson(JObject json) => json.ToObject<CslItem>(Serializer) ?? new CslItem();

    /// <summary>The string form of a scalar value, or null when absent or not a scalar.</summary>
    public static string? Text(JObject item, string name) => item[name] switch
    {
        JValue { Type: JTokenType.String } v => (string?)v,
        JValue { Type: JTokenType.Integer or JTokenType.Float or JTokenType.Boolean } v => v.ToString(Formatting.None),
        _ => null,
    };

    /// <summary>The names of a name variable, or null when absent or malformed.</summary>
    public static List<CslName>? Names(JObject item, string name)
    {
        if (item[name] is not JArray array) return null;
        try { return array.ToObject<List<CslName>>(Serializer); }
        catch (JsonException) { return null; }
    }

    /// <summary>A date variable, or null when absent or malformed.</summary>
    public static CslDate? Date(JObject item, string name)
    {
        if (item[name] is not JObject date) return null;
        try { return date.ToObject<CslDate>(Serializer); }
        catch (JsonException) { return null; }
    }

    /// <summary>Names as a JSON array.</summary>
    public static JArray ToJson(IEnumerable<CslName> names) => JArray.FromObject(names, Serializer);

    /// <summary>A date as a JSON object.</summary>
    public static JObject ToJson(CslDate date) => JObject.FromObject(date, Serializer);

    /// <summary>
    /// What a format's native fields failed to carry: every variable (and custom key) of
    /// <paramref name="original"/> that <paramref name="decoded"/> lacks or has differently, and a null
    /// for every one <paramref name="decoded"/> has that the original does not.
    /// </summary>
    public static JObject Residual(JObject original, JObject decoded)
    {
        var residual = new JObject();
        foreach (var p in original.Properties())
        {
            if (p.Name == "custom") continue;
            if (!JToken.DeepEquals(p.Value, decoded[p.Name])) residual[p.Name] = p.Value.DeepClone();
        }
        foreach (var p in decoded.Properties())
            if (p.Name != "custom" && original[p.Name] is null) residual[p.Name] = JValue.CreateNull();

        var oc = original["custom"] as JObject ?? new JObject();
        var dc = decoded["custom"] as JObject ?? new JObject();
        var customResidual = new JObject();
        foreach (var p in oc.Properties())
            if (!JToken.DeepEquals(p.Value, dc[p.Name])) customResidual[p.Name] = p.Value.DeepClone();
        foreach (var p in dc.Properties())
            if (oc[p.Name] is null) customResidual[p.Name] = JValue.CreateNull();
        if (customResidual.Count > 0) residual["custom"] = customResidual;
        return residual;
    }

    /// <summary>Applies a residual to a decoded item: sets what it carries, removes what it nulls.</summary>
    public static void Apply(JObject item, JObject residual)
    {
        foreach (var p in residual.Properties())
        {
            if (p.Name == "custom" && p.Value is JObject custom)
            {
                var target = item["custom"] as JObject ?? new JObject();
                foreach (var c in custom.Properties())
                {
                    if (c.Value.Type == JTokenType.Null) target.Remove(c.Name);
                    else target[c.Name] = c.Value.DeepClone();
                }
                if (target.Count > 0) item["custom"] = target;
                else item.Remove("custom");
                continue;
            }
            if (p.Value.Type == JTokenType.Null) item.Remove(p.Name);
            else item[p.Name] = p.Value.DeepClone();
        }
    }

    /// <summary>Sets a string variable unless the value is null or empty.</summary>
    public static void Set(JObject item, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) item[name] = value;
    }

    /// <summary>Sets a custom key unless the value is null.</summary>
    public static void SetCustom(JObject item, string key, JToken? value)
    {
        if (value is null) return;
        var custom = item["custom"] as JObject ?? new JObject();
        custom[key] = value;
        item["custom"] = custom;
    }
}
