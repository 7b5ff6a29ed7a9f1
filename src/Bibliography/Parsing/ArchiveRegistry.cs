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

    /// <summary>The language of most of its holdings (its country's), which its files are given when a citation does not tell.</summary>
    [JsonProperty("language")] public string? Language { get; init; }

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

    // Declared before Default, whose construction already makes keys.
    private const char KeyTabledBelow = '\u0530';
    private static readonly string[] KeyTable = Enumerable.Range(0, KeyTabledBelow).Select(c => FoldForKey((char)c)).ToArray();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<char, string> KeyRare = new();
    [ThreadStatic] private static StringBuilder? _keyBuilder;

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

    /// <summary>Finds an archive by a key already made with <see cref="Key"/>.</summary>
    internal KnownArchive? FindByKey(string key) => _byKey.TryGetValue(key, out var a) ? a : null;

    /// <summary>The lookup key: case, spaces, punctuation and diacritics folded (<c>ГА РФ</c> = <c>ГАРФ</c>, <c>ARPİİSSA</c> = <c>ARPIISSA</c>).</summary>
    /// <remarks>
    /// Canonical decomposition works character by character and reordering moves only combining marks, which the key
    /// drops, so folding each character alone gives the key of the whole text; each character is folded once (a
    /// table for Latin and Cyrillic, a cache for the rest) instead of normalising every name of every citation.
    /// </remarks>
    internal static string Key(string text)
    {
        var sb = _keyBuilder ??= new StringBuilder(64);
        sb.Clear();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string folded;
            if (!char.IsSurrogate(c)) folded = c < KeyTabledBelow ? KeyTable[c] : KeyRare.GetOrAdd(c, FoldForKey);
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                folded = FoldForKey(text.Substring(i++, 2)); // a few decompose into the BMP: too rare to table
            else continue; // a lone half becomes U+FFFD, which is no letter
            if (folded.Length == 1) sb.Append(folded[0]);
            else if (folded.Length > 0) sb.Append(folded);
        }
        var key = sb.ToString();
        if (sb.Capacity > 1024) _keyBuilder = null;
        return key;
    }

    /// <summary>The key of one (non-surrogate) character, by the definition: invalid code points replaced, decomposed, marks dropped, letters and digits lowered.</summary>
    private static string FoldForKey(char raw) => FoldForKey(raw.ToString());

    /// <summary>The key of one code point (one character or a surrogate pair), by the definition.</summary>
    private static string FoldForKey(string codePoint)
    {
        var sb = new StringBuilder(2);
        foreach (var c in Sources.SourceText.ReplaceInvalidCodePoints(codePoint).Normalize(NormalizationForm.FormD))
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
