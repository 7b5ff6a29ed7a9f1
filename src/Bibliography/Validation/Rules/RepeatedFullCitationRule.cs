using Bibliography.Model;
using Bibliography.Parsing;

namespace Bibliography.Validation.Rules;

/// <summary>BIB411 (info): a source cited in full again where an ibid (right after itself) or a short form is expected.</summary>
/// <remarks>
/// An archive cited again by its abbreviation is already in short form, so an archival repeat is only reported when
/// it follows itself (ibid expected) or spells the archive's full name out again. The ibid phrase suggested follows
/// the paper: <c>Yenə orada</c> in an Azerbaijani paper, <c>Там же</c> for a Cyrillic citation, else <c>Ibid.</c>.
/// </remarks>
public sealed class RepeatedFullCitationRule : IValidationRule
{
    /// <inheritdoc />
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.RepeatedFullCitation;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var citedBefore = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<string> previousFootnote = Array.Empty<string>();
        foreach (var footnote in context.Source.Footnotes)
        {
            var inThis = new List<string>();
            for (var i = 0; i < footnote.Citations.Count; i++)
            {
                var citation = footnote.Citations[i];
                var id = i < footnote.ItemIds.Count ? footnote.ItemIds[i] : null;
                if (id is null) continue;
                var full = citation switch
                {
                    // Cited before, an author and a title alone is the Chicago short form ("Ivanov, Istoriia, 115").
                    PublicationCitation p => !Text.IsShortForm(citation) && !p.HasShortFormShape,
                    NewspaperCitation => true,
                    ArchivalCitation => true,
                    _ => false,
                };
                var followsItself = i == 0 && previousFootnote.Count == 1 && previousFootnote[0] == id;
                // A newspaper issue is identified only by its full date, so only its ibid is advised, never a short form.
                var shortens = citation switch
                {
                    ArchivalCitation a => a.ArchiveName is not null,
                    NewspaperCitation => false,
                    _ => true,
                };
                if (full && citedBefore.Contains(id) && (followsItself || shortens))
                {
                    // The keyword as the document mostly writes it, so the advice never repeats what BIB408 calls a slip.
                    // A bare page ("Suny, 47") has no keyword, and no space is written for it.
                    var locator = citation.Locator is { } l ? ", " + $"{context.PreferredKeyword(l.Keyword)} {l.Written}".TrimStart() : "";
                    var message = followsItself
                        ? $"This footnote cites again in full the source of the footnote just before it; write '{Ibid(context, citation)}{locator}' instead."
                        : citation is ArchivalCitation a
                            ? $"The archive's full name was given before; cite it by its abbreviation here ('{a.ArchiveShort?.Value ?? "ABBR"}, {a.ShelfMark}{locator}')."
                            : $"This source was cited in full in {Text.Footnotes(FirstCited(context, id, footnote.Footnote.Number))}; use a short form here: '{ShortForm(context, citation, context.Item(id), locator)}'.";
                    yield return context.At(this, footnote, citation.Span.Offset, message);
                }
                inThis.Add(id);
            }
            foreach (var id in inThis) citedBefore.Add(id);
            previousFootnote = inThis.Distinct().ToList();
        }
    }

    // One short form, in the paper's convention: "Author Göst. əsəri" (Azerbaijani), "Author Указ. соч." (Cyrillic),
    // else Chicago's "Author, Short Title"; a work without an author is shortened to its title. The Azerbaijani forms
    // are the ones styles/azerbaijani-historical-notes.csl prints, so the style and this advice agree. Both styles print
    // the title in its short form (CSL title form="short"): the item's title-short where it has one, else its title.
    private static string ShortForm(ValidationContext context, ParsedCitation citation, CslItem? item, string locator)
    {
        var p = citation as PublicationCitation;
        var authors = p?.Authors.Where(a => !string.IsNullOrEmpty(a.Family)).ToList() ?? [];
        var author = authors.FirstOrDefault();
        if (author is not null && context.IsAzerbaijaniDocument) return $"{AzerbaijaniNames(authors)} {Vocabulary.OpCitWord(ArchivalConvention.Azerbaijani)}{locator}";
        var name = author is null ? null : $"{author.Family} {author.Given}".Trim();
        if (name is not null && Text.HasCyrillic(citation.Text)) return $"{name} {Vocabulary.OpCitWord(ArchivalConvention.Russian)}{locator}";
        var written = item?.TitleShort ?? item?.Title ?? p?.Title?.Value;
        // An Azerbaijani note repeats an authorless work's title whole, as the project's Azerbaijani style prints it.
        if (author is null && context.IsAzerbaijaniDocument && written is not null) return $"{written.TrimEnd('.', ',')}{locator}";
        var title = item?.TitleShort ?? ShortTitle(written ?? citation.Text);
        return author is null ? $"{title}{locator}" : $"{author.Family}, {title}{locator}";
    }

    // The names as styles/azerbaijani-historical-notes.csl prints them: family name and initials ("Əliyev R.M."), three
    // at most, then "və b." (its et-al-min 4, et-al-use-first 3 and the az-AZ term).
    private static string AzerbaijaniNames(IReadOnlyList<CslName> authors)
    {
        static string Initials(string? given) => string.Concat((given ?? "").Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => string.Join('-', part.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + "."))));
        var names = string.Join(", ", authors.Take(authors.Count >= 4 ? 3 : authors.Count).Select(a => $"{a.Family} {Initials(a.Given)}".Trim()));
        return authors.Count >= 4 ? names + " " + Conventions.AzerbaijaniEtAl : names;
    }

    private static string ShortTitle(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 4 ? title.TrimEnd('.', ',') : string.Join(' ', words.Take(4)).TrimEnd('.', ',') + "…";
    }

    private static string Ibid(ValidationContext context, ParsedCitation citation) =>
        Vocabulary.IbidWord(Text.HasCyrillic(citation.Text) ? ArchivalConvention.Russian : context.IsAzerbaijaniDocument ? ArchivalConvention.Azerbaijani : ArchivalConvention.English);

    private static IEnumerable<int> FirstCited(ValidationContext context, string id, int before) =>
        context.Citations.Where(c => c.ItemId == id && c.Number < before).Select(c => c.Number).Take(1);
}
