using Bibliography.Model;
using Bibliography.Sources;

namespace Bibliography.Tests.Sources;

/// <summary>Footnotes in PDF-extracted paper text: markers in the body, blocks below a separator line.</summary>
public class PaperFootnoteTests
{
    private static readonly string Rule = new(' ', 61);

    private static string Lines(params string[] lines) => string.Join("\n", lines);

    [Fact]
    public void Reads_markers_and_a_footnote_block_with_continuations()
    {
        var text = Lines(
            "Body text of the page",      // 1
            "",                           // 2
            "ends a sentence.",           // 3
            "1",                          // 4
            " and goes on.",              // 5
            "2",                          // 6
            Rule,                         // 7
            "1 ARDA, fond 27, siyahı 4, ",// 8
            "",                           // 9
            "iş 25, vərəq 17.  ",         // 10
            "2 GMTA, f. 1874, siy. 1, iş 2, vərəq 78 arxa.", // 11
            " Next page body.");          // 12

        var doc = PaperReader.Read(text);

        doc.Footnotes.Count.ShouldBe(2);
        doc.Footnotes[0].ShouldSatisfyAllConditions(
            f => f.Number.ShouldBe(1),
            f => f.Text.ShouldBe("ARDA, fond 27, siyahı 4, iş 25, vərəq 17."),
            f => f.Line.ShouldBe(8),
            f => f.Column.ShouldBe(3));
        doc.Footnotes[1].Text.ShouldBe("GMTA, f. 1874, siy. 1, iş 2, vərəq 78 arxa.");
        doc.Diagnostics.ShouldBeEmpty();
        doc.References.ShouldBeEmpty();
    }

    [Fact]
    public void A_line_starting_with_a_number_that_is_not_the_next_footnote_continues_the_current_one()
    {
        var text = Lines("x", "1", Rule, "1 Arxiv, Surət fondu, iş ", "", "330, s. 1. ", "", "12 iyun.", " Body.");

        var doc = PaperReader.Read(text);

        doc.Footnotes.ShouldHaveSingleItem().Text.ShouldBe("Arxiv, Surət fondu, iş 330, s. 1. 12 iyun.");
    }

    [Theory]
    [InlineData("Akademiya istoriçes-", "kix nauk", "Akademiya istoriçeskix nauk")]      // hyphenated break: hyphen dropped
    [InlineData("Povstançeskoye 1920-", "1925 qodax", "Povstançeskoye 1920-1925 qodax")] // number range: hyphen kept, no space
    [InlineData("Sbornik sostavil Q.", "Devdariani", "Sbornik sostavil Q. Devdariani")]   // ordinary break: one space
    [InlineData("izd-", "Tvo", "izd-Tvo")]                                                // capital after: hyphen kept
    [InlineData("arxa –", "185.", "arxa – 185.")]                                         // a dash, not a hyphen
    [InlineData("nöqteyi -", "nəzər", "nöqteyi - nəzər")]                                 // spaced hyphen is a dash
    public void Joins_continuation_lines_and_hyphenated_breaks(string first, string second, string joined)
    {
        var doc = PaperReader.Read(Lines("Body.", "1", Rule, "1 " + first, "", second + "  ", " Body."));

        doc.Footnotes.ShouldHaveSingleItem().Text.ShouldBe(joined);
    }

    [Fact]
    public void Segments_map_characters_on_continuation_lines_to_their_real_line_and_column()
    {
        var text = Lines("Body.", "7", "", Rule, "7 Jupikova E.F. Povstançes-", "", "koye dvijenie// Sbornik. c. ", "", "1. М., 2006, s. 172. ", " Body.");
        // footnote 7 is the first one: numbering in this snippet starts at 7, so 1–6 are reported missing.
        var doc = PaperReader.Read(text);
        var note = doc.Footnotes.ShouldHaveSingleItem();

        note.Text.ShouldBe("Jupikova E.F. Povstançeskoye dvijenie// Sbornik. c. 1. М., 2006, s. 172.");
        note.Segments.ShouldBe([new TextSegment(0, 5, 3), new TextSegment(24, 7, 1), new TextSegment(52, 9, 1)]);
        note.PositionOf(0).ShouldBe(new SourcePosition(5, 3));                                   // J
        note.PositionOf(note.Text.IndexOf("koye", StringComparison.Ordinal)).ShouldBe(new SourcePosition(7, 1));
        note.PositionOf(note.Text.IndexOf("М.", StringComparison.Ordinal)).ShouldBe(new SourcePosition(9, 4));
        note.PositionOf(note.Text.IndexOf("172", StringComparison.Ordinal)).ShouldBe(new SourcePosition(9, 17));
        doc.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.FootnotesSkipped.Code && d.Footnote == 7);
    }

    [Fact]
    public void Footnote_blocks_on_several_pages_continue_the_numbering()
    {
        var text = Lines(
            "Page one body", "1", "more body", "2", Rule, "1 First.", "2 Second ", "", "part.",
            " Page two body", "3", Rule, "3 Third.",
            " Page three body with indented marker", " 4", "  ", "", Rule, "4 Fourth.");

        var doc = PaperReader.Read(text);

        doc.Footnotes.Select(f => (f.Number, f.Text)).ShouldBe([(1, "First."), (2, "Second part."), (3, "Third."), (4, "Fourth.")]);
        doc.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_marker_without_a_definition_and_a_definition_without_a_marker_are_warnings()
    {
        var text = Lines("Body one", "1", "body two", "3", Rule, "1 First.", "2 Second.", " Body.");

        var doc = PaperReader.Read(text, "paper.txt");

        doc.Footnotes.Select(f => f.Number).ShouldBe([1, 2]);
        var missingText = doc.Diagnostics.Single(d => d.Code == DiagnosticCodes.MarkerWithoutFootnote.Code);
        (missingText.Footnote, missingText.Line, missingText.Column, missingText.Severity, missingText.File)
            .ShouldBe((3, 4, 1, DiagnosticSeverity.Warning, "paper.txt"));
        var missingMarker = doc.Diagnostics.Single(d => d.Code == DiagnosticCodes.FootnoteWithoutMarker.Code);
        (missingMarker.Footnote, missingMarker.Line).ShouldBe((2, 7));
    }

    [Fact]
    public void A_repeated_marker_is_reported()
    {
        var doc = PaperReader.Read(Lines("Body", "1", "more", "1", Rule, "1 Only.", " Body."));

        doc.Diagnostics.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            d => d.Code.ShouldBe(DiagnosticCodes.DuplicateMarker.Code),
            d => d.Line.ShouldBe(4));
    }

    [Fact]
    public void A_short_blank_line_before_a_numbered_body_line_is_not_a_footnote_rule()
    {
        // No marker 1 was seen and the blank line is short: "1 may" is prose.
        var doc = PaperReader.Read(Lines("Intro.", " ", "1 may 1920 the army entered.", "More prose."));

        doc.Footnotes.ShouldBeEmpty();
        doc.Diagnostics.Select(d => d.Code).ShouldBe([DiagnosticCodes.NothingFound.Code]);
    }

    [Fact]
    public void A_short_blank_line_is_a_rule_when_the_footnote_was_called()
    {
        var doc = PaperReader.Read(Lines("Intro.", "1", " ", "1 Called note.", " Body."));

        doc.Footnotes.ShouldHaveSingleItem().Text.ShouldBe("Called note.");
    }

    [Fact]
    public void Lone_numbers_in_text_without_footnotes_are_not_reported_unless_they_run_like_markers()
    {
        PaperReader.Read(Lines("Some text", "42", "more text")).Diagnostics.Select(d => d.Code).ShouldBe([DiagnosticCodes.NothingFound.Code]);

        var doc = PaperReader.Read(Lines("Some text", "1", "more text", "2", "end"));
        doc.Diagnostics.Select(d => (d.Code, d.Footnote)).ShouldBe(
            [(DiagnosticCodes.MarkerWithoutFootnote.Code, 1), (DiagnosticCodes.MarkerWithoutFootnote.Code, 2)]);
    }

    [Theory]
    [InlineData("Arxiv sənədləri, fond 27, siyahı 4, iş 25, vərəq 17.", true)]
    [InlineData("Jupikova E.F. Povstançeskoye dvijenie // Sbornik trudov. М., 2006, s. 172.", true)]
    [InlineData("Free text with [sic] brackets and a year [1920-ci il] mentioned.", true)]
    [InlineData("", false)]
    [InlineData("\n\n   \n", false)]
    public void Other_text_gives_no_footnotes_no_references_and_no_exception(string text, bool hasText)
    {
        var doc = PaperReader.Read(text);

        doc.Footnotes.ShouldBeEmpty();
        doc.References.ShouldBeEmpty();
        doc.HasReferenceList.ShouldBeFalse();
        doc.Diagnostics.Select(d => d.Code).ShouldBe([hasText ? DiagnosticCodes.NothingFound.Code : DiagnosticCodes.EmptyInput.Code]);
    }
}
