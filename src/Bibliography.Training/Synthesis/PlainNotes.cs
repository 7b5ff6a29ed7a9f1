using System.Globalization;

namespace Bibliography.Training.Synthesis;

/// <summary>
/// Citations written without a CSL style, as historians write them by hand: archival shelf marks in GOST, Azerbaijani
/// and English conventions, legal gazettes, newspapers, and ibid with a new locator. Most styles render these poorly.
/// </summary>
public sealed class PlainNotes
{
    private readonly Random _random;

    /// <summary>Creates a writer drawing from <paramref name="random"/>.</summary>
    public PlainNotes(Random random) => _random = random;

    /// <summary>The convention a plain note in <paramref name="locale"/> is written in, named after the language of the note.</summary>
    public static string ConventionName(string locale) => "plain-" + locale.Split('-')[0];

    /// <summary>True when a plain note can be written for <paramref name="item"/> in <paramref name="locale"/>: archival files, gazettes and newspapers in every language, books and articles in Russian and Azerbaijani ones (GOST and its Azerbaijani form, which no official style follows).</summary>
    public static bool CanWrite(SynthItem item, string locale) =>
        item.IsArchival || item.Type is "legislation" or "article-newspaper"
        || item.Type is "book" or "chapter" or "article-journal" && !locale.StartsWith("en", StringComparison.Ordinal);

    /// <summary>Appends the citation of <paramref name="item"/> as citation <paramref name="citation"/> of the note, without its closing period; <paramref name="again"/> when the note is not the source's first, so a short form may be used.</summary>
    public void Write(NoteBuilder note, SynthItem item, int citation, string locale, bool again = false)
    {
        var gost = locale.StartsWith("ru", StringComparison.Ordinal) || locale.StartsWith("uk", StringComparison.Ordinal);
        var az = locale.StartsWith("az", StringComparison.Ordinal);
        if (item.IsArchival) Archival(note, item, citation, gost, az);
        else if (item.Type == "legislation") Gazette(note, item, citation, gost, az);
        else if (item.Type == "article-newspaper") Newspaper(note, item, citation, gost, az);
        else Publication(note, item, citation, gost, again);
    }

    // GOST R 7.0.5 and the Azerbaijani notes modelled on it: Иванов И. И. Название / сост. …; под ред. … 2-е изд. М.: Наука, 1985. Т. 2. С. 112.
    private void Publication(NoteBuilder note, SynthItem item, int citation, bool gost, bool again)
    {
        var authors = item.Names.Where(n => n.Role == "author").Select(n => n.Name).ToList();
        var dash = Chance(0.25) ? (gost ? " – " : ".- ") : null;
        // A separator opening with a period loses it after a value that ends with one (изд., доп.).
        string Sep(string plain)
        {
            var sep = dash is null ? plain : gost ? "." + dash : dash;
            return note.Text.EndsWith('.') && sep.StartsWith('.') ? sep[1..] : sep;
        }
        var initialsFirst = Chance(0.25);
        for (var i = 0; i < authors.Count && i < 3; i++)
        {
            if (i > 0) note.Add(", ");
            note.Add(Person(authors[i], initialsFirst), Labels.Author, citation);
        }
        if (authors.Count > 0) note.Add(initialsFirst ? ". " : " ");
        var page = Number(1, 600);
        if (again && authors.Count > 0 && Chance(0.5))
        {
            // Указ. соч. / Göst. əsəri: the author's earlier work.
            note.Add(gost ? "Указ. соч. С. " : "Göst. əsəri, s. ").Add(page, Labels.Locator, citation);
            return;
        }
        note.Add(item.Get("title")!, Labels.Title, citation);
        var responsibility = item.Names.Where(n => n.Role is "editor" or "compiler" or "translator").ToList();
        for (var i = 0; i < responsibility.Count; i++)
        {
            var (role, name) = responsibility[i];
            note.Add(i == 0 ? " / " : "; ");
            note.Add(role switch
            {
                "editor" => gost ? "под ред. " : "red. ",
                "compiler" => gost ? "сост. " : "tərt. ",
                _ => gost ? "пер. " : "tərc. ",
            });
            note.Add(Person(name, true), role, citation);
        }
        if (item.Type is "chapter" or "article-journal")
        {
            note.Add(" // ").Add(item.Get("container-title")!, Labels.Container, citation);
            if (item.Type == "article-journal")
            {
                note.Add(Sep(". ")).Add(Year(item), Labels.Date, citation);
                if (item.Get("volume") is { } v) note.Add(Sep(". ") + (gost ? "Т. " : "C. ")).Add(v, Labels.Volume, citation);
                if (item.Get("issue") is { } n) note.Add(Sep(". ") + "№ ").Add(n, Labels.Issue, citation);
                note.Add(Sep(". ") + (gost ? "С. " : "S. ")).Add(page, Labels.Locator, citation);
                return;
            }
        }
        if (item.Get("volume") is { } volume) note.Add(Sep(". ") + (gost ? "Т. " : "C. ")).Add(volume, Labels.Volume, citation);
        if (item.Get("edition") is { } edition)
        {
            note.Add(Sep(". "));
            if (int.TryParse(edition, out _)) note.Add(edition, Labels.Edition, citation).Add(gost ? "-е изд." : "-ci nəşr");
            else note.Add(edition, Labels.Edition, citation);
        }
        note.Add(Sep(". "));
        if (item.Get("publisher-place") is { } place)
        {
            note.Add(place, Labels.Place, citation);
            if (item.Get("publisher") is { } publisher) note.Add(": ").Add(publisher, Labels.Publisher, citation);
            note.Add(", ");
        }
        note.Add(Year(item), Labels.Date, citation);
        note.Add(Sep(gost ? ". " : ", ") + (gost ? "С. " : "s. ")).Add(page, Labels.Locator, citation);
    }

    private static string Year(SynthItem item) => item.Issued!.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A name as GOST prints it: Иванов И. И., or И. И. Иванов.</summary>
    private string Person(PersonName name, bool initialsFirst)
    {
        var tight = Chance(0.3);
        var initials = string.Join(tight ? "" : " ", name.Given.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(t => t.TrimEnd('.').Length <= 2 ? t.TrimEnd('.') + "." : t[..1] + "."));
        return initialsFirst ? initials + " " + name.Family : name.Family + " " + initials;
    }

    private void Archival(NoteBuilder note, SynthItem item, int citation, bool gost, bool az)
    {
        var shelf = item.Shelf!;
        var (name, abbreviation) = item.Archive!.Value;
        var title = item.Get("title");
        if (title is not null && Chance(0.5))
        {
            note.Add(title, Labels.Title, citation);
            note.Add(gost ? " // " : ", ");
        }
        var fullFirst = name.Length > 0 && (abbreviation.Length == 0 || Chance(0.25));
        if (fullFirst)
        {
            note.Add(name, Labels.Archive, citation);
            if (abbreviation.Length > 0)
            {
                note.Add(" (");
                note.Add(abbreviation, Labels.Archive, citation);
                note.Add(")");
            }
        }
        else if (Renamed.FirstOrDefault(r => r.Old == abbreviation || r.Now == abbreviation) is { Old: not null } renamed && Chance(0.5))
        {
            // РЦХИДНИ (ныне РГАСПИ): the archive under its old name, with today's.
            note.Add(renamed.Old, Labels.Archive, citation).Add(gost ? " (ныне " : az ? " (indiki " : " (now ").Add(renamed.Now, Labels.Archive, citation).Add(")");
        }
        else note.Add(abbreviation, Labels.Archive, citation);
        note.Add(gost ? Pick(". ", ": ") : Pick(", ", ", ", " "));
        Levels(note, shelf, citation, gost && shelf.Separator == ". ");
        if (!shelf.Levels.Any(l => l.Label == Labels.Locator))
        {
            var spelling = Spelling(shelf);
            var (folio, plural) = new ItemFactory(_random).Folio(spelling);
            note.Add(shelf.Separator);
            note.Add((plural ? spelling.Folios : spelling.Folio) + " ");
            note.Add(folio, Labels.Locator, citation);
        }
    }

    /// <summary>Archives renamed since Soviet times, as notes give both names: old, now.</summary>
    private static readonly (string Old, string Now)[] Renamed =
        [("РЦХИДНИ", "РГАСПИ"), ("ЦГАОР СССР", "ГАРФ"), ("ЦПА ИМЛ", "РГАСПИ"), ("RTsKhIDNI", "RGASPI"), ("TsGAOR", "GARF"), ("ЦГВИА", "РГВИА")];

    /// <summary>Writes the levels of a shelf mark, the first capitalised when it opens a sentence.</summary>
    private static void Levels(NoteBuilder note, ShelfMark shelf, int citation, bool capitalise)
    {
        for (var i = 0; i < shelf.Levels.Count; i++)
        {
            var level = shelf.Levels[i];
            if (i > 0) note.Add(shelf.Separator);
            var keyword = i == 0 && capitalise && level.Keyword.Length > 0 ? char.ToUpperInvariant(level.Keyword[0]) + level.Keyword[1..] : level.Keyword;
            note.Add(keyword + " ");
            note.Add(level.Value, level.Label, citation);
        }
    }

    // The spelling a shelf mark was written in, found from its fond keyword (the folio keyword of a plain note must match it).
    private ShelfSpelling Spelling(ShelfMark shelf)
    {
        var all = ShelfSpelling.Russian.Concat(ShelfSpelling.Azerbaijani).Concat(ShelfSpelling.English).ToList();
        var keywords = shelf.Levels.Select(l => l.Keyword).ToList();
        var fitting = all.Where(s => keywords.Contains(s.Fond) && keywords.Contains(s.Delo)).ToList();
        return fitting.Count > 0 ? fitting[_random.Next(fitting.Count)] : all[0];
    }

    /// <summary>An ibid note of <paramref name="item"/>: the phrase, then a new locator or a changed archival level.</summary>
    public void Ibid(NoteBuilder note, SynthItem item, int citation, string locale)
    {
        var phrases = Phrases.For(locale);
        var gost = phrases == Phrases.Russian;
        note.Add(Pick(phrases.Ibid), Labels.Ibid, citation);
        if (item.IsArchival)
        {
            var shelf = item.Shelf!;
            var spelling = Spelling(shelf);
            note.Add(gost ? ". " : ", ");
            if (Chance(0.3))
            {
                var delo = shelf.Levels.First(l => l.Label == Labels.Delo);
                note.Add(Capital(delo.Keyword, gost) + " ");
                note.Add(new ItemFactory(_random).Shelf(spelling, false).Levels.First(l => l.Label == Labels.Delo).Value, Labels.Delo, citation);
                note.Add(gost ? ". " : ", ");
                var (f, p) = new ItemFactory(_random).Folio(spelling);
                note.Add((p ? spelling.Folios : spelling.Folio) + " ");
                note.Add(f, Labels.Locator, citation);
            }
            else
            {
                var (f, p) = new ItemFactory(_random).Folio(spelling);
                note.Add(Capital(p ? spelling.Folios : spelling.Folio, gost) + " ");
                note.Add(f, Labels.Locator, citation);
            }
        }
        else
        {
            note.Add(gost ? ". " : ", ");
            if (gost || Chance(0.4)) note.Add(phrases.Page + " ");
            note.Add(Number(1, 600), Labels.Locator, citation);
        }
        End(note, locale);
    }

    private static string Capital(string keyword, bool capital) => capital ? char.ToUpperInvariant(keyword[0]) + keyword[1..] : keyword;

    private void Gazette(NoteBuilder note, SynthItem item, int citation, bool gost, bool az)
    {
        var year = item.Issued!.Year.ToString(CultureInfo.InvariantCulture);
        if (Chance(0.5))
        {
            note.Add(item.Get("title")!, Labels.Title, citation);
            note.Add(gost ? " // " : az ? " // " : ", ");
        }
        note.Add(item.Get("container-title")!, Labels.Container, citation);
        var article = Number(1, 600);
        if (gost || az)
        {
            note.Add(". ").Add(year, Labels.Date, citation).Add(". № ").Add(item.Get("issue")!, Labels.Issue, citation);
            note.Add(gost ? ". Ст. " : ". Mad. ").Add(article, Labels.Locator, citation);
        }
        else
        {
            note.Add(", ").Add(year, Labels.Date, citation).Add(", no. ").Add(item.Get("issue")!, Labels.Issue, citation);
            note.Add(", art. ").Add(article, Labels.Locator, citation);
        }
    }

    private void Newspaper(NoteBuilder note, SynthItem item, int citation, bool gost, bool az)
    {
        var date = item.Issued!;
        var phrases = gost ? Phrases.Russian : az ? Phrases.Azerbaijani : Phrases.English;
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        var dayMonth = $"{date.Day} {phrases.Months[date.Month!.Value - 1]}";
        var page = item.Get("page");
        if (az)
        {
            // Şərq.- 2018.- 28 mart.- № 53.- S. 5
            note.Add(item.Get("container-title")!, Labels.Container, citation).Add(".- ").Add(year + ".- " + dayMonth, Labels.Date, citation);
            if (item.Get("issue") is { } n) note.Add(".- № ").Add(n, Labels.Issue, citation);
            if (page is not null) note.Add(".- S. ").Add(page, Labels.Pages, citation);
            return;
        }
        if (gost)
        {
            if (Chance(0.5))
            {
                // Правда. 1923. 2 окт.
                note.Add(item.Get("container-title")!, Labels.Container, citation).Add(". ").Add(year + ". " + dayMonth, Labels.Date, citation);
                if (item.Get("issue") is { } n) note.Add(". № ").Add(n, Labels.Issue, citation);
                if (page is not null) note.Add(". С. ").Add(page, Labels.Pages, citation);
            }
            else
            {
                // газета «Коммунист», 15 декабря 1920 г., с. 4
                note.Add(Pick("газета «", "газ. «", "«")).Add(item.Get("container-title")!, Labels.Container, citation).Add("», ");
                note.Add(dayMonth + " " + year, Labels.Date, citation).Add(" г.");
                if (page is not null) note.Add(", с. ").Add(page, Labels.Pages, citation);
            }
            return;
        }
        note.Add(item.Get("container-title")!, Labels.Container, citation).Add(", ").Add($"{phrases.Months[date.Month!.Value - 1]} {date.Day}, {year}", Labels.Date, citation);
        if (page is not null) note.Add(", p. ").Add(page, Labels.Pages, citation);
    }

    /// <summary>Ends a plain note with a period unless it ends with one, as most writers do (some leave it out).</summary>
    public void End(NoteBuilder note, string locale)
    {
        if (note.Text.EndsWith('.')) return;
        if (locale.StartsWith("ru", StringComparison.Ordinal) || Chance(0.7)) note.Add(".");
    }

    private string Number(int min, int max) => _random.Next(min, max + 1).ToString(CultureInfo.InvariantCulture);

    private bool Chance(double p) => _random.NextDouble() < p;

    private string Pick(params string[] items) => items[_random.Next(items.Length)];
}
