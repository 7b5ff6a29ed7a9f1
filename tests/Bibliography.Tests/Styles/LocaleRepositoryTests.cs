using Bibliography.CiteProc.Styles;

namespace Bibliography.Tests.Styles;

public sealed class LocaleRepositoryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private LocaleRepository Repository(string[] stylesDirs, string? system = null, IEnumerable<ILocaleSource>? extra = null) =>
        LocaleRepository.CreateDefault(new StyleSearchOptions
        {
            IncludeEmbedded = false,
            StylesDirectories = stylesDirs,
            SystemLocalesDirectory = system ?? Path.Combine(_temp.Root, "no-system"),
        }, extra);

    [Fact]
    public void Bare_language_falls_back_to_its_primary_dialect()
    {
        var dir = _temp.Sub("locales");
        _temp.Write(dir, "locales-ru-RU.xml", Csl.Locale("ru-RU", "и"));
        _temp.Write(dir, "locales-ru-UA.xml", Csl.Locale("ru-UA", "и"));
        _temp.Write(dir, "locales-en-GB.xml", Csl.Locale("en-GB"));
        _temp.Write(dir, "locales-en-US.xml", Csl.Locale("en-US"));
        var repo = Repository([dir]);

        var ru = repo.Get("ru");
        ru.Tag.ShouldBe("ru-RU");
        ru.Xml.ShouldContain("<term name=\"and\">и</term>");
        ru.Path.ShouldBe(Path.Combine(dir, "locales-ru-RU.xml"));
        ru.Source.ShouldBe("styles-dir");
        repo.Get("en").Tag.ShouldBe("en-US");
        repo.Get("ru_ru").Tag.ShouldBe("ru-RU");
        repo.Get("RU-ua").Tag.ShouldBe("ru-UA");
    }

    [Fact]
    public void Language_without_a_standard_dialect_uses_its_only_or_same_named_locale()
    {
        var dir = _temp.Sub("locales");
        _temp.Write(dir, "locales-az-AZ.xml", Csl.Locale("az-AZ", "və"));
        _temp.Write(dir, "locales-kk-KZ.xml", Csl.Locale("kk-KZ", "және"));
        var repo = Repository([dir]);

        repo.Get("az").Tag.ShouldBe("az-AZ");
        repo.Get("kk").Tag.ShouldBe("kk-KZ");
    }

    [Fact]
    public void Earlier_sources_win()
    {
        var mine = _temp.Sub("mine");
        var system = _temp.Sub("system");
        _temp.Write(mine, "locales-ru-RU.xml", Csl.Locale("ru-RU", "mine"));
        _temp.Write(system, "locales-ru-RU.xml", Csl.Locale("ru-RU", "system"));
        _temp.Write(system, "locales-de-DE.xml", Csl.Locale("de-DE", "und"));
        var repo = Repository([mine], system);

        repo.Get("ru-RU").Xml.ShouldContain(">mine<");
        repo.Get("de").Source.ShouldBe("system");
        repo.AvailableTags().ShouldBe(["de-DE", "ru-RU"]);
    }

    [Fact]
    public void Extra_sources_plug_in_between_the_styles_folders_and_the_system()
    {
        var mine = _temp.Sub("mine");
        var system = _temp.Sub("system");
        _temp.Write(mine, "locales-fr-FR.xml", Csl.Locale("fr-FR", "mine"));
        _temp.Write(system, "locales-tr-TR.xml", Csl.Locale("tr-TR", "system"));
        var npm = new MemoryLocaleSource("citeproc-locales", ("fr-FR", Csl.Locale("fr-FR", "npm")), ("tr-TR", Csl.Locale("tr-TR", "npm")));
        var repo = Repository([mine], system, [npm]);

        repo.Get("fr").Xml.ShouldContain(">mine<");
        var tr = repo.Get("tr");
        tr.Xml.ShouldContain(">npm<");
        tr.Source.ShouldBe("citeproc-locales");
    }

    [Fact]
    public void Unknown_tag_lists_the_available_tags()
    {
        var dir = _temp.Sub("locales");
        _temp.Write(dir, "locales-ru-RU.xml", Csl.Locale("ru-RU"));
        _temp.Write(dir, "locales-en-US.xml", Csl.Locale("en-US"));
        var repo = Repository([dir]);

        var ex = Should.Throw<LocaleNotFoundException>(() => repo.Get("xx-YY"));
        ex.Tag.ShouldBe("xx-YY");
        ex.Available.ShouldBe(["en-US", "ru-RU"]);
        ex.Message.ShouldContain("en-US, ru-RU");
        ex.Message.ShouldContain(Path.GetFullPath(dir));

        Should.Throw<LocaleNotFoundException>(() => repo.Get("ru-KZ")).Message.ShouldContain("Same language: ru-RU.");
        Should.Throw<LocaleNotFoundException>(() => repo.Get("not a tag!"));
        repo.TryGet("de-DE", out var none).ShouldBeFalse();
        none.ShouldBeNull();
    }

    [Fact]
    public void Malformed_locale_names_file_line_and_column()
    {
        var dir = _temp.Sub("locales");
        var text = Csl.Locale("ru-RU").Replace("<term name=\"and\">and</term>", "<term name=\"and\">and</trem>");
        var path = _temp.Write(dir, "locales-ru-RU.xml", text);
        var repo = Repository([dir]);

        var ex = Should.Throw<LocaleFormatException>(() => repo.Get("ru"));
        ex.File.ShouldBe(path);
        ex.Line.ShouldBe(text.Split('\n').ToList().FindIndex(l => l.Contains("</trem>")) + 1);
        ex.Column.ShouldNotBeNull();
        // TryGet reports a broken file too rather than pretending it is absent.
        Should.Throw<LocaleFormatException>(() => repo.TryGet("ru-RU", out _));
    }

    [Fact]
    public void A_style_in_a_locale_file_is_rejected()
    {
        var dir = _temp.Sub("locales");
        var path = _temp.Write(dir, "locales-ru-RU.xml", Csl.Independent("apa", "APA"));

        var ex = Should.Throw<LocaleFormatException>(() => Repository([dir]).Get("ru-RU"));
        ex.File.ShouldBe(path);
        ex.Message.ShouldContain("<style>");
    }

    [Fact]
    public void Tags_are_spelled_canonically()
    {
        LocaleTags.Normalise("ru_ru").ShouldBe("ru-RU");
        LocaleTags.Normalise(" AZ-az ").ShouldBe("az-AZ");
        LocaleTags.Normalise("sr-latn-rs").ShouldBe("sr-Latn-RS");
        LocaleTags.Normalise("en").ShouldBe("en");
        LocaleTags.Normalise("e").ShouldBeNull();
        LocaleTags.Normalise("../x").ShouldBeNull();
        LocaleTags.PrimaryDialects["ru"].ShouldBe("ru-RU");
    }

    private sealed class MemoryLocaleSource(string name, params (string Tag, string Xml)[] locales) : ILocaleSource
    {
        public string Name => name;

        public IEnumerable<string> Tags() => locales.Select(l => l.Tag);

        public LocaleFile? Find(string tag) =>
            locales.Where(l => string.Equals(l.Tag, tag, StringComparison.OrdinalIgnoreCase))
                .Select(l => new LocaleFile(l.Tag, $"{name}:{l.Tag}", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(l.Xml))))
                .FirstOrDefault();
    }
}
