namespace Bibliography.Training.Synthesis;

/// <summary>The words a note adds around citations, per language of the note: commentary, ibid, locator keywords, months.</summary>
/// <param name="Prefixes">Commentary before a citation; the note prints each followed by <see cref="PrefixPunctuation"/>.</param>
/// <param name="PrefixPunctuation">What follows a prefix (": " in Russian and Azerbaijani, " " in English).</param>
/// <param name="Suffixes">Commentary after a citation, printed in parentheses.</param>
/// <param name="Ibid">The ibid phrases.</param>
/// <param name="Page">The keyword of a page locator in a plain note.</param>
/// <param name="Months">Month names as printed in a date (genitive where the language inflects), January first.</param>
/// <param name="Verso">Verso marks as written after a folio number.</param>
/// <param name="Sentences">Sentences of the note's own text that end in a citation in parentheses.</param>
public sealed record Phrases(string[] Prefixes, string PrefixPunctuation, string[] Suffixes, string[] Ibid, string Page, string[] Months, string[] Verso, string[] Sentences)
{
    /// <summary>English.</summary>
    public static readonly Phrases English = new(
        ["See", "Cf.", "See also", "Cited in", "Quoted in", "For details, see", "On this, see", "As cited in"], " ",
        ["emphasis added", "emphasis in the original", "my translation", "italics mine", "translation modified"],
        ["Ibid.", "Ibid", "ibid."], "p.",
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ["ob.", " ob.", "v", " verso"],
        ["The report reached Moscow in March 1921", "The file was transferred to the party archive in 1950", "The resolution was never published", "Quoted from the stenographic record"]);

    /// <summary>Russian.</summary>
    public static readonly Phrases Russian = new(
        ["См.", "Цит. по", "Подробнее см.", "Здесь и далее цит. по", "См. также", "Ср.", "См. об этом"], ": ",
        ["курсив мой", "выделено мной", "подчёркнуто в оригинале", "перевод мой"],
        ["Там же", "Там же", "Тамже"], "С.",
        ["янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек."],
        [" об.", "об."],
        ["Документ поступил в архив в 1950 г.", "Резолюция не была опубликована", "Текст приводится по машинописной копии", "Об этом сообщалось в докладной записке"]);

    /// <summary>Azerbaijani.</summary>
    public static readonly Phrases Azerbaijani = new(
        ["Bax", "Bax həmçinin", "Ətraflı bax", "İstinad edilir", "Sitat gətirilir"], ": ",
        ["kursiv bizimdir", "tərcümə bizimdir", "vurğu bizimdir"],
        ["Yenə orada", "Yenə orada", "Həmin yerdə"], "s.",
        ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
        [" arxa", " arxa"],
        ["Sənəd arxivə 1950-ci ildə daxil olmuşdur", "Qətnamə dərc olunmamışdır", "Bu barədə məruzədə məlumat verilir"]);

    /// <summary>The phrases of a note in <paramref name="locale"/>.</summary>
    public static Phrases For(string locale) => locale.Split('-')[0] switch
    {
        "ru" or "uk" => Russian,
        "az" => Azerbaijani,
        _ => English,
    };
}
