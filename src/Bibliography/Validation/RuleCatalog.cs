using Bibliography.Model;
using Bibliography.Sources;

namespace Bibliography.Validation;

/// <summary>Every diagnostic code Bibliography reports, reading, normalisation and validation alike, with title and help.</summary>
/// <remarks>The validator reuses the reader's and normaliser's codes rather than re-detecting the same problems, so their
/// descriptions live here too: SARIF output must describe every rule a result names.</remarks>
public static class RuleCatalog
{
    private static readonly RuleDescriptor[] Upstream =
    {
        new(SourceDiagnosticCodes.MarkerWithoutFootnote, DiagnosticSeverity.Warning, "Footnote marker without a footnote",
            "A footnote number in the body text has no footnote; add the footnote or remove the marker.", "reader"),
        new(SourceDiagnosticCodes.FootnoteWithoutMarker, DiagnosticSeverity.Warning, "Footnote without a marker",
            "A footnote is never referred to from the body text; add its marker where the claim it supports stands.", "reader"),
        new(SourceDiagnosticCodes.FootnotesSkipped, DiagnosticSeverity.Warning, "Footnote numbers skipped",
            "Footnote numbers jump; renumber the footnotes or restore the missing ones.", "reader"),
        new(SourceDiagnosticCodes.NoReferenceList, DiagnosticSeverity.Warning, "Numeric references without a reference list",
            "The text cites [n] references but has no numbered reference list; add the list (Ədəbiyyat / Литература) with an entry per number.", "reader"),
        new(SourceDiagnosticCodes.ReferenceNotInList, DiagnosticSeverity.Warning, "Reference number not in the list",
            "An in-text reference cites a number the reference list does not have; correct the number or add the entry.", "reader"),
        new(SourceDiagnosticCodes.BadReferenceRange, DiagnosticSeverity.Warning, "Bad reference range",
            "A bracketed range such as [9-3] is reversed or too long; write the lower number first or list the references.", "reader"),
        new(SourceDiagnosticCodes.DuplicateMarker, DiagnosticSeverity.Warning, "Duplicate footnote marker",
            "The same footnote number is used twice in the body; renumber the footnotes.", "reader"),
        new(SourceDiagnosticCodes.UncitedReferenceEntry, DiagnosticSeverity.Info, "Reference-list entry never cited",
            "A reference-list entry is not cited in the text; cite it or remove it.", "reader"),
        new(DiagnosticCodes.UnreadCitation, DiagnosticSeverity.Warning, "Citation not read",
            "The citation matches no known form (archival, publication, newspaper, ibid); check its punctuation against the conventions.", "normaliser"),
        new(DiagnosticCodes.UnreadFragment, DiagnosticSeverity.Warning, "Part of an archival citation not read",
            "Write each level as its keyword and number (fond/siyahı/iş/vərəq, ф./оп./д./л., f./op./d./l.).", "normaliser"),
        new(DiagnosticCodes.IbidWithoutAntecedent, DiagnosticSeverity.Error, "Ibid without an earlier citation",
            "An ibid (Yenə orada, Там же) stands where no source was cited before; cite the source in full.", "normaliser"),
        new(DiagnosticCodes.IbidAmbiguous, DiagnosticSeverity.Warning, "Ambiguous ibid",
            "An ibid follows a footnote citing several sources; name the source instead.", "normaliser"),
        new(DiagnosticCodes.ShortFormWithoutAntecedent, DiagnosticSeverity.Warning, "Short form without a full citation",
            "An op. cit. (Göst. əsəri, Указ. соч.) names an author no earlier footnote cites; give the full citation at first mention.", "normaliser"),
        new(DiagnosticCodes.UnknownArchiveAbbreviation, DiagnosticSeverity.Warning, "Archive abbreviation never expanded",
            "The abbreviation is expanded nowhere in the document and is not in the archive registry; write 'Full name (ABBR)' at its first mention.", "normaliser"),
    };

    /// <summary>The descriptions of the reader's and normaliser's codes the validator passes on.</summary>
    public static IReadOnlyList<RuleDescriptor> UpstreamCodes => Upstream;

    /// <summary>The description of a validation rule.</summary>
    public static RuleDescriptor Describe(IValidationRule rule) => new(rule.Code, rule.DefaultSeverity, rule.Title, rule.Help, "validator");

    /// <summary>Every code: the reader's and normaliser's, then the given (default: built-in) validation rules'.</summary>
    public static IReadOnlyList<RuleDescriptor> All(IEnumerable<IValidationRule>? rules = null) =>
        Upstream.Concat((rules ?? Validator.DefaultRules()).Select(Describe)).ToList();

    /// <summary>The description of a code; an unknown code gets a generic one so output never lacks a rule.</summary>
    public static RuleDescriptor Describe(string code, IEnumerable<IValidationRule>? rules = null) =>
        All(rules).FirstOrDefault(r => r.Code == code)
        ?? new RuleDescriptor(code, DiagnosticSeverity.Warning, code, "See the message of the diagnostic.", "unknown");
}
