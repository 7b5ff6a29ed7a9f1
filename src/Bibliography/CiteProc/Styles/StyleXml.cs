using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Bibliography.CiteProc.Styles;

/// <summary>What the <c>&lt;info&gt;</c> head of a style file says; stored in the listing cache, so plain and serialisable.</summary>
internal sealed class StyleHead
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? TitleShort { get; set; }
    public string? ParentHref { get; set; }
    public string? DefaultLocale { get; set; }
    public string? CitationFormat { get; set; }
    public string? StyleClass { get; set; }

    /// <summary>Set instead of the fields above when the head could not be read.</summary>
    public string? Error { get; set; }
    public int? ErrorLine { get; set; }
    public int? ErrorColumn { get; set; }

    public bool IsDependent => ParentHref is not null;
}

/// <summary>Reading CSL style and locale XML safely, with faults reported as typed errors naming file, line and column.</summary>
internal static partial class StyleXml
{
    /// <summary>The CSL namespace, written once: every reader and adapter of styles and locales uses it.</summary>
    public const string CslNamespace = "http://purl.org/net/xbiblio/csl";

    private static XmlReaderSettings Settings() => new()
    {
        // Styles come from anywhere (Zotero folders, downloads): no DTDs, no external entities.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>Reads only as far as the end of <c>&lt;info&gt;</c>, so listing thousands of styles stays fast.</summary>
    public static StyleHead ReadHead(Stream stream, string path)
    {
        var head = new StyleHead();
        try
        {
            using var reader = XmlReader.Create(stream, Settings());
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "style")
                throw Fault(path, reader, $"the root element is <{reader.LocalName}>, not a CSL <style>");
            head.DefaultLocale = NullIfEmpty(reader.GetAttribute("default-locale"));
            head.StyleClass = NullIfEmpty(reader.GetAttribute("class"));
            if (reader.IsEmptyElement) throw Fault(path, reader, "the <style> element is empty (no <info>)");
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && reader.LocalName == "info")
                {
                    ReadInfo(reader, head);
                    break;
                }
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1) reader.Skip();
                else reader.Read();
            }
        }
        catch (XmlException ex)
        {
            throw FromXmlException(path, ex, "style", null);
        }
        if (string.IsNullOrWhiteSpace(head.Id))
            throw new StyleFormatException("The CSL style has no <info><id>, so it cannot be named or listed.", path);
        return head;
    }

    private static void ReadInfo(XmlReader reader, StyleHead head)
    {
        if (reader.IsEmptyElement) return;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1)
            {
                reader.Read();
                continue;
            }
            switch (reader.LocalName)
            {
                case "id": head.Id = reader.ReadElementContentAsString().Trim(); break;
                case "title": head.Title = reader.ReadElementContentAsString().Trim(); break;
                case "title-short": head.TitleShort = reader.ReadElementContentAsString().Trim(); break;
                case "link":
                    if (reader.GetAttribute("rel") == "independent-parent")
                        head.ParentHref = reader.GetAttribute("href")?.Trim() ?? "";
                    reader.Skip();
                    break;
                case "category":
                    head.CitationFormat ??= NullIfEmpty(reader.GetAttribute("citation-format"));
                    reader.Skip();
                    break;
                default: reader.Skip(); break;
            }
        }
    }

    /// <summary>Reads the whole text, honouring a byte-order mark and otherwise taking UTF-8 as CSL requires.</summary>
    public static string ReadText(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Checks the whole document is well-formed and has the expected root, so faults past the head surface with their place.</summary>
    public static void CheckWellFormed(string xml, string path, string rootName)
    {
        var kind = rootName == "style" ? "style" : "locale";
        if (TooLarge(xml, kind) is { } tooLarge)
            throw rootName == "style" ? new StyleFormatException(tooLarge, path) : new LocaleFormatException(tooLarge, path);
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings());
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != rootName)
                throw rootName == "style"
                    ? Fault(path, reader, $"the root element is <{reader.LocalName}>, not a CSL <style>")
                    : new LocaleFormatException($"Not a CSL locale: the root element is <{reader.LocalName}>, not <locale>.", path, Line(reader), Column(reader));
            while (reader.Read()) { }
        }
        catch (XmlException ex)
        {
            throw FromXmlException(path, ex, kind, xml);
        }
    }

    /// <summary>
    /// Why a style or locale is refused for its size, or null: a hostile file of hundreds of thousands of macros would
    /// otherwise hold an engine for minutes before any job's budget starts.
    /// </summary>
    public static string? TooLarge(string xml, string kind) =>
        // Characters are counted first: at most 3 UTF-8 bytes each, so a file under the limit is never measured twice.
        xml.Length <= CiteProcLimits.MaxStyleBytes / 3 ? null : TooLarge(Encoding.UTF8.GetByteCount(xml), kind);

    /// <summary>Why a style or locale of <paramref name="bytes"/> is refused for its size, or null.</summary>
    public static string? TooLarge(long bytes, string kind) => bytes <= CiteProcLimits.MaxStyleBytes
        ? null
        : $"The {kind} is {bytes / (1024.0 * 1024):0.#} MB; a CSL {kind} larger than {CiteProcLimits.MaxStyleBytes / (1024 * 1024)} MB "
          + $"is refused (the largest official one is under 300 KB).";

    /// <summary>
    /// The reason an XML fault stopped a read, in the user's terms, and its place: a DTD (refused because it can expand
    /// entities or fetch files) is named as such rather than with .NET's advice to enable DTD processing.
    /// </summary>
    public static (string Message, int? Line, int? Column) Describe(XmlException ex, string kind, string? xml)
    {
        int? line = ex.LineNumber > 0 ? ex.LineNumber : null;
        int? column = ex.LinePosition > 0 ? ex.LinePosition : null;
        if (!Errors.XmlFaults.IsDtdRefused(ex))
            return ($"Malformed XML in CSL {kind}: " + PlaceSuffix().Replace(ex.Message, "").TrimEnd(), line, column);
        if (line is null && xml?.IndexOf("<!DOCTYPE", StringComparison.Ordinal) is >= 0 and var at)
        {
            line = 1 + xml.AsSpan(0, at).Count('\n');
            column = at - (xml.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
        }
        return ($"The CSL {kind} contains a DTD (<!DOCTYPE …>), which is not allowed; remove it.", line, column);
    }

    /// <summary>
    /// The style as a tree (whitespace kept, no DTD), or null when it is not well-formed or not a CSL style: parsed once
    /// per formatter, then read and adapted in place by the contract check and the adapters, and written once.
    /// </summary>
    public static XDocument? ParseTree(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
            return document.Root?.Name == XName.Get("style", CslNamespace) ? document : null;
        }
        catch (XmlException)
        {
            return null; // the processor reports it with its line and column
        }
    }

    /// <summary>A style's tree as text again, its XML declaration kept.</summary>
    public static string WriteTree(XDocument document) =>
        document.Declaration is null ? document.ToString(SaveOptions.DisableFormatting) : document.Declaration + document.ToString(SaveOptions.DisableFormatting);

    /// <summary>Returns the style XML with its root <c>default-locale</c> set, as a dependent style asks of its parent.</summary>
    public static string WithDefaultLocale(string xml, string locale)
    {
        var doc = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
        doc.Root!.SetAttributeValue("default-locale", locale);
        var declaration = doc.Declaration is null ? "" : doc.Declaration + "\n";
        return declaration + doc.Root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The last path segment of an id URI (<c>apa</c> for <c>http://www.zotero.org/styles/apa</c>).</summary>
    public static string LastSegment(string id)
    {
        var trimmed = id.Trim().TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash >= 0 ? trimmed[(slash + 1)..] : trimmed;
    }

    private static StyleFormatException Fault(string path, XmlReader reader, string what) =>
        new($"Not a usable CSL style: {what}.", path, Line(reader), Column(reader));

    private static Exception FromXmlException(string path, XmlException ex, string kind, string? xml)
    {
        // XmlException repeats the place in its message; the typed error carries it separately.
        var (message, line, column) = Describe(ex, kind, xml);
        return kind == "style"
            ? new StyleFormatException(message, path, line, column, ex)
            : new LocaleFormatException(message, path, line, column, ex);
    }

    private static int? Line(XmlReader reader) => reader is IXmlLineInfo { LineNumber: > 0 } info ? info.LineNumber : null;

    private static int? Column(XmlReader reader) => reader is IXmlLineInfo { LinePosition: > 0 } info ? info.LinePosition : null;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex PlaceSuffix();
}
