using Bibliography.Model;
using Bibliography.Normalisation;
using Bibliography.Parsing;
using Bibliography.Sources;
using Bibliography.Validation.Rules;

namespace Bibliography.Validation;

/// <summary>Runs the validation rules over a normalised source and merges their findings with the reading diagnostics.</summary>
public sealed class Validator
{
    private readonly IReadOnlyDictionary<string, DiagnosticSeverity> _severities;

    /// <summary>Creates a validator with the given rules (all built-in rules by default) and per-code severity overrides.</summary>
    public Validator(IEnumerable<IValidationRule>? rules = null, IReadOnlyDictionary<string, DiagnosticSeverity>? severities = null)
    {
        Rules = (rules ?? DefaultRules()).ToList();
        _severities = severities ?? new Dictionary<string, DiagnosticSeverity>();
    }

    /// <summary>The rules this validator runs.</summary>
    public IReadOnlyList<IValidationRule> Rules { get; }

    /// <summary>A new instance of every built-in rule, in code order.</summary>
    public static IReadOnlyList<IValidationRule> DefaultRules() => new IValidationRule[]
    {
        new ArchivalHierarchyRule(),
        new AbbreviationBeforeExpansionRule(),
        new BackwardsRangeRule(),
        new MalformedVersoRule(),
        new PageForFolioRule(),
        new InconsistentLevelNamesRule(),
        new SourceSpelledTwoWaysRule(),
        new LocatorKeywordCaseRule(),
        new PersonSpelledTwoWaysRule(),
        new PublisherAbbreviationRule(),
        new RepeatedFullCitationRule(),
        new BookImprintRule(),
        new EmbeddedArchivalItemRule(),
    };

    /// <summary>Validates a paper or footnote list read from a file.</summary>
    /// <exception cref="Errors.InputReadException">The file cannot be read.</exception>
    public ValidationReport ValidateFile(string path, ArchiveRegistry? registry = null) =>
        Validate(new Normaliser(registry) { KeepParses = true }.Normalise(PaperReader.ReadFile(path)));

    /// <summary>Validates footnotes given one by one, numbered from 1.</summary>
    public ValidationReport ValidateFootnotes(IReadOnlyList<string> footnotes, ArchiveRegistry? registry = null) =>
        Validate(new Normaliser(registry) { KeepParses = true }.Normalise(PaperReader.ReadFootnotes(footnotes)));

    /// <summary>Validates a normalised source: the reading diagnostics it already has, then every rule's findings.</summary>
    public ValidationReport Validate(NormalisedSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var context = new ValidationContext(source);
        var found = new List<Diagnostic>();
        var superseded = new HashSet<(string Code, int? Footnote, int? Line, int? Column)>();
        foreach (var rule in Rules)
        {
            foreach (var d in rule.Check(context))
            {
                found.Add(_severities.TryGetValue(d.Code, out var s) ? d with { Severity = s } : d);
                foreach (var code in rule.Supersedes) superseded.Add((code.Code, d.Footnote, d.Line, d.Column));
            }
        }

        var existing = source.Document.Diagnostics
            .Where(d => !superseded.Contains((d.Code, d.Footnote, d.Line, d.Column)))
            .Select(d => _severities.TryGetValue(d.Code, out var s) ? d with { Severity = s } : d);

        // Records compare by value, so Distinct drops a finding two rules (or reader and rule) made identically.
        var all = existing.Concat(found).Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new ValidationReport(all);
    }
}
