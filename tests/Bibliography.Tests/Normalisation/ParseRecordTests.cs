using Bibliography.Model;
using Bibliography.Sources;
using Bibliography.Validation;
using Bibliography.Normalisation;
using Bibliography.Parsing;
using Bibliography.Testing;
using Newtonsoft.Json;

namespace Bibliography.Tests.Normalisation;

/// <summary>
/// The normaliser parses most footnotes one at a time and keeps no parse alive; the parses a validator reads are made
/// again on demand, and abbreviations are learnt up front only from footnotes that can expand one.
/// </summary>
public class ParseRecordTests
{
    private static string[] Corpus(int count, int seed)
    {
        var corpus = new CitationCorpus(seed);
        return Enumerable.Range(0, count).Select(_ => corpus.NextFootnote()).ToArray();
    }

    // Parse records hold lists, which records compare by reference: their JSON compares every value.
    private static string Json(object value) => JsonConvert.SerializeObject(value, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Objects });

    [Fact]
    public void The_parses_given_with_a_result_are_the_footnotes_parses_with_the_items_they_resolved_to()
    {
        var notes = Corpus(600, seed: 3);
        var result = BibliographyPipeline.ParseFootnotes(notes);

        result.Footnotes.Count.ShouldBe(notes.Length);
        var cited = 0;
        for (var i = 0; i < notes.Length; i++)
        {
            var footnote = result.Footnotes[i];
            footnote.Footnote.ShouldBeSameAs(result.Source.Footnotes[i]);
            Json(footnote.Citations).ShouldBe(Json(CitationParser.ParseFootnote(notes[i])), $"footnote {i + 1}");
            footnote.ItemIds.Count.ShouldBe(footnote.Citations.Count);
            var ids = footnote.ItemIds.Where(id => id is not null).ToList();
            if (ids.Count == 0) continue;
            var citation = result.Document.Citations[cited++];
            citation.Properties.NoteIndex.ShouldBe(i + 1);
            citation.CitationItems.Select(c => c.Id).ShouldBe(ids);
        }
        cited.ShouldBe(result.Document.Citations.Count);
        result.Footnotes.ShouldBeSameAs(result.Footnotes);
        result.Footnotes[5].ShouldBeSameAs(result.Footnotes.ToList()[5]);
    }

    [Fact]
    public void Every_footnote_that_expands_an_archive_abbreviation_is_one_the_normaliser_reads_up_front()
    {
        var notes = Corpus(3000, seed: 5).Append("Rusiya Dövlət Hərbi Arxivi (RDHA), f. 7, op. 2, d. 484; Там же. Л. 4.").ToArray();
        var expanding = 0;
        foreach (var note in notes)
        {
            var expands = CitationParser.ParseFootnote(note).OfType<ArchivalCitation>().Any(a => a.ArchiveName is not null && a.ArchiveShort is not null);
            if (!expands) continue;
            expanding++;
            ArchivalReader.MayExpandAbbreviation(note).ShouldBeTrue(note);
        }
        expanding.ShouldBeGreaterThan(100);
        // Most footnotes are not read up front: publications, ibids, bare abbreviations.
        notes.Count(ArchivalReader.MayExpandAbbreviation).ShouldBeLessThan(notes.Length / 4);
    }

    [Fact]
    public void An_abbreviation_expanded_in_a_later_footnote_resolves_the_earlier_ones()
    {
        var result = BibliographyPipeline.ParseFootnotes([
            "QXA, fond 1, siyahı 2, iş 3, vərəq 4.",
            "Mamulia G. Borba za svobodu. Tbilisi, Meridiani, 2012, s. 5.",
            "Kavtaradze A.B. Qafqaz tarixi. Bakı, Elm, 1999, s. 7; Qafqaz Xalqları Arxivi (QXA), fond 9, siyahı 1, iş 1, vərəq 2.",
        ]);
        var first = result.Document.Items[0];
        first.Id.ShouldBe("qxa-1-2-3");
        first.Archive.ShouldBe("Qafqaz Xalqları Arxivi");
        result.Document.Diagnostics.ShouldBeEmpty();
        result.Footnotes[2].ItemIds.ShouldBe(["kavtaradze-1999", "qxa-9-1-1"]);
    }
}

public class KeptParseTests
{
    private static readonly string[] Notes =
    [
        "Rusiya Dövlət Hərbi Arxivi (RDHA), fond 7, siyahı 2, iş 484, vərəq 184 arxa – 185.",
        "Yenə orada, vərəq 186.",
        "Mamulia G. Borba za svobodu Kavkaza. Tbilisi, Meridiani, 2012, s. 151-156.",
    ];

    [Fact]
    public void Kept_parses_are_handed_to_the_result_and_equal_the_parses_made_again()
    {
        var kept = new Normaliser { KeepParses = true }.Normalise(PaperReader.ReadFootnotes(Notes));
        var again = new Normaliser().Normalise(PaperReader.ReadFootnotes(Notes));

        CslJson.Serialize(kept.Footnotes.Select(f => (f.Citations, f.ItemIds)))
            .ShouldBe(CslJson.Serialize(again.Footnotes.Select(f => (f.Citations, f.ItemIds))));
        kept.Footnotes[0].Citations.ShouldHaveSingleItem().ShouldBeOfType<ArchivalCitation>().Level(ArchivalLevelKind.Delo).ShouldBe("484");
        ((Normaliser.ReparsedFootnotes)kept.Footnotes).FromKeptParses.ShouldBeTrue();
        ((Normaliser.ReparsedFootnotes)again.Footnotes).FromKeptParses.ShouldBeFalse();
        CslJson.Serialize(kept.Document).ShouldBe(CslJson.Serialize(again.Document));
    }

    [Fact]
    public void Validating_with_kept_parses_reports_what_validating_parses_made_again_reports()
    {
        var report = new Validator().ValidateFootnotes(Notes);
        var separately = new Validator().Validate(new Normaliser().Normalise(PaperReader.ReadFootnotes(Notes)));

        CslJson.Serialize(report).ShouldBe(CslJson.Serialize(separately));
    }
}
