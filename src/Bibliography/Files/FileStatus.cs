using System.Runtime.InteropServices;

namespace Bibliography.Files;

/// <summary>What kind of file system entry a path names, once links are followed.</summary>
public enum FileKind
{
    /// <summary>Nothing is there (or a link points nowhere).</summary>
    Missing,
    /// <summary>A regular file: the only kind read or replaced.</summary>
    Regular,
    /// <summary>A directory.</summary>
    Directory,
    /// <summary>A named pipe: opening it for reading blocks until a writer comes.</summary>
    Fifo,
    /// <summary>A character device such as <c>/dev/zero</c>: endless or interactive.</summary>
    CharacterDevice,
    /// <summary>A block device (a disk).</summary>
    BlockDevice,
    /// <summary>A Unix socket.</summary>
    Socket,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>
/// A path's kind, size and identity, read without opening it (opening a FIFO blocks), links followed: two paths with
/// the same <see cref="Id"/> are the same file, whether through a symbolic link, a hard link or a different spelling.
/// </summary>
/// <param name="Kind">The kind of entry.</param>
/// <param name="Id">Device and inode on Linux (<c>dev:ino</c>); elsewhere the full path of the link's final target.</param>
/// <param name="Size">The size in bytes the file system reports (0 for /proc files, whose real length shows only on reading).</param>
public readonly record struct FileStatus(FileKind Kind, string Id, long Size)
{
    /// <summary>How a kind is named in messages ("a named pipe (FIFO)").</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a directory",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };

    /// <summary>The status of <paramref name="path"/>, following links; <see cref="FileKind.Missing"/> when there is nothing.</summary>
    public static FileStatus Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0) return new FileStatus(FileKind.Missing, "", 0);
        if (Statx.Available && Statx.TryGet(path, out var status)) return status;
        return Portable(path);
    }

    // Where statx is missing (not Linux, or an old C library): types .NET can tell, identity by resolved path.
    private static FileStatus Portable(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            FileSystemInfo info = System.IO.Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
            if (!info.Exists) return new FileStatus(FileKind.Missing, "", 0);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            var id = OperatingSystem.IsWindows() ? target.FullName.ToUpperInvariant() : target.FullName;
            return info is DirectoryInfo
                ? new FileStatus(FileKind.Directory, id, 0)
                : new FileStatus(FileKind.Regular, id, ((FileInfo)info).Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new FileStatus(FileKind.Missing, "", 0);
        }
    }

    /// <summary>Linux's <c>statx(2)</c>: one layout on every architecture, so no per-platform <c>struct stat</c>.</summary>
    private static class Statx
    {
        private const int AtFdCwd = -100;
        private const uint BasicStats = 0x7ff;
        private const int BufferSize = 256;

        public static readonly bool Available = OperatingSystem.IsLinux() && Probe();

        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        private static extern int Call(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

        private static bool Probe()
        {
            try
            {
                Call(AtFdCwd, "/", 0, BasicStats, new byte[BufferSize]);
                return true;
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                return false;
            }
        }

        public static bool TryGet(string path, out FileStatus status)
        {
            var buffer = new byte[BufferSize];
            if (Call(AtFdCwd, path, 0, BasicStats, buffer) != 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                // ENOENT, ENOTDIR, ELOOP (a link cycle), ENAMETOOLONG: nothing readable is there.
                status = new FileStatus(FileKind.Missing, "", 0);
                return errno is 2 or 20 or 40 or 36;
            }
            var span = buffer.AsSpan();
            var mode = BitConverter.ToUInt16(span[28..]);
            var inode = BitConverter.ToUInt64(span[32..]);
            var size = BitConverter.ToInt64(span[40..]);
            var devMajor = BitConverter.ToUInt32(span[136..]);
            var devMinor = BitConverter.ToUInt32(span[140..]);
            var kind = (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                _ => FileKind.Other,
            };
            status = new FileStatus(kind, $"{devMajor}:{devMinor}:{inode}", size);
            return true;
        }
    }
}
