using Bibliography.Model;
using Bibliography.Validation;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Validation;

/// <summary>The text, JSON and SARIF 2.1.0 forms of a report.</summary>
public class OutputFormatTests
{
    private static readonly ValidationReport Report003 = ValidationKit.File(ValidationKit.Paper003);

    [Fact]
    public void Text_is_one_line_per_diagnostic_with_file_line_column_severity_code_footnote_and_message()
    {
        var lines = ReportWriter.WriteText(Report003).TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(Report003.Diagnostics.Count);
        lines.ShouldContain($"{ValidationKit.Paper003}:18:79: warning BIB410 (footnote 18): " + Report003.Of("BIB410")[0].Message);
        lines.ShouldAllBe(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^.+:\d+:\d+: (info|warning|error) [A-Z]{3}\d{3}( \(footnote \d+\))?: \S"));
    }

    [Fact]
    public void Text_of_command_line_footnotes_names_the_arguments_as_the_file()
    {
        var report = ValidationKit.Footnotes("ARDA, fond 27, iş 25, vərəq 17.");
        ReportWriter.WriteText(report).ShouldStartWith("<arguments>:1:7: warning BIB401 (footnote 1): ");
    }

    [Fact]
    public void Json_is_a_diagnostics_object_that_reads_back_into_the_same_diagnostics()
    {
        var json = ReportWriter.WriteJson(Report003);
        var root = JObject.Parse(json);
        root.Properties().Select(p => p.Name).ShouldBe(new[] { "diagnostics" });
        root["diagnostics"]![0]!.ToObject<JObject>()!.Properties().Select(p => p.Name)
            .ShouldBe(new[] { "severity", "code", "message", "footnote", "line", "column", "file" });
        var back = CslJson.Deserialize<JObject>(json)["diagnostics"]!.ToObject<List<Diagnostic>>()!;
        back.ShouldBe(Report003.Diagnostics.ToList());
        json.ShouldContain("\"severity\": \"warning\"");
    }

    [Fact]
    public void Sarif_has_version_schema_driver_rules_and_results_with_locations()
    {
        var log = JObject.Parse(ReportWriter.WriteSarif(Report003));
        log["version"]!.ToString().ShouldBe("2.1.0");
        log["$schema"]!.ToString().ShouldContain("sarif-2.1.0");
        var run = (JObject)log["runs"]!.ShouldHaveSingleItem();
        var driver = run["tool"]!["driver"]!;
        driver["name"]!.ToString().ShouldBe("bibliography");
        var rules = (JArray)driver["rules"]!;
        var ids = rules.Select(r => r["id"]!.ToString()).ToList();
        ids.ShouldBeUnique();
        foreach (var rule in rules)
        {
            rule["shortDescription"]!["text"]!.ToString().ShouldNotBeNullOrWhiteSpace();
            rule["help"]!["text"]!.ToString().ShouldNotBeNullOrWhiteSpace();
            new[] { "error", "warning", "note" }.ShouldContain(rule["defaultConfiguration"]!["level"]!.ToString());
        }

        var results = (JArray)run["results"]!;
        results.Count.ShouldBe(Report003.Diagnostics.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var d = Report003.Diagnostics[i];
            result["ruleId"]!.ToString().ShouldBe(d.Code);
            ids[result["ruleIndex"]!.Value<int>()].ShouldBe(d.Code);
            result["level"]!.ToString().ShouldBe(ReportWriter.Level(d.Severity));
            result["message"]!["text"]!.ToString().ShouldBe(d.Message);
            var physical = result["locations"]![0]!["physicalLocation"]!;
            physical["artifactLocation"]!["uri"]!.ToString().ShouldBe(ValidationKit.Paper003.StartsWith('/') ? new Uri(ValidationKit.Paper003).AbsoluteUri : ValidationKit.Paper003);
            physical["region"]!["startLine"]!.Value<int>().ShouldBe(d.Line!.Value);
            physical["region"]!["startColumn"]!.Value<int>().ShouldBe(d.Column!.Value);
        }
        results.ShouldContain(r => r["level"]!.ToString() == "note", "BIB411 info is a SARIF note");
    }

    [Fact]
    public void Sarif_levels_and_relative_uris()
    {
        var report = new ValidationReport(new[]
        {
            new Diagnostic { Code = "BIB403", Severity = DiagnosticSeverity.Error, Message = "m", Footnote = 2, Line = 3, Column = 4, File = "papers/my paper.txt" },
            new Diagnostic { Code = "XYZ999", Severity = DiagnosticSeverity.Warning, Message = "n" },
        });
        var results = JObject.Parse(ReportWriter.WriteSarif(report))["runs"]![0]!["results"]!;
        results[0]!["level"]!.ToString().ShouldBe("error");
        results[0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.ToString().ShouldBe("papers/my%20paper.txt");
        results[0]!["locations"]![0]!["logicalLocations"]![0]!["name"]!.ToString().ShouldBe("footnote 2");
        results[1]!["ruleId"]!.ToString().ShouldBe("XYZ999");
        results[1]!["locations"]![0]!["physicalLocation"]!["region"].ShouldBeNull();
    }

    [Theory]
    [InlineData("text", ReportFormat.Text)]
    [InlineData("JSON", ReportFormat.Json)]
    [InlineData("sarif", ReportFormat.Sarif)]
    public void Format_names_parse(string name, ReportFormat format) => ReportWriter.Parse(name).ShouldBe(format);

    [Fact]
    public void An_unknown_format_name_is_a_typed_error() =>
        Should.Throw<Bibliography.Errors.BibliographyException>(() => ReportWriter.Parse("yaml")).Message.ShouldContain("yaml");
}
