using System.Text.RegularExpressions;
using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB403: a folio or page range whose end comes before its start (<c>vərəq 23 – 22</c>, <c>л. 5 об.–5</c>).</summary>
public sealed class BackwardsRangeRule : IValidationRule
{
    private static readonly Regex PointPattern = new(@"^(?<n>\d{1,18})(?<letter>[абвгАБВГ]?)(?<back>v?)$", RegexOptions.CultureInvariant);

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
        return $"The {what} range '{locator.Keyword} {locator.Written}' runs backwards ({range.From} comes after {range.To}); write the lower {what} first, e.g. '{locator.Keyword} {range.To}–{range.From}', or correct the mistyped number.";
    }

    /// <summary>The first range of the locator that runs backwards, as written canonically, or null.</summary>
    /// <remarks>An end with fewer digits than its start shortens it (Chicago's <c>112–14</c> is 112 to 114, <c>1536–38</c>
    /// 1536 to 1538): it takes the start's leading digits, and runs backwards only if the whole end still does.</remarks>
    internal static (string From, string To)? Backwards(CitedLocator locator)
    {
        foreach (var piece in locator.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = piece.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2) continue;
            var (from, to) = (Order(ends[0]), Order(ends[1]));
            if (from is null || to is null) continue;
            var end = to.Value;
            if (end.Digits < from.Value.Digits)
                end = end with { Number = from.Value.Number / Pow10(end.Digits) * Pow10(end.Digits) + end.Number, Digits = from.Value.Digits };
            if (end.CompareTo(from.Value) < 0) return (ends[0], ends[1]);
        }
        return null;
    }

    private static long Pow10(int digits)
    {
        long power = 1;
        for (var i = 0; i < digits; i++) power *= 10;
        return power;
    }

    // Recto before its lettered insert (12а) before verso: 12 < 12v < 12а < 12аv < 13. Digits: as written, for a shortened end.
    private static Point? Order(string point)
    {
        var m = PointPattern.Match(point);
        if (!m.Success || !long.TryParse(m.Groups["n"].Value, out var n)) return null;
        var letter = m.Groups["letter"].Value is { Length: 1 } l ? char.ToLowerInvariant(l[0]) - 'а' + 1 : 0;
        return new Point(n, letter, m.Groups["back"].Length, m.Groups["n"].Length);
    }

    private readonly record struct Point(long Number, int Letter, int Verso, int Digits) : IComparable<Point>
    {
        public int CompareTo(Point other) => (Number, Letter, Verso).CompareTo((other.Number, other.Letter, other.Verso));
    }
}
