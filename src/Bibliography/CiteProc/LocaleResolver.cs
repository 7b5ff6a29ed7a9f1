using System.Reflection;
using System.Xml;
using Newtonsoft.Json.Linq;

namespace Bibliography.CiteProc;

/// <summary>Finds CSL locale XML by tag: the project's own locales (styles/) first, then citeproc-locales.</summary>
public sealed class LocaleResolver
{
    private readonly Dictionary<string, string> _locales = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _origins = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds a resolver over the given locale folders (searched in order, before the embedded sets).</summary>
    public LocaleResolver(IEnumerable<string>? directories = null, bool includeEmbedded = true)
    {
        foreach (var dir in directories ?? [])
        {
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "locales-*.xml").Order(StringComparer.Ordinal))
                Add(TagOf(Path.GetFileName(file)), ReadChecked(file), file);
        }
        if (!includeEmbedded) return;
        // Locales another part of the library embeds from styles/ (e.g. locales-az-AZ.xml) come before citeproc-locales.
        var assembly = typeof(LocaleResolver).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            var file = name.Split('.', StringSplitOptions.None) is var parts && parts.Length >= 2 ? parts[^2] + "." + parts[^1] : name;
            if (!file.StartsWith("locales-", StringComparison.Ordinal) || !file.EndsWith(".xml", StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            Add(TagOf(file), reader.ReadToEnd(), "embedded " + name);
        }
        foreach (var (tag, xml) in JObject.Parse(CiteProcResources.LocalesJson))
            Add(tag, xml!.Value<string>()!, "citeproc-locales");
    }

    /// <summary>The resolver every processor uses unless given another: BIBLIOGRAPHY_STYLES, the embedded sets, Debian's locales.</summary>
    public static LocaleResolver Default => DefaultLazy.Value;

    private static readonly Lazy<LocaleResolver> DefaultLazy = new(() => Create([]));

    /// <summary>
    /// A resolver over <paramref name="directories"/> (e.g. <c>--styles-dir</c>) and BIBLIOGRAPHY_STYLES, then the
    /// embedded sets; Debian's citation-style-language-locales fills gaps only, never overriding what we ship.
    /// </summary>
    public static LocaleResolver Create(IEnumerable<string> directories)
    {
        var dirs = directories.ToList();
        if (Environment.GetEnvironmentVariable("BIBLIOGRAPHY_STYLES") is { Length: > 0 } env)
            dirs.AddRange(env.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        var resolver = new LocaleResolver(dirs);
        resolver.AddMissingFrom(Styles.StyleSearchOptions.DebianLocalesDirectory);
        return resolver;
    }

    /// <summary>All known tags.</summary>
    public IReadOnlyCollection<string> Tags => _locales.Keys;

    /// <summary>The locale XML for a tag, or null.</summary>
    public string? Find(string tag) => _locales.GetValueOrDefault(tag);

    /// <summary>Where a tag's XML came from (file path, embedded resource or citeproc-locales), or null.</summary>
    public string? OriginOf(string tag) => _origins.GetValueOrDefault(tag);

    /// <summary>True when citeproc-js can serve this tag: exactly, or through a locale of the same language.</summary>
    public bool CanServe(string tag)
    {
        if (_locales.ContainsKey(tag)) return true;
        var language = tag.Split('-')[0];
        return _locales.Keys.Any(k => k.Split('-')[0].Equals(language, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>All locales as a tag-to-XML map, first source winning.</summary>
    public IReadOnlyDictionary<string, string> All => _locales;

    /// <summary>Checks a locale is well-formed XML; throws a typed error naming the file and position.</summary>
    public void Validate(string tag)
    {
        if (Find(tag) is not { } xml) throw new CiteProcException(CiteProcErrorKind.Locale, $"unknown locale '{tag}'");
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read()) { }
        }
        catch (XmlException e)
        {
            var (message, line, column) = Styles.StyleXml.Describe(e, "locale", xml);
            throw new CiteProcException(CiteProcErrorKind.Locale, $"locale '{tag}': {message}", OriginOf(tag), line, column, e);
        }
    }

    // A user's folder (--styles-dir, BIBLIOGRAPHY_STYLES) is checked as its locales are read, so a broken or hostile one
    // is refused naming its file and place whichever locale a job asks for: citeproc-js also loads en-US on its own, and
    // the Node host hands every locale to citeproc-js at start.
    private static string ReadChecked(string file)
    {
        string xml;
        try
        {
            using var stream = Files.InputFile.OpenRegular(file);
            if (Styles.StyleXml.TooLarge(stream.Length, "locale") is { } tooLarge) throw new Styles.LocaleFormatException(tooLarge, file);
            xml = Styles.StyleXml.ReadText(stream);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new Styles.LocaleFormatException($"The locale is not UTF-8 text: {e.Message}", file, inner: e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Errors.InputReadException($"Cannot read the locale: {e.Message}", file, e);
        }
        Styles.StyleXml.CheckWellFormed(xml, file, "locale");
        return xml;
    }

    private void AddMissingFrom(string dir)
    {
        if (!Directory.Exists(dir)) return;
        foreach (var file in Directory.EnumerateFiles(dir, "locales-*.xml").Order(StringComparer.Ordinal))
            Add(TagOf(Path.GetFileName(file)), File.ReadAllText(file), file);
    }

    private void Add(string tag, string xml, string origin)
    {
        if (_locales.TryAdd(tag, xml)) _origins[tag] = origin;
    }

    /// <summary>The tag a <c>locales-TAG.xml</c> file name gives.</summary>
    internal static string TagOf(string fileName) => fileName["locales-".Length..^".xml".Length];
}
