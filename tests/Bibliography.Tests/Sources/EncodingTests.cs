using Bibliography.Model;
using System.Text;
using Bibliography.Errors;
using Bibliography.Sources;

namespace Bibliography.Tests.Sources;

public sealed class EncodingTests : IDisposable
{
    private const string Paper = "Mətn [12, s.185-186] və Литература\n[3, c.2].\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("bibliography-sources-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void ShouldBeThePaper(SourceDocument doc, string path)
    {
        doc.Path.ShouldBe(path);
        doc.References.Select(r => (r.Number, r.Text, r.Line, r.Column)).ShouldBe([(12, "[12, s.185-186]", 1, 6), (3, "[3, c.2]", 2, 1)]);
    }

    [Fact]
    public void Reads_utf8_without_bom()
    {
        var path = Write("plain.txt", Encoding.UTF8.GetBytes(Paper));
        ShouldBeThePaper(PaperReader.ReadFile(path), path);
    }

    [Fact]
    public void Reads_utf8_with_bom_and_drops_the_bom_from_columns()
    {
        var path = Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Paper)]);
        ShouldBeThePaper(PaperReader.ReadFile(path), path);
    }

    [Fact]
    public void Reads_utf16_little_and_big_endian_with_bom()
    {
        var le = Write("le.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Paper)]);
        var be = Write("be.txt", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Paper)]);
        ShouldBeThePaper(PaperReader.ReadFile(le), le);
        ShouldBeThePaper(PaperReader.ReadFile(be), be);
    }

    [Fact]
    public void Windows_1251_text_is_rejected_with_a_hint()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Write("cp1251.txt", Encoding.GetEncoding(1251).GetBytes("Заголовок\nСписок литературы [1, с.5]\n"));

        var e = Should.Throw<InputReadException>(() => PaperReader.ReadFile(path));

        e.Message.ShouldContain("not valid UTF-8");
        e.Message.ShouldContain("Windows-1251");
        e.Message.ShouldContain("line 1");
        e.File.ShouldBe(path);
    }

    [Fact]
    public void Other_invalid_utf8_is_rejected_naming_the_place()
    {
        var path = Write("latin1.txt", [.. "ok\nabc "u8, 0x80, 0x41, 0xFE, 0x20]);

        var e = Should.Throw<InputReadException>(() => PaperReader.ReadFile(path));

        e.Message.ShouldContain("not valid UTF-8");
        e.Message.ShouldContain("0x80");
        e.Message.ShouldContain("offset 7, line 2");
    }

    [Fact]
    public void A_bad_utf16_file_is_rejected()
    {
        // A lone high surrogate is not valid UTF-16.
        var path = Write("bad16.txt", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]);

        Should.Throw<InputReadException>(() => PaperReader.ReadFile(path)).Message.ShouldContain("UTF-16 LE");
    }

    [Fact]
    public void Binary_with_nul_bytes_is_rejected()
    {
        // Not UTF-16 either way round: NULs among bytes that make no text in any byte order.
        var path = Write("binary.txt", [0x41, 0x00, 0x00, 0x00, 0x42, 0x43, 0x00, 0x01, 0x00, 0x00]);

        Should.Throw<InputReadException>(() => PaperReader.ReadFile(path)).Message.ShouldContain("NUL");
    }

    [Fact]
    public void A_missing_file_is_an_input_error_naming_it()
    {
        var path = Path.Combine(_dir, "nope.txt");

        var e = Should.Throw<InputReadException>(() => PaperReader.ReadFile(path));

        e.Message.ShouldContain(path);
        e.Message.ShouldContain("does not exist");
        e.File.ShouldBe(path);
        Should.Throw<InputReadException>(() => PaperReader.ReadFile(Path.Combine(_dir, "no-dir", "x.txt")));
    }

    [Fact]
    public void A_directory_or_empty_name_is_an_input_error()
    {
        Should.Throw<InputReadException>(() => PaperReader.ReadFile(_dir)).Message.ShouldContain("directory");
        Should.Throw<InputReadException>(() => PaperReader.ReadFile(" "));
    }

    [Fact]
    public void An_empty_file_reads_as_an_empty_document()
    {
        var doc = PaperReader.ReadFile(Write("empty.txt", []));

        doc.Footnotes.ShouldBeEmpty();
        doc.References.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Line_endings_are_normalised_before_reading(string eol)
    {
        var rule = new string(' ', 30);
        var text = string.Join(eol, "\uFEFFBody text", "1", rule, "1 Arxiv, iş", "", "330, s. 1.", " Body [4,", "s.2].");

        var doc = PaperReader.Read(text);

        var note = doc.Footnotes.ShouldHaveSingleItem();
        (note.Text, note.Line, note.Column).ShouldBe(("Arxiv, iş 330, s. 1.", 4, 3));
        note.PositionOf(note.Text.IndexOf("330", StringComparison.Ordinal)).ShouldBe(new SourcePosition(6, 1));
        var reference = doc.References.ShouldHaveSingleItem();
        (reference.Text, reference.Line, reference.Column).ShouldBe(("[4, s.2]", 7, 7));
        doc.Diagnostics.Where(d => d.Code != DiagnosticCodes.NoReferenceList.Code).ShouldBeEmpty();
    }

    [Fact]
    public void A_bom_in_a_string_is_dropped_so_a_footnote_list_is_still_recognised()
    {
        PaperReader.Read("\uFEFF1 Arxiv.\r\n2 GMTA.").Footnotes.Select(f => (f.Text, f.Line)).ShouldBe([("Arxiv.", 1), ("GMTA.", 2)]);
    }
}
