using Bibliography.Model;
using Bibliography.Sources;

namespace Bibliography.Tests.Sources;

public class InTextReferenceTests
{
    [Fact]
    public void Reads_number_locators_and_position_of_each_bracket()
    {
        var doc = PaperReader.Read("Birinci [13, s.2]. İkinci\nbax [2, c.37, s.556] və [7].");

        doc.References.Select(r => (r.Index, r.Number, r.Text, r.Locators, r.Line, r.Column)).ShouldBe(
        [
            (1, 13, "[13, s.2]", "s.2", 1, 9),
            (2, 2, "[2, c.37, s.556]", "c.37, s.556", 2, 5),
            (3, 7, "[7]", "", 2, 25),
        ]);
    }

    [Fact]
    public void A_reference_split_over_a_line_break_is_folded_to_one_space()
    {
        var doc = PaperReader.Read("yaradın” [12, \ns.230]. Sonra\n\n[12, s.240-241].\nMore [3,\n  s.5\n].");

        doc.References.Select(r => (r.Text, r.Locators, r.Line)).ShouldBe(
        [
            ("[12, s.230]", "s.230", 1),
            ("[12, s.240-241]", "s.240-241", 4),
            ("[3, s.5 ]", "s.5", 5),
        ]);
    }

    [Theory]
    [InlineData("[sic]")]
    [InlineData("[a, 3]")]
    [InlineData("[1920-ci il]")]
    [InlineData("[0]")]
    [InlineData("[12 s.5]")]
    [InlineData("[3, s.5")]
    [InlineData("[3,\n\n\n\ns.5]")]
    [InlineData("[3, [4]")]
    public void Brackets_that_are_not_numeric_references_are_ignored(string bracket)
    {
        var doc = PaperReader.Read("Text " + bracket + " text.");

        doc.References.Where(r => r.Text == bracket).ShouldBeEmpty();
        doc.References.Where(r => r.Number != 4).ShouldBeEmpty();
    }

    [Fact]
    public void A_list_in_one_bracket_gives_one_reference_per_cited_number()
    {
        var doc = PaperReader.Read("See [3; 5, s.7; 9, c.2; s.4] here.");

        doc.References.Select(r => (r.Index, r.Number, r.Locators, r.Text)).ShouldBe(
        [
            (1, 3, "", "[3; 5, s.7; 9, c.2; s.4]"),
            (2, 5, "s.7", "[3; 5, s.7; 9, c.2; s.4]"),
            (3, 9, "c.2; s.4", "[3; 5, s.7; 9, c.2; s.4]"),
        ]);
        doc.References.ShouldAllBe(r => r.Line == 1 && r.Column == 5);
    }

    [Theory]
    [InlineData("[3-5]")]
    [InlineData("[3–5]")]
    [InlineData("[3 - 5]")]
    public void A_range_gives_each_number_in_it(string bracket)
    {
        var doc = PaperReader.Read("Bax " + bracket + ".");

        doc.References.Select(r => (r.Index, r.Number, r.Locators)).ShouldBe([(1, 3, ""), (2, 4, ""), (3, 5, "")]);
        doc.References.ShouldAllBe(r => r.Text == bracket);
    }

    [Fact]
    public void A_reversed_range_keeps_its_first_number_and_is_reported()
    {
        var doc = PaperReader.Read("Bax [9-3].");

        doc.References.ShouldHaveSingleItem().Number.ShouldBe(9);
        doc.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.BadReferenceRange.Code && d.Line == 1 && d.Column == 5);
    }

    [Fact]
    public void References_inside_footnote_blocks_are_not_in_text_references()
    {
        var rule = new string(' ', 40);
        var doc = PaperReader.Read($"Body [1, s.2].\n1\n{rule}\n1 See [4, s.9] there.\n Body again [2].");

        doc.References.Select(r => r.Number).ShouldBe([1, 2]);
        doc.Footnotes.ShouldHaveSingleItem().Text.ShouldBe("See [4, s.9] there.");
    }

    [Fact]
    public void Scanning_stays_fast_on_adversarial_input()
    {
        // Unclosed brackets, brackets of digits and long blank runs: each '[' must cost a bounded amount.
        var text = string.Concat(Enumerable.Repeat("[1, [2; [3-", 100_000))
                 + string.Concat(Enumerable.Repeat(" \n", 200_000))
                 + string.Concat(Enumerable.Repeat("[1, s." + new string('x', 150) + "\n", 5_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var doc = PaperReader.Read(text);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        doc.References.ShouldBeEmpty();
    }
}
