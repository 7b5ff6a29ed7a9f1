namespace Bibliography.Parsing;

/// <summary>Small forms of Georgian publications that the general readers ask about (kept apart so they stay Georgian).</summary>
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

    private static bool IsGeorgianLetter(char c) => c is >= '\u10D0' and <= '\u10FF';
}
