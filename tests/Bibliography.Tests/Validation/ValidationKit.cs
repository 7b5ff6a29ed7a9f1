using Bibliography.Model;
using Bibliography.Tests.Support;
using Bibliography.Validation;

namespace Bibliography.Tests.Validation;

/// <summary>Runs the validator over footnotes or seed files and picks out diagnostics by code.</summary>
internal static class ValidationKit
{
    public static string Paper003 => Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt");
    public static string Paper000 => Path.Combine(TestPaths.Seeds, "000_5d867d1195954457", "references.txt");

    public static ValidationReport Footnotes(params string[] footnotes) => new Validator().ValidateFootnotes(footnotes);

    public static ValidationReport File(string path) => new Validator().ValidateFile(path);

    public static List<Diagnostic> Of(this ValidationReport report, string code) => report.Diagnostics.Where(d => d.Code == code).ToList();

    public static List<Diagnostic> AtLeastWarnings(this ValidationReport report) =>
        report.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).ToList();

    public static string Dump(this ValidationReport report) => ReportWriter.WriteText(report);
}
