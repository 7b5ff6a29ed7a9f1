using Bibliography.Export;
using Bibliography.Model;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Export;

public class RoundTripTests
{
    public static TheoryData<string> Formats() => new() { "csljson", "ris", "bibtex", "biblatex" };

    public static TheoryData<string, string> FormatsAndSets()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in new[] { "samples", "seeds" })
            foreach (var format in new[] { "csljson", "ris", "bibtex", "biblatex" })
                data.Add(format, set);
        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsAndSets))]
    public void Every_item_reads_back_equal_field_by_field(string format, string set)
    {
        var items = ExportSamples.Set(set);
        items.Count.ShouldBeGreaterThan(set == "seeds" ? 27 : 5);
        var text = ReferenceFormats.Export(items, format);
        var result = ReferenceFormats.Import(text, formatName: format);

        result.Skipped.ShouldBeEmpty();
        result.Diagnostics.ShouldBeEmpty();
        result.Items.Count.ShouldBe(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var expected = ExportSamples.Json(items[i]);
            var actual = ExportSamples.Json(result.Items[i]);
            JToken.DeepEquals(expected, actual).ShouldBeTrue($"{format}: item {items[i].Id} differs.\nexpected: {expected}\nactual: {actual}\nwritten:\n{text}");
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Writing_is_deterministic_and_a_second_round_trip_writes_the_same_text(string format)
    {
        var items = ExportSamples.All();
        var first = ReferenceFormats.Export(items, format);
        ReferenceFormats.Export(ExportSamples.All(), format).ShouldBe(first);
        var again = ReferenceFormats.Export(ReferenceFormats.Import(first, formatName: format).Items, format);
        again.ShouldBe(first);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_format_is_detected_from_the_content(string format)
    {
        var text = ReferenceFormats.Export(ExportSamples.SeedLike(), format);
        var detected = ReferenceFormats.Detect(null, text);
        if (format.StartsWith("bib")) detected.ShouldBeAssignableTo<BibTexFamilyFormat>();
        else detected.Name.ShouldBe(format);
        ReferenceFormats.Import(text).Items.Count.ShouldBe(ExportSamples.SeedLike().Count);
    }

    [Fact]
    public void Extensions_and_names_pick_formats()
    {
        ReferenceFormats.ByExtension("paper.ris")!.Name.ShouldBe("ris");
        ReferenceFormats.ByExtension("items.JSON")!.Name.ShouldBe("csljson");
        ReferenceFormats.ByExtension("refs.bib")!.Name.ShouldBe("bibtex");
        ReferenceFormats.ByExtension("notes.txt").ShouldBeNull();
        ReferenceFormats.ByName("CSL-JSON").Name.ShouldBe("csljson");
        ReferenceFormats.ByName("biblatex").ShouldBeOfType<BibLaTexFormat>();
        ReferenceFormats.Detect("refs.bib", "@book{a, date = {2001}}").Name.ShouldBe("biblatex");
        Should.Throw<UnknownFormatException>(() => ReferenceFormats.ByName("endnote")).Message.ShouldContain("endnote");
        Should.Throw<UnknownFormatException>(() => ReferenceFormats.Detect("x.txt", "plain words"));
    }

    [Fact]
    public void Import_file_reads_a_file_and_a_bibliography_document()
    {
        var dir = Directory.CreateTempSubdirectory("bib-export-");
        try
        {
            var path = Path.Combine(dir.FullName, "paper.json");
            File.WriteAllText(path, CslJson.Serialize(new BibliographyDocument { Items = ExportSamples.SeedLike() }));
            var result = ReferenceFormats.ImportFile(path);
            result.Format.ShouldBe("csljson");
            result.ToDocument().Items.Select(i => i.Id).ShouldBe(ExportSamples.SeedLike().Select(i => i.Id));

            var bib = Path.Combine(dir.FullName, "out.bib");
            ReferenceFormats.ExportFile(result.Items, "biblatex", bib);
            ReferenceFormats.ImportFile(bib).Items.Count.ShouldBe(result.Items.Count);
            Should.Throw<Bibliography.Errors.InputReadException>(() => ReferenceFormats.ImportFile(Path.Combine(dir.FullName, "missing.ris")));
        }
        finally { dir.Delete(true); }
    }
}
