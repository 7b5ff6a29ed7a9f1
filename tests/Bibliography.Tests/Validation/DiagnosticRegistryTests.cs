using System.Text.RegularExpressions;
using Bibliography.Export;
using Bibliography.Model;
using Bibliography.Tests.Support;
using Bibliography.Validation;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Validation;

/// <summary>The registry (<see cref="DiagnosticCodes"/>) is the one list of codes: RULES.md, SARIF, the rules and every
/// report site agree with it.</summary>
public class DiagnosticRegistryTests
{
    private static readonly string RulesMdPath = Path.Combine(TestPaths.RepoRoot, "src", "Bibliography", "Validation", "RULES.md");

    // Every descriptor field of DiagnosticCodes, found by reflection rather than through DiagnosticCodes.All, so a test
    // does not trust the list it checks.
    private static IReadOnlyList<DiagnosticDescriptor> Declared() => typeof(DiagnosticCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToList();

    [Fact]
    public void Codes_are_unique_well_formed_and_all_listed()
    {
        var declared = Declared();
        declared.Count.ShouldBeGreaterThan(30);
        declared.Select(d => d.Code).ShouldBeUnique();
        declared.ShouldAllBe(d => Regex.IsMatch(d.Code, "^(SRC|DOCX|BIB|EXP)\\d{3}$") && d.Title.Length > 0 && d.Help.Length > 0);
        DiagnosticCodes.All.Select(d => d.Code).OrderBy(c => c).ShouldBe(declared.Select(d => d.Code).OrderBy(c => c));
    }

    [Fact]
    public void Rules_md_lists_every_code_the_validator_can_report()
    {
        // Table rows "| CODE | severity | …": RULES.md must list exactly the registry, each code with its severity.
        var rows = Regex.Matches(File.ReadAllText(RulesMdPath), @"^\| *([A-Z]+\d{3}) *\| *(\w+) *\|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        foreach (var d in Declared())
        {
            rows.ShouldContainKey(d.Code, $"{d.Code} is missing from RULES.md");
            rows[d.Code].ShouldBe(d.Severity.ToString().ToLowerInvariant(), $"severity of {d.Code} in RULES.md");
        }
        rows.Keys.Except(Declared().Select(d => d.Code)).ShouldBeEmpty("RULES.md lists codes the registry does not have");
    }

    [Fact]
    public void Sarif_describes_every_registered_code_with_its_registry_entry()
    {
        var sarif = JObject.Parse(ReportWriter.WriteSarif(new ValidationReport([])));
        var rules = ((JArray)sarif["runs"]![0]!["tool"]!["driver"]!["rules"]!).ToDictionary(r => (string)r["id"]!);
        foreach (var d in Declared())
        {
            rules.ShouldContainKey(d.Code, $"{d.Code} is missing from SARIF's rules");
            ((string)rules[d.Code]["shortDescription"]!["text"]!).ShouldBe(d.Title);
            ((string)rules[d.Code]["help"]!["text"]!).ShouldBe(d.Help);
            ((string)rules[d.Code]["defaultConfiguration"]!["level"]!).ShouldBe(ReportWriter.Level(d.Severity));
        }
    }

    [Fact]
    public void Every_validation_rule_is_a_registry_entry_and_every_validator_entry_has_a_rule()
    {
        var rules = Validator.DefaultRules();
        foreach (var rule in rules)
        {
            DiagnosticCodes.Find(rule.Code).ShouldBeSameAs(rule.Descriptor, $"{rule.GetType().Name} describes itself outside the registry");
            rule.Descriptor.Stage.ShouldBe(DiagnosticStage.Validator);
        }
        Declared().Where(d => d.Stage == DiagnosticStage.Validator).Select(d => d.Code).OrderBy(c => c)
            .ShouldBe(rules.Select(r => r.Code).OrderBy(c => c));
    }

    [Fact]
    public void No_report_site_writes_a_code_as_a_literal()
    {
        // A code written as a string beside the registry is how the six lists drifted apart.
        var registry = Path.Combine("Model", "DiagnosticCodes.cs");
        var literals = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(registry, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"(SRC|DOCX|BIB|EXP)\\d{3}\"").Select(m => $"{Path.GetFileName(f)}: {m.Value}"))
            .ToList();
        literals.ShouldBeEmpty();
    }

    [Fact]
    public void Every_code_raised_on_the_seeds_and_broken_inputs_is_registered()
    {
        var raised = new List<Diagnostic>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Seeds, "*.txt", SearchOption.AllDirectories))
            raised.AddRange(new Validator().ValidateFile(file).Diagnostics);
        if (TestPaths.SharedSeeds is { } shared)
            foreach (var file in Directory.EnumerateFiles(shared, "*.txt"))
                raised.AddRange(new Validator().ValidateFile(file).Diagnostics);
        raised.AddRange(new Validator().ValidateFootnotes(
        [
            "Yenə orada, s. 5.", "ARDA, fond 27, siyahı , iş 25, vərəq 23 – 22.", "XYZA, f. 1, op. 2, d. 3, l. 4 об.",
            "Məmmədov A. Göst. əsəri, s. 4.", "Əliyev R. Qafqaz tarixi. Bzd-tvo, s. 4.", "??? !!!",
        ]).Diagnostics);
        raised.AddRange(ReferenceFormats.ByName("ris").Read(new StringReader("TY  - XXXX\nPY  - 19x\nZZ  - what\nTY  - BOOK\nTI  - T\n"), "bad.ris").Diagnostics);
        raised.AddRange(ReferenceFormats.ByName("bibtex").Read(new StringReader("@weird{a, title={T}, month={Smarch}, foo={x}}\n@book{a, title={T}, crossref={nope}}\n@book{,\n"), "bad.bib").Diagnostics);

        raised.Count.ShouldBeGreaterThan(10);
        raised.Select(d => d.Code).Distinct().Where(c => DiagnosticCodes.Find(c) is null).ShouldBeEmpty();
        raised.Where(d => d.Code.StartsWith("EXP", StringComparison.Ordinal)).ShouldNotBeEmpty();
    }
}
