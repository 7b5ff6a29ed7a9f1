using Bibliography.Export;
using Bibliography.Model;
using Bibliography.Sources;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.Normalisation;

/// <summary>
/// Puts the citations a reference manager keeps in a document (Zotero and Mendeley fields) into the normalised
/// document beside the typed ones: their items are the embedded CSL-JSON as written (no text is parsed), and a
/// note's cluster holds its typed and embedded citations in the order they stand in the note.
/// </summary>
internal static class EmbeddedCitationMerger
{
    /// <summary>The normalised source with the embedded citations of its source merged in.</summary>
    public static NormalisedSource Merge(NormalisedSource normalised)
    {
        var source = normalised.Source;
        var document = normalised.Document;
        var usedIds = new HashSet<string>(document.Items.Select(i => i.Id), StringComparer.Ordinal);
        var idByData = new Dictionary<string, string>(StringComparer.Ordinal);
        var byNote = new Dictionary<int, List<(int Offset, CslCitationItem Item)>>();
        var bodyClusters = new List<CslCitation>();
        var reader = new CslJsonFormat();

        foreach (var embedded in source.EmbeddedCitations)
        {
            var manager = embedded.Manager == "zotero" ? "Zotero" : "Mendeley";
            var citation = JObject.Parse(embedded.Json);
            var items = new List<CslCitationItem>();
            var position = 0;
            foreach (var entry in citation["citationItems"]!.OfType<JObject>())
            {
                position++;
                if (entry["itemData"] is not JObject data)
                {
                    Warn(document, embedded, $"Item {position} of a {manager} citation has no embedded itemData, so its source is unknown here; it is left out.");
                    continue;
                }
                data = (JObject)data.DeepClone();
                // Zotero numbers its items; a CSL id is a string, the same one wherever the item is cited.
                var id = Text(data["id"]) ?? Text(entry["id"]) ?? $"{embedded.Manager}-{idByData.Count + 1}";
                data["id"] = id;
                var key = data.ToString(Formatting.None);
                if (!idByData.TryGetValue(key, out var assigned))
                {
                    var read = reader.Read(new StringReader("[" + key + "]"), source.Path);
                    if (read.Items.Count != 1)
                    {
                        Warn(document, embedded, $"Item {position} of a {manager} citation has embedded data that is not CSL-JSON ({read.Skipped.FirstOrDefault()?.Reason ?? "unreadable"}); it is left out.");
                        continue;
                    }
                    var item = read.Items[0];
                    assigned = id;
                    for (var n = 2; usedIds.Contains(assigned); n++) assigned = $"{id}-{n}";
                    item.Id = assigned;
                    usedIds.Add(assigned);
                    idByData[key] = assigned;
                    document.Items.Add(item);
                }
                items.Add(new CslCitationItem
                {
                    Id = assigned,
                    Locator = Text(entry["locator"]),
                    Label = Text(entry["label"]),
                    Prefix = Text(entry["prefix"]),
                    Suffix = Text(entry["suffix"]),
                });
            }
            if (items.Count == 0) continue;
            document.Diagnostics.Add(DiagnosticCodes.EmbeddedCitation.Report("") with
            {
                Message = $"A {manager} citation field ('{embedded.Text}') cites {items.Count} item(s); they are read from its embedded CSL-JSON, not parsed.",
                Footnote = embedded.Note == 0 ? null : embedded.Note,
                Line = embedded.Line,
                Column = embedded.Column,
                File = source.Path,
            });
            if (embedded.Note > 0)
            {
                if (!byNote.TryGetValue(embedded.Note, out var list)) byNote[embedded.Note] = list = [];
                list.AddRange(items.Select(i => (embedded.Offset, i)));
            }
            else
            {
                var cluster = new CslCitation { CitationId = $"field-{bodyClusters.Count + 1}", Properties = { NoteIndex = 0 } };
                cluster.CitationItems.AddRange(items);
                bodyClusters.Add(cluster);
            }
        }

        MergeNotes(normalised, byNote);
        document.Citations.AddRange(bodyClusters);
        document.Diagnostics = document.Diagnostics.OrderBy(d => d.Line ?? 0).ToList();
        return normalised;
    }

    /// <summary>Each note's cluster gets its embedded items among its typed ones, by where each stands in the note.</summary>
    private static void MergeNotes(NormalisedSource normalised, Dictionary<int, List<(int Offset, CslCitationItem Item)>> byNote)
    {
        if (byNote.Count == 0) return;
        var document = normalised.Document;
        foreach (var parsed in normalised.Footnotes)
        {
            var number = parsed.Footnote.Number;
            if (!byNote.TryGetValue(number, out var embedded)) continue;
            var record = document.Footnotes.First(f => f.Number == number);
            var cluster = record.CitationId is { } cid ? document.Citations.First(c => c.CitationId == cid) : null;
            var all = new List<(int Offset, CslCitationItem Item)>();
            if (cluster is not null)
            {
                // The cluster's items are the parsed citations that resolved to an item, in order.
                var k = 0;
                for (var i = 0; i < parsed.Citations.Count; i++)
                    if (parsed.ItemIds[i] is not null && k < cluster.CitationItems.Count) all.Add((parsed.Citations[i].Span.Offset, cluster.CitationItems[k++]));
            }
            all.AddRange(embedded);
            var ordered = all.OrderBy(a => a.Offset).Select(a => a.Item).ToList(); // stable: a field's items keep their order
            if (cluster is null)
            {
                cluster = new CslCitation { CitationId = $"note-{number}", Properties = { NoteIndex = number } };
                var before = document.Citations.FindIndex(c => c.Properties.NoteIndex == 0 || c.Properties.NoteIndex > number);
                document.Citations.Insert(before < 0 ? document.Citations.Count : before, cluster);
                record.CitationId = cluster.CitationId;
            }
            cluster.CitationItems = ordered;
        }
    }

    private static void Warn(BibliographyDocument document, EmbeddedCitation embedded, string message) => document.Diagnostics.Add(DiagnosticCodes.BadEmbeddedCitation.Report(message) with
    {
        Message = message,
        Footnote = embedded.Note == 0 ? null : embedded.Note,
        Line = embedded.Line,
        Column = embedded.Column,
        File = null,
    });

    private static string? Text(JToken? token) =>
        token is JValue { Value: { } value } ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
