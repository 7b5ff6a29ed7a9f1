namespace Bibliography.Tests.Styles;

/// <summary>A temporary folder tree deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "bibliography-styles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Sub(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public string Write(string folder, string fileName, string content)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>Small but real CSL styles and locales for the tests.</summary>
internal static class Csl
{
    public static string Independent(string id, string title, string? defaultLocale = null, string styleClass = "in-text", string layoutText = "title") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <style xmlns="http://purl.org/net/xbiblio/csl" class="{styleClass}" version="1.0"{LocaleAttribute(defaultLocale)}>
          <info>
            <title>{title}</title>
            <id>http://www.zotero.org/styles/{id}</id>
            <link href="http://www.zotero.org/styles/{id}" rel="self"/>
            <category citation-format="author-date"/>
            <updated>2024-01-01T00:00:00+00:00</updated>
          </info>
          <citation>
            <layout>
              <text variable="{layoutText}"/>
            </layout>
          </citation>
        </style>
        """;

    public static string Dependent(string id, string title, string parentId, string? defaultLocale = null) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"{LocaleAttribute(defaultLocale)}>
          <info>
            <title>{title}</title>
            <id>http://www.zotero.org/styles/{id}</id>
            <link href="http://www.zotero.org/styles/{id}" rel="self"/>
            <link href="http://www.zotero.org/styles/{parentId}" rel="independent-parent"/>
            <category citation-format="numeric"/>
            <updated>2024-01-01T00:00:00+00:00</updated>
          </info>
        </style>
        """;

    public static string Locale(string tag, string andTerm = "and") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="{tag}">
          <terms>
            <term name="and">{andTerm}</term>
          </terms>
        </locale>
        """;

    private static string LocaleAttribute(string? locale) => locale is null ? "" : $" default-locale=\"{locale}\"";
}
