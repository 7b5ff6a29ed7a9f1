using System.Reflection;

namespace Bibliography.CiteProc.Styles;

/// <summary>One CSL locale file a source can open.</summary>
/// <param name="Tag">The locale tag as the source names it (<c>ru-RU</c>).</param>
/// <param name="Path">The file's path or a description of the resource, used in messages.</param>
/// <param name="Open">Opens the content for reading.</param>
public sealed record LocaleFile(string Tag, string Path, Func<Stream> Open);

/// <summary>A place CSL locales (<c>locales-xx-XX.xml</c>) come from; hosts add their own, such as the npm <c>citeproc-locales</c>.</summary>
public interface ILocaleSource
{
    /// <summary>Short name for messages (<c>embedded</c>, <c>styles-dir</c>, <c>system</c>, <c>citeproc-locales</c>).</summary>
    string Name { get; }

    /// <summary>Every tag this source can supply.</summary>
    IEnumerable<string> Tags();

    /// <summary>The locale with exactly this tag (compared without case), or null.</summary>
    LocaleFile? Find(string tag);
}

/// <summary>Locales stored as <c>locales-TAG.xml</c> files in a folder.</summary>
public sealed class DirectoryLocaleSource : ILocaleSource
{
    /// <summary>Creates a source over a folder, named for messages.</summary>
    public DirectoryLocaleSource(string name, string directory)
    {
        Name = name;
        Location = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The folder searched.</summary>
    public string Location { get; }

    /// <inheritdoc />
    public IEnumerable<string> Tags() =>
        Directory.Exists(Location)
            ? Directory.EnumerateFiles(Location, "locales-*.xml").Select(p => LocaleTags.FromFileName(Path.GetFileName(p))).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    /// <inheritdoc />
    public LocaleFile? Find(string tag)
    {
        if (!Directory.Exists(Location) || tag.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0) return null;
        var exact = Path.Combine(Location, $"locales-{tag}.xml");
        if (File.Exists(exact)) return new LocaleFile(tag, exact, () => File.OpenRead(exact));
        // File systems differ on case; fall back to a listing so "ru-ru" still finds locales-ru-RU.xml on Linux.
        var match = Tags().FirstOrDefault(t => string.Equals(t, tag, StringComparison.OrdinalIgnoreCase));
        if (match is null) return null;
        var path = Path.Combine(Location, $"locales-{match}.xml");
        return new LocaleFile(match, path, () => File.OpenRead(path));
    }
}

/// <summary>Locales embedded as resources named prefix + <c>locales-TAG.xml</c>.</summary>
public sealed class ResourceLocaleSource : ILocaleSource
{
    private readonly Assembly _assembly;
    private readonly string _prefix;
    private readonly string _displayFolder;

    /// <summary>Creates a source over an assembly's resources named <paramref name="prefix"/> + <c>locales-TAG.xml</c>.</summary>
    public ResourceLocaleSource(Assembly assembly, string prefix, string name = "embedded", string displayFolder = "[embedded] styles/")
    {
        _assembly = assembly;
        _prefix = prefix;
        _displayFolder = displayFolder;
        Name = name;
    }

    /// <summary>The project's own locales from <c>styles/locales-*.xml</c>, embedded in the Bibliography library.</summary>
    public static ResourceLocaleSource Project() => new(typeof(ResourceLocaleSource).Assembly, ResourceStyleSource.ProjectPrefix);

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IEnumerable<string> Tags() =>
        _assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(_prefix, StringComparison.Ordinal))
            .Select(n => LocaleTags.FromFileName(n[_prefix.Length..]))
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <inheritdoc />
    public LocaleFile? Find(string tag)
    {
        var match = Tags().FirstOrDefault(t => string.Equals(t, tag, StringComparison.OrdinalIgnoreCase));
        if (match is null) return null;
        var resource = $"{_prefix}locales-{match}.xml";
        return new LocaleFile(match, $"{_displayFolder}locales-{match}.xml",
            () => _assembly.GetManifestResourceStream(resource) ?? throw new FileNotFoundException("Embedded locale vanished.", resource));
    }
}
