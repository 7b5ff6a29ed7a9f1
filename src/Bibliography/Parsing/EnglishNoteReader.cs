using System.Text.RegularExpressions;
using Bibliography.Model;

namespace Bibliography.Parsing;

/// <summary>
/// Reads English (Chicago/Turabian) notes: the name first, then the title, then the imprint in parentheses —
/// <c>A. B. Ivanov, Istoriia (Moscow: Nauka, 1985), 112–14</c>, <c>Iu. Petrov, "Title," Voprosy istorii 8 (1990): 73</c>,
/// <c>"Title," in Book, ed. X. Y. Z (Place: Publisher, Year), 5</c> — and their short forms (<c>Ivanov, Istoriia, 115</c>).
/// </summary>
/// <remarks>
/// Every step is a scan of the part from one end, so a read is linear in the part's length; the few retries after
/// leading prose are bounded by <see cref="MaxProseSkips"/>.
/// </remarks>
internal static class EnglishNoteReader
{
    // "op. cit." as an English note writes it, a part of its own after a comma.
    private static readonly Regex EnglishOpCit = new("^(?:" + Vocabulary.EnglishOpCit + ")$", Conventions.Anchored | RegexOptions.IgnoreCase);

    /// <summary>How many sentences of prose before a citation are skipped at most (each retry rescans the rest).</summary>
    private const int MaxProseSkips = 8;

    /// <summary>
    /// Reads text[start..end) as an English note citation, or null when it does not have that shape. Where the citation
    /// ends before the part does (prose or another citation follows its page: <c>…, 45. See also …</c>),
    /// <paramref name="next"/> is where the rest begins; else it is <paramref name="end"/>.
    /// </summary>
    public static ParsedCitation? Read(string text, int start, int end, out int next)
    {
        next = end;
        var (s, e) = TextScan.Trim(text, start, end, " .;,");
        if (e <= s) return null;
        // Only the text up to the cut is looked at, so reading a part's citations one after another stays linear.
        var cut = SentenceAfterPage(text, s, e);
        // English notes transliterate: a Cyrillic part is GOST, read by the publication reader.
        if (text.AsSpan(s, cut - s).ContainsAnyInRange('\u0400', '\u04FF')) return null;
        // "Ivanov I. I. Title." puts the initials after the name: GOST, read by the publication reader.
        // ("Lubomyr Y. Luciuk, Title" is a given name, an initial and the family name before the comma: English.)
        if (PublicationReader.FamilyThenInitials.Find(text, s, cut - s) is { } gost && !FamilyFollows(text, gost.Index + gost.Length, cut)) return null;
        if (ReadDatedNewspaper(text, s, cut, start) is { } newspaper)
        {
            if (cut < e) next = cut + 1;
            return newspaper;
        }
        var found = ReadAt(text, s, cut, start, cut, afterProse: false);
        // Prose before the citation: retry from where each of its first sentences (or a colon's clause) ends, and
        // after "see" or ", in" inside a sentence.
        var tries = 0;
        for (var i = s + 1; found is null && i < cut - 2 && tries < MaxProseSkips; i++)
        {
            var from = -1;
            var prose = true; // a sentence before, not "see" or "in": a name and a year alone are no citation after it
            if (text[i] is '.' or ':' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !(text[i] == '.' && IsInitialBefore(text, s, i)))
                from = i + 2;
            else if (text[i] == ' ' && i + 4 < cut && string.CompareOrdinal(text, i + 1, "see ", 0, 4) == 0)
                from = i + 1;
            else if (text[i] == ' ' && i + 4 < cut && string.CompareOrdinal(text, i + 1, "in ", 0, 3) == 0 && char.IsUpper(text[i + 4]))
                (from, prose) = (i + 4, false);
            if (from < 0) continue;
            tries++;
            found = ReadAt(text, from, cut, start, cut, afterProse: prose);
        }
        if (found is not null && cut < e) next = cut + 1;
        return found;
    }

    /// <summary>
    /// Where a citation ends when a sentence follows its page (<c>…, 45. He gives…</c>): at the full stop after a
    /// digit and before a capital; else <paramref name="e"/>.
    /// </summary>
    public static int SentenceAfterPage(string text, int s, int e)
    {
        for (var i = s + 1; i + 2 < e; i++)
            if (text[i] == '.' && text[i + 1] == ' ' && char.IsDigit(text[i - 1]) && char.IsUpper(text[i + 2]))
                return i;
        return e;
    }

    // "Zaria vostoka, May 27, 1937", "Izvestiia, 25 June 1990, p. 3": a newspaper's name, then the day and month, then
    // the year.
    private static NewspaperCitation? ReadDatedNewspaper(string text, int s, int e, int start)
    {
        var locator = LocatorReader.ReadAtEnd(text, s, e, folioAllowed: false);
        var le = locator is { } l ? TextScan.Trim(text, s, l.Start, " ,.").End : e;
        var y = YearAtEnd(text, s, le);
        if (y <= s) return null;
        var (_, before) = TextScan.Trim(text, s, y, " ,");
        var comma = before > s ? text.LastIndexOf(',', before - 1, before - s) : -1;
        if (comma <= s || !IsDayAndMonth(text, comma + 1, before)) return null;
        var title = TextScan.Locate(text, s, comma, " ,.");
        if (title is null || !char.IsUpper(title.Value[0]) || title.Value.Any(c => char.IsDigit(c) || IsQuote(c) || c is ',' or '(')
            || title.Value.Split(' ').Length > 4)
            return null;
        var date = TextScan.Locate(text, comma + 1, y + 4)!;
        var words = TextScan.Locate(text, comma + 1, before, " .")!.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (dayWord, monthWord) = char.IsDigit(words[0][0]) ? (words[0], words[1]) : (words[1], words[0]);
        var (ts, te) = TextScan.Trim(text, start, e);
        return new NewspaperCitation
        {
            Text = text[ts..te],
            Span = new TextSpan(ts, te - ts),
            Title = title,
            Date = CslDate.FromParts(int.Parse(text.AsSpan(y, 4)), Conventions.MonthOf(monthWord), int.Parse(dayWord)),
            DateWritten = date,
            Locator = locator?.Locator,
            Language = LanguageDetector.Detect(title.Value),
        };
    }

    // True when a family name and a comma follow at, as after the middle initial of "Lubomyr Y. Luciuk, Title".
    private static bool FamilyFollows(string text, int at, int e)
    {
        while (at < e && text[at] == ' ') at++;
        var w = at;
        while (w < e && text[w] is not (' ' or ',')) w++;
        return w > at && w < e && text[w] == ',' && IsNameWord(text[at..w]);
    }

    // True when the full stop at dot closes an initial (a lone capital, or a digraph like "Iu").
    private static bool IsInitialBefore(string text, int s, int dot)
    {
        var w = dot;
        while (w > s && char.IsLetter(text[w - 1])) w--;
        var length = dot - w;
        return length is 1 or 2 && char.IsUpper(text[w]) && (w == s || !char.IsLetter(text[w - 1]));
    }

    // afterProse: the part's first sentences were skipped as prose; then only a citation with a title is taken (a
    // sentence like "Tbilisi, 1933, s. 5" closing a GOST citation would read as a name and a year).
    private static PublicationCitation? ReadAt(string text, int s, int e, int start, int end, bool afterProse)
    {
        var opened = s;
        s = SkipCommentary(text, s, e);
        // After "See" or "in" a name and a year are a citation even where a sentence of prose came before.
        afterProse &= s == opened;
        (s, e) = TextScan.Trim(text, s, e, " .;,");
        if (e <= s || !(char.IsUpper(text[s]) || IsQuote(text[s]))) return null;

        // A commentary in parentheses after the locator: "..., 156 (emphasis in the original)".
        e = DropTrailingCommentary(text, s, e);

        CitedLocator? locator = null;
        if (LocatorReader.ReadAtEnd(text, s, e, folioAllowed: false) is { } keyed)
        {
            locator = keyed.Locator;
            e = keyed.Start;
        }
        else if (LocatorReader.ReadBareAtEnd(text, s, e) is { } bare)
        {
            locator = bare.Locator;
            e = bare.Start;
        }
        (s, e) = TextScan.Trim(text, s, e, " .,:;");
        if (e <= s) return null;

        // The imprint: "(Place: Publisher, Year)", "(Year)" after a journal, or ", Place, Year" unbracketed.
        Located? place = null, publisher = null, year = null;
        var imprinted = false;
        var bracketed = false;
        if (text[e - 1] == ')' && MatchingOpen(text, s, e - 1) is var open and >= 0 && ReadImprint(text, open + 1, e - 1, out place, out publisher, out year))
        {
            imprinted = bracketed = true;
            (s, e) = TextScan.Trim(text, s, open, " .,:;");
        }
        else if (YearAtEnd(text, s, e) is var y and >= 0)
        {
            year = new Located(text[y..(y + 4)], new TextSpan(y, 4));
            imprinted = true;
            var (hs, he) = TextScan.Trim(text, s, y, " .,:;");
            // "Publisher: Place Year" or ", Place, Year": the segment before the year after the last comma.
            var comma = LastIndexOutsideQuotes(text, hs, he, ',');
            if (comma > hs)
            {
                var segment = TextScan.Locate(text, comma + 1, he, " .,:;");
                if (segment is not null && LooksLikePlaceOrImprint(segment.Value))
                {
                    var colon = segment.Value.IndexOf(':');
                    if (colon > 0)
                    {
                        publisher = TextScan.Locate(text, segment.Span.Offset, segment.Span.Offset + colon);
                        place = TextScan.Locate(text, segment.Span.Offset + colon + 1, segment.Span.End);
                    }
                    else place = segment;
                    he = comma;
                }
            }
            (s, e) = TextScan.Trim(text, hs, he, " .,:;");
        }
        if (e <= s && year is null) return null;

        // The names before the first comma outside quotes.
        var authors = new List<CslName>();
        var editors = new List<CslName>();
        var rest = s;
        var firstComma = IndexOutsideQuotes(text, s, e, ',');
        var nameEnd = firstComma >= 0 ? firstComma : e;
        var restStart = firstComma >= 0 ? firstComma + 1 : e;
        // "T. V. Volokitina et al. (eds.) Title": the bracketed role closes the names where no comma does.
        if (BracketedEditorMark(text, s, nameEnd) is var markClose and > 0 && markClose < nameEnd)
            (nameEnd, restStart) = (markClose, markClose);
        // "Journal, no. 11 (1990)": a periodical named alone, then its issue.
        if (firstComma > s && IssueWordAt(text, firstComma + 1, e) is var issueAt and > 0)
        {
            var number = TextScan.Locate(text, issueAt, e, " .,:;");
            var journal = TextScan.Locate(text, s, firstComma, " .,:;");
            if (number is null || journal is null || !char.IsDigit(number.Value[0])) return null;
            var (ts0, te0) = TextScan.Trim(text, start, end);
            return new PublicationCitation
            {
                Text = text[ts0..te0], Span = new TextSpan(ts0, te0 - ts0), Kind = PublicationKind.Article,
                ContainerTitle = journal, Issue = number, Year = year, Place = place, Publisher = publisher, Locator = locator,
                Language = LanguageDetector.Detect(journal.Value),
            };
        }
        // "Siqueiros, D., Title": the family name, then its initials, each followed by a comma.
        var secondComma = firstComma >= 0 ? IndexOutsideQuotes(text, firstComma + 1, e, ',') : -1;
        if (secondComma > 0 && InitialsOnly(text, firstComma + 1, secondComma) is { } initials && IsFamilyOnly(text, s, firstComma))
        {
            authors.Add(CslName.Person(TextScan.Locate(text, s, firstComma)!.Value, initials));
            rest = secondComma + 1;
        }
        else if (!IsQuote(text[s]) && ReadNames(text, s, nameEnd, authors, editors))
            rest = restStart;
        else if (!IsQuote(text[s])) { authors.Clear(); editors.Clear(); }
        // "Ivanov and Petrov, eds., Title": the role stands alone after the names.
        (rest, _) = TextScan.Trim(text, rest, e);
        if (authors.Count > 0 && StartsWithEditorMark(text, rest, e) is var markEnd and > 0)
        {
            editors.AddRange(authors);
            authors.Clear();
            rest = markEnd;
        }
        (rest, var re) = TextScan.Trim(text, rest, e, " .,:;");

        Located? title = null, container = null, volume = null, issue = null;
        var kind = PublicationKind.Book;
        if (rest < re && IsQuote(text[rest]))
        {
            var close = ClosingQuote(text, rest, re);
            if (close < 0) return null;
            title = TextScan.Locate(text, rest + 1, close, " ,\"“”");
            var (cs, ce) = TextScan.Trim(text, close + 1, re, " .,:;”’\"");
            if (cs < ce)
            {
                if (string.Compare(text, cs, Conventions.ChapterIn, 0, Conventions.ChapterIn.Length, StringComparison.Ordinal) == 0)
                {
                    kind = PublicationKind.Chapter;
                    (ce, volume) = Statements(text, cs + Conventions.ChapterIn.Length, ce, editors);
                    container = TextScan.Locate(text, cs + Conventions.ChapterIn.Length, ce, " .,:;");
                }
                else
                {
                    kind = PublicationKind.Article;
                    (container, volume, issue) = Journal(text, cs, ce);
                }
            }
        }
        else if (rest < re)
        {
            if (!char.IsUpper(text[rest]) && !char.IsDigit(text[rest])) return null;
            (re, volume) = Statements(text, rest, re, editors);
            re = DropHenceforth(text, rest, re);
            title = TextScan.Locate(text, rest, re, " .,:;");
        }

        if (title is not null && LooksLikeLevel(title.Value)) return null; // "GARF, F.558, Op.1": a shelf mark
        if (title is null && container is null && (afterProse || !(authors.Count > 0 && year is not null))) return null;
        // Without names, quotes or an imprint a part is no English note (a title alone is read by the other readers).
        if (authors.Count == 0 && editors.Count == 0 && kind == PublicationKind.Book
            && (!bracketed || title is not null && title.Value.Contains(". ", StringComparison.Ordinal)))
            return null; // a title without names running over sentences is prose before the citation
        if (authors.Count > 0 && !imprinted && kind == PublicationKind.Book && locator is null && volume is null && title is not null && title.Value.Contains(". ", StringComparison.Ordinal))
            return null; // "Name, words. More words": prose, not a short form

        var (ts, te) = TextScan.Trim(text, start, end);
        return new PublicationCitation
        {
            Text = text[ts..te],
            Span = new TextSpan(ts, te - ts),
            Kind = kind,
            Authors = authors.Count > 0 ? authors.ToArray() : Array.Empty<CslName>(),
            Editors = editors.Count > 0 ? editors.ToArray() : Array.Empty<CslName>(),
            Title = title,
            ContainerTitle = container,
            Volume = volume,
            Issue = issue,
            Place = place,
            Publisher = publisher,
            Year = year,
            Locator = locator,
            Language = LanguageDetector.Detect(title?.Value, container?.Value, publisher?.Value),
        };
    }

    // "Za chetvert veka (henceforth Bibineishvili)": the short form the author announces is no part of the title.
    private static int DropHenceforth(string text, int s, int e)
    {
        var (_, te) = TextScan.Trim(text, s, e, " .,");
        if (te <= s || text[te - 1] != ')') return e;
        var open = MatchingOpen(text, s, te - 1);
        if (open <= s) return e;
        var (inside, _) = TextScan.Trim(text, open + 1, te - 1);
        return string.Compare(text, inside, Conventions.Henceforth, 0, Conventions.Henceforth.Length, StringComparison.OrdinalIgnoreCase) == 0 ? open : e;
    }

    // "F.558", "Op. 1", "d. 7": a level keyword of a shelf mark and its number.
    private static bool LooksLikeLevel(string value)
    {
        var dot = value.IndexOf('.');
        if (dot is < 1 or > 3) return false;
        for (var i = 0; i < dot; i++) if (!char.IsAsciiLetter(value[i])) return false;
        var at = dot + 1;
        while (at < value.Length && value[at] == ' ') at++;
        return at < value.Length && char.IsDigit(value[at]);
    }

    // Where the number after "no." / "nos." at the start of text[at..e) begins (after spaces), or 0.
    private static int IssueWordAt(string text, int at, int e)
    {
        while (at < e && text[at] == ' ') at++;
        foreach (var word in Conventions.EnglishIssueWords)
            if (e - at > word.Length && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return at + word.Length;
        return 0;
    }

    // The end of a bracketed editor mark ("(eds.)") inside text[s..e), or 0.
    private static int BracketedEditorMark(string text, int s, int e)
    {
        foreach (var mark in Conventions.EditorMarks)
        {
            if (!mark.StartsWith('(')) continue;
            var at = text.IndexOf(mark, s, e - s, StringComparison.Ordinal);
            if (at > s) return at + mark.Length;
        }
        return 0;
    }

    // The initials of text[s..e) when it holds nothing else ("D.", "A. B."), else null.
    private static string? InitialsOnly(string text, int s, int e)
    {
        var located = TextScan.Locate(text, s, e);
        if (located is null) return null;
        foreach (var word in located.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!IsInitial(word)) return null;
        return located.Value;
    }

    // One or two capitalised words and nothing else ("Siqueiros", "Fernandes Tomas").
    private static bool IsFamilyOnly(string text, int s, int e)
    {
        var located = TextScan.Locate(text, s, e);
        if (located is null) return false;
        var words = located.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 1 or 2 && words.All(IsNameWord);
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '‘' or '\'' or '«';

    private static int SkipCommentary(string text, int s, int e)
    {
        for (var again = true; again;)
        {
            again = false;
            foreach (var prefix in Conventions.CommentaryPrefixes)
            {
                if (e - s <= prefix.Length || string.Compare(text, s, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
                var after = s + prefix.Length;
                if (!(text[after] is ' ' or ',' or ':' || prefix.EndsWith(',') || prefix.EndsWith(':'))) continue;
                (s, _) = TextScan.Trim(text, after, e, " ,:");
                again = true;
                break;
            }
        }
        return s;
    }

    /// <summary>
    /// Where text[s..e) ends without a closing "(…)" that is commentary, not an imprint: one opening with a small letter
    /// (<c>(under April 4, 1935)</c>, <c>(citing …)</c>), or one after a page or an ibid with no year closing it
    /// (<c>156 (emphasis in the original)</c>); else <paramref name="e"/>.
    /// </summary>
    public static int DropTrailingCommentary(string text, int s, int e)
    {
        var whole = e; // returned as it is when nothing is dropped ("Л. 4 об." keeps its full stop)
        (s, e) = TextScan.Trim(text, s, e, " .");
        if (e <= s || text[e - 1] != ')') return whole;
        var open = MatchingOpen(text, s, e - 1);
        if (open <= s) return whole;
        var (_, before) = TextScan.Trim(text, s, open, " ,");
        var (inside, _) = TextScan.Trim(text, open + 1, e - 1, " ‘'\"“");
        var lowercase = inside < e - 1 && char.IsLower(text[inside]);
        if (before > s && (lowercase || (char.IsDigit(text[before - 1]) || text[before - 1] == '.') && YearAtEnd(text, open + 1, e - 1) < 0))
            return before;
        return whole;
    }

    // The '(' that the ')' at close closes, scanning back no further than s; -1 when none.
    private static int MatchingOpen(string text, int s, int close)
    {
        var depth = 0;
        for (var i = close; i >= s; i--)
        {
            if (text[i] == ')') depth++;
            else if (text[i] == '(' && --depth == 0) return i;
        }
        return -1;
    }

    // "Place: Publisher, Year", "Place, Year" or "Year" inside the brackets [s, e).
    private static bool ReadImprint(string text, int s, int e, out Located? place, out Located? publisher, out Located? year)
    {
        place = publisher = year = null;
        (s, e) = TextScan.Trim(text, s, e);
        var y = YearAtEnd(text, s, e);
        if (y < 0) return false;
        year = new Located(text[y..(y + 4)], new TextSpan(y, 4));
        var (ps, pe) = TextScan.Trim(text, s, y, " ,;");
        if (pe <= ps) return true;
        var colon = text.IndexOf(':', ps, pe - ps);
        if (colon >= 0)
        {
            place = TextScan.Locate(text, ps, colon);
            publisher = TextScan.Locate(text, colon + 1, pe, " ,");
        }
        else place = TextScan.Locate(text, ps, pe, " ,");
        return true;
    }

    // Where a year (1500–2099) closing [s, e) begins, when a space, comma, colon or bracket stands before it; else -1.
    private static int YearAtEnd(string text, int s, int e)
    {
        if (e - s < 4) return -1;
        var y = e - 4;
        for (var i = y; i < e; i++) if (!char.IsAsciiDigit(text[i])) return -1;
        if (!(text[y] == '1' && text[y + 1] >= '5' || text[y] == '2' && text[y + 1] == '0')) return -1;
        if (y > s && !(text[y - 1] is ' ' or ',' or ':' or '(')) return -1;
        if (y > s + 1 && text[y - 1] == ' ' && (text[y - 2] is '–' or '-' or '—')) return -1; // "1918–1960" ends a title
        if (y > s && char.IsDigit(text[y - 1])) return -1;
        if (y > s + 1 && (text[y - 2] is '–' or '-')) return -1;
        return y;
    }

    // A place ("Moscow", "Kingston, Ontario") or "Publisher: Place" (publishers before places in some notes).
    private static bool LooksLikePlaceOrImprint(string segment)
    {
        var colon = segment.IndexOf(':');
        var place = colon >= 0 ? segment[(colon + 1)..].Trim() : segment;
        if (place.Length == 0 || !char.IsUpper(place[0])) return false;
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && words.All(w => char.IsUpper(w[0]) && !w.Any(char.IsDigit));
    }

    // Reads "A. B. Ivanov", "Ivanov and Petrov", "T. V. Volokitina et al. (eds.)" in [s, e); false when it is not names.
    private static bool ReadNames(string text, int s, int e, List<CslName> authors, List<CslName> editors)
    {
        var (ns, ne) = TextScan.Trim(text, s, e);
        if (ne <= ns) return false;
        var segment = text[ns..ne];
        var asEditors = false;
        foreach (var mark in Conventions.EditorMarks)
        {
            if (mark.StartsWith('(') && segment.EndsWith(mark, StringComparison.Ordinal))
            {
                segment = segment[..^mark.Length].TrimEnd();
                asEditors = true;
                break;
            }
        }
        if (segment.EndsWith(Conventions.EtAl, StringComparison.Ordinal)) segment = segment[..^Conventions.EtAl.Length].TrimEnd();
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 12) return false;
        var names = new List<CslName>();
        var given = new List<string>();
        foreach (var word in words)
        {
            if (Conventions.NameJoiners.Contains(word))
            {
                if (given.Count == 0) return false;
                if (!CloseName(given, names)) return false;
                continue;
            }
            if (!IsInitial(word) && !IsNameWord(word)) return false;
            given.Add(word);
            if (given.Count > 4) return false;
        }
        if (!CloseName(given, names)) return false;
        (asEditors ? editors : authors).AddRange(names);
        return true;
    }

    private static bool CloseName(List<string> words, List<CslName> names)
    {
        if (words.Count == 0 || IsInitial(words[^1])) return false;
        names.Add(CslName.Person(words[^1], words.Count > 1 ? string.Join(" ", words.Take(words.Count - 1)) : null));
        words.Clear();
        return true;
    }

    // "A.", "Iu.", "Yu.": an initial.
    private static bool IsInitial(string word) =>
        word.Length is 2 or 3 && word[^1] == '.' && char.IsUpper(word[0]) && (word.Length == 2 || char.IsLower(word[1]));

    // A capitalised word of letters, apostrophes and hyphens ("Ivanov", "D’iakov", "Ter-Minasova").
    private static bool IsNameWord(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        foreach (var c in word) if (!(char.IsLetter(c) || c is '\'' or '’' or '-')) return false;
        return true;
    }

    // The end of an editor mark ("eds.", "ed.") standing alone at rest, or 0.
    private static int StartsWithEditorMark(string text, int rest, int e)
    {
        foreach (var mark in Conventions.EditorMarks)
        {
            if (mark.StartsWith('(')) continue;
            if (e - rest < mark.Length || string.CompareOrdinal(text, rest, mark, 0, mark.Length) != 0) continue;
            var after = rest + mark.Length;
            if (after < e && text[after] != ',') continue;
            return after < e ? after + 1 : after;
        }
        return 0;
    }

    // The statements closing a title or a book container: ", vol. III", ", ed. X. Y. Z", ", eds. …", ", I" (a volume),
    // ", op. cit."; returns where the title ends and the volume.
    private static (int End, Located? Volume) Statements(string text, int s, int e, List<CslName> editors)
    {
        Located? volume = null;
        for (var guard = 0; guard < 4; guard++)
        {
            var comma = LastIndexOutsideQuotes(text, s, e, ',');
            if (comma <= s) break;
            var (ss, se) = TextScan.Trim(text, comma + 1, e, " .,:;");
            if (se <= ss) { e = comma; continue; }
            var seg = text.AsSpan(ss, se - ss);
            if (seg.StartsWith(Vocabulary.EnglishVolume, StringComparison.OrdinalIgnoreCase))
            {
                volume = TextScan.Locate(text, ss + Vocabulary.EnglishVolume.Length, se, " .");
                e = comma;
                continue;
            }
            if (EnglishOpCit.IsMatch(seg))
            {
                e = comma;
                continue;
            }
            if (IsRoman(seg))
            {
                volume = new Located(seg.ToString(), new TextSpan(ss, se - ss));
                e = comma;
                continue;
            }
            var mark = StartsWithRole(seg);
            if (mark > 0)
            {
                var names = new List<CslName>();
                var unused = new List<CslName>();
                if (ReadNames(text, ss + mark, se, names, unused)) editors.AddRange(names);
                e = comma;
                continue;
            }
            break;
        }
        return (e, volume);
    }

    private static int StartsWithRole(ReadOnlySpan<char> seg)
    {
        foreach (var mark in Conventions.EditorMarks)
            if (!mark.StartsWith('(') && seg.StartsWith(mark, StringComparison.Ordinal) && seg.Length > mark.Length && seg[mark.Length] == ' ')
                return mark.Length + 1;
        return 0;
    }

    private static bool IsRoman(ReadOnlySpan<char> seg)
    {
        if (seg.Length is 0 or > 5) return false;
        foreach (var c in seg) if (c is not ('I' or 'V' or 'X' or 'L')) return false;
        return true;
    }

    // "Voprosy istorii 8", "Izvestiia TsK KPSS, no. 11", "Rodina no. 2": the journal, its volume and its issue.
    private static (Located? Journal, Located? Volume, Located? Issue) Journal(string text, int s, int e)
    {
        Located? volume = null, issue = null;
        var no = text.LastIndexOf("no.", e - 1, e - s, StringComparison.OrdinalIgnoreCase);
        if (no > s && (text[no - 1] is ' ' or ','))
        {
            issue = TextScan.Locate(text, no + 3, e, " .,");
            e = no;
        }
        else
        {
            var d = e;
            while (d > s && char.IsDigit(text[d - 1])) d--;
            if (d < e && d > s && text[d - 1] == ' ')
            {
                volume = new Located(text[d..e], new TextSpan(d, e - d));
                e = d;
            }
        }
        // "Izvestiia, 25 June": a newspaper's day and month after its title.
        var comma = text.LastIndexOf(',', e - 1, e - s);
        if (comma > s && IsDayAndMonth(text, comma + 1, e)) e = comma;
        return (TextScan.Locate(text, s, e, " .,:;"), volume, issue);
    }

    // "25 June", "June 25": a day and a month name.
    private static bool IsDayAndMonth(string text, int s, int e)
    {
        var located = TextScan.Locate(text, s, e, " .");
        if (located is null) return false;
        var words = located.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && (words[0].All(char.IsDigit) && Conventions.MonthOf(words[1]) is not null
            || words[1].All(char.IsDigit) && Conventions.MonthOf(words[0]) is not null);
    }

    private static int ClosingQuote(string text, int open, int e)
    {
        var opener = text[open];
        var closer = opener switch { '“' => '”', '‘' => '’', '«' => '»', _ => opener };
        // The last closer before the container starts: titles may hold single quotes inside double ones.
        var last = -1;
        for (var i = open + 1; i < e; i++)
        {
            if (text[i] != closer) continue;
            if (closer == '’' && i + 1 < e && char.IsLetter(text[i + 1])) continue; // an apostrophe: zhizn’s
            last = i;
            if (i + 1 < e && text[i + 1] is ',' or ' ' && (i + 2 >= e || text[i + 1] == ',' || text[i - 1] == ',')) return i;
        }
        return last;
    }

    private static int IndexOutsideQuotes(string text, int s, int e, char c)
    {
        var quote = false;
        for (var i = s; i < e; i++)
        {
            if (text[i] is '“' or '”' or '"') quote = text[i] != '”' && !quote;
            else if (text[i] == c && !quote) return i;
        }
        return -1;
    }

    private static int LastIndexOutsideQuotes(string text, int s, int e, char c)
    {
        var quote = false;
        for (var i = e - 1; i >= s; i--)
        {
            if (text[i] is '“' or '”' or '"') quote = text[i] != '“' && !quote;
            else if (text[i] == c && !quote) return i;
        }
        return -1;
    }
}
