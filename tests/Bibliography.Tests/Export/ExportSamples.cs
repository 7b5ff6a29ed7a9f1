using Bibliography.Model;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Export;

/// <summary>Items like the ones the pipeline makes from the seed papers, plus the hard cases.</summary>
internal static class ExportSamples
{
    private static CslItem Parse(string json) => CslJson.Deserialize<CslItem>(json);

    /// <summary>Items as they come from the seed papers.</summary>
    public static List<CslItem> SeedLike() => new()
    {
        Parse("""
        {"id":"gmta-1874-1-4","type":"manuscript","language":"az","archive":"Gürcüstan Mərkəzi Tarix Arxivi",
         "archive_location":"fond 1874, siyahı 1, iş 4","custom":{"archive-short":"GMTA","fond":"1874","opis":"1","delo":"4"}}
        """),
        Parse("""
        {"id":"arpiissa-suret-fondu-330","type":"manuscript","language":"az",
         "archive":"Azərbaycan Respublikası Prezidentinin İşlər İdarəsinin Siyasi Sənədlər Arxivi",
         "archive_location":"Surət fondu, iş 330","custom":{"archive-short":"ARPİİSSA","fond":"Surət fondu","delo":"330"}}
        """),
        Parse("""
        {"id":"jupikova-2006","type":"chapter","language":"ru","author":[{"family":"Jupikova","given":"E.F."}],
         "title":"Povstançeskoye dvijenie na Severnom Kavkaze v 1920-1925 qodax","container-title":"Sbornik trudov",
         "volume":"1","publisher-place":"М.","publisher":"Nauka","issued":{"date-parts":[[2006]]}}
        """),
        Parse("""
        {"id":"mamuliya-prometey","type":"book","language":"ru",
         "editor":[{"family":"Mamuliya","given":"Q.Q."}],"compiler":[{"family":"Mamuliya","given":"Q.Q."}],
         "translator":[{"family":"Mamuliya","given":"Q.Q."}],
         "title":"Kavkaz i Rossiya v politike i ideologii kavkazskogo emiqrantskogo dvijeniya “Prometey”",
         "genre":"Sbornik dokumentov","publisher-place":"М.","publisher":"izd-tvo “Sosialno-politiçeskaya mısl”",
         "issued":{"date-parts":[[2012]]}}
        """),
        Parse("""
        {"id":"devdariani-1920","type":"book","language":"ru","compiler":[{"family":"Devdariani","given":"Q."}],
         "title":"Dni qospodstva menşevikov v Qruzii (dokumentı i materialı)","genre":"Sbornik dokumentov",
         "publisher-place":"Tbilisi","issued":{"date-parts":[[1931]]}}
        """),
        Parse("""
        {"id":"kommunist-1920-06-19","type":"article-newspaper","language":"ru","title":"Kommunist, 19 iyun 1920",
         "container-title":"Kommunist","issued":{"date-parts":[[1920,6,19]]}}
        """),
        Parse("""
        {"id":"kommunist-az-1920-06-23","type":"article-newspaper","language":"az","title":"Kommunist qəzeti",
         "container-title":"Kommunist","issued":{"date-parts":[[1920,6,23]]},"issue":"12"}
        """),
        Parse("""{"id":"ref-12","type":"document","custom":{"reference-number":12}}"""),
    };

    /// <summary>Items that test escaping, names, dates and fields without a home in some format.</summary>
    public static List<CslItem> HardCases() => new()
    {
        Parse("""
        {"id":"hard-escaping","type":"book","language":"az",
         "author":[{"family":"Əliyev","given":"İ.Ə."},{"family":"Иванов","given":"Иван Петрович"},{"literal":"Институт истории НАН Азербайджана"}],
         "title":"Tarix & mədəniyyət: 50% {qeydlər} $5 #1 a_b ~ ^ \\ «Kaspi» “Açıq söz” № 3\u00a0s. // cild",
         "publisher":"Elm & Təhsil","publisher-place":"Bakı","issued":{"date-parts":[[1917,3],[1918,5]]},
         "page":"151-156","volume":"2","note":"İlk sətir\nikinci sətir"}
        """),
        Parse("""
        {"id":"hard-names","type":"article-journal","language":"en",
         "author":[{"family":"Beethoven","given":"Ludwig","non-dropping-particle":"van","suffix":"Jr."},
                   {"family":"Fontaine","given":"Jean","dropping-particle":"de la"},{"family":"Ali and Nino"},
                   {"family":"Smith, Jones","given":"A."}],
         "title":"The Caucasus {Front} and the Ottoman Empire","container-title":"Journal of Caucasian History",
         "volume":"7","issue":"2","page":"12–15","issued":{"date-parts":[[1995,4]],"circa":true},
         "URL":"https://example.org/a_b%20c?x=1&y=2","DOI":"10.1000/xyz_1"}
        """),
        Parse("""
        {"id":"hard-dates","type":"manuscript","title":"Report  with  double spaces ",
         "issued":{"literal":"1920-ci ilin yazı"},"accessed":{"date-parts":[[2024,1,5]]},
         "event-place":"Gəncə","archive-place":"Tbilisi","archive_collection":"Surət fondu",
         "custom":{"fond":"7","opis":"2","delo":"484","folio-count":17,"archive-short":"ARDA","nested":{"a":[1,"b"]}}}
        """),
        Parse("""
        {"id":"hard-raw-date","type":"book","title":"Tiflis","issued":{"date-parts":[[1920]],"raw":"1920 il"},
         "title-short":"Tiflis","collection-title":"Seriya «Arxiv»","edition":"2","number":"4","number-of-volumes":"3",
         "ISBN":"978-5-00-000000-0","container-author":[{"family":"Quliyev","given":"C."}],"custom":{"reference-number":"7a"}}
        """),
        Parse("""{"id":"a b","type":"document","title":"Same key as the next one"}"""),
        Parse("""{"id":"a-b","type":"document","title":"Same key as the one before"}"""),
        Parse("""{"id":"şuşa-1920","type":"webpage","title":"Şuşa","language":"az-Latn-AZ","URL":"https://example.org/şuşa"}"""),
    };

    /// <summary>Every sample.</summary>
    public static List<CslItem> All() => SeedLike().Concat(HardCases()).ToList();

    /// <summary>The item as JSON, for field-by-field comparison.</summary>
    public static JObject Json(CslItem item) => JObject.Parse(CslJson.Serialize(item));

    /// <summary>Every item of both seed papers, as the pipeline makes them from the seeds' apparatus.</summary>
    public static List<CslItem> SeedPaperItems() =>
        new[] { "003_5bd5681df1433a7c/footnotes.txt", "000_5d867d1195954457/references.txt" }
            .SelectMany(f => BibliographyPipeline.ExtractFile(Path.Combine(Support.TestPaths.Seeds, f)).Document.Items)
            .ToList();

    /// <summary>The item set a test names: the hand-made samples with hard cases, or the seed papers' items.</summary>
    public static List<CslItem> Set(string name) => name == "seeds" ? SeedPaperItems() : All();
}
