using Bibliography.Model;

namespace Bibliography.Validation;

/// <summary>What validation found, with the counts and the exit code the command line reports.</summary>
/// <param name="Diagnostics">The findings in file, line and column order.</param>
public sealed record ValidationReport(IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>The number of informational notes (they do not affect the exit code).</summary>
    public int Infos => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);

    /// <summary>0 when clean (info only), 1 with warnings only, 2 with any error.</summary>
    public int ExitCode => Errors > 0 ? 2 : Warnings > 0 ? 1 : 0;

    /// <summary>The reports of several inputs as one.</summary>
    public static ValidationReport Combine(IEnumerable<ValidationReport> reports) => new(reports.SelectMany(r => r.Diagnostics).ToList());
}
