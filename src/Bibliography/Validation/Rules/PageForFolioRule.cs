using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB405: an archival file cited by page (<c>s.</c>, <c>с.</c>, <c>p.</c>) instead of folio.</summary>
/// <remarks>
/// Decision: every archival citation with a page locator is reported, not only those of an archive the document
/// elsewhere cites by folio, because post-Soviet archival files are foliated (the archive numbers leaves, not pages)
/// and a page number cannot be found in the file. When the same archive is cited by folio elsewhere the message
/// says so, as that makes a slip all but certain.
/// </remarks>
public sealed class PageForFolioRule : IValidationRule
{
    /// <inheritdoc />
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.PageForFolio;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var archival = context.Citations.Where(c => c.Citation is ArchivalCitation).ToList();
        foreach (var c in archival)
        {
            var a = (ArchivalCitation)c.Citation;
            if (a.Locator is not { Label: LocatorLabels.Page } page) continue;
            var folio = Vocabulary.FolioWord(ArchivalConventions.Of(a));
            var archive = ArchiveOf(context, c);
            var byFolio = archival
                .Where(o => o != c && o.Citation.Locator?.Label == LocatorLabels.Folio && archive is not null && ArchiveOf(context, o) == archive)
                .Select(o => o.Number).ToList();
            var elsewhere = byFolio.Count > 0 ? $" ({Text.Footnotes(byFolio)} cite the same archive by folio)" : "";
            yield return context.At(this, c.Footnote, page.Span.Offset,
                $"The archival file is cited by page ('{page.Keyword} {page.Written}'){elsewhere}, but archival files are numbered by folio; write '{folio} {page.Written}' after checking the folio number in the file.");
        }
    }

    private static string? ArchiveOf(ValidationContext context, CitationAt c)
    {
        var item = context.Item(c.ItemId);
        return item?.GetCustom(CustomKeys.ArchiveShort) ?? item?.Archive;
    }
}
