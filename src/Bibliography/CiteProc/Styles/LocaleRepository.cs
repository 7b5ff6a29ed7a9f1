using System.Collections.Concurrent;
using System.Text;
using Bibliography.Errors;

namespace Bibliography.CiteProc.Styles;

/// <summary>A CSL locale's XML and where it came from.</summary>
/// <param name="Tag">The tag of the file found (<c>ru-RU</c> when <c>ru</c> was asked for).</param>
/// <param name="Xml">The locale XML, checked to be a well-formed CSL <c>&lt;locale&gt;</c>.</param>
/// <param name="Path">The file's path, or a description of the embedded resource.</param>
/// <param name="Source">The name of the source it came from.</param>
public sealed record CslLocale(string Tag, string Xml, string Path, string Source);

/// <summary>
/// Finds CSL locale XML by tag across ordered sources: the project's embedded <c>styles/locales-*.xml</c>,
/// <c>--styles-dir</c> folders, any sources a host adds (npm <c>citeproc-locales</c>), then Debian's.
/// A bare language (<c>ru</c>) means its primary dialect (<c>ru-RU</c>).
/// </summary>
public sealed class LocaleRepository
{
    private readonly ConcurrentDictionary<string, CslLocale> _loaded = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a repository searching <paramref name="sources"/> in order.</summary>
    public LocaleRepository(IEnumerable<ILocaleSource> sources) => Sources = sources.ToList();

    /// <summary>The usual sources: embedded, the styles folders, <paramref name="extraSources"/> (such as citeproc-locales), then Debian's.</summary>
    public static LocaleRepository CreateDefault(StyleSearchOptions? options = null, IEnumerable<ILocaleSource>? extraSources = null)
    {
        options ??= new StyleSearchOptions();
        var sources = new List<ILocaleSource>();
        if (options.IncludeEmbedded) sources.Add(ResourceLocaleSource.Project());
        sources.AddRange(options.StylesDirectories.Select(d => new DirectoryLocaleSource("styles-dir", d)));
        if (extraSources is not null) sources.AddRange(extraSources);
        if (options.SystemLocalesDirectory is { } system) sources.Add(new DirectoryLocaleSource("system", system));
        return new LocaleRepository(sources);
    }

    /// <summary>The sources searched, in order of precedence.</summary>
    public IReadOnlyList<ILocaleSource> Sources { get; }

    /// <summary>Every tag some source can supply, sorted.</summary>
    public IReadOnlyList<string> AvailableTags() =>
        Sources.SelectMany(s => s.Tags()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    /// <summary>The locale for a tag (<c>ru-RU</c>, <c>ru_ru</c>, or <c>ru</c> for its primary dialect).</summary>
    /// <exception cref="LocaleNotFoundException">No source has it; the message lists the available tags.</exception>
    /// <exception cref="LocaleFormatException">The file found is malformed; names file, line and column.</exception>
    public CslLocale Get(string tag)
    {
        if (TryGet(tag, out var locale)) return locale!;
        var available = AvailableTags();
        var message = new StringBuilder($"No CSL locale '{tag}'.");
        if (LocaleTags.Normalise(tag) is { } normal)
        {
            var sameLanguage = available.Where(t => LocaleTags.Language(t) == LocaleTags.Language(normal)).ToList();
            if (sameLanguage.Count > 0) message.Append(" Same language: ").Append(string.Join(", ", sameLanguage)).Append('.');
        }
        message.Append(" Available: ").Append(available.Count > 0 ? string.Join(", ", available) : "none").Append('.');
        message.Append(" Searched: ").Append(string.Join(", ", Sources.Select(s => s is DirectoryLocaleSource d ? $"{s.Name} {d.Location}" : s.Name))).Append('.');
        throw new LocaleNotFoundException(message.ToString(), tag, available);
    }

    /// <summary>Like <see cref="Get"/> but returns false when no source has the tag (a malformed file still throws), as citeproc's <c>retrieveLocale</c> wants.</summary>
    public bool TryGet(string tag, out CslLocale? locale)
    {
        locale = null;
        var normal = LocaleTags.Normalise(tag);
        if (normal is null) return false;
        if (_loaded.TryGetValue(normal, out locale)) return true;
        var file = FindFile(normal);
        if (file is null) return false;
        locale = _loaded.GetOrAdd(normal, _ => Load(file.Value.File, file.Value.Source));
        return true;
    }

    private (LocaleFile File, ILocaleSource Source)? FindFile(string normal)
    {
        if (Exact(normal) is { } exact) return exact;
        if (normal.Contains('-')) return null;
        // A bare language: the standard primary dialect first, else the language's only (or LANG-LANG) locale.
        if (LocaleTags.PrimaryDialects.TryGetValue(normal, out var primary) && Exact(primary) is { } dialect) return dialect;
        var candidates = AvailableTags().Where(t => LocaleTags.Language(t) == normal).ToList();
        var chosen = candidates.FirstOrDefault(t => string.Equals(t, $"{normal}-{normal}", StringComparison.OrdinalIgnoreCase))
            ?? (candidates.Count == 1 ? candidates[0] : null);
        return chosen is null ? null : Exact(chosen);
    }

    private (LocaleFile File, ILocaleSource Source)? Exact(string tag)
    {
        foreach (var source in Sources)
            if (source.Find(tag) is { } file)
                return (file, source);
        return null;
    }

    private static CslLocale Load(LocaleFile file, ILocaleSource source)
    {
        string xml;
        try
        {
            using var stream = file.Open();
            xml = StyleXml.ReadText(stream);
        }
        catch (DecoderFallbackException ex)
        {
            throw new LocaleFormatException($"The locale is not UTF-8 text: {ex.Message}", file.Path, inner: ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputReadException($"Cannot read the locale: {ex.Message}", file.Path, ex);
        }
        StyleXml.CheckWellFormed(xml, file.Path, "locale");
        return new CslLocale(file.Tag, xml, file.Path, source.Name);
    }
}
