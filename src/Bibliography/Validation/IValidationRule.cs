using Bibliography.Model;

namespace Bibliography.Validation;

/// <summary>One check of a normalised document, described by its entry in <see cref="DiagnosticCodes"/>.</summary>
public interface IValidationRule
{
    /// <summary>The code, default severity, title and help of what the rule reports (a <see cref="DiagnosticCodes"/> entry).</summary>
    DiagnosticDescriptor Descriptor { get; }

    /// <summary>The stable code (<c>BIB4xx</c>) every diagnostic of this rule carries.</summary>
    string Code => Descriptor.Code;

    /// <summary>The severity the rule reports with unless the validator is told otherwise.</summary>
    DiagnosticSeverity DefaultSeverity => Descriptor.Severity;

    /// <summary>Reading or normalisation codes this rule explains better: a diagnostic of theirs at the same place is dropped.</summary>
    IReadOnlyCollection<DiagnosticDescriptor> Supersedes => Array.Empty<DiagnosticDescriptor>();

    /// <summary>Checks the document and returns what is wrong, with the rule's default severity.</summary>
    IEnumerable<Diagnostic> Check(ValidationContext context);
}
