using System.Xml.Linq;
using Bibliography.CiteProc.Styles;

namespace Bibliography.Tests.Styles;

public sealed class StyleRepositoryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A repository over temp folders only, so the machine's Zotero and Debian styles cannot interfere.</summary>
    private StyleRepository Repository(string[]? stylesDirs = null, string? zotero = null, string? system = null, string? cache = null) =>
        StyleRepository.CreateDefault(new StyleSearchOptions
        {
            IncludeEmbedded = false,
            StylesDirectories = stylesDirs ?? [],
            ZoteroStylesDirectory = zotero ?? Path.Combine(_temp.Root, "no-zotero"),
            SystemStylesDirectory = system ?? Path.Combine(_temp.Root, "no-system"),
            CacheDirectory = cache,
        });

    [Fact]
    public void Resolves_by_short_id_full_id_file_name_and_path()
    {
        var dir = _temp.Sub("mine");
        var path = _temp.Write(dir, "history-notes.csl", Csl.Independent("history-notes", "History Notes", styleClass: "note"));
        var repo = Repository([dir]);

        foreach (var query in new[] { "history-notes", "http://www.zotero.org/styles/history-notes", "history-notes.csl", path, "HISTORY-NOTES" })
        {
            var style = repo.Resolve(query);
            style.Style.Id.ShouldBe("http://www.zotero.org/styles/history-notes", query);
            style.Style.Title.ShouldBe("History Notes");
            style.Style.StyleClass.ShouldBe("note");
            style.Parent.ShouldBeNull();
            style.Xml.ShouldBe(File.ReadAllText(path));
        }
        repo.Resolve(path).Style.Source.ShouldBe("path");
        repo.Resolve("history-notes").Style.Source.ShouldBe("styles-dir");
    }

    [Fact]
    public void Finds_a_style_by_its_declared_id_when_the_file_is_named_otherwise()
    {
        var dir = _temp.Sub("mine");
        _temp.Write(dir, "my-copy-of-gost.csl", Csl.Independent("gost-local", "Local GOST"));
        var repo = Repository([dir]);

        repo.Resolve("gost-local").Style.FileName.ShouldBe("my-copy-of-gost.csl");
        repo.Resolve("my-copy-of-gost.csl").Style.Id.ShouldBe("http://www.zotero.org/styles/gost-local");
        // The file's stem also works as a name when no style declares that id.
        repo.Resolve("my-copy-of-gost").Style.ShortId.ShouldBe("gost-local");
    }

    [Fact]
    public void Dependent_style_resolves_to_its_parent_and_keeps_its_own_default_locale()
    {
        var dependents = _temp.Sub("dependents");
        var parents = _temp.Sub("system");
        _temp.Write(dependents, "voprosy-istorii.csl", Csl.Dependent("voprosy-istorii", "Voprosy istorii", "numeric-parent", "ru-RU"));
        _temp.Write(parents, "numeric-parent.csl", Csl.Independent("numeric-parent", "Numeric Parent", "en-GB", layoutText: "citation-number"));
        var repo = Repository([dependents], system: parents);

        var style = repo.Resolve("voprosy-istorii");

        style.Style.IsDependent.ShouldBeTrue();
        style.Style.Source.ShouldBe("styles-dir");
        style.Parent.ShouldNotBeNull();
        style.Parent.Id.ShouldBe("http://www.zotero.org/styles/numeric-parent");
        style.Parent.Source.ShouldBe("system");
        style.Independent.ShouldBe(style.Parent);
        style.DefaultLocale.ShouldBe("ru-RU");
        var root = XDocument.Parse(style.Xml).Root!;
        root.Attribute("default-locale")!.Value.ShouldBe("ru-RU");
        root.Element(XName.Get("info", "http://purl.org/net/xbiblio/csl"))!.Element(XName.Get("id", "http://purl.org/net/xbiblio/csl"))!.Value
            .ShouldBe("http://www.zotero.org/styles/numeric-parent");
        style.Xml.ShouldContain("citation-number");
    }

    [Fact]
    public void Dependent_style_without_a_locale_uses_the_parent_unchanged()
    {
        var dir = _temp.Sub("styles");
        var parentPath = _temp.Write(dir, "parent.csl", Csl.Independent("parent", "Parent", "de-DE"));
        _temp.Write(Path.Combine(dir, "dependent"), "child.csl", Csl.Dependent("child", "Child", "parent"));
        var repo = Repository(system: dir);

        var style = repo.Resolve("child");

        style.Xml.ShouldBe(File.ReadAllText(parentPath));
        style.DefaultLocale.ShouldBe("de-DE");
        style.Style.Path.ShouldContain(Path.Combine("dependent", "child.csl"));
    }

    [Fact]
    public void Dependent_style_with_a_missing_parent_names_both()
    {
        var dir = _temp.Sub("styles");
        _temp.Write(dir, "orphan.csl", Csl.Dependent("orphan", "Orphan", "vanished-parent"));

        var ex = Should.Throw<StyleNotFoundException>(() => Repository([dir]).Resolve("orphan"));

        ex.Message.ShouldContain("http://www.zotero.org/styles/vanished-parent");
        ex.Message.ShouldContain("http://www.zotero.org/styles/orphan");
        ex.Query.ShouldBe("http://www.zotero.org/styles/vanished-parent");
    }

    [Fact]
    public void Dependent_of_a_dependent_is_a_format_error_on_the_child()
    {
        var dir = _temp.Sub("styles");
        var child = _temp.Write(dir, "child.csl", Csl.Dependent("child", "Child", "middle"));
        _temp.Write(dir, "middle.csl", Csl.Dependent("middle", "Middle", "top"));
        _temp.Write(dir, "top.csl", Csl.Independent("top", "Top"));

        var ex = Should.Throw<StyleFormatException>(() => Repository([dir]).Resolve("child"));

        ex.File.ShouldBe(child);
        ex.Message.ShouldContain("itself dependent");
    }

    [Fact]
    public void Places_are_searched_in_order_styles_dirs_then_zotero_then_system()
    {
        var first = _temp.Sub("first");
        var second = _temp.Sub("second");
        var zotero = _temp.Sub("zotero");
        var system = _temp.Sub("system");
        foreach (var (dir, name) in new[] { (first, "First"), (second, "Second"), (zotero, "Zotero"), (system, "System") })
            _temp.Write(dir, "apa.csl", Csl.Independent("apa", name));

        Repository([first, second], zotero, system).Resolve("apa").Style.Title.ShouldBe("First");
        Repository([second, first], zotero, system).Resolve("apa").Style.Title.ShouldBe("Second");
        Repository([], zotero, system).Resolve("apa").Style.Title.ShouldBe("Zotero");
        Repository([], zotero, system).Resolve("apa").Style.Source.ShouldBe("zotero");
        Repository([], null, system).Resolve("apa").Style.Source.ShouldBe("system");

        var listed = Repository([second], zotero, system).List().ShouldHaveSingleItem();
        listed.Title.ShouldBe("Second");
    }

    [Fact]
    public void A_full_id_beats_a_same_named_style_in_an_earlier_place()
    {
        var mine = _temp.Sub("mine");
        var system = _temp.Sub("system");
        _temp.Write(mine, "apa.csl", Csl.Independent("apa", "Local APA").Replace("http://www.zotero.org/styles/apa", "http://example.org/local/apa"));
        _temp.Write(system, "apa.csl", Csl.Independent("apa", "Official APA"));
        var repo = Repository([mine], system: system);

        repo.Resolve("apa").Style.Title.ShouldBe("Local APA");
        repo.Resolve("http://www.zotero.org/styles/apa").Style.Title.ShouldBe("Official APA");
        repo.Resolve("http://example.org/local/apa").Style.Title.ShouldBe("Local APA");
    }

    [Fact]
    public void Print_lists_the_styles_folders_given_on_the_command_line()
    {
        var dir = _temp.Sub("cli");
        _temp.Write(dir, "az-history.csl", Csl.Independent("az-history", "Azərbaycan tarixi"));
        var output = new StringWriter();

        StyleListing.Print(output, [dir], "az-history");

        output.ToString().ShouldContain("az-history");
        output.ToString().ShouldContain("Azərbaycan tarixi");
        output.ToString().ShouldContain("styles-dir");
        output.ToString().ShouldContain(Path.GetFullPath(dir));
    }

    [Fact]
    public void Environment_folders_come_after_command_line_folders()
    {
        var previous = Environment.GetEnvironmentVariable(StyleSearchOptions.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(StyleSearchOptions.EnvironmentVariable, $"/env/one{Path.PathSeparator}/env/two");
            StyleSearchOptions.FromEnvironment(["/cli"]).StylesDirectories.ShouldBe(["/cli", "/env/one", "/env/two"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(StyleSearchOptions.EnvironmentVariable, previous);
        }
    }

    [Fact]
    public void Unknown_id_names_the_places_searched_and_the_nearest_ids()
    {
        var dir = _temp.Sub("styles");
        foreach (var id in new[] { "apa", "chicago-fullnote-bibliography", "chicago-author-date", "gost-r-7-0-5-2008", "harvard-cite-them-right" })
            _temp.Write(dir, id + ".csl", Csl.Independent(id, id));
        var repo = Repository([dir]);

        var typo = Should.Throw<StyleNotFoundException>(() => repo.Resolve("chicago-fulnote-bibliography"));
        typo.Suggestions[0].ShouldBe("chicago-fullnote-bibliography");
        typo.Searched.Count.ShouldBe(3);
        typo.Searched[0].ShouldContain(Path.GetFullPath(dir));
        typo.Searched[1].ShouldContain("not present");
        typo.Message.ShouldContain("chicago-fullnote-bibliography");
        typo.Message.ShouldContain(Path.Combine(_temp.Root, "no-zotero"));

        var prefix = Should.Throw<StyleNotFoundException>(() => repo.Resolve("chicago"));
        prefix.Suggestions.ShouldBe(["chicago-author-date", "chicago-fullnote-bibliography"]);

        Should.Throw<StyleNotFoundException>(() => repo.Resolve("apaa")).Suggestions[0].ShouldBe("apa");
        Should.Throw<StyleNotFoundException>(() => repo.Resolve("gost")).Suggestions.ShouldBe(["gost-r-7-0-5-2008"]);
        Should.Throw<StyleNotFoundException>(() => repo.Resolve("zzzzzzzz")).Suggestions.ShouldBeEmpty();
    }

    [Fact]
    public void Missing_path_and_empty_name_are_typed_errors()
    {
        var repo = Repository();
        var missing = Path.Combine(_temp.Root, "nowhere", "x.csl");
        Should.Throw<StyleNotFoundException>(() => repo.Resolve(missing)).File.ShouldBe(missing);
        Should.Throw<StyleNotFoundException>(() => repo.Resolve("  "));
    }

    [Fact]
    public void Malformed_xml_names_file_line_and_column()
    {
        var dir = _temp.Sub("styles");
        // Line 6: <title> closed by </titel>.
        var broken = Csl.Independent("broken", "Broken").Replace("<title>Broken</title>", "<title>Broken</titel>");
        var path = _temp.Write(dir, "broken.csl", broken);
        var expectedLine = broken.Split('\n').ToList().FindIndex(l => l.Contains("</titel>")) + 1;

        var ex = Should.Throw<StyleFormatException>(() => Repository([dir]).Resolve("broken"));

        ex.File.ShouldBe(path);
        ex.Line.ShouldBe(expectedLine);
        ex.Column.ShouldNotBeNull();
        ex.Column.Value.ShouldBeGreaterThan(1);
        ex.Message.ShouldContain("Malformed XML");
        ex.ToOneLine().ShouldStartWith($"{path}:{expectedLine}:{ex.Column}: ");
    }

    [Fact]
    public void Malformed_xml_after_the_head_is_found_when_the_style_is_loaded()
    {
        var dir = _temp.Sub("styles");
        var text = Csl.Independent("late-fault", "Late Fault").Replace("<text variable=\"title\"/>", "<text variable=\"title\">");
        var path = _temp.Write(dir, "late-fault.csl", text);
        var repo = Repository([dir]);

        repo.List().ShouldHaveSingleItem().ShortId.ShouldBe("late-fault");
        var ex = Should.Throw<StyleFormatException>(() => repo.Resolve("late-fault"));
        ex.File.ShouldBe(path);
        ex.Line.ShouldBe(text.Split('\n').ToList().FindIndex(l => l.Contains("</layout>")) + 1);
    }

    [Fact]
    public void Not_a_style_or_no_id_are_format_errors()
    {
        var dir = _temp.Sub("styles");
        var locale = _temp.Write(dir, "locale.csl", Csl.Locale("en-US"));
        var noId = _temp.Write(dir, "no-id.csl", Csl.Independent("x", "No id").Replace("<id>http://www.zotero.org/styles/x</id>", ""));
        var repo = Repository([dir]);

        var notStyle = Should.Throw<StyleFormatException>(() => repo.Resolve("locale.csl"));
        notStyle.File.ShouldBe(locale);
        notStyle.Message.ShouldContain("<locale>");
        notStyle.Line.ShouldBe(2);
        Should.Throw<StyleFormatException>(() => repo.Resolve("no-id")).File.ShouldBe(noId);
    }

    [Fact]
    public void Listing_skips_malformed_files_and_reports_them()
    {
        var dir = _temp.Sub("styles");
        _temp.Write(dir, "good.csl", Csl.Independent("good", "Good"));
        var bad = _temp.Write(dir, "bad.csl", "<style xmlns=\"http://purl.org/net/xbiblio/csl\"><info><title>Bad</info></style>");
        var repo = Repository([dir]);

        repo.List().Select(s => s.ShortId).ShouldBe(["good"]);
        var problem = repo.Problems.ShouldHaveSingleItem();
        problem.File.ShouldBe(bad);
        problem.Line.ShouldBe(1);

        var output = new StringWriter();
        repo.WriteListing(output);
        output.ToString().ShouldContain("Skipped 1 malformed style file:");
        output.ToString().ShouldContain(bad + ":1:");
    }

    [Fact]
    public void Listing_shows_each_style_once_with_source_and_dependency()
    {
        var mine = _temp.Sub("mine");
        var system = _temp.Sub("system");
        _temp.Write(mine, "apa.csl", Csl.Independent("apa", "My APA"));
        _temp.Write(system, "apa.csl", Csl.Independent("apa", "American Psychological Association 7th edition"));
        _temp.Write(system, "gost-r-7-0-5-2008.csl", Csl.Independent("gost-r-7-0-5-2008", "Russian GOST R 7.0.5-2008", "ru-RU"));
        _temp.Write(Path.Combine(system, "dependent"), "voprosy-istorii.csl", Csl.Dependent("voprosy-istorii", "Voprosy istorii", "gost-r-7-0-5-2008", "ru-RU"));
        var repo = Repository([mine], system: system);

        var list = repo.List();
        list.Select(s => (s.ShortId, s.Source, s.IsDependent)).ShouldBe([
            ("apa", "styles-dir", false), ("gost-r-7-0-5-2008", "system", false), ("voprosy-istorii", "system", true)]);
        list[0].Title.ShouldBe("My APA");
        list[2].ParentId.ShouldBe("http://www.zotero.org/styles/gost-r-7-0-5-2008");
        list[1].DefaultLocale.ShouldBe("ru-RU");

        var output = new StringWriter();
        repo.WriteListing(output);
        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        lines[0].ShouldStartWith("ID");
        lines[0].ShouldContain("TITLE");
        lines[0].ShouldContain("SOURCE");
        lines[0].ShouldContain("DEPENDENT ON");
        lines.ShouldContain(l => l.StartsWith("voprosy-istorii") && l.Contains("Voprosy istorii") && l.Contains("system") && l.EndsWith("gost-r-7-0-5-2008"));
        lines.ShouldContain(l => l.StartsWith("apa ") && l.Contains("My APA") && l.EndsWith("-"));
        lines.ShouldContain("3 styles (2 independent, 1 dependent).");
        lines.ShouldContain(l => l.StartsWith("zotero") && l.EndsWith("not present"));
        lines.ShouldContain(l => l.StartsWith("system") && l.Contains(Path.GetFullPath(system)) && l.EndsWith("3 styles"));

        var filtered = new StringWriter();
        repo.WriteListing(filtered, "gost");
        filtered.ToString().ShouldContain("1 style (1 independent, 0 dependent).");
        filtered.ToString().ShouldContain("Russian GOST");
        filtered.ToString().ShouldNotContain("My APA");
    }

    [Fact]
    public void Listing_index_is_cached_on_disk_and_refreshed_when_a_file_changes()
    {
        var dir = _temp.Sub("styles");
        var cache = Path.Combine(_temp.Root, "cache");
        var path = _temp.Write(dir, "cached.csl", Csl.Independent("cached", "Original Title"));
        Repository([dir], cache: cache).List().ShouldHaveSingleItem().Title.ShouldBe("Original Title");
        var index = Directory.GetFiles(cache, "styles-*.json").ShouldHaveSingleItem();

        // Edit the cached head behind the repository's back: a fresh repository must read it from disk, not the file.
        File.WriteAllText(index, File.ReadAllText(index).Replace("Original Title", "Title From Cache"));
        StyleHeadCache.ClearMemory();
        Repository([dir], cache: cache).List().ShouldHaveSingleItem().Title.ShouldBe("Title From Cache");

        // A changed file (new size and time) is read again.
        File.WriteAllText(path, Csl.Independent("cached", "Edited Title, Longer"));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        StyleHeadCache.ClearMemory();
        Repository([dir], cache: cache).List().ShouldHaveSingleItem().Title.ShouldBe("Edited Title, Longer");
        File.ReadAllText(index).ShouldContain("Edited Title, Longer");
    }

    [Fact]
    public void A_damaged_cache_file_is_ignored()
    {
        var dir = _temp.Sub("styles");
        var cache = _temp.Sub("cache");
        _temp.Write(dir, "one.csl", Csl.Independent("one", "One"));
        Repository([dir], cache: cache).List();
        foreach (var file in Directory.GetFiles(cache)) File.WriteAllText(file, "{ not json");
        StyleHeadCache.ClearMemory();

        Repository([dir], cache: cache).List().ShouldHaveSingleItem().Title.ShouldBe("One");
    }

    [Fact]
    public void Extra_style_sources_plug_in_through_the_interface()
    {
        var source = new MemoryStyleSource("memory", ("plugged.csl", Csl.Independent("plugged", "Plugged In")));
        var repo = new StyleRepository([source]);

        repo.Resolve("plugged").Style.Source.ShouldBe("memory");
        repo.List().ShouldHaveSingleItem().Path.ShouldBe("memory:plugged.csl");
    }

    private sealed class MemoryStyleSource(string name, params (string FileName, string Xml)[] files) : IStyleSource
    {
        public string Name => name;
        public string Location => "memory";
        public bool IsPresent => true;

        public IEnumerable<StyleFile> EnumerateFiles() => files.Select(f => ToFile(f.FileName, f.Xml));

        public StyleFile? FindFile(string fileName) =>
            files.Where(f => f.FileName == fileName).Select(f => ToFile(f.FileName, f.Xml)).FirstOrDefault();

        private static StyleFile ToFile(string fileName, string xml) =>
            new(fileName, "memory:" + fileName, null, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)));
    }
}
