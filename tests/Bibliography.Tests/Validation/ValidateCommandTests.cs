using Bibliography.Tests.Support;
using Bibliography.Cli;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Validation;

/// <summary><c>bibliography validate</c>: inputs, formats and exit codes.</summary>
public class ValidateCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void Clean_footnotes_exit_0_with_no_output()
    {
        var (code, output, error) = Run("validate", "--", "Azərbaycan Respublikası Dövlət Arxivi (ARDA), fond 27, siyahı 4, iş 25, vərəq 17.", "Yenə orada, vərəq 18.");
        code.ShouldBe(0, error);
        output.ShouldBeEmpty();
    }

    [Fact]
    public void Info_only_exits_0()
    {
        var (code, output, _) = Run("validate", "--", "ARDA, fond 27, siyahı 4, iş 25, vərəq 17.", "ARDA, fond 27, siyahı 4, iş 25, vərəq 18.");
        code.ShouldBe(0);
        output.ShouldContain("info BIB411");
    }

    [Fact]
    public void Warnings_only_exit_1()
    {
        var (code, output, error) = Run("validate", ValidationKit.Paper003);
        code.ShouldBe(1, error);
        output.ShouldContain("warning BIB410 (footnote 18)");
    }

    [Fact]
    public void Errors_exit_2()
    {
        var (code, output, _) = Run("validate", "--format", "json", "--", "ARDA, fond 27, siyahı 4, iş 25, vərəq 23 – 22.");
        code.ShouldBe(2);
        JObject.Parse(output)["diagnostics"]![0]!["code"]!.ToString().ShouldBe("BIB403");
    }

    [Fact]
    public void Sarif_format_is_written()
    {
        var (code, output, _) = Run("validate", ValidationKit.Paper000, "--format", "sarif");
        code.ShouldBe(1);
        JObject.Parse(output)["runs"]![0]!["results"]![0]!["ruleId"]!.ToString().ShouldBe("SRC004");
    }

    [Fact]
    public void Unreadable_input_is_one_line_and_exit_2()
    {
        var (code, output, error) = Run("validate", "/no/such/paper.txt");
        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.TrimEnd().ShouldNotContain("\n");
        error.ShouldContain("/no/such/paper.txt");
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var (code, _, error) = Run("validate", "--format", "yaml", ValidationKit.Paper003);
        code.ShouldNotBe(0);
        error.ShouldNotContain("   at ");
    }
}
