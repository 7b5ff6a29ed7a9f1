using Bibliography.Model;
using Bibliography.Sources;

namespace Bibliography.Tests.Sources;

public class ReferenceListTests
{
    [Theory]
    [InlineData("Ədəbiyyat")]
    [InlineData("ƏDƏBİYYAT")]
    [InlineData("ƏDƏBIYYAT:")]
    [InlineData("İstifadə olunmuş ədəbiyyat")]
    [InlineData("  Istifadə olunmuş  ədəbiyyat: ")]
    [InlineData("Ədəbiyyat siyahısı")]
    [InlineData("Литература")]
    [InlineData("ЛИТЕРАТУРА")]
    [InlineData("Список литературы:")]
    [InlineData("References")]
    [InlineData("Bibliography")]
    public void A_heading_followed_by_numbered_entries_is_a_reference_list(string heading)
    {
        var text = $"Body cites [1, s.5] and [2].\n\n{heading}\n\n1. Əliyev A. Tarix. Bakı, 2001.\n2. Иванов И.И. История. М.,\n1999. 300 с.\n";

        var doc = PaperReader.Read(text);

        doc.HasReferenceList.ShouldBeTrue();
        doc.ReferenceEntries.Select(e => (e.Number, e.Text, e.Line, e.Column)).ShouldBe(
        [
            (1, "Əliyev A. Tarix. Bakı, 2001.", 5, 4),
            (2, "Иванов И.И. История. М., 1999. 300 с.", 6, 4),
        ]);
        doc.References.Select(r => r.Number).ShouldBe([1, 2]);
        doc.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("1 ", "2 ")]
    [InlineData("1) ", "2) ")]
    [InlineData("[1] ", "[2] ")]
    [InlineData("  1. ", "  2. ")]
    public void Entry_numbers_may_be_written_several_ways(string first, string second)
    {
        var doc = PaperReader.Read($"Text [2].\nReferences\n{first}Alpha.\n{second}Beta.");

        doc.ReferenceEntries.Select(e => (e.Number, e.Text)).ShouldBe([(1, "Alpha."), (2, "Beta.")]);
    }

    [Fact]
    public void A_heading_word_in_prose_or_without_entries_is_not_a_list()
    {
        PaperReader.Read("Ədəbiyyat haqqında danışaq [1].\n1. Not a list.").HasReferenceList.ShouldBeFalse();
        PaperReader.Read("Text [1].\nЛитература\n\nНе список.").HasReferenceList.ShouldBeFalse();
        PaperReader.Read("Text.\nReferences\n2. Starts at two.").HasReferenceList.ShouldBeFalse();
    }

    [Fact]
    public void The_list_ends_at_the_next_abstract_and_its_lines_are_not_footnotes_or_references()
    {
        var text = "Body [1] and [3].\nƏdəbiyyat\n1. Kitab [bax: 2].\n2. Məqalə.\n\n ЛОЗУНГ ПРОТИВ АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКИ\nРезюме [2].";

        var doc = PaperReader.Read(text);

        doc.ReferenceEntries.Select(e => e.Text).ShouldBe(["Kitab [bax: 2].", "Məqalə."]);
        doc.References.Select(r => (r.Number, r.Line)).ShouldBe([(1, 1), (3, 1), (2, 7)]);
        var notInList = doc.Diagnostics.ShouldHaveSingleItem();
        (notInList.Code, notInList.Line, notInList.Column).ShouldBe((DiagnosticCodes.ReferenceNotInList.Code, 1, 14));
    }

    [Fact]
    public void An_uncited_entry_is_noted()
    {
        var doc = PaperReader.Read("Text [1].\nReferences\n1. One.\n2. Two.");

        var d = doc.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Severity, d.Line).ShouldBe((DiagnosticCodes.UncitedReferenceEntry.Code, Bibliography.Model.DiagnosticSeverity.Info, 4));
    }

    [Fact]
    public void In_text_references_without_a_list_are_reported_once()
    {
        var doc = PaperReader.Read("Text [1, s.2] and\n[4].");

        doc.HasReferenceList.ShouldBeFalse();
        doc.ReferenceEntries.ShouldBeEmpty();
        var d = doc.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Line, d.Column).ShouldBe((DiagnosticCodes.NoReferenceList.Code, 1, 6));
    }
}
