using System.Text.RegularExpressions;
using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB401: an archival citation lacks a level of the fond / opis / delo / folio hierarchy, or names a level with no number.</summary>
/// <remarks>A citation cited by page is not reported as lacking a folio here: <see cref="PageForFolioRule"/> says what to do.</remarks>
public sealed class ArchivalHierarchyRule : IValidationRule
{
    // The level keywords as they stand in an unread fragment (the reader leaves a keyword with no number after it
    // unread, and the separators, a full stop among them, are trimmed), each with its level (null for a folio).
    private static readonly Dictionary<string, ArchivalLevelKind?> Bare = Vocabulary.Keywords
        .Where(k => k.Level is KeywordLevel.Fond or KeywordLevel.Opis or KeywordLevel.Delo or KeywordLevel.Folio && !k.Text.Contains(' '))
        .Select(k => (Word: k.Text.TrimEnd('.').ToLowerInvariant(), k.Level))
        .DistinctBy(k => k.Word)
        .ToDictionary(k => k.Word, k => k.Level switch
        {
            KeywordLevel.Fond => ArchivalLevelKind.Fond,
            KeywordLevel.Opis => ArchivalLevelKind.Opis,
            KeywordLevel.Delo => ArchivalLevelKind.Delo,
            _ => (ArchivalLevelKind?)null,
        }, StringComparer.Ordinal);

    private static bool IsEmptyLevel(string fragment) => Bare.ContainsKey(fragment.ToLowerInvariant());

    /// <inheritdoc />

    public DiagnosticDescriptor Descriptor => DiagnosticCodes.ArchivalHierarchy;
    /// <inheritdoc />
    public IReadOnlyCollection<DiagnosticDescriptor> Supersedes { get; } = new[] { DiagnosticCodes.UnreadFragment };

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var c in context.Citations)
        {
            // A Western repository's collection, box and folder are no fond–opis–delo hierarchy to complete.
            if (c.Citation is not ArchivalCitation a || a.Holding is not null) continue;
            var convention = ArchivalConventions.Of(a);

            foreach (var fragment in a.Unread.Where(f => IsEmptyLevel(f.Value)))
                yield return context.At(this, c.Footnote, fragment.Span.Offset,
                    $"The level '{fragment.Value}' has no number; write its number after it (e.g. '{fragment.Value} 2') or remove the empty level.");

            var missing = new List<string>();
            // A citation that continues the one before ("Там же. Д. 58", "…; Д. 420") takes the levels above its first from it.
            var own = a.Continues && a.Levels.Count > 0 ? a.Levels.Min(l => l.Level) : ArchivalLevelKind.Fond;
            foreach (var kind in new[] { ArchivalLevelKind.Fond, ArchivalLevelKind.Opis, ArchivalLevelKind.Delo })
                if (kind >= own && a.Level(kind) is null && !a.Unread.Any(f => IsEmptyLevel(f.Value) && LevelOf(f.Value) == kind))
                    missing.Add($"{Vocabulary.Word(kind, convention)} ({Vocabulary.EnglishName(kind)})");
            if (a.Locator is null) missing.Add($"{Vocabulary.FolioWord(convention)} (folio)");
            if (missing.Count == 0) continue;

            var at = a.Levels.Count > 0 ? a.Levels[0].Span.Offset : a.Span.Offset;
            var example = string.Join(", ", new[] { ArchivalLevelKind.Fond, ArchivalLevelKind.Opis, ArchivalLevelKind.Delo }
                .Select(k => a.Levels.FirstOrDefault(l => l.Level == k) is { Keyword: "" } named ? named.Value : $"{Vocabulary.Word(k, convention)} {a.Level(k) ?? "N"}")
                .Append($"{Vocabulary.FolioWord(convention)} {a.Locator?.Written ?? "N"}"));
            yield return context.At(this, c.Footnote, at,
                $"The archival citation has no {string.Join(" and no ", missing)}; a shelf mark runs fond, opis, delo, folio: write it in full, e.g. '{example}'.");
        }
    }

    private static ArchivalLevelKind? LevelOf(string keyword) => Bare.GetValueOrDefault(keyword.ToLowerInvariant());
}
