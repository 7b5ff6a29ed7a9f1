using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>Forms of Georgian publications that the general readers do not know (kept apart so they stay Georgian).</summary>
internal static class GeorgianForms
{
    /// <summary>The most letters of the count before a set-size word (<c>ოცდაათ ტომად</c>, "in thirty volumes").</summary>
    private const int MaxCountLength = 12;

    /// <summary>
    /// Where the size of a multi-volume set closes text[start..end) (<c>თსკ ათ ტომად</c>, <c>თხზულებანი 5 ტომად</c>: a count,
    /// then <see cref="Vocabulary.GeorgianSetSizeWords"/>), so that the title ends before it; -1 where it does not, or
    /// where nothing of a title would be left.
    /// </summary>
    public static int SetSizeStart(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .,;:");
        foreach (var word in Vocabulary.GeorgianSetSizeWords)
        {
            if (e - s <= word.Length + 2 || string.CompareOrdinal(text, e - word.Length, word, 0, word.Length) != 0 || text[e - word.Length - 1] != ' ') continue;
            var countEnd = e - word.Length - 1;
            var count = countEnd;
            while (count > s && (IsGeorgianLetter(text[count - 1]) || char.IsAsciiDigit(text[count - 1]))) count--;
            if (count == countEnd || countEnd - count > MaxCountLength || count <= s || text[count - 1] != ' ') return -1;
            var titleEnd = TextScan.Trim(text, s, count - 1, " ,").End;
            return titleEnd > s ? titleEnd : -1;
        }
        return -1;
    }

    /// <summary>The most parts between " - " of an edition's line (year, title, volume, number).</summary>
    private const int MaxDashedParts = 4;

    /// <summary>
    /// Reads a document's place in a Georgian edition as document collections print it, parts joined by " - "
    /// (<c>1965 - ქართული სამართლის ძეგლები - ტომი II - N 40</c>): the year of the edition, if it opens the line, the
    /// title, the volume (a remark in brackets after it is recorded nowhere) and the document's number, the locator.
    /// Null unless the title and a volume or a number are there and nothing else.
    /// </summary>
    public static PublicationCitation? ReadDashedEdition(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;");
        if (e - s < 8) return null;
        Located? year = null, title = null, volume = null;
        CitedLocator? locator = null;
        var parts = 0;
        for (var p = s; p < e; )
        {
            var dash = text.IndexOf(" - ", p, e - p, StringComparison.Ordinal);
            var partEnd = dash < 0 ? e : dash;
            var (ps, pe) = TextScan.Trim(text, p, partEnd);
            p = dash < 0 ? e : dash + 3;
            if (pe <= ps || ++parts > MaxDashedParts) return null;
            if (parts == 1 && pe - ps == 4 && Conventions.IsYear(text.AsSpan(ps, 4))) { year = new Located(text[ps..pe], new TextSpan(ps, 4)); continue; }
            if (title is null)
            {
                if (!IsGeorgianLetter(text[ps])) return null;
                title = new Located(text[ps..pe], new TextSpan(ps, pe - ps));
                continue;
            }
            if (volume is null && locator is null && Volume(text, ps, pe) is { } v) { volume = v; continue; }
            if (locator is null && Number(text, ps, pe) is { } n) { locator = n; continue; }
            return null;
        }
        if (title is null || volume is null && locator is null) return null;
        return new PublicationCitation
        {
            Text = text[s..e],
            Span = new TextSpan(s, e - s),
            Kind = PublicationKind.Book,
            Title = title,
            Volume = volume,
            Year = year,
            Locator = locator,
            Language = "ka",
        };
    }

    // "ტომი III", "ტომი III (დამატება)": the volume, a bracketed remark after it recorded nowhere.
    private static Located? Volume(string text, int s, int e)
    {
        foreach (var keyword in Vocabulary.GeorgianVolumeKeywords)
        {
            if (e - s <= keyword.Length || string.CompareOrdinal(text, s, keyword, 0, keyword.Length) != 0) continue;
            var v = TextScan.Trim(text, s + keyword.Length, e).Start;
            var ve = v;
            while (ve < e && (char.IsAsciiDigit(text[ve]) || text[ve] is 'I' or 'V' or 'X' or 'L')) ve++;
            if (ve == v) return null;
            var rest = TextScan.Trim(text, ve, e).Start;
            if (rest < e && !(text[rest] == '(' && text[e - 1] == ')')) return null;
            return new Located(text[v..ve], new TextSpan(v, ve - v));
        }
        return null;
    }

    // "N 40", "№ 5": the document's number, read as the locator.
    private static CitedLocator? Number(string text, int s, int e)
    {
        foreach (var sign in Vocabulary.DocumentNumberSigns)
        {
            if (e - s <= sign.Length || string.CompareOrdinal(text, s, sign, 0, sign.Length) != 0) continue;
            var v = TextScan.Trim(text, s + sign.Length, e).Start;
            if (v >= e || v == s + sign.Length) return null;
            for (var i = v; i < e; i++)
                if (!char.IsAsciiDigit(text[i])) return null;
            return new CitedLocator(text[v..e], LocatorLabels.Page, sign, text[v..e], new TextSpan(s, e - s));
        }
        return null;
    }

    private static bool IsGeorgianLetter(char c) => c is >= '\u10D0' and <= '\u10FF';
}
