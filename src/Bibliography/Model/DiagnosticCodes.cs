namespace Bibliography.Model;

/// <summary>The stable codes of the diagnostics reading, parsing and normalisation report.</summary>
/// <remarks>Codes never change meaning once released: editors and CI filter on them.</remarks>
public static class DiagnosticCodes
{
    /// <summary>A citation matched no known form and was kept as text only.</summary>
    public const string UnreadCitation = "BIB201";
    /// <summary>Part of a citation that was read was not understood and is kept only in the footnote text.</summary>
    public const string UnreadFragment = "BIB202";
    /// <summary>An ibid with nothing before it to point at.</summary>
    public const string IbidWithoutAntecedent = "BIB301";
    /// <summary>An ibid after a footnote citing several sources.</summary>
    public const string IbidAmbiguous = "BIB302";
    /// <summary>An "op. cit." short form whose author was not cited before.</summary>
    public const string ShortFormWithoutAntecedent = "BIB303";
    /// <summary>An archive abbreviation expanded neither in the document nor in the registry.</summary>
    public const string UnknownArchiveAbbreviation = "BIB304";
}
