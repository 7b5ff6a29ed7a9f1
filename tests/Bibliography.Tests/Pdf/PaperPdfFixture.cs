using Bibliography.Tests.Docx;
using Bibliography.Tests.Support;

namespace Bibliography.Tests.Pdf;

/// <summary>
/// The generated test papers, each a .docx and the PDF LibreOffice prints from it, made once for all PDF tests
/// (one LibreOffice run converts them all).
/// </summary>
public sealed class PaperPdfFixture : IDisposable
{
    /// <summary>The folder holding the papers.</summary>
    public string Dir { get; } = Directory.CreateTempSubdirectory("bib-pdf-").FullName;

    /// <summary>The papers by name: each has <c>name.docx</c> and <c>name.pdf</c> in <see cref="Dir"/>.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The pages the 300-page paper is made to fill at least.</summary>
    public const int BigPages = 300;

    private static readonly string[] Azerbaijani =
    [
        "Azərbaycan Xalq Cümhuriyyətinin ordu quruculuğu 1918-ci ilin yayında geniş vüsət aldı.",
        "İstiqlal uğrunda mübarizə aparan ziyalılar ılıq münasibət görmədilər, lakin fəaliyyətlərini davam etdirdilər.",
        "Gəncə üsyanı haqqında sənədlər arxivlərdə saxlanılır və onların əksəriyyəti indiyədək tədqiq edilməyib.",
        "Qəzetlərin məlumatına görə, hadisələr şəhərin bütün məhəllələrini əhatə edirdi.",
    ];

    private static readonly string[] Russian =
    [
        "Арестованные были отправлены в Москву под усиленным конвоем в конце мая 1920 года.",
        "Местные органы власти докладывали о положении в уездах с заметным опозданием.",
        "Переписка комиссариата сохранилась лишь частично, и многие дела утрачены.",
        "Газеты того времени подробно освещали ход событий в Гяндже и Шуше.",
    ];

    private static readonly string[] English =
    [
        "The army of the Azerbaijan Democratic Republic grew quickly in the summer of 1918.",
        "Reports from the districts reached the capital late, and many of them are now lost.",
        "The correspondence of the commissariat survives only in part in the archives of Baku and Moscow.",
        "Newspapers of the time followed the events in Ganja and Shusha closely.",
    ];

    /// <summary>Russian notes: archival shelf marks, ibid, a newspaper and a book.</summary>
    public static readonly string[] RussianNotes =
    [
        "ГА РФ. Ф. Р-130. Оп. 2. Д. 3. Л. 4 об.",
        "Там же. Л. 5.",
        "РГВА. Ф. 25863. Оп. 1. Д. 12. Л. 34–36.",
        "Известия. 1920. 12 мая.",
        "Пайпс Р. Русская революция. М.: РОССПЭН, 1994. С. 112–115.",
        "ГАРФ. Ф. 1318. Оп. 1. Д. 77. Л. 8.",
        "Там же. Л. 9 об.",
        "Коммунист (Баку). 1920. 23 июня.",
    ];

    /// <summary>English notes, and one in Georgian script.</summary>
    public static readonly string[] EnglishNotes =
    [
        "Tadeusz Swietochowski, Russian Azerbaijan, 1905–1920 (Cambridge: Cambridge University Press, 1985), 150.",
        "Ibid., 152.",
        "State Archive of the Republic of Azerbaijan (ARDA), fond 27, opis 4, delo 25, list 17.",
        "Firuz Kazemzadeh, The Struggle for Transcaucasia (New York: Philosophical Library, 1951), 210–212.",
        "Azerbaijan, 12 May 1919.",
        "საქართველოს ცენტრალური საისტორიო არქივი (სცსა), ფ. 1874, აღწ. 1, საქ. 2, ფ. 78.",
    ];

    /// <summary>Seed paper 003's footnotes, their numbers taken off.</summary>
    public static string[] Paper003Notes() =>
        File.ReadAllLines(Directory.GetDirectories(TestPaths.Seeds, "003_*").Single() + "/footnotes.txt")
            .Where(l => l.Trim().Length > 0)
            .Select(l => l[(l.IndexOf(' ') + 1)..].Trim())
            .ToArray();

    /// <summary>A note long enough that no page holds it whole: it must run on to the next page's footnote area.</summary>
    public static readonly string LongNote = string.Join(" ", Enumerable.Range(1, 70).Select(i =>
        $"Azərbaycan Respublikası Dövlət Arxivi (ARDA), fond {i}, siyahı 4, iş {i + 20}, vərəq {i * 3}; bax həmçinin müqayisə üçün sənədlərin ikinci nüsxəsinə."));

    /// <summary>Writes and converts every paper.</summary>
    public PaperPdfFixture()
    {
        var docs = new List<string>
        {
            // Paper 003's notes in an Azerbaijani paper with a running head, one note too long for a page.
            PaperPdf.SaveDocx(Notes(Azerbaijani, [.. Paper003Notes()[..10], LongNote, .. Paper003Notes()[10..]]), Dir, "az-003", new PaperPdf.Layout(RunningHead: "Tarix və onun problemləri, 2024, №2")),
            PaperPdf.SaveDocx(Notes(Russian, RussianNotes), Dir, "ru-columns", new PaperPdf.Layout(Columns: 2, RunningHead: "Вопросы истории")),
            PaperPdf.SaveDocx(Notes(English, EnglishNotes), Dir, "en", new PaperPdf.Layout()),
            PaperPdf.SaveDocx(Endnotes(English, "Notes", EnglishNotes), Dir, "en-endnotes", new PaperPdf.Layout(PageNumbers: false)),
            PaperPdf.SaveDocx(Endnotes(Azerbaijani, "Qeydlər", Paper003Notes()[..6]), Dir, "az-endnotes", new PaperPdf.Layout()),
            PaperPdf.SaveDocx(References(), Dir, "ru-references", new PaperPdf.Layout(RunningHead: "Вопросы истории")),
            PaperPdf.SaveDocx(Big(), Dir, "big", new PaperPdf.Layout(RunningHead: "Tarix və onun problemləri")),
        };
        PaperPdf.Convert(Dir, docs);
        Names = docs.Select(Path.GetFileNameWithoutExtension).ToArray()!;
    }

    /// <summary>The path of a paper's .docx or .pdf.</summary>
    public string PathOf(string name, string extension) => Path.Combine(Dir, name + extension);

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Dir, true);

    /// <summary>Body paragraphs of the language's sentences, each calling the next note at its end, with prose between.</summary>
    private static DocxBuilder Notes(string[] sentences, IReadOnlyList<string> notes)
    {
        var b = new DocxBuilder();
        for (var i = 0; i < notes.Count; i++)
        {
            var text = string.Join(" ", Enumerable.Range(0, 6).Select(k => sentences[(i + k) % sentences.Length]));
            b.Paragraph(text, b.Footnote([notes[i]]), " " + sentences[i % sentences.Length]);
        }
        return b;
    }

    /// <summary>A paper whose notes are Word endnotes, printed after a heading that closes the body.</summary>
    private static DocxBuilder Endnotes(string[] sentences, string heading, IReadOnlyList<string> notes)
    {
        var b = new DocxBuilder();
        for (var i = 0; i < notes.Count; i++)
        {
            var text = string.Join(" ", Enumerable.Range(0, 5).Select(k => sentences[(i + k) % sentences.Length]));
            b.Paragraph(text, b.Endnote([notes[i]]), ".");
        }
        b.Paragraph(heading);
        return b;
    }

    /// <summary>A Russian paper citing a numbered reference list with bracketed numbers, as journals of the region print them.</summary>
    private static DocxBuilder References()
    {
        var b = new DocxBuilder();
        b.Paragraph(Russian[0] + " Об этом писали современники [1, с. 37].");
        b.Paragraph(Russian[1] + " Подробнее см. [2; 3, с. 112–115].");
        b.Paragraph(Russian[2] + " Документы опубликованы [4].");
        b.Paragraph("Литература");
        b.Paragraph("1. Пайпс Р. Русская революция. М.: РОССПЭН, 1994. 400 с.");
        b.Paragraph("2. Swietochowski T. Russian Azerbaijan, 1905–1920. Cambridge: Cambridge University Press, 1985. 272 p.");
        b.Paragraph("3. Кадишев А.Б. Интервенция и гражданская война в Закавказье. М.: Воениздат, 1960. 510 с.");
        b.Paragraph("4. Азербайджанская Демократическая Республика (1918–1920). Армия: документы и материалы. Баку: Азернешр, 1998. 456 с.");
        return b;
    }

    /// <summary>A paper of at least <see cref="BigPages"/> pages (about two notes to a page), in Azerbaijani and Russian.</summary>
    private static DocxBuilder Big()
    {
        var pool = Paper003Notes().Concat(RussianNotes).ToArray();
        var b = new DocxBuilder();
        for (var i = 0; i < 4 * BigPages; i++)
        {
            var sentences = i % 2 == 0 ? Azerbaijani : Russian;
            var text = string.Join(" ", Enumerable.Range(0, 12).Select(k => sentences[(i + k) % sentences.Length]));
            if (i % 2 == 0) b.Paragraph(text, b.Footnote([pool[i / 2 % pool.Length]]), ".");
            else b.Paragraph(text);
        }
        return b;
    }
}

/// <summary>The tests that share the generated papers.</summary>
[CollectionDefinition(Name)]
public sealed class PaperPdfCollection : ICollectionFixture<PaperPdfFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "PDF papers";
}
