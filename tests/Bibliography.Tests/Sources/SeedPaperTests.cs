using Bibliography.Model;
using Bibliography.Tests.Support;
using Bibliography.Sources;

namespace Bibliography.Tests.Sources;

public class SeedPaperTests
{
    private const string Paper003 = "003_5bd5681df1433a7c.txt";
    private const string Paper000 = "000_5d867d1195954457.txt";

    // Footnote texts written out here by hand from the paper (not produced by the reader).
    private static readonly Dictionary<int, string> KnownFootnotes = new()
    {
        [1] = "“Kommunist” qəzeti (rusca), 1920, 19 iyun; “Kommunist” qəzeti (rusca), 1920, 23 iyun.",
        [3] = "Azərbaycan Respublikası Prezidentinin İşlər İdarəsi Siyasi Sənədlər Arxivi (ARPİİSSA), Surət fondu, iş 330, s. 1.",
        [7] = "Jupikova E.F. Povstançeskoye dvijenie na Severnom Kavkaze v 1920-1925 qodax// Sbornik trudov. c. 1. М., Akademiya istoriçeskix nauk, 2006, s. 172.",
        [12] = "Jupikova E.F. Povstançeskoye dvijenie na Severnom Kavkaze v 1920-1925 qodax// Sbornik trudov. c. 1. М., Akademiya istoriçeskix nauk, 2006, s. 172.",
        [14] = "Dni qospodstva menşevikov v Qruzii (dokumentı i materialı). Sbornik sostavil Q.Devdariani. Tbilisi, qosizdat Qruzii, 1931. S. 517-518; RDHA, fond 7, siyahı 2, iş 484, vərəq 184 arxa – 185.",
        [19] = "Kavkazskaya Konfederasiya v ofisialnıx deklarasiyax, taynoy perepiske i sekretnıx dokumentax dvijeniya “Prometey”. Sbornik dokumentov. Sost., predislovie, perevod Q.Q.Mamuliya. M., izd-tvo “Sosialno-politiçeskaya mısl”, 2012, s. 7.",
        [21] = "Mamulia Q.Q. Borba za svobodu i nezavisimost Kavkaza (1921-1945). Tbilisi, bzd-tvo Meridiani, 2012, s. 162-164.",
    };

    // (number, locators) of paper 000's in-text references in document order, written out by hand.
    private static readonly (int Number, string Locators)[] KnownReferences =
    [
        (13, "s.2"), (7, "s.347-348"), (12, "s.158"), (9, "s.76"), (3, "s.230"), (12, "s.185-186"), (12, "s.189"),
        (12, "s.190-191"), (8, "s.135"), (12, "s.230"), (2, "c.37, s.556"), (12, "s.240-241"), (1, "s.192-193"),
        (6, "s.58"), (8, "s.414"), (1, "s.200"), (11, "s.75"), (8, "s.375"), (4, "s.37"), (11, "s.81-82"),
        (1, "s.202-203"), (6, "s.556-558"), (1, "s.205"), (15, "s.84"), (2, "c.41, s.128"), (14, "s.90"),
    ];

    [Fact]
    public void Repo_footnote_list_of_paper_003_has_21_footnotes_with_the_known_texts()
    {
        var doc = PaperReader.ReadFile(SeedFiles.RepoSeed("003_5bd5681df1433a7c/footnotes.txt"));

        doc.Footnotes.Select(f => f.Number).ShouldBe(Enumerable.Range(1, 21));
        foreach (var (number, text) in KnownFootnotes) doc.Footnotes[number - 1].Text.ShouldBe(text);
        doc.Footnotes.ShouldAllBe(f => f.Line == f.Number && f.Column == (f.Number < 10 ? 3 : 4));
        doc.References.ShouldBeEmpty();
        doc.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Repo_reference_file_of_paper_000_has_the_26_references_in_order()
    {
        var doc = PaperReader.ReadFile(SeedFiles.RepoSeed("000_5d867d1195954457/references.txt"));

        doc.References.Select(r => (r.Number, r.Locators)).ShouldBe(KnownReferences);
        doc.References.Select(r => r.Index).ShouldBe(Enumerable.Range(1, 26));
        doc.References.ShouldAllBe(r => r.Line == r.Index && r.Column == 1);
        doc.References[9].Text.ShouldBe("[12, s.230]");
        doc.Footnotes.ShouldBeEmpty();
        doc.HasReferenceList.ShouldBeFalse();
    }

    [SharedFact]
    public void Paper_003_gives_exactly_21_footnotes_with_the_known_texts_and_no_diagnostics()
    {
        var doc = PaperReader.ReadFile(SeedFiles.SharedSeed(Paper003));

        doc.Footnotes.Select(f => f.Number).ShouldBe(Enumerable.Range(1, 21));
        foreach (var (number, text) in KnownFootnotes) doc.Footnotes[number - 1].Text.ShouldBe(text);
        doc.References.ShouldBeEmpty();
        doc.HasReferenceList.ShouldBeFalse();
        doc.Diagnostics.ShouldBeEmpty();
        doc.Path.ShouldBe(SeedFiles.SharedSeed(Paper003));
    }

    [SharedFact]
    public void Paper_003_footnotes_begin_where_their_text_begins_in_the_file()
    {
        var doc = PaperReader.ReadFile(SeedFiles.SharedSeed(Paper003));

        // "1 “Kommunist”…" on line 133; "10 GMTA…" on line 350; "18 Mamulia…" on line 554.
        (doc.Footnotes[0].Line, doc.Footnotes[0].Column).ShouldBe((133, 3));
        (doc.Footnotes[9].Line, doc.Footnotes[9].Column).ShouldBe((350, 4));
        (doc.Footnotes[17].Line, doc.Footnotes[17].Column).ShouldBe((554, 4));
    }

    [SharedFact]
    public void Paper_003_continuation_characters_map_back_to_their_real_line_and_column()
    {
        var doc = PaperReader.ReadFile(SeedFiles.SharedSeed(Paper003));
        var lines = File.ReadAllLines(SeedFiles.SharedSeed(Paper003));

        // Footnote 3 continues on line 137 with "330, s. 1." (a number that is not the next footnote).
        var three = doc.Footnotes[2];
        var at = three.Text.IndexOf("330, s. 1.", StringComparison.Ordinal);
        three.PositionOf(at).ShouldBe(new SourcePosition(137, 1));
        // Footnote 12 continues on line 354 with "1. М., …": every character maps to the same character in the file.
        var twelve = doc.Footnotes[11];
        for (var offset = 0; offset < twelve.Text.Length; offset++)
        {
            var p = twelve.PositionOf(offset);
            if (twelve.Text[offset] == ' ' && lines[p.Line - 1].Length < p.Column) continue; // a joining space
            lines[p.Line - 1][p.Column - 1].ShouldBe(twelve.Text[offset], $"offset {offset} → {p}");
        }
        twelve.PositionOf(twelve.Text.IndexOf("М., Akademiya", StringComparison.Ordinal)).ShouldBe(new SourcePosition(354, 4));
    }

    [SharedFact]
    public void Paper_000_gives_exactly_26_references_in_order_including_the_split_one()
    {
        var doc = PaperReader.ReadFile(SeedFiles.SharedSeed(Paper000));

        doc.References.Select(r => (r.Number, r.Locators)).ShouldBe(KnownReferences);
        doc.References.Select(r => r.Index).ShouldBe(Enumerable.Range(1, 26));
        var split = doc.References[9];
        (split.Text, split.Line, split.Column).ShouldBe(("[12, s.230]", 180, 92));
        var alone = doc.References[11];
        (alone.Text, alone.Line, alone.Column).ShouldBe(("[12, s.240-241]", 194, 1));
        (doc.References[0].Line, doc.References[0].Column).ShouldBe((74, 1));
        doc.Footnotes.ShouldBeEmpty();
    }

    [SharedFact]
    public void Paper_000_has_no_reference_list_and_says_so()
    {
        var doc = PaperReader.ReadFile(SeedFiles.SharedSeed(Paper000));

        doc.HasReferenceList.ShouldBeFalse();
        doc.ReferenceEntries.ShouldBeEmpty();
        var d = doc.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(DiagnosticCodes.NoReferenceList.Code);
        d.Line.ShouldBe(74);
    }

    [SharedFact]
    public void Repo_seed_files_match_what_the_reader_finds_in_the_real_papers()
    {
        var paper003 = PaperReader.ReadFile(SeedFiles.SharedSeed(Paper003));
        var list003 = PaperReader.ReadFile(SeedFiles.RepoSeed("003_5bd5681df1433a7c/footnotes.txt"));
        list003.Footnotes.Select(f => (f.Number, f.Text)).ShouldBe(paper003.Footnotes.Select(f => (f.Number, f.Text)));

        var paper000 = PaperReader.ReadFile(SeedFiles.SharedSeed(Paper000));
        var list000 = PaperReader.ReadFile(SeedFiles.RepoSeed("000_5d867d1195954457/references.txt"));
        list000.References.Select(r => (r.Index, r.Number, r.Text, r.Locators))
            .ShouldBe(paper000.References.Select(r => (r.Index, r.Number, r.Text, r.Locators)));
    }
}
