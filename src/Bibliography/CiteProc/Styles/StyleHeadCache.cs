using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Bibliography.Files;
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

    /// <summary>Forgets the in-process cache, so tests can show the on-disk one is used.</summary>
    internal static void ClearMemory() => Memory.Clear();

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

    // Version 2 stores one array per file, read with a streaming reader: 10,000 heads load in a fraction of the time object mapping takes.
    private const int DiskFormat = 2;

    private string? PathFor(string folder)
    {
        if (_directory is null) return null;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..16].ToLowerInvariant();
        return Path.Combine(_directory, $"styles-{hash}.json");
    }

    /// <summary>The stored heads of a folder keyed by stamp; empty when there is no usable cache file.</summary>
    private Dictionary<string, StyleHead>? Load(string folder)
    {
        var path = PathFor(folder);
        if (path is null) return null;
        // Index files left half-written by killed runs go on the first look, not only when the index changes.
        AtomicFile.RemoveOrphansOnce(_directory!);
        var heads = new Dictionary<string, StyleHead>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(path)) return heads;
            using var reader = new JsonTextReader(File.OpenText(path));
            var format = 0;
            string? storedFolder = null;
            Expect(reader.Read() && reader.TokenType == JsonToken.StartObject);
            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                switch (reader.Value as string)
                {
                    case "format": format = reader.ReadAsInt32() ?? 0; break;
                    case "folder": storedFolder = reader.ReadAsString(); break;
                    case "files":
                        // The header precedes the files; an index of another format or folder is not worth reading.
                        if (format != DiskFormat || storedFolder != folder) return heads;
                        Expect(reader.Read() && reader.TokenType == JsonToken.StartArray);
                        while (reader.Read() && reader.TokenType == JsonToken.StartArray)
                        {
                            var relative = Required(reader.ReadAsString());
                            var length = long.Parse(Required(reader.ReadAsString()), System.Globalization.CultureInfo.InvariantCulture);
                            var ticks = long.Parse(Required(reader.ReadAsString()), System.Globalization.CultureInfo.InvariantCulture);
                            var head = new StyleHead
                            {
                                Id = reader.ReadAsString(), Title = reader.ReadAsString(), TitleShort = reader.ReadAsString(),
                                ParentHref = reader.ReadAsString(), DefaultLocale = reader.ReadAsString(), CitationFormat = reader.ReadAsString(),
                                StyleClass = reader.ReadAsString(), Error = reader.ReadAsString(), ErrorLine = reader.ReadAsInt32(), ErrorColumn = reader.ReadAsInt32(),
                            };
                            Expect(reader.Read() && reader.TokenType == JsonToken.EndArray);
                            heads[$"{Path.Combine(folder, relative)}|{length}|{ticks}"] = head;
                        }
                        break;
                    default: reader.Skip(); break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException or OverflowException)
        {
            // A damaged or unreadable cache only costs speed: read the folder again.
            heads.Clear();
        }
        return heads;
    }

    private static string Required(string? value) => value ?? throw new JsonReaderException("Missing value in the style index cache.");

    private static void Expect(bool condition)
    {
        if (!condition) throw new JsonReaderException("Unexpected layout of the style index cache.");
    }

    private void Save(string folder, Dictionary<string, StyleHead> heads)
    {
        var path = PathFor(folder);
        if (path is null) return;
        try
        {
            // Written atomically, so a concurrent reader sees either the old index or the new one, never half.
            AtomicFile.WriteText(path, text =>
            {
                using var writer = new JsonTextWriter(text) { CloseOutput = false };
                writer.WriteStartObject();
                writer.WritePropertyName("format");
                writer.WriteValue(DiskFormat);
                writer.WritePropertyName("folder");
                writer.WriteValue(folder);
                writer.WritePropertyName("files");
                writer.WriteStartArray();
                foreach (var (stamp, head) in heads)
                {
                    // The stamp is "full path|length|ticks"; paths may hold '|', so split from the right.
                    var ticksAt = stamp.LastIndexOf('|');
                    var lengthAt = stamp.LastIndexOf('|', ticksAt - 1);
                    writer.WriteStartArray();
                    writer.WriteValue(Path.GetRelativePath(folder, stamp[..lengthAt]));
                    writer.WriteValue(stamp[(lengthAt + 1)..ticksAt]);
                    writer.WriteValue(stamp[(ticksAt + 1)..]);
                    foreach (var value in new[] { head.Id, head.Title, head.TitleShort, head.ParentHref, head.DefaultLocale, head.CitationFormat, head.StyleClass, head.Error })
                        writer.WriteValue(value);
                    writer.WriteValue(head.ErrorLine);
                    writer.WriteValue(head.ErrorColumn);
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache is only an optimisation; a read-only home must not stop formatting (the helper removes its temporary file).
        }
    }
}
