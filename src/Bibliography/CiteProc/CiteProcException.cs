using Bibliography.Errors;

namespace Bibliography.CiteProc;

/// <summary>What kind of failure a <see cref="CiteProcException"/> reports.</summary>
public enum CiteProcErrorKind
{
    /// <summary>The style is not well-formed CSL XML, or citeproc-js refused it.</summary>
    Style,
    /// <summary>A locale is unknown or its XML is malformed.</summary>
    Locale,
    /// <summary>An item or citation was rejected (missing id or type, unknown id cited).</summary>
    Item,
    /// <summary>The job ran past its time budget or recursion limit and was stopped.</summary>
    Timeout,
    /// <summary>The JavaScript host itself failed (Node missing or died, script error).</summary>
    Host,
    /// <summary>The job needed more memory than the host allows and was stopped.</summary>
    Memory,
}

/// <summary>A formatting job failed in citeproc-js or its host; the message says what and where.</summary>
public class CiteProcException : BibliographyException
{
    /// <summary>Creates the error with its kind and, optionally, the file it concerns.</summary>
    public CiteProcException(CiteProcErrorKind kind, string message, string? file = null, int? line = null, int? column = null, Exception? inner = null)
        : base(message, file, line, column, inner: inner)
    {
        Kind = kind;
    }

    /// <summary>The kind of failure.</summary>
    public CiteProcErrorKind Kind { get; }
}
