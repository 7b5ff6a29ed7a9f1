using Bibliography.Model;
using Bibliography.Sources;

namespace Bibliography.Tests.Sources;

public class FootnoteListTests
{
    [Fact]
    public void Each_numbered_line_is_a_footnote_and_other_lines_continue_it()
    {
        var doc = PaperReader.Read("1 ARDA, f. 27, siy. 4, iş 25, v. 17.\n2 GMTA, f. 1874,\n  siy. 1, iş 4.\n\n3 Jupikova E.F. 1920-\n1925 qodax.\n");

        doc.Footnotes.Select(f => (f.Number, f.Text, f.Line, f.Column)).ShouldBe(
        [
            (1, "ARDA, f. 27, siy. 4, iş 25, v. 17.", 1, 3),
            (2, "GMTA, f. 1874, siy. 1, iş 4.", 2, 3),
            (3, "Jupikova E.F. 1920-1925 qodax.", 5, 3),
        ]);
        doc.Footnotes[1].PositionOf(doc.Footnotes[1].Text.IndexOf("siy.", StringComparison.Ordinal)).ShouldBe(new SourcePosition(3, 3));
        doc.References.ShouldBeEmpty();
        doc.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_number_that_is_not_the_next_one_continues_the_footnote()
    {
        var doc = PaperReader.Read("1 Arxiv, iş\n330, s. 1.\n2 Next.\n5 Not five.");

        doc.Footnotes.Select(f => f.Text).ShouldBe(["Arxiv, iş 330, s. 1.", "Next. 5 Not five."]);
    }

    [Fact]
    public void Prose_that_happens_to_start_with_1_is_not_a_footnote_list()
    {
        var prose = "1 may 1920.\n" + string.Join("\n", Enumerable.Repeat("Plain body text line.", 12));

        PaperReader.Read(prose).Footnotes.ShouldBeEmpty();
    }

    [Fact]
    public void ReadFootnotes_numbers_strings_from_one_on_their_own_lines()
    {
        var doc = PaperReader.ReadFootnotes(["ARDA, f. 27, siy. 4, iş 25, v. 17.", "  Jupikova E.F. Povstançes-\r\nkoye dvijenie. ", ""]);

        doc.Footnotes.Select(f => (f.Number, f.Text, f.Line, f.Column)).ShouldBe(
        [
            (1, "ARDA, f. 27, siy. 4, iş 25, v. 17.", 1, 1),
            (2, "Jupikova E.F. Povstançeskoye dvijenie.", 2, 3),
            (3, "", 3, 1),
        ]);
        doc.Path.ShouldBeNull();
        doc.References.ShouldBeEmpty();
        doc.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ARDA, f. 27, siy. 4, iş 25, v. 17.")]
    [InlineData("x")]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    [InlineData("\u00A0no-break space at the start")]
    [InlineData("two\nlines")]
    [InlineData("hyphen-\nated")]
    [InlineData("soft\u00AD\nhyphen")]
    [InlineData("ends with a line break\n")]
    [InlineData("")]
    public void ReadFootnotes_gives_each_string_what_the_paper_reader_s_note_builder_gives_it(string text)
    {
        // Footnotes of one trimmed line skip the builder: both routes must give the same footnote.
        var builder = new NoteBuilder(3, 3, 1);
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            builder.Append(text, 3, start, end);
            start = end + 1;
        }
        var expected = builder.Build();

        var actual = PaperReader.ReadFootnotes(["first", "second", text]).Footnotes[2];

        (actual.Number, actual.Text, actual.Line, actual.Column).ShouldBe((expected.Number, expected.Text, expected.Line, expected.Column));
        actual.Segments.ShouldBe(expected.Segments);
    }

    [Fact]
    public void ReadFootnotes_rejects_a_null_list()
    {
        Should.Throw<ArgumentNullException>(() => PaperReader.ReadFootnotes(null!));
    }
}

public class FootnoteListNumberingTests
{
    [Theory]
    [InlineData("1. GMTA, f. 1874, siy. 1, iş 2, vərəq 78 arxa.\n2. ARDA, f. 27, siy. 4, iş 25, v. 17.\n")]
    [InlineData("1) GMTA, f. 1874, siy. 1, iş 2, vərəq 78 arxa.\n2) ARDA, f. 27, siy. 4, iş 25, v. 17.\n")]
    public void Footnotes_numbered_with_a_dot_or_parenthesis_are_read(string text)
    {
        var doc = PaperReader.Read(text);

        doc.Footnotes.Select(f => (f.Number, f.Text, f.Column)).ShouldBe(
        [
            (1, "GMTA, f. 1874, siy. 1, iş 2, vərəq 78 arxa.", 4),
            (2, "ARDA, f. 27, siy. 4, iş 25, v. 17.", 4),
        ]);
        doc.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Plain_and_dotted_numbers_can_mix()
    {
        PaperReader.Read("1 GMTA, f. 1874.\n2. ARDA, f. 27.\n3) GMTA, f. 1874.").Footnotes.Select(f => (f.Number, f.Column)).ShouldBe([(1, 3), (2, 4), (3, 4)]);
    }

    [Fact]
    public void A_single_footnote_numbered_with_a_dot_is_read()
    {
        var doc = PaperReader.Read("1. Mamulia G. Borba za svobodu Kavkaza. Tbilisi, Meridiani, 2012, s. 151-156.");

        doc.Footnotes.Single().Text.ShouldStartWith("Mamulia G.");
    }

    [Fact]
    public void A_dotted_number_that_is_not_the_next_one_continues_the_footnote()
    {
        PaperReader.Read("1. Sbornik, t.\n3. izd. М., 1931.").Footnotes.Single().Text.ShouldBe("Sbornik, t. 3. izd. М., 1931.");
    }

    [Fact]
    public void A_text_from_which_nothing_is_read_says_so_instead_of_giving_an_empty_document()
    {
        var doc = PaperReader.Read("GMTA, f. 1874, siy. 1, iş 2, vərəq 78 arxa.\nAnother line.", "notes.txt");

        doc.Footnotes.ShouldBeEmpty();
        var d = doc.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(DiagnosticCodes.NothingFound.Code);
        d.File.ShouldBe("notes.txt");
        d.Message.ShouldContain("'1. …'");
    }

    [Fact]
    public void An_empty_text_is_reported_as_empty_not_as_a_clean_paper()
    {
        PaperReader.Read("\n  \n", "empty.txt").Diagnostics.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            d => d.Code.ShouldBe(DiagnosticCodes.EmptyInput.Code),
            d => d.File.ShouldBe("empty.txt"),
            d => d.Message.ShouldContain("empty"));
    }
}
