using Bibliography.Model;
using Bibliography.Testing;
using Bibliography.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Bibliography.Tests.Export;

/// <summary>
/// <c>extract</c> writes its document with <see cref="CslJsonWriter"/>, not Newtonsoft's serializer: a user's files must
/// not change by a byte for it, and the CSL-JSON names stay those of the model's attributes.
/// </summary>
public class CslJsonWriterTests
{
    // Every ASCII character, the three line terminators Newtonsoft escapes, and a lone surrogate on each side.
    private static readonly string Awkward =
        new string(Enumerable.Range(0, 128).Select(c => (char)c).ToArray()) + "\u0085\u2028\u2029 «Kaspi» № 3\u00a0s. \ud800x\udc00";

    private static string Newtonsoft(object value) => JsonConvert.SerializeObject(value, CslJson.Settings).Replace("\r\n", "\n") + "\n";

    private static string Written(BibliographyDocument document)
    {
        using var text = new StringWriter { NewLine = "\n" };
        CslJson.Write(document, text);
        return text.ToString();
    }

    [Fact]
    public void A_document_with_every_field_and_awkward_text_is_written_as_Newtonsoft_writes_it()
    {
        var item = new CslItem
        {
            Id = Awkward, Type = CslItemTypes.Book, Language = "az", Title = Awkward, ContainerTitle = "", Genre = "g",
            Author = [CslName.Person("Əliyev", "İ.Ə."), CslName.Institution(Awkward), new CslName
            {
                Family = "Beethoven", Given = "Ludwig", NonDroppingParticle = "van", DroppingParticle = "de", Suffix = "Jr.",
                CommaSuffix = new JValue(true), StaticOrdering = new JValue(1), ParseNames = new JValue("false"),
            }],
            Editor = [], Compiler = [CslName.Person("a", null)], Translator = [CslName.Person("b", "c")], ContainerAuthor = [CslName.Person("d", "e")],
            TitleShort = "t", CollectionTitle = "c", Publisher = "p", PublisherPlace = "M.", Edition = "2", Volume = "3", Issue = "4",
            Number = "5", Page = "6-7", NumberOfVolumes = "8", Archive = "a", ArchiveLocation = "f. 1", ArchivePlace = "T", ArchiveCollection = "s",
            Note = "line\r\nnext", Url = "https://example.org/a_b%20c?x=1&y=2",
            Issued = new CslDate { DateParts = [[1917, 3], [1918, 5, 2]], Raw = "1917", Season = "1", Circa = true, Literal = "l" },
        };
        item.SetCustom(CustomKeys.Fond, "7");
        item.SetCustom("count", new JValue(17L));
        item.SetCustom("share", new JValue(0.5));
        item.SetCustom("exact", new JValue(1.10m));
        item.SetCustom("nested", JToken.Parse("""{"a": [1, "b", null, true, {}, []], "e": {}}"""));
        item.Extra["DOI"] = new JValue(Awkward);
        item.Extra["accessed"] = JToken.Parse("""{"date-parts": [[2024, 1, 5]]}""");
        item.Extra["empty"] = JValue.CreateNull();
        var document = new BibliographyDocument
        {
            Items = [item, new CslItem { Id = "bare" }],
            Citations =
            [
                new CslCitation { CitationId = "fn-1", Properties = new() { NoteIndex = 1 }, CitationItems =
                    [new() { Id = "bare", Locator = "5 ob.", Label = LocatorLabels.Folio, Prefix = "see ", Suffix = Awkward }, new() { Id = "bare" }] },
                new CslCitation { CitationId = "ref-1" },
            ],
            Footnotes = [new FootnoteRecord { Number = 1, Text = Awkward, Line = 3, CitationId = "fn-1", Page = 2 }, new FootnoteRecord { Number = -4 }],
            References = [new InTextReferenceRecord { Index = 1, Number = 12, Text = "[12, s.185]", Line = 4, Column = 9, CitationId = "ref-1" }],
            Diagnostics =
            [
                new Diagnostic { Severity = DiagnosticSeverity.Warning, Code = "BIB001", Message = Awkward, Footnote = 1, Line = 2, Column = 3, Page = 4, File = "a.txt" },
                new Diagnostic { Severity = DiagnosticSeverity.Info, Code = "BIB002" },
                new Diagnostic { Severity = (DiagnosticSeverity)7 },
            ],
        };

        Written(document).ShouldBe(Newtonsoft(document));
        Written(new BibliographyDocument()).ShouldBe(Newtonsoft(new BibliographyDocument()));
    }

    [Fact]
    public void Documents_read_from_the_seed_papers_the_samples_and_the_corpus_are_written_as_Newtonsoft_writes_them()
    {
        var corpus = new CitationCorpus(22);
        var notes = string.Join("\n", Enumerable.Range(1, 2000).Select(n => $"{n} {corpus.NextFootnote()}")) + "\n";
        var documents = Directory.GetFiles(TestPaths.Seeds, "*.txt", SearchOption.AllDirectories)
            .Select(file => BibliographyPipeline.ExtractFile(file).Document)
            .Append(BibliographyPipeline.ExtractText(notes).Document)
            .Append(new BibliographyDocument { Items = ExportSamples.All() });

        foreach (var document in documents)
            Written(document).ShouldBe(Newtonsoft(document));
    }

    [Theory]
    [InlineData(typeof(BibliographyDocument))]
    [InlineData(typeof(CslItem))]
    [InlineData(typeof(CslName))]
    [InlineData(typeof(CslDate))]
    [InlineData(typeof(CslCitation))]
    [InlineData(typeof(CslCitationItem))]
    [InlineData(typeof(CslCitationProperties))]
    [InlineData(typeof(FootnoteRecord))]
    [InlineData(typeof(InTextReferenceRecord))]
    [InlineData(typeof(Diagnostic))]
    public void The_writer_reads_each_type_s_names_and_order_as_Newtonsoft_does(Type type)
    {
        var contract = (JsonObjectContract)JsonSerializer.CreateDefault(CslJson.Settings).ContractResolver.ResolveContract(type);
        var written = contract.Properties.Where(p => !p.Ignored).ToList();

        CslJsonWriter.NamesOf(type).ShouldBe(written.Select(p => p.PropertyName!));
        // The writer leaves every null out, as the settings do; a property asking to write its nulls would need it taught.
        written.ShouldAllBe(p => p.NullValueHandling == null || p.NullValueHandling == NullValueHandling.Ignore);
        written.ShouldAllBe(p => p.Converter == null && p.DefaultValueHandling == null && p.ShouldSerialize == null);
    }

    [Fact]
    public void A_map_is_refused_rather_than_written_as_an_array_of_its_pairs()
    {
        using var text = new StringWriter();
        Should.Throw<NotSupportedException>(() => CslJsonWriter.Write(new Dictionary<string, int> { ["a"] = 1 }, text));
        Should.Throw<NotSupportedException>(() => CslJsonWriter.Write(new[] { new System.Collections.Hashtable { ["b"] = 2 } }, text));
    }
}
