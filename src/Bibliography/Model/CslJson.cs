using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

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

    /// <summary>
    /// Serialises a value as indented JSON with LF line endings: a document by <see cref="CslJsonWriter"/>, as
    /// <see cref="Write"/> and so <c>extract</c> write it (the same bytes <c>parse</c> and <c>import</c> print), any
    /// other value by Newtonsoft.
    /// </summary>
    public static string Serialize(object value)
    {
        if (value is not BibliographyDocument document) return JsonConvert.SerializeObject(value, Settings).Replace("\r\n", "\n");
        using var text = new StringWriter { NewLine = "\n" };
        CslJsonWriter.Write(document, text);
        return text.ToString();
    }

    /// <summary>
    /// Writes a value as <see cref="Serialize"/> would, and a line end after it, straight into <paramref name="writer"/>:
    /// a large document is never held whole as one string. Lines end as the writer's <see cref="TextWriter.NewLine"/>
    /// (<c>\n</c> for the writers of <see cref="Files.AtomicFile"/>).
    /// </summary>
    /// <remarks>
    /// Extract of a 100,000-footnote list (a 90 MB document) on one core, CPU to serialise and write it, two alternated
    /// pairs at load 35-50: through one string 2.1-3.2 s in a first round and 1.2-1.5 s warm; streamed 1.7-2.0 s and
    /// 0.66-0.71 s (tests/Bibliography.Benchmarks/README.md). A document is written by <see cref="CslJsonWriter"/>, the
    /// same bytes without Newtonsoft's serializer (tier-0 code in a first round); any other value by Newtonsoft.
    /// </remarks>
    public static void Write(object value, TextWriter writer)
    {
        if (value is BibliographyDocument document)
            CslJsonWriter.Write(document, writer);
        else
            using (var json = new JsonTextWriter(writer) { CloseOutput = false })
                JsonSerializer.CreateDefault(Settings).Serialize(json, value);
        writer.WriteLine();
    }

    /// <summary>A value as the JSON tree <see cref="Serialize"/> writes (same settings), for comparing and inspecting without text.</summary>
    public static JToken ToJson(object value) => JToken.FromObject(value, JsonSerializer.CreateDefault(Settings));

    /// <summary>Deserialises JSON into <typeparamref name="T"/>.</summary>
    public static T Deserialize<T>(string json) =>
        JsonConvert.DeserializeObject<T>(json, Settings) ?? throw new JsonSerializationException("The JSON is empty (null).");
}
