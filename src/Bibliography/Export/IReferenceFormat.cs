using Bibliography.Model;

namespace Bibliography.Export;

/// <summary>One exchange format (CSL-JSON, RIS, BibTeX, BibLaTeX): a writer and a reader side by side.</summary>
public interface IReferenceFormat
{
    /// <summary>The format's command-line name, e.g. <c>ris</c>.</summary>
    string Name { get; }

    /// <summary>Other names the format answers to, e.g. <c>csl-json</c>, <c>json</c>.</summary>
    IReadOnlyList<string> Aliases { get; }

    /// <summary>File extensions with the dot, the preferred one first.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Writes the items in this format.</summary>
    void Write(IReadOnlyList<CslItem> items, TextWriter writer);

    /// <summary>Reads items; entries that cannot be read are skipped and reported, never silently dropped.</summary>
    ImportResult Read(TextReader reader, string? fileName = null);
}

/// <summary>An entry of an imported file that could not be read, with where it starts and why.</summary>
/// <param name="Line">The 1-based line where the entry (or the damage) starts.</param>
/// <param name="Key">The entry's key or id when it could be read, else null.</param>
/// <param name="Reason">What was wrong.</param>
public sealed record SkippedEntry(int Line, string? Key, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}{(Key is null ? "" : $" ({Key})")}: {Reason}";
}

/// <summary>What reading a file gave: the items read, the entries skipped, and anything worth noting.</summary>
public sealed class ImportResult
{
    /// <summary>Creates a result.</summary>
    public ImportResult(string format, IReadOnlyList<CslItem> items, IReadOnlyList<SkippedEntry> skipped, IReadOnlyList<Diagnostic> diagnostics)
    {
        Format = format;
        Items = items;
        Skipped = skipped;
        Diagnostics = diagnostics;
    }

    /// <summary>The name of the format read.</summary>
    public string Format { get; }

    /// <summary>The items read, in file order.</summary>
    public IReadOnlyList<CslItem> Items { get; }

    /// <summary>The entries that could not be read.</summary>
    public IReadOnlyList<SkippedEntry> Skipped { get; }

    /// <summary>Findings: one error per skipped entry, warnings for entries read with changes.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when some entry was skipped.</summary>
    public bool HasErrors => Skipped.Count > 0 || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The result as a Bibliography document: the items and the diagnostics.</summary>
    public BibliographyDocument ToDocument() => new() { Items = Items.ToList(), Diagnostics = Diagnostics.ToList() };
}

/// <summary>Collects items, skipped entries and diagnostics while a reader works.</summary>
internal sealed class ImportCollector
{
    private readonly string _format;
    private readonly string? _file;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public ImportCollector(string format, string? file)
    {
        _format = format;
        _file = file;
    }

    public List<CslItem> Items { get; } = new();
    public List<SkippedEntry> Skipped { get; } = new();
    public List<Diagnostic> Diagnostics { get; } = new();

    /// <summary>Adds an item; a duplicate id is renamed (and reported) rather than dropped.</summary>
    public void Add(CslItem item, int line)
    {
        if (string.IsNullOrEmpty(item.Id))
        {
            item.Id = $"item-{Items.Count + 1}";
            Warn(DiagnosticCodes.MissingId, $"The entry has no id; it was given the id '{item.Id}'.", line);
        }
        if (!_ids.Add(item.Id))
        {
            var original = item.Id;
            var n = 2;
            while (!_ids.Add($"{original}-{n}")) n++;
            item.Id = $"{original}-{n}";
            Warn(DiagnosticCodes.DuplicateId, $"The id '{original}' was already used; this entry was renamed '{item.Id}'.", line);
        }
        Items.Add(item);
    }

    public void Skip(int line, string? key, string reason)
    {
        Skipped.Add(new SkippedEntry(line, key, reason));
        Diagnostics.Add(DiagnosticCodes.SkippedEntry.Report($"Skipped {_format} entry{(key is null ? "" : $" '{key}'")}: {reason}", _file, line));
    }

    public void Warn(DiagnosticDescriptor code, string message, int line) => Diagnostics.Add(code.Report(message, _file, line));

    public ImportResult ToResult() => new(_format, Items, Skipped, Diagnostics);
}
