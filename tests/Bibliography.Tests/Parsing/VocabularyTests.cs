using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Parsing;
using Bibliography.Tests.Support;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// The convention vocabulary is stated once (<see cref="Vocabulary"/>): no source file outside it spells a level,
/// locator or verso keyword, an ibid phrase or a role word, as a string or as an alternative of a pattern.
/// </summary>
public class VocabularyTests
{
    private const string Table = "src/Bibliography/Parsing/Vocabulary.cs";

    // Literals that are spelt like a vocabulary word but are not one, each with why (file relative to the repository).
    private static readonly HashSet<(string File, string Literal)> NotVocabulary =
    [
        ("src/Bibliography/Model/CslItem.cs", "fond"), ("src/Bibliography/Model/CslItem.cs", "opis"), ("src/Bibliography/Model/CslItem.cs", "delo"), // CSL-JSON custom fields
        ("src/Bibliography/Export/BibTexFamilyFormat.cs", "fond"), ("src/Bibliography/Export/BibTexFamilyFormat.cs", "opis"), ("src/Bibliography/Export/BibTexFamilyFormat.cs", "delo"), // BibTeX fields
        ("src/Bibliography/Parsing/LanguageDetector.cs", "ob"), // the transliterated Russian preposition "ob" (about), not the verso mark
        ("src/Bibliography/Parsing/NewspaperReader.cs", @"No\."), // a newspaper's issue mark: №, No. or N, the N with no full stop needed
        ("src/Bibliography/CiteProc/Collation.cs", "case"),
        // "file" (the English translation of a Georgian archive's საქმე) is also a JSON property, a BibTeX field and an argument's name
        ("src/Bibliography.Cli/Commands.cs", "file"), ("src/Bibliography.Training/LabellerCommand.cs", "file"), ("src/Bibliography/Model/Diagnostic.cs", "file"),
        ("src/Bibliography/Export/BibTexFamilyFormat.cs", "file"),
        // "folio" (the English level word, folio 5) is also CSL's locator label, and the validator names it in its messages
        ("src/Bibliography/Model/CslCitation.cs", "folio"), ("src/Bibliography/Validation/Rules/BackwardsRangeRule.cs", "folio"),
        ("src/Bibliography/Validation/Rules/ArchivalHierarchyRule.cs", "folio"),
        // English note words ("note", "notes": the note a locator points to) that are also a CLI argument, a heading over
        // endnotes, CSL's note field and style class, and BibTeX's and RIS's note field; "article", "thesis" and "series"
        // (an article of a law, a thesis, a series) are also BibTeX/RIS entry types and fields, "folder" (a Western
        // archive's unit) a folder of styles.
        ("src/Bibliography.Cli/Commands.cs", "notes"), ("src/Bibliography/Sources/ReferenceListScanner.cs", "notes"),
        ("src/Bibliography/Model/CslItem.cs", "note"), ("src/Bibliography/Export/CslFields.cs", "note"), ("src/Bibliography/Export/RisFormat.cs", "note"),
        ("src/Bibliography/Export/BibTexFamilyFormat.cs", "note"), ("src/Bibliography/Validation/ReportWriter.cs", "note"),
        ("src/Bibliography/CiteProc/DocumentFormatter.cs", "note"), ("src/Bibliography/CiteProc/Rendering/ArchivalStyleAdapter.cs", "note"),
        ("src/Bibliography.Training/Real/EvaluationData.cs", "note"),
        // "page" (the English page word, Page 12) is also how a source line names the page of a note (…, page 5), which the
        // evaluation's reading of sources leaves out on its own, as the scorer keeps its spellings
        ("src/Bibliography.Training/Real/EvaluationData.cs", "page"),
        ("src/Bibliography/Export/BibTexFamilyFormat.cs", "article"), ("src/Bibliography/Export/BibTexFamilyFormat.cs", "thesis"),
        ("src/Bibliography/Export/BibTexFamilyFormat.cs", "series"), ("src/Bibliography/Export/RisFormat.cs", "thesis"),
        ("src/Bibliography/Validation/Rules/BookImprintRule.cs", "article"), ("src/Bibliography/CiteProc/Styles/StyleHeadCache.cs", "folder"),
        ("src/Bibliography/Sources/PdfPageLayout.cs", "ff"), // the ligature ﬀ spelt out, not the following-pages mark
        // "archive" (a word that names an archive) is also CSL's archive field, the labeller's span label and the
        // evaluation set's field; "accessed" CSL's field; "archives" the registry's JSON section.
        ("src/Bibliography/Model/CslItem.cs", "archive"), ("src/Bibliography/Export/CslFields.cs", "archive"), ("src/Bibliography/Export/CslFields.cs", "accessed"),
        ("src/Bibliography/Export/BibTexFamilyFormat.cs", "archive"), ("src/Bibliography/Export/BibTexFamilyFormat.cs", "accessed"),
        ("src/Bibliography/Export/RisFormat.cs", "archive"), ("src/Bibliography/CiteProc/Rendering/ArchivalStyleAdapter.cs", "archive"),
        ("src/Bibliography/Validation/Rules/EmbeddedArchivalItemRule.cs", "archive"),
        ("src/Bibliography/Parsing/Labelling/SpanDecoder.cs", "archive"), ("src/Bibliography/Parsing/Labelling/Tags.cs", "archive"),
        ("src/Bibliography.Training/Real/EvaluationData.cs", "archive"), ("src/Bibliography.Training/Real/RealNoteAligner.cs", "archive"),
        ("src/Bibliography/Parsing/ArchiveRegistry.cs", "archives"), ("src/Bibliography/Parsing/Labelling/Lexicon.cs", "archives"),
        // BibTeX's month macros (jan … dec) and its name separator "and"; "de" a language code (German), not the particle.
        .. new[] { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" }
            .SelectMany(m => new[] { ("src/Bibliography/Export/BibTexFamilyFormat.cs", m), ("src/Bibliography/Export/BibTexParser.cs", m) }),
        ("src/Bibliography/Export/BibTexNames.cs", "and"),
        // the CSL and BibTeX fields that hold a standard number, not the marks a note's standard number opens with
        ("src/Bibliography/Export/CslFields.cs", "ISBN"), ("src/Bibliography/Export/CslFields.cs", "ISSN"),
        ("src/Bibliography/Export/BibTexFamilyFormat.cs", "ISBN"), ("src/Bibliography/Export/BibTexFamilyFormat.cs", "ISSN"),
        ("src/Bibliography/CiteProc/Rendering/NewspaperLanguage.cs", "de"), ("src/Bibliography/Export/BibTexFamilyFormat.cs", "de"),
        ("src/Bibliography/Parsing/Labelling/Lexicon.cs", "Baku"), // a place in the labeller's gazetteer (its model's fingerprint reads it), not a keyword
        ("src/Bibliography/Sources/ReferenceListScanner.cs", "комментарии"), // a heading over endnotes, not the role word // a sensitivity citeproc-js asks the collator for
        // the span labels of the labeller's training data (an agreed file format), not keywords
        ("src/Bibliography/Parsing/Labelling/SpanDecoder.cs", "fond"), ("src/Bibliography/Parsing/Labelling/SpanDecoder.cs", "opis"), ("src/Bibliography/Parsing/Labelling/SpanDecoder.cs", "delo"),
        ("src/Bibliography/Parsing/Labelling/Tags.cs", "fond"), ("src/Bibliography/Parsing/Labelling/Tags.cs", "opis"), ("src/Bibliography/Parsing/Labelling/Tags.cs", "delo"),
        // The evaluation set's field names, and the pattern that cuts a note number off the source line a work is named by
        // (where the note was found, not a footnote read).
        ("src/Bibliography.Training/Real/EvaluationData.cs", "fond"), ("src/Bibliography.Training/Real/EvaluationData.cs", "opis"), ("src/Bibliography.Training/Real/EvaluationData.cs", "delo"),
        ("src/Bibliography.Training/Real/EvaluationData.cs", @"p\."), ("src/Bibliography.Training/Real/EvaluationData.cs", @"pp\."),
        ("src/Bibliography.Training/Real/EvaluationData.cs", @"n\."),
        ("src/Bibliography.Training/Real/RealNoteAligner.cs", "fond"), ("src/Bibliography.Training/Real/RealNoteAligner.cs", "opis"), ("src/Bibliography.Training/Real/RealNoteAligner.cs", "delo"),
    ];

    private const string TrainingGenerator = "src/Bibliography.Training/Synthesis/";

    // The scorer's field names and the spellings it forgives (a locator's keyword, a verso mark) are its own: derived
    // from the parser's table, a change to the table would move the score it is measured by.
    private const string Scorer = "src/Bibliography.Training/Real/Scorer.cs";

    [Fact]
    public void No_source_file_outside_the_table_spells_a_vocabulary_word()
    {
        var words = VocabularyWords();
        var patterns = KeywordPatterns();
        var found = new List<string>();
        var files = 0;
        foreach (var path in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var file = Path.GetRelativePath(TestPaths.RepoRoot, path).Replace('\\', '/');
            if (file.Contains("/bin/") || file.Contains("/obj/") || file == Table) continue;
            // The training generator writes every spelling historians use on purpose, independently of the parser's
            // table: a labeller trained only on the spellings the rules already know could never read past them.
            if (file.StartsWith(TrainingGenerator, StringComparison.Ordinal) || file == Scorer) continue;
            files++;
            foreach (var literal in Literals(File.ReadAllText(path)))
            {
                if (NotVocabulary.Contains((file, literal))) continue;
                if (words.Contains(literal)) found.Add($"{file}: \"{literal}\"");
                // An alternative of a pattern: what stands between '|', '(?:', '(', ')', '^', '$' and '\b'.
                foreach (var alternative in Regex.Split(literal, @"\(\?:|\\b|[|()^$]"))
                    if (alternative != literal && patterns.Contains(alternative) && !NotVocabulary.Contains((file, alternative))) found.Add($"{file}: \"{alternative}\" in \"{literal}\"");
            }
        }
        files.ShouldBeGreaterThan(100);
        found.ShouldBeEmpty("spell these in src/Bibliography/Parsing/Vocabulary.cs and derive them from there");
    }

    [Fact]
    public void The_guard_finds_a_keyword_spelt_in_a_string_or_a_pattern()
    {
        var words = VocabularyWords();
        var literals = Literals("var a = \"siyahı\"; // \"iş\" in a comment\nvar b = @\"(?:[Ff]ondu|op\\.|fols\\.)\\s*\"; var c = 'x';").ToList();
        literals.ShouldBe(["siyahı", @"(?:[Ff]ondu|op\.|fols\.)\s*"]);
        words.ShouldContain(literals[0]);
        Regex.Split(literals[1], @"\(\?:|\\b|[|()^$]").ShouldContain(Regex.Escape("fols."));
    }

    // Each keyword as a pattern spells it, ignoring case: "P\." or "Pp\." spells the page keyword as surely as "p\." does.
    private static HashSet<string> KeywordPatterns() =>
        Vocabulary.Keywords.Select(k => k.Text).Concat(Vocabulary.Verso.Select(v => v.Text))
            .Where(w => w.Length >= 2)
            .SelectMany(w => new[] { w, Regex.Escape(w), Regex.Escape(w).Replace(@"\ ", @"\s?") })
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void The_guard_finds_a_keyword_spelt_with_another_case_in_a_pattern()
    {
        var patterns = KeywordPatterns();
        var alternatives = Regex.Split(@"(?:P\.|Pp\.|PP\.)", @"\(\?:|\\b|[|()^$]").Where(a => a.Length > 0).ToList();
        alternatives.ShouldBe([@"P\.", @"Pp\.", @"PP\."]);
        alternatives.ShouldAllBe(a => patterns.Contains(a));
        Vocabulary.CapitalPageKeywords.ShouldContain("Pp.");
        Vocabulary.FolioAfterFondKeywords.ShouldContain(Vocabulary.GeorgianFondOrFolio);
        Vocabulary.Find(Vocabulary.GeorgianFondOrFolio).ShouldNotBeNull().Level.ShouldBe(KeywordLevel.Fond);
    }

    [Fact]
    public void Every_level_pairs_its_long_and_short_forms_both_ways_within_the_table()
    {
        var lower = Vocabulary.Keywords.Select(k => k.Text.ToLowerInvariant()).ToHashSet();
        foreach (var k in Vocabulary.Keywords.Where(k => k.Pair is not null))
        {
            lower.ShouldContain(k.Pair!, $"{k.Text} pairs with {k.Pair}, which the table does not spell");
            var pair = Vocabulary.Keywords.First(p => p.Text == k.Pair);
            pair.Abbreviated.ShouldBe(!k.Abbreviated, $"{k.Text} ⇄ {k.Pair}");
            pair.Level.ShouldBe(k.Level);
        }
    }

    [Fact]
    public void A_spelling_another_opens_is_tried_after_it()
    {
        // Alternatives are tried in order: "fond" before "fondu" would read "fondu 5" as "fond" and leave "u 5".
        foreach (var level in Enum.GetValues<KeywordLevel>())
        {
            var spellings = Vocabulary.Spellings(level).ToList();
            for (var i = 0; i < spellings.Count; i++)
                for (var j = i + 1; j < spellings.Count; j++)
                    spellings[j].StartsWith(spellings[i], StringComparison.Ordinal).ShouldBeFalse($"{level}: '{spellings[i]}' comes before '{spellings[j]}'");
        }
        Vocabulary.Spellings(KeywordLevel.Fond).Count(s => s.Equals(Vocabulary.NamedFond, StringComparison.OrdinalIgnoreCase)).ShouldBe(2);
    }

    [Theory]
    [InlineData(ArchivalConvention.Azerbaijani, "fond", "siyahı", "iş", "vərəq")]
    [InlineData(ArchivalConvention.Russian, "Ф.", "Оп.", "Д.", "Л.")]
    [InlineData(ArchivalConvention.English, "f.", "op.", "d.", "l.")]
    public void Each_convention_writes_spellings_of_the_table(ArchivalConvention convention, string fond, string opis, string delo, string folio)
    {
        Vocabulary.Word(Bibliography.Parsing.ArchivalLevelKind.Fond, convention).ShouldBe(fond);
        Vocabulary.Word(Bibliography.Parsing.ArchivalLevelKind.Opis, convention).ShouldBe(opis);
        Vocabulary.Word(Bibliography.Parsing.ArchivalLevelKind.Delo, convention).ShouldBe(delo);
        Vocabulary.FolioWord(convention).ShouldBe(folio);
        foreach (var word in new[] { fond, opis, delo, folio }) Vocabulary.Find(word).ShouldNotBeNull(word);
        Vocabulary.Verso.Select(v => v.Text).ShouldContain(Vocabulary.VersoWord(convention));
    }

    // Every word of the vocabulary two characters long or more (one letter, "v", is too common to look for): the
    // keywords and verso marks, and every word of every list and constant the table states (lead-ins, joins, months,
    // places, ibid phrases, role words), found by reflection so that a list added to the table is guarded at once.
    private static HashSet<string> VocabularyWords() =>
        Vocabulary.Keywords.Select(k => k.Text)
            .Concat(Vocabulary.Verso.Select(v => v.Text))
            .Concat(ListedWords())
            .Where(w => w.Length >= 2)
            .ToHashSet(StringComparer.Ordinal);

    // The strings of the table's public lists (of words, or of tuples whose first item is the word: a role word, an ibid
    // phrase, a month's names) and of its string constants.
    private static IEnumerable<string> ListedWords()
    {
        var values = typeof(Vocabulary).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.GetValue(null))
            .Concat(typeof(Vocabulary).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(string)).Select(f => f.GetValue(null)));
        foreach (var value in values)
        {
            if (value is string constant) { yield return constant; continue; }
            if (value is not IEnumerable list) continue;
            foreach (var entry in list)
                foreach (var word in Strings(entry)) yield return word;
        }

        static IEnumerable<string> Strings(object? entry) => entry switch
        {
            string s => [s],
            string[] names => names,
            ITuple tuple => Strings(tuple[0]),
            _ => [],
        };
    }

    [Fact]
    public void The_guard_knows_every_list_of_the_table()
    {
        var words = VocabularyWords();
        // A list of lead-ins, a list of tuples, a constant and a month: what the guard missed when it knew only some lists.
        words.ShouldContain(Vocabulary.GeorgianSeeWords[^1]);
        words.ShouldContain(Vocabulary.CollectionDescriptors[0].Written);
        words.ShouldContain(Vocabulary.EtAl);
        words.ShouldContain(Vocabulary.MonthNames[0].Names[0]);
        words.ShouldContain(Vocabulary.RoleWords[0].Word);
        words.ShouldContain(Vocabulary.IbidPhrases[0].Phrase);
    }

    // Words the table spells in two of its members on purpose, each with why: the same spelling meaning two things.
    private static readonly Dictionary<string, string> SpeltInTwoMembers = new(StringComparer.Ordinal)
    {
        ["f."] = "the fond keyword (f. 17, FolioAfterFond), and the mark of the page that follows (282 f.)",
        ["ff."] = "the folios keyword (ff. 3–5), and the mark of the pages that follow (77ff.)",
        ["L."] = "the folio keyword (L. 5), and Leningrad, an abbreviated place",
        ["Л."] = "the folio keyword (Л. 5), and Ленинград, an abbreviated place",
        ["per."] = "the perechen' that stands for an opis (per. 46), and perevod, the translator's role word",
        ["Collection"] = "the last word of a collection kept in a Western repository, and the descriptor of a published collection",
        ["წ."] = "წელი (year) after a year, and წიგნი (book), a book's part",
        ["c."] = "the Azerbaijani volume keyword (c. 2, cild), and the Latin look-alike of the Cyrillic page keyword с. in Cyrillic text",
        ["C."] = "the Azerbaijani volume keyword (C. 2, Cild), and the Latin look-alike of the Cyrillic page keyword С. in Cyrillic text",
        ["v."] = "the Azerbaijani folio keyword (vərəq: v. 12), and the English volume of a laws collection (PSZ1, v. 20)",
    };

    // Members of the table that restate spellings of its other lists on purpose, each with why.
    private static readonly Dictionary<string, string> Restating = new(StringComparer.Ordinal)
    {
        ["Written"] = "the spelling each convention prints, picked from the table (Each_convention_writes_spellings_of_the_table checks the picks)",
        ["AzerbaijaniWords"] = "the table's Azerbaijani spellings that tell a text Azerbaijani, picked (A_pick_of_the_tables_spellings_is_one_of_them checks them)",
        ["AzerbaijaniReferenceMarks"] = "the table's page and volume spellings that tell an in-text reference Azerbaijani, picked (checked likewise)",
        ["NonTerminalAbbreviations"] = "the sentence scanner's stems without their full stop, compared ignoring case: a set of its own, whose membership a change to a list must not move",
        ["ArchivalVolumeAlternation"] = "code that leaves the Azerbaijani c. out of a derived alternation, naming it",
    };

    // Language tags (a keyword's Tells, an ibid phrase's language) and the table's code are no words.
    private static readonly HashSet<string> LanguageTags = ["az", "ru", "en", "ka"];

    [Fact]
    public void The_table_spells_each_word_in_one_of_its_members()
    {
        var repeats = RepeatsWithin(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, Table)));
        repeats.Keys.Where(w => !SpeltInTwoMembers.ContainsKey(w)).Select(w => $"\"{w}\" in {string.Join(", ", repeats[w])}")
            .ShouldBeEmpty("derive one list from the other, or state the word once (a constant) and use it in both; a spelling meaning two things goes in SpeltInTwoMembers with why");
        // An exception that no longer repeats is dropped, so that the list stays what it claims.
        SpeltInTwoMembers.Keys.Where(w => !repeats.ContainsKey(w)).ShouldBeEmpty();
    }

    [Fact]
    public void The_table_guard_finds_a_word_in_two_members()
    {
        const string source = "public static class V\n{\n    public static IReadOnlyList<string> A { get; } = [\"archive\", \"fond\"];\n"
            + "    // \"fond\" in a comment\n    public static IReadOnlyList<string> B { get; } = [\"fond\", \"fond\"];\n"
            + "    public static IReadOnlyList<KeywordSpelling> Keywords { get; } = [Full(KeywordLevel.Fond, \"archive\", \"fond\", \"az\")];\n}";
        var repeats = RepeatsWithin(source);
        repeats.Keys.ShouldBe(["fond", "archive"], ignoreOrder: true);
        repeats["fond"].ShouldBe(["A", "B"]);
        repeats["archive"].ShouldBe(["A", "Keywords"]);
    }

    [Fact]
    public void A_pick_of_the_tables_spellings_is_one_of_them()
    {
        var spellings = Vocabulary.Keywords.Select(k => k.Text).ToHashSet(StringComparer.Ordinal);
        Vocabulary.AzerbaijaniWords.Where(w => !spellings.Contains(w)).ShouldBeEmpty();
        Vocabulary.AzerbaijaniReferenceMarks.Where(w => !spellings.Contains(w)).ShouldBeEmpty();
    }

    // Each word spelt in more than one member of the table (source), with those members: a keyword by its spelling only
    // (its pair names another, its language is a tag), any other literal that holds a letter, a figure or a sign.
    private static Dictionary<string, List<string>> RepeatsWithin(string source)
    {
        var declarations = Regex.Matches(source, @"(?m)^[ \t]*(?:public|internal|private)\s.*?\b(?<name>\w+)[ \t]*(?:\{[ \t]*get;[ \t]*\}[ \t]*=|=(?!=)|\()")
            .Select(m => (At: m.Index, Name: m.Groups["name"].Value)).ToList();
        var members = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (word, at) in LiteralsAt(source))
        {
            var member = declarations.LastOrDefault(d => d.At < at).Name ?? "";
            if (Restating.ContainsKey(member) || LanguageTags.Contains(word) || !word.Any(c => char.IsLetterOrDigit(c) || c > 127 && char.IsSymbol(c))) continue;
            if (member == "Keywords" && !Regex.IsMatch(source[Math.Max(0, at - 40)..at], @"KeywordLevel\.\w+,\s*$")) continue;
            (members.TryGetValue(word, out var set) ? set : members[word] = new SortedSet<string>(StringComparer.Ordinal)).Add(member);
        }
        return members.Where(m => m.Value.Count > 1).ToDictionary(m => m.Key, m => m.Value.ToList(), StringComparer.Ordinal);
    }

    /// <summary>The string literals of C# source (regular, verbatim, interpolated), unescaped enough to compare; comments and characters skipped.</summary>
    internal static IEnumerable<string> Literals(string source) => LiteralsAt(source).Select(l => l.Text);

    /// <summary><see cref="Literals"/>, each with where its opening quotation mark stands.</summary>
    internal static IEnumerable<(string Text, int At)> LiteralsAt(string source)
    {
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '/' && i + 1 < source.Length && source[i + 1] == '/') { i = source.IndexOf('\n', i) is var n and >= 0 ? n : source.Length; continue; }
            if (c == '/' && i + 1 < source.Length && source[i + 1] == '*') { i = source.IndexOf("*/", i + 2, StringComparison.Ordinal) is var n and >= 0 ? n + 2 : source.Length; continue; }
            if (c == '\'')
            {
                // A character literal: '\'' and '"' must not open a string.
                i++;
                while (i < source.Length && source[i] != '\'') i += source[i] == '\\' ? 2 : 1;
                i++;
                continue;
            }
            if (c != '"') { i++; continue; }
            var opening = i;
            var verbatim = i > 0 && (source[i - 1] == '@' || (i > 1 && source[i - 1] == '$' && source[i - 2] == '@') || (i > 1 && source[i - 1] == '@' && source[i - 2] == '$'));
            var text = new StringBuilder();
            i++;
            while (i < source.Length)
            {
                if (verbatim && source[i] == '"' && i + 1 < source.Length && source[i + 1] == '"') { text.Append('"'); i += 2; continue; }
                if (source[i] == '"') break;
                if (!verbatim && source[i] == '\\' && i + 1 < source.Length)
                {
                    // Regular strings: an escaped character stands for itself (a pattern's "\\." reads as "\.").
                    text.Append(source[i + 1] == '\\' ? "\\" : source[i + 1] == '"' ? "\"" : "\\" + source[i + 1]);
                    i += 2;
                    continue;
                }
                text.Append(source[i]);
                i++;
            }
            i++;
            yield return (text.ToString(), opening);
        }
    }
}
