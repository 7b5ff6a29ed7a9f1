using System.Text.RegularExpressions;
using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB401: an archival citation lacks a level of the fond / opis / delo / folio hierarchy, or names a level with no number.</summary>
/// <remarks>A citation cited by page is not reported as lacking a folio here: <see cref="PageForFolioRule"/> says what to do.</remarks>
public sealed class ArchivalHierarchyRule : IValidationRule
{
    // The reader leaves a keyword with no number after it unread; the separators are already trimmed.
    private static readonly Regex EmptyLevel = new(
        @"^(?:fondu?|f|ф|фонд|siyahı|siy|op|оп|опись|opis|iş|d|д|дело|delo|vərəq|vərəqlər|l|ll|л|лл|лист|list)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <inheritdoc />

    public DiagnosticDescriptor Descriptor => DiagnosticCodes.ArchivalHierarchy;
    /// <inheritdoc />
    public IReadOnlyCollection<DiagnosticDescriptor> Supersedes { get; } = new[] { DiagnosticCodes.UnreadFragment };

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var c in context.Citations)
        {
            if (c.Citation is not ArchivalCitation a) continue;
            var convention = ArchivalConventions.Of(a);

            foreach (var fragment in a.Unread.Where(f => EmptyLevel.IsMatch(f.Value)))
                yield return context.At(this, c.Footnote, fragment.Span.Offset,
                    $"The level '{fragment.Value}' has no number; write its number after it (e.g. '{fragment.Value} 2') or remove the empty level.");

            var missing = new List<string>();
            foreach (var kind in new[] { ArchivalLevelKind.Fond, ArchivalLevelKind.Opis, ArchivalLevelKind.Delo })
                if (a.Level(kind) is null && !a.Unread.Any(f => EmptyLevel.IsMatch(f.Value) && LevelOf(f.Value) == kind))
                    missing.Add($"{ArchivalConventions.Name(kind, convention)} ({ArchivalConventions.English(kind)})");
            if (a.Locator is null) missing.Add($"{ArchivalConventions.Folio(convention)} (folio)");
            if (missing.Count == 0) continue;

            var at = a.Levels.Count > 0 ? a.Levels[0].Span.Offset : a.Span.Offset;
            var example = string.Join(", ", new[] { ArchivalLevelKind.Fond, ArchivalLevelKind.Opis, ArchivalLevelKind.Delo }
                .Select(k => a.Levels.FirstOrDefault(l => l.Level == k) is { Keyword: "" } named ? named.Value : $"{ArchivalConventions.Name(k, convention)} {a.Level(k) ?? "N"}")
                .Append($"{ArchivalConventions.Folio(convention)} {a.Locator?.Written ?? "N"}"));
            yield return context.At(this, c.Footnote, at,
                $"The archival citation has no {string.Join(" and no ", missing)}; a shelf mark runs fond, opis, delo, folio: write it in full, e.g. '{example}'.");
        }
    }

    private static ArchivalLevelKind? LevelOf(string keyword) => keyword.ToLowerInvariant() switch
    {
        "fond" or "fondu" or "f" or "ф" or "фонд" => ArchivalLevelKind.Fond,
        "siyahı" or "siy" or "op" or "оп" or "опись" or "opis" => ArchivalLevelKind.Opis,
        "iş" or "d" or "д" or "дело" or "delo" => ArchivalLevelKind.Delo,
        _ => null,
    };
}
