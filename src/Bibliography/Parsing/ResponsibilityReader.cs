using System.Text.RegularExpressions;
using Bibliography.Model;
using System.Runtime.CompilerServices;

namespace Bibliography.Parsing;

/// <summary>Reads statements of responsibility: <c>Zbornik sostavil Q.Devdariani</c>, <c>Sost., predislovie, perevod Q.Q.Mamuliya</c>, <c>под ред. И.И. Иванова</c>.</summary>
internal static class ResponsibilityReader
{
    // Linear (Conventions.Linear): anchored, the initials bounded, the name's letters given back one at a time, each at a bounded cost.
    internal static readonly Regex NameInitialsFirst = new(@"^(?<ini>(?:" + Conventions.Initial + @"\s?){1,3})(?<fam>\p{Lu}[\p{L}'’-]+)$", Conventions.Linear);
    // The last initial's full stop may be missing: a statement closes before the imprint ("/ Сост. Лакоба О. Н. М.,
    // 2004" is cut at the place, and the cut takes the stop).
    // Linear (Conventions.Linear): anchored, the initials bounded, the name's letters given back one at a time, each at a bounded cost.
    internal static readonly Regex NameFamilyFirst = new(@"^(?<fam>\p{Lu}[\p{L}'’-]+)\s+(?<ini>(?:" + Conventions.Initial + @"\s?){0,2}\p{Lu}[" + Conventions.InitialSecondLetters + @"]?\.?)$", Conventions.Linear);

    // A name written out in full, given name and family name in either order, an Azerbaijani patronymic after them
    // ("Əli Məmmədov", "Məmmədov Cahangir", "Gülnarə Əli qızı Quliyeva"): a role's statement names people so
    // ("Redaktor: Həsən Quliyev", "Tərtib edən: Rübabə Əliyeva"), and only there are two capitalised words read as one.
    // Linear (Conventions.Linear): anchored, every repeat followed by a token it cannot match, the optional patronymics tried once each.
    internal static readonly Regex FullName = new(@"^(?<a>" + Conventions.CapitalisedWord + @")(?:\s+(?<p>" + Conventions.CapitalisedWord + @")\s+" + Conventions.PatronymicWord
        + @")?\s+(?<b>" + Conventions.CapitalisedWord + @")(?:\s+(?<q>" + Conventions.CapitalisedWord + @")\s+" + Conventions.PatronymicWord + ")?$", Conventions.Linear);

    private static readonly char[] GenreEnds = [' ', ',', '.', ':'], NamesEnds = [' ', ',', '.', ':', ';'];
    private static readonly char[] NamePunctuation = [' ', '.', ',', ';'], NameSeparators = [' ', ',', ';'];

    // The pattern Regex.Split was given per call, built once; non-backtracking, since on the backtracking engine each place
    // in a run of white space rescanned the rest of the run for a comma (quadratic: LinearPatternTests found it).
    private static readonly Regex NameSeparator = new(@"\s*,\s*|\s+(?:və|и|i|and|ve|და)\s+", Conventions.Options);

    // Georgian names (the script has no capitals): initials of one or two letters ("ს.", "ილ.") then the family name, or
    // the family name then its initials; in a role's statement the family name is often in the genitive ("ყაუხჩიშვილის").
    private const string GeorgianInitials = @"(?:[\u10D0-\u10FA]{1,2}\.\s?){1,2}";
    // Linear (Conventions.Linear): anchored, the initials bounded, the name's letters given back one at a time, each at a bounded cost.
    private static readonly Regex GeorgianInitialsFirst = new(@"^(?<ini>" + GeorgianInitials + @")(?<fam>[\u10D0-\u10FA]{3,}(?:-[\u10D0-\u10FA]+)?)$", Conventions.Linear);
    // Linear (Conventions.Linear): anchored, the initials bounded, the name's letters given back one at a time, each at a bounded cost.
    private static readonly Regex GeorgianFamilyFirst = new(@"^(?<fam>[\u10D0-\u10FA]{3,}(?:-[\u10D0-\u10FA]+)?)\s+(?<ini>" + GeorgianInitials + @")$", Conventions.Linear);
    // A Georgian name written in full ("რედ. ნიკოლოზ ბერიძე", "მთავარი რედაქტორი: გიორგი ჯაფარიძე"): two words, told apart
    // by the family name's ending (PublicationReader.GeorgianNameInFull), else read given name first as a role's statement writes it.
    // Linear (Conventions.Linear): anchored, every repeat followed by a token it cannot match.
    private static readonly Regex GeorgianFullName = new(@"^[\u10D0-\u10FA]{3,}\s[\u10D0-\u10FA]{3,}(?:-[\u10D0-\u10FA]+)?$", Conventions.Linear);

    // Longest first so "pod red." wins over "red."; sorted once (a stable sort keeps the table's order among equals).
    private static readonly (string Word, CreatorRole Role)[] LongestFirst = Vocabulary.RoleWords.OrderByDescending(r => r.Word.Length).ToArray();

    /// <summary>Reads a statement; false when it names no role.</summary>
    public static bool TryRead(Located statement, out Located? genre, out List<(CreatorRole Role, List<CslName> Names)> roles)
    {
        genre = null;
        roles = NoRoles;
        var text = statement.Value;
        // The role words found and the roles waiting for names, in lists the thread reuses: a read needs them only while it runs.
        var found = _found ??= new();
        found.Clear();
        // Lower-cased on the stack where the table covers it (a statement is short), as a string otherwise.
        var lower = text.Length <= 256 ? stackalloc char[text.Length] : default;
        if (text.Length > 256 || !TextScan.TryLowerInvariant(text, lower)) lower = TextScan.LowerInvariant(text).ToCharArray();
        // The characters a role word found so far stands on: a word found later overlaps one when it stands on any,
        // looked up in its own few characters (comparing it with every word found cost the square of their number).
        var taken = text.Length <= 256 ? stackalloc bool[text.Length] : new bool[text.Length];
        // Which characters stand in brackets, marked in one pass: "Иванов И. И. (отв. ред.)" names a role of that name's,
        // inside a list another role opened.
        var bracketed = text.Length <= 256 ? stackalloc bool[text.Length] : new bool[text.Length];
        for (var (i, depth) = (0, 0); i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && depth > 0) depth--;
            bracketed[i] = depth > 0;
        }
        foreach (var (word, role) in LongestFirst)
        {
            var from = 0;
            while (from <= lower.Length && lower[from..].IndexOf(word) is >= 0 and var at)
            {
                from += at;
                var before = (from == 0 || !char.IsLetter(lower[from - 1])) && !bracketed[from];
                var afterIdx = from + word.Length;
                var after = word.EndsWith('.') || afterIdx >= lower.Length || !char.IsLetter(lower[afterIdx]);
                if (before && after && !taken.Slice(from, word.Length).Contains(true))
                {
                    found.Add((from, word.Length, role));
                    taken.Slice(from, word.Length).Fill(true);
                }
                from += word.Length;
            }
        }
        // "ს. ყაუხჩიშვილის რედაქციით": a Georgian role word after the names it names.
        var afterNames = _afterNames ??= new();
        afterNames.Clear();
        foreach (var (word, role) in Vocabulary.RoleWordsAfterNames)
        {
            var at = lower.IndexOf(word);
            if (at <= 0 || char.IsLetter(lower[at - 1]) || at + word.Length < lower.Length && char.IsLetter(lower[at + word.Length])
                || taken.Slice(at, word.Length).Contains(true)) continue;
            found.Add((at, word.Length, role));
            afterNames.Add(at);
            taken.Slice(at, word.Length).Fill(true);
        }
        // "ს. ყაუხჩიშვილის გამოც.": the role word cut short closes the statement (its full stop already trimmed by the caller).
        if (afterNames.Count == 0 && AbbreviatedRoleAfterNames(lower, lower.Length) is ({ } abbreviated, var cut) && !taken.Slice(cut, lower.TrimEnd(" .,;:").Length - cut).Contains(true))
        {
            found.Add((cut, lower.TrimEnd(" .,;:").Length - cut, abbreviated));
            afterNames.Add(cut);
        }
        if (found.Count == 0) return false;
        roles = new();
        found.Sort((a, b) => a.Index.CompareTo(b.Index));

        var first = found[0].Index;
        if (first > 0 && !afterNames.Contains(first))
        {
            // Trimmed in place: the genre's first occurrence, which its offset was always taken from, is where it stands
            // (what is trimmed before it is made of the characters it cannot open with).
            var (gs, ge) = (0, first);
            while (gs < ge && GenreEnds.AsSpan().Contains(text[gs])) gs++;
            while (ge > gs && GenreEnds.AsSpan().Contains(text[ge - 1])) ge--;
            if (ge > gs) genre = new Located(text[gs..ge], new TextSpan(statement.Span.Offset + gs, ge - gs));
        }

        // Roles listed together ("Sost., predislovie, perevod") share the names that follow the last of them.
        var pending = _pending ??= new();
        pending.Clear();
        for (var i = 0; i < found.Count; i++)
        {
            if (afterNames.Contains(found[i].Index))
            {
                var (ns, ne) = (i > 0 ? found[i - 1].Index + found[i - 1].Length : 0, found[i].Index);
                while (ns < ne && NamesEnds.AsSpan().Contains(text[ns])) ns++;
                while (ne > ns && NamesEnds.AsSpan().Contains(text[ne - 1])) ne--;
                if (ReadNames(text, ns, ne) is { Count: > 0 } named && !roles.Exists(r => r.Role == found[i].Role)) roles.Add((found[i].Role, named));
                pending.Clear();
                continue;
            }
            pending.Add(found[i].Role);
            var namesStart = found[i].Index + found[i].Length;
            var namesEnd = i + 1 < found.Count ? found[i + 1].Index : text.Length;
            while (namesStart < namesEnd && NamesEnds.AsSpan().Contains(text[namesStart])) namesStart++;
            while (namesEnd > namesStart && NamesEnds.AsSpan().Contains(text[namesEnd - 1])) namesEnd--;
            var names = ReadNames(text, namesStart, namesEnd);
            if (names.Count == 0) continue;
            // Each role once, at its first place (as Distinct gives them), without Distinct's set and iterator.
            for (var r = 0; r < pending.Count; r++)
                if (pending.IndexOf(pending[r]) == r) roles.Add((pending[r], names));
            pending.Clear();
        }
        return true;
    }

    [ThreadStatic] private static List<(int Index, int Length, CreatorRole Role)>? _found;
    [ThreadStatic] private static List<CreatorRole>? _pending;
    [ThreadStatic] private static List<int>? _afterNames;

    // What TryRead hands back with false: never written to, as no caller reads it then.
    private static readonly List<(CreatorRole Role, List<CslName> Names)> NoRoles = new();

    /// <summary>
    /// True when a role word opens the text at <paramref name="at"/> after spaces (<c>под ред. …</c>, <c>сост. …</c>): a
    /// <c>;</c> before it joins two statements of one responsibility (<c>/ сост. А. Б. Петров; под ред. …</c>).
    /// </summary>
    [MethodImpl(Hot.Loop)]
    public static bool RoleFollows(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        foreach (var (word, _) in Vocabulary.RoleWords)
        {
            if (text.Length - at <= word.Length || string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            var after = text[at + word.Length];
            if (word[^1] == '.' || char.IsWhiteSpace(after)) return true;
        }
        return false;
    }

    /// <summary>True when text[s..e) ends with a role word written after the names (<c>ს. ყაუხჩიშვილის რედაქციით</c>).</summary>
    public static bool EndsWithRoleAfterNames(string text, int s, int e)
    {
        foreach (var (word, _) in Vocabulary.RoleWordsAfterNames)
            if (e - s > word.Length + 1 && string.CompareOrdinal(text, e - word.Length, word, 0, word.Length) == 0 && text[e - word.Length - 1] == ' ') return true;
        // "ს. ყაუხჩიშვილის გამოც., ტ. 4": cut short, the word is known by the full stop after it, which the caller trimmed.
        return e < text.Length && text[e] == '.' && AbbreviatedRoleAfterNames(text.AsSpan(s, e - s), e - s).Role is not null;
    }

    // The shortest cut of a role word after the names that is read as it (the shorter ones are Georgian words of their own).
    private const int ShortestRoleCut = 4;

    /// <summary>
    /// The role of the word that closes text[..end) when it is a role word after the names cut short (<c>გამოც</c> for
    /// <c>გამოცემა</c>, <c>რედაქც</c> for <c>რედაქცია</c>), after a space and at least one name, and where that word starts:
    /// abbreviations are written as the word's first letters, so the full words' list covers them too.
    /// </summary>
    internal static (CreatorRole? Role, int Start) AbbreviatedRoleAfterNames(ReadOnlySpan<char> text, int end)
    {
        var trimmed = text[..end].TrimEnd(" .,;:");
        var space = trimmed.LastIndexOf(' ');
        if (space <= 0) return (null, -1);
        var cut = trimmed[(space + 1)..];
        if (cut.Length < ShortestRoleCut) return (null, -1);
        foreach (var (word, role) in Vocabulary.RoleWordsAfterNames)
            if (word.Length > cut.Length && word.AsSpan().StartsWith(cut, StringComparison.Ordinal)) return (role, space + 1);
        return (null, -1);
    }

    /// <summary>Reads a list of names: <c>Q.Q.Mamuliya</c>, <c>И.И. Иванов и П.П. Петров</c>, <c>Ivanov I.I., Petrov P.P.</c>.</summary>
    public static List<CslName> ReadNames(string text) => ReadNames(text, 0, text.Length);

    /// <summary>
    /// As <see cref="ReadNames(string)"/> over text[start..end), read in place: the parts
    /// between separators are ranges of the text (no part strings), and a name's parts are its only copies.
    /// </summary>
    internal static List<CslName> ReadNames(string text, int start, int end)
    {
        var names = new List<CslName>();
        // "/ сост. Сидоров В. Г. и др.", "под ред. А. Б. Петрова [и др.]": the others are named nowhere.
        var trimmed = text.AsSpan(start, end - start).TrimEnd(" .,");
        foreach (var phrase in Conventions.EtAlPhrases)
        {
            var bare = phrase.AsSpan().TrimEnd('.');
            if (trimmed.Length > bare.Length && trimmed.EndsWith(bare, StringComparison.OrdinalIgnoreCase) && trimmed[^(bare.Length + 1)] is ' ' or ',')
            {
                end = TextScan.Trim(text, start, start + trimmed.Length - bare.Length, " ,").End;
                break;
            }
        }
        foreach (var range in NameSeparator.EnumerateSplits(text.AsSpan(start, end - start)))
        {
            var (offset, length) = range.GetOffsetAndLength(end - start);
            var raw = text.AsSpan(start + offset, length);
            if (raw.Trim(NamePunctuation).IsEmpty) continue;
            var lead = raw.Length - raw.TrimStart(NameSeparators).Length;
            var (at, size) = (start + offset + lead, raw.Trim(NameSeparators).Length);
            // "Иванов И. И. (отв. ред.)": the role in brackets after the name is no part of it.
            if (size > 2 && text[at + size - 1] == ')' && text.LastIndexOf('(', at + size - 1, size) is var open and > 0 && open > at)
                size = TextScan.Trim(text, at, open).End - at;
            // "проф. А. Б. Петрова", "академика И. А. Орбели": the title is no part of the name.
            foreach (var title in Vocabulary.AcademicTitles)
                if (size > title.Length + 1 && string.Compare(text, at, title, 0, title.Length, StringComparison.OrdinalIgnoreCase) == 0 && text[at + title.Length] == ' ')
                {
                    var skip = TextScan.Trim(text, at + title.Length, at + size).Start - at;
                    (at, size) = (at + skip, size - skip);
                    break;
                }
            // The groups are told from the match's shape (no Match, no groups made; tests compare).
            if (NameInitialsFirst.Find(text, at, size) is { } i) { names.Add(InitialsFirstName(text, i.Index, i.Length)); continue; }
            if (NameFamilyFirst.Find(text, at, size) is { } f) { names.Add(FamilyFirstName(text, f.Index, f.Length)); continue; }
            if (FullName.Match(text, at, size) is { Success: true } full && full.Length == size) { names.Add(FullNameOf(full)); continue; }
            if ((GeorgianInitialsFirst.Match(text, at, size) is { Success: true } gm ? gm : GeorgianFamilyFirst.Match(text, at, size)) is { Success: true } georgian)
            {
                names.Add(CslName.Person(georgian.Groups["fam"].Value, georgian.Groups["ini"].Value.Replace(" ", "").TrimEnd()));
                continue;
            }
            if (GeorgianFullName.Match(text, at, size) is { Success: true } gf && gf.Length == size && GeorgianGivenThenFamily(text, at, size) is { } named)
            {
                names.Add(named);
                continue;
            }
            return new List<CslName>(); // not a list of names: leave it to the caller to keep as text
        }
        return names;
    }

    // The name of a GeorgianFullName match: the word ending as a family name is the family's; where neither word tells,
    // the second (given name first); null where a word is in the genitive (-ს, a title's first word; the plural's -თა
    // before a body's noun: "ავტორთა კოლექტივი", where მართა alone is a given name).
    private static CslName? GeorgianGivenThenFamily(string text, int at, int size)
    {
        // A family told only by an ending given names share (ლევანი წერეთელი) tells nothing: the order is the Normaliser's call.
        if (PublicationReader.GeorgianNameInFull(text, at, size) is { } told && !PublicationReader.EndsAsGivenNamesDo(told.Family ?? "")) return told;
        // The pattern's \s also takes a no-break space or a tab between the words.
        var space = at;
        while (space < at + size && !char.IsWhiteSpace(text[space])) space++;
        if (space == at || space >= at + size - 1) return null;
        var first = text.AsSpan(at, space - at);
        var second = text.AsSpan(space + 1, at + size - space - 1);
        if (first[^1] == Vocabulary.GeorgianGenitiveEnding || second[^1] == Vocabulary.GeorgianGenitiveEnding
            || first.EndsWith(Vocabulary.GeorgianPluralGenitiveEnding, StringComparison.Ordinal) && IsBodyNoun(second) || PublicationReader.IsGeorgianFamily(first)) return null;
        return CslName.Person(second.ToString(), first.ToString());
    }

    private static bool IsBodyNoun(ReadOnlySpan<char> word)
    {
        foreach (var noun in Vocabulary.GeorgianBodyNouns)
            if (word.SequenceEqual(noun)) return true;
        return false;
    }

    /// <summary>
    /// The name of a <see cref="FullName"/> match: the family name is the word that ends as one (<c>Məmmədov Cahangir</c>),
    /// else the last (<c>Əli Məmmədov</c>, as a role's statement writes it); the patronymic is no part of the name.
    /// </summary>
    internal static CslName FullNameOf(Match m)
    {
        var (a, b) = (m.Groups["a"].Value, m.Groups["b"].Value);
        return Conventions.IsAzerbaijaniFamilyName(a) && !Conventions.IsAzerbaijaniFamilyName(b) ? CslName.Person(a, b) : CslName.Person(b, a);
    }

    /// <summary>
    /// The name of a <see cref="NameInitialsFirst"/> match: the family name holds no full stop, so the initials run to
    /// the last one and the one space that may follow it (the family name opens with a capital), the name to the end.
    /// </summary>
    internal static CslName InitialsFirstName(string text, int index, int length)
    {
        var end = index + length;
        var family = text.LastIndexOf('.', end - 1, length) + 1;
        if (char.IsWhiteSpace(text[family])) family++;
        return CslName.Person(text[family..end], text[index..family].Replace(" ", ""));
    }

    /// <summary>
    /// The name of a <see cref="NameFamilyFirst"/> match: the same shape as an author's family-then-initials match
    /// (the family name, with its particles and second name, runs to the space before the first initial; the initials to the end).
    /// </summary>
    internal static CslName FamilyFirstName(string text, int index, int length) =>
        PublicationReader.FamilyThenInitialsName(text, index, length);
}
