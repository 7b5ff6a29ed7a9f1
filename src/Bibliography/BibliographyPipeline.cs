using Bibliography.Errors;
using Bibliography.Export;
using Bibliography.Files;
using Bibliography.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Bibliography.Normalisation;
using Bibliography.Parsing;
using Bibliography.Sources;

namespace Bibliography;

/// <summary>The whole reading pipeline in one call: source → footnotes → citations → normalised CSL-JSON document.</summary>
public static class BibliographyPipeline
{
    /// <summary>Reads a paper or footnote list from a file and normalises it.</summary>
    /// <exception cref="Errors.InputReadException">The file is missing, unreadable or not text in a supported encoding.</exception>
    public static NormalisedSource ExtractFile(string path, ArchiveRegistry? registry = null) =>
        new Normaliser(registry).Normalise(PaperReader.ReadFile(path));

    /// <summary>Reads a paper or footnote list given as text and normalises it.</summary>
    public static NormalisedSource ExtractText(string text, string? path = null, ArchiveRegistry? registry = null) =>
        new Normaliser(registry).Normalise(PaperReader.Read(text, path));

    /// <summary>
    /// Loads a document from any input the commands accept: a JSON document (<c>{"items": …}</c>), a CSL-JSON item
    /// array, or a paper/footnote list, which is extracted.
    /// </summary>
    /// <exception cref="Errors.BibliographyException">The file cannot be read (not a regular file, larger than <see cref="InputFile.MaxTextBytes"/>…), or nothing in it is readable.</exception>
    public static BibliographyDocument LoadDocument(string path) => LoadDocument(path, out _);

    /// <summary>
    /// Loads a document as <see cref="LoadDocument(string)"/> does, reading JSON items with the same tolerant reader as
    /// <c>import</c>: an item that cannot be read is left out, listed in <paramref name="skipped"/> with its line, and
    /// reported as an <c>EXP001</c> error in the document's diagnostics.
    /// </summary>
    /// <exception cref="Errors.BibliographyException">The file cannot be read, or its JSON as a whole is not a document or items.</exception>
    public static BibliographyDocument LoadDocument(string path, out IReadOnlyList<SkippedEntry> skipped)
    {
        skipped = [];
        if (!string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
            return ExtractFile(path).Document;
        var imported = new CslJsonFormat().Read(ReferenceFormats.ReadText(path), path, out var members);
        skipped = imported.Skipped;
        var document = members is null ? new BibliographyDocument() : ReadDocumentMembers(members, path);
        document.Items = imported.Items.ToList();
        document.Diagnostics.AddRange(imported.Diagnostics);
        return document;
    }

    /// <summary>The parts of a document besides its items (citations, footnotes…): these are its structure, so a bad one refuses the file.</summary>
    private static BibliographyDocument ReadDocumentMembers(List<(JsonSpan Span, string Json)> members, string path)
    {
        var document = new JObject();
        var lineBase = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (span, json) in members)
        {
            using var reader = new JsonTextReader(new StringReader(json))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
                MaxDepth = CslJsonFormat.MaxItemDepth,
            };
            try { document[span.Name!] = JToken.ReadFrom(reader); }
            catch (JsonReaderException e)
            {
                throw new BibliographyException($"Malformed JSON in the document's '{span.Name}': {e.Message}", path, span.Line + Math.Max(e.LineNumber, 1) - 1, inner: e);
            }
            lineBase[span.Name!] = span.Line - 1;
        }
        try
        {
            return document.ToObject<BibliographyDocument>(JsonSerializer.Create(CslJson.Settings)) ?? new BibliographyDocument();
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            // The serializer names the JSON path; the line comes from the token there, counted from the member's start.
            var at = (e as JsonSerializationException)?.Path is { Length: > 0 } p ? document.SelectToken(p, errorWhenNoMatch: false) : null;
            var member = at?.Path.Split('.', '[')[0];
            int? line = at is IJsonLineInfo info && info.HasLineInfo() && member is not null && lineBase.TryGetValue(member, out var b) ? b + info.LineNumber : null;
            throw new BibliographyException($"The document's {member ?? "structure"} could not be read: {e.Message.ReplaceLineEndings(" ")}", path, line, inner: e);
        }
    }

    /// <summary>Normalises footnotes given one by one, numbered from 1 in order (so ibid and abbreviations can refer back).</summary>
    public static NormalisedSource ParseFootnotes(IReadOnlyList<string> footnotes, ArchiveRegistry? registry = null) =>
        new Normaliser(registry).Normalise(PaperReader.ReadFootnotes(footnotes));
}
