using Bibliography.Tests.Support;
using System.Diagnostics;
using Bibliography.CiteProc.Styles;
using Xunit.Abstractions;

namespace Bibliography.Tests.Styles;

/// <summary>Runs only when the repository has its own styles/ folder with styles or locales in it.</summary>
public sealed class ProjectStylesFactAttribute : FactAttribute
{
    /// <summary>Skips with a message when there is no styles/ folder with files to embed.</summary>
    public ProjectStylesFactAttribute()
    {
        if (ProjectStyles.Folder() is not { } folder || !Directory.EnumerateFiles(folder).Any(f => f.EndsWith(".csl") || f.EndsWith(".xml")))
            Skip = "The repository has no styles/*.csl or styles/*.xml to check embedding against.";
    }
}

internal static class ProjectStyles
{
    /// <summary>The repository's styles/ folder, or null when it has none.</summary>
    public static string? Folder() =>
        Directory.Exists(Path.Combine(TestPaths.RepoRoot, "styles")) ? Path.Combine(TestPaths.RepoRoot, "styles") : null;
}

public sealed class InstalledStylesTests(ITestOutputHelper output)
{
    private static StyleSearchOptions SystemOnly(string? cache = null) => new()
    {
        IncludeEmbedded = false,
        ZoteroStylesDirectory = null,
        CacheDirectory = cache,
    };

    [DebianStylesFact]
    public void Resolves_the_acceptance_styles_from_debian()
    {
        var repo = StyleRepository.CreateDefault(SystemOnly());

        var apa = repo.Resolve("apa");
        apa.Style.Id.ShouldBe("http://www.zotero.org/styles/apa");
        apa.Style.Source.ShouldBe("system");
        apa.Style.StyleClass.ShouldBe("in-text");
        apa.Xml.ShouldContain("<bibliography");

        var chicago = repo.Resolve("chicago-fullnote-bibliography");
        chicago.Style.StyleClass.ShouldBe("note");
        chicago.Style.CitationFormat.ShouldBe("note");

        var gost = repo.Resolve("http://www.zotero.org/styles/gost-r-7-0-5-2008");
        gost.Style.ShortId.ShouldBe("gost-r-7-0-5-2008");
        gost.DefaultLocale.ShouldBe("ru-RU");
        gost.Parent.ShouldBeNull();
    }

    [DebianStylesFact]
    public void Resolves_a_debian_dependent_style_to_its_parent()
    {
        var repo = StyleRepository.CreateDefault(SystemOnly());
        var dependentFile = Directory.EnumerateFiles(Path.Combine(StyleSearchOptions.DebianStylesDirectory, "dependent"), "*.csl").Order(StringComparer.Ordinal).First();

        var style = repo.Resolve(dependentFile);

        style.Style.IsDependent.ShouldBeTrue();
        style.Parent.ShouldNotBeNull();
        style.Parent.IsDependent.ShouldBeFalse();
        style.Parent.Id.ShouldBe(style.Style.ParentId);
        style.Xml.ShouldContain("<citation");
    }

    [DebianStylesFact]
    public void Lists_every_debian_style_and_caches_the_index()
    {
        var cache = Path.Combine(Path.GetTempPath(), "bibliography-styles-cache-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = Directory.EnumerateFiles(StyleSearchOptions.DebianStylesDirectory, "*.csl", SearchOption.AllDirectories).Count();
            StyleHeadCache.ClearMemory();
            var clock = Stopwatch.StartNew();
            var repo = StyleRepository.CreateDefault(SystemOnly(cache));
            var list = repo.List();
            var cold = clock.Elapsed;
            StyleHeadCache.ClearMemory();
            clock.Restart();
            var again = StyleRepository.CreateDefault(SystemOnly(cache)).List();
            var warm = clock.Elapsed;
            output.WriteLine($"{files} files, {list.Count} styles, {repo.Problems.Count} malformed; cold {cold.TotalMilliseconds:F0} ms, from disk cache {warm.TotalMilliseconds:F0} ms");

            (list.Count + repo.Problems.Count).ShouldBe(files);
            again.ShouldBe(list);
            list.ShouldContain(s => s.ShortId == "gost-r-7-0-5-2008" && !s.IsDependent);
            list.Count(s => s.IsDependent).ShouldBeGreaterThan(1000);
            var text = new StringWriter();
            repo.WriteListing(text, "chicago-fullnote-bibliography");
            text.ToString().ShouldContain("Chicago Manual of Style");
        }
        finally
        {
            if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        }
    }

    [DebianStylesFact]
    public void Locales_resolve_with_the_projects_own_first_and_debians_filling_gaps()
    {
        var locales = Bibliography.CiteProc.LocaleResolver.Default;
        locales.Find("ru-RU")!.ShouldContain("xml:lang=\"ru-RU\"");
        locales.OriginOf("az-AZ")!.ShouldStartWith("embedded");
        locales.CanServe("ru").ShouldBeTrue();
        locales.CanServe("xx-YY").ShouldBeFalse();
    }

    [ProjectStylesFact]
    public void The_projects_own_styles_and_locales_are_embedded_and_found_first()
    {
        var folder = ProjectStyles.Folder()!;
        var styles = StyleRepository.CreateDefault(new StyleSearchOptions { ZoteroStylesDirectory = null, SystemStylesDirectory = null, CacheDirectory = null });
        var locales = new Bibliography.CiteProc.LocaleResolver();

        foreach (var file in Directory.EnumerateFiles(folder, "*.csl"))
        {
            var found = styles.Resolve(Path.GetFileName(file));
            found.Style.Source.ShouldBe("embedded", $"{file} is not embedded: add <Import Project=\"CiteProc/Styles/Styles.targets\" /> to Bibliography.csproj");
        }
        foreach (var file in Directory.EnumerateFiles(folder, "locales-*.xml"))
        {
            var tag = Bibliography.CiteProc.LocaleResolver.TagOf(Path.GetFileName(file));
            (locales.OriginOf(tag) ?? "").ShouldStartWith("embedded", Case.Sensitive, $"{file} is not embedded: add <Import Project=\"CiteProc/Styles/Styles.targets\" /> to Bibliography.csproj");
        }
    }
}
