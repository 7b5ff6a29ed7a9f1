using Bibliography.Parsing;
using Bibliography.Tests.Evaluation;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// Classes of Russian, Georgian and Azerbaijani notes read by the rule readers alone (issue #18): each class with
/// several invented spellings, scored field by field as the evaluation scores real notes, with the labeller off so that
/// the rules, not the model, are what passes.
/// </summary>
/// <remarks>
/// A row is a footnote and what a historian reads in it: citations separated by <c>||</c>, fields by <c>|</c>, each
/// <c>field=value</c> as the evaluation set writes it (family names only, values as written, several names with <c>;</c>).
/// </remarks>
public class RuleReaderClassesTests
{
    private const string Antecedent = "Иванов А. Б. История Кавказа. М.: Наука, 1985. С. 1.";

    private static void Reads(string note, string expected, string? before = null)
    {
        var mode = CitationParser.Mode;
        CitationParser.Mode = ParserMode.Rules;
        try
        {
            var document = BibliographyPipeline.ParseFootnotes(before is null ? [note] : [before, note]).Document;
            var items = document.Items.ToDictionary(i => i.Id);
            var found = document.Citations.SingleOrDefault(c => c.Properties.NoteIndex == (before is null ? 1 : 2))?.CitationItems ?? [];
            var wanted = expected.Split("||", StringSplitOptions.TrimEntries);
            var misses = new List<string>();
            for (var c = 0; c < wanted.Length; c++)
            {
                var actual = c < found.Count ? EvaluationSet.FieldsOf(items.GetValueOrDefault(found[c].Id), found[c]) : new Dictionary<string, string[]>();
                foreach (var pair in wanted[c].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var eq = pair.IndexOf('=');
                    var (field, value) = (pair[..eq].Trim(), pair[(eq + 1)..].Trim());
                    if (!EvaluationSet.Matches(field, value, actual.GetValueOrDefault(field)))
                        misses.Add($"citation {c + 1} {field}: expected «{value}», got «{string.Join(" | ", actual.GetValueOrDefault(field) ?? [])}»");
                }
            }
            if (found.Count != wanted.Length) misses.Add($"{wanted.Length} citations expected, {found.Count} read");
            misses.ShouldBeEmpty(note);
        }
        finally { CitationParser.Mode = mode; }
    }

    // ---- Author–date references: names (or a short title), a year, what follows a year ----

    [Theory]
    [InlineData("Гогуадзе. 2011. С. 45-47", "authors=Гогуадзе | year=2011 | locator=45-47")]
    [InlineData("Бердзенишвили. 1964. Т. 2. С. 118", "authors=Бердзенишвили | year=1964 | volume=2 | locator=118")]
    [InlineData("Иванов 1985, с. 12.", "authors=Иванов | year=1985 | locator=12")]
    [InlineData("(Иванов 1985: 12)", "authors=Иванов | year=1985 | locator=12")]
    [InlineData("[Смирнова 2003, с. 12–14]", "authors=Смирнова | year=2003 | locator=12–14")]
    [InlineData("Odilavadze D., Berikashvili D. 2015", "authors=Odilavadze; Berikashvili | year=2015")]
    [InlineData("Mamedov, 1990: 44; Aliyev, 2001: 18-19", "authors=Mamedov | year=1990 | locator=44 || authors=Aliyev | year=2001 | locator=18-19")]
    [InlineData("Иванов и Петров 1985: 7", "authors=Иванов; Петров | year=1985 | locator=7")]
    [InlineData("Иванов и др. 1985: 7", "authors=Иванов | year=1985 | locator=7")]
    [InlineData("Berikashvili, Bukhsianidze, Gabunia…2015", "authors=Berikashvili; Bukhsianidze; Gabunia | year=2015")]
    [InlineData("Chronicle of Kartli... 1955: 295", "title=Chronicle of Kartli... | year=1955 | locator=295")]
    [InlineData("Сталин И. В. 1947. С. 5.", "authors=Сталин | year=1947 | locator=5")]
    public void An_author_date_reference_gives_its_names_year_and_locator(string note, string expected) => Reads(note, expected);

    [Theory]
    [InlineData("Об этом см. [Петров 1990, с. 15; Сидоров 2001].", "authors=Петров | year=1990 | locator=15 || authors=Сидоров | year=2001")]
    [InlineData("Подробнее о реформе см. [Алиев 2005, с. 112–114].", "authors=Алиев | year=2005 | locator=112–114")]
    [InlineData("Этот вопрос рассмотрен в работах И. Петрова (Петров 1990: 15).", "authors=Петров | year=1990 | locator=15")]
    [InlineData("Такой взгляд восходит к [Castagne 1925], а позднее к [Гасанов 1954]. См., например, [История Азербайджана 2000, 2: 83-102].",
        "authors=Castagne | year=1925 || authors=Гасанов | year=1954 || title=История Азербайджана | year=2000 | volume=2 | locator=83-102")]
    public void Author_date_references_in_brackets_inside_prose_are_read_each(string note, string expected) => Reads(note, expected);

    [Theory]
    // A lone word and a year without a page may be a periodical; names listed with commas and no initials outside
    // brackets may be an author and a short title.
    [InlineData("Pavlov, Leningrad 1941, p. 120.")]
    [InlineData("Правда, 1937.")]
    [InlineData("Иванов А. Б. История Кавказа. М., 1985.")]
    public void What_is_no_author_date_reference_is_left_to_the_other_readers(string note) =>
        AuthorDateReader.Read(note, 0, note.Length).ShouldBeNull();
}
