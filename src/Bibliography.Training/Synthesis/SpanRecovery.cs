using System.Xml;
using Bibliography.CiteProc;

namespace Bibliography.Training.Synthesis;

/// <summary>The words of a CSL locale the recovery looks for in rendered text: month names and the ibid term.</summary>
public sealed class LocaleWords
{
    private static readonly Dictionary<string, LocaleWords> Cache = new(StringComparer.Ordinal);

    /// <summary>Month names and abbreviations by month (index 0 is January), longest first.</summary>
    public IReadOnlyList<string[]> Months { get; }

    /// <summary>The forms of the ibid term, longest first.</summary>
    public IReadOnlyList<string> Ibid { get; }

    private LocaleWords(IReadOnlyList<string[]> months, IReadOnlyList<string> ibid)
    {
        Months = months;
        Ibid = ibid;
    }

    /// <summary>The words of <paramref name="locale"/> as <paramref name="resolver"/> serves it, with English as a fallback.</summary>
    public static LocaleWords For(string locale, LocaleResolver resolver)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(locale, out var found)) return found;
            var months = Enumerable.Range(0, 12).Select(_ => new List<string>()).ToList();
            var ibid = new List<string>();
            foreach (var tag in new[] { locale, "en-US" })
            {
                if (resolver.Find(tag) is not { } xml) continue;
                var doc = new XmlDocument { XmlResolver = null };
                doc.LoadXml(xml);
                foreach (XmlElement term in doc.GetElementsByTagName("term"))
                {
                    var name = term.GetAttribute("name");
                    var texts = term.HasChildNodes && term.FirstChild is XmlElement
                        ? term.ChildNodes.OfType<XmlElement>().Select(e => e.InnerText)
                        : [term.InnerText];
                    if (name.StartsWith("month-", StringComparison.Ordinal) && int.TryParse(name.AsSpan(6), out var m) && m is >= 1 and <= 12)
                        months[m - 1].AddRange(texts.Where(t => t.Length > 0));
                    else if (name == "ibid") ibid.AddRange(texts.Where(t => t.Length > 0));
                }
            }
            foreach (var p in new[] { Phrases.English, Phrases.Russian, Phrases.Azerbaijani })
                for (var m = 0; m < 12; m++) months[m].Add(p.Months[m]);
            var words = new LocaleWords(
                months.Select(l => l.Distinct().OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray()).ToList(),
                ibid.Distinct().OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList());
            Cache[locale] = words;
            return words;
        }
    }
}

/// <summary>
/// Turns the marks found in a rendered citation into labelled spans: a family name grows over the given name printed
/// beside it, the issued date is found from its year, and the ibid term is labelled where the style printed it.
/// </summary>
public static class SpanRecovery
{
    /// <summary>Spans of one rendered cluster, or the reason they cannot be trusted.</summary>
    /// <param name="text">The rendered text without sentinels.</param>
    /// <param name="found">The marks found in it.</param>
    /// <param name="marks">The document's marks.</param>
    /// <param name="slots">The item slots of the cluster, in the order they were cited.</param>
    /// <param name="items">The document's items, by slot.</param>
    /// <param name="words">The locale's months and ibid term.</param>
    /// <param name="sorted">True when the style sorts the items of a cluster, so their printed order must be found.</param>
    public static (List<Span> Spans, List<string?> Sources, string? Broken) Recover(
        string text, IReadOnlyList<FoundMark> found, IReadOnlyList<Mark> marks, IReadOnlyList<int> slots, IReadOnlyList<SynthItem> items, LocaleWords words, bool sorted = false)
    {
        var order = slots.ToList();
        if (sorted && slots.Count > 1)
        {
            // A style that sorts the cluster prints its items in an order found from where their marks are.
            var firstSeen = new Dictionary<int, int>();
            foreach (var f in found.OrderBy(f => f.Start))
                firstSeen.TryAdd(marks[f.Mark].Slot, f.Start);
            if (slots.Any(s => !firstSeen.ContainsKey(s))) return ([], [], "unordered-citations");
            order = slots.OrderBy(s => firstSeen[s]).ToList();
        }
        int CitationOf(int slot) => Math.Max(0, order.IndexOf(slot));

        var spans = new List<Span>();
        var sources = new List<string?>();
        var taken = new bool[text.Length + 1];
        var givens = new List<string?>();
        foreach (var f in found)
        {
            if (f.End <= f.Start) continue;
            var mark = marks[f.Mark];
            givens.Add(mark.Given);
            spans.Add(new Span(f.Start, f.End, mark.Label, CitationOf(mark.Slot)));
            sources.Add(Labels.IsName(mark.Label) ? null : mark.Value);
            for (var i = f.Start; i < f.End; i++)
            {
                if (taken[i]) return (spans, sources, "overlap");
                taken[i] = true;
            }
        }

        // The two ends of a page range, marked apart, become one span again when printed as a range.
        for (var k = spans.Count - 1; k > 0; k--)
        {
            var (a, b) = (spans[k - 1], spans[k]);
            if (a.Label != Labels.Pages || b.Label != Labels.Pages || a.Citation != b.Citation || b.Start - a.End != 1 || text[a.End] is not ('–' or '-' or '—')) continue;
            spans[k - 1] = a with { End = b.End };
            sources[k - 1] = sources[k - 1] + "–" + sources[k];
            spans.RemoveAt(k);
            sources.RemoveAt(k);
            givens.RemoveAt(k);
        }

        // Given names: extend each family span over the given name printed next to it.
        for (var k = 0; k < spans.Count; k++)
        {
            if (givens[k] is not { } given) continue;
            var s = spans[k];
            var left = GivenBefore(text, s.Start, given, taken);
            var right = GivenAfter(text, s.End, given, taken);
            if (left >= 0 && right >= 0) return (spans, sources, "ambiguous-given-name");
            var start = left >= 0 ? left : s.Start;
            var end = right >= 0 ? right : s.End;
            for (var i = start; i < end; i++) taken[i] = true;
            spans[k] = s with { Start = start, End = end };
        }

        // Dates: the year of each cited item, grown over the day and month printed beside it.
        foreach (var slot in order)
        {
            if (items[slot].Issued is not { } date) continue;
            var (from, to) = Region(spans, order.IndexOf(slot), text.Length);
            var year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            for (var at = text.IndexOf(year, from, to - from, StringComparison.Ordinal); at >= 0; at = at + 1 < to ? text.IndexOf(year, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
            {
                if (at > 0 && char.IsDigit(text[at - 1]) || at + 4 < text.Length && char.IsDigit(text[at + 4])) continue;
                if (Enumerable.Range(at, 4).Any(i => taken[i])) continue;
                var (ds, de) = GrowDate(text, at, at + 4, date, words, taken);
                for (var i = ds; i < de; i++) taken[i] = true;
                spans.Add(new Span(ds, de, Labels.Date, CitationOf(slot)));
                sources.Add(null);
                break;
            }
        }

        // Ibid as the style printed it.
        var folded = string.Concat(text.Select(Fold));
        foreach (var term in words.Ibid.Select(t => string.Concat(t.Select(Fold))))
        {
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                if (Enumerable.Range(at, term.Length).Any(i => taken[i])) continue;
                if (at > 0 && char.IsLetter(text[at - 1]) || at + term.Length < text.Length && char.IsLetter(text[at + term.Length])) continue;
                for (var i = at; i < at + term.Length; i++) taken[i] = true;
                spans.Add(new Span(at, at + term.Length, Labels.Ibid, IbidCitation(text, spans, at, at + term.Length, order.Count)));
                sources.Add(null);
            }
        }
        return (spans, sources, null);
    }

    // Ibid belongs to the citation it opens: the next span's, unless a citation delimiter comes first; then to the one
    // citation that printed nothing else, else the previous span's.
    private static int IbidCitation(string text, List<Span> spans, int start, int end, int citations)
    {
        var next = spans.Where(x => x.Start >= end && x.Label != Labels.Ibid).OrderBy(x => x.Start).FirstOrDefault();
        if (next is not null && text.IndexOf(';', end, next.Start - end) < 0) return next.Citation;
        var silent = Enumerable.Range(0, citations).Where(c => !spans.Any(x => x.Citation == c && x.Label != Labels.Ibid)).ToList();
        if (silent.Count == 1) return silent[0];
        var previous = spans.Where(x => x.End <= start && x.Label != Labels.Ibid).OrderByDescending(x => x.End).FirstOrDefault();
        return previous?.Citation ?? next?.Citation ?? 0;
    }

    // The stretch of text a citation occupies: from its first span to the first span of the next citation.
    private static (int From, int To) Region(List<Span> spans, int citation, int length)
    {
        var own = spans.Where(s => s.Citation == citation).ToList();
        var from = own.Count > 0 ? own.Min(s => s.Start) : 0;
        var later = spans.Where(s => s.Citation > citation && s.Start >= from).ToList();
        var to = later.Count > 0 ? later.Min(s => s.Start) : length;
        return (from, Math.Max(from, to));
    }

    private static (int Start, int End) GrowDate(string text, int start, int end, IssuedDate date, LocaleWords words, bool[] taken)
    {
        var day = date.Day?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var month = date.Month;
        for (var step = 0; step < 2; step++)
        {
            // Leftwards: separators, then a day or a month name ending there.
            var p = start;
            var gap = 0;
            while (p > 0 && gap < 2 && text[p - 1] is ' ' or '\u00A0' or ',' or '.' or '/' or '-') { p--; gap++; }
            if (gap > 0 || p == start)
            {
                var token = TokenEnding(text, p, day, month, words);
                if (token > 0 && !Enumerable.Range(p - token, token).Any(i => taken[i])) { start = p - token; continue; }
            }
            break;
        }
        for (var step = 0; step < 2; step++)
        {
            var p = end;
            var gap = 0;
            while (p < text.Length && gap < 2 && text[p] is ' ' or '\u00A0' or ',' or '.' or '/' or '-') { p++; gap++; }
            if (gap > 0)
            {
                var token = TokenStarting(text, p, day, month, words);
                if (token > 0 && !Enumerable.Range(p, token).Any(i => taken[i])) { end = p + token; continue; }
            }
            break;
        }
        return (start, end);
    }

    private static int TokenEnding(string text, int p, string? day, int? month, LocaleWords words)
    {
        foreach (var candidate in Candidates(day, month, words))
            if (p >= candidate.Length && string.Compare(text, p - candidate.Length, candidate, 0, candidate.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (p - candidate.Length == 0 || !char.IsLetterOrDigit(text[p - candidate.Length - 1])))
                return candidate.Length;
        return 0;
    }

    private static int TokenStarting(string text, int p, string? day, int? month, LocaleWords words)
    {
        foreach (var candidate in Candidates(day, month, words))
            if (p + candidate.Length <= text.Length && string.Compare(text, p, candidate, 0, candidate.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (p + candidate.Length == text.Length || !char.IsLetterOrDigit(text[p + candidate.Length])))
                return candidate.Length;
        return 0;
    }

    private static IEnumerable<string> Candidates(string? day, int? month, LocaleWords words)
    {
        if (month is { } m)
        {
            foreach (var name in words.Months[m - 1]) yield return name;
            yield return m.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            yield return m.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (day is not null)
        {
            if (day.Length == 1) yield return "0" + day;
            yield return day;
        }
    }

    private static readonly char[] NameSpaces = [' ', '\u00A0', '\u202F'];

    /// <summary>Where the given name printed before a family name starts, or -1.</summary>
    internal static int GivenBefore(string text, int familyStart, string given, bool[] taken)
    {
        var end = familyStart;
        if (end > 0 && Array.IndexOf(NameSpaces, text[end - 1]) >= 0) end--;
        else if (!(end > 0 && text[end - 1] == '.')) return -1;
        var best = -1;
        for (var c = Math.Max(0, end - given.Length - 12); c < end; c++)
        {
            if (c > 0 && char.IsLetterOrDigit(text[c - 1])) continue;
            if (Enumerable.Range(c, end - c).Any(i => taken[i])) continue;
            if (MatchGiven(text, c, given) == end) { best = c; break; }
        }
        return best;
    }

    /// <summary>Where the given name printed after a family name ends, or -1.</summary>
    internal static int GivenAfter(string text, int familyEnd, string given, bool[] taken)
    {
        var p = familyEnd;
        if (p < text.Length && text[p] == ',') p++;
        var spaces = 0;
        while (p < text.Length && Array.IndexOf(NameSpaces, text[p]) >= 0) { p++; spaces++; }
        if (spaces == 0) return -1;
        // Some French styles print the given name in parentheses: Шнирельман (П. А.).
        var parenthesised = p < text.Length && text[p] == '(';
        if (parenthesised) p++;
        var end = MatchGiven(text, p, given);
        if (end < 0 || Enumerable.Range(p, end - p).Any(i => taken[i])) return -1;
        if (parenthesised) return end < text.Length && text[end] == ')' ? end + 1 : -1;
        if (end < text.Length && char.IsLetterOrDigit(text[end])) return -1;
        return end;
    }

    /// <summary>Matches a given name at <paramref name="p"/>, whole or initialised (I. I., I.I., I.-P., II, Zh), returning its end or -1.</summary>
    internal static int MatchGiven(string text, int p, string given)
    {
        var tokens = given.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var start = p;
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            var before = p;
            if (k > 0)
            {
                while (p < text.Length && (Array.IndexOf(NameSpaces, text[p]) >= 0 || text[p] == '-')) p++;
            }
            // The token whole (citeproc-js turns ' into ’), or without its period (Zh. printed Zh).
            if (Whole(text, p, token) is var whole and > 0 || Whole(text, p, token.TrimEnd('.')) is var bare and > 0 && (whole = bare) > 0)
            {
                p += whole;
                continue;
            }
            if (p < text.Length && char.ToUpperInvariant(text[p]) == char.ToUpperInvariant(token[0]) && char.IsLetter(token[0])
                && (p + 1 == text.Length || !char.IsLetter(text[p + 1]) || k + 1 < tokens.Length && char.ToUpperInvariant(text[p + 1]) == char.ToUpperInvariant(tokens[k + 1][0])))
            {
                p++;
                if (p < text.Length && text[p] == '.') p++;
                continue;
            }
            if (k == 0) return -1;
            // A style may print only the first given name.
            p = before;
            break;
        }
        // Trailing spaces are not part of the name.
        while (p > start && Array.IndexOf(NameSpaces, text[p - 1]) >= 0) p--;
        return p > start ? p : -1;
    }

    // The length of token at p when it stands there whole (not followed by a letter), else 0.
    private static int Whole(string text, int p, string token)
    {
        if (token.Length == 0 || p + token.Length > text.Length) return 0;
        for (var i = 0; i < token.Length; i++)
        {
            char a = Fold(text[p + i]), b = Fold(token[i]);
            if (a != b) return 0;
        }
        return p + token.Length == text.Length || !char.IsLetter(text[p + token.Length]) ? token.Length : 0;
    }

    // Case and apostrophe folding, as styles change both (text-case, smart quotes; Turkish İ from capitalising i).
    internal static char Fold(char c) => c switch
    {
        '\u2019' or '\u02BC' => '\'',
        '\u0130' or '\u0131' => 'I',
        _ => char.ToUpperInvariant(c),
    };
}
