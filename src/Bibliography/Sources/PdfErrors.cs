using Bibliography.Errors;

namespace Bibliography.Sources;

/// <summary>A PDF could not be read; each subclass is one reason, and its message says what to do.</summary>
public abstract class PdfReadException(string message, string file, Exception? inner)
    : BibliographyException(message, file, inner: inner);

/// <summary>The PDF has no text layer (a scan or images of pages): there is no OCR here.</summary>
public sealed class PdfNoTextLayerException(string file)
    : PdfReadException(
        $"'{file}' has no text layer (it is a scan or pictures of pages), so there is no text to read and no OCR is done: "
        + "run it through OCR (e.g. `ocrmypdf in.pdf out.pdf`) or export the paper from its word processor as PDF or .docx, and read that.",
        file,
        null);

/// <summary>The PDF is encrypted and cannot be opened without a password.</summary>
public sealed class PdfEncryptedException(string file, Exception? inner)
    : PdfReadException(
        $"'{file}' is an encrypted (password-protected) PDF and cannot be read: open it with its password and save or print it "
        + "to a PDF without a password (e.g. `qpdf --password=… --decrypt in.pdf out.pdf`), or read the paper's .docx.",
        file,
        inner);

/// <summary>The file is not a readable PDF: truncated, corrupted or only named .pdf.</summary>
public sealed class PdfDamagedException(string file, string reason, Exception? inner)
    : PdfReadException(
        $"'{file}' is not a readable PDF: the file is damaged or is not a PDF ({reason}). "
        + "Download or export it again, or read the paper's .docx.",
        file,
        inner);

/// <summary>The PDF passes one of the <see cref="PdfLimits"/>.</summary>
public sealed class PdfLimitException(string file, string reason)
    : PdfReadException($"'{file}' is refused as a PDF: {reason}. Split it into smaller files and read each.", file, null);

/// <summary>The bounds a PDF must keep, so a huge or hostile file is refused with a clear error instead of exhausting memory or time.</summary>
/// <remarks>A 300-page paper converted by LibreOffice is about 1 MB and reads in a few seconds; the bounds leave room for books with pictures.</remarks>
public static class PdfLimits
{
    /// <summary>The largest PDF file read, in bytes (pictures make PDFs large; their text is small).</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>The most pages read from one PDF (a monograph has under a thousand).</summary>
    public const int MaxPages = 3_000;

    /// <summary>The most letters read from one page (a dense page of small print holds about 10,000).</summary>
    public const int MaxLettersPerPage = 100_000;
}
