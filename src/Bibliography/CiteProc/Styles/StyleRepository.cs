using System.Collections.Concurrent;
using System.Text;
using Bibliography.Errors;

namespace Bibliography.CiteProc.Styles;

/// <summary>
/// Finds CSL styles by id, file name or path across ordered places (embedded, <c>--styles-dir</c>, Zotero,
/// Debian), resolves dependent styles to their parent, and lists what is available.
/// </summary>
public sealed class StyleRepository
{
    private readonly StyleHeadCache _cache;
    private readonly ConcurrentDictionary<IStyleSource, Lazy<SourceIndex>> _indexes = new();
    private readonly ConcurrentBag<StyleFormatException> _problems = [];

    /// <summary>Creates a repository searching <paramref name="sources"/> in order; <paramref name="cacheDirectory"/> keeps the listing index between runs.</summary>
    public StyleRepository(IEnumerable<IStyleSource> sources, string? cacheDirectory = null)
    {
        Sources = sources.ToList();
        _cache = new StyleHeadCache(cacheDirectory);
    }

    /// <summary>The usual places in order: embedded <c>styles/</c>, the given folders, Zotero's, then Debian's.</summary>
    public static StyleRepository CreateDefault(StyleSearchOptions? options = null)
    {
        options ??= new StyleSearchOptions();
        return new StyleRepository(DefaultSources(options), options.CacheDirectory);
    }

    /// <summary>The style sources <see cref="CreateDefault"/> uses, for hosts that want to add their own.</summary>
    public static IReadOnlyList<IStyleSource> DefaultSources(StyleSearchOptions options)
    {
        var sources = new List<IStyleSource>();
        if (options.IncludeEmbedded) sources.Add(ResourceStyleSource.Project());
        sources.AddRange(options.StylesDirectories.Select(d => new DirectoryStyleSource("styles-dir", d)));
        if (options.ZoteroStylesDirectory is { } zotero) sources.Add(new DirectoryStyleSource("zotero", zotero));
        if (options.SystemStylesDirectory is { } system) sources.Add(new DirectoryStyleSource("system", system));
        return sources;
    }

    /// <summary>The places searched, in order of precedence.</summary>
    public IReadOnlyList<IStyleSource> Sources { get; }

    /// <summary>Style files found malformed while listing or searching (they are left out of listings).</summary>
    public IReadOnlyList<StyleFormatException> Problems => _problems.OrderBy(p => p.File, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The style named by id (<c>http://www.zotero.org/styles/apa</c> or <c>apa</c>), file name (<c>apa.csl</c>) or
    /// path, ready for a processor; a dependent style comes back with its parent's XML.
    /// </summary>
    /// <exception cref="StyleNotFoundException">Nothing matches; the message names the places searched and the nearest ids.</exception>
    /// <exception cref="StyleFormatException">The style or its parent is malformed; names file, line and column.</exception>
    public ResolvedStyle Resolve(string nameOrPath)
    {
        var query = (nameOrPath ?? "").Trim();
        if (query.Length == 0)
            throw new StyleNotFoundException("No style given: name one by id (apa), file name (apa.csl) or path.", query, SearchedPlaces(), []);
        var found = Locate(query) ?? throw NotFound(query);
        return Load(found);
    }

    /// <summary>What the style named by id, file name or path says about itself, without loading its parent.</summary>
    /// <exception cref="StyleNotFoundException">Nothing matches.</exception>
    /// <exception cref="StyleFormatException">The style's head is malformed.</exception>
    public StyleInfo Find(string nameOrPath)
    {
        var query = (nameOrPath ?? "").Trim();
        var found = (query.Length == 0 ? null : Locate(query)) ?? throw NotFound(query);
        return found.Info;
    }

    /// <summary>Every available style once (the one a lookup by its id would find), sorted by short id; malformed files are skipped and kept in <see cref="Problems"/>.</summary>
    public IReadOnlyList<StyleInfo> List()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var list = new List<StyleInfo>();
        foreach (var source in Sources)
            foreach (var entry in Index(source).Entries)
                if (entry.Info is { } info && seen.Add(info.Id))
                    list.Add(info);
        return list.OrderBy(s => s.ShortId, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The places searched with whether each exists and how many styles it holds.</summary>
    public IReadOnlyList<StylePlace> Places() =>
        Sources.Select(s => new StylePlace(s.Name, s.Location, s.IsPresent, s.IsPresent ? Index(s).Entries.Count(e => e.Info is not null) : 0)).ToList();

    /// <summary>Writes the <c>bibliography styles</c> table: every style (or those whose id or title contains <paramref name="filter"/>), then the places searched.</summary>
    public void WriteListing(TextWriter writer, string? filter = null)
    {
        var styles = List();
        if (!string.IsNullOrWhiteSpace(filter))
            styles = styles.Where(s => s.Id.Contains(filter, StringComparison.OrdinalIgnoreCase) || s.Title.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
        StyleListing.Write(writer, styles, Places(), Problems);
    }

    private sealed record Located(StyleFile File, StyleInfo Info);

    private Located? Locate(string query)
    {
        query = ExpandHome(query);
        if (LooksLikePath(query))
        {
            if (File.Exists(query)) return FromPath(query);
            var full = Path.GetFullPath(query);
            throw new StyleNotFoundException(full == query ? $"No style file at '{query}'." : $"No style file at '{query}' ({full}).", query, [full], [], query);
        }
        var found = Search(query);
        // A bare file name may also mean a file in the working folder, but only when no place has it.
        if (found is null && IsFileName(query) && File.Exists(query)) found = FromPath(query);
        return found;
    }

    private Located? Search(string query)
    {
        // A full id is an exact identity: it beats a mere last-segment match in an earlier place.
        if (query.Contains("://", StringComparison.Ordinal) && SearchFullId(query) is { } exact) return exact;
        var isFileName = IsFileName(query);
        var key = isFileName ? query[..^4] : StyleXml.LastSegment(query);
        foreach (var source in Sources)
        {
            if (!source.IsPresent) continue;
            // The file named after the id is almost always the style itself; checking it first avoids indexing big folders.
            if (source.FindFile(key + ".csl") is { } file)
            {
                var head = _cache.Get(file);
                if (head.Error is not null) throw FormatError(file, head);
                if (isFileName || IdMatches(head.Id!, query, key)) return new Located(file, ToInfo(file, head, source.Name));
            }
            if (Index(source).Find(query, key, isFileName) is { } entry)
            {
                if (entry.Head.Error is not null) throw FormatError(entry.File, entry.Head);
                return new Located(entry.File, entry.Info!);
            }
        }
        return null;
    }

    private Located? SearchFullId(string id)
    {
        var key = StyleXml.LastSegment(id);
        foreach (var source in Sources)
        {
            if (!source.IsPresent) continue;
            if (source.FindFile(key + ".csl") is { } file && _cache.Get(file) is { Error: null } head
                && string.Equals(head.Id, id, StringComparison.OrdinalIgnoreCase))
                return new Located(file, ToInfo(file, head, source.Name));
            if (Index(source).Entries.FirstOrDefault(e => e.Info is not null && string.Equals(e.Info.Id, id, StringComparison.OrdinalIgnoreCase)) is { } entry)
                return new Located(entry.File, entry.Info!);
        }
        return null;
    }

    private ResolvedStyle Load(Located style)
    {
        var xml = ReadChecked(style.File);
        if (!style.Info.IsDependent) return new ResolvedStyle(style.Info, null, xml, style.Info.DefaultLocale);

        var parentId = style.Info.ParentId!;
        if (parentId.Length == 0)
            throw new StyleFormatException("The dependent style's <link rel=\"independent-parent\"> has no href.", style.File.Path);
        var parent = (LooksLikePath(parentId) ? null : Search(parentId))
            ?? throw NotFound(parentId, $"The independent parent '{parentId}' of dependent style '{style.Info.Id}' ({style.File.Path}) was not found.");
        if (parent.Info.IsDependent)
            throw new StyleFormatException($"The parent '{parentId}' of this dependent style is itself dependent ({parent.File.Path}); CSL allows one level only.", style.File.Path);
        var parentXml = ReadChecked(parent.File);
        // The dependent's locale wins: a Russian journal's dependent of an English parent formats in Russian.
        var locale = style.Info.DefaultLocale ?? parent.Info.DefaultLocale;
        if (style.Info.DefaultLocale is { } own && !string.Equals(own, parent.Info.DefaultLocale, StringComparison.Ordinal))
            parentXml = StyleXml.WithDefaultLocale(parentXml, own);
        return new ResolvedStyle(style.Info, parent.Info, parentXml, locale);
    }

    private static string ReadChecked(StyleFile file)
    {
        string xml;
        try
        {
            using var stream = file.Open();
            // Refused before it is read: a hostile style of tens of megabytes would otherwise be parsed twice first. A
            // file is always seekable; an embedded resource is ours.
            if (stream.CanSeek && StyleXml.TooLarge(stream.Length, "style") is { } tooLarge) throw new StyleFormatException(tooLarge, file.Path);
            xml = StyleXml.ReadText(stream);
        }
        catch (DecoderFallbackException ex)
        {
            throw new StyleFormatException($"The style is not UTF-8 text: {ex.Message}", file.Path, inner: ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputReadException($"Cannot read the style: {ex.Message}", file.Path, ex);
        }
        StyleXml.CheckWellFormed(xml, file.Path, "style");
        return xml;
    }

    private Located FromPath(string path)
    {
        var file = DirectoryStyleSource.ToFile(new FileInfo(path));
        var head = _cache.Get(file);
        if (head.Error is not null) throw FormatError(file, head);
        return new Located(file, ToInfo(file, head, "path"));
    }

    private SourceIndex Index(IStyleSource source) =>
        _indexes.GetOrAdd(source, s => new Lazy<SourceIndex>(() => BuildIndex(s))).Value;

    private SourceIndex BuildIndex(IStyleSource source)
    {
        var entries = _cache.GetAll(source)
            .Select(x => new IndexEntry(x.File, x.Head, x.Head.Error is null ? ToInfo(x.File, x.Head, source.Name) : null))
            .ToList();
        foreach (var bad in entries.Where(e => e.Info is null)) _problems.Add(FormatError(bad.File, bad.Head));
        return new SourceIndex(entries);
    }

    private StyleNotFoundException NotFound(string query, string? lead = null)
    {
        var searched = SearchedPlaces();
        var suggestions = NearestIds.Find(query, Sources.Where(s => s.IsPresent).SelectMany(s => Index(s).Entries).Where(e => e.Info is not null).Select(e => e.Info!.ShortId));
        var message = new StringBuilder(lead ?? $"No CSL style '{query}'.");
        message.Append(" Searched: ").Append(string.Join("; ", searched)).Append('.');
        if (suggestions.Count > 0) message.Append(" Nearest: ").Append(string.Join(", ", suggestions)).Append('.');
        return new StyleNotFoundException(message.ToString(), query, searched, suggestions);
    }

    private List<string> SearchedPlaces() =>
        Sources.Select(s => s.IsPresent ? $"{s.Name} {s.Location}" : $"{s.Name} {s.Location} (not present)").ToList();

    private static StyleFormatException FormatError(StyleFile file, StyleHead head) =>
        new(head.Error!, file.Path, head.ErrorLine, head.ErrorColumn);

    private static StyleInfo ToInfo(StyleFile file, StyleHead head, string source)
    {
        var id = head.Id!;
        var shortId = StyleXml.LastSegment(id);
        return new StyleInfo(id, shortId.Length > 0 ? shortId : Path.GetFileNameWithoutExtension(file.FileName),
            string.IsNullOrWhiteSpace(head.Title) ? shortId : head.Title!, head.TitleShort, file.FileName, file.Path, source,
            head.IsDependent, head.ParentHref, head.DefaultLocale, head.CitationFormat, head.StyleClass);
    }

    private static bool IdMatches(string id, string query, string key) =>
        string.Equals(id, query, StringComparison.OrdinalIgnoreCase) || string.Equals(StyleXml.LastSegment(id), key, StringComparison.OrdinalIgnoreCase);

    private static string ExpandHome(string query)
    {
        if (query != "~" && !query.StartsWith("~/", StringComparison.Ordinal)) return query;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? query : home + query[1..];
    }

    private static bool IsFileName(string query) => query.EndsWith(".csl", StringComparison.OrdinalIgnoreCase) && query.Length > 4;

    private static bool LooksLikePath(string query) =>
        !query.Contains("://", StringComparison.Ordinal)
        && (Path.IsPathRooted(query) || query.Contains('/') || query.Contains('\\') || query.StartsWith('.'));

    private sealed record IndexEntry(StyleFile File, StyleHead Head, StyleInfo? Info);

    private sealed class SourceIndex(List<IndexEntry> entries)
    {
        public List<IndexEntry> Entries { get; } = entries;

        /// <summary>Full id first, then the id's last segment, then the file name: an id is what a style declares, a file name only where it lies.</summary>
        public IndexEntry? Find(string query, string key, bool isFileName)
        {
            if (!isFileName)
            {
                var byId = Entries.FirstOrDefault(e => e.Info is not null && string.Equals(e.Info.Id, query, StringComparison.OrdinalIgnoreCase))
                    ?? Entries.FirstOrDefault(e => e.Info is not null && string.Equals(e.Info.ShortId, key, StringComparison.OrdinalIgnoreCase));
                if (byId is not null) return byId;
            }
            return Entries.FirstOrDefault(e => string.Equals(Path.GetFileNameWithoutExtension(e.File.FileName), key, StringComparison.OrdinalIgnoreCase));
        }
    }
}
