using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;

namespace Bibliography.Model;

/// <summary>
/// Writes the model's JSON exactly as Newtonsoft.Json does with <see cref="CslJson.Settings"/> (same property order,
/// escaping, numbers and indentation), without running Newtonsoft's serializer: in a first extract of a large list that
/// serializer runs as tier-0 code and took ~1.4 s of a 100,000-footnote round, against ~0.6 s warm.
/// </summary>
/// <remarks>
/// The field map is the model's own <see cref="JsonPropertyAttribute"/>s, read by reflection once per type, so each
/// CSL-JSON name is still stated once; <c>CslJsonWriterTests</c> holds the map to Newtonsoft's contract resolver and the
/// output to Newtonsoft's, byte for byte. Nulls are left out, as <see cref="NullValueHandling.Ignore"/> in the settings
/// does; JSON trees (<see cref="JToken"/>) and the extension data are written as Newtonsoft writes them. The text goes
/// to a <see cref="TextWriter"/> as Newtonsoft's does, so its encoding (lone surrogates included) is the writer's.
/// </remarks>
internal sealed class CslJsonWriter
{
    // What Newtonsoft escapes in a double-quoted string by default: control characters, the quote, the backslash, and
    // three line terminators JavaScript does not allow in a string literal.
    private static readonly SearchValues<char> Escaped =
        SearchValues.Create([.. Enumerable.Range(0, ' ').Select(c => (char)c), '"', '\\', '\u0085', '\u2028', '\u2029']);

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();
    private static readonly ConcurrentDictionary<Enum, string?> EnumNames = new();

    private readonly TextWriter _out;
    private readonly string _newLine;
    private string _indent;
    private int _depth;

    private CslJsonWriter(TextWriter writer)
    {
        _out = writer;
        _newLine = writer.NewLine;
        _indent = _newLine + new string(' ', 32);
    }

    /// <summary>Writes <paramref name="value"/> (a model object) as indented JSON, lines ending as the writer's <see cref="TextWriter.NewLine"/>.</summary>
    public static void Write(object value, TextWriter writer) => new CslJsonWriter(writer).Value(value);

    /// <summary>The names a type's properties are written under, in order, as this writer reads them from the attributes.</summary>
    internal static IEnumerable<string> NamesOf(Type type) => ShapeOf(type).Members.Select(m => m.Name);

    // The writing methods are compiled optimised at once (Hot.Loop): they run at the end of a batch, before the runtime
    // has promoted anything from tier 0, and a 90 MB document calls them millions of times.
    [MethodImpl(Hot.Loop)]
    private void Value(object? value)
    {
        switch (value)
        {
            case null: _out.Write("null"); break;
            case string text: String(text); break;
            case int number: Integer(number); break;
            case long number: Integer(number); break;
            case bool flag: _out.Write(flag ? "true" : "false"); break;
            case JToken token: Token(token); break;
            case Enum member: Enum(member); break;
            case IReadOnlyList<int> numbers:
                var first = Open('[');
                foreach (var number in numbers) { Next(ref first); Integer(number); }
                Close(']', first);
                break;
            // A map is enumerable too, but as pairs: written as an array it would be JSON no reader of CSL-JSON expects.
            case IDictionary map: throw new NotSupportedException($"{map.GetType()} is a map, which {nameof(CslJsonWriter)} does not write.");
            case IEnumerable list:
                first = Open('[');
                foreach (var element in list) { Next(ref first); Value(element); }
                Close(']', first);
                break;
            default: Object(value); break;
        }
    }

    [MethodImpl(Hot.Loop)]
    private void Object(object value)
    {
        var shape = ShapeOf(value.GetType());
        var first = Open('{');
        foreach (var member in shape.Members)
        {
            if (member.Read(value) is not { } memberValue) continue;
            Property(ref first, member.Name);
            Value(memberValue);
        }
        // Newtonsoft writes extension data after the properties, nulls included.
        if (shape.Extension?.Invoke(value) is IEnumerable<KeyValuePair<string, JToken>> extra)
            foreach (var (name, extraValue) in extra)
            {
                Property(ref first, name);
                Value(extraValue);
            }
        Close('}', first);
    }

    [MethodImpl(Hot.Loop)]
    private void Token(JToken token)
    {
        switch (token)
        {
            case JObject obj:
                var first = Open('{');
                foreach (var property in obj.Properties())
                {
                    Property(ref first, property.Name);
                    Token(property.Value);
                }
                Close('}', first);
                break;
            case JArray array:
                first = Open('[');
                foreach (var element in array) { Next(ref first); Token(element); }
                Close(']', first);
                break;
            case JValue { Type: JTokenType.String, Value: string text }: String(text); break;
            case JValue { Type: JTokenType.Integer, Value: long number }: Integer(number); break;
            case JValue { Type: JTokenType.Integer, Value: int number }: Integer(number); break;
            case JValue { Type: JTokenType.Boolean, Value: bool flag }: _out.Write(flag ? "true" : "false"); break;
            case JValue { Type: JTokenType.Null }: _out.Write("null"); break;
            // Floats, dates and the other rare values: one token, so Newtonsoft's own unindented form is the same text.
            default: _out.Write(token.ToString(Formatting.None)); break;
        }
    }

    private void Enum(Enum member)
    {
        if (EnumNames.GetOrAdd(member, StringName) is { } name) String(name);
        else Integer(Convert.ToInt64(member, CultureInfo.InvariantCulture));
    }

    // An enum marked for StringEnumConverter is written as its [EnumMember] value or its name; any other as its number.
    private static string? StringName(Enum member)
    {
        var type = member.GetType();
        if (type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType != typeof(StringEnumConverter)) return null;
        return System.Enum.GetName(type, member) is { } name
            ? type.GetField(name)!.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? name
            : null;
    }

    [MethodImpl(Hot.Loop)]
    private void String(string text)
    {
        _out.Write('"');
        var rest = text.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(Escaped)) >= 0)
        {
            _out.Write(rest[..at]);
            _out.Write(rest[at] switch
            {
                '\t' => @"\t",
                '\n' => @"\n",
                '\r' => @"\r",
                '\f' => @"\f",
                '\b' => @"\b",
                '\\' => @"\\",
                '"' => "\\\"",
                var c => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
            rest = rest[(at + 1)..];
        }
        _out.Write(rest);
        _out.Write('"');
    }

    [MethodImpl(Hot.Loop)]
    private void Integer(long number)
    {
        Span<char> digits = stackalloc char[20];
        number.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        _out.Write(digits[..length]);
    }

    [MethodImpl(Hot.Loop)]
    private bool Open(char bracket)
    {
        _out.Write(bracket);
        _depth++;
        return true;
    }

    [MethodImpl(Hot.Loop)]
    private void Next(ref bool first)
    {
        if (!first) _out.Write(',');
        first = false;
        NewLine();
    }

    [MethodImpl(Hot.Loop)]
    private void Property(ref bool first, string name)
    {
        Next(ref first);
        String(name);
        _out.Write(": ");
    }

    [MethodImpl(Hot.Loop)]
    private void Close(char bracket, bool empty)
    {
        _depth--;
        if (!empty) NewLine();
        _out.Write(bracket);
    }

    [MethodImpl(Hot.Loop)]
    private void NewLine()
    {
        var length = _newLine.Length + 2 * _depth;
        if (length > _indent.Length) _indent = _newLine + new string(' ', 4 * _depth);
        _out.Write(_indent.AsSpan(0, length));
    }

    private sealed record Member(string Name, Func<object, object?> Read);

    private sealed record Shape(Member[] Members, Func<object, object?>? Extension);

    private static Shape ShapeOf(Type type) => Shapes.GetOrAdd(type, static type =>
    {
        // Newtonsoft's default (opt-out) members: public properties and those marked [JsonProperty], less [JsonIgnore];
        // ordered by Order, unordered ones first, ties as declared.
        var properties = type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
            .ToList();
        var members = properties
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.GetCustomAttribute<JsonExtensionDataAttribute>() is null)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<JsonPropertyAttribute>()))
            .Where(p => p.Attribute is not null || p.Property.GetMethod!.IsPublic)
            .OrderBy(p => OrderOf(p.Property))
            .Select(p => new Member(p.Attribute?.PropertyName ?? p.Property.Name, Reader(p.Property)))
            .ToArray();
        if (members.Length == 0) throw new NotSupportedException($"{type} has no JSON properties for {nameof(CslJsonWriter)}.");
        var extension = properties.FirstOrDefault(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is not null);
        return new Shape(members, extension is null ? null : Reader(extension));
    });

    // The attribute's Order as given, -1 when not given (as Newtonsoft sorts): its property reads 0 either way.
    private static int OrderOf(PropertyInfo property) =>
        property.CustomAttributes.FirstOrDefault(a => a.AttributeType == typeof(JsonPropertyAttribute))?.NamedArguments
            .FirstOrDefault(a => a.MemberName == nameof(JsonPropertyAttribute.Order)).TypedValue.Value as int? ?? -1;

    // A typed delegate over the getter, not PropertyInfo.GetValue: several million reads per large document.
    private static Func<object, object?> Reader(PropertyInfo property) =>
        (Func<object, object?>)typeof(CslJsonWriter).GetMethod(nameof(TypedReader), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(property.DeclaringType!, property.PropertyType)
            .Invoke(null, [property.GetMethod!])!;

    private static Func<object, object?> TypedReader<TOwner, TValue>(MethodInfo getter)
    {
        var read = getter.CreateDelegate<Func<TOwner, TValue>>();
        return [MethodImpl(Hot.Loop)] (object owner) => read((TOwner)owner);
    }
}
