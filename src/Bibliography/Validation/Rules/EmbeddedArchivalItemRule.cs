using Bibliography.Model;
using Bibliography.Parsing;
using Newtonsoft.Json.Linq;

namespace Bibliography.Validation.Rules;

/// <summary>
/// BIB413: an archival item a reference manager keeps in the document (Zotero or Mendeley field) lacks its archive,
/// a level of its shelf mark (fond, opis, delo) or, where it is cited, the folio: the checks BIB401 makes on typed
/// citations, made on the embedded CSL-JSON (the shelf mark is read from <c>archive_location</c>).
/// </summary>
public sealed class EmbeddedArchivalItemRule : IValidationRule
{
    /// <inheritdoc />
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.EmbeddedArchivalItem;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var field in context.Source.Source.EmbeddedCitations)
        {
            if (JToken.Parse(field.Json) is not JObject citation || citation["citationItems"] is not JArray entries) continue;
            foreach (var entry in entries.OfType<JObject>())
            {
                if (entry["itemData"] is not JObject data || (string?)data["type"] != CslItemTypes.Manuscript) continue;
                var archive = (string?)data["archive"];
                var shelfMark = (string?)data["archive_location"];
                if (archive is null && shelfMark is null) continue;
                var missing = new List<string>();
                if (string.IsNullOrWhiteSpace(archive)) missing.Add("archive");
                if (string.IsNullOrWhiteSpace(shelfMark)) missing.Add("shelf mark (archive_location)");
                else if (CitationParser.ParseFootnote(string.IsNullOrWhiteSpace(archive) ? shelfMark : $"{archive}, {shelfMark}")
                             .FirstOrDefault() is ArchivalCitation a)
                {
                    foreach (var kind in new[] { ArchivalLevelKind.Fond, ArchivalLevelKind.Opis, ArchivalLevelKind.Delo })
                        if (a.Level(kind) is null) missing.Add(Vocabulary.EnglishName(kind));
                }
                else missing.Add($"fond, opis and delo read from its shelf mark '{shelfMark}'");
                if (string.IsNullOrWhiteSpace((string?)entry["locator"])) missing.Add("folio (the citation's locator)");
                if (missing.Count == 0) continue;
                yield return Descriptor.Report($"The archival item '{(string?)data["id"]}' of a {(field.Manager == "zotero" ? "Zotero" : "Mendeley")} citation has no {string.Join(" and no ", missing)}; complete it in the reference manager and refresh the document.",
                    context.File, field.Line, field.Column, field.Note == 0 ? null : field.Note);
            }
        }
    }
}
