using Bibliography.Errors;

namespace Bibliography.CiteProc.Styles;

/// <summary>No style matched a name: says where it looked and which ids come closest.</summary>
public sealed class StyleNotFoundException : BibliographyException
{
    /// <summary>Creates the error for a style name, the places searched and the nearest ids found there.</summary>
    public StyleNotFoundException(string message, string query, IReadOnlyList<string> searched, IReadOnlyList<string> suggestions, string? file = null)
        : base(message, file)
    {
        Query = query;
        Searched = searched;
        Suggestions = suggestions;
    }

    /// <summary>The style name, id, file name or path that was asked for.</summary>
    public string Query { get; }

    /// <summary>The places searched, in order, each with its state (for example "not present").</summary>
    public IReadOnlyList<string> Searched { get; }

    /// <summary>The available style ids closest to the query, best first (may be empty).</summary>
    public IReadOnlyList<string> Suggestions { get; }
}

/// <summary>A style file is not well-formed XML or not a usable CSL style.</summary>
public sealed class StyleFormatException : BibliographyException
{
    /// <summary>Creates the error for a file and, where known, the line and column of the fault.</summary>
    public StyleFormatException(string message, string file, int? line = null, int? column = null, Exception? inner = null)
        : base(message, file, line, column, inner: inner) { }
}

/// <summary>No locale matched a tag: lists the tags that are available.</summary>
public sealed class LocaleNotFoundException : BibliographyException
{
    /// <summary>Creates the error for a tag with the tags that could have been used.</summary>
    public LocaleNotFoundException(string message, string tag, IReadOnlyList<string> available)
        : base(message)
    {
        Tag = tag;
        Available = available;
    }

    /// <summary>The locale tag that was asked for.</summary>
    public string Tag { get; }

    /// <summary>Every locale tag the repository can supply, sorted.</summary>
    public IReadOnlyList<string> Available { get; }
}

/// <summary>A locale file is not well-formed XML or not a CSL locale.</summary>
public sealed class LocaleFormatException : BibliographyException
{
    /// <summary>Creates the error for a file and, where known, the line and column of the fault.</summary>
    public LocaleFormatException(string message, string file, int? line = null, int? column = null, Exception? inner = null)
        : base(message, file, line, column, inner: inner) { }
}
