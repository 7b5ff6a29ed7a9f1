using Bibliography.Export;

namespace Bibliography.Tests.Export;

public class MalformedInputTests
{
    [Fact]
    public void Csl_json_skips_a_bad_item_and_keeps_the_others()
    {
        const string json = "[\n {\"id\":\"a\",\"type\":\"book\",\"title\":\"A\"},\n {\"id\":\"b\",\"type\":\"book\",\n  \"author\":\"not a list\"},\n {\"id\":\"c\",\"type\":\"book\"}\n]";
        var result = new CslJsonFormat().Read(new StringReader(json), "x.json");
        result.Items.Select(i => i.Id).ShouldBe(new[] { "a", "c" });
        var skipped = result.Skipped.ShouldHaveSingleItem();
        skipped.Line.ShouldBe(3);
        skipped.Key.ShouldBe("b");
        skipped.Reason.ShouldContain("author");
        result.Diagnostics.ShouldContain(d => d.Line == 3 && d.File == "x.json" && d.Code == "EXP001");
    }

    [Fact]
    public void Csl_json_broken_syntax_keeps_items_before_the_break_and_names_the_line()
    {
        const string json = "[\n {\"id\":\"a\",\"type\":\"book\"},\n {\"id\":\"b\",\"type\":\"book\"},\n {\"id\": \"c\" \"type\":\"book\"}\n]";
        var result = new CslJsonFormat().Read(new StringReader(json));
        result.Items.Select(i => i.Id).ShouldBe(new[] { "a", "b" });
        result.Skipped.ShouldHaveSingleItem().Line.ShouldBe(4);
        Should.Throw<ImportFormatException>(() => new CslJsonFormat().Read(new StringReader("\n\nnot json"), "y.json"))
            .ToOneLine().ShouldStartWith("y.json:3:");
    }

    [Fact]
    public void Ris_reports_stray_lines_and_keeps_complete_records()
    {
        const string ris = "TY  - BOOK\nTI  - One\nER  - \n\ngarbage line\nTI  - orphan\nER  - \nTY  - BOOK\nTI  - Two\nER  - \nTY  - JOUR\nTI  - Three (no ER)\n";
        var result = new RisFormat().Read(new StringReader(ris), "x.ris");
        result.Items.Select(i => i.Title).ShouldBe(new[] { "One", "Two", "Three (no ER)" });
        result.Skipped.Select(s => s.Line).ShouldBe(new[] { 5, 6 });
        result.Diagnostics.ShouldContain(d => d.Code == "EXP014");
        Should.Throw<ImportFormatException>(() => new RisFormat().Read(new StringReader("just words\nmore words"), "z.ris"));
    }

    [Fact]
    public void Bibtex_skips_a_broken_entry_names_its_line_and_keeps_the_rest()
    {
        const string bib = "@book{ok1, title = {First}}\n\n@book{broken, title = {Unclosed,\n  year = 1920\n\n@book{ok2, title = {Second}}\n@article{nofields title = {x}}\n@misc{ok3, title = \"Third\", note = undefinedmacro}\n";
        var result = new BibLaTexFormat().Read(new StringReader(bib), "x.bib");
        result.Items.Select(i => i.Id).ShouldBe(new[] { "ok1", "ok2", "ok3" });
        result.Items[2].Note.ShouldBe("undefinedmacro");
        result.Skipped.Select(s => (s.Line, s.Key)).ShouldBe(new[] { (3, (string?)"broken"), (7, "nofields") });
        result.Skipped[0].Reason.ShouldContain("line 3");
        result.Diagnostics.ShouldContain(d => d.Severity == Bibliography.Model.DiagnosticSeverity.Warning && d.Message.Contains("undefinedmacro") && d.Line == 8);
    }

    [Fact]
    public void Duplicate_ids_are_renamed_not_dropped()
    {
        var result = new BibTexFormat().Read(new StringReader("@book{a, title={1}}\n@book{a, title={2}}\n"));
        result.Items.Select(i => i.Id).ShouldBe(new[] { "a", "a-2" });
        result.Diagnostics.ShouldContain(d => d.Code == "EXP003" && d.Line == 2);
    }
}
