using Bibliography.Errors;

namespace Bibliography.CiteProc.Rendering;

/// <summary>An item's archive data cannot be rendered: a structured part has the wrong shape.</summary>
public sealed class ArchiveRenderException : BibliographyException
{
    /// <summary>Creates the error for the item and field concerned.</summary>
    public ArchiveRenderException(string itemId, string field, string message)
        : base($"item '{itemId}': custom.{field} {message}")
    {
        ItemId = itemId;
        Field = field;
    }

    /// <summary>The id of the item whose data is wrong.</summary>
    public string ItemId { get; }

    /// <summary>The <c>custom</c> key whose value is wrong.</summary>
    public string Field { get; }
}
