using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Bibliography.Sources;

/// <summary>
/// The bounds a .docx must keep before and while it is read, so a small hostile file (a zip bomb, a part of
/// millions of nested elements) is refused in seconds with a clear error instead of exhausting memory.
/// </summary>
/// <remarks>
/// Sizes are counted as the entries are inflated, never taken from the zip's own (forgeable) headers. The parts
/// read for text are streamed (<see cref="DocxReader"/> keeps no XML tree), so a document's memory grows with the
/// text it holds, not with its markup; <see cref="MaxPartBytes"/> is set so a document whose body, footnotes and
/// endnotes are each nothing but text at the cap is read in well under 1 GB (two such 31 MB parts peaked at 440 MB
/// working set; two of 63 MB at 830 MB, which is why the cap is not 64 MB).
/// </remarks>
public static class DocxPackageLimits
{
    /// <summary>The most bytes one zip entry (part) of a .docx may inflate to.</summary>
    public const long MaxPartBytes = 32L * 1024 * 1024;

    /// <summary>The most bytes all the zip entries of a .docx together may inflate to.</summary>
    public const long MaxPackageBytes = 256L * 1024 * 1024;

    /// <summary>The most zip entries a .docx may hold (Word writes a few dozen; images add one each).</summary>
    public const int MaxEntries = 10_000;

    /// <summary>The deepest element nesting read in a part (Word's deepest real nesting, tables in tables, is far less).</summary>
    public const int MaxDepth = 1_000;

    /// <summary>Inflates every entry of the package, counting bytes, and throws when a bound above is passed.</summary>
    /// <exception cref="DocxLimitException">An entry, the whole package or the number of entries is past its bound.</exception>
    internal static void CheckPackage(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        var entries = zip.Entries;
        if (entries.Count > MaxEntries)
            throw new DocxLimitException(null, $"it holds {entries.Count:N0} zip entries, more than the {MaxEntries:N0} a .docx may hold");
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in entries)
        {
            using var stream = entry.Open();
            long size = 0;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                size += read;
                total += read;
                if (size > MaxPartBytes)
                    throw new DocxLimitException(entry.FullName, $"it inflates to more than {Megabytes(MaxPartBytes)}, the most one part of a .docx may hold");
                if (total > MaxPackageBytes)
                    throw new DocxLimitException(entry.FullName, $"the package inflates to more than {Megabytes(MaxPackageBytes)} by this part, the most a .docx may hold");
            }
        }
    }

    /// <summary>Throws when the element the reader stands on is nested deeper than <see cref="MaxDepth"/>.</summary>
    internal static void CheckDepth(OpenXmlReader reader, OpenXmlPart part)
    {
        if (reader.Depth > MaxDepth)
            throw new DocxLimitException(part.Uri.OriginalString.TrimStart('/'), $"its elements are nested more than {MaxDepth:N0} deep");
    }

    private static string Megabytes(long bytes) => (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB";
}

/// <summary>A .docx passed one of the <see cref="DocxPackageLimits"/>; <see cref="DocxReader"/> reports it naming the file.</summary>
internal sealed class DocxLimitException(string? part, string reason) : Exception(reason)
{
    /// <summary>The zip entry (part) concerned, e.g. <c>word/document.xml</c>, or null for the package as a whole.</summary>
    public string? Part { get; } = part;
}
