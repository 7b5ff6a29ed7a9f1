using Bibliography.Model;
using Bibliography.Parsing;
using Bibliography.Parsing.Labelling;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Labelling;

/// <summary>
/// The token sequence labeller (issue #18): training a tiny model on hand-labelled lines, the committed model, decoding
/// labelled spans into the parser's citation types, and the bound on labelling time.
/// </summary>
public sealed class LabellerTests
{
    private static string Folder => Path.Combine(TestPaths.RepoRoot, "tests", "Bibliography.Tests", "Labelling");
    private static string LibraryFolder => Path.Combine(TestPaths.RepoRoot, "src", "Bibliography", "Parsing", "Labelling");

    private static readonly IReadOnlyList<LabelledNote> Fixtures = LabelledNote.ReadLines(Path.Combine(Folder, "fixtures.jsonl")).ToList();

    // Held out of the tiny model's training: each has a twin of the same form among the lines trained on.
    private static readonly string[] HeldOut =
    [
        "RGIA, f. 1284, op. 194, d. 73, ll. 10–11.",
        "Ibid., p. 12.",
        "ARDTA, fond 45, siyahı 3, iş 112, vərəq 7.",
        // Not a GOST book: from 36 lines a tiny model cannot settle whether "Л." is Leningrad or a folio keyword, and
        // flips with any change to the dictionaries; the committed model, trained on 22,000 notes, is measured on the
        // evaluation set instead.
    ];

    private static (LabellerModel Model, TrainingReport Report) TrainTiny() =>
        LabellerTrainer.Train(Fixtures.Where(n => !HeldOut.Contains(n.Text)).ToList(), epochs: 10, seed: 7);

    [Fact]
    public void A_tiny_model_trained_in_seconds_labels_held_out_lines_right()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (model, report) = TrainTiny();
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
        report.Sequences.ShouldBe(Fixtures.Count - HeldOut.Length);
        report.TokenAccuracy.ShouldBeGreaterThan(0.9);
        foreach (var text in HeldOut)
        {
            var expected = Fixtures.Single(n => n.Text == text).Spans.Select(s => (s.Start, s.End, s.Label)).ToList();
            var actual = Labeller.Label(text, 0, text.Length, model)!.Select(s => (s.Start, s.End, s.Label)).ToList();
            actual.ShouldBe(expected, text);
        }
    }

    [Fact]
    public void Training_is_deterministic_from_its_seed()
    {
        byte[] Bytes()
        {
            using var stream = new MemoryStream();
            TrainTiny().Model.Write(stream);
            return stream.ToArray();
        }
        Bytes().ShouldBe(Bytes());
    }

    [Fact]
    public void A_written_model_reads_back_and_labels_as_before()
    {
        var (model, _) = TrainTiny();
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        var read = LabellerModel.Read(stream);
        read.FeatureCount.ShouldBe(model.FeatureCount);
        foreach (var note in Fixtures)
            Labeller.Label(note.Text, 0, note.Text.Length, read).ShouldBe(Labeller.Label(note.Text, 0, note.Text.Length, model), note.Text);
    }

    [Fact]
    public void A_file_that_is_no_model_is_refused_with_a_typed_error()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        using (var w = new BinaryWriter(gzip)) w.Write("something else");
        stream.Position = 0;
        Should.Throw<InvalidDataException>(() => LabellerModel.Read(stream));
    }

    [Fact]
    public void The_committed_model_loads_and_its_manifest_describes_it()
    {
        var model = Labeller.Model;
        model.TagCount.ShouldBe(Tags.Count);
        model.FeatureCount.ShouldBeGreaterThan(0);
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(LibraryFolder, LabellerFiles.ManifestFile)));
        var size = new FileInfo(Path.Combine(LibraryFolder, LabellerFiles.ModelFile)).Length;
        ((long)manifest["sizeBytes"]!).ShouldBe(size);
        size.ShouldBeLessThan(3L * 1024 * 1024);
        ((int)manifest["features"]!).ShouldBe(model.FeatureCount);
        ((int)manifest["weights"]!).ShouldBe(model.WeightCount);
        manifest["labels"]!.Select(l => (string)l!).ShouldBe(Tags.Labels);
        ((int)manifest["sequences"]!).ShouldBeGreaterThan(0);
    }

    /// <summary>The one command that retrains the committed model, as the manifest's failure messages give it.</summary>
    private const string RetrainCommand =
        "dotnet run --project src/Bibliography.Training -c Release -- train --data /work/wt/synth-out/train.jsonl --epochs 8 --seed 18";

    [Fact]
    public void The_committed_model_was_trained_against_the_lexicon_the_features_read_now()
    {
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(LibraryFolder, LabellerFiles.ManifestFile)));
        var recorded = (string?)manifest["lexicon"];
        recorded.ShouldBe(Lexicon.Fingerprint,
            "the dictionaries the labeller's features read (Vocabulary.cs, Conventions.cs, archives.json, the archival level " +
            "patterns, Lexicon.cs) changed since the committed model was trained, so it reads worse than it was measured to; " +
            "retrain it (a few minutes) and commit labeller.model and labeller.manifest.json: " + RetrainCommand);
    }

    [Theory]
    [InlineData("Smith, 1990 Empire Nation, 12.", "Smith, Alpha Empire Nation, 12.")] // a year before it
    [InlineData("Smith, Alpha Empire Nation, 12.", "Smith. Alpha Empire Nation, 12.")] // one comma before it, or two
    [InlineData("Petrov, Mir, т. Empire Nation, 12.", "Petrov, Mir, u. Empire Nation, 12.")] // a volume keyword before it
    public void A_words_features_say_where_it_stands_in_its_citation_not_only_what_it_is(string first, string second)
    {
        // The page, its neighbours the same, after another count of commas, a keyword or a year: told apart, as a title,
        // a place or a page of an unseen work is read by where it stands in the citation, not by having seen its words.
        static HashSet<ulong> LastButOne(string text)
        {
            var features = new Features();
            features.Extract(text, 0, text.Length, LabellerTrainer.MaxTokens).ShouldBeTrue();
            return features.Of(features.Tokens.Count - 2).ToArray().ToHashSet();
        }
        LastButOne(first).SetEquals(LastButOne(second)).ShouldBeFalse();
        LastButOne(first).SetEquals(LastButOne(first)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Smith, Empire (London, 1990), 12.", "Smith, Empire, London, 12.")] // a year and a bracket ahead
    [InlineData("Smith, Empire // Nation. 12.", "Smith, Empire. Nation. 12.")] // "//" ahead
    [InlineData("Smith, Empire Nation, Press, 12.", "Smith, Empire Nation, 12.")] // commas ahead
    public void A_words_features_say_what_lies_ahead_in_its_citation(string first, string second)
    {
        // The first token's neighbours within two are the same; only what lies further ahead differs.
        static HashSet<ulong> Of(string text, int token)
        {
            var features = new Features();
            features.Extract(text, 0, text.Length, LabellerTrainer.MaxTokens).ShouldBeTrue();
            return features.Of(token).ToArray().ToHashSet();
        }
        Of(first, 0).SetEquals(Of(second, 0)).ShouldBeFalse();
        Of(first, 0).SetEquals(Of(first, 0)).ShouldBeTrue();
    }

    [Fact]
    public void The_lexicon_fingerprint_is_stable_and_covers_every_dictionary_the_features_read()
    {
        Lexicon.Fingerprint.ShouldMatch("^[0-9a-f]{64}$");
        var lines = Lexicon.Description().Split('\n').ToHashSet();
        lines.ShouldContain(l => l.StartsWith(Vocabulary.IbidPhrases[0].Phrase + "\t"));
        lines.ShouldContain(l => l.StartsWith(Vocabulary.RoleWords[0].Word + "\t"));
        lines.ShouldContain(l => l.StartsWith(Conventions.CommentaryPrefixes[0].TrimEnd(',') + "\t"));
        lines.ShouldContain(Conventions.AbbreviatedPlaces.First());
        lines.ShouldContain(Conventions.MonthPattern);
        lines.ShouldContain(Conventions.CollectionWords.Keys.First());
        lines.ShouldContain(Conventions.NonTerminalAbbreviations.First());
        lines.ShouldContain(Conventions.PageKeyword);
        lines.ShouldContain(Conventions.FolioKeyword);
        lines.ShouldContain(ArchiveRegistry.Default.Archives[^1].Names.Values.First());
        lines.ShouldContain(ArchivalReader.LevelPatterns[^1]);
        lines.ShouldContain("[feature templates]");
        // A model written now records the fingerprint of now.
        var (model, report) = TrainTiny();
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            LabellerFiles.Write(folder, model, report, Fixtures, new Dictionary<string, string?> { ["file"] = "fixtures.jsonl" });
            ((string?)JObject.Parse(File.ReadAllText(Path.Combine(folder, LabellerFiles.ManifestFile)))["lexicon"]).ShouldBe(Lexicon.Fingerprint);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void A_bad_line_of_training_data_is_an_error_naming_its_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["{\"text\":\"abc\",\"spans\":[]}", "{\"text\":\"abc\",\"spans\":[{\"start\":0,\"end\":9,\"label\":\"title\",\"citation\":0}]}"]);
            Should.Throw<InvalidDataException>(() => LabelledNote.ReadLines(path).ToList()).Message.ShouldStartWith(path + ":2:");
        }
        finally { File.Delete(path); }
    }

    private static List<LabelledSpan> Spans(string text, params (string Value, string Label, int Citation)[] parts)
    {
        var spans = new List<LabelledSpan>();
        var from = 0;
        foreach (var (value, label, citation) in parts)
        {
            var at = text.IndexOf(value, from, StringComparison.Ordinal);
            at.ShouldBeGreaterThanOrEqualTo(0, value);
            spans.Add(new LabelledSpan(at, at + value.Length, label, citation));
            from = at + value.Length;
        }
        return spans;
    }

    private static ParsedCitation Decode(string text, params (string, string, int)[] parts)
    {
        var spans = Spans(text, parts);
        return SpanDecoder.Build(text, 0, text.Length, spans, 0, spans.Count)!;
    }

    [Fact]
    public void Archival_spans_become_an_archival_citation_with_its_levels_keywords_and_folio()
    {
        var c = Decode("РГАСПИ. Ф. 558. Оп. 11. Д. 1120. Л. 5 об.",
            ("РГАСПИ", "archive", 0), ("558", "fond", 0), ("11", "opis", 0), ("1120", "delo", 0), ("5 об.", "locator", 0)).ShouldBeOfType<ArchivalCitation>();
        c.ArchiveShort!.Value.ShouldBe("РГАСПИ");
        c.Levels.Select(l => (l.Level, l.Keyword, l.Value)).ShouldBe([
            (ArchivalLevelKind.Fond, "Ф.", "558"), (ArchivalLevelKind.Opis, "Оп.", "11"), (ArchivalLevelKind.Delo, "Д.", "1120")]);
        c.ShelfMark.ShouldBe("Ф. 558. Оп. 11. Д. 1120");
        c.Locator!.Value.ShouldBe("5v");
        c.Locator.Label.ShouldBe(LocatorLabels.Folio);
        c.Locator.Keyword.ShouldBe("Л.");
    }

    [Fact]
    public void Ibid_spans_become_an_ibid_with_its_locator()
    {
        var c = Decode("Ibid., 156 (emphasis in the original).", ("Ibid.", "ibid", 0), ("156", "locator", 0), ("(emphasis in the original)", "prose", 0))
            .ShouldBeOfType<IbidCitation>();
        c.Phrase.ShouldBe("Ibid.");
        c.Locator!.Value.ShouldBe("156");
    }

    [Fact]
    public void A_container_with_a_day_and_month_becomes_a_newspaper()
    {
        var c = Decode("газета «Коммунист», 15 декабря 1920 г., с. 4.", ("Коммунист", "container", 0), ("15 декабря 1920 г.", "date", 0), ("4", "locator", 0))
            .ShouldBeOfType<NewspaperCitation>();
        c.Title.Value.ShouldBe("Коммунист");
        c.Date.ShouldBe(CslDate.FromParts(1920, 12, 15));
        c.Locator!.Keyword.ShouldBe("с.");
    }

    [Fact]
    public void Publication_spans_become_books_articles_and_chapters_with_their_names()
    {
        var book = Decode("A. B. Ivanov, Istoriia Zakavkaz'ia (Moscow: Nauka, 1985), 112–14.",
            ("A. B. Ivanov", "author", 0), ("Istoriia Zakavkaz'ia", "title", 0), ("Moscow", "place", 0), ("Nauka", "publisher", 0), ("1985", "date", 0), ("112–14", "locator", 0))
            .ShouldBeOfType<PublicationCitation>();
        book.Kind.ShouldBe(PublicationKind.Book);
        book.Authors.Single().Family.ShouldBe("Ivanov");
        (book.Title!.Value, book.Place!.Value, book.Publisher!.Value, book.Year!.Value).ShouldBe(("Istoriia Zakavkaz'ia", "Moscow", "Nauka", "1985"));
        book.Locator!.Value.ShouldBe("112-14");

        var article = Decode("Орлов Д. Е. Нефть и власть // Вопросы истории. 1990. № 8. С. 73.",
            ("Орлов Д. Е.", "author", 0), ("Нефть и власть", "title", 0), ("Вопросы истории", "container", 0), ("1990", "date", 0), ("8", "issue", 0), ("73", "locator", 0))
            .ShouldBeOfType<PublicationCitation>();
        article.Kind.ShouldBe(PublicationKind.Article);
        article.Authors.Single().Family.ShouldBe("Орлов");
        article.Issue!.Value.ShouldBe("8");

        var chapter = Decode("Pavel Smirnov, \"Land,\" in Peasants, ed. M. Orlov (Oxford: Clarendon Press, 1999), 45.",
            ("Pavel Smirnov", "author", 0), ("Land", "title", 0), ("Peasants", "container", 0), ("M. Orlov", "editor", 0), ("Oxford", "place", 0),
            ("Clarendon Press", "publisher", 0), ("1999", "date", 0), ("45", "locator", 0))
            .ShouldBeOfType<PublicationCitation>();
        chapter.Kind.ShouldBe(PublicationKind.Chapter);
        (chapter.Authors.Single().Family, chapter.Authors.Single().Given).ShouldBe(("Smirnov", "Pavel"));
        chapter.Editors.Single().Family.ShouldBe("Orlov");
    }

    [Theory]
    [InlineData("Robert Kingsley, Comrades (London, 2007), 220.", "Robert Kingsley", "Comrades")]
    [InlineData("Petrenko, Nakhichevan, 12.", "Petrenko", "Nakhichevan")]
    [InlineData("Tamar Beridze, Operation Rollback (New York, 2000), 2.", "Tamar Beridze", "Operation Rollback")]
    [InlineData("Гусейнов, Бакинская нефть, с. 12.", "Гусейнов", "Бакинская нефть")]
    public void A_short_title_the_model_took_for_a_second_author_is_the_title(string text, string name, string title)
    {
        var rest = text[(text.IndexOf(title, StringComparison.Ordinal) + title.Length)..];
        var number = new string(rest.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).ToArray());
        var c = Decode(text, (name, "author", 0), (title, "author", 0), (number, "locator", 0)).ShouldBeOfType<PublicationCitation>();
        c.Title!.Value.ShouldBe(title);
        c.Authors.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("ბერიძე თ. ქართული ხელნაწერები. თბ., 1975. გვ. 12.", "ბერიძე თ.", "ბერიძე")]
    [InlineData("წერეთელი ა.ბ. ქართული ხელნაწერები. თბ., 1975. გვ. 12.", "წერეთელი ა.ბ.", "წერეთელი")]
    [InlineData("Orbeliani Sh. M. Memuary. Tbilisi, 1975. P. 12.", "Orbeliani Sh. M.", "Orbeliani")]
    public void A_name_written_family_first_with_initials_after_it_has_that_family_name_in_any_script(string text, string name, string family)
    {
        var title = text[(name.Length + 1)..text.IndexOf('.', name.Length + 1)];
        var c = Decode(text, (name, "author", 0), (title, "title", 0), ("1975", "date", 0)).ShouldBeOfType<PublicationCitation>();
        c.Authors.Single().Family.ShouldBe(family);
    }

    [Fact]
    public void An_author_repeated_after_the_title_is_one_author()
    {
        var c = Decode("Əliyeva, S. Kənd həyatı /Sevda Əliyeva //Azərbaycan.- 1984.- №5.- S.102-107.",
            ("Əliyeva, S.", "author", 0), ("Kənd həyatı", "title", 0), ("Sevda Əliyeva", "author", 0), ("Azərbaycan", "container", 0), ("1984", "date", 0), ("5", "issue", 0), ("102-107", "pages", 0))
            .ShouldBeOfType<PublicationCitation>();
        c.Authors.Single().Family.ShouldBe("Əliyeva");
    }

    // A word of the title (or of a season, a place) the model took for a second author after the title: the citation's
    // author stands before its title. Invented note.
    [Fact]
    public void An_author_after_the_title_of_a_citation_with_its_author_before_it_is_no_author()
    {
        var text = "Mark Hollis, Red Steppe, Grey Dawn, p. 42.";
        var c = Decode(text, ("Mark Hollis", "author", 0), ("Red Steppe", "title", 0), ("Grey Dawn", "author", 0), ("42", "locator", 0))
            .ShouldBeOfType<PublicationCitation>();
        c.Authors.Single().Family.ShouldBe("Hollis");
    }

    // Names joined by "and" share one role: the model gives the role only to the name nearest its word, after the list
    // (", eds", "(eds.)") or before it ("Сост."). Invented notes.
    [Theory]
    [InlineData("A. B. Orlov and V. G. Sidorov (eds.), Baku v dokumentakh (Moscow, 2004), 15.", "A. B. Orlov", "V. G. Sidorov", "Baku v dokumentakh", "editor")]
    [InlineData("Anna Kerr and Paul Dunn, eds, The Caspian Papers (London, 1999), 15.", "Anna Kerr", "Paul Dunn", "The Caspian Papers", "editor")]
    [InlineData("Сост. Орлов А. Б. и Сидоров В. Г. Бакинские документы. М., 2004. С. 15.", "Орлов А. Б.", "Сидоров В. Г.", "Бакинские документы", "compiler")]
    public void Names_joined_by_and_share_the_role_written_beside_them(string text, string first, string second, string title, string role)
    {
        // The model's labels: the role on the name nearest the role's word, the other name an author.
        var roleAfter = role == "editor";
        var c = Decode(text, (first, roleAfter ? "author" : role, 0), (second, roleAfter ? role : "author", 0), (title, "title", 0), ("15", "locator", 0))
            .ShouldBeOfType<PublicationCitation>();
        (roleAfter ? c.Editors : c.Compilers).Count.ShouldBe(2);
        c.Authors.ShouldBeEmpty();
    }

    [Fact]
    public void A_role_the_model_gave_one_name_of_a_list_with_no_role_word_beside_it_is_not_spread()
    {
        var text = "Orlov and Sidorov, Baku v dokumentakh (Moscow, 2004), 15.";
        var c = Decode(text, ("Orlov", "editor", 0), ("Sidorov", "author", 0), ("Baku v dokumentakh", "title", 0), ("15", "locator", 0)).ShouldBeOfType<PublicationCitation>();
        c.Authors.Single().Family.ShouldBe("Sidorov");
    }

    [Theory]
    [InlineData("Иванов И. И., Петров П. П. С. 12.", "Иванов И. И.", "Петров П. П.")] // initials: a name
    [InlineData("Kovalenko and Maniak, 465.", "Kovalenko", "Maniak")] // joined by "and": a list of names
    [InlineData("Kovalenko & Maniak, 465.", "Kovalenko", "Maniak")]
    public void Names_of_a_list_without_a_title_stay_names(string text, string first, string second)
    {
        var c = Decode(text, (first, "author", 0), (second, "author", 0), (text.Contains("465") ? "465" : "12", "locator", 0)).ShouldBeOfType<PublicationCitation>();
        c.Authors.Count.ShouldBe(2);
        c.Title.ShouldBeNull();
    }

    [Fact]
    public void A_title_cut_at_its_own_punctuation_and_a_page_list_cut_at_its_commas_are_joined()
    {
        var c = Decode("Дмитриев А. «Кавказский узел»: новые материалы. М., 2001. С. 90–91, 113, 151.",
            ("Дмитриев А.", "author", 0), ("«Кавказский узел»", "title", 0), ("новые материалы", "title", 0), ("М.", "place", 0), ("2001", "date", 0),
            ("90–91", "locator", 0), ("113", "locator", 0), ("151", "locator", 0)).ShouldBeOfType<PublicationCitation>();
        c.Title!.Value.ShouldBe("«Кавказский узел»: новые материалы");
        c.Locator!.Written.ShouldBe("90–91, 113, 151");

        var english = Decode("Nino Abashidze, Tbilisi Sketches. Part Two (Tbilisi, 1998), 4.",
            ("Nino Abashidze", "author", 0), ("Tbilisi Sketches", "title", 0), ("Part Two", "title", 0), ("Tbilisi", "place", 0), ("1998", "date", 0), ("4", "locator", 0))
            .ShouldBeOfType<PublicationCitation>();
        english.Title!.Value.ShouldBe("Tbilisi Sketches. Part Two");
        var bracket = Decode("Коммунистическая партия Грузии в резолюциях (1920–1940). Тбилиси, 1982. С. 5.",
            ("Коммунистическая партия Грузии в резолюциях (1920–1940", "title", 0), ("Тбилиси", "place", 0), ("1982", "date", 0), ("5", "locator", 0))
            .ShouldBeOfType<PublicationCitation>();
        bracket.Title!.Value.ShouldBe("Коммунистическая партия Грузии в резолюциях (1920–1940)");
        var subtitle = Decode("Anna Kvaratskhelia, The Long Winter: Tbilisi, Baku, and the Oil of 1919 (Oxford, 2011), 17.",
            ("Anna Kvaratskhelia", "author", 0), ("The Long Winter: Tbilisi", "title", 0), ("Baku, and the Oil of 1919", "container", 0), ("Oxford", "place", 0),
            ("2011", "date", 0), ("17", "locator", 0)).ShouldBeOfType<PublicationCitation>();
        (subtitle.Title!.Value, subtitle.ContainerTitle, subtitle.Kind).ShouldBe(("The Long Winter: Tbilisi, Baku, and the Oil of 1919", null, PublicationKind.Book));
        // A container after "in" or a closing quote stays one.
        var chapter = Decode("Anna Kvaratskhelia, \"Oil,\" in Baku, ed. P. Orlov (Oxford, 2011), 17.",
            ("Anna Kvaratskhelia", "author", 0), ("Oil", "title", 0), ("Baku", "container", 0), ("P. Orlov", "editor", 0), ("Oxford", "place", 0))
            .ShouldBeOfType<PublicationCitation>();
        (chapter.Title!.Value, chapter.ContainerTitle!.Value).ShouldBe(("Oil", "Baku"));
        // Two titles with a place between them are two parts, not one title.
        var two = Decode("A. Orlov, Sketches (Baku, 1990), Notes, 4.", ("A. Orlov", "author", 0), ("Sketches", "title", 0), ("Baku", "place", 0), ("Notes", "title", 0))
            .ShouldBeOfType<PublicationCitation>();
        two.Title!.Value.ShouldBe("Sketches");
    }

    [Theory]
    [InlineData("Девятый съезд РКП (б). Март – апрель 1920 г. М., 1934. С. 46.", "Март – апрель 1920 г.", "М.", "1934")]
    [InlineData("V. P. Naumov, Lavrenti Beriia: 1953 (Moscow, 1999), 69.", "1953", "Moscow", "1999")]
    public void A_publications_year_is_its_last_date_not_one_in_its_title(string text, string first, string place, string year)
    {
        var title = text[..text.IndexOf(first, StringComparison.Ordinal)].TrimEnd(' ', '.', ':');
        var c = Decode(text, (title, "title", 0), (first, "date", 0), (place, "place", 0), (year, "date", 0)).ShouldBeOfType<PublicationCitation>();
        c.Year!.Value.ShouldBe(year);
    }

    [Fact]
    public void Spans_of_two_citations_become_two_citations()
    {
        var text = "РГВА. Ф. 25896. Оп. 1. Д. 8. Л. 3; ГАРФ. Ф. Р-393. Оп. 1а. Д. 20. Л. 4.";
        var spans = Spans(text, ("РГВА", "archive", 0), ("25896", "fond", 0), ("1", "opis", 0), ("8", "delo", 0), ("3", "locator", 0),
            ("ГАРФ", "archive", 1), ("Р-393", "fond", 1), ("1а", "opis", 1), ("20", "delo", 1), ("4", "locator", 1));
        var model = TrainTiny().Model;
        // The decoding of a labelled note is what Labeller.Read does with the model's spans; here with the gold ones.
        var first = SpanDecoder.Build(text, 0, spans[5].Start, spans, 0, 5).ShouldBeOfType<ArchivalCitation>();
        var second = SpanDecoder.Build(text, spans[5].Start, text.Length, spans, 5, 10).ShouldBeOfType<ArchivalCitation>();
        (first.Level(ArchivalLevelKind.Fond), second.Level(ArchivalLevelKind.Fond)).ShouldBe(("25896", "Р-393"));
        Labeller.Read(text, 0, text.Length, model)!.Count.ShouldBe(2);
    }

    [Fact]
    public void Labelling_time_is_bounded_and_a_note_past_the_cap_is_left_to_the_rules()
    {
        var unit = "Ivanov, Istoriia, 115. ";
        var atCap = string.Concat(Enumerable.Repeat(unit, LabellerTrainer.MaxTokens / 7));
        Labeller.Label(atCap, 0, atCap.Length).ShouldNotBeNull();
        var cost = ThreadClock.Measure(() => Labeller.Label(atCap, 0, atCap.Length));
        cost.ShouldBeLessThan(TimeSpan.FromSeconds(1), "a note of the most tokens labelled");
        var beyond = string.Concat(Enumerable.Repeat(unit, 100_000));
        var tooLong = ThreadClock.Measure(() => Labeller.Label(beyond, 0, beyond.Length).ShouldBeNull());
        tooLong.ShouldBeLessThan(TimeSpan.FromSeconds(1), "tokenizing stops at the cap");
    }

    // A publication the rules read, but little of: a name written family first without a comma in an English note. The
    // labeller reads two fields more or better, and its reading is kept (LabellerPolicy.RicherReadings). Invented notes
    // of the class, none from the evaluation set. (An imprint in brackets run into the volume after it, "(Baku: Elm,
    // 1994).Vol.II", was a third case until the English reader learnt it: EnglishPublicationClassesTests.)
    [Theory]
    [InlineData("Smithson Peter J., A Social History of Baku, London: Longman, 1991, pp. 12–14.", "A Social History of Baku", "London", "1991")]
    [InlineData("Karapetian Armen S., The Armenian Quarter of Tiflis, Oxford: Clarendon Press, 2001, p. 88.", "The Armenian Quarter of Tiflis", "Oxford", "2001")]
    public void A_publication_the_rules_read_little_of_is_read_by_the_labeller_where_it_reads_two_fields_more(string text, string title, string place, string year)
    {
        CitationParser.Mode.ShouldBe(ParserMode.Hybrid);
        var rules = Bibliography.Tests.Parsing.RulesOnly.Parse(text).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        (rules.Place?.Value == place && rules.Title?.Value == title).ShouldBeFalse("the rules alone misread it, or the class is gone");
        var read = CitationParser.ParseFootnote(text).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        read.ReadByLabeller.ShouldBeTrue();
        (read.Title?.Value, read.Place?.Value, read.Year?.Value).ShouldBe((title, place, year));
        read.Authors.ShouldNotBeEmpty();
    }

    // The labeller reads one field more in a short form whose title holds a year (it cuts the year out as a date): one
    // field more is not enough to prefer it, and the rules' title stands whole.
    [Theory]
    [InlineData("Ivan Petrov, Leningrad 1941, p. 73.", "Leningrad 1941")]
    [InlineData("Orlov, Baku 1918, pp. 12–13.", "Baku 1918")]
    public void A_short_title_holding_a_year_keeps_the_rules_reading(string text, string title)
    {
        var read = CitationParser.ParseFootnote(text).ShouldHaveSingleItem().ShouldBeOfType<PublicationCitation>();
        read.ReadByLabeller.ShouldBeFalse();
        read.Title.ShouldNotBeNull().Value.ShouldBe(title);
    }

    [Fact]
    public void The_hybrid_gives_the_labellers_reading_exactly_where_the_rules_read_nothing()
    {
        // Over the hand-labelled lines (the issue's forms): where the rules leave a line unread and the labeller reads
        // it, the hybrid gives the labeller's citations; everywhere else, the rules' own.
        var before = CitationParser.Mode;
        var policy = CitationParser.Policy;
        // Only where the rules read nothing: the thin readings the default policy also asks about are another test's.
        CitationParser.Policy = LabellerPolicy.UnreadOnly;
        var handedOver = 0;
        try
        {
            // Two GOST forms no rule reader takes (a newspaper's issue "от" its date; a rank and a family name, before a
            // title and a page: a rank is no given name, and without an imprint the rules read no title either).
            foreach (var text in Fixtures.Select(f => f.Text).Concat(["Красноярский рабочий. № 219 от 2 октября 1923 года.", "Генерал Деникин. Сталин. С. 5."]))
            {
                CitationParser.Mode = ParserMode.Rules;
                var rules = CitationParser.ParseFootnote(text);
                CitationParser.Mode = ParserMode.Hybrid;
                var hybrid = CitationParser.ParseFootnote(text).Select(c => (c.GetType(), c.Span)).ToList();
                if (rules is [UnreadCitation] && Labeller.Read(text, 0, text.Length) is { } labelled)
                {
                    hybrid.ShouldBe(labelled.Select(c => (c.GetType(), c.Span)), text);
                    handedOver++;
                }
                else hybrid.ShouldBe(rules.Select(c => (c.GetType(), c.Span)), text);
            }
        }
        finally { (CitationParser.Mode, CitationParser.Policy) = (before, policy); }
        handedOver.ShouldBeGreaterThan(0, "some line is read by the labeller alone");
    }

    [Fact]
    public void A_citation_the_labeller_read_says_so_in_a_diagnostic_and_one_the_rules_read_does_not()
    {
        var document = BibliographyPipeline.ParseFootnotes(["Газета «Красноярский рабочий», № 219", "РГАСПИ. Ф. 17. Оп. 3. Д. 1. Л. 5 об."]).Document;

        document.Diagnostics.Where(d => d.Code == DiagnosticCodes.LabelledCitation.Code).Select(d => d.Footnote).ShouldBe([1]);
        document.Citations.Count.ShouldBe(2, "the labeller's reading is still cited");
    }

    [Fact]
    public void The_hybrid_keeps_what_the_rules_read()
    {
        const string note = "РГАСПИ. Ф. 17. Оп. 3. Д. 1. Л. 5 об.";
        var before = CitationParser.Mode;
        try
        {
            CitationParser.Mode = ParserMode.Rules;
            var rules = CitationParser.ParseFootnote(note).Single().ShouldBeOfType<ArchivalCitation>();
            CitationParser.Mode = ParserMode.Hybrid;
            var hybrid = CitationParser.ParseFootnote(note).Single().ShouldBeOfType<ArchivalCitation>();
            hybrid.Levels.ShouldBe(rules.Levels);
            hybrid.Locator.ShouldBe(rules.Locator);
        }
        finally { CitationParser.Mode = before; }
    }
}
