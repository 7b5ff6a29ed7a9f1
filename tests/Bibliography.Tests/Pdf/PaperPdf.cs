using System.Diagnostics;
using Bibliography.Tests.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;

namespace Bibliography.Tests.Pdf;

/// <summary>
/// Makes test papers the way historians make them: a .docx written with real notes (<see cref="DocxBuilder"/>),
/// given Word's default styles (10 pt superscript-numbered notes under 12 pt text), a running head and page numbers,
/// then printed to PDF by LibreOffice Writer, headless.
/// </summary>
internal static class PaperPdf
{
    /// <summary>How the page is set: columns, and whether a running head and page-number footer are printed.</summary>
    public sealed record Layout(int Columns = 1, string? RunningHead = null, bool PageNumbers = true);

    /// <summary>Saves <paramref name="builder"/>'s document as <paramref name="name"/>.docx in <paramref name="dir"/> with the layout's styles, header and sections.</summary>
    public static string SaveDocx(DocxBuilder builder, string dir, string name, Layout layout)
    {
        var path = builder.Save(Path.Combine(dir, name + ".docx"));
        using var document = WordprocessingDocument.Open(path, true);
        var main = document.MainDocumentPart!;
        (main.StyleDefinitionsPart ?? main.AddNewPart<StyleDefinitionsPart>()).Styles = WordStyles();
        var section = new SectionProperties();
        if (layout.RunningHead is { } head)
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), DocxBuilder.Run(head)));
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
        }
        if (layout.PageNumbers)
        {
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
        }
        section.Append(
            new EndnoteProperties(new NumberingFormat { Val = NumberFormatValues.Decimal }),
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1418, Right = 1134, Header = 567, Footer = 567, Gutter = 0 });
        if (layout.Columns > 1) section.Append(new Columns { ColumnCount = (Int16Value)(short)layout.Columns, Space = "567" });
        main.Document.Body!.Append(section);
        main.Document.Save();
        return path;
    }

    /// <summary>Word's defaults for a paper: 12 pt text, 10 pt notes, superscript note references.</summary>
    private static WStyles WordStyles()
    {
        static Style Paragraph(string id, string name, int halfPoints) => new(
            new StyleName { Val = name },
            new StyleRunProperties(new FontSize { Val = halfPoints.ToString() }))
        { Type = StyleValues.Paragraph, StyleId = id };
        static Style Reference(string id, string name) => new(
            new StyleName { Val = name },
            new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
        { Type = StyleValues.Character, StyleId = id };
        return new WStyles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Liberation Serif", HighAnsi = "Liberation Serif", ComplexScript = "Liberation Serif" },
                new FontSize { Val = "24" }))),
            Paragraph("FootnoteText", "footnote text", 20),
            Paragraph("EndnoteText", "endnote text", 20),
            Reference("FootnoteReference", "footnote reference"),
            Reference("EndnoteReference", "endnote reference"));
    }

    /// <summary>Converts every .docx named to PDF in its folder with one LibreOffice run; fails with what LibreOffice said.</summary>
    public static void Convert(string dir, IReadOnlyList<string> docxPaths)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice (soffice) is not installed; .ci/install-deps installs it (Debian: libreoffice-writer-nogui).");
        // A profile of its own, so runs in parallel (other test processes, a user's LibreOffice) do not lock each other out.
        var profile = Path.Combine(dir, "lo-profile");
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir })
            start.ArgumentList.Add(a);
        foreach (var p in docxPaths) start.ArgumentList.Add(p);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LibreOffice did not convert the test papers within 5 minutes.");
        }
        foreach (var p in docxPaths)
        {
            if (!File.Exists(Path.ChangeExtension(p, ".pdf")))
                throw new InvalidOperationException($"LibreOffice made no PDF of {Path.GetFileName(p)} (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
        }
    }
}
