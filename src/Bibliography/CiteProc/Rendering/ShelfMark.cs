using System.Text.RegularExpressions;
using Bibliography.Parsing;
using Bibliography.Model;
using Newtonsoft.Json.Linq;

namespace Bibliography.CiteProc.Rendering;

/// <summary>The structured shelf mark of an archival item: fond, opis and delo, any of them missing.</summary>
/// <param name="Fond">The fond's number (<c>27</c>, <c>Р-130</c>) or name (<c>Surət fondu</c>).</param>
/// <param name="Opis">The opis (siyahı) number.</param>
/// <param name="Delo">The delo (iş) number.</param>
public sealed partial record ShelfMark(string? Fond, string? Opis, string? Delo)
{
    /// <summary>True when no level is known.</summary>
    public bool IsEmpty => Fond is null && Opis is null && Delo is null;

    /// <summary>
    /// True when the fond is a name rather than a number: a name is printed as it is, without the level word,
    /// because the word is part of the name (<c>Surət fondu</c>, <c>Фонд Воронцовых</c>).
    /// </summary>
    public bool FondIsNamed => Fond is not null && !FondNumber().IsMatch(Fond);

    /// <summary>Reads the shelf mark from an item's <c>custom</c> fond, opis and delo.</summary>
    /// <exception cref="ArchiveRenderException">A level is an object or array instead of a string or number.</exception>
    public static ShelfMark FromItem(CslItem item) =>
        new(Level(item, CustomKeys.Fond), Level(item, CustomKeys.Opis), Level(item, CustomKeys.Delo));

    /// <summary>The shelf mark in <paramref name="convention"/>, or null when no level is known.</summary>
    public string? Render(ArchivalConvention convention)
    {
        if (IsEmpty) return null;
        var (fond, opis, delo) = (Word(ArchivalLevelKind.Fond), Word(ArchivalLevelKind.Opis), Word(ArchivalLevelKind.Delo));
        // GOST ends each level with a full stop; the others separate them with commas.
        var separator = convention == ArchivalConvention.Russian ? ". " : ", ";
        var parts = new List<string>(3);
        string Word(ArchivalLevelKind level) => Vocabulary.Word(level, convention) + " ";
        if (Fond is not null) parts.Add(FondIsNamed ? Fond : fond + Fond);
        if (Opis is not null) parts.Add(opis + Opis);
        if (Delo is not null) parts.Add(delo + Delo);
        return string.Join(separator, parts);
    }

    private static string? Level(CslItem item, string key)
    {
        var token = item.Custom?[key];
        switch (token?.Type)
        {
            case null or JTokenType.Null:
                return null;
            case JTokenType.String or JTokenType.Integer:
                var text = Regex.Replace(token.ToString(), @"\s+", " ").Trim();
                return text.Length == 0 ? null : text;
            default:
                throw new ArchiveRenderException(item.Id, key, $"must be a string or a whole number, not {token.Type.ToString().ToLowerInvariant()} ({token.ToString(Newtonsoft.Json.Formatting.None)})");
        }
    }

    // A number with at most a short series prefix or letter suffix (Р-130, 1874, 27а, R1); anything else is a name.
    [GeneratedRegex(@"^(\p{L}{1,3}[-‐‑–]?)?\d+(\s?\p{L}{1,2})?$")]
    private static partial Regex FondNumber();
}
