using System.Text;
using Bibliography.Model;

namespace Bibliography.Export;

/// <summary>The exchange formats, found by name, extension or content, and the entry points the CLI calls.</summary>
public static class ReferenceFormats
{
    /// <summary>Every format, in the order they are listed to users.</summary>
    public static IReadOnlyList<IReferenceFormat> All { get; } = new IReferenceFormat[]
    {
        new CslJsonFormat(), new RisFormat(), new BibTexFormat(), new BibLaTexFormat(),
    };

    /// <summary>The format with this name or alias (case-insensitive).</summary>
    public static IReferenceFormat ByName(string name) =>
        All.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
                                || f.Aliases.Any(a => a.Equals(name, StringComparison.OrdinalIgnoreCase)))
        ?? throw new UnknownFormatException($"Unknown format '{name}'; use one of: {string.Join(", ", All.Select(f => f.Name))}.");

    /// <summary>The format a file name's extension names, or null (<c>.bib</c> is BibTeX unless the content says BibLaTeX).</summary>
    public static IReferenceFormat? ByExtension(string fileName)
    {
        var lower = fileName.ToLowerInvariant();
        return All.Where(f => f.Extensions.Any(e => lower.EndsWith(e, StringComparison.Ordinal)))
            .OrderByDescending(f => f.Extensions.Max(e => lower.EndsWith(e, StringComparison.Ordinal) ? e.Length : 0))
            .FirstOrDefault();
    }

    /// <summary>The format the content looks like, or null: JSON, RIS tags, or <c>@entries</c> (BibLaTeX when it uses BibLaTeX-only fields).</summary>
    public static IReferenceFormat? Sniff(string content)
    {
        var text = content.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('[') || text.StartsWith('{')) return ByName("csljson");
        if (System.Text.RegularExpressions.Regex.IsMatch(content, @"(?m)^\s*TY {1,2}- ")) return ByName("ris");
        if (System.Text.RegularExpressions.Regex.IsMatch(content, @"(?m)^\s*@[A-Za-z]+\s*[{(]"))
        {
            var biblatex = System.Text.RegularExpressions.Regex.IsMatch(content,
                @"(?im)(^|[,{])\s*(date|journaltitle|location|langid|editoratype|entrysubtype|urldate)\s*=");
            return ByName(biblatex ? "biblatex" : "bibtex");
        }
        return null;
    }

    /// <summary>Picks the format for an import: the name given, else the extension (refined by content for <c>.bib</c>), else the content.</summary>
    public static IReferenceFormat Detect(string? fileName, string content, string? formatName = null)
    {
        if (formatName is not null) return ByName(formatName);
        var byExtension = fileName is null ? null : ByExtension(fileName);
        if (byExtension is BibTexFamilyFormat && Sniff(content) is BibTexFamilyFormat sniffed) return sniffed;
        return byExtension ?? Sniff(content)
            ?? throw new UnknownFormatException("Cannot tell the format from the file name or content; name it (csljson, ris, bibtex, biblatex).", fileName);
    }

    /// <summary>Writes items in the named format to a string.</summary>
    public static string Export(IReadOnlyList<CslItem> items, string formatName)
    {
        var writer = new StringWriter { NewLine = "\n" };
        ByName(formatName).Write(items, writer);
        return writer.ToString();
    }

    /// <summary>Writes items in the named format to a file (UTF-8 without BOM), atomically: a kill leaves the old file or the new one whole.</summary>
    public static void ExportFile(IReadOnlyList<CslItem> items, string formatName, string path)
    {
        var format = ByName(formatName);
        Files.AtomicFile.WriteText(path, writer => format.Write(items, writer));
    }

    /// <summary>Reads text in the named or detected format.</summary>
    public static ImportResult Import(string content, string? fileName = null, string? formatName = null) =>
        Detect(fileName, content, formatName).Read(new StringReader(content), fileName);

    /// <summary>
    /// Reads a file in the named or detected format; a missing or unreadable file, or one that is not text in a
    /// supported encoding (saying where the first invalid byte is), is an <see cref="Errors.InputReadException"/>.
    /// </summary>
    public static ImportResult ImportFile(string path, string? formatName = null) => Import(ReadText(path), path, formatName);

    /// <summary>A file's text, decoded as every input is (UTF-8, or UTF-16/32 with a BOM), refused with the place of a bad byte.</summary>
    internal static string ReadText(string path) =>
        // A regular file of at most InputFile.MaxTextBytes: a FIFO or /dev/zero is refused before it is opened.
        Sources.TextDecoder.Decode(Files.InputFile.ReadAllBytes(path), path);
}
