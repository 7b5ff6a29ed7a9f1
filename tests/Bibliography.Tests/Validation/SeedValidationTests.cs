using Bibliography.Model;
using Bibliography.Sources;
using Bibliography.Tests.Support;
using Bibliography.Validation;

namespace Bibliography.Tests.Validation;

/// <summary>Acceptance on the seed papers: what an editor checking paper 003 and 000 by hand would mark.</summary>
public class SeedValidationTests
{
    private static readonly ValidationReport Report003 = ValidationKit.File(ValidationKit.Paper003);

    [Fact]
    public void Paper_003_bzd_tvo_is_reported_in_footnotes_18_and_21()
    {
        var found = Report003.Of("BIB410");
        found.Select(d => d.Footnote).ShouldBe(new int?[] { 18, 21 }, Report003.Dump());
        found.ShouldAllBe(d => d.Message.Contains("'bzd-tvo'") && d.Message.Contains("izd-tvo"));
        found[0].Line.ShouldBe(18);
        found[0].Column.ShouldBe(79);
    }

    [Fact]
    public void Paper_003_Zbornik_in_6_and_13_against_Sbornik_in_14()
    {
        var found = Report003.Of("BIB407");
        found.Select(d => d.Footnote).ShouldBe(new int?[] { 6, 13 }, Report003.Dump());
        found.ShouldAllBe(d => d.Message.Contains("'Zbornik'") && d.Message.Contains("'Sbornik'") && d.Message.Contains("footnote 14"));
        var text = File.ReadAllLines(ValidationKit.Paper003)[5];
        text.Substring(found[0].Column!.Value - 1, 7).ShouldBe("Zbornik");
    }

    [Fact]
    public void Paper_003_S_against_s_in_footnotes_13_and_14()
    {
        var found = Report003.Of("BIB408");
        found.Select(d => d.Footnote).ShouldBe(new int?[] { 13, 14 }, Report003.Dump());
        found.ShouldAllBe(d => d.Message.Contains("'S.'") && d.Message.Contains("'s.'"));
    }

    [Fact]
    public void Paper_003_footnote_3_lacks_opis_and_cites_a_page_for_a_folio()
    {
        Report003.Of("BIB401").ShouldHaveSingleItem(Report003.Dump()).Footnote.ShouldBe(3);
        Report003.Of("BIB401")[0].Message.ShouldContain("siyahı");
        Report003.Of("BIB401")[0].Message.ShouldNotContain("vərəq (folio)");
        var page = Report003.Of("BIB405").ShouldHaveSingleItem(Report003.Dump());
        page.Footnote.ShouldBe(3);
        page.Message.ShouldContain("vərəq 1");
    }

    [Fact]
    public void Paper_003_footnote_5_abbreviates_the_levels_the_rest_write_in_full()
    {
        var found = Report003.Of("BIB406").ShouldHaveSingleItem(Report003.Dump());
        found.Footnote.ShouldBe(5);
        found.Message.ShouldContain("'f.', 'siy.'");
        found.Message.ShouldContain("'fond', 'siyahı'");
    }

    [Fact]
    public void Paper_003_Mamuliya_in_19_against_Mamulia_in_18()
    {
        var found = Report003.Of("BIB409").ShouldHaveSingleItem(Report003.Dump());
        found.Footnote.ShouldBe(19);
        found.Message.ShouldContain("'Mamuliya Q.Q.' (footnotes 19, 20)");
        found.Message.ShouldContain("'Mamulia Q.Q.' (footnotes 18, 21)");
    }

    [Fact]
    public void Paper_003_has_warnings_but_no_errors_so_exits_1()
    {
        Report003.Errors.ShouldBe(0, Report003.Dump());
        Report003.ExitCode.ShouldBe(1);
        Report003.Diagnostics.ShouldAllBe(d => d.File == ValidationKit.Paper003 && d.Line != null && d.Column != null);
    }

    [Fact]
    public void Paper_000_has_no_reference_list_reported_once_by_the_reader_code()
    {
        var report = ValidationKit.File(ValidationKit.Paper000);
        var found = report.Of(DiagnosticCodes.NoReferenceList.Code).ShouldHaveSingleItem(report.Dump());
        found.Severity.ShouldBe(DiagnosticSeverity.Warning);
        found.Message.ShouldContain("26");
    }

    [SharedFact]
    public void The_real_papers_give_the_same_findings_as_their_apparatus()
    {
        var paper = ValidationKit.File(Path.Combine(TestPaths.SharedSeeds!, "003_5bd5681df1433a7c.txt"));
        var codes = Report003.Diagnostics.Select(d => (d.Code, d.Footnote)).ToList();
        paper.Diagnostics.Where(d => d.Code.StartsWith("BIB")).Select(d => (d.Code, d.Footnote)).ShouldBe(codes);
        ValidationKit.File(Path.Combine(TestPaths.SharedSeeds!, "000_5d867d1195954457.txt")).Of(DiagnosticCodes.NoReferenceList.Code).Count.ShouldBe(1);
    }

    [Fact]
    public void BIB411_advice_follows_the_documents_keyword_case_and_gives_one_short_form()
    {
        var advice = Report003.Of("BIB411").ToDictionary(d => d.Footnote!.Value, d => d.Message);
        // BIB408 calls "S." a slip in this paper: the advice writes "s." as the paper mostly does.
        advice[14].ShouldContain("'Yenə orada, s. 517-518'");
        // One alternative, built from the citation: not "(author, short title, Göst. əsəri, …)".
        advice[12].ShouldContain("'Jupikova E.F. Göst. əsəri, s. 172'");
        advice.Values.ShouldAllBe(m => !m.Contains("short title"));
    }
}
