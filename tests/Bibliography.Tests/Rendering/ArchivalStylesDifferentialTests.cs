using System.Text.RegularExpressions;
using Bibliography.CiteProc;
using Bibliography.CiteProc.Rendering;
using Bibliography.Model;
using Bibliography.Parsing;
using Bibliography.Tests.Golden;
using Bibliography.Tests.Support;

namespace Bibliography.Tests.Rendering;

/// <summary>
/// Paper 003's archival files in official note, author-date and numeric styles, as a historian checks them: the first
/// note of a file names the archive and gives the whole shelf mark, a later one identifies the file (or is an ibid),
/// and no note or bibliography entry says "n.d.", opens with punctuation, doubles it, or is empty.
/// </summary>
public sealed partial class ArchivalStylesDifferentialTests(BothHosts hosts) : IClassFixture<BothHosts>
{
    private static readonly string Paper = Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt");

    public static TheoryData<string, string?> Styles()
    {
        var data = new TheoryData<string, string?>();
        foreach (var style in new[]
                 {
                     // note styles
                     "chicago-fullnote-bibliography", "chicago-fullnote-bibliography-with-ibid", "chicago-note-bibliography",
                     "chicago-note-bibliography-with-ibid", "chicago-fullnote-bibliography-short-title-subsequent",
                     "chicago-fullnote-bibliography-16th-edition", "chicago-note-bibliography-16th-edition",
                     "turabian-fullnote-bibliography", "modern-humanities-research-association", "oscola",
                     "cambridge-university-press-note", "the-historical-journal", "past-and-present",
                     "european-journal-of-international-law", "australian-historical-studies", "art-history",
                     "byzantine-and-modern-greek-studies", "continuity-and-change", "annales", "amsterdam-university-press-academic",
                     // author-date and numeric styles
                     "modern-language-association", "apa", "chicago-author-date", "harvard-cite-them-right",
                     "american-sociological-association", "american-political-science-association", "elsevier-harvard",
                     "taylor-and-francis-chicago-author-date", "springer-humanities-author-date", "ieee", "vancouver", "nature",
                 })
            data.Add(style, null);
        data.Add("gost-r-7-0-5-2008", "ru-RU");
        data.Add("chicago-fullnote-bibliography", "ru-RU");
        data.Add("modern-humanities-research-association", "az-AZ");
        return data;
    }

    [DebianStylesTheory]
    [MemberData(nameof(Styles))]
    public void Archival_files_read_as_historians_write_them(string style, string? locale)
    {
        var document = BibliographyPipeline.ExtractFile(Paper).Document;
        var archival = document.Items.Where(i => i.Type == CslItemTypes.Manuscript && string.IsNullOrEmpty(i.Title)).ToDictionary(i => i.Id);
        archival.Count.ShouldBe(7);
        var convention = ArchivalConventions.FromLocale(locale);
        string ShelfMark(string id) => ShelfMarkOf(archival[id], convention);

        var notes = Lines(DocumentFormatter.Format(document, new FormatOptions(style, locale, FormatMode.Notes), hosts.Node));
        var entries = Lines(DocumentFormatter.Format(document, new FormatOptions(style, locale, FormatMode.Bibliography), hosts.Node));
        var numeric = notes.All(n => NumericCitation().IsMatch(NoteText(n)));
        var xml = CslProcessor.Load(hosts.Node, style).StyleXml;
        var isNoteStyle = xml.Contains("class=\"note\"", StringComparison.Ordinal);
        var hasBibliography = xml.Contains("<bibliography", StringComparison.Ordinal);

        var seen = new HashSet<string>();
        for (var k = 0; k < document.Citations.Count; k++)
        {
            var note = NoteText(notes[k]);
            foreach (var cited in document.Citations[k].CitationItems.Where(c => archival.ContainsKey(c.Id)))
            {
                var first = seen.Add(cited.Id);
                if (numeric) continue; // "[3]": the number identifies the file
                if (!first && IsIbid(note)) continue;
                note.ShouldContain(ShelfMark(cited.Id), Case.Sensitive, $"{style}: note {k + 1} must identify its file");
                if (first && isNoteStyle)
                    note.ShouldContain(ArchivePreRenderer.RenderItem(archival[cited.Id], new ArchiveRenderOptions(convention, StyleAdapted: true)).Archive!,
                        Case.Sensitive, $"{style}: the first note of a file names its archive");
            }
            if (document.Citations[k].CitationItems.Any(c => archival.ContainsKey(c.Id))) CheckClean(style, $"note {k + 1}", note);
        }

        // A bibliography entry capitalises the shelf mark's first letter ("F. 7, op. 2").
        if (!hasBibliography) entries.ShouldBeEmpty();
        else foreach (var item in archival.Values)
            entries.Count(e => e.Contains(ShelfMark(item.Id), StringComparison.OrdinalIgnoreCase)).ShouldBe(1, $"{style}: one bibliography entry for {item.Id}");
        foreach (var entry in entries.Where(e => archival.Values.Any(i => e.Contains(ShelfMark(i.Id), StringComparison.OrdinalIgnoreCase))))
            CheckClean(style, "bibliography entry", entry);
    }

    [DebianStylesTheory]
    [InlineData("chicago-fullnote-bibliography", null)]
    [InlineData("modern-humanities-research-association", null)]
    [InlineData("gost-r-7-0-5-2008", "ru-RU")]
    public void A_first_note_names_the_archive_in_the_output_language_and_a_later_one_abbreviates_it(string style, string? locale)
    {
        var document = BibliographyPipeline.ExtractFile(Paper).Document;
        var notes = Lines(DocumentFormatter.Format(document, new FormatOptions(style, locale, FormatMode.Notes), hosts.Node));
        var jint = Lines(DocumentFormatter.Format(document, new FormatOptions(style, locale, FormatMode.Notes), hosts.Jint));

        jint.ShouldBe(notes, "both hosts run the same adapted style");
        if (locale is null)
        {
            notes[1].ShouldBe("2. Russian State Military Archive (RGVA), f. 7, op. 2, d. 484, fols. 184v–185.".Replace("fols.", style.StartsWith("modern", StringComparison.Ordinal) ? "fols" : "fols."));
            notes[13].ShouldEndWith("RGVA, f. 7, op. 2, d. 484, fols. 184v–185.".Replace("fols.", style.StartsWith("modern", StringComparison.Ordinal) ? "fols" : "fols."));
        }
        else notes[1].ShouldBe("2. [РГВА. Ф. 7. Оп. 2. Д. 484. Л. 184 об.–185]");
        notes.ShouldAllBe(n => !n.Contains('İ'), "no Turkish capital in English or Russian notes");
    }

    /// <summary>The eight styles of #19's acceptance, with the locale each is checked in.</summary>
    public static TheoryData<string, string?> AcceptanceStyles() => new()
    {
        { "chicago-fullnote-bibliography", null }, { "chicago-fullnote-bibliography-with-ibid", null }, { "turabian-fullnote-bibliography", null },
        { "modern-humanities-research-association", null }, { "modern-language-association", null }, { "apa", null },
        { "chicago-author-date", null }, { "gost-r-7-0-5-2008", "ru-RU" },
    };

    [DebianStylesTheory]
    [MemberData(nameof(AcceptanceStyles))]
    public void The_acceptance_styles_show_compilers_as_compilers_and_identify_every_later_citation(string style, string? locale)
    {
        var document = BibliographyPipeline.ExtractFile(Paper).Document;
        var both = DocumentFormatter.Format(document, new FormatOptions(style, locale, FormatMode.NotesAndBibliography), hosts.Node);
        DocumentFormatter.Format(document, new FormatOptions(style, locale, FormatMode.NotesAndBibliography), hosts.Jint).ShouldBe(both, "both hosts");
        // 21 notes, then the bibliography (GOST numbers its entries too).
        var notes = Lines(both).Take(21).ToList();
        var entries = Lines(both).Skip(21).ToList();
        notes.ShouldAllBe(n => NoteNumber().IsMatch(n));
        entries.ShouldNotBeEmpty();
        var isNoteStyle = CslProcessor.Load(hosts.Node, style).StyleXml.Contains("class=\"note\"", StringComparison.Ordinal);

        // Notes 6 and 19 cite the two collections; the compiler is a compiler wherever the style names a role: in the
        // note of a note style, and in the bibliography entry of every style (an in-text citation names no roles).
        foreach (var (note, name, title) in new[] { (6, "Devdariani", "Dni qospodstva"), (19, "Mamuliya", "Kavkazskaya Konfederasiya") })
        {
            var text = notes[note - 1];
            if (isNoteStyle)
            {
                text.ShouldContain(name, Case.Sensitive, $"{style}: note {note}");
                CompilerLabel().IsMatch(text).ShouldBeTrue($"{style}: note {note} labels its compiler: {text}");
            }
            var entry = entries.Single(e => e.Contains(title, StringComparison.Ordinal));
            entry.ShouldContain(name, Case.Sensitive, $"{style}: the entry of note {note}'s collection names its compiler");
            CompilerLabel().IsMatch(entry).ShouldBeTrue($"{style}: the entry labels its compiler as a compiler: {entry}");
        }

        // Every later citation of a published work identifies it: ibid, its title's opening, or a name that belongs to
        // it alone (Chicago's and MHRA's author-and-page short form, CMOS 17 §14.34).
        var cited = new HashSet<string>();
        var items = document.Items.ToDictionary(i => i.Id);
        for (var k = 0; k < document.Citations.Count; k++)
            foreach (var id in document.Citations[k].CitationItems.Select(c => c.Id))
            {
                var item = items[id];
                if (cited.Add(id) || item.Type == CslItemTypes.Manuscript) continue; // later citations of published works
                var note = NoteText(notes[k]);
                var opening = string.Join(' ', (item.Title ?? item.ContainerTitle ?? "").Split(' ').Take(2));
                opening.ShouldNotBeEmpty($"{item.Id} has neither title nor container: nothing could show the note identifies it");
                var unique = (item.Author ?? []).Concat(item.Compiler ?? []).Select(n => n.Family).Where(f => f is not null
                    && document.Items.Count(o => (o.Author ?? []).Concat(o.Compiler ?? []).Any(n => n.Family == f)) == 1);
                (IsIbid(note) || note.Contains(opening, StringComparison.Ordinal) || unique.Any(f => note.Contains(f!, StringComparison.Ordinal)))
                    .ShouldBeTrue($"{style}: note {k + 1} must identify {id}: {note}");
            }

        var english = locale is null;
        if (english) both.ShouldNotContain("İbid");
        both.ShouldNotContain("trans. Q.Q. Mamuliya (", Case.Sensitive, "a compiler is not a translator only");
    }

    // The shelf mark as the convention writes it (what the pre-renderer puts in archive_location).
    private static string ShelfMarkOf(CslItem item, ArchivalConvention convention) =>
        ArchivePreRenderer.RenderItem(item, new ArchiveRenderOptions(convention)).ArchiveLocation!;

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string NoteText(string line) => NoteNumber().Replace(line, "");

    private static bool IsIbid(string note) =>
        new[] { "Ibid", "Там же", "Yenə orada" }.Any(term => note.StartsWith(term, StringComparison.Ordinal));

    private static void CheckClean(string style, string what, string text)
    {
        text.Trim().ShouldNotBeEmpty($"{style}: an empty {what}");
        NoDate().IsMatch(text).ShouldBeFalse($"{style}: {what} says there is no date: {text}");
        LeadingPunctuation().IsMatch(text).ShouldBeFalse($"{style}: {what} opens with punctuation: {text}");
        DoubledPunctuation().IsMatch(text).ShouldBeFalse($"{style}: {what} doubles punctuation: {text}");
    }

    [GeneratedRegex(@"^\d+\.\s")]
    private static partial Regex NoteNumber();

    [GeneratedRegex(@"\b[Cc]omp(\.|iler)|сост\.")]
    private static partial Regex CompilerLabel();

    [GeneratedRegex(@"^[\[\(]?\d")]
    private static partial Regex NumericCitation();

    [GeneratedRegex(@"\b[Nn]\.\s?d\.|б\.\s?д\.|\bs\.\s?a\.|o\.\s?J\.")]
    private static partial Regex NoDate();

    [GeneratedRegex(@"^\s*[\(\[]?[,.;:]")]
    private static partial Regex LeadingPunctuation();

    [GeneratedRegex(@"[,;:]\s*[,.;:]|\.\.(?!\.)|\(\s*\)")]
    private static partial Regex DoubledPunctuation();
}
