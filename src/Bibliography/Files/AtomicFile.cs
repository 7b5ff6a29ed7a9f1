using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Bibliography.Files;

/// <summary>
/// Every file the tool writes is written here: into a temporary file beside the target, flushed to disk, then renamed
/// over it, so a kill or a crash leaves either the complete old file or the complete new one, never part of one.
/// </summary>
/// <remarks>
/// A killed writer leaves its temporary file behind. Its name carries the writer's process id
/// (<c>notes.txt.bibliography-1234-0123456789abcdef.tmp</c>), so later writes into the same folder remove it once it
/// is stale: its process is gone, or it has not been written for <see cref="StaleAfter"/>. A live writer's file is left
/// alone.
/// </remarks>
public static partial class AtomicFile
{
    /// <summary>How long a temporary file may go unwritten before it counts as abandoned even if its process id is alive (ids are reused).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    private const string Marker = ".bibliography-";
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static readonly ConcurrentDictionary<string, bool> Swept = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    // The current name, and the style cache's name before this helper existed (styles-<hash>.json.<pid>.<guid>.tmp).
    [GeneratedRegex(@"(?:\.bibliography-(?<pid>\d{1,10})-[0-9a-f]{16}|^styles-[0-9a-f]{16}\.json\.(?<pid>\d{1,10})\.[0-9a-f]{32})\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();

    /// <summary>Writes <paramref name="content"/> as UTF-8 without BOM to <paramref name="path"/>, atomically.</summary>
    public static void WriteAllText(string path, string content) => Write(path, stream =>
    {
        var bytes = Utf8.GetBytes(content);
        stream.Write(bytes);
    });

    /// <summary>Writes to <paramref name="path"/> through a UTF-8 (no BOM) text writer with <c>\n</c> line ends, atomically.</summary>
    public static void WriteText(string path, Action<TextWriter> write) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        write(writer);
    });

    /// <summary>
    /// Writes to <paramref name="path"/> atomically: <paramref name="write"/> fills a temporary file beside it, which then
    /// replaces it. A link at <paramref name="path"/> stays a link: the file it points to is replaced. An existing
    /// file's permissions are kept. A device or pipe named as the target (<c>-o /dev/stdout</c>) is written as it is.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be written, or the target is a directory.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var kind = FileStatus.Of(path).Kind;
        if (kind == FileKind.Directory) throw new IOException($"Cannot write '{path}': it is a directory; name a file.");
        if (kind is FileKind.CharacterDevice or FileKind.Fifo)
        {
            // Nothing there to replace or to lose: the user asked for the stream itself.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 64 * 1024);
            write(stream);
            return;
        }
        var target = RealTarget(path);
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        RemoveOrphansOnce(directory);
        var temporary = TemporaryPathFor(target);
        try
        {
            // Created with the target's permissions, so a private file is never readable by others while it is written
            // (or in an orphan a killed run leaves).
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 64 * 1024 };
            if (!OperatingSystem.IsWindows() && File.Exists(target)) options.UnixCreateMode = File.GetUnixFileMode(target);
            using (var stream = new FileStream(temporary, options))
            {
                write(stream);
                // On disk before the rename: otherwise a power cut could leave the new name on an empty file.
                stream.Flush(flushToDisk: true);
            }
            // Again after the write: the umask may have narrowed the mode it was created with.
            if (!OperatingSystem.IsWindows() && File.Exists(target)) File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>A fresh temporary name beside <paramref name="target"/>, recognisable as this process's.</summary>
    public static string TemporaryPathFor(string target) =>
        $"{target}{Marker}{Environment.ProcessId}-{Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 8).ToLowerInvariant()}.tmp";

    /// <summary>
    /// Deletes the stale temporary files of killed writers in <paramref name="directory"/> (not below it); returns how
    /// many. Files of live writers and files not named by this helper are never touched.
    /// </summary>
    public static int RemoveOrphans(string directory)
    {
        var removed = 0;
        IEnumerable<FileInfo> candidates;
        try
        {
            candidates = new DirectoryInfo(directory).EnumerateFiles("*.tmp", new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 }).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
        foreach (var file in candidates)
        {
            if (!IsStale(file.Name, file.LastWriteTimeUtc, DateTime.UtcNow)) continue;
            if (TryDelete(file.FullName)) removed++;
        }
        return removed;
    }

    /// <summary>True when <paramref name="fileName"/> is a temporary file of this helper whose writer is gone or long silent.</summary>
    internal static bool IsStale(string fileName, DateTime lastWriteUtc, DateTime nowUtc)
    {
        var match = TemporaryName().Match(fileName);
        if (!match.Success) return false;
        if (nowUtc - lastWriteUtc > StaleAfter) return true;
        return int.TryParse(match.Groups["pid"].ValueSpan, out var pid) && !IsAlive(pid);
    }

    /// <summary>Sweeps a folder once per process: enough to clear what earlier runs left, without a listing per file written.</summary>
    public static void RemoveOrphansOnce(string directory)
    {
        if (Swept.TryAdd(Path.GetFullPath(directory), true)) RemoveOrphans(directory);
    }

    private static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{pid}");
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    // Through any links to the file they name, so a link the user made stays a link.
    private static string RealTarget(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(full);
            return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full; // a link cycle: the rename below replaces the link itself
        }
    }

    private static bool TryDelete(string path)
    {
        try
        {
            if (!File.Exists(path)) return false;
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
