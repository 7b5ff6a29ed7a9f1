namespace Bibliography.Sources;

/// <summary>The diagnostic codes <see cref="PaperReader"/> reports; none of them stops reading.</summary>
public static class SourceDiagnosticCodes
{
    /// <summary>A footnote marker in the body text has no footnote definition.</summary>
    public const string MarkerWithoutFootnote = "SRC001";

    /// <summary>A footnote definition has no marker in the body text.</summary>
    public const string FootnoteWithoutMarker = "SRC002";

    /// <summary>Footnote numbers were skipped: a footnote block starts past the next expected number.</summary>
    public const string FootnotesSkipped = "SRC003";

    /// <summary>The text has numeric in-text references but no numbered reference list.</summary>
    public const string NoReferenceList = "SRC004";

    /// <summary>An in-text reference cites a number the reference list does not have.</summary>
    public const string ReferenceNotInList = "SRC005";

    /// <summary>A bracketed range such as <c>[9-3]</c> is reversed or too long to expand.</summary>
    public const string BadReferenceRange = "SRC006";

    /// <summary>The same footnote marker number appears more than once in the body.</summary>
    public const string DuplicateMarker = "SRC007";

    /// <summary>A reference-list entry is never cited by an in-text reference.</summary>
    public const string UncitedReferenceEntry = "SRC008";

    /// <summary>The text is not empty but holds no footnote, in-text reference or reference list: nothing was read from it.</summary>
    public const string NothingFound = "SRC009";
}
