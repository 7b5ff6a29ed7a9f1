namespace Bibliography.CiteProc.Styles;

/// <summary>Where to look for styles and locales besides the project's embedded ones; defaults follow the usual places.</summary>
public sealed class StyleSearchOptions
{
    /// <summary>The environment variable naming extra style folders, separated like <c>PATH</c>.</summary>
    public const string EnvironmentVariable = "BIBLIOGRAPHY_STYLES";

    /// <summary>Where Debian's <c>citation-style-language-styles</c> installs styles.</summary>
    public const string DebianStylesDirectory = "/usr/share/citation-style-language/styles";

    /// <summary>Where Debian's <c>citation-style-language-locales</c> installs locales.</summary>
    public const string DebianLocalesDirectory = "/usr/share/citation-style-language/locales";

    /// <summary>Whether the project's own styles and locales embedded in the library are searched (first).</summary>
    public bool IncludeEmbedded { get; init; } = true;

    /// <summary>Folders given with <c>--styles-dir</c> or <c>BIBLIOGRAPHY_STYLES</c>, searched in order after the embedded ones; their <c>locales-*.xml</c> count as locales.</summary>
    public IReadOnlyList<string> StylesDirectories { get; init; } = [];

    /// <summary>Zotero's styles folder, or null to skip it.</summary>
    public string? ZoteroStylesDirectory { get; init; } = DefaultZoteroStylesDirectory();

    /// <summary>The system styles folder (Debian's), or null to skip it.</summary>
    public string? SystemStylesDirectory { get; init; } = DebianStylesDirectory;

    /// <summary>Where the style listing index is cached between runs, or null to keep it in memory only.</summary>
    public string? CacheDirectory { get; init; } = DefaultCacheDirectory();

    /// <summary>Options for the command line: the <c>--styles-dir</c> folders first, then those in <c>BIBLIOGRAPHY_STYLES</c>.</summary>
    public static StyleSearchOptions FromEnvironment(IEnumerable<string>? stylesDirectories = null)
    {
        var fromEnvironment = (Environment.GetEnvironmentVariable(EnvironmentVariable) ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new StyleSearchOptions
        {
            StylesDirectories = (stylesDirectories ?? []).Concat(fromEnvironment).Where(d => d.Length > 0).ToList(),
        };
    }

    /// <summary><c>~/Zotero/styles</c>, Zotero's default data folder.</summary>
    public static string? DefaultZoteroStylesDirectory()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? null : Path.Combine(home, "Zotero", "styles");
    }

    /// <summary><c>$XDG_CACHE_HOME/bibliography</c>, else <c>~/.cache/bibliography</c>.</summary>
    public static string? DefaultCacheDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg)) return Path.Combine(xdg, "bibliography");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? null : Path.Combine(home, ".cache", "bibliography");
    }
}
