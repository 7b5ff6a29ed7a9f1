using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>
/// Reads a file kept in a Georgian repository named in words, as Georgian chronicles and editions give their sources:
/// the repository (<c>კ. კეკელიძის სახ. ხელნაწერთა ეროვნული ცენტრი</c>), a fond named in words
/// (<c>ი. ჭავჭავაძის პირადი საარქივო ფონდი</c>) or by number (<c>ფ. 133</c>), a word for what is kept
/// (<c>ავტოგრაფი</c>, <c>ასლი</c>), then <c>№</c> and the file's number, and a page or folio. The levels are not the
/// fond/opis/delo keywords of a shelf mark, which <see cref="ArchivalReader"/> reads.
/// </summary>
internal static class GeorgianRepositoryReader
{
    /// <summary>The most words of one named part (a repository's or a fond's name).</summary>
    private const int MaxWords = 10;

    /// <summary>The most comma-separated parts before the number sign (repository, fond, a word for what is kept).</summary>
    private const int MaxParts = 4;

    /// <summary>
    /// The file in text[start..end) if the part is so written (see the class), else null. <paramref name="next"/> is
    /// where a further citation begins after the file's full stop (<c>… № 40-1505. ი. ჭავჭავაძე, …</c>), else end.
    /// </summary>
    public static ArchivalCitation? Read(string text, int start, int end, out int next)
    {
        next = end;
        var (s, e) = TextScan.Trim(text, start, end, " .;");
        if (e - s < 8 || !TextScan.IsGeorgian(text[s])) return null;
        // "დედანი: …", "პირი: …": a charter page's label before the collection (Vocabulary.GeorgianSourceLabels).
        foreach (var label in Vocabulary.GeorgianSourceLabels)
            if (e - s > label.Length + 2 && string.CompareOrdinal(text, s, label, 0, label.Length) == 0 && text[s + label.Length] == ':')
            {
                s = TextScan.Trim(text, s + label.Length + 1, e).Start;
                break;
            }
        var (sign, signLength, innerNumber) = FileSign(text, s, e);
        if (sign <= s) return null;
        // The named parts before the sign, by their commas.
        Located? archive = null;
        ArchivalLevel? fond = null;
        var parts = 0;
        for (var p = s; p < sign; )
        {
            var comma = text.IndexOf(',', p, sign - p);
            var partEnd = comma < 0 ? sign : comma;
            // "გელათის საბუთები - N 071": a dash may stand between the collection and its number.
            var (ps, pe) = TextScan.Trim(text, p, partEnd, " -");
            p = partEnd + 1;
            if (pe <= ps) continue;
            if (++parts > MaxParts) return null;
            var part = text.AsSpan(ps, pe - ps);
            if (IsFileWord(part) || part.SequenceEqual(Vocabulary.GeorgianLostWord)) continue;
            if (FondNumber(text, ps, pe) is { } numbered && fond is null && archive is not null) { fond = numbered; continue; }
            // The collection's own number ("№ 507") belongs to its part only, the last before the sign.
            if (!IsNamed(part, innerNumber && partEnd == sign)) return null;
            if (archive is null && fond is null && EndsWithAny(part, Vocabulary.GeorgianRepositoryWords))
                archive = new Located(text[ps..pe], new TextSpan(ps, pe - ps));
            else if (fond is null && EndsWithAny(part, Vocabulary.GeorgianFondWords))
                fond = new ArchivalLevel(ArchivalLevelKind.Fond, "", text[ps..pe], new TextSpan(ps, pe - ps));
            else return null;
        }
        if (archive is null && fond is null) return null;
        // The file: digits, maybe in groups of three ("17 540") or with a part after a hyphen ("40-1505"); "?" where unknown.
        var v = TextScan.Trim(text, sign + signLength, e).Start;
        var levels = new List<ArchivalLevel>(2);
        if (fond is not null) levels.Add(fond);
        int after;
        if (v < e && char.IsAsciiDigit(text[v]))
        {
            var d = Digits(text, v, e);
            if (d + 1 < e && text[d] == '-' && char.IsAsciiDigit(text[d + 1])) d = Digits(text, d + 1, e);
            if (d < e && char.IsLetterOrDigit(text[d])) return null;
            levels.Add(new ArchivalLevel(ArchivalLevelKind.Delo, Vocabulary.NumberSign, text[v..d], new TextSpan(sign, d - sign)));
            after = d;
        }
        else if (v < e && text[v] == '?') after = v + 1;
        else return null;
        // What follows: nothing, a page or folio, or a full stop before a further citation.
        CitedLocator? locator = null;
        var stop = e;
        var (rs, _) = TextScan.Trim(text, after, e, " ,");
        // "… № 144 (დაკარგულია)", "… N 071 დაკარგულია": the remark that the original is lost closes the part.
        if (rs < e && IsLostRemark(text, rs, e)) rs = e;
        if (rs < e)
        {
            if (text[rs] == '.' && TextScan.Trim(text, rs + 1, e).Start is var further && further < e)
                (stop, next) = (after, further);
            else if (LocatorReader.ReadAtEnd(text, after, e) is var (read, at) && TextScan.Trim(text, after, at, " ,") is var (gs, ge) && ge <= gs)
                locator = read;
            else if (FolioAfterFile(text, rs, e) is { } folio) locator = folio;
            else return null;
        }
        var (ts, te) = TextScan.Trim(text, s, stop, " ,");
        return new ArchivalCitation
        {
            Text = text[ts..te],
            Span = new TextSpan(ts, te - ts),
            ArchiveName = archive,
            Levels = levels,
            ShelfMark = text[(fond?.Span.Offset ?? sign)..after],
            Locator = locator,
            Language = "ka",
        };
    }

    // "… № 108, ფ. 18, 19": after the file, ფ. is its folio (Vocabulary.GeorgianFondOrFolio), with numbers only after it.
    private static CitedLocator? FolioAfterFile(string text, int s, int e)
    {
        if (TextScan.OpeningKeyword(text, s, e, [Vocabulary.GeorgianFondOrFolio]) is not var (keyword, v)) return null;
        if (v >= e || !char.IsAsciiDigit(text[v])) return null;
        for (var i = v; i < e; i++)
            if (!(char.IsAsciiDigit(text[i]) || text[i] is ',' or ' ' or '-' or '–' or '—')) return null;
        var value = text[v..e];
        return new CitedLocator(LocatorReader.Canonical(value), LocatorLabels.Folio, keyword, value, new TextSpan(s, e - s));
    }

    // "ფ. 133", "ფონდი 4": a fond by its keyword and number, after the repository.
    private static ArchivalLevel? FondNumber(string text, int s, int e)
    {
        foreach (var keyword in Vocabulary.GeorgianFondKeywords)
        {
            if (e - s <= keyword.Length || string.CompareOrdinal(text, s, keyword, 0, keyword.Length) != 0) continue;
            var v = TextScan.Trim(text, s + keyword.Length, e).Start;
            if (v == s + keyword.Length && keyword[^1] != '.' || v >= e || Digits(text, v, e) != e) continue;
            return new ArchivalLevel(ArchivalLevelKind.Fond, keyword, text[v..e], new TextSpan(s, e - s));
        }
        return null;
    }

    // Words in Georgian script (initials and "სახ." with their full stops), a few of them, no digit; where the
    // collection has a number of its own (innerNumber: "სინოდის კანტორის № 507 პირების კრებული"), that "№ 507" too.
    private static bool IsNamed(ReadOnlySpan<char> part, bool innerNumber)
    {
        if (!TextScan.IsGeorgian(part[0]) || !innerNumber && part.IndexOfAnyInRange('0', '9') >= 0 || part.Count(' ') >= MaxWords) return false;
        foreach (var c in part)
            if (!(TextScan.IsGeorgian(c) || c is ' ' or '.' or '-' || innerNumber && (char.IsAsciiDigit(c) || c == Vocabulary.NumberSign[0]))) return false;
        return true;
    }

    /// <summary>
    /// The sign before the file's number in text[s..e): the first <c>№</c>, or the next one where the first numbers the
    /// collection itself, Georgian words following its number (<c>… № 507 პირების კრებული - № 365</c>: innerNumber);
    /// without a <c>№</c>, an <c>N</c> standing alone before a digit (<c>… საბუთები - N 071</c>). (-1, 0, false) if none.
    /// </summary>
    private static (int Sign, int Length, bool InnerNumber) FileSign(string text, int s, int e)
    {
        var sign = text.IndexOf(Vocabulary.NumberSign, s, e - s, StringComparison.Ordinal);
        if (sign > s)
        {
            var v = TextScan.Trim(text, sign + Vocabulary.NumberSign.Length, e).Start;
            var d = v;
            while (d < e && char.IsAsciiDigit(text[d])) d++;
            var second = d < e ? text.IndexOf(Vocabulary.NumberSign, d, e - d, StringComparison.Ordinal) : -1;
            if (d > v && d + 1 < e && text[d] == ' ' && TextScan.IsGeorgian(text[d + 1]) && second > d) return (second, Vocabulary.NumberSign.Length, true);
            return (sign, Vocabulary.NumberSign.Length, false);
        }
        var n = Vocabulary.NumberSignAsN;
        for (var i = text.IndexOf(SpacedN, s, e - s, StringComparison.Ordinal); i > s; i = text.IndexOf(SpacedN, i + 1, e - i - 1, StringComparison.Ordinal))
            if (i + n.Length + 2 < e && char.IsAsciiDigit(text[i + n.Length + 2])) return (i + 1, n.Length, false);
        return (-1, 0, false);
    }

    // " N ": the N of a file's number written alone, searched for once per part without building it again.
    private static readonly string SpacedN = " " + Vocabulary.NumberSignAsN + " ";

    // "(დაკარგულია).", "დაკარგულია": the lost original's remark, alone in what is left of the part.
    private static bool IsLostRemark(string text, int s, int e)
    {
        var (rs, re) = TextScan.Trim(text, s, e, " .()");
        return re - rs == Vocabulary.GeorgianLostWord.Length && string.CompareOrdinal(text, rs, Vocabulary.GeorgianLostWord, 0, re - rs) == 0;
    }

    private static bool IsFileWord(ReadOnlySpan<char> part)
    {
        foreach (var word in Vocabulary.GeorgianFileWords)
            if (part.SequenceEqual(word)) return true;
        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> part, IReadOnlyList<string> words)
    {
        foreach (var word in words)
            if (part.EndsWith(word, StringComparison.Ordinal) && (part.Length == word.Length || part[^(word.Length + 1)] == ' ')) return true;
        return false;
    }

    // The end of a number at text[i], its digits maybe in groups of three set apart by a space ("17 540").
    private static int Digits(string text, int i, int e)
    {
        while (i < e && char.IsAsciiDigit(text[i])) i++;
        while (i + 3 < e && text[i] == ' ' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
               && (i + 4 == e || !char.IsAsciiDigit(text[i + 4])))
            i += 4;
        return i;
    }

}
