using Bibliography.Errors;

namespace Bibliography.Batch;

/// <summary>Expands the files and folders a user names into a batch's inputs, in a stable order.</summary>
public static class BatchInputs
{
    /// <summary>What a folder yields for commands that read papers: <c>.txt</c> and <c>.docx</c>.</summary>
    public static IReadOnlyList<string> Papers { get; } = [".txt", ".docx"];

    /// <summary>What a folder yields for commands that also take JSON documents and CSL-JSON: papers and <c>.json</c>.</summary>
    public static IReadOnlyList<string> Documents { get; } = [.. Papers, ".json"];

    /// <summary>
    /// Each file as given, then every file with one of <paramref name="extensions"/> below each folder, sorted by path;
    /// a file named twice is taken once. Each input's <see cref="BatchInput.Name"/> keeps the folder layout.
    /// </summary>
    /// <exception cref="InputReadException">A path that is neither a file nor a folder.</exception>
    /// <exception cref="BibliographyException">Nothing to process.</exception>
    public static IReadOnlyList<BatchInput> Expand(IEnumerable<string> paths, IReadOnlyList<string> extensions)
    {
        var result = new List<BatchInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            IEnumerable<BatchInput> found;
            if (File.Exists(path)) found = [new BatchInput(path, NameOfFile(path))];
            else if (Directory.Exists(path))
            {
                // The folder's own name leads, so two folders holding the same file names do not collide.
                var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
                found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => new BatchInput(f, Path.Combine(folderName, Path.GetRelativePath(path, f))));
            }
            else throw new InputReadException($"Input '{path}' does not exist.", path);
            foreach (var input in found)
                if (seen.Add(Path.GetFullPath(input.Path))) result.Add(input);
        }
        if (result.Count == 0)
            throw new BibliographyException("No input files found (folders are searched for " + string.Join(", ", extensions) + ").");
        return result;
    }

    /// <summary>A file named on its own: its path relative to the current folder when inside it, else its file name.</summary>
    public static string NameOfFile(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(path) : relative;
    }
}

/// <summary>One input of a batch.</summary>
/// <param name="Path">The file to read.</param>
/// <param name="Name">The relative path its output takes under the output folder (before the extension changes).</param>
public sealed record BatchInput(string Path, string Name)
{
    /// <summary>Where the output for this input goes under <paramref name="directory"/>, with <paramref name="extension"/>.</summary>
    public string OutputPath(string directory, string extension) => System.IO.Path.Combine(directory, System.IO.Path.ChangeExtension(Name, extension));

    /// <inheritdoc />
    public override string ToString() => Path;
}
