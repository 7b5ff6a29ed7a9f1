namespace Bibliography.Errors;

/// <summary>The base of every error Bibliography reports on purpose: says what went wrong and where.</summary>
public class BibliographyException : Exception
{
    /// <summary>Creates an error with a message and, where known, the place it concerns.</summary>
    public BibliographyException(string message, string? file = null, int? line = null, int? column = null, int? footnote = null, Exception? inner = null)
        : base(message, inner)
    {
        File = file;
        Line = line;
        Column = column;
        Footnote = footnote;
    }

    /// <summary>The file concerned, if any.</summary>
    public string? File { get; }

    /// <summary>The 1-based line concerned, if known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column concerned, if known.</summary>
    public int? Column { get; }

    /// <summary>The footnote number concerned, if any.</summary>
    public int? Footnote { get; }

    /// <summary>The message prefixed with its place, as one line for the command line.</summary>
    public string ToOneLine()
    {
        var where = string.Join(":", new[] { File, Line?.ToString(), Column?.ToString() }.Where(s => s is not null));
        var note = Footnote is { } n ? $" (footnote {n})" : "";
        return (where.Length > 0 ? where + ": " : "") + Message.ReplaceLineEndings(" ") + note;
    }
}

/// <summary>An input file could not be read: missing, unreadable, or not text in a supported encoding.</summary>
public sealed class InputReadException : BibliographyException
{
    /// <summary>Creates the error for a file, and the place in it when the fault has one (an invalid byte).</summary>
    public InputReadException(string message, string file, Exception? inner = null, int? line = null, int? column = null)
        : base(message, file, line, column, inner: inner) { }
}
