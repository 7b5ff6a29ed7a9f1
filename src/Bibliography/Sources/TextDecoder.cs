using System.Text;
using Bibliography.Errors;

namespace Bibliography.Sources;

/// <summary>
/// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, and UTF-16 without a
/// BOM when its content gives the byte order away; anything else (Windows-1251, binary, a PDF) is refused, saying why.
/// </summary>
internal static class TextDecoder
{
    // Throwing decoders: a silently substituted U+FFFD would end up inside a citation.
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf32Le = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
    private static readonly Encoding StrictUtf32Be = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    // The signatures (magic numbers) of binary files a user may hand over by mistake (zip and OLE files go to DocxReader). They are only consulted once the
    // bytes are known not to be text, so a text file that happens to begin like one ("MZ…", "GIF89a…") is still read.
    private static readonly (byte[] Magic, string Kind)[] BinarySignatures =
    [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF87a"u8.ToArray(), "a GIF image"),
        ("GIF89a"u8.ToArray(), "a GIF image"),
        ([0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
        ("RIFF"u8.ToArray(), "a RIFF file (WebP image, WAV or AVI)"),
        ([0x1F, 0x8B], "a gzip archive"),
        ("BZh"u8.ToArray(), "a bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ("Rar!\u001A\u0007"u8.ToArray(), "a RAR archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a Zstandard archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ("MZ"u8.ToArray(), "a Windows executable"),
        ("SQLite format 3\0"u8.ToArray(), "an SQLite database"),
    ];

    // A binary file is named by its signature rather than guessed to be text in a legacy encoding.
    private static void RefuseBinary(byte[] bytes, string path, Exception? inner)
    {
        foreach (var (magic, kind) in BinarySignatures)
            if (bytes.AsSpan().StartsWith(magic))
                throw new InputReadException($"'{path}' is {kind}, not text: give a paper as text (.txt), a Word .docx or a PDF.", path, inner);
    }

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="path"/>; the BOM is not part of the result.</summary>
    /// <exception cref="InputReadException">The bytes are not text in a supported encoding.</exception>
    public static string Decode(byte[] bytes, string path)
    {
        ReadOnlySpan<byte> b = bytes;
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Strict(StrictUtf8, bytes, 3, "UTF-8", path);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return Strict(StrictUtf32Le, bytes, 4, "UTF-32 LE", path);
        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return Strict(StrictUtf32Be, bytes, 4, "UTF-32 BE", path);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Strict(StrictUtf16Le, bytes, 2, "UTF-16 LE", path);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Strict(StrictUtf16Be, bytes, 2, "UTF-16 BE", path);

        if (b.StartsWith("%PDF-"u8))
            throw new InputReadException($"'{path}' is a PDF file; extract its text first (e.g. `pdftotext -layout '{path}'`) and read the .txt.", path);

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            if (TryUtf16WithoutBom(bytes) is { } utf16) return utf16;
            RefuseBinary(bytes, path, e);
            var (offset, line, column) = FirstInvalidUtf8Position(bytes);
            var guess = LooksLikeWindows1251(bytes)
                ? "It looks like Windows-1251 (Cyrillic); convert it first, e.g. `iconv -f WINDOWS-1251 -t UTF-8`."
                : "It may be in a legacy 8-bit encoding such as Windows-1251; convert it to UTF-8 first.";
            throw new InputReadException(
                $"'{path}' is not valid UTF-8 and has no byte-order mark (byte 0x{bytes[offset]:X2} at offset {offset}, line {line}, column {column}). {guess}",
                path, e, line, column);
        }
        if (LooksLikeUtf16(text) && TryUtf16WithoutBom(bytes) is { } decoded) return decoded;
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            RefuseBinary(bytes, path, null);
            var line = 1 + text.AsSpan(0, nul).Count('\n');
            throw new InputReadException(
                $"'{path}' contains NUL characters (first on line {line}): it is binary (a PDF rather than its extracted text?) or UTF-16 without a byte-order mark.",
                path);
        }
        return text;
    }

    /// <summary>Valid UTF-8 that is probably UTF-16 read wrongly: NULs, or many C0 controls (Cyrillic U+04xx gives 0x04 bytes).</summary>
    private static bool LooksLikeUtf16(string text)
    {
        if (text.Length < 2) return false;
        var controls = 0;
        foreach (var c in text)
            if (c < ' ' && c is not '\n' and not '\r' and not '\t') controls++;
        return controls * 20 >= text.Length;
    }

    /// <summary>
    /// UTF-16 without a byte-order mark, when the bytes decode (strictly) in one byte order to text that is almost all
    /// in the scripts this tool reads (Latin, Azerbaijani, Cyrillic, punctuation) and clearly better than the other order.
    /// </summary>
    private static string? TryUtf16WithoutBom(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        var le = TryDecode(StrictUtf16Le, bytes);
        var be = TryDecode(StrictUtf16Be, bytes);
        var leScore = le is null ? 0 : Plausibility(le);
        var beScore = be is null ? 0 : Plausibility(be);
        var (best, score, other) = leScore >= beScore ? (le, leScore, beScore) : (be, beScore, leScore);
        return best is not null && score >= 0.9 && score - other >= 0.2 ? best : null;
    }

    private static string? TryDecode(Encoding encoding, byte[] bytes)
    {
        try { return encoding.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    /// <summary>The share of characters that are ordinary text in the scripts of the papers this tool reads.</summary>
    private static double Plausibility(string text)
    {
        if (text.Length == 0) return 0;
        var good = 0;
        foreach (var c in text)
        {
            var ordinary = c switch
            {
                '\n' or '\r' or '\t' => true,
                < ' ' => false,
                < '\u007F' => true,
                >= '\u00A0' and <= '\u02FF' => true,   // Latin-1, Latin Extended A/B, IPA (ə)
                >= '\u0300' and <= '\u036F' => true,   // combining accents
                >= '\u0400' and <= '\u052F' => true,   // Cyrillic and its supplement
                >= '\u1E00' and <= '\u1EFF' => true,   // Latin Extended Additional
                >= '\u2000' and <= '\u206F' => true,   // general punctuation: dashes, quotes
                '\u2116' or '\uFEFF' => true,           // numero sign, a stray BOM
                _ => false,
            };
            if (ordinary) good++;
        }
        return (double)good / text.Length;
    }

    private static string Strict(Encoding encoding, byte[] bytes, int skip, string name, string path)
    {
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            if (encoding != StrictUtf8)
                throw new InputReadException($"'{path}' starts with a {name} byte-order mark but is not valid {name}.", path, e);
            var (offset, line, column) = FirstInvalidUtf8Position(bytes.AsSpan(skip));
            throw new InputReadException(
                $"'{path}' starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte 0x{bytes[skip + offset]:X2} at offset {skip + offset}, line {line}, column {column}).",
                path, e, line, column);
        }
    }

    /// <summary>
    /// Where the first byte that does not begin or continue a well-formed UTF-8 sequence is: its offset, and its
    /// 1-based line and column (in characters, as an editor counts them) so the message can point at it.
    /// </summary>
    internal static (int Offset, int Line, int Column) FirstInvalidUtf8Position(ReadOnlySpan<byte> bytes)
    {
        var offset = FirstInvalidUtf8(bytes);
        var before = bytes[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (offset, 1 + before.Count((byte)'\n'), 1 + Encoding.UTF8.GetCharCount(before[lineStart..]));
    }

    /// <summary>The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var span = bytes;
        var consumed = 0;
        while (consumed < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[consumed..], out _, out var n);
            if (status != System.Buffers.OperationStatus.Done) return consumed;
            consumed += n;
        }
        return Math.Max(0, span.Length - 1);
    }

    /// <summary>
    /// In Windows-1251 the Cyrillic letters are bytes 0xC0–0xFF (plus Ё/ё at 0xA8/0xB8); prose in it has
    /// nearly all its high bytes there, while other legacy code pages and binary files spread them wider.
    /// </summary>
    private static bool LooksLikeWindows1251(byte[] bytes)
    {
        int high = 0, cyrillic = 0;
        foreach (var x in bytes)
        {
            if (x < 0x80) continue;
            high++;
            if (x >= 0xC0 || x == 0xA8 || x == 0xB8) cyrillic++;
        }
        return high > 0 && cyrillic * 10 >= high * 8;
    }
}
