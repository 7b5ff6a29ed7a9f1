using System.Globalization;

namespace Bibliography.CiteProc.Styles;

/// <summary>The plain-text table printed by <c>bibliography styles</c>.</summary>
public static class StyleListing
{
    private const int MaxTitleWidth = 60;

    /// <summary>
    /// What <c>bibliography styles [FILTER] [--styles-dir DIR]…</c> prints: the default places (embedded,
    /// <paramref name="stylesDirectories"/> then <c>BIBLIOGRAPHY_STYLES</c>, Zotero, Debian), styles whose id or title contains <paramref name="filter"/>.
    /// </summary>
    public static void Print(TextWriter output, IEnumerable<string>? stylesDirectories = null, string? filter = null) =>
        StyleRepository.CreateDefault(StyleSearchOptions.FromEnvironment(stylesDirectories)).WriteListing(output, filter);

    /// <summary>Writes one row per style (id, title, source, dependent on), a count, the places searched and any malformed files.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<StyleInfo> styles, IReadOnlyList<StylePlace> places, IReadOnlyList<StyleFormatException>? problems = null)
    {
        // Ids are printed whole, however long, so that they can be copied into --style; only titles are shortened.
        var idWidth = Math.Max(2, styles.Select(s => new StringInfo(s.ShortId).LengthInTextElements).DefaultIfEmpty(0).Max());
        var titleWidth = Math.Clamp(styles.Select(s => new StringInfo(s.Title).LengthInTextElements).DefaultIfEmpty(0).Max(), 5, MaxTitleWidth);
        var sourceWidth = Math.Max(6, styles.Select(s => s.Source.Length).DefaultIfEmpty(0).Max());
        void Row(string id, string title, string source, string dependent) =>
            writer.WriteLine($"{Fit(id, idWidth)}  {Fit(title, titleWidth)}  {Fit(source, sourceWidth)}  {dependent}".TrimEnd());

        Row("ID", "TITLE", "SOURCE", "DEPENDENT ON");
        foreach (var s in styles)
            Row(s.ShortId, s.Title, s.Source, s.IsDependent ? StyleXml.LastSegment(s.ParentId ?? "") : "-");

        var dependent = styles.Count(s => s.IsDependent);
        writer.WriteLine();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{styles.Count} style{(styles.Count == 1 ? "" : "s")} ({styles.Count - dependent} independent, {dependent} dependent)."));
        writer.WriteLine("Searched, in order:");
        foreach (var p in places)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {p.Name,-10} {p.Location}  {(p.Present ? $"{p.StyleCount} style{(p.StyleCount == 1 ? "" : "s")}" : "not present")}"));
        if (problems is { Count: > 0 })
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Skipped {problems.Count} malformed style file{(problems.Count == 1 ? "" : "s")}:"));
            foreach (var problem in problems) writer.WriteLine("  " + problem.ToOneLine());
        }
    }

    /// <summary>Pads or shortens (with an ellipsis) to <paramref name="width"/> text elements, so combining accents (Ру́сский) keep columns straight.</summary>
    private static string Fit(string text, int width)
    {
        var single = text.ReplaceLineEndings(" ");
        var info = new StringInfo(single);
        var length = info.LengthInTextElements;
        return length <= width
            ? single + new string(' ', width - length)
            : info.SubstringByTextElements(0, width - 1) + "…";
    }
}
