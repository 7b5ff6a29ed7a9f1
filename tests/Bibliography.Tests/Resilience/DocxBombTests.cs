using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Bibliography.Errors;
using Bibliography.Sources;
using Bibliography.Tests.Support;

namespace Bibliography.Tests.Resilience;

/// <summary>
/// Hostile Word files: zip bombs (a part, or the package, inflating past <see cref="DocxPackageLimits"/>), too many
/// entries, nesting past the depth bound, a DTD, and paragraphs of 50,000 runs. Each bomb is built small on disk in a
/// temporary folder and must be refused in seconds with one line naming the file and the part (exit code 2), in a
/// process whose heap is capped at 1 GB.
/// </summary>
public sealed class DocxBombTests : IDisposable
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Call = "<w:r><w:footnoteReference w:id=\"1\"/></w:r>";
    private static readonly string Note = $"<w:footnotes xmlns:w=\"{W}\"><w:footnote w:id=\"1\"><w:p><w:r><w:t>GMTA, f. 1874, siy. 1, iş 2, vərəq 78.</w:t></w:r></w:p></w:footnote></w:footnotes>";
    private static readonly string Body = $"<w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>Mətn</w:t></w:r>{Call}</w:p></w:body></w:document>";

    private readonly string _dir = Directory.CreateTempSubdirectory("bib-docx-bomb-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("word/footnotes.xml")]
    public void A_part_inflating_past_the_cap_is_refused_naming_the_file_and_the_part(string part)
    {
        // Twice the cap of text-bearing XML, compressed about 1000:1.
        var path = Package("part-bomb.docx", new Dictionary<string, Action<Stream>>
        {
            [part] = s => WriteRepeated(s, part.EndsWith("document.xml") ? $"<w:document xmlns:w=\"{W}\"><w:body><w:p>{Call}" : $"<w:footnotes xmlns:w=\"{W}\"><w:footnote w:id=\"1\"><w:p>",
                "<w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r>", 2 * DocxPackageLimits.MaxPartBytes),
        });
        new FileInfo(path).Length.ShouldBeLessThan(1_000_000);

        var error = Should.Throw<InputReadException>(() => PaperReader.ReadFile(path));
        error.File.ShouldBe(path);
        error.Message.ShouldContain($"part '{part}'");
        error.Message.ShouldContain($"{DocxPackageLimits.MaxPartBytes / (1024 * 1024)} MB");
        RunCliBounded(path, part);
    }

    [Fact]
    public void A_package_inflating_past_the_cap_in_parts_each_under_it_is_refused()
    {
        var parts = new Dictionary<string, Action<Stream>>();
        var count = (int)(DocxPackageLimits.MaxPackageBytes / (DocxPackageLimits.MaxPartBytes - 1024)) + 1;
        for (var i = 1; i <= count; i++) parts[$"word/media/image{i}.bin"] = s => WriteRepeated(s, "", "\0\0\0\0\0\0\0\0", DocxPackageLimits.MaxPartBytes - 1024);
        var path = Package("package-bomb.docx", parts);

        var error = Should.Throw<InputReadException>(() => PaperReader.ReadFile(path));
        error.Message.ShouldContain($"part 'word/media/image{count}.bin'");
        error.Message.ShouldContain("the package inflates to more than 256 MB");
        RunCliBounded(path, $"word/media/image{count}.bin");
    }

    [Fact]
    public void A_package_of_too_many_entries_is_refused()
    {
        var parts = new Dictionary<string, Action<Stream>>();
        for (var i = 0; i <= DocxPackageLimits.MaxEntries; i++) parts[$"word/media/e{i}.bin"] = _ => { };
        var path = Package("entries.docx", parts);

        var error = Should.Throw<InputReadException>(() => PaperReader.ReadFile(path));
        error.Message.ShouldContain("more than the 10,000 a .docx may hold");
    }

    [Fact]
    public void Nesting_past_the_depth_bound_is_refused_naming_the_part()
    {
        var depth = 200_000;
        var path = Package("deep.docx", new Dictionary<string, Action<Stream>>
        {
            ["word/document.xml"] = s =>
            {
                using var w = new StreamWriter(s, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                w.Write($"<w:document xmlns:w=\"{W}\"><w:body><w:p>{Call}");
                for (var i = 0; i < depth; i++) w.Write("<w:sdt><w:sdtContent>");
                for (var i = 0; i < depth; i++) w.Write("</w:sdtContent></w:sdt>");
                w.Write("</w:p></w:body></w:document>");
            },
        });

        var error = Should.Throw<InputReadException>(() => PaperReader.ReadFile(path));
        error.Message.ShouldContain("part 'word/document.xml'");
        error.Message.ShouldContain($"nested more than {DocxPackageLimits.MaxDepth:N0} deep");
    }

    [Fact]
    public void A_dtd_with_entities_is_refused_not_expanded()
    {
        var laughs = "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">" + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">")) + "]>";
        var path = Package("dtd.docx", new Dictionary<string, Action<Stream>>
        {
            ["word/document.xml"] = s => s.Write(Encoding.UTF8.GetBytes($"{laughs}<w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&j;</w:t></w:r>{Call}</w:p></w:body></w:document>")),
        });

        var sw = Stopwatch.StartNew();
        var error = Should.Throw<InputReadException>(() => PaperReader.ReadFile(path));
        sw.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        error.Message.ShouldContain("is refused as a .docx: a part contains a DTD");
        error.Message.ShouldNotContain("DtdProcessing");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Fifty_thousand_runs_in_one_paragraph_read_in_linear_time(bool inNote)
    {
        const int runs = 50_000;
        var many = new StringBuilder("<w:p><w:r><w:t xml:space=\"preserve\">GMTA, f. 1874, siy. 1, iş 2, vərəq 78 [3, s. 5].</w:t></w:r>");
        if (!inNote) many.Append(Call);
        for (var i = 0; i < runs; i++) many.Append("<w:r><w:t xml:space=\"preserve\"> x</w:t></w:r>");
        many.Append("</w:p>");
        var path = Package("runs.docx", new Dictionary<string, Action<Stream>>
        {
            ["word/document.xml"] = s => s.Write(Encoding.UTF8.GetBytes(inNote ? Body : $"<w:document xmlns:w=\"{W}\"><w:body>{many}</w:body></w:document>")),
            ["word/footnotes.xml"] = s => s.Write(Encoding.UTF8.GetBytes(inNote ? $"<w:footnotes xmlns:w=\"{W}\"><w:footnote w:id=\"1\">{many}</w:footnote></w:footnotes>" : Note)),
        });
        PaperReader.ReadFile(Package("warm.docx", new Dictionary<string, Action<Stream>> { ["word/document.xml"] = s => s.Write(Encoding.UTF8.GetBytes(Body)), ["word/footnotes.xml"] = s => s.Write(Encoding.UTF8.GetBytes(Note)) }));

        SourceDocument doc = null!;
        var cpu = ThreadClock.Measure(() => doc = PaperReader.ReadFile(path));

        var expected = "GMTA, f. 1874, siy. 1, iş 2, vərəq 78 [3, s. 5]." + string.Concat(Enumerable.Repeat(" x", runs));
        if (inNote) doc.Footnotes.ShouldHaveSingleItem().Text.ShouldBe(expected);
        else
        {
            doc.Footnotes.ShouldHaveSingleItem().Text.ShouldBe("GMTA, f. 1874, siy. 1, iş 2, vərəq 78.");
            doc.References.ShouldHaveSingleItem().Text.ShouldBe("[3, s. 5]");
        }
        // Quadratic reading took 12 s (note) and 51 s (body); linear reading takes a fraction of a second of this
        // thread's CPU (the wall clock moves with whatever else a busy machine runs).
        cpu.ShouldBeLessThan(TimeSpan.FromSeconds(3));
    }

    /// <summary>Runs <c>extract</c> in a child process whose GC heap is capped at 1 GB: exit code 2, one line naming the file and part.</summary>
    private static void RunCliBounded(string path, string part)
    {
        var (code, stdout, stderr, elapsed) = CliProcess.Run(TimeSpan.FromSeconds(60), null,
            "extract", path, "--out", Path.Combine(Path.GetDirectoryName(path)!, "out"));
        var err = stderr.Trim();
        code.ShouldBe(2, err + stdout);
        err.ShouldNotContain("internal error");
        err.ShouldNotContain("OutOfMemory");
        err.Split('\n').ShouldHaveSingleItem().ShouldContain(path);
        err.ShouldContain($"part '{part}'");
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    /// <summary>A minimal .docx (content types, relationships, body and one footnote) with <paramref name="parts"/> added or replacing its own.</summary>
    private string Package(string name, Dictionary<string, Action<Stream>> parts)
    {
        var all = new Dictionary<string, Action<Stream>>
        {
            ["[Content_Types].xml"] = Text("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"bin\" ContentType=\"application/octet-stream\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/></Types>"),
            ["_rels/.rels"] = Text("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ["word/_rels/document.xml.rels"] = Text("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/></Relationships>"),
            ["word/document.xml"] = Text(Body),
            ["word/footnotes.xml"] = Text(Note),
        };
        foreach (var (key, write) in parts) all[key] = write;
        var path = Path.Combine(_dir, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (key, write) in all)
        {
            using var entry = zip.CreateEntry(key, CompressionLevel.Optimal).Open();
            write(entry);
        }
        return path;

        static Action<Stream> Text(string text) => s => s.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Writes <paramref name="head"/> and then <paramref name="unit"/> until <paramref name="bytes"/> are written (the XML is left unclosed: the cap is met first).</summary>
    private static void WriteRepeated(Stream stream, string head, string unit, long bytes)
    {
        var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, (1 << 20) / unit.Length)));
        stream.Write(Encoding.UTF8.GetBytes(head));
        for (long written = 0; written < bytes; written += block.Length) stream.Write(block, 0, (int)Math.Min(block.Length, bytes - written));
    }
}
