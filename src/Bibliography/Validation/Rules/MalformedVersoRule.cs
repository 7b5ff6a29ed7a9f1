using System.Text.RegularExpressions;
using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB404: a verso mark that is misspelt, lacks its full stop, is in the wrong script, or follows a page.</summary>
/// <remarks>
/// The accepted marks are <c>arxa</c> (Azerbaijani), <c>об.</c> (Cyrillic), <c>ob.</c> (transliterated) and <c>v</c>/<c>verso</c>
/// (English). Only folios have a verso, so a mark after a page number is wrong whatever it is.
/// </remarks>
public sealed class MalformedVersoRule : IValidationRule
{
    // Every verso mark as written, capitalised or in capitals (the last two are reported), longest first.
    private static readonly Regex Mark = new(@"\d+[абвгАБВГ]?\s*(?<mark>" + string.Join("|", Vocabulary.Verso
        .SelectMany(v => new[] { v.Text, char.ToUpperInvariant(v.Text[0]) + v.Text[1..], v.Text.ToUpperInvariant() }.Distinct()
            .Select(t => (Text: t, Pattern: Regex.Escape(t) + (v.WholeWord ? @"\b" : ""))))
        .OrderByDescending(t => t.Text.Length).Select(t => t.Pattern)) + ")", RegexOptions.CultureInvariant);
    private static readonly Regex VersoLike = new(@"^(?:arx\p{L}*|ar[xh]\p{L}*|ob\p{L}*|об\p{L}*|o6|о6)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <inheritdoc />

    public DiagnosticDescriptor Descriptor => DiagnosticCodes.MalformedVerso;
    /// <inheritdoc />
    public IReadOnlyCollection<DiagnosticDescriptor> Supersedes { get; } = new[] { DiagnosticCodes.UnreadFragment };

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var c in context.Citations)
        {
            var cyrillic = Cyrillic(c.Citation);
            if (c.Citation.Locator is { } locator)
            {
                var text = c.Footnote.Footnote.Text;
                var from = Math.Clamp(locator.Span.Offset, 0, text.Length);
                var span = text[from..Math.Clamp(locator.Span.End, from, text.Length)];
                foreach (Match m in Mark.Matches(span))
                {
                    var mark = m.Groups["mark"];
                    if (Problem(mark.Value, locator, cyrillic, c.Citation) is { } problem)
                        yield return context.At(this, c.Footnote, from + mark.Index, problem);
                }
            }

            // A misspelt mark is not read as one: it is left as an unread fragment right after the folio.
            if (c.Citation is ArchivalCitation { Locator: { Label: LocatorLabels.Folio } folio } a)
                foreach (var fragment in a.Unread.Where(f => f.Span.Offset >= folio.Span.End && f.Span.Offset - folio.Span.End <= 2 && VersoLike.IsMatch(f.Value)))
                    yield return context.At(this, c.Footnote, fragment.Span.Offset,
                        $"'{fragment.Value}' after the folio is not a verso mark this tool (or a reader) knows; write '{Expected(cyrillic, a)}'.");
        }
    }

    private static string? Problem(string mark, CitedLocator locator, bool cyrillic, ParsedCitation citation)
    {
        if (locator.Label == LocatorLabels.Page)
            return $"The verso mark '{mark}' follows a page number, but only folios have a verso; cite the folio ('{Vocabulary.FolioWord(cyrillic ? ArchivalConvention.Russian : ArchivalConvention.Azerbaijani).ToLowerInvariant()} …') or drop the mark.";
        var expected = Expected(cyrillic, citation);
        var lower = mark.ToLowerInvariant();
        // The Azerbaijani mark in capitals is told first, whatever the script: it is only ever a matter of case.
        if (mark != lower && lower == Vocabulary.VersoWord(ArchivalConvention.Azerbaijani)) return $"Write the verso mark '{mark}' in lower case: '{lower}'.";
        if (Text.HasCyrillic(mark) && !cyrillic) return $"The verso mark '{mark}' is in Cyrillic in a Latin-script citation; write '{expected}'.";
        if (!Text.HasCyrillic(mark) && cyrillic && !Vocabulary.Verso.Any(v => v.AnyScript && v.Text == mark))
            return $"The verso mark '{mark}' is in Latin script in a Cyrillic citation; write '{Vocabulary.VersoWord(ArchivalConvention.Russian)}'.";
        if (!mark.EndsWith('.') && Vocabulary.Verso.Any(v => v.Text == lower + ".")) return $"The verso mark '{mark}' lacks its full stop; write '{lower}.'.";
        if (mark != lower && Vocabulary.Verso.Any(v => v.Text == lower)) return $"Write the verso mark '{mark}' in lower case: '{lower}'.";
        return null;
    }

    private static string Expected(bool cyrillic, ParsedCitation citation) =>
        Vocabulary.VersoWord(cyrillic ? ArchivalConvention.Russian
            : citation is ArchivalCitation a && ArchivalConventions.Of(a) == ArchivalConvention.English ? ArchivalConvention.English : ArchivalConvention.Azerbaijani);

    private static bool Cyrillic(ParsedCitation citation) => citation switch
    {
        ArchivalCitation a => ArchivalConventions.Of(a) == ArchivalConvention.Russian,
        _ => Text.HasCyrillic(citation.Locator?.Keyword ?? "") || (citation.Locator is null && Text.HasCyrillic(citation.Text)),
    };
}
