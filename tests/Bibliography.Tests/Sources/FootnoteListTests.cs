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

    [Fact]
    public void ReadFootnotes_rejects_a_null_list()
    {
        Should.Throw<ArgumentNullException>(() => PaperReader.ReadFootnotes(null!));
    }
}
