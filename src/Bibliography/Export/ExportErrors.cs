using Bibliography.Errors;

namespace Bibliography.Export;

/// <summary>A file could not be imported at all: nothing in it is readable in the format named.</summary>
public sealed class ImportFormatException : BibliographyException
{
    /// <summary>Creates the error naming the format, file and line.</summary>
    public ImportFormatException(string message, string? file, int? line, Exception? inner = null)
        : base(message, file, line, inner: inner) { }
}

/// <summary>No exchange format matches the name, extension or content given.</summary>
public sealed class UnknownFormatException : BibliographyException
{
    /// <summary>Creates the error.</summary>
    public UnknownFormatException(string message, string? file = null) : base(message, file) { }
}

/// <summary>An item cannot be written in the format asked for.</summary>
public sealed class ExportException : BibliographyException
{
    /// <summary>Creates the error naming the item.</summary>
    public ExportException(string message, Exception? inner = null) : base(message, inner: inner) { }
}
