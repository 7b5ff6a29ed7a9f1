using System.IO.Enumeration;
using System.Reflection;

namespace Bibliography.CiteProc.Styles;

/// <summary>One file-like CSL style a source can open.</summary>
/// <param name="FileName">The file's name, such as <c>apa.csl</c>.</param>
/// <param name="Path">The full path, or a description of where an embedded resource came from; used in messages.</param>
/// <param name="Stamp">Identifies this version of the content for caching (path, size, time); null to never cache.</param>
/// <param name="Open">Opens the content for reading.</param>
public sealed record StyleFile(string FileName, string Path, string? Stamp, Func<Stream> Open);

/// <summary>A place CSL styles come from: a folder, resources embedded in an assembly, or anything else a host adds.</summary>
public interface IStyleSource
{
    /// <summary>Short name for listings (<c>embedded</c>, <c>styles-dir</c>, <c>zotero</c>, <c>system</c>).</summary>
    string Name { get; }

    /// <summary>Where the source is, for messages.</summary>
    string Location { get; }

    /// <summary>False when the source's folder does not exist, so it holds nothing.</summary>
    bool IsPresent { get; }

    /// <summary>Every <c>.csl</c> file of the source, preferred ones first when two share a name.</summary>
    IEnumerable<StyleFile> EnumerateFiles();

    /// <summary>The file with this name (<c>apa.csl</c>) if the source has one, found without listing everything.</summary>
    StyleFile? FindFile(string fileName);
}

/// <summary>Styles in a folder and its immediate subfolders (Debian and the CSL repository keep dependent styles in <c>dependent/</c>).</summary>
public sealed class DirectoryStyleSource : IStyleSource
{
    private static readonly EnumerationOptions Enumeration = new()
    {
        RecurseSubdirectories = true,
        // One level catches dependent/ (Debian, CSL repository) and hidden/ (Zotero) without walking a whole home folder.
        MaxRecursionDepth = 1,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>Creates a source over a folder, named for listings.</summary>
    public DirectoryStyleSource(string name, string directory)
    {
        Name = name;
        Location = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(directory));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    public bool IsPresent => Directory.Exists(Location);

    /// <inheritdoc />
    public IEnumerable<StyleFile> EnumerateFiles()
    {
        if (!IsPresent) return [];
        // FileSystemEnumerable hands over size and time from the directory walk, sparing a FileInfo per file.
        var walk = new FileSystemEnumerable<(string Path, long Length, long Ticks, bool Top)>(
            Location,
            (ref FileSystemEntry e) => (e.ToFullPath(), e.Length, e.LastWriteTimeUtc.UtcTicks, e.Directory.Length == Location.Length),
            Enumeration)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && e.FileName.EndsWith(".csl", StringComparison.OrdinalIgnoreCase),
        };
        // Files at the top come before those in subfolders, then by path, so duplicates resolve the same way everywhere.
        return walk.OrderBy(x => x.Top ? 0 : 1).ThenBy(x => x.Path, StringComparer.Ordinal)
            .Select(x => ToFile(x.Path, x.Length, x.Ticks))
            .ToList();
    }

    /// <inheritdoc />
    public StyleFile? FindFile(string fileName)
    {
        if (!IsPresent || fileName.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0) return null;
        foreach (var candidate in new[] { System.IO.Path.Combine(Location, fileName), System.IO.Path.Combine(Location, "dependent", fileName) })
        {
            var info = new FileInfo(candidate);
            if (info.Exists) return ToFile(info);
        }
        return null;
    }

    internal static StyleFile ToFile(FileInfo info) => ToFile(info.FullName, info.Length, info.LastWriteTimeUtc.Ticks);

    private static StyleFile ToFile(string path, long length, long ticks) =>
        new(System.IO.Path.GetFileName(path), path, $"{path}|{length}|{ticks}", () => Files.InputFile.OpenRegular(path));
}

/// <summary>Styles embedded as resources whose names start with a prefix (the project's own <c>styles/</c> folder).</summary>
public sealed class ResourceStyleSource : IStyleSource
{
    /// <summary>The resource name prefix the project's <c>Styles.targets</c> gives to files from <c>styles/</c>.</summary>
    public const string ProjectPrefix = "Bibliography.ProjectStyles.";

    private readonly Assembly _assembly;
    private readonly string _prefix;
    private readonly string _stampBase;
    private readonly string _displayFolder;

    /// <summary>Creates a source over an assembly's resources named <paramref name="prefix"/> + file name; <paramref name="displayFolder"/> prefixes file names in messages.</summary>
    public ResourceStyleSource(Assembly assembly, string prefix, string name = "embedded", string? location = null, string displayFolder = "[embedded] styles/")
    {
        _assembly = assembly;
        _prefix = prefix;
        _displayFolder = displayFolder;
        Name = name;
        Location = location ?? $"styles/ embedded in {assembly.GetName().Name}";
        _stampBase = assembly.ManifestModule.ModuleVersionId.ToString("N");
    }

    /// <summary>The project's own styles, embedded in the Bibliography library.</summary>
    public static ResourceStyleSource Project() => new(typeof(ResourceStyleSource).Assembly, ProjectPrefix);

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    public bool IsPresent => true;

    /// <inheritdoc />
    public IEnumerable<StyleFile> EnumerateFiles() =>
        _assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(_prefix, StringComparison.Ordinal) && n.EndsWith(".csl", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(ToFile)
            .ToList();

    /// <inheritdoc />
    public StyleFile? FindFile(string fileName)
    {
        var resource = _prefix + fileName;
        return _assembly.GetManifestResourceInfo(resource) is null ? null : ToFile(resource);
    }

    private StyleFile ToFile(string resource)
    {
        var fileName = resource[_prefix.Length..];
        return new StyleFile(fileName, _displayFolder + fileName, $"{_stampBase}|{resource}",
            () => _assembly.GetManifestResourceStream(resource) ?? throw new FileNotFoundException("Embedded style vanished.", resource));
    }
}
