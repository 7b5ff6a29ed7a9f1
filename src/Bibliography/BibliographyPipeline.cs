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
    /// <exception cref="Errors.BibliographyException">The file cannot be read (not a regular file, larger than <see cref="InputFile.MaxTextBytes"/>…) or its JSON is malformed.</exception>
    public static BibliographyDocument LoadDocument(string path)
    {
        if (!string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
            return ExtractFile(path).Document;
        var text = ReadText(path);
        var json = ParseJson(text, path);
        if (json is JObject o && (o.ContainsKey("items") || o.ContainsKey("citations")) && !o.ContainsKey("id"))
            return o.ToObject<BibliographyDocument>(JsonSerializer.Create(CslJson.Settings))!;
        var imported = ReferenceFormats.Import(text, path, "csljson");
        if (imported.Skipped.Count > 0)
            throw new BibliographyException($"{imported.Skipped.Count} item(s) could not be read, first: {imported.Skipped[0].Reason}", path, imported.Skipped[0].Line);
        return imported.ToDocument();
    }

    // The same rules as a paper: a regular file, at most InputFile.MaxTextBytes, in an encoding the decoder accepts.
    private static string ReadText(string path) => TextDecoder.Decode(InputFile.ReadAllBytes(path), path);

    private static JToken ParseJson(string text, string path)
    {
        try { return JToken.Parse(text); }
        catch (JsonReaderException e)
        {
            throw new BibliographyException("Malformed JSON: " + e.Message, path, e.LineNumber, e.LinePosition, inner: e);
        }
    }

    /// <summary>Normalises footnotes given one by one, numbered from 1 in order (so ibid and abbreviations can refer back).</summary>
    public static NormalisedSource ParseFootnotes(IReadOnlyList<string> footnotes, ArchiveRegistry? registry = null) =>
        new Normaliser(registry).Normalise(PaperReader.ReadFootnotes(footnotes));
}
