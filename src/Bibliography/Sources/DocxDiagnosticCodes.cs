namespace Bibliography.Sources;

/// <summary>The diagnostic codes <see cref="DocxReader"/> adds to those of <see cref="SourceDiagnosticCodes"/>; none stops reading.</summary>
public static class DocxDiagnosticCodes
{
    /// <summary>A note has its own mark (Word's custom footnote mark, e.g. <c>*</c>); it is still numbered by its place.</summary>
    public const string CustomMark = "DOCX001";

    /// <summary>A note stored in the document is referenced nowhere in the body, so Word does not show it; it is skipped.</summary>
    public const string UnreferencedNote = "DOCX002";
}
