namespace Bibliography.Training.Synthesis;

/// <summary>Makes random CSL items of every kind the parser meets, from the built-in vocabularies.</summary>
public sealed class ItemFactory
{
    private readonly Random _random;
    private int _next;

    /// <summary>Creates a factory drawing from <paramref name="random"/> (all randomness of a document flows from it).</summary>
    public ItemFactory(Random random) => _random = random;

    /// <summary>The kinds of item, with how often each is made.</summary>
    private static readonly (string Kind, int Weight)[] Kinds =
    [
        ("book", 20), ("multivolume", 4), ("edition", 4), ("collection", 5), ("translation", 3), ("chapter", 10),
        ("article-journal", 14), ("article-newspaper", 9), ("legislation", 5), ("manuscript", 26),
    ];

    /// <summary>A random item in <paramref name="script"/>.</summary>
    public SynthItem Make(Script script)
    {
        var total = Kinds.Sum(k => k.Weight);
        var roll = _random.Next(total);
        var kind = Kinds.First(k => (roll -= k.Weight) < 0).Kind;
        return Make(script, kind);
    }

    /// <summary>An item of a given kind (book, multivolume, edition, collection, translation, chapter, article-journal, article-newspaper, legislation, manuscript).</summary>
    public SynthItem Make(Script script, string kind)
    {
        var lex = Vocabulary.For(script);
        var id = "item-" + (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (kind)
        {
            case "multivolume":
            {
                var item = Book(id, script, lex);
                item.Add("volume", Labels.Volume, Number(1, 12));
                if (Chance(0.5)) item.Add("number-of-volumes", Labels.Volume, Number(2, 15));
                return item;
            }
            case "edition":
            {
                var item = Book(id, script, lex);
                item.Add("edition", Labels.Edition, Edition(script));
                return item;
            }
            case "collection":
            {
                var item = new SynthItem(id, "book", script);
                Title(item, lex, lex.Collections);
                item.Names.Add((Chance(0.5) ? "compiler" : "editor", Person(lex)));
                if (Chance(0.4)) item.Names.Add(("editor", Person(lex)));
                Imprint(item, lex);
                return item;
            }
            case "translation":
            {
                var item = Book(id, script, lex);
                item.Names.Add(("translator", Person(lex)));
                return item;
            }
            case "chapter":
            {
                var item = new SynthItem(id, "chapter", script);
                Authors(item, lex);
                Title(item, lex, lex.Topics);
                item.Add("container-title", Labels.Container, Pick(lex.Collections));
                item.Names.Add((Chance(0.7) ? "editor" : "compiler", Person(lex)));
                Imprint(item, lex);
                Pages(item);
                return item;
            }
            case "article-journal":
            {
                var item = new SynthItem(id, "article-journal", script);
                Authors(item, lex);
                Title(item, lex, lex.Topics);
                item.Add("container-title", Labels.Container, Pick(lex.Journals));
                if (Chance(0.6)) item.Add("volume", Labels.Volume, Number(1, 80));
                if (Chance(0.8)) item.Add("issue", Labels.Issue, Number(1, 12));
                item.Issued = new IssuedDate(Year());
                Pages(item);
                return item;
            }
            case "article-newspaper":
            {
                var item = new SynthItem(id, "article-newspaper", script);
                if (Chance(0.6)) Authors(item, lex, 1);
                Title(item, lex, lex.Topics);
                item.Add("container-title", Labels.Container, Pick(lex.Newspapers));
                item.Issued = new IssuedDate(Year(), 1 + _random.Next(12), 1 + _random.Next(28));
                if (Chance(0.5)) item.Add("issue", Labels.Issue, Number(1, 300));
                if (Chance(0.4)) item.Add("page", Labels.Pages, Number(1, 8));
                return item;
            }
            case "legislation":
            {
                var item = new SynthItem(id, "legislation", script);
                item.Add("title", Labels.Title, Pick(lex.Laws));
                item.Add("container-title", Labels.Container, Pick(lex.Gazettes));
                item.Issued = new IssuedDate(Year());
                item.Add("issue", Labels.Issue, Number(1, 90));
                return item;
            }
            case "manuscript":
                return Manuscript(id, script, lex);
            default:
                return Book(id, script, lex);
        }
    }

    private SynthItem Book(string id, Script script, Lexicon lex)
    {
        var item = new SynthItem(id, "book", script);
        Authors(item, lex);
        Title(item, lex, lex.Topics);
        if (Chance(0.15)) item.Names.Add(("editor", Person(lex)));
        if (Chance(0.08)) item.Names.Add(("compiler", Person(lex)));
        if (Chance(0.12))
        {
            item.Add("collection-title", Labels.Collection, Pick(Vocabulary.Series(script)));
            // The number within the series has no label of its own: it stays unlabelled, like a keyword.
            if (Chance(0.6)) item.Add("collection-number", "", Number(1, 40));
        }
        Imprint(item, lex);
        return item;
    }

    private SynthItem Manuscript(string id, Script script, Lexicon lex)
    {
        var item = new SynthItem(id, "manuscript", script);
        // Georgian and Azerbaijani archives are cited in Russian and English notes too.
        var archiveLex = Chance(0.2) ? Vocabulary.For(Pick(new[] { Script.Russian, Script.Azerbaijani, Script.Georgian, Script.Transliterated })) : lex;
        item.Archive = Pick(archiveLex.Archives);
        if (Chance(0.45)) item.Add("title", Labels.Title, Pick(lex.FileTitles));
        if (Chance(0.15)) Authors(item, lex, 1);
        if (Chance(0.3)) item.Issued = new IssuedDate(Year());
        var spelling = Pick(ShelfSpelling.For(script == Script.Georgian && Chance(0.5) ? Script.Russian : script));
        item.Shelf = Shelf(spelling, Chance(0.35));
        return item;
    }

    /// <summary>A shelf mark in <paramref name="spelling"/>; with <paramref name="withFolio"/> the cited folio is part of it.</summary>
    public ShelfMark Shelf(ShelfSpelling spelling, bool withFolio)
    {
        var levels = new List<ShelfLevel>();
        var cyrillic = spelling.Fond is "Ф." or "ф." or "фонд";
        levels.Add(new ShelfLevel(Labels.Fond, spelling.Fond, FondValue(cyrillic)));
        if (Chance(0.93)) levels.Add(new ShelfLevel(Labels.Opis, spelling.Opis, OpisValue(cyrillic)));
        levels.Add(new ShelfLevel(Labels.Delo, spelling.Delo, DeloValue(cyrillic)));
        if (withFolio)
        {
            var (value, plural) = Folio(spelling);
            levels.Add(new ShelfLevel(Labels.Locator, plural ? spelling.Folios : spelling.Folio, value));
        }
        return new ShelfMark(levels, spelling.Separator);
    }

    /// <summary>A folio value in <paramref name="spelling"/> (with its verso mark), and whether it is a range.</summary>
    public (string Value, bool Plural) Folio(ShelfSpelling spelling)
    {
        var first = 1 + _random.Next(320);
        var verso = Chance(0.25) ? spelling.Verso : "";
        if (Chance(0.3))
        {
            var last = first + 1 + _random.Next(12);
            return ($"{first}{verso}–{last}", true);
        }
        return ($"{first}{verso}", false);
    }

    private string FondValue(bool cyrillic) => _random.Next(6) switch
    {
        0 => (cyrillic ? "Р-" : "R-") + Number(1, 9999),
        1 => Number(1, 99) + (cyrillic ? "-п" : "-p"),
        _ => Number(1, 1999),
    };

    private string OpisValue(bool cyrillic) => _random.Next(10) switch
    {
        0 => Pick(new[] { "I", "II", "IV" }) + (cyrillic ? " «б»" : " \"b\""),
        1 => Number(1, 9) + (cyrillic ? "с" : "s"),
        _ => Number(1, 40),
    };

    private string DeloValue(bool cyrillic) => _random.Next(8) switch
    {
        0 => Number(1, 999) + (cyrillic ? "а" : "a"),
        _ => Number(1, 2500),
    };

    private void Title(SynthItem item, Lexicon lex, string[] heads)
    {
        var head = Pick(heads);
        var title = Chance(0.35) ? head + ": " + Pick(lex.Subtitles) : head;
        item.Add("title", Labels.Title, title);
        // Given explicitly, so no style derives a short title by cutting the marked title.
        item.Add("title-short", Labels.Title, head.Split(' ').Length > 3 ? string.Join(' ', head.Split(' ').Take(2)) : head);
    }

    private void Authors(SynthItem item, Lexicon lex, int? count = null)
    {
        var n = count ?? (Chance(0.75) ? 1 : Chance(0.7) ? 2 : 3 + _random.Next(3));
        for (var i = 0; i < n; i++) item.Names.Add(("author", Person(lex)));
    }

    private void Imprint(SynthItem item, Lexicon lex)
    {
        if (Chance(0.92)) item.Add("publisher-place", Labels.Place, Pick(lex.Places));
        if (Chance(0.75)) item.Add("publisher", Labels.Publisher, Pick(lex.Publishers));
        item.Issued = new IssuedDate(Year());
    }

    private string Edition(Script script) => _random.Next(3) switch
    {
        0 => Number(2, 9),
        _ => script switch
        {
            Script.Russian => Number(2, 9) + "-е изд., " + Pick(new[] { "доп.", "испр.", "доп. и испр.", "перераб." }),
            Script.Azerbaijani => Number(2, 5) + "-ci nəşr",
            _ => Pick(new[] { "2nd ed.", "3rd ed.", "rev. ed.", "2nd rev. ed." }),
        },
    };

    private PersonName Person(Lexicon lex) => new(Pick(lex.Families), Pick(lex.Givens));

    private string PageRange()
    {
        var first = 1 + _random.Next(400);
        return $"{first}–{first + 1 + _random.Next(40)}";
    }

    private void Pages(SynthItem item) => item.Add("page", Labels.Pages, PageRange());

    private int Year() => 1880 + _random.Next(145);

    private string Number(int min, int max) => _random.Next(min, max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
