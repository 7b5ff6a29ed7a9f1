using System.Diagnostics;
using Bibliography.Cli;
using Bibliography.Sources;
using UglyToad.PdfPig.Writer;

namespace Bibliography.Tests.Pdf;

/// <summary>A scanned, an encrypted and a damaged PDF are each refused with their own error, and the CLI exits 2 without a stack trace.</summary>
[Collection(PaperPdfCollection.Name)]
public sealed class PdfErrorTests(PaperPdfFixture papers)
{
    private static (int Code, string Error) Extract(string path)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(["extract", path], stdout, stderr);
        return (code, stderr.ToString());
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_refused_as_a_scan()
    {
        // Pages with nothing but drawing on them: what a scanner's PDF is to a text reader.
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 2; i++)
        {
            var page = builder.AddPage(595, 842);
            page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 400, 600, 2);
        }
        var path = Path.Combine(papers.Dir, "scan.pdf");
        File.WriteAllBytes(path, builder.Build());

        var e = Should.Throw<PdfNoTextLayerException>(() => PaperReader.ReadFile(path));
        e.Message.ShouldContain("no text layer");
        e.Message.ShouldContain("OCR");
        var (code, error) = Extract(path);
        code.ShouldBe(2);
        error.ShouldContain("no text layer");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void An_encrypted_pdf_is_refused_as_encrypted()
    {
        var path = Path.Combine(papers.Dir, "encrypted.pdf");
        var qpdf = Process.Start(new ProcessStartInfo("qpdf", ["--encrypt", "user-secret", "owner-secret", "256", "--", papers.PathOf("en", ".pdf"), path]))!;
        qpdf.WaitForExit(60_000).ShouldBeTrue();
        qpdf.ExitCode.ShouldBe(0);

        var e = Should.Throw<PdfEncryptedException>(() => PaperReader.ReadFile(path));
        e.Message.ShouldContain("password");
        var (code, error) = Extract(path);
        code.ShouldBe(2);
        error.ShouldContain("encrypted");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void A_damaged_pdf_is_refused_as_damaged()
    {
        var bytes = File.ReadAllBytes(papers.PathOf("en", ".pdf"));
        var path = Path.Combine(papers.Dir, "damaged.pdf");
        // A download cut short, with the cut part overwritten: no cross-reference table, no trailer, broken streams.
        var cut = bytes[..(bytes.Length / 3)];
        for (var i = 200; i < cut.Length; i += 7) cut[i] = 0x20;
        File.WriteAllBytes(path, cut);

        var e = Should.Throw<PdfDamagedException>(() => PaperReader.ReadFile(path));
        e.Message.ShouldContain("damaged");
        var (code, error) = Extract(path);
        code.ShouldBe(2);
        error.ShouldContain("not a readable PDF");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void A_page_in_a_diagnostic_is_named_with_its_note()
    {
        var pdf = PaperReader.ReadFile(papers.PathOf("az-003", ".pdf"));
        var note = pdf.Footnotes[^1];
        var diagnostic = new Bibliography.Model.Diagnostic { Code = "X", Message = "m", Footnote = note.Number, Page = note.PositionOf(0).Page };
        diagnostic.ToString().ShouldContain($"(page {note.Page}, note {note.Number})");
    }
}
