using Bibliography.Errors;

namespace Bibliography.Files;

/// <summary>
/// Opens input files the one safe way: regular files only (a FIFO, device or socket is refused before it is opened,
/// since opening a FIFO blocks and <c>/dev/zero</c> never ends), and text no larger than <see cref="MaxTextBytes"/>,
/// counted while reading so files that report size 0 (<c>/proc</c>) are bounded too.
/// </summary>
public static class InputFile
{
    /// <summary>The largest text input read (papers, footnote lists, JSON, reference files): far above any real paper.</summary>
    public const int MaxTextBytes = 64 * 1024 * 1024;

    /// <summary><see cref="MaxTextBytes"/> as said in messages and docs ("64 MB").</summary>
    public static string MaxTextSize => $"{MaxTextBytes / (1024 * 1024)} MB";

    /// <summary>Refuses, without opening it, a path that is not a regular file; returns its status.</summary>
    /// <exception cref="InputReadException">Missing, a directory, or a FIFO, device or socket.</exception>
    public static FileStatus RequireRegular(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new InputReadException("No input file name was given.", path ?? "");
        var status = FileStatus.Of(path);
        switch (status.Kind)
        {
            case FileKind.Regular: return status;
            case FileKind.Missing: throw new InputReadException($"Input file '{path}' does not exist.", path);
            case FileKind.Directory: throw new InputReadException($"'{path}' is a directory, not a text file.", path);
            default:
                throw new InputReadException($"'{path}' is {FileStatus.Describe(status.Kind)}, not a regular file; only regular files are read, so it was not opened.", path);
        }
    }

    /// <summary>Opens a regular file for reading, refusing anything else before it is opened (opening a FIFO blocks).</summary>
    /// <exception cref="InputReadException">Missing, a directory, or a FIFO, device or socket.</exception>
    public static FileStream OpenRegular(string path)
    {
        RequireRegular(path);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 4096, FileOptions.SequentialScan);
    }

    /// <summary>
    /// The bytes of a regular file of at most <paramref name="maxBytes"/> (default <see cref="MaxTextBytes"/>;
    /// null for no limit of this class, for formats with limits of their own such as .docx).
    /// </summary>
    /// <exception cref="InputReadException">Not a regular file, too large, missing or unreadable.</exception>
    public static byte[] ReadAllBytes(string path, long? maxBytes = MaxTextBytes)
    {
        var status = RequireRegular(path);
        var limit = Math.Min(maxBytes ?? Array.MaxLength, Array.MaxLength);
        if (status.Size > limit) throw TooLarge(path, maxBytes);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            return ReadBounded(stream, status.Size, limit) ?? throw TooLarge(path, maxBytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputReadException($"Input file '{path}' does not exist.", path, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputReadException($"Input file '{path}' cannot be read: permission denied.", path, e);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ArgumentException)
        {
            throw new InputReadException($"Input file '{path}' cannot be read: {e.Message}", path, e);
        }
    }

    private static InputReadException TooLarge(string path, long? maxBytes) => new(maxBytes == MaxTextBytes
        ? $"'{path}' is larger than {MaxTextSize}, the limit for a text input (no paper comes near it); it was not read."
        : $"'{path}' is larger than {Size(maxBytes ?? Array.MaxLength)}, the most a file of its kind may be; it was not read.", path);

    private static string Size(long bytes) => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes} bytes";

    /// <summary>All of <paramref name="stream"/>, or null once it holds more than <paramref name="limit"/> bytes.</summary>
    private static byte[]? ReadBounded(Stream stream, long expected, long limit)
    {
        // Sized from the file system when it knows, grown by doubling when it does not (or the file grew meanwhile).
        var buffer = new byte[expected > 0 ? expected : Math.Min(64 * 1024, limit + 1)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                // Full: one byte more means the file outgrew what was expected, or the limit.
                if (total > limit) return null;
                var probe = stream.ReadByte();
                if (probe < 0) return buffer;
                if (total >= limit) return null;
                Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, 64 * 1024), Math.Min(limit + 1L, Array.MaxLength)));
                buffer[total++] = (byte)probe;
                continue;
            }
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0) break;
            total += read;
        }
        if (total > limit) return null;
        return total == buffer.Length ? buffer : buffer[..total];
    }
}
