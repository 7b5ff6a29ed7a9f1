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
    /// <summary>RIS has no interview type: RIS.js writes Zotero's interviews as <c>PCOMM</c>, which astrocite-ris reads as
    /// a personal communication with its author and date; our reader gets the interview back from the Extra line.</summary>
    [NodeReadersFact]
    public void An_interview_is_written_as_Zotero_writes_one_and_read_back_by_an_independent_reader_and_ours()
    {
        var items = BibliographyPipeline.ParseFootnotes(["Interview with Levon Ter-Petrosian, Yerevan, 14 March 2001."]).Document.Items.ToList();
        items.ShouldHaveSingleItem().Type.ShouldBe(CslItemTypes.Interview);
        var dir = Directory.CreateTempSubdirectory("bib-ris-interview-");
        try
        {
            var path = Path.Combine(dir.FullName, "interview.ris");
            ReferenceFormats.ExportFile(items, "ris", path);
            File.ReadAllText(path).ShouldStartWith("TY  - PCOMM\n");

            var theirs = NodeReaders.Run("astrocite-ris", path).Cast<JObject>().ShouldHaveSingleItem();
            ((string?)theirs["type"]).ShouldBe("personal_communication");
            ((string?)theirs.SelectToken("author[0].family")).ShouldBe("Ter-Petrosian");
            ((int?)theirs.SelectToken("issued.date-parts[0][0]")).ShouldBe(2001);

            ReferenceFormats.ImportFile(path).Items.Select(CslJson.Serialize).ShouldBe(items.Select(CslJson.Serialize));
        }
        finally { dir.Delete(true); }
    }
}
