using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB412: a book (or a chapter's collection) cited without its year or place of publication; an article, or a law's gazette, without its year.</summary>
/// <remarks>Short forms (<c>Göst. əsəri</c>, <c>Указ. соч.</c>, <c>Ivanov, Istoriia, 115</c> after the full citation) are exempt: the full citation they point back to carries the imprint.</remarks>
public sealed class BookImprintRule : IValidationRule
{
    /// <inheritdoc />
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.BookImprint;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var c in context.Citations)
        {
            if (c.Citation is not PublicationCitation p || context.IsShortForm(c) || p.Kind == PublicationKind.Interview) continue; // an interview has no imprint
            var missing = new List<string>();
            // A gazette has no place of publication to give: its name and year say where the act was published.
            if (p.Kind is not (PublicationKind.Article or PublicationKind.Legislation) && p.Place is null) missing.Add("place of publication");
            // The Complete Collection of Laws is cited by volume and number, without a year (ПСЗ. Собр. 2. Т. 12. № 10303).
            if (p.Year is null && !(p.Kind == PublicationKind.Legislation && p.Volume is not null)) missing.Add("year");
            if (missing.Count == 0) continue;
            var what = p.Kind switch { PublicationKind.Book => "book", PublicationKind.Chapter => "collection", PublicationKind.Legislation => "law's gazette", _ => "article" };
            var example = Text.HasCyrillic(p.Text) ? "М.: Наука, 1990" : p.Language == "az" ? "Bakı: Elm, 2005" : "M.: Nauka, 1990";
            yield return context.At(this, c.Footnote, c.Citation.Span.Offset,
                $"The {what} is cited without its {string.Join(" and ", missing)}; add the imprint before the page, e.g. '{example}'.");
        }
    }
}
