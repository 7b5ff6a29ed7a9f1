using Bibliography.Export;
using Bibliography.Model;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Zotero;

/// <summary>Paper 003's RIS export read by RIS readers nobody here wrote.</summary>
public class RisReadersTests
{
    private static (List<CslItem> Items, string Path, DirectoryInfo Dir) Export003()
    {
        var paper = Path.Combine(TestPaths.SharedSeeds!, "003_5bd5681df1433a7c.txt");
        var items = BibliographyPipeline.ExtractFile(paper).Document.Items.ToList();
        var dir = Directory.CreateTempSubdirectory("bib-ris-readers-");
        var path = Path.Combine(dir.FullName, "003.ris");
        ReferenceFormats.ExportFile(items, "ris", path);
        return (items, path, dir);
    }

    /// <summary>Both readers take every entry, its title, its shelf mark (AV) and its archive (DB, which they read as
    /// <c>source</c>); what else they keep is measured in FORMATS.md by <see cref="Export.OtherReadersTests"/>.</summary>
    [NodeReadersTheory]
    [InlineData("astrocite-ris")]
    [InlineData("citation-js-ris")]
    public void An_independent_reader_reads_every_entry_of_paper_003_with_its_archive_and_shelf_mark(string reader)
    {
        var (items, path, dir) = Export003();
        try
        {
            items.Count.ShouldBe(14);
            var read = NodeReaders.Run(reader, path).Cast<JObject>().ToList();
            read.Count.ShouldBe(items.Count);
            foreach (var item in items)
            {
                var theirs = read.Single(r => (string?)r["id"] == item.Id);
                ((string?)theirs["title"]).ShouldBe(item.Title, item.Id);
                ((string?)theirs["archive_location"]).ShouldBe(item.ArchiveLocation, item.Id);
                ((string?)theirs["source"]).ShouldBe(item.Archive, item.Id);
                ((int?)theirs.SelectToken("issued.date-parts[0][0]")).ShouldBe(item.Issued?.Year, item.Id);
            }
            read.Count(r => r["archive_location"] is not null).ShouldBe(items.Count(i => i.ArchiveLocation is not null));
        }
        finally { dir.Delete(true); }
    }

    [SharedFact]
    public void Paper_003_reads_back_from_ris_equal_field_by_field()
    {
        var (items, path, dir) = Export003();
        try
        {
            var back = ReferenceFormats.ImportFile(path).Items;
            back.Select(CslJson.Serialize).ShouldBe(items.Select(CslJson.Serialize));
        }
        finally { dir.Delete(true); }
    }
}
