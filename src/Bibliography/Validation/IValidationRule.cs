using Bibliography.Model;

namespace Bibliography.Validation;

/// <summary>One check of a normalised document: a stable code, a default severity, a title and help text.</summary>
public interface IValidationRule
{
    /// <summary>The stable code (<c>BIB4xx</c>) every diagnostic of this rule carries.</summary>
    string Code { get; }

    /// <summary>The severity the rule reports with unless the validator is told otherwise.</summary>
    DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>A one-line title of what the rule catches.</summary>
    string Title { get; }

    /// <summary>How to fix what the rule reports.</summary>
    string Help { get; }

    /// <summary>Reading or normalisation codes this rule explains better: a diagnostic of theirs at the same place is dropped.</summary>
    IReadOnlyCollection<string> Supersedes => Array.Empty<string>();

    /// <summary>Checks the document and returns what is wrong, with the rule's default severity.</summary>
    IEnumerable<Diagnostic> Check(ValidationContext context);
}

/// <summary>The description of a diagnostic code, for help text, SARIF rule metadata and the rule table.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Severity">The default severity.</param>
/// <param name="Title">What the code catches, in one line.</param>
/// <param name="Help">How to fix it.</param>
/// <param name="Origin">Which stage reports it: <c>reader</c>, <c>normaliser</c> or <c>validator</c>.</param>
public sealed record RuleDescriptor(string Code, DiagnosticSeverity Severity, string Title, string Help, string Origin);
