using System.Xml.Linq;

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
    private static readonly XNamespace Cs = Styles.StyleXml.CslNamespace;

    /// <summary>True when <paramref name="styleXml"/> follows the contract; false for any other or unreadable style.</summary>
    public static bool IsFollowedBy(string styleXml) => Styles.StyleXml.ParseTree(styleXml) is { } style && IsFollowedBy(style);

    /// <summary>True when the parsed style follows the contract.</summary>
    public static bool IsFollowedBy(XDocument style) =>
        style.Root is { } root && root.Name == Cs + "style"
        && root.Elements(Cs + "macro").Where(m => (string?)m.Attribute("name") == "archive-name")
            .Descendants(Cs + "text").Any(t => (string?)t.Attribute("variable") == "source");
}
