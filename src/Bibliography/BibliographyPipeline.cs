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

    /// <summary>Normalises footnotes given one by one, numbered from 1 in order (so ibid and abbreviations can refer back).</summary>
    public static NormalisedSource ParseFootnotes(IReadOnlyList<string> footnotes, ArchiveRegistry? registry = null) =>
        new Normaliser(registry).Normalise(PaperReader.ReadFootnotes(footnotes));
}
