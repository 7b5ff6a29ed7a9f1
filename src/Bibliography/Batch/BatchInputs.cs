using Bibliography.Errors;
using Bibliography.Files;

namespace Bibliography.Batch;

/// <summary>Expands the files and folders a user names into a batch's inputs, in a stable order.</summary>
public static class BatchInputs
{
    /// <summary>
    /// What a folder yields for commands that read papers: <c>.txt</c>, <c>.docx</c> and <c>.pdf</c>, in the order one is
    /// preferred when a folder holds the same paper in several (a PDF beside the text extracted from it).
    /// </summary>
    public static IReadOnlyList<string> Papers { get; } = [".txt", ".docx", ".pdf"];

    /// <summary>What a folder yields for commands that also take JSON documents and CSL-JSON: papers and <c>.json</c>.</summary>
    public static IReadOnlyList<string> Documents { get; } = [.. Papers, ".json"];

    /// <summary>
    /// Each file as given, then every file with one of <paramref name="extensions"/> below each folder, sorted by path;
    /// a file named twice, or reached twice through links, is taken once. Each input's <see cref="BatchInput.Name"/>
    /// keeps the folder layout.
    /// </summary>
    /// <remarks>
    /// Folders are walked here rather than by the system's recursive enumeration, which follows a link back to a parent
    /// (<c>sub/loop → ..</c>) until the path is too long: a folder reached again through a link is not entered twice.
    /// FIFOs, devices and sockets are kept as inputs without being opened, so the reader refuses each in one line.
    /// </remarks>
    /// <exception cref="InputReadException">A path that does not exist.</exception>
    /// <exception cref="BibliographyException">Nothing to process.</exception>
    public static IReadOnlyList<BatchInput> Expand(IEnumerable<string> paths, IReadOnlyList<string> extensions) => Expand(paths, extensions, null);

    /// <summary>As <see cref="Expand(IEnumerable{string}, IReadOnlyList{string})"/>; each file a folder holds without one of the
    /// <paramref name="extensions"/> is added to <paramref name="skipped"/>, so that the caller can say it was passed over.</summary>
    /// <exception cref="InputReadException">A path that does not exist.</exception>
    /// <exception cref="BibliographyException">Nothing to process.</exception>
    public static IReadOnlyList<BatchInput> Expand(IEnumerable<string> paths, IReadOnlyList<string> extensions, ICollection<SkippedInput>? skipped)
    {
        var result = new List<BatchInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var walked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var status = FileStatus.Of(path);
            IEnumerable<BatchInput> found;
            if (status.Kind == FileKind.Directory)
            {
                // The folder's own name leads, so two folders holding the same file names do not collide.
                var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
                found = Walk(path, status.Id, extensions, walked, skipped)
                    .Select(f => f.Path)
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => new BatchInput(f, Path.Combine(folderName, Path.GetRelativePath(path, f))));
            }
            else if (status.Kind != FileKind.Missing) found = [new BatchInput(path, NameOfFile(path))];
            else throw new InputReadException($"Input '{path}' does not exist.", path);
            foreach (var input in found)
                if (seen.Add(IdentityOf(input.Path))) result.Add(input);
        }
        if (result.Count == 0)
            throw new BibliographyException("No input files found (folders are searched for " + string.Join(", ", extensions) + ").");
        return result;
    }

    /// <summary>
    /// The files below <paramref name="root"/> with one of the extensions. Each real folder is entered once: every
    /// folder reached without links first, then linked folders not yet walked, so names without links are preferred.
    /// </summary>
    private static List<(string Path, bool Link)> Walk(string root, string rootId, IReadOnlyList<string> extensions, HashSet<string> walked, ICollection<SkippedInput>? skipped)
    {
        var files = new List<(string Path, bool Link)>();
        if (!walked.Add(rootId)) return files;
        var pending = new Stack<string>();
        var links = new Queue<string>();
        pending.Push(root);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
        while (pending.Count > 0 || links.Count > 0)
        {
            if (pending.Count == 0)
            {
                var link = links.Dequeue();
                if (FileStatus.Of(link) is { Kind: FileKind.Directory } target && walked.Add(target.Id)) pending.Push(link);
                continue;
            }
            var folder = pending.Pop();
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                // Named under the folder as the user gave it, so messages and output names keep their spelling.
                var name = Path.Combine(folder, entry.Name);
                var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
                // Directory.Exists follows links: a link to a folder is a folder, walked after the real ones if still unseen.
                if (Directory.Exists(name))
                {
                    if (isLink) links.Enqueue(name);
                    else if (FileStatus.Of(name) is { Kind: FileKind.Directory } sub && walked.Add(sub.Id)) pending.Push(name);
                }
                else if (extensions.Contains(Path.GetExtension(entry.Name), StringComparer.OrdinalIgnoreCase))
                    files.Add((name, isLink));
                else
                    skipped?.Add(new SkippedInput(name, $"not an input this command reads ({string.Join(", ", extensions)})"));
            }
        }
        // A file reached under several names (a link beside its target, a hard link) is taken once, by a name without links if it has one.
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, _) in files.OrderBy(f => f.Link).ThenBy(f => f.Path, StringComparer.Ordinal))
            chosen.TryAdd(IdentityOf(path), path);
        var keep = chosen.Values.ToHashSet(StringComparer.Ordinal);
        // One paper in several forms (paper.pdf beside paper.txt) is read once, in the form first in the extensions:
        // both would be written to the same output.
        foreach (var paper in keep.GroupBy(f => Path.ChangeExtension(f, null), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var ranked = paper.OrderBy(f => IndexOf(extensions, Path.GetExtension(f))).ToList();
            foreach (var other in ranked.Skip(1))
            {
                keep.Remove(other);
                skipped?.Add(new SkippedInput(other, $"the same paper as '{ranked[0]}', which is read"));
            }
        }
        return files.Where(f => keep.Contains(f.Path)).ToList();
    }

    private static int IndexOf(IReadOnlyList<string> extensions, string extension)
    {
        for (var i = 0; i < extensions.Count; i++)
            if (string.Equals(extensions[i], extension, StringComparison.OrdinalIgnoreCase)) return i;
        return extensions.Count;
    }

    // The same file under two names (a link, a hard link, "./a" and "a") is one input.
    private static string IdentityOf(string path) =>
        FileStatus.Of(path) is { Kind: not FileKind.Missing } status ? status.Id : "path:" + Path.GetFullPath(path);

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

/// <summary>A file a folder holds that a batch passes over, and why (said on standard error, so no input goes unmentioned).</summary>
/// <param name="Path">The file.</param>
/// <param name="Reason">Why it is not read, as a clause: "not an input this command reads (.txt, .docx, .pdf)".</param>
public sealed record SkippedInput(string Path, string Reason);
