using Bibliography.Errors;

namespace Bibliography.Files;

/// <summary>Refuses, before anything is written, an output that is one of the inputs under another name.</summary>
public static class OutputGuard
{
    /// <summary>
    /// Throws when any of <paramref name="outputs"/> is the same file as any of <paramref name="inputs"/>: the same path,
    /// or the same file through a symbolic or hard link (compared by device and inode where the system tells them).
    /// </summary>
    /// <exception cref="BibliographyException">An output would replace an input; the message names both.</exception>
    public static void EnsureNoInputOverwritten(IEnumerable<string> inputs, IEnumerable<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
            if (FileStatus.Of(input) is { Kind: not FileKind.Missing } status) byId.TryAdd(status.Id, input);
        if (byId.Count == 0) return;
        foreach (var output in outputs)
        {
            // An output that does not exist yet cannot be an input: every input exists.
            if (FileStatus.Of(output) is { Kind: not FileKind.Missing } status && byId.TryGetValue(status.Id, out var input))
            {
                var how = Path.GetFullPath(output) == Path.GetFullPath(input) ? "" : " (the same file through a link or another path)";
                throw new BibliographyException(
                    $"Refusing to write '{output}': it is the input '{input}'{how}, which would be lost; choose another output. Nothing was written.");
            }
        }
    }
}
