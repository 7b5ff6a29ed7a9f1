using Newtonsoft.Json;

namespace Bibliography.Model;

/// <summary>The one place JSON settings live, so every writer and reader emits the same bytes.</summary>
public static class CslJson
{
    /// <summary>Settings for reading and writing CSL-JSON and Bibliography documents.</summary>
    public static JsonSerializerSettings Settings { get; } = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.Indented,
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };

    /// <summary>Serialises a value as indented JSON with LF line endings.</summary>
    public static string Serialize(object value) =>
        JsonConvert.SerializeObject(value, Settings).Replace("\r\n", "\n");

    /// <summary>Deserialises JSON into <typeparamref name="T"/>.</summary>
    public static T Deserialize<T>(string json) =>
        JsonConvert.DeserializeObject<T>(json, Settings) ?? throw new JsonSerializationException("The JSON is empty (null).");
}
