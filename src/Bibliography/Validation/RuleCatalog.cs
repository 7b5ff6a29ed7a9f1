using Bibliography.Model;

namespace Bibliography.Validation;

/// <summary>The codes a validation report can name: the registry's (<see cref="DiagnosticCodes"/>) and those of any extra rules.</summary>
/// <remarks>SARIF output must describe every rule a result names, so a rule from outside the registry is described from itself.</remarks>
public static class RuleCatalog
{
    /// <summary>Every registered code, then the codes of the given rules that the registry lacks.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All(IEnumerable<IValidationRule>? rules = null) =>
        DiagnosticCodes.All
            .Concat((rules ?? Validator.DefaultRules()).Select(r => r.Descriptor).Where(d => DiagnosticCodes.Find(d.Code) is null))
            .ToList();

    /// <summary>The description of a code; an unknown code gets a generic one so output never lacks a rule.</summary>
    public static DiagnosticDescriptor Describe(string code, IEnumerable<IValidationRule>? rules = null) =>
        All(rules).FirstOrDefault(r => r.Code == code)
        ?? new DiagnosticDescriptor(code, DiagnosticSeverity.Warning, code, "See the message of the diagnostic.", DiagnosticStage.Validator);
}
