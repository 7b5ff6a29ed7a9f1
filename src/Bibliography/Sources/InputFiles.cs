using Bibliography.Errors;

namespace Bibliography.Sources;

/// <summary>Expands the inputs a user names (files and folders) into the source files to read, in a stable order.</summary>
public static class InputFiles
{
    /// <summary>The file extensions read when a folder is given.</summary>
    public static IReadOnlyList<string> Extensions { get; } = new[] { ".txt", ".docx" };

    /// <summary>Each file as given, and every file with a known extension below each folder, sorted by path.</summary>
    /// <exception cref="InputReadException">A path that is neither a file nor a folder.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var result = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) result.Add(path);
            else if (Directory.Exists(path))
                result.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal));
            else throw new InputReadException($"Input '{path}' does not exist.", path);
        }
        return result;
    }

    /// <summary>Where the output for <paramref name="input"/> goes under <paramref name="outputDirectory"/>: its path relative to the current folder, with a new extension.</summary>
    public static string OutputPath(string input, string outputDirectory, string extension)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(input));
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) relative = Path.GetFileName(input);
        return Path.Combine(outputDirectory, Path.ChangeExtension(relative, extension));
    }
}
