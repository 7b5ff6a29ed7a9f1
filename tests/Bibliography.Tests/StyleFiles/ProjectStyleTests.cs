using System.Xml.Linq;

namespace Bibliography.Tests.StyleFiles;

/// <summary>The project's own note styles: metadata, locale, terms they use, and the shared pre-rendering contract.</summary>
public sealed class ProjectStyleTests
{
    private static readonly XNamespace Cs = CslLocaleFile.Cs;

    private static XElement Style(string fileName) =>
        XDocument.Load(Path.Combine(StyleFilesEnvironment.StylesDir, fileName)).Root
        ?? throw new InvalidDataException($"styles/{fileName} is empty.");

    [StyleFileTheory]
    [InlineData("azerbaijani-historical-notes.csl", "az-AZ")]
    [InlineData("gost-r-7-0-5-2008-archival-note.csl", "ru-RU")]
    public void Is_a_note_style_with_its_locale_a_stable_id_and_a_CC_BY_SA_licence(string fileName, string locale)
    {
        var style = Style(fileName);
        var info = style.Element(Cs + "info")!;
        var id = (string?)info.Element(Cs + "id");

        ((string?)style.Attribute("class")).ShouldBe("note");
        ((string?)style.Attribute("default-locale")).ShouldBe(locale);
        id.ShouldBe("https://github.com/bibliography-project/styles/" + Path.GetFileNameWithoutExtension(fileName));
        info.Elements(Cs + "link").ShouldContain(l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == id);
        ((string?)info.Element(Cs + "rights")?.Attribute("license")).ShouldBe("http://creativecommons.org/licenses/by-sa/3.0/");
    }

    [StyleFileFact]
    public void Azerbaijani_style_uses_only_terms_the_az_locale_defines()
    {
        var az = CslLocaleFile.Load(Path.Combine(StyleFilesEnvironment.StylesDir, "locales-az-AZ.xml")).Terms;

        var undefined = TermsUsed(Style("azerbaijani-historical-notes.csl")).Where(t => !az.ContainsKey(t)).ToList();

        undefined.ShouldBeEmpty();
    }

    [StyleFileFact(StyleFileNeeds.DebianLocales)]
    public void Gost_style_uses_only_terms_ru_RU_or_its_own_locale_section_defines()
    {
        var style = Style("gost-r-7-0-5-2008-archival-note.csl");
        var ru = CslLocaleFile.Load(StyleFilesEnvironment.DebianLocale("ru-RU")
                                    ?? throw new InvalidOperationException("Debian ru-RU locale missing")).Terms;
        var own = style.Elements(Cs + "locale").SelectMany(l => CslLocaleFile.FromElement(l).Terms.Keys).ToHashSet();

        var undefined = TermsUsed(style).Where(t => !ru.ContainsKey(t) && !own.Contains(t)).ToList();

        undefined.ShouldBeEmpty();
    }

    [StyleFileFact]
    public void Gost_style_gives_the_genitive_after_a_day_for_months_GOST_does_not_abbreviate()
    {
        var own = CslLocaleFile.FromElement(Style("gost-r-7-0-5-2008-archival-note.csl").Element(Cs + "locale")!).Terms;

        own[("month-03", "short")].Singular.ShouldBe("марта");
        own[("month-05", "short")].Singular.ShouldBe("мая");
        own[("month-06", "short")].Singular.ShouldBe("июня");
        own[("month-07", "short")].Singular.ShouldBe("июля");
    }

    [StyleFileFact]
    public void Both_styles_read_the_archive_name_and_abbreviation_from_the_same_variables()
    {
        // The pre-renderer fills one variable set for both conventions; the styles must agree on it.
        var az = ArchiveNameVariables(Style("azerbaijani-historical-notes.csl"));
        var gost = ArchiveNameVariables(Style("gost-r-7-0-5-2008-archival-note.csl"));

        az.ShouldBe(new[] { "archive", "source" });
        gost.ShouldBe(az);
    }

    [StyleFileTheory]
    [InlineData("azerbaijani-historical-notes.csl")]
    [InlineData("gost-r-7-0-5-2008-archival-note.csl")]
    public void Archive_name_shortens_only_in_subsequent_notes(string fileName)
    {
        var macro = Macro(Style(fileName), "archive-name");
        var choose = macro.Element(Cs + "choose")!;
        var first = choose.Element(Cs + "if")!;

        ((string?)first.Attribute("position")).ShouldBe("subsequent");
        // At first mention both the full name and the bracketed abbreviation are printed.
        var full = choose.Elements(Cs + "else-if").Single(e => (string?)e.Attribute("variable") == "archive");
        full.Descendants(Cs + "text").Select(t => (string?)t.Attribute("variable")).ShouldBe(new[] { "archive", "source" });
        full.Descendants(Cs + "text").Single(t => (string?)t.Attribute("variable") == "source").Attribute("prefix")!.Value.ShouldBe("(");
    }

    [StyleFileTheory]
    [InlineData("azerbaijani-historical-notes.csl")]
    [InlineData("gost-r-7-0-5-2008-archival-note.csl")]
    public void Header_comment_documents_the_pre_rendering_contract(string fileName)
    {
        var comment = XDocument.Load(Path.Combine(StyleFilesEnvironment.StylesDir, fileName)).Nodes().OfType<XComment>().FirstOrDefault();

        comment.ShouldNotBeNull();
        foreach (var variable in new[] { "archive", "source", "archive_location", "locator" })
        {
            System.Text.RegularExpressions.Regex.IsMatch(comment.Value, $@"^\s*- {variable}\s{{2,}}\S", System.Text.RegularExpressions.RegexOptions.Multiline)
                .ShouldBeTrue($"the header comment of {fileName} must describe the variable '{variable}'");
        }
    }

    private static XElement Macro(XElement style, string name) =>
        style.Elements(Cs + "macro").Single(m => (string?)m.Attribute("name") == name);

    private static string[] ArchiveNameVariables(XElement style) =>
        Macro(style, "archive-name").Descendants(Cs + "text")
            .Select(t => (string?)t.Attribute("variable")).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Terms a style asks for by name, with the form it asks for; labels ask for their variable's term.</summary>
    private static IEnumerable<(string Name, string Form)> TermsUsed(XElement style)
    {
        var body = style.Descendants().Where(e => e.Ancestors(Cs + "locale").All(_ => false));
        var texts = body.Where(e => e.Name == Cs + "text" && e.Attribute("term") is not null)
            .Select(e => ((string)e.Attribute("term")!, (string?)e.Attribute("form") ?? "long"));
        var labels = body.Where(e => e.Name == Cs + "label" && e.Attribute("variable") is { Value: not "locator" })
            .SelectMany(e => ((string)e.Attribute("variable")!).Split(' ')
                .Select(v => (v, (string?)e.Attribute("form") ?? "long")));
        var nameLabels = body.Where(e => e.Name == Cs + "label" && e.Parent?.Name == Cs + "names")
            .SelectMany(e => ((string)e.Parent!.Attribute("variable")!).Split(' ')
                .Select(v => (v, (string?)e.Attribute("form") ?? "long")));
        return texts.Concat(labels).Concat(nameLabels).Distinct().ToList();
    }
}
