using System.Text;

namespace Bibliography.Testing;

/// <summary>Generates citations in the conventions of the seed papers, reproducibly from a seed.</summary>
/// <remarks>Shared by the benchmarks (throughput on realistic input) and the resilience tests (inputs to mutate).</remarks>
public sealed class CitationCorpus
{
    private static readonly (string Name, string Abbreviation)[] Archives =
    {
        ("Rusiya Dövlət Hərbi Arxivi", "RDHA"), ("Gürcüstan Mərkəzi Tarix Arxivi", "GMTA"), ("Azərbaycan Respublikası Dövlət Arxivi", "ARDA"),
        ("Rusiya Federasiyasının Dövlət Arxivi", "RFDA"), ("Azərbaycan Respublikası Dövlət Tarix Arxivi", "ARDTA"),
    };
    private static readonly string[] GostArchives = { "ГА РФ", "РГАСПИ", "РГВА", "РГИА", "АВП РФ" };
    private static readonly string[] TranslitArchives = { "GARF", "RGASPI", "RGVA", "RGIA", "AVP RF" };
    private static readonly string[] Families = { "Mamulia", "Jupikova", "Kavtaradze", "Həsənli", "Иванов", "Петрова", "Devdariani", "Süleymanov", "Ismailov" };
    private static readonly string[] TitleWords = { "Borba", "za", "svobodu", "Kavkaza", "istoriya", "dvijenie", "Azərbaycan", "tarixi", "mühacirət", "Qafqaz", "политика", "история", "очерки", "konfederasii", "na", "putyax" };
    private static readonly string[] Places = { "Bakı", "Tbilisi", "M.", "М.", "Varşava", "Paris", "SPb." };
    private static readonly string[] Publishers = { "Elm", "Meridiani", "Nauka", "izd-vo “Mısl”", "qosizdat Qruzii", "Akademiya istoriçeskix nauk" };
    private static readonly string[] AzMonths = { "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr" };
    private static readonly string[] RuMonths = { "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря" };

    private readonly Random _random;

    /// <summary>Creates a corpus whose output depends only on <paramref name="seed"/>.</summary>
    public CitationCorpus(int seed) => _random = new Random(seed);

    /// <summary>The next footnote text: one citation, or two joined by <c>;</c> one time in ten.</summary>
    public string NextFootnote() => _random.Next(10) == 0 ? NextCitation().TrimEnd('.') + "; " + NextCitation() : NextCitation();

    /// <summary>The next citation, of a kind picked at random (archival in three conventions, book, chapter, article, newspaper, ibid).</summary>
    public string NextCitation() => _random.Next(10) switch
    {
        0 or 1 => ArchivalAzerbaijani(),
        2 => ArchivalGost(),
        3 => ArchivalTransliterated(),
        4 => Book(),
        5 => Chapter(),
        6 => Article(),
        7 => Newspaper(),
        8 => Collection(),
        _ => Ibid(),
    };

    /// <summary>A footnote list of <paramref name="count"/> footnotes (<c>N text</c> per line).</summary>
    public string FootnoteList(int count)
    {
        var sb = new StringBuilder(count * 90);
        for (var i = 1; i <= count; i++) sb.Append(i).Append(' ').Append(NextFootnote()).Append('\n');
        return sb.ToString();
    }

    /// <summary>A paper as a PDF extractor gives it: body paragraphs with markers, footnote blocks below separators.</summary>
    public string Paper(int footnotes, int bodyLinesPerFootnote = 20)
    {
        var sb = new StringBuilder(footnotes * (bodyLinesPerFootnote * 90 + 120));
        var next = 1;
        while (next <= footnotes)
        {
            var onPage = Math.Min(3, footnotes - next + 1);
            for (var n = 0; n < onPage; n++)
            {
                for (var l = 0; l < bodyLinesPerFootnote; l++)
                    sb.Append("Azərbaycan tarixinin bu dövrü arxiv sənədləri əsasında öyrənilir və təhlil edilir, ").Append(l).Append(" \n\n");
                sb.Append(next + n).Append('\n');
            }
            sb.Append(' ', 61).Append('\n');
            for (var n = 0; n < onPage; n++) sb.Append(next + n).Append(' ').Append(NextFootnote()).Append(" \n");
            next += onPage;
        }
        return sb.ToString();
    }

    private int N(int max) => _random.Next(1, max);

    private string Folio() => _random.Next(4) switch
    {
        0 => $"{N(400)}",
        1 => $"{N(400)} arxa",
        2 => $"{N(200)} – {200 + N(200)}",
        _ => $"{N(200)} arxa – {200 + N(200)}",
    };

    private string ArchivalAzerbaijani()
    {
        var (name, abbreviation) = Archives[_random.Next(Archives.Length)];
        var archive = _random.Next(3) == 0 ? abbreviation : $"{name} ({abbreviation})";
        return _random.Next(5) == 0
            ? $"{archive}, f. {N(9000)}, siy. {N(20)}, iş {N(900)}, vərəq {Folio()}."
            : $"{archive}, fond {N(9000)}, siyahı {N(20)}, iş {N(900)}, vərəq {Folio()}.";
    }

    private string ArchivalGost() =>
        $"{GostArchives[_random.Next(GostArchives.Length)]}. Ф. {(_random.Next(3) == 0 ? "Р-" : "")}{N(9000)}. Оп. {N(20)}. Д. {N(900)}. Л. {N(300)}{(_random.Next(2) == 0 ? " об." : "")}.";

    private string ArchivalTransliterated() =>
        $"{TranslitArchives[_random.Next(TranslitArchives.Length)]}, f. {N(9000)}, op. {N(20)}, d. {N(900)}, l. {N(300)}{(_random.Next(2) == 0 ? " ob." : "")}.";

    private string Author() => $"{Families[_random.Next(Families.Length)]} {(char)('A' + _random.Next(26))}.{(char)('A' + _random.Next(26))}.";

    private string Title(int min = 3, int max = 8)
    {
        var words = Enumerable.Range(0, _random.Next(min, max)).Select(_ => TitleWords[_random.Next(TitleWords.Length)]).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words);
    }

    private string Book() =>
        $"{Author()} {Title()}. {Places[_random.Next(Places.Length)]}, {Publishers[_random.Next(Publishers.Length)]}, {1900 + N(125)}, s. {N(500)}{(_random.Next(3) == 0 ? "-" + (500 + N(50)) : "")}.";

    private string Chapter() =>
        $"{Author()} {Title()}// {Title(2, 4)}. c. {N(10)}. {Places[_random.Next(Places.Length)]}, {Publishers[_random.Next(Publishers.Length)]}, {1900 + N(125)}, s. {N(500)}.";

    private string Article() =>
        $"{Author()} {Title()} // Вопросы истории. {1950 + N(75)}. № {N(12)}. С. {N(100)}–{100 + N(50)}.";

    private string Collection() =>
        $"{Title()} (dokumentı i materialı). Sbornik sostavil {(char)('A' + _random.Next(26))}.{Families[_random.Next(Families.Length)]}. Tbilisi, qosizdat Qruzii, {1920 + N(80)}. s. {N(600)}.";

    private string Newspaper() => _random.Next(2) == 0
        ? $"“Kommunist” qəzeti (rusca), {1918 + N(10)}, {N(28)} {AzMonths[_random.Next(12)]}."
        : $"«Бакинский рабочий», {1918 + N(10)}, {N(28)} {RuMonths[_random.Next(12)]}, № {N(300)}.";

    private string Ibid() => _random.Next(2) == 0 ? $"Yenə orada, s. {N(500)}." : $"Там же. Л. {N(300)}.";
}
