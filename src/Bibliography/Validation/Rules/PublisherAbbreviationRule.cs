using System.Text.RegularExpressions;
using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB410: a hyphenated abbreviation in a publisher (<c>bzd-tvo</c>) that is not a known form (<c>izd-vo</c>, <c>izd-tvo</c>, <c>изд-во</c>).</summary>
/// <remarks>
/// GOST abbreviates publisher words with a hyphen (<c>изд-во</c> for издательство, <c>ун-та</c> for университета);
/// a token of that shape (up to five letters, a hyphen, up to four lower-case letters) not in <see cref="KnownForms"/>
/// is reported, with the nearest known form suggested.
/// </remarks>
public sealed class PublisherAbbreviationRule : IValidationRule
{
    private static readonly Regex Abbreviation = new(@"(?<![\p{L}-])\p{L}{1,5}-\p{Ll}{1,4}(?![\p{L}-])", RegexOptions.CultureInvariant);

    /// <summary>The publisher abbreviations GOST and its transliterations use, lower case.</summary>
    public static IReadOnlySet<string> KnownForms { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "izd-vo", "izd-va", "izd-vu", "izd-vom", "izd-tvo", "izd-tva", "изд-во", "изд-ва", "изд-ву", "изд-вом", "изд-тво", "изд-тва",
        "un-t", "un-ta", "ун-т", "ун-та", "in-t", "in-ta", "ин-т", "ин-та", "ob-vo", "ob-va", "об-во", "об-ва",
        "t-vo", "t-va", "т-во", "т-ва", "tov-vo", "тов-во", "kn-vo", "кн-во",
    };

    /// <inheritdoc />

    public DiagnosticDescriptor Descriptor => DiagnosticCodes.PublisherAbbreviation;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var c in context.Citations)
        {
            if (c.Citation is not PublicationCitation { Publisher: { } publisher }) continue;
            foreach (Match m in Abbreviation.Matches(publisher.Value))
            {
                var token = m.Value.ToLowerInvariant();
                if (KnownForms.Contains(token)) continue;
                var nearest = KnownForms.Where(k => Text.HasCyrillic(k) == Text.HasCyrillic(token))
                    .OrderBy(k => Text.Distance(k, token)).ThenBy(k => k, StringComparer.Ordinal).First();
                var suggestion = Text.Distance(nearest, token) <= 2 ? $"did you mean '{nearest}'? " : "";
                yield return context.At(this, c.Footnote, publisher.Span.Offset + m.Index,
                    $"'{m.Value}' is not a known publisher abbreviation; {suggestion}write a standard form ({(Text.HasCyrillic(token) ? "изд-во, изд-тво" : "izd-vo, izd-tvo")}) or the word in full.");
            }
        }
    }
}
