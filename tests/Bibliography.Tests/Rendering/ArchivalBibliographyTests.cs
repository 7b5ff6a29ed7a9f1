using Bibliography.CiteProc;
using Bibliography.CiteProc.Rendering;
using Bibliography.Model;
using Bibliography.Parsing;
using Bibliography.Tests.Golden;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Rendering;

/// <summary>A bibliography grouped as historians group theirs: archival files under their archive, then the rest.</summary>
public sealed class ArchivalBibliographyTests(BothHosts hosts) : IClassFixture<BothHosts>
{
    private static readonly string Paper = Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt");

    private static CslItem File(string id, string? archiveShort, string? archive, string fond, string? opis, string? delo, string? title = null) => new()
    {
        Id = id,
        Type = CslItemTypes.Manuscript,
        Title = title,
        Archive = archive,
        Custom = new JObject
        {
            ["archive-short"] = archiveShort, ["fond"] = fond, ["opis"] = opis, ["delo"] = delo,
        },
    };

    [Fact]
    public void Files_go_under_their_archive_in_the_output_language_ordered_by_their_numbers()
    {
        CslItem[] items =
        [
            File("a", "RFDA", null, "6144", "1", "10"),
            File("b", "RFDA", null, "6144", "1", "2"),
            File("c", "HIA", "Hoover Institution Archives", "Р-130", null, "5"),
            File("d", "RFDA", null, "6144", "1", "2"), // the same file under another id
            File("e", "GMTA", null, "13", "1", "4"),
            File("f", "GMTA", null, "1874", "1", "4"),
            File("g", "GMTA", null, "1874", "1", "9", title: "Letter of N. Zhordania"), // a titled document keeps the style's entry
        ];

        var english = ArchivalBibliography.Sections(items, ArchivalConvention.English);
        english.Select(s => s.Heading).ShouldBe(["Central Historical Archive of Georgia (CHAG)", "Hoover Institution Archives (HIA)", "State Archive of the Russian Federation (GARF)"]);
        english[0].Files.ShouldBe(["F. 13, op. 1, d. 4.", "F. 1874, op. 1, d. 4."], "fond 13 before fond 1874");
        english[1].Files.ShouldBe(["F. Р-130, d. 5."]);
        english[2].Files.ShouldBe(["F. 6144, op. 1, d. 2.", "F. 6144, op. 1, d. 10."], "each file once, d. 2 before d. 10");

        var russian = ArchivalBibliography.Sections(items, ArchivalConvention.Russian);
        russian.Select(s => s.Heading).ShouldContain("Государственный архив Российской Федерации (ГА РФ)");
        russian.SelectMany(s => s.Files).ShouldContain("Ф. 6144. Оп. 1. Д. 10.");
        ArchivalBibliography.IsFile(items[^1]).ShouldBeFalse();
    }

    [Fact]
    public void Every_convention_has_its_headings_in_its_own_language_and_no_two_are_alike()
    {
        var all = Enum.GetValues<ArchivalConvention>().Select(ArchivalBibliography.Headings).ToList();

        all.ShouldAllBe(h => h.Archival.Length > 0 && h.Other.Length > 0 && h.Unnamed.Length > 0);
        all.SelectMany(h => new[] { h.Archival, h.Other, h.Unnamed }).ShouldBeUnique();
        ArchivalBibliography.Headings(ArchivalConvention.Russian).Archival.ShouldBe("Архивные источники");
        ArchivalBibliography.Headings(ArchivalConvention.Azerbaijani).Unnamed.ShouldBe("Arxiv göstərilməyib");
    }

    [Theory]
    [InlineData(CiteProcOutputFormat.Text, "Archival sources\n\nState Archive of the Russian Federation (GARF)\nF. 1, op. 2, d. 3.\n\nPublished sources and literature\nOther & book.")]
    [InlineData(CiteProcOutputFormat.Html, "<section class=\"bibliography-archival\">\n  <h2>Archival sources</h2>\n  <h3>State Archive of the Russian Federation (GARF)</h3>\n"
        + "  <div class=\"csl-entry\">F. 1, op. 2, d. 3.</div>\n</section>\n<h2>Published sources and literature</h2>\nOther & book.")]
    [InlineData(CiteProcOutputFormat.Rtf, "{\\b Archival sources}\\par\n{\\i State Archive of the Russian Federation (GARF)}\\par\nF. 1, op. 2, d. 3.\\par\n"
        + "{\\b Published sources and literature}\\par\nOther & book.")]
    public void Each_output_marks_up_the_parts_the_archives_and_the_files(CiteProcOutputFormat output, string expected)
    {
        var bibliography = new FormattedBibliography(["F. 1.", "Other & book."], ["a", "b"], "", "", null, null, null, false, null);

        ArchivalBibliography.LayOut(bibliography, [File("a", "GARF", null, "1", "2", "3")], ArchivalConvention.English, output, b => string.Concat(b.Entries))
            .ShouldBe(expected);
    }

    [Theory]
    [InlineData("[\"a\"")]
    [InlineData("[a, b]")]
    [InlineData("[{")]
    public void An_entry_whose_ids_are_not_a_json_list_is_a_typed_error(string ids)
    {
        var bibliography = new FormattedBibliography(["<div>F. 1.</div>"], [ids], "", "", null, null, null, false, null);

        var error = Should.Throw<CiteProcException>(() => ArchivalBibliography.LayOut(bibliography, [File("a", "GARF", null, "1", "2", "3")],
            ArchivalConvention.English, CiteProcOutputFormat.Text, b => string.Concat(b.Entries)));

        error.Kind.ShouldBe(CiteProcErrorKind.Item);
        error.Message.ShouldContain(ids);
    }

    [Fact]
    public void An_entry_given_as_a_list_or_as_a_bare_id_is_matched_to_its_item()
    {
        foreach (var ids in new[] { "[\n  \"a\"\n]", "a" })
        {
            var bibliography = new FormattedBibliography(["F. 1."], [ids], "", "", null, null, null, false, null);
            ArchivalBibliography.LayOut(bibliography, [File("a", "GARF", null, "1", "2", "3")], ArchivalConvention.English, CiteProcOutputFormat.Text, b => string.Concat(b.Entries))
                .ShouldBe("Archival sources\n\nState Archive of the Russian Federation (GARF)\nF. 1, op. 2, d. 3.\n", ids);
        }
    }

    [DebianStylesTheory]
    [InlineData("chicago-fullnote-bibliography", null, "Archival sources", "Russian State Military Archive (RGVA)\nF. 7, op. 2, d. 484.\n")]
    [InlineData("modern-language-association", null, "Archival sources", "State Archive of the Russian Federation (GARF)\nF. 6144, op. 1, d. 1.\nF. 6144, op. 1, d. 2.\n")]
    [InlineData("gost-r-7-0-5-2008-archival-note", "ru-RU", "Архивные источники", "Российский государственный военный архив (РГВА)\nФ. 7. Оп. 2. Д. 484.\n")]
    [InlineData("azerbaijani-historical-notes", "az-AZ", "Arxiv materialları", "Gürcüstan Mərkəzi Tarix Arxivi (GMTA)\nFond 1874, siyahı 1, iş 2.\nFond 1874, siyahı 1, iş 4.\n")]
    public void Paper_003s_bibliography_lists_its_files_under_their_archives_and_keeps_every_other_entry(string style, string? locale, string heading, string archive)
    {
        var document = BibliographyPipeline.ExtractFile(Paper).Document;
        var files = document.Items.Where(ArchivalBibliography.IsFile).ToList();
        files.Count.ShouldBe(7);
        var plain = Lines(DocumentFormatter.Format(document, new FormatOptions(style, locale, FormatMode.Bibliography), hosts.Node));

        var grouped = DocumentFormatter.Format(document, new FormatOptions(style, locale, FormatMode.Bibliography, GroupArchives: true), hosts.Node);

        DocumentFormatter.Format(document, new FormatOptions(style, locale, FormatMode.Bibliography, GroupArchives: true), hosts.Jint).ShouldBe(grouped, "both hosts");
        grouped.ShouldStartWith(heading + "\n\n");
        grouped.ShouldContain("\n" + archive);
        var convention = ArchivalConventions.FromLocale(locale);
        var marks = files.Select(f => ShelfMark.FromItem(f).Render(convention)!).ToList();
        foreach (var mark in marks)
            Lines(grouped).Count(l => l.Contains(mark, StringComparison.OrdinalIgnoreCase)).ShouldBe(1, $"{mark} once, under its archive");
        // The published part is the style's own list without the files, in the style's order and words.
        var (_, other, _) = ArchivalBibliography.Headings(convention);
        var published = Lines(grouped[(grouped.IndexOf("\n" + other + "\n", StringComparison.Ordinal) + other.Length + 2)..]);
        published.ShouldBe(plain.Where(e => !marks.Any(m => e.Contains(m, StringComparison.OrdinalIgnoreCase))).ToList());
    }

    [DebianStylesTheory]
    [InlineData("ieee")]
    [InlineData("vancouver")]
    [InlineData("gost-r-7-0-5-2008")] // cites by author and year, but numbers its list: grouping would leave gaps in it
    public void A_numeric_style_keeps_its_numbered_list(string style)
    {
        var document = BibliographyPipeline.ExtractFile(Paper).Document;

        DocumentFormatter.Format(document, new FormatOptions(style, null, FormatMode.Bibliography, GroupArchives: true), hosts.Node)
            .ShouldBe(DocumentFormatter.Format(document, new FormatOptions(style, null, FormatMode.Bibliography), hosts.Node), "the numbers are the citations' own");
    }

    [DebianStylesFact]
    public void Html_and_rtf_carry_the_headings_as_markup()
    {
        var document = BibliographyPipeline.ExtractFile(Paper).Document;

        var html = DocumentFormatter.Format(document, new FormatOptions("chicago-fullnote-bibliography", null, FormatMode.NotesAndBibliography, CiteProcOutputFormat.Html, GroupArchives: true), hosts.Node);
        var rtf = DocumentFormatter.Format(document, new FormatOptions("chicago-fullnote-bibliography", null, FormatMode.Bibliography, CiteProcOutputFormat.Rtf, GroupArchives: true), hosts.Node);

        html.ShouldContain("<h2>Archival sources</h2>\n  <h3>Archive of Political Documents");
        html.ShouldContain("<div class=\"csl-entry\">F. 7, op. 2, d. 484.</div>");
        html.ShouldContain("<h2>Published sources and literature</h2>\n<div class=\"csl-bib-body\">");
        rtf.ShouldStartWith("{\\rtf1\\ansi\\deff0\n{\\b Archival sources}\\par\n{\\i Archive of Political Documents");
        rtf.ShouldContain("Sur\\u601?t fondu, d. 330.\\par\n");
        rtf.ShouldContain("{\\b Published sources and literature}\\par\n");
        rtf.Split("{\\rtf1").Length.ShouldBe(2, "one RTF document, or a word processor stops at the first one's end");
        rtf.ShouldEndWith("}\n");
        var both = DocumentFormatter.Format(document, new FormatOptions("chicago-fullnote-bibliography", null, FormatMode.NotesAndBibliography, CiteProcOutputFormat.Rtf), hosts.Node);
        both.Split("{\\rtf1").Length.ShouldBe(2, "notes and bibliography in one RTF document");
    }

    [Fact]
    public void Files_whose_archive_is_not_named_get_a_heading_of_their_own()
    {
        CslItem[] items = [File("a", "GMTA", null, "1874", "1", "4"), File("b", null, null, "12", "3", "45")];

        var sections = ArchivalBibliography.Sections(items, ArchivalConvention.Russian);

        sections.Select(s => s.Heading).ShouldBe(["Центральный государственный исторический архив Грузии (ЦГИА Грузии)", "Архив не указан"]);
        sections[1].Files.ShouldBe(["Ф. 12. Оп. 3. Д. 45."]);
    }

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
