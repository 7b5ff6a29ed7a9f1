namespace Bibliography.Sources;

/// <summary>The diagnostic codes <see cref="DocxReader"/> adds to those of <see cref="SourceDiagnosticCodes"/>; none stops reading.</summary>
public static class DocxDiagnosticCodes
{
    /// <summary>A note has its own mark (Word's custom footnote mark, e.g. <c>*</c>); it is still numbered by its place.</summary>
    public const string CustomMark = "DOCX001";

    /// <summary>A note stored in the document is referenced nowhere in the body, so Word does not show it; it is skipped.</summary>
    public const string UnreferencedNote = "DOCX002";

    /// <summary>A citation a reference manager keeps in the document (Zotero or Mendeley field) was read from its embedded CSL-JSON.</summary>
    public const string EmbeddedCitation = "DOCX003";

    /// <summary>A reference manager's citation field whose embedded data cannot be read (bad JSON or base64, no items); its text is kept.</summary>
    public const string BadEmbeddedCitation = "DOCX004";
}
