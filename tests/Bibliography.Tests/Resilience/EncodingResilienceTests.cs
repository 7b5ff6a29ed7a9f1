using System.Text;
using Bibliography.Errors;
using Bibliography.Sources;

namespace Bibliography.Tests.Resilience;

/// <summary>
/// Files that are not UTF-8 are read when their encoding can be told for certain (UTF-16 without a BOM) and refused
/// with a typed, one-line error otherwise; random damage to a file's bytes never escapes as anything else.
/// </summary>
public sealed class EncodingResilienceTests : IDisposable
{
    private const string Paper = "Mətn [12, s.185-186] və Литература «Ölkə» — şəhər\n[3, c.2].\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("bib-encodings-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static TheoryData<string, string> Utf16Texts => new()
    {
        { "mixed", Paper },
        { "ascii", "Text [1].\n" },
        { "cyrillic only", "Заголовок\nСписок литературы [1, с.5]\n" },
        { "azerbaijani", "Azərbaycan tarixi [2, s.7]\nƏdəbiyyat\n1. Həsənli C. Azərbaycan. Bakı, 2009.\n" },
    };

    [Theory]
    [MemberData(nameof(Utf16Texts))]
    public void Utf16_without_a_bom_is_read_in_either_byte_order(string name, string text)
    {
        foreach (var (order, encoding) in new[] { ("le", Encoding.Unicode), ("be", Encoding.BigEndianUnicode) })
        {
            var path = Write($"{name}-{order}.txt", encoding.GetBytes(text));
            var doc = PaperReader.ReadFile(path);
            doc.References.Select(r => r.Text).ShouldBe(PaperReader.Read(text).References.Select(r => r.Text), $"{name} {order}");
            doc.References.ShouldNotBeEmpty();
        }
    }

    [Fact]
    public void A_broken_pdf_under_a_text_name_is_read_as_a_pdf_and_refused_as_damaged()
    {
        var path = Write("paper.txt", [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A, 0x00, 0x01]);
        var e = Should.Throw<Bibliography.Sources.PdfDamagedException>(() => PaperReader.ReadFile(path));
        e.Message.ShouldContain("not a readable PDF");
    }

    [Fact]
    public void Windows_1251_in_every_shape_is_refused_naming_the_encoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1251 = Encoding.GetEncoding(1251);
        foreach (var text in new[] { "Заголовок\n", "ГА РФ. Ф. 5. Оп. 1. Д. 2. Л. 3 об.\n", "Ж" , "Список [1]" })
        {
            var path = Write("cp1251.txt", cp1251.GetBytes(text));
            Should.Throw<InputReadException>(() => PaperReader.ReadFile(path), text).Message.ShouldContain("Windows-1251");
        }
    }

    [Fact]
    public void Damaged_files_in_any_encoding_are_read_or_refused_with_an_input_error()
    {
        var random = new Random(FuzzTests.Seed);
        var corpus = new Bibliography.Testing.CitationCorpus(FuzzTests.Seed + 30);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encodings = new (Encoding Encoding, byte[] Bom)[]
        {
            (new UTF8Encoding(false), []), (new UTF8Encoding(false), [0xEF, 0xBB, 0xBF]),
            (Encoding.Unicode, [0xFF, 0xFE]), (Encoding.BigEndianUnicode, [0xFE, 0xFF]), (Encoding.Unicode, []), (Encoding.BigEndianUnicode, []),
            (Encoding.UTF32, [0xFF, 0xFE, 0x00, 0x00]), (Encoding.GetEncoding(1251), []), (Encoding.GetEncoding(1254), []),
        };
        int read = 0, refused = 0;
        for (var round = 0; round < 600; round++)
        {
            var text = random.Next(2) == 0 ? corpus.FootnoteList(1 + random.Next(8)) : corpus.Paper(1 + random.Next(4), 3);
            var (encoding, bom) = encodings[random.Next(encodings.Length)];
            var bytes = bom.Concat(encoding.GetBytes(text)).ToArray();
            // Damage: flip, drop or insert a few bytes, or cut the file anywhere (even inside a character).
            for (var d = random.Next(4); d > 0 && bytes.Length > 0; d--)
            {
                var at = random.Next(bytes.Length);
                bytes = random.Next(4) switch
                {
                    0 => bytes.Take(at).Concat(bytes.Skip(at + 1)).ToArray(),
                    1 => bytes.Take(at).Append((byte)random.Next(256)).Concat(bytes.Skip(at)).ToArray(),
                    2 => bytes.Take(at).ToArray(),
                    _ => bytes.Select((b, i) => i == at ? (byte)(b ^ (1 << random.Next(8))) : b).ToArray(),
                };
            }
            var path = Write($"f{round % 10}.txt", bytes);
            try
            {
                var doc = PaperReader.ReadFile(path);
                doc.Path.ShouldBe(path);
                _ = BibliographyPipeline.ExtractFile(path);
                read++;
            }
            catch (InputReadException e)
            {
                e.File.ShouldBe(path);
                e.ToOneLine().ShouldNotContain("\n");
                refused++;
            }
        }
        read.ShouldBeGreaterThan(100);
        refused.ShouldBeGreaterThan(50);
    }
}
