using System.Text.RegularExpressions;
using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB403: a folio or page range whose end comes before its start (<c>vərəq 23 – 22</c>, <c>л. 5 об.–5</c>).</summary>
public sealed class BackwardsRangeRule : IValidationRule
{
    private static readonly Regex Point = new(@"^(?<n>\d+)(?<letter>[абвгАБВГ]?)(?<back>v?)$", RegexOptions.CultureInvariant);

    /// <inheritdoc />

    public DiagnosticDescriptor Descriptor => DiagnosticCodes.BackwardsRange;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var c in context.Citations)
            if (c.Citation.Locator is { } locator && Backwards(locator) is { } range)
                yield return context.At(this, c.Footnote, locator.Span.Offset, Message(locator, range));
        foreach (var (reference, citation) in context.References)
            if (citation.Locator is { } locator && Backwards(locator) is { } range)
                yield return context.At(this, reference, locator.Span.Offset, Message(locator, range));
    }

    private static string Message(CitedLocator locator, (string From, string To) range)
    {
        var what = locator.Label == LocatorLabels.Folio ? "folio" : "page";
        var hint = range.To.Length < range.From.Length && !range.To.EndsWith('v')
            ? $"; if '{range.To}' shortens the end, write it in full"
            : "";
        return $"The {what} range '{locator.Keyword} {locator.Written}' runs backwards ({range.From} comes after {range.To}); write the lower {what} first, e.g. '{locator.Keyword} {range.To}–{range.From}'{hint}, or correct the mistyped number.";
    }

    /// <summary>The first range of the locator that runs backwards, as written canonically, or null.</summary>
    internal static (string From, string To)? Backwards(CitedLocator locator)
    {
        foreach (var piece in locator.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = piece.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2) continue;
            var (from, to) = (Order(ends[0]), Order(ends[1]));
            if (from is not null && to is not null && to.Value.CompareTo(from.Value) < 0) return (ends[0], ends[1]);
        }
        return null;
    }

    // Recto before its lettered insert (12а) before verso: 12 < 12v < 12а < 12аv < 13.
    private static (long Number, int Letter, int Verso)? Order(string point)
    {
        var m = Point.Match(point);
        if (!m.Success || !long.TryParse(m.Groups["n"].Value, out var n)) return null;
        var letter = m.Groups["letter"].Value is { Length: 1 } l ? char.ToLowerInvariant(l[0]) - 'а' + 1 : 0;
        return (n, letter, m.Groups["back"].Length);
    }
}
