using Bibliography.Model;
using Bibliography.Parsing;
using Bibliography.Testing;

namespace Bibliography.Tests.Parsing;

/// <summary>
/// The publication reader tells the parts of some matches from the pattern's shape instead of reading groups: at
/// every place the corpus and some hard cases offer, the parts must be the groups the pattern captures.
/// </summary>
public sealed class MatchShapeTests
{
    private static readonly string[] Hard =
    [
        "Əliyev Ə.Ə., Mamedov M. Tarix. Bakı, 1998",
        "Ivanov I. I. Petrov-Vodkin A.B. // Trudy. 2001, № 3",
        "A.B.Smith, C.D. O’Neil, Ye.Sh.Kim. Title (1915)",
        "Title, vıp. 12–14", "Title. No. 4", "Title.№7", "Title, sayı 2", "Title N.5 - 6",
        "1917", "Title 2001 г.", "Title,1999il", "Title (2010 ил", "T. 1850", "M.: Nauka, 2020 г.",
        "f. 1, op. 2, d. 3, l. 5 ob.", "ф. 1, оп. 2, д. 3, л. 5 об..", "vərəq 184 arxa – 185", "fond 1, l.12-13 .", "Там же. С. 45 .",
        "s. 12, 14-15", "ll. 3v, 4", "л. 7а", "p.5\n", "(s. 9)", "s. 1 v.", "pp. 2 – 3 . ", "стр. 11—12.",
        "vərəqlər 1 arxa – 2 оборот, 3 verso - 4 об, 5 ob.", "Title,s.1", "s.1", "№1", "вып. 1 – 2", "x vıp.3-4", "No. 12\n", "sayı 7 .",
    ];

    private static IEnumerable<string> Texts()
    {
        var corpus = new CitationCorpus(seed: 5);
        for (var n = 0; n < 2000; n++) yield return corpus.NextFootnote();
        foreach (var h in Hard) yield return h;
    }

    [Fact]
    public void Names_told_from_the_shape_are_the_groups()
    {
        var checkedNames = 0;
        foreach (var text in Texts())
            for (var at = 0; at < text.Length; at++)
            {
                if (!char.IsUpper(text[at])) continue;
                var m = PublicationReader.FamilyThenInitials.MatchIn(text, at, text.Length - at);
                if (m is not null)
                {
                    PublicationReader.FamilyThenInitialsName(text, m.Index, m.Length)
                        .ShouldBe(CslName.Person(m.Groups["fam"].Value, m.Groups["ini"].Value.Replace(" ", "")), text);
                    checkedNames++;
                }
                m = PublicationReader.InitialsThenFamily.MatchIn(text, at, text.Length - at);
                if (m is not null)
                {
                    PublicationReader.InitialsThenFamilyName(text, m.Index, m.Length)
                        .ShouldBe(CslName.Person(m.Groups["fam"].Value, m.Groups["ini"].Value.Replace(" ", "")), text);
                    checkedNames++;
                }
            }
        checkedNames.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Years_and_issues_told_from_the_shape_are_the_groups()
    {
        var (years, issues) = (0, 0);
        foreach (var text in Texts())
            for (var end = 1; end <= text.Length; end++)
            {
                // Every prefix: the readers match these at the end of what is left once later parts are cut off.
                var y = PublicationReader.YearAtEnd.MatchIn(text, 0, end);
                if (y is not null)
                {
                    PublicationReader.YearStart(text, y.Index).ShouldBe(y.Groups["y"].Index, text);
                    y.Groups["y"].Length.ShouldBe(4);
                    years++;
                }
                var i = PublicationReader.IssueAtEnd.MatchIn(text, 0, end);
                PublicationReader.IssueAtEnd.Find(text, 0, end).ShouldBe(i is null ? null : (i.Index, i.Length), text[..end]);
                if (i is not null)
                {
                    PublicationReader.IssueParts(text, i.Index).ShouldBe((i.Groups["kw"].Index, i.Groups["n"].Index), text);
                    (i.Groups["n"].Index + i.Groups["n"].Length).ShouldBe(i.Index + i.Length);
                    issues++;
                }
            }
        years.ShouldBeGreaterThan(100);
        issues.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void The_comma_imprint_year_told_from_the_shape_is_the_group()
    {
        // CommaImprintReader finds its year without groups and takes the match's last four characters.
        var years = 0;
        foreach (var text in Texts())
            for (var end = 1; end <= text.Length; end++)
            {
                var y = CommaImprintReader.YearAtEnd.MatchIn(text, 0, end);
                CommaImprintReader.YearAtEnd.Find(text, 0, end).ShouldBe(y is null ? null : (y.Index, y.Length), text[..end]);
                if (y is null) continue;
                (y.Groups["y"].Index, y.Groups["y"].Length).ShouldBe((y.Index + y.Length - 4, 4), text[..end]);
                years++;
            }
        years.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Locators_told_from_the_shape_are_the_groups()
    {
        var shaped = 0;
        foreach (var text in Texts())
            for (var end = 1; end <= text.Length; end++)
                foreach (var regex in new[] { LocatorReader.FolioAtEnd, LocatorReader.PageAtEnd })
                {
                    var m = regex.MatchIn(text, 0, end);
                    regex.Find(text, 0, end).ShouldBe(m is null ? null : (m.Index, m.Length), text[..end]);
                    if (m is null) continue;
                    if (!LocatorReader.Shape(text, m.Index, m.Length, out var kwStart, out var kwEnd, out var valStart, out var valEnd)) continue;
                    var (kw, val) = (m.Groups["kw"], m.Groups["val"]);
                    (kwStart, kwEnd, valStart, valEnd).ShouldBe((kw.Index, kw.Index + kw.Length, val.Index, val.Index + val.Length), text[..end]);
                    shaped++;
                }
        shaped.ShouldBeGreaterThan(1000);
    }

    private static readonly string[] StatementHard =
    [
        "c. 5", "Cild XI", "vol.C", "CildC", "т. 12\n", "Т.III", "t. 7", "Vol. 2", "C.  1920", "cild 3", "c.IV",
        "Q.Mamuliya", "И.И. Иванова", "A. B. C. Smith-Jones", "Ye.Sh.Kim", "O’Neil A.", "Ivanov I. I.", "Petrov P.P. ",
        "Mamuliya Q.Q.\n", "Д.Д.\u00A0Петров", "Van-Der A.B.C.", "Kim  Ye.", "A.Smith\n",
    ];

    [Fact]
    public void Volumes_and_names_of_statements_told_from_the_shape_are_the_groups()
    {
        var (volumes, names) = (0, 0);
        foreach (var text in Texts().Concat(StatementHard))
            for (var s = 0; s < text.Length; s++)
                // The patterns are anchored at both ends: every start with the text's end, and every end from the first start
                // (every pair in the short hard cases).
                foreach (var e in s == 0 || text.Length < 30 ? Enumerable.Range(s + 1, text.Length - s) : [text.Length])
                {
                    var part = text[s..e];
                    if (PublicationReader.VolumeSegment.MatchIn(part) is { } v)
                    {
                        PublicationReader.VolumeNumber(part, v.Index, v.Length).ShouldBe((v.Groups["n"].Index, v.Groups["n"].Index + v.Groups["n"].Length), part);
                        volumes++;
                    }
                    if (ResponsibilityReader.NameInitialsFirst.MatchIn(part) is { } i)
                    {
                        ResponsibilityReader.InitialsFirstName(part, i.Index, i.Length)
                            .ShouldBe(CslName.Person(i.Groups["fam"].Value, i.Groups["ini"].Value.Replace(" ", "")), part);
                        names++;
                    }
                    if (ResponsibilityReader.NameFamilyFirst.MatchIn(part) is { } f)
                    {
                        ResponsibilityReader.FamilyFirstName(part, f.Index, f.Length)
                            .ShouldBe(CslName.Person(f.Groups["fam"].Value, f.Groups["ini"].Value.Replace(" ", "")), part);
                        names++;
                    }
                }
        volumes.ShouldBeGreaterThanOrEqualTo(StatementHard.Length / 2);
        names.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Names_read_in_place_are_those_of_the_split_parts_and_their_groups()
    {
        // The reading the reader replaced: the text split by its separator pattern, each part trimmed and matched.
        var separator = new System.Text.RegularExpressions.Regex(@"\s*,\s*|\s+(?:və|и|i|and|ve)\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        static List<CslName> Reference(System.Text.RegularExpressions.Regex separator, string text)
        {
            var names = new List<CslName>();
            foreach (var raw in separator.Split(text))
            {
                if (raw.Trim(' ', '.', ',', ';').Length == 0) continue;
                var candidate = raw.Trim(' ', ',', ';');
                var m = ResponsibilityReader.NameInitialsFirst.MatchIn(candidate) ?? ResponsibilityReader.NameFamilyFirst.MatchIn(candidate);
                if (m is null) return new List<CslName>();
                names.Add(CslName.Person(m.Groups["fam"].Value, m.Groups["ini"].Value.Replace(" ", "")));
            }
            return names;
        }

        string[] lists =
        [
            "Q.Q.Mamuliya", "И.И. Иванов и П.П. Петров", "Ivanov I.I., Petrov P.P.", "A. B. Smith and C. Jones", " , Kim Ye. ve O’Neil A.;",
            "X.Family, ", "Ivanov I.I.,, Petrov P.P.", "Ivanov, Petrov", "", " ", "A.B.\nSmith", "Əliyev Ə.Ə. və Q.Həsənli", "Van-Der A.B.C. i D.Kim",
        ];
        var read = 0;
        foreach (var text in lists.Concat(Texts()))
            for (var s = 0; s <= text.Length; s++)
            {
                ResponsibilityReader.ReadNames(text, s, text.Length).ShouldBe(Reference(separator, text[s..]), text[s..]);
                read++;
            }
        read.ShouldBeGreaterThan(1000);
    }

    private static readonly string[] NewspaperHard =
    [
        "“Kommunist” qəzeti (rusca), 1920, 19 iyun", "«Коммунист», 1920, 19 июня, № 54", "Коммунист. 1920. 3 декабря.",
        "“Azərbaycan” qəzeti, 1919, 12 noyabr, № 235", "\"Yeni\" qəzetix, 1920", "“Açıq söz” qəzet, 1916, No. 3", "„Iqbal” gazetesi(türkcə). 1913, N5",
        "«Bakı»  gazeta  ( на рус. яз. ) ,  1912 ,  Mart 3, s. 2", "«Baku» (a(b)), 1912", "“Title ” , 1918, iyul 7.", "«X»газета,1919,7 мая",
        "«Bakinskiy rabochiy» (rusca) qəzeti, 1920", "“A” “B”, 1920, 1 may", "Kaspi, 1905, 12 mart, № 5", "Kaspi.1905 12 Mart",
        "«Известия», 1920, июня 19. С. 3", "“Kommunist” qəzeti, 1920, 123 iyun, № 7a", "“Kommunist”,\n1920,\t19 iyun\n",
    ];

    // The patterns Conventions.FindMonthDay and FindDayMonthAtEnd read in code, as they were.
    private static readonly System.Text.RegularExpressions.Regex MonthDay = new(@"(?<m>" + Conventions.MonthPattern + @")\s+(?<d>[0-9]{1,2})(?:[\s,.]|$)", Conventions.Options);
    private static readonly System.Text.RegularExpressions.Regex DayMonthAtEnd = new(@"(?:^|[\s,.])(?:\d{1,2}\s+)?" + Conventions.MonthPattern + "$", Conventions.Options);

    private static readonly string[] MonthHard =
    [
        "Primar 5", "Summary 12", "марта 123", "1 12 марта", "x.12 марта", "12 мартовских", "Tebervali 3\n", "tebervali 3", "МАРТА 5",
        "Мая 3.", "12\u00A0марта", "sept 3", "Sep 31,", "იანვარი 1", "3 იანვარი\n", "3 იანვარი\n\n", ", Ноябрь", "Ноябрь", "1. Ноябрь\n",
        "№ 10–11. Ноябрь", "May 2, 2004", "Mayor 12", "12 Mayor", "xmay 12 june 3", "123 мая", ",3 мая", "3мая", "3  \t мая", "mar mar 1",
        "May 1\u0662 x", "May \u0661\u0662,", "1 мая, 2 июня", "Kaspi.1905 12 Mart", "12 mart.- № 53", "Dec. 3", "dekabr",
    ];

    [Fact]
    public void Month_dates_found_in_code_are_where_the_patterns_match()
    {
        var found = 0;
        foreach (var text in Texts().Concat(NewspaperHard).Concat(MonthHard))
            for (var s = 0; s < text.Length; s++)
                // Every start with the text's end, and every end from the first start.
                foreach (var e in s == 0 ? Enumerable.Range(1, text.Length) : [text.Length])
                {
                    var monthDay = MonthDay.Find(text, s, e - s);
                    Conventions.FindMonthDay(text, s, e - s).ShouldBe(monthDay, text[s..e]);
                    var atEnd = DayMonthAtEnd.Find(text, s, e - s);
                    Conventions.FindDayMonthAtEnd(text, s, e - s).ShouldBe(atEnd, text[s..e]);
                    if (monthDay is not null) found++;
                    if (atEnd is not null) found++;
                }
        found.ShouldBeGreaterThan(500);
    }

    [Fact]
    public void Newspaper_parts_told_from_the_shape_are_the_groups()
    {
        var (heads, dates, issues) = (0, 0, 0);
        foreach (var text in Texts().Concat(NewspaperHard))
            for (var s = 0; s < text.Length; s++)
            {
                // The head patterns are anchored at both ends: every start with the text's end, and every end from the first start.
                foreach (var e in s == 0 ? Enumerable.Range(1, text.Length) : [text.Length])
                {
                    if (NewspaperReader.Quoted.MatchIn(text, s, e - s) is { } q)
                    {
                        NewspaperReader.QuotedHead(text, s, e).ShouldBe(NewspaperReader.HeadFromGroups(q), text[s..e]);
                        heads++;
                    }
                    if (NewspaperReader.Plain.MatchIn(text, s, e - s) is { } p)
                    {
                        NewspaperReader.PlainHead(text, s, e).ShouldBe(NewspaperReader.HeadFromGroups(p), text[s..e]);
                        heads++;
                    }
                }
                var y = NewspaperReader.Year.MatchIn(text, s, text.Length - s);
                if (y is not null)
                    (char.IsDigit(text[y.Index]) ? y.Index : y.Index + 1).ShouldBe(y.Groups["y"].Index, text[s..]);
                var dm = NewspaperReader.DayMonth.MatchIn(text, s, text.Length - s);
                if (dm is not null)
                {
                    NewspaperReader.DayMonthParts(text, dm.Index, dm.Length).ShouldBe(Parts(dm), text[s..]);
                    dates++;
                }
                var md = MonthDay.MatchIn(text, s, text.Length - s);
                if (md is not null)
                {
                    NewspaperReader.MonthDayParts(text, md.Index, md.Length).ShouldBe(Parts(md), text[s..]);
                    dates++;
                }
                var n = NewspaperReader.IssueNumber.MatchIn(text, s, text.Length - s);
                if (n is not null)
                {
                    (NewspaperReader.FirstDigit(text, n.Index), n.Index + n.Length).ShouldBe((n.Groups["n"].Index, n.Groups["n"].Index + n.Groups["n"].Length), text[s..]);
                    issues++;
                }
            }
        heads.ShouldBeGreaterThan(200);
        dates.ShouldBeGreaterThan(200);
        issues.ShouldBeGreaterThan(100);

        static NewspaperReader.DateParts Parts(System.Text.RegularExpressions.Match m) => new(m.Index, m.Length,
            m.Groups["d"].Index, m.Groups["d"].Index + m.Groups["d"].Length, m.Groups["m"].Index, m.Groups["m"].Index + m.Groups["m"].Length);
    }

    [Fact]
    public void Level_values_read_by_hand_are_those_the_pattern_matches()
    {
        var pattern = new System.Text.RegularExpressions.Regex(@"\A(?:" + ArchivalReader.LevelValue + @")\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        string[] parts = ["", "1", "12", "Р", "АБ", "Абв", "Абвг", "R", "ё", "Ё", "-", " - ", " -", "- ", "  -", "а", "Z", "1a", "7б", "\t", "ǅ", "٣"];
        var tried = 0;
        foreach (var a in parts)
            foreach (var b in parts)
                foreach (var c in parts)
                {
                    var value = a + b + c;
                    ArchivalReader.IsLevelValue(value).ShouldBe(pattern.IsMatch(value), value);
                    tried++;
                }
        tried.ShouldBeGreaterThan(10000);
    }

    [Fact]
    public void Level_parts_told_from_the_shape_are_the_groups_of_the_first_alternative_that_matches_whole()
    {
        var alternatives = ArchivalReader.LevelPatterns.Select(p => new System.Text.RegularExpressions.Regex(@"\A(?:" + p + @")\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant)).ToArray();
        var found = 0;
        foreach (var text in Texts().Concat(LevelHard))
            foreach (var (alternative, index, length, keyword, value) in ArchivalReader.Levels(text, 0, text.Length))
            {
                var first = Enumerable.Range(0, alternatives.Length).First(i => alternatives[i].IsMatch(text.Substring(index, length)));
                alternative.ShouldBe(first, text);
                var m = alternatives[first].Match(text, index, length);
                (alternative == 1 ? "" : m.Groups["k"].Value).ShouldBe(keyword, text);
                (alternative == 1 ? m.Value : m.Groups["v"].Value).ShouldBe(alternative == 1 ? text.Substring(index, length) : value, text);
                found++;
            }
        found.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Texts_passed_over_for_holding_no_fond_have_no_fond_level()
    {
        var (fonds, passed) = (0, 0);
        foreach (var text in Texts().Concat(LevelHard).Concat(["N.F. Title, op. 1, d. 2", "Ф.Р - 5", "ф.  Аб 7", "ф. Абвг-7", "F.-7", "fondu", "Fond-x 12", "f.\tR-1"]))
            for (var s = 0; s < text.Length; s++)
            {
                var levels = ArchivalReader.Levels(text, s, text.Length - s);
                var holds = ArchivalReader.MayHoldFond(text.AsSpan(s));
                if (levels.Any(l => l.Alternative is 0 or 1)) { holds.ShouldBeTrue(text[s..]); fonds++; }
                else if (!holds) passed++;
            }
        fonds.ShouldBeGreaterThan(1000);
        passed.ShouldBeGreaterThan(1000);
    }

    private static readonly string[] LevelHard =
    [
        "Surət fondu 5, iş 3, ед. хр. 4, Оп. 2, лл. 3-4, С. 5", "Ф. 1, Д. 2, L. 3, S. 4, fondu-5, İş 6",
        "fondu 5, fond u-5, fond Р - 12, ф.Р-1, Фонд АБ -7а, fondu12, ф. 1б, f.\u00A012", "ед.хр. 4, ed. khr.5, опись 3а, Siy.2",
        "vərəqlər 1 – 2, 3 arxa, fols. 4v, ff. 5-6, l. 7 ob, Л. 8 об., стр. 9, səh.10, pp. 11 — 12, p. 13 v",
        "fond\t7, siyahı  2, iş\u00A0484, vərəq 1arxa-2",
    ];
}
