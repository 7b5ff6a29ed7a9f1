using System.Xml;

namespace Bibliography.CiteProc.Rendering;

/// <summary>
/// Whether a style follows the archive pre-rendering contract of the project's styles (see the header comment
/// of <c>styles/azerbaijani-historical-notes.csl</c>): <c>archive</c> the full name, <c>source</c> the
/// abbreviation, per-archive shortening by leaving <c>archive</c> out, <c>language</c> as a printed note.
/// </summary>
/// <remarks>
/// A style declares it by a macro named <c>archive-name</c> that reads the variable <c>source</c>. Other styles
/// (Chicago, APA, the official GOST styles) get the rendered shelf mark and locators only: to them
/// <c>source</c> means a catalogue, <c>language</c> a language tag, and a missing <c>archive</c> a lost name.
/// </remarks>
public static class ArchiveStyleContract
{
    private const string Csl = Styles.StyleXml.CslNamespace;

    /// <summary>True when <paramref name="styleXml"/> follows the contract; false for any other or unreadable style.</summary>
    public static bool IsFollowedBy(string styleXml)
    {
        var document = new XmlDocument { XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(styleXml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            document.Load(reader);
        }
        catch (XmlException)
        {
            // The processor reports a malformed style with its line and column; here it simply is not a contract style.
            return false;
        }
        var namespaces = new XmlNamespaceManager(document.NameTable);
        namespaces.AddNamespace("cs", Csl);
        return document.SelectSingleNode("/cs:style/cs:macro[@name='archive-name']//cs:text[@variable='source']", namespaces) is not null;
    }
}
