using Bibliography.Model;

namespace Bibliography.Sources;

/// <summary>The diagnostics the readers of this folder report, made in one place (they differ only in their data).</summary>
internal static class SourceDiagnostic
{
    /// <summary>A warning about the text at <paramref name="line"/>:<paramref name="column"/> of <paramref name="file"/>.</summary>
    public static Diagnostic Warning(string code, string message, string? file, int? line = null, int? column = null, int? footnote = null) =>
        Make(DiagnosticSeverity.Warning, code, message, file, line, column, footnote);

    /// <summary>A note about the text at <paramref name="line"/>:<paramref name="column"/> of <paramref name="file"/>.</summary>
    public static Diagnostic Info(string code, string message, string? file, int? line = null, int? column = null, int? footnote = null) =>
        Make(DiagnosticSeverity.Info, code, message, file, line, column, footnote);

    private static Diagnostic Make(DiagnosticSeverity severity, string code, string message, string? file, int? line, int? column, int? footnote) => new()
    {
        Severity = severity,
        Code = code,
        Message = message,
        Footnote = footnote,
        Line = line,
        Column = column,
        File = file,
    };
}
