using System.Xml;

namespace Bibliography.Errors;

/// <summary>How the XML faults every reader meets (styles, locales, .docx parts) are told apart for their messages.</summary>
public static class XmlFaults
{
    /// <summary>
    /// True when the reader refused a DTD (<c>&lt;!DOCTYPE …&gt;</c>). Every reader refuses them, since they can expand
    /// entities or fetch files; the user should read that, not .NET's advice to enable DTD processing.
    /// </summary>
    /// <remarks>The refusal's text is .NET's own (translated where the runtime is); "DTD" stands in every translation.</remarks>
    public static bool IsDtdRefused(XmlException e) => e.Message.Contains("DTD", StringComparison.Ordinal);
}
