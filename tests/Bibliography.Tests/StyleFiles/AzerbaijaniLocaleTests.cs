namespace Bibliography.Tests.StyleFiles;

/// <summary>The Azerbaijani locale is complete against en-US and follows Azerbaijani usage.</summary>
public sealed class AzerbaijaniLocaleTests
{
    private static CslLocaleFile Az() => CslLocaleFile.Load(Path.Combine(StyleFilesEnvironment.StylesDir, "locales-az-AZ.xml"));

    private static CslLocaleFile EnUs() => CslLocaleFile.Load(StyleFilesEnvironment.DebianLocale("en-US")!);

    [StyleFileFact(StyleFileNeeds.DebianLocales)]
    public void Defines_every_term_and_form_en_US_defines()
    {
        var az = Az().Terms;

        var missing = EnUs().Terms.Keys.Where(key => !az.ContainsKey(key)).Select(k => $"{k.Name} ({k.Form})").ToList();

        missing.ShouldBeEmpty("terms en-US defines and az-AZ does not");
    }

    [StyleFileFact(StyleFileNeeds.DebianLocales)]
    public void Gives_singular_and_plural_wherever_en_US_does()
    {
        var az = Az().Terms;

        var flat = EnUs().Terms.Where(t => t.Value.HasPlural && az.TryGetValue(t.Key, out var v) && !v.HasPlural)
            .Select(t => $"{t.Key.Name} ({t.Key.Form})").ToList();

        flat.ShouldBeEmpty("terms with single/multiple in en-US but one text in az-AZ");
    }

    [StyleFileFact(StyleFileNeeds.DebianLocales)]
    public void Leaves_no_term_in_English_except_international_words_and_symbols()
    {
        // Words Azerbaijani borrows unchanged, Latin abbreviations and punctuation may equal en-US.
        var shared = new HashSet<string>(StringComparer.Ordinal)
        {
            "film", "preprint", "video", "internet", "patent", "anonymous", "sub-verbo", "paragraph", "section",
            "timestamp", "article", "open-quote", "close-quote", "open-inner-quote", "close-inner-quote",
            "page-range-delimiter", "colon", "comma", "semicolon",
        };
        var az = Az().Terms;

        var english = EnUs().Terms
            .Where(t => az.TryGetValue(t.Key, out var v) && v == t.Value && !shared.Contains(t.Key.Name))
            .Select(t => $"{t.Key.Name} ({t.Key.Form}): {t.Value.Singular}").ToList();

        english.ShouldBeEmpty("terms still in English");
    }

    [StyleFileFact]
    public void Has_only_the_empty_terms_Azerbaijani_word_order_requires()
    {
        var empty = Az().Terms.Where(t => t.Value.Singular.Length == 0).Select(t => t.Key.Name).Distinct().Order().ToList();

        empty.ShouldBe(new[] { "at", "by", "timestamp" });
    }

    [StyleFileFact]
    public void Names_the_months_in_lower_case_with_short_forms_that_abbreviate_them()
    {
        string[] expected = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"];
        var terms = Az().Terms;

        for (var m = 1; m <= 12; m++)
        {
            var name = $"month-{m:00}";
            var full = terms[(name, "long")].Singular;
            full.ShouldBe(expected[m - 1]);
            var shortForm = terms[(name, "short")].Singular;
            (shortForm == full || (shortForm.EndsWith('.') && full.StartsWith(shortForm[..^1], StringComparison.Ordinal)))
                .ShouldBeTrue($"{name} short form '{shortForm}' must be '{full}' or an abbreviation of it");
        }
        string[] seasons = ["yaz", "yay", "payız", "qış"];
        for (var s = 1; s <= 4; s++) terms[($"season-{s:00}", "long")].Singular.ShouldBe(seasons[s - 1]);
    }

    [StyleFileFact]
    public void Writes_dates_as_19_iyun_1920_and_19_06_1920()
    {
        var dates = Az().Root.Elements(CslLocaleFile.Cs + "date").ToDictionary(d => (string?)d.Attribute("form") ?? "");

        Describe(dates["text"]).ShouldBe("day() ' ' | month() ' ' | year() ''");
        Describe(dates["numeric"]).ShouldBe("day(numeric-leading-zeros) '.' | month(numeric-leading-zeros) '.' | year() ''");

        static string Describe(System.Xml.Linq.XElement date) => string.Join(" | ", date.Elements(CslLocaleFile.Cs + "date-part")
            .Select(p => $"{(string?)p.Attribute("name")}({(string?)p.Attribute("form")}) '{(string?)p.Attribute("suffix")}'"));
    }

    [StyleFileFact]
    public void Quotes_like_the_seed_papers_and_keeps_punctuation_outside_them()
    {
        var locale = Az();
        var terms = locale.Terms;

        terms[("open-quote", "long")].Singular.ShouldBe("“");
        terms[("close-quote", "long")].Singular.ShouldBe("”");
        terms[("open-inner-quote", "long")].Singular.ShouldBe("‘");
        terms[("close-inner-quote", "long")].Singular.ShouldBe("’");
        ((string?)locale.Root.Element(CslLocaleFile.Cs + "style-options")?.Attribute("punctuation-in-quote")).ShouldBe("false");
    }

    [StyleFileFact]
    public void Uses_the_labels_Azerbaijani_historians_write()
    {
        var t = Az().Terms;

        t[("page", "long")].ShouldBe(new CslTermValue(null, "səhifə", "səhifələr"));
        t[("page", "short")].Singular.ShouldBe("s.");
        t[("folio", "long")].ShouldBe(new CslTermValue(null, "vərəq", "vərəqlər"));
        t[("folio", "short")].Singular.ShouldBe("v.");
        t[("volume", "long")].ShouldBe(new CslTermValue(null, "cild", "cildlər"));
        t[("volume", "short")].Singular.ShouldBe("c.");
        t[("editor", "long")].Singular.ShouldBe("redaktor");
        t[("editor", "short")].Singular.ShouldBe("red.");
        t[("translator", "verb")].Singular.ShouldBe("tərcümə edən");
        t[("compiler", "verb")].Singular.ShouldBe("tərtib edən");
        t[("ibid", "long")].Singular.ShouldBe("yenə orada");
        t[("et-al", "long")].Singular.ShouldBe("və b.");
        // A noun after a numeral stays singular in Azerbaijani: "3 cild", "250 səhifə".
        t[("number-of-volumes", "long")].Multiple.ShouldBe("cild");
        t[("number-of-pages", "long")].Multiple.ShouldBe("səhifə");
    }

    [StyleFileFact]
    public void Is_licensed_CC_BY_SA_and_says_it_was_written_for_this_project()
    {
        var locale = Az();
        var text = File.ReadAllText(Path.Combine(StyleFilesEnvironment.StylesDir, "locales-az-AZ.xml"));

        ((string?)locale.Root.Element(CslLocaleFile.Cs + "info")?.Element(CslLocaleFile.Cs + "rights")?.Attribute("license"))
            .ShouldBe("http://creativecommons.org/licenses/by-sa/3.0/");
        ((string?)locale.Root.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")).ShouldBe("az-AZ");
        text.ShouldContain("Written for the Bibliography project");
    }

    // Azerbaijani number words, to derive the expected ordinal suffix independently of the locale.
    private static readonly string[] Units = ["", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz"];
    private static readonly string[] Tens = ["", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan"];

    private static string LastNumberWord(int n) =>
        n % 10 != 0 ? Units[n % 10]
        : n % 100 != 0 ? Tens[n / 10 % 10]
        : n % 1000 != 0 ? "yüz"
        : "min";

    private static char Harmony(string word)
    {
        var vowel = word.Last(c => "aıoueəiöü".Contains(c));
        return vowel switch
        {
            'a' or 'ı' => 'ı',
            'e' or 'ə' or 'i' => 'i',
            'o' or 'u' => 'u',
            _ => 'ü',
        };
    }

    // Every number below 3000 except multiples of 1000, which CSL cannot tell from multiples of 100
    // (the limit the locale documents); the years cited in the seed papers are among them.
    private static IEnumerable<int> NumbersCslCanInflect() => Enumerable.Range(1, 2999).Where(n => n % 1000 != 0);

    [StyleFileFact]
    public void Ordinal_suffixes_follow_vowel_harmony_with_the_last_number_word()
    {
        var locale = Az();
        var wrong = NumbersCslCanInflect()
            .Select(n => (n, Got: CslOrdinals.Suffix(locale, n), Want: "-c" + Harmony(LastNumberWord(n))))
            .Where(x => x.Got != x.Want)
            .Select(x => $"{x.n}{x.Got} (want {x.n}{x.Want})")
            .ToList();

        wrong.ShouldBeEmpty();
        CslOrdinals.Suffix(locale, 1920).ShouldBe("-ci");
        CslOrdinals.Suffix(locale, 1924).ShouldBe("-cü");
        CslOrdinals.Suffix(locale, 1926).ShouldBe("-cı");
    }

    [StyleFileFact]
    public void Long_ordinals_add_the_harmonic_suffix_to_the_number_word()
    {
        var terms = Az().Terms;

        for (var n = 1; n <= 10; n++)
        {
            var word = n == 10 ? "on" : Units[n];
            var v = Harmony(word);
            var expected = "aıoueəiöü".Contains(word[^1]) ? $"{word}nc{v}" : $"{word}{v}nc{v}";
            terms[($"long-ordinal-{n:00}", "long")].Singular.ShouldBe(expected);
        }
    }
}
