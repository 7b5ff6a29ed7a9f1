using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bibliography.CiteProc;
using Bibliography.Model;
using Bibliography.Tests.Support;
using CsCheck;

namespace Bibliography.Tests.Parsing;

/// <summary>Renders with the Jint host, loaded once for the class.</summary>
public sealed class JintHostFixture : IDisposable
{
    /// <summary>The Jint host.</summary>
    public ICiteProcHost Host { get; } = CiteProcHosts.Create(CiteProcEngine.Jint);

    /// <inheritdoc />
    public void Dispose() => Host.Dispose();
}

/// <summary>
/// The grammar of Chicago/Turabian notes, tested on notes the project did not write: generated CSL-JSON books,
/// articles and chapters (transliterated and English names and titles) rendered by citeproc-js through the official
/// note styles — first notes, short forms and ibid — are read back into the same fields (issue #18).
/// </summary>
public sealed partial class ChicagoNoteRoundTripTests(JintHostFixture fixture) : IClassFixture<JintHostFixture>
{
    private static readonly string[] Givens = ["A. B.", "Iu.", "Ronald Grigor", "Stephen", "Firuza", "Oleg V.", "Timothy", "Nodar", "M. A.", "Sh.", "Claire P.", "Georgi"];
    private static readonly string[] FamilyNames = ["Ivanov", "Suny", "Kotkin", "D’iakov", "Ter-Minasova", "Jones", "Martin", "Lakoba", "Gogebashvili", "Baberowski", "Khlevniuk", "Bol’shakov", "Mamedova", "Blauvelt"];
    private static readonly string[] TitleWords =
        ["Istoriia", "Zakavkaz’ia", "ocherki", "istorii", "Gruzii", "revoliutsiia", "i", "natsional’nyi", "vopros", "na", "Kavkaze", "sovetskaia", "vlast’",
         "the", "making", "of", "Georgian", "nation", "empire", "Soviet", "Union", "affirmative", "action", "oil", "Baku", "revolution", "frontier", "in", "1918–1921"];
    private static readonly string[] Places = ["Moscow", "Tbilisi", "Ithaca, NY", "Cambridge, MA", "Oxford", "Princeton, NJ", "Baku", "St. Petersburg", "London", "New Haven, CT", "Bloomington"];
    private static readonly string[] Publishers = ["Nauka", "Palgrave Macmillan", "Harvard University Press", "Cornell University Press", "Mysl’", "Oxford University Press", "Indiana University Press", "Metsniereba", "Yale University Press", "ROSSPEN", "Elm"];
    private static readonly string[] Journals = ["Voprosy istorii", "Slavic Review", "Kritika", "Istoricheskii arkhiv", "Russian Review", "Europe-Asia Studies", "Otechestvennaia istoriia"];

    // Russian journals number their issues within the year and have no volumes (Voprosy istorii, no. 8 (1990)).
    private static readonly HashSet<string> IssuedOnly = ["Voprosy istorii", "Istoricheskii arkhiv", "Otechestvennaia istoriia"];

    /// <summary>The official note styles the notes are rendered through: short forms, and ibid in two of them.</summary>
    public static TheoryData<string> Styles() => new()
    {
        "chicago-note-bibliography-with-ibid", "chicago-fullnote-bibliography", "turabian-fullnote-bibliography", "chicago-note-bibliography-16th-edition",
    };

    private static readonly Gen<CslName> Name = Gen.Select(Gen.OneOf(Givens), Gen.OneOf(FamilyNames), (g, f) => CslName.Person(f, g));

    private static readonly Gen<string> Words = Gen.Select(Gen.OneOf(TitleWords).Array[2, 5], words =>
    {
        var title = string.Join(' ', words);
        return char.ToUpperInvariant(title[0]) + title[1..];
    });

    private static readonly Gen<string> Title = Gen.Select(Words, Words, Gen.Bool, (main, sub, subtitled) => subtitled ? main + ": " + sub : main);

    // Item kinds: 0 a book, 1 an edited book, 2 a journal article, 3 a chapter.
    private static readonly Gen<CslItem> Item = Gen.Select(
        Gen.Int[0, 3], Name.Array[1, 4], Title, Gen.Select(Gen.OneOf(Places), Gen.OneOf(Publishers), Gen.Int[1950, 2020]),
        Gen.Select(Gen.OneOf(Journals), Gen.Int[1, 60], Gen.Int[1, 12], Gen.Bool), Gen.Select(Title, Name.Array[1, 2], Gen.OneOf("ru", "en")),
        (kind, names, title, imprint, journal, book) =>
        {
            var item = new CslItem
            {
                Type = kind switch { 2 => CslItemTypes.ArticleJournal, 3 => CslItemTypes.Chapter, _ => CslItemTypes.Book },
                Title = title,
                // An English title is put in title case by the style, a transliterated one is not.
                Language = book.Item3,
                Issued = CslDate.FromParts(imprint.Item3),
            };
            if (kind == 1) item.Editor = [.. names];
            else item.Author = [.. names];
            if (kind == 2)
            {
                item.ContainerTitle = journal.Item1;
                if (IssuedOnly.Contains(journal.Item1)) item.Issue = journal.Item3.ToString(CultureInfo.InvariantCulture);
                else
                {
                    item.Volume = journal.Item2.ToString(CultureInfo.InvariantCulture);
                    if (journal.Item4) item.Issue = journal.Item3.ToString(CultureInfo.InvariantCulture);
                }
                return item;
            }
            item.PublisherPlace = imprint.Item1;
            item.Publisher = imprint.Item2;
            if (kind == 3)
            {
                item.ContainerTitle = book.Item1;
                item.Editor = [.. book.Item2];
            }
            return item;
        });

    // Each sample renders one document (about 3 s with Jint): few samples, many notes in each.
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("BIBLIOGRAPHY_ROUNDTRIP_ITER"), out var n) ? n : 3;

    [DebianStylesTheory]
    [MemberData(nameof(Styles))]
    public void Rendered_notes_are_read_back_into_their_fields(string style)
    {
        Gen.Select(Item.Array[6, 6], Gen.Int[2, 400].Array[18, 18]).Sample((items, pages) =>
        {
            var document = Document(items, pages);
            var notes = Render(document, style);
            var parsed = BibliographyPipeline.ParseFootnotes(notes).Document;
            var failures = new List<string>();
            var byId = parsed.Items.ToDictionary(i => i.Id);
            for (var n = 0; n < document.Citations.Count; n++)
            {
                var cited = document.Citations[n].CitationItems[0];
                var want = items[int.Parse(cited.Id[1..], CultureInfo.InvariantCulture)];
                var cluster = parsed.Citations.FirstOrDefault(c => c.Properties.NoteIndex == n + 1);
                if (cluster is not { CitationItems: [var got] })
                {
                    failures.Add($"note {n + 1} gave {cluster?.CitationItems.Count ?? 0} citations: {notes[n]}");
                    continue;
                }
                var wrong = Differences(want, byId[got.Id], cited.Locator!, got.Locator, notes[n]);
                if (wrong.Length > 0) failures.Add($"note {n + 1}: {notes[n]}\n    {wrong}");
            }
            failures.ShouldBeEmpty();
        }, iter: Iterations, threads: 1);
    }

    // Each item cited first in full, then again after the others (a short form), then at once again (ibid where
    // the style has it), each time with another page.
    private static BibliographyDocument Document(CslItem[] items, int[] pages)
    {
        var document = new BibliographyDocument();
        for (var i = 0; i < items.Length; i++)
        {
            items[i].Id = "i" + i.ToString(CultureInfo.InvariantCulture);
            document.Items.Add(items[i]);
        }
        var order = Enumerable.Range(0, items.Length).Concat(Enumerable.Range(0, items.Length).SelectMany(i => new[] { i, i }));
        foreach (var (i, n) in order.Select((i, n) => (i, n)))
            document.Citations.Add(new CslCitation
            {
                CitationId = "c" + n.ToString(CultureInfo.InvariantCulture),
                // Pages of notes one after another differ (one from 2–400, the other from 402–800): an ibid of the same
                // page is "Ibid." alone.
                CitationItems = [new CslCitationItem { Id = items[i].Id, Locator = (pages[n] + 400 * (n % 2)).ToString(CultureInfo.InvariantCulture), Label = LocatorLabels.Page }],
                Properties = new CslCitationProperties { NoteIndex = n + 1 },
            });
        return document;
    }

    private List<string> Render(BibliographyDocument document, string style)
    {
        var text = DocumentFormatter.Format(document, new FormatOptions(style, "en-US", FormatMode.Notes), fixture.Host);
        var notes = NoteLine().Matches(text).Select(m => m.Groups[2].Value).ToList();
        notes.Count.ShouldBe(document.Citations.Count, text);
        return notes;
    }

    // What of the item the parse got wrong, field by field (empty when nothing). A full note (one giving the year)
    // gives every field; a short form (or an ibid, resolved to the note before it) gives the names, the title where
    // the style keeps it, and the page; whether its names are authors or editors the short form does not say.
    private static string Differences(CslItem want, CslItem got, string wantLocator, string? gotLocator, string note)
    {
        var sb = new StringBuilder();
        void Check(string field, string? expected, string? actual)
        {
            if (Loose(expected) != Loose(actual)) sb.Append($"{field}: want «{expected}» got «{actual}»; ");
        }
        var year = want.Issued!.DateParts![0][0].ToString(CultureInfo.InvariantCulture);
        Check("locator", wantLocator, gotLocator);
        if (note.Contains(year, StringComparison.Ordinal))
        {
            Check("authors", Families(Named(want.Author, note)), Families(got.Author));
            Check("editors", Families(Named(want.Editor, note)), Families(got.Editor));
            Check("title", want.Title, got.Title);
            Check("container", want.ContainerTitle, got.ContainerTitle);
            Check("place", want.PublisherPlace, got.PublisherPlace);
            Check("publisher", want.Publisher, got.Publisher);
            Check("year", year, got.Issued?.DateParts is [[var y, ..], ..] ? y.ToString(CultureInfo.InvariantCulture) : null);
            Check("volume", want.Volume, got.Volume);
            Check("issue", want.Issue, got.Issue);
            return sb.ToString();
        }
        Check("names", Families(Named(want.Author ?? want.Editor, note)), Families(got.Author is { Count: > 0 } ? got.Author : got.Editor));
        // The short title starts the full one; a note of names and a page alone has none.
        var shortTitle = Loose(got.Title);
        if (!Loose(want.Title).StartsWith(shortTitle, StringComparison.Ordinal)
            || shortTitle.Length == 0 && Loose(note).Contains(Loose(want.Title)[..Math.Min(8, want.Title!.Length)], StringComparison.Ordinal))
            sb.Append($"short title: want «{want.Title}» got «{got.Title}»; ");
        return sb.ToString();
    }

    private static string? Families(List<CslName>? names) => names is { Count: > 0 } ? string.Join("; ", names.Select(n => n.Family)) : null;

    // The names a note gives: a style names the first of four or more and writes "et al." for the others (and an ibid
    // is resolved to such a note).
    private static List<CslName>? Named(List<CslName>? names, string note) =>
        names is { Count: >= 4 } && (note.Contains(" et al.", StringComparison.Ordinal) || note.StartsWith("Ibid", StringComparison.Ordinal)) ? [names[0]] : names;

    // Title case, curly apostrophes and the kind of dash are the style's, not the reader's.
    private static string Loose(string? value) =>
        value is null ? "" : Regex.Replace(value.ToLowerInvariant().Replace('’', '\'').Replace('–', '-'), @"\s+", " ").Trim();

    [GeneratedRegex(@"^(\d+)\. (.*)$", RegexOptions.Multiline)]
    private static partial Regex NoteLine();
}
