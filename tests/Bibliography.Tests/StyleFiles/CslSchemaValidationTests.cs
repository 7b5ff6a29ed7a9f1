namespace Bibliography.Tests.StyleFiles;

/// <summary>Every file in <c>styles/</c> is valid CSL 1.0.2 by the shared RELAX NG schema (jing -c).</summary>
public sealed class CslSchemaValidationTests
{
    /// <summary>The style and locale files shipped in <c>styles/</c>.</summary>
    public static TheoryData<string> StyleFiles()
    {
        var data = new TheoryData<string>();
        if (!Directory.Exists(StyleFilesEnvironment.StylesDir))
        {
            // Keeps the theory enumerable; the attribute has already marked it skipped.
            data.Add("(styles folder not found)");
            return data;
        }
        foreach (var file in Directory.EnumerateFiles(StyleFilesEnvironment.StylesDir)
                     .Where(f => f.EndsWith(".csl", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [StyleFileTheory(StyleFileNeeds.Schema | StyleFileNeeds.Jing)]
    [MemberData(nameof(StyleFiles))]
    public void File_in_styles_is_valid_against_the_CSL_schema(string fileName)
    {
        var (exitCode, report) = StyleFilesEnvironment.ValidateWithJing(Path.Combine(StyleFilesEnvironment.StylesDir, fileName));

        exitCode.ShouldBe(0, $"jing -c csl.rnc styles/{fileName}:\n{report}");
        report.ShouldBeEmpty();
    }

    [StyleFileFact]
    public void Styles_folder_holds_the_locale_and_both_project_styles()
    {
        var names = Directory.EnumerateFiles(StyleFilesEnvironment.StylesDir).Select(Path.GetFileName).ToList();

        names.ShouldContain("locales-az-AZ.xml");
        names.ShouldContain("azerbaijani-historical-notes.csl");
        names.ShouldContain("gost-r-7-0-5-2008-archival-note.csl");
    }

    [StyleFileFact(StyleFileNeeds.Schema | StyleFileNeeds.Jing)]
    public void Validation_rejects_a_locale_with_a_term_CSL_does_not_define()
    {
        // Guards the validation itself: a file jing passes must be one it could have failed.
        var text = File.ReadAllText(Path.Combine(StyleFilesEnvironment.StylesDir, "locales-az-AZ.xml"));
        var broken = text.Replace("<terms>", "<terms>\n    <term name=\"fond\">fond</term>", StringComparison.Ordinal);
        broken.ShouldNotBe(text);
        var path = Path.Combine(Path.GetTempPath(), $"locales-az-AZ-broken-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, broken);
        try
        {
            var (exitCode, report) = StyleFilesEnvironment.ValidateWithJing(path);

            exitCode.ShouldNotBe(0);
            report.ShouldContain("name");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
