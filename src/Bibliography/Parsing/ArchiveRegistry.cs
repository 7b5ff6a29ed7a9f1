using System.Globalization;
using System.Reflection;
using System.Text;
using Newtonsoft.Json;

namespace Bibliography.Parsing;

/// <summary>A known archive with its names and abbreviations in Azerbaijani, Russian and English.</summary>
public sealed class KnownArchive
{
    /// <summary>A stable id, e.g. <c>rgva</c>.</summary>
    [JsonProperty("id")] public string Id { get; init; } = "";

    /// <summary>The ISO country code of the archive.</summary>
    [JsonProperty("country")] public string Country { get; init; } = "";

    /// <summary>The full name by language (<c>az</c>, <c>ru</c>, <c>en</c>).</summary>
    [JsonProperty("names")] public Dictionary<string, string> Names { get; init; } = new();

    /// <summary>The abbreviation by language.</summary>
    [JsonProperty("abbreviations")] public Dictionary<string, string> Abbreviations { get; init; } = new();

    /// <summary>Other names and abbreviations it is cited by, including Soviet-era ones.</summary>
    [JsonProperty("aliases")] public List<string> Aliases { get; init; } = new();

    /// <summary>The name in <paramref name="language"/>, else in English, Russian or Azerbaijani.</summary>
    public string NameIn(string? language) => Pick(Names, language) ?? Id;

    /// <summary>The abbreviation in <paramref name="language"/>, falling back to other languages, or null.</summary>
    public string? AbbreviationIn(string? language) => Pick(Abbreviations, language);

    private static string? Pick(Dictionary<string, string> values, string? language) =>
        language is not null && values.TryGetValue(language, out var v) ? v
        : values.TryGetValue("en", out v) ? v : values.TryGetValue("ru", out v) ? v : values.TryGetValue("az", out v) ? v : null;
}

/// <summary>The registry of known archives, looked up by any name or abbreviation they are cited by.</summary>
public sealed class ArchiveRegistry
{
    private readonly Dictionary<string, KnownArchive> _byKey = new(StringComparer.Ordinal);

    /// <summary>The registry built into the library.</summary>
    public static ArchiveRegistry Default { get; } = LoadDefault();

    /// <summary>Creates a registry of the given archives.</summary>
    public ArchiveRegistry(IEnumerable<KnownArchive> archives)
    {
        Archives = archives.ToList();
        foreach (var a in Archives)
            foreach (var key in a.Names.Values.Concat(a.Abbreviations.Values).Concat(a.Aliases))
                _byKey.TryAdd(Key(key), a);
    }

    /// <summary>Every archive in the registry.</summary>
    public IReadOnlyList<KnownArchive> Archives { get; }

    /// <summary>Finds an archive by a name or abbreviation in any language, ignoring case, spaces and punctuation.</summary>
    public KnownArchive? Find(string? nameOrAbbreviation) =>
        nameOrAbbreviation is not null && _byKey.TryGetValue(Key(nameOrAbbreviation), out var a) ? a : null;

    /// <summary>The lookup key: case, spaces, punctuation and diacritics folded (<c>ГА РФ</c> = <c>ГАРФ</c>, <c>ARPİİSSA</c> = <c>ARPIISSA</c>).</summary>
    internal static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in Sources.SourceText.ReplaceInvalidCodePoints(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(c switch { 'ı' => 'i', 'ə' or 'Ə' => 'e', _ => char.ToLowerInvariant(c) });
        }
        return sb.ToString();
    }

    private static ArchiveRegistry LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Bibliography.Parsing.archives.json")
                           ?? throw new InvalidOperationException("The archive registry resource is missing from the build.");
        using var reader = new StreamReader(stream);
        var file = JsonConvert.DeserializeObject<RegistryFile>(reader.ReadToEnd())!;
        return new ArchiveRegistry(file.Archives);
    }

    private sealed class RegistryFile
    {
        [JsonProperty("archives")] public List<KnownArchive> Archives { get; init; } = new();
    }
}
