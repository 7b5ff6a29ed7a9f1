using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace Bibliography.CiteProc.Styles;

/// <summary>
/// Remembers style heads by file stamp, in memory for the process and on disk per folder, because reading the
/// heads of Debian's ten thousand styles on every <c>bibliography styles</c> would be slow.
/// </summary>
internal sealed class StyleHeadCache
{
    private static readonly ConcurrentDictionary<string, StyleHead> Memory = new(StringComparer.Ordinal);
    private readonly string? _directory;

    public StyleHeadCache(string? directory) => _directory = directory;

    /// <summary>The head of one file, from memory when its stamp is unchanged. Malformed files give a head with <see cref="StyleHead.Error"/> set.</summary>
    public StyleHead Get(StyleFile file)
    {
        if (file.Stamp is not null && Memory.TryGetValue(file.Stamp, out var known)) return known;
        var head = Read(file);
        if (file.Stamp is not null) Memory[file.Stamp] = head;
        return head;
    }

    /// <summary>Heads of all files of a source, using and refreshing the on-disk cache for folders.</summary>
    public List<(StyleFile File, StyleHead Head)> GetAll(IStyleSource source)
    {
        var files = source.EnumerateFiles().ToList();
        var disk = source is DirectoryStyleSource ? Load(source.Location) : null;
        var changed = false;
        var result = new List<(StyleFile, StyleHead)>(files.Count);
        var fresh = new Dictionary<string, StyleHead>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            StyleHead head;
            if (file.Stamp is not null && Memory.TryGetValue(file.Stamp, out var known)) head = known;
            else if (file.Stamp is not null && disk is not null && disk.TryGetValue(file.Stamp, out var stored))
            {
                head = stored;
                Memory[file.Stamp] = head;
            }
            else
            {
                head = Get(file);
                changed = true;
            }
            if (file.Stamp is not null) fresh[file.Stamp] = head;
            result.Add((file, head));
        }
        if (disk is not null && (changed || disk.Count != fresh.Count)) Save(source.Location, fresh);
        return result;
    }

    private static StyleHead Read(StyleFile file)
    {
        try
        {
            using var stream = file.Open();
            return StyleXml.ReadHead(stream, file.Path);
        }
        catch (StyleFormatException ex)
        {
            return new StyleHead { Error = ex.Message, ErrorLine = ex.Line, ErrorColumn = ex.Column };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return new StyleHead { Error = $"Cannot read the style: {ex.Message}" };
        }
    }

    private sealed class DiskIndex
    {
        public int Format { get; set; }
        public string? Folder { get; set; }
        public Dictionary<string, StyleHead>? Heads { get; set; }
    }

    private const int DiskFormat = 1;

    private string? PathFor(string folder)
    {
        if (_directory is null) return null;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..16].ToLowerInvariant();
        return Path.Combine(_directory, $"styles-{hash}.json");
    }

    private Dictionary<string, StyleHead>? Load(string folder)
    {
        var path = PathFor(folder);
        if (path is null) return null;
        try
        {
            if (!File.Exists(path)) return new Dictionary<string, StyleHead>(StringComparer.Ordinal);
            var index = JsonConvert.DeserializeObject<DiskIndex>(File.ReadAllText(path));
            if (index is { Format: DiskFormat, Heads: not null } && index.Folder == folder)
                return new Dictionary<string, StyleHead>(index.Heads, StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            // A damaged or unreadable cache only costs speed: read the folder again.
        }
        return new Dictionary<string, StyleHead>(StringComparer.Ordinal);
    }

    private void Save(string folder, Dictionary<string, StyleHead> heads)
    {
        var path = PathFor(folder);
        if (path is null) return;
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(_directory!);
            File.WriteAllText(temp, JsonConvert.SerializeObject(new DiskIndex { Format = DiskFormat, Folder = folder, Heads = heads }));
            // Write then rename, so a concurrent reader sees either the old index or the new one, never half.
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache is only an optimisation; a read-only home must not stop formatting.
            try { File.Delete(temp); } catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
        }
    }
}
