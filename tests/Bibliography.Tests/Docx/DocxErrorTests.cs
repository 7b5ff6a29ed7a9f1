using System.IO.Compression;
using Bibliography.Cli;
using Bibliography.Errors;
using Bibliography.Sources;

namespace Bibliography.Tests.Docx;

/// <summary>Word files that cannot be read give one clear error naming the file, from the library and the command line.</summary>
public sealed class DocxErrorTests : IDisposable
{
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly string _dir = Directory.CreateTempSubdirectory("bib-docx-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    /// <summary>Each broken file and a phrase its error must hold.</summary>
    public static TheoryData<string, string> Cases() => new()
    {
        { "no-notes", "has no footnotes, endnotes or numeric in-text references" },
        { "separators-only", "has no footnotes, endnotes or numeric in-text references" },
        { "not-a-zip", "is not a valid .docx: it is not a zip package" },
        { "zip-without-word-parts", "is not a valid .docx" },
        { "truncated", "is not a valid .docx" },
        { "malformed-xml", "is not a valid .docx" },
        { "password-protected", "password-protected" },
    };

    private string Make(string kind)
    {
        var path = Path.Combine(_dir, kind + ".docx");
        switch (kind)
        {
            case "no-notes":
                new DocxBuilder().Paragraph("Mətndə heç bir qeyd yoxdur.").Paragraph("Номера 1, 2, 3 набраны текстом.").Save(path);
                break;
            case "separators-only":
                // A footnote part holding only Word's separators, as left after every footnote was deleted.
                var b = new DocxBuilder();
                _ = b.Footnote(["Deleted from the body."]);
                b.Paragraph("Mətn.").Save(path);
                break;
            case "not-a-zip":
                File.WriteAllText(path, "1 Yenə orada, vərəq 5.\n");
                break;
            case "zip-without-word-parts":
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                using (var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open()))
                    writer.Write("1 Yenə orada.");
                break;
            case "truncated":
                var full = new DocxBuilder();
                full.Paragraph("Mətn", full.Footnote(["Yenə orada, vərəq 5."])).Save(path);
                var bytes = File.ReadAllBytes(path);
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case "malformed-xml":
                var good = new DocxBuilder();
                good.Paragraph("Mətn", good.Footnote(["Yenə orada, vərəq 5."])).Save(path);
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
                {
                    zip.GetEntry("word/document.xml")!.Delete();
                    using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
                    writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
                }
                break;
            case "password-protected":
                // An encrypted .docx is an OLE compound file: its signature, then sectors the reader never reaches.
                File.WriteAllBytes(path, [.. CompoundFileSignature, .. new byte[504]]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
        return path;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_docx_gives_a_clear_error_naming_the_file(string kind, string phrase)
    {
        var path = Make(kind);

        var error = Should.Throw<InputReadException>(() => BibliographyPipeline.ExtractFile(path));

        error.Message.ShouldContain(phrase);
        error.Message.ShouldContain(path);
        error.File.ShouldBe(path);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_cli_prints_one_line_and_exits_2(string kind, string phrase)
    {
        var path = Make(kind);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CliApp.Run(["extract", path], stdout, stderr);

        code.ShouldBe(2);
        stdout.ToString().ShouldBeEmpty();
        var error = stderr.ToString().TrimEnd();
        error.ShouldNotContain("\n");
        error.ShouldContain(phrase);
        error.ShouldContain(path);
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void The_password_error_says_how_to_fix_it_and_also_covers_a_legacy_doc()
    {
        var path = Path.Combine(_dir, "old.doc");
        File.WriteAllBytes(path, [.. CompoundFileSignature, .. new byte[504]]);

        var error = Should.Throw<InputReadException>(() => PaperReader.ReadFile(path));

        error.Message.ShouldContain("legacy .doc");
        error.Message.ShouldContain("save it as a .docx without a password");
    }
}
