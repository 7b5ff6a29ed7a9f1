using System.Text.RegularExpressions;
using System.Globalization;
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
    // Set while the inside of a bracket closing a sentence of prose is read, so that it is read one level deep only.
    [ThreadStatic] private static bool _inProseBracket;

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
        (_, e) = TextScan.Trim(text, s, WithoutWebTail(text, s, e), " .;,");
        // "…, Yerevan, 2001 (in Armenian)": a note on the work's language closes it and is no part of any field.
        (_, e) = TextScan.Trim(text, s, PublicationReader.DropLanguageNote(text, s, e), " .;,");
        if (e <= s) return null;
        // "(citing TsGAA f. 1, op. 2, d. 300, l. 3–4)": the shelf mark a commentary after a page gives (see below).
        if (text[s] == '(' && text[e - 1] == ')' && MatchingOpen(text, s, e - 1) == s)
        {
            var (bs, be) = TextScan.Trim(text, SkipCommentary(text, s + 1, e - 1), e - 1, " .,;:");
            return be > bs ? ArchivalReader.Read(text, bs, be) : null;
        }
        // "… was never put into force (see Lomagin, Soldiers at War, p. 15).": a sentence of prose, then the citation in
        // brackets after a lead-in; the sentence goes nowhere. (Read once: the inside holds no such bracket closing it.)
        if (!_inProseBracket && text[e - 1] == ')' && MatchingOpen(text, s, e - 1) is var proseOpen and > 0 && proseOpen > s && IsProse(text, s, proseOpen)
            && Conventions.CommentaryPrefixAt(text, proseOpen + 1, e - 1) is var seeLength and > 0)
        {
            _inProseBracket = true; // one level only: a crafted note of nested brackets is not read once per bracket
            try
            {
                if (Read(text, proseOpen + 1 + seeLength, e - 1, out var insideNext) is PublicationCitation bracketed && insideNext >= e - 1) return bracketed;
            }
            finally { _inProseBracket = false; }
        }
        // "“They tried to take”: Gorinov, 376.": the words of the text a note is keyed to, quoted before a colon, are prose.
        // (Only before names: a periodical or a title after the colon is left to the readers that know them.)
        if (IsQuote(text[s]) && ClosingQuote(text, s, e) is var keyClose and > 0 && SkipSpaces(text, keyClose + 1, e) is var keyColon
            && keyColon + 1 < e && text[keyColon] == ':' && ReadNames(text, SkipSpaces(text, keyColon + 1, e), e, _names ??= new()) is var keyNames and > 0
            && keyNames < e && text[keyNames] == ',')
        {
            (s, e) = TextScan.Trim(text, keyColon + 1, e, " .;,");
            if (e <= s) return null;
        }
        // Only the text up to the cut is looked at, so reading a part's citations one after another stays linear.
        var cut = CommentaryAfterImprint(text, s, SecondCitationAfterPage(text, s, SentenceAfterPageNotImprint(text, s, e)));
        // English notes transliterate: a Cyrillic part is GOST, read by the publication reader.
        // (A few Cyrillic look-alikes typed into Latin words, "Turkestan v nachale ХХ veka", are no Cyrillic part.)
        // (A journal's Chicago export of a Russian article is not: "Петрова, Анна Сергеевна. «Title». Журнал, no. 3 (март
        // 12, 2019): 44–61." Nor "Petrov, Ivan. Истоки революции. Moscow: Nauka, 1990.", a Chicago bibliography's entry
        // whose title is Cyrillic: it gives its author's given name in full and an imprint with a colon, where GOST gives
        // initials, so the entry is read here.)
        if (TextScan.HasCyrillic(text, s, cut) && !OpensChicagoEntry(text, s, cut))
            return FullGivenNameHead(text, s, cut) && ReadFamilyFirst(text, s, cut, start) is { } cyrillicTitled
                   && (cyrillicTitled is { Place: not null, Publisher: not null } || cyrillicTitled is { Kind: PublicationKind.Article, ContainerTitle: not null, Year: not null })
                ? cyrillicTitled : null;
        // "Ivanov I. I. Title." puts the initials after the name: GOST, read by the publication reader.
        // ("Lubomyr Y. Luciuk, Title" is a given name, an initial and the family name before the comma: English.)
        if (PublicationReader.FamilyThenInitials.Find(text, s, cut - s) is { } gost && NameListEnd(text, s, cut) <= gost.Index + gost.Length) return null;
        if (ReadInterview(text, s, cut, start) is { } interview)
        {
            if (cut < e) next = cut + 1;
            return interview;
        }
        if (ReadDatedNewspaper(text, s, cut, start) is { } newspaper)
        {
            if (cut < e) next = cut + 1;
            return newspaper;
        }
        // (A title ending in a year, "The Baku Commune, 1917–1918. Princeton: …", is cut as a sentence after a page: the
        // whole part is tried first.)
        if (ReadFamilyFirst(text, s, e, start) is { } whole) return whole;
        if (cut < e && ReadFamilyFirst(text, s, cut, start) is { } reference)
        {
            next = cut + 1;
            return reference;
        }
        // The page closes the part whatever prose opens it: read once, not again for every sentence skipped.
        var (body, locator, commentary) = Tail(text, s, cut);
        var volume = VolumeBeforePage(text, s, ref body);
        ParsedCitation? found = ReadAt(text, s, body, locator, start, cut, afterProse: false, volume);
        // "in Vladimir Tismaneanu, ed., Stalinism: …": a note opening with a chapter's "in" cites the book after it, as
        // the "in" within a sentence does below (the loop looks after the note's first character only).
        if (found is null && s + Conventions.ChapterIn.Length < body && string.CompareOrdinal(text, s, Conventions.ChapterIn, 0, Conventions.ChapterIn.Length) == 0
            && char.IsUpper(text[s + Conventions.ChapterIn.Length]))
            found = ReadAt(text, s + Conventions.ChapterIn.Length, body, locator, start, cut, afterProse: false, volume);
        // Prose before the citation: retry from where each of its first sentences (or a colon's clause) ends, and
        // after "see" or ", in" inside a sentence.
        var tries = 0;
        for (var i = s + 1; found is null && i < body - 2 && tries < MaxProseSkips; i++)
        {
            var from = -1;
            var prose = true; // a sentence before, not "see" or "in": a name and a year alone are no citation after it
            if (text[i] is '.' or ':' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !(text[i] == '.' && IsInitialBefore(text, s, i)))
                (from, prose) = (i + 2, text[i] == '.'); // a colon's clause announces the citation after it
            else if (text[i] == ' ' && char.IsLower(text[i + 1]) && Conventions.CommentaryPrefixAt(text, i + 1, body) > 0)
                from = i + 1;
            else if (text[i] == ' ' && i + 1 + Conventions.ChapterIn.Length < body
                     && string.CompareOrdinal(text, i + 1, Conventions.ChapterIn, 0, Conventions.ChapterIn.Length) == 0
                     && char.IsUpper(text[i + 1 + Conventions.ChapterIn.Length]))
                (from, prose) = (i + 1 + Conventions.ChapterIn.Length, false);
            if (from < 0) continue;
            tries++;
            found = ReadAt(text, from, body, locator, start, cut, afterProse: prose, volume);
            // "Stalin to Roosevelt, Oct. 3, 1941, in Stalin Correspondence, 2:13": after "in" the words before the page are a
            // book's title, never a name alone (a chapter is "in" a book, not in a person).
            // (Not "in Naumov and Sigachiov, 1999, 87": names and a year are an author–date reference.)
            if (found is PublicationCitation { Title: null, ContainerTitle: null, Authors.Count: 1, Year: null } inBook && !prose
                && text[from - 1] == ' ' && from - Conventions.ChapterIn.Length >= s && string.CompareOrdinal(text, from - Conventions.ChapterIn.Length, Conventions.ChapterIn, 0, Conventions.ChapterIn.Length) == 0
                && TextScan.Locate(text, from, body, " .,:;") is { } book)
                found = inBook with { Authors = [], Title = book, Language = LanguageDetector.Detect(book.Value) };
        }
        if (found is null) found = NamesAfterProse(text, s, body, locator, start, cut, volume) ?? Possessive(text, s, body, locator, start, cut, volume);
        else if (TitleOfProse(text, found) is var from and >= 0)
            found = NamesAfterProse(text, from, body, locator, start, cut, volume) ?? Possessive(text, from, body, locator, start, cut, volume) ?? found;
        // "Much is owed to Tamara Dragadze's Rural Families in Soviet Georgia (London, 1988)": a title read without names
        // that holds words in small letters before a possessive name is prose naming the author (a title opening with
        // the possessive, "Stalin's Letters to Molotov", is kept).
        else if (found is PublicationCitation { Authors.Count: 0, Editors.Count: 0, Compilers.Count: 0, Title: { } proseTitle }
                 && Possessive(text, proseTitle.Span.Offset, body, locator, start, cut, volume, leadIn: true) is { } possessive)
            found = possessive;
        // A shelf mark after a sentence of prose: "… from writing you”). RGASPI, f. 558, op. 11, d. 710, l. 135–6."
        // (Only after prose: the levels of a shelf mark read as sentences too, "GARF. F. 5446. Op. 1"; and only one
        // whose archive is no prose, as a shelf mark in a bracket further on would make it.)
        tries = 0;
        for (var i = s + 1; found is null && i < cut - 2 && tries < MaxProseSkips; i++)
        {
            if (!(text[i] == '.' && text[i + 1] == ' ' && char.IsUpper(text[i + 2])) || IsInitialBefore(text, s, i) || !IsProse(text, s, i)) continue;
            tries++;
            if (ArchivalReader.Read(text, i + 2, cut) is { } archival
                && (archival.ArchiveName is not { } name || !IsProse(text, name.Span.Offset, name.Span.End)))
                found = archival;
        }
        if (found is null) return null;
        if (cut < e) next = cut + 1;
        // A shelf mark in the commentary after the page is read next, as a citation of its own.
        if (found is PublicationCitation && commentary >= 0 && ArchivalInside(text, commentary, cut)) next = commentary;
        return found;
    }

    /// <summary>
    /// A reference written family name first with full stops between its elements, as bibliographies and author–date
    /// lists give it (<c>Orlova, Anna. Years of Hunger. London: Macmillan, 1994.</c>, <c>Petrov, A. B. Istoriia. Moscow,
    /// 1985.</c>, <c>Levin, Mark. "Oil and Empire." Slavic Review 49, no. 2 (1990): 20–35.</c>, <c>Smith, J. (1994) Title.
    /// London: Macmillan.</c>): the name, the year where it follows the name, the title, then an imprint or a journal;
    /// or null where text[s..e) has not that shape.
    /// </summary>
    private static PublicationCitation? ReadFamilyFirst(string text, int s, int e, int start)
    {
        // The family name: one or two capitalised words (a particle allowed) before the first comma.
        var comma = text.IndexOf(',', s, e - s);
        if (comma <= s || !IsFamilyOnly(text, s, comma)) return null;
        // The given names or initials, closed by the full stop before the title: "Anna.", "A. B.", "Ronald Grigor.".
        var at = SkipSpaces(text, comma + 1, e);
        var givenEnd = -1;
        var commaAfterGiven = false; // "Fitzpatrick, Sheila, ed.", "Suny, Ronald Grigor, and Terry Martin, eds."
        for (var words = 0; words < 4 && at < e; words++)
        {
            var w = at;
            while (w < e && text[w] != ' ') w++;
            var word = text.AsSpan(at, w - at);
            // ("Kuzembaiuly, A, Istoriya …": an initial the page printed without its full stop.)
            if (word.Length > 2 && word[^1] == ',' && (IsNameWord(word[..^1]) || Conventions.IsInitial(word[..^1]))
                || word.Length == 2 && word[1] == ',' && char.IsUpper(word[0]) && words == 0)
            {
                (givenEnd, commaAfterGiven) = (w - 1, true);
                break;
            }
            // "Orlov, Lev (2008), “Party Cells”": a given name in full, then the year in brackets (Wikipedia, APA).
            if (words > 0 && word.TrimEnd(".,") is var bracketed && bracketed.Length == 6 && bracketed[0] == '(' && bracketed[5] == ')'
                && Conventions.IsYear(bracketed[1..5]))
            {
                givenEnd = TextScan.Trim(text, comma + 1, at).End;
                break;
            }
            var initial = Conventions.IsInitial(word) || Conventions.IsGluedInitials(word);
            var named = word.Length > 2 && word[^1] == '.' && IsNameWord(word[..^1]);
            if (!initial && !named && !IsNameWord(word)) break;
            if (initial || named)
            {
                givenEnd = w;
                // The next word is another initial: the given names go on.
                var n = SkipSpaces(text, w, e);
                var nw = n;
                while (nw < e && text[nw] != ' ') nw++;
                if (named || !(Conventions.IsInitial(text.AsSpan(n, nw - n)) || Conventions.IsGluedInitials(text.AsSpan(n, nw - n)))) break;
            }
            at = SkipSpaces(text, w, e);
        }
        if (givenEnd < 0) return null;
        var family = text[s..comma].Trim();
        var given = text[(comma + 1)..givenEnd].Trim().TrimEnd('.');
        if (given.Length == 0) return null;
        if (given[^1] != '.' && Conventions.IsInitial(text.AsSpan(givenEnd - 2, 2))) given += ".";
        at = SkipSpaces(text, givenEnd, e);
        var people = new List<CslName> { CslName.Person(family, given) };
        var edited = false;
        if (commaAfterGiven)
        {
            at = SkipSpaces(text, givenEnd + 1, e);
            var rest = at;
            if (!ReadFamilyFirstRest(text, ref at, e, people, out edited)) return InvertedNameNote(text, rest, e, start, people[0]);
        }
        // The year after the name: "(1994)" or "1994.".
        Located? year = null;
        if (at + 6 <= e && text[at] == '(' && text[at + 5] == ')' && Conventions.IsYear(text.AsSpan(at + 1, 4)))
            (year, at) = (new Located(text.Substring(at + 1, 4), new TextSpan(at + 1, 4)), SkipSpaces(text, at + 6 < e && text[at + 6] is ',' or '.' ? at + 7 : at + 6, e));
        else if (at + 5 <= e && text[at + 4] == '.' && Conventions.IsYear(text.AsSpan(at, 4)))
            (year, at) = (new Located(text.Substring(at, 4), new TextSpan(at, 4)), SkipSpaces(text, at + 5, e));
        if (at >= e) return null;
        Located? title, container = null, volume = null, issue = null, place = null, publisher = null;
        CitedLocator? locator = null;
        var kind = PublicationKind.Book;
        if (IsQuote(text[at]))
        {
            var close = ClosingQuote(text, at, e);
            if (close < 0) return null;
            title = TextScan.Locate(text, at + 1, close, " .,");
            var (cs, ce) = TextScan.Trim(text, close + 1, e, " .,:;”’\"");
            if (ce <= cs) return null;
            // "“Title.” In Stalinism, edited by Sheila Fitzpatrick, 348–67. London: Routledge, 2000.": a chapter.
            if (ChapterInAt(text, cs, ce) is var book and > 0 && YearAtEnd(text, book, ce) is var cy and > 0
                && TextScan.Trim(text, book, cy, " ,") is var (_, he) && TextScan.LastIndexOutsideQuotes(text, book, he, ',') is var pagesComma
                && pagesComma > book && BibliographyImprint(text, pagesComma + 1, he, out place, out publisher, out locator))
            {
                var editors = _editors ??= new();
                var compilers = _compilers ??= new();
                editors.Clear();
                compilers.Clear();
                (var bookEnd, volume, _) = Statements(text, book, pagesComma, editors, compilers);
                container = TextScan.Locate(text, book, bookEnd, " .,:;");
                if (container is null) return null;
                year ??= new Located(text.Substring(cy, 4), new TextSpan(cy, 4));
                var (cts, cte) = TextScan.Trim(text, start, e);
                return new PublicationCitation
                {
                    Text = text[cts..cte], Span = new TextSpan(cts, cte - cts), Kind = PublicationKind.Chapter,
                    Authors = edited ? [] : people.ToArray(), Editors = editors.ToArray(), Compilers = compilers.ToArray(),
                    Title = title, ContainerTitle = container, Volume = volume, Place = place, Publisher = publisher, Year = year,
                    Locator = locator, Language = LanguageDetector.Detect(title?.Value, container.Value, publisher?.Value),
                };
            }
            // "“Agriculture,” in From Tsarism, ed. R. W. Davies. London: Macmillan, 1990, 79–103", MLA's "“Title.” Book,
            // edited by Anna Jones, Macmillan, 1990, pp. 79–103": a chapter whose pages close it, after the imprint.
            if (BibliographyChapter(text, cs, ce) is { } chapter)
            {
                var (cts, cte) = TextScan.Trim(text, start, e);
                return chapter with
                {
                    Text = text[cts..cte], Span = new TextSpan(cts, cte - cts),
                    Authors = edited ? [] : people.ToArray(), Title = title, Year = chapter.Year ?? year,
                    Language = LanguageDetector.Detect(title?.Value, chapter.ContainerTitle?.Value, chapter.Publisher?.Value),
                };
            }
            // A dated book after "In" that reads as neither is no journal either: left to the other readers.
            if (ChapterInAt(text, cs, ce) is var inBook and > 0 && YearAtEnd(text, inBook, ce) > 0) return null;
            // "Slavic Review 49, no. 2 (1990): 20–35": the journal, its numbers, the year in brackets and the pages.
            var (body, pages, _) = Tail(text, cs, ce);
            locator = pages;
            (_, body) = TextScan.Trim(text, cs, body, " .,:;");
            // ("(July 25, 2018)", "(Winter 1998)": a bibliography generated from a journal's page dates the issue in full.)
            if (body > cs + 6 && text[body - 1] == ')' && MatchingOpen(text, cs, body - 1) is var dateOpen && dateOpen > cs
                && BracketedDateYear(text, dateOpen + 1, body - 1) is { } issueYear)
            {
                year ??= issueYear;
                body = TextScan.Trim(text, cs, dateOpen).End;
            }
            // "Slavic Review 49 (2)", "Slavic Review, 49(2)": the volume, then the issue in brackets.
            Located? bracketIssue = null;
            if (body > cs + 3 && text[body - 1] == ')' && MatchingOpen(text, cs, body - 1) is var open && open > cs
                && TextScan.Locate(text, open + 1, body - 1) is { } inside && inside.Value.Length <= 4 && inside.Value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
                && TextScan.Trim(text, cs, open).End is var ve && ve > cs && char.IsAsciiDigit(text[ve - 1]))
                (bracketIssue, body) = (inside, ve);
            kind = PublicationKind.Article;
            (container, volume, issue, var bracketYear, var journalPlace) = Journal(text, cs, body);
            place ??= journalPlace;
            if (bracketIssue is not null) (volume, issue) = (volume ?? issue, bracketIssue);
            year ??= bracketYear;
            if (container is null) return null;
        }
        else
        {
            // "Years of Hunger. London: Macmillan, 1994.": the title runs to the full stop before the imprint.
            var (_, te) = TextScan.Trim(text, at, e, " .");
            // "… Totowa, N.J.: Rowman, 1999, 45.": a note written in a bibliography's order gives its page after the year.
            if (Tail(text, at, te) is (var pageAt, { } page, _) && TextScan.Trim(text, at, pageAt, " ,") is var (_, beforePage)
                && beforePage > at && YearAtEnd(text, at, beforePage) > 0)
                (te, locator) = (beforePage, page);
            var stop = text.LastIndexOf(". ", te - 1, te - at, StringComparison.Ordinal);
            if (stop <= at) return null;
            var (ips, ipe) = TextScan.Trim(text, stop + 1, te, " .,");
            if (!ReadImprint(text, ips, ipe, out place, out publisher, out var imprintYear))
            {
                // Author–date: "Smith, J. (1994) Title. London: Macmillan." has no year in its imprint.
                var colon = text.IndexOf(':', ips, ipe - ips);
                if (year is null || colon <= ips) return null;
                place = TextScan.Locate(text, ips, colon);
                publisher = TextScan.Locate(text, colon + 1, ipe, " ,");
                if (place is null || !LooksLikePlaceOrImprint(place.Value)) return null;
            }
            year ??= imprintYear;
            if (place is null && publisher is null) return null;
            title = TextScan.Locate(text, at, stop, " .,");
            if (title is null || !(char.IsUpper(title.Value[0]) || char.IsDigit(title.Value[0]))) return null;
        }
        var (ts, tEnd) = TextScan.Trim(text, start, e);
        return new PublicationCitation
        {
            Text = text[ts..tEnd],
            Span = new TextSpan(ts, tEnd - ts),
            Kind = kind,
            Authors = edited ? [] : people.ToArray(),
            Editors = edited ? people.ToArray() : [],
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

    // "Family, Given. " or "Family, Given Middle, and …" opening text[s..e): a given name written in full, which a GOST
    // heading ("Петров, И. И.") never has.
    private static bool FullGivenNameHead(string text, int s, int e)
    {
        var comma = text.IndexOf(',', s, e - s);
        if (comma <= s || !IsFamilyOnly(text, s, comma)) return false;
        var at = SkipSpaces(text, comma + 1, e);
        for (var words = 0; words < 3 && at < e; words++)
        {
            var w = at;
            while (w < e && text[w] != ' ') w++;
            var word = text.AsSpan(at, w - at);
            if (word.Length > 3 && word[^1] is '.' or ',' && IsNameWord(word[..^1])) return true;
            if (!IsNameWord(word)) return false;
            at = SkipSpaces(text, w, e);
        }
        return false;
    }

    // "Dragunsky, Denis, “Title,” Ulitsa, No. 2, 1966, pp. 7–9.", "Kuzembaiuly, A, Istoriya (Almaty: Sanat, 1996), p. 226.":
    // a note that writes its author family name first, set off by commas, then goes on as a Chicago note does; the rest
    // (from rs, past the given name's comma) is read as a note without a name and the person is its author. Null where
    // the rest is no full reference (a title with a journal, a year, a place or a publisher), as after "Stalin,
    // Sochineniia," where the second word is a title, or where a later sentence or citation follows (the caller reads
    // the part again up to its cut).
    private static PublicationCitation? InvertedNameNote(string text, int rs, int e, int start, CslName person)
    {
        if (rs >= e || CommentaryAfterImprint(text, rs, SecondCitationAfterPage(text, rs, SentenceAfterPageNotImprint(text, rs, e))) < e) return null;
        var (body, locator, _) = Tail(text, rs, e);
        var volume = VolumeBeforePage(text, rs, ref body);
        if (ReadAt(text, rs, body, locator, start, e, afterProse: false, volume) is not PublicationCitation { Authors.Count: 0, Title: not null } read
            || read.ContainerTitle is null && read.Year is null && read.Place is null && read.Publisher is null) return null;
        return read with { Authors = [person] };
    }

    // After "Family, Given," in a bibliography's entry (at is past that comma): a second name after "and" ("and Terry
    // Martin", given name first), then the editor mark or the full stop before the title ("…, eds. A State of Nations.",
    // "…, and Oleg V. Naumov. The Road to Terror."); at moves to the title. False where the entry has not that shape.
    private static bool ReadFamilyFirstRest(string text, ref int at, int e, List<CslName> people, out bool edited)
    {
        edited = false;
        // (A Russian export joins them with "и": "Садовой, Александр Николаевич, и Марина Витальевна Белозёрова.")
        if (JoinerAt(text, at, e, Conventions.AuthorJoiners) is var joined and > 0)
        {
            // The second name ends at a comma, or at the full stop of its last word (not an initial's: "Oleg V. Naumov.").
            var names = _roleNames ??= new();
            var end = -1;
            for (var stop = joined; stop < e && end < 0; stop++)
            {
                if (text[stop] == ',' || text[stop] == '.' && stop + 1 < e && text[stop + 1] == ' ')
                {
                    names.Clear();
                    if (NameAt(text, joined, stop, names) == stop) end = stop;
                    else if (text[stop] == ',') return false;
                }
            }
            if (end < 0) return false;
            people.AddRange(names);
            at = text[end] == ',' ? SkipSpaces(text, end + 1, e) : end;
            if (text[at] == '.')
            {
                at = SkipSpaces(text, at + 1, e);
                return at < e;
            }
        }
        var mark = EditorMarkAt(text, at, e, bracketed: false);
        if (mark <= 0) return false;
        edited = true;
        at = SkipSpaces(text, mark < e && text[mark] is '.' or ',' ? mark + 1 : mark, e);
        return at < e;
    }

    /// <summary>The most words before the opening of an interview (<c>Author’s telephone interview with …</c>).</summary>
    private const int MaxInterviewLeadWords = 2;

    // "Interview with Hans Modrow, Berlin, December 7, 2006", "Author’s interview with Burns, 2012", "Yuri Morakov (former
    // MVD officer), conversation with the author, November 1999": the interviewee is the author, the year the date's.
    private static PublicationCitation? ReadInterview(string text, int s, int e, int start)
    {
        var names = _roleNames ??= new();
        names.Clear();
        var after = -1;
        foreach (var opening in Conventions.InterviewOpenings)
        {
            var at = text.IndexOf(opening, s, e - s, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || at > s && text[at - 1] != ' ' || at + opening.Length + 1 >= e || text[at + opening.Length] != ' ') continue;
            // ("Author’s interview with", never "Svetlana Alexievich, Interviews with Veterans", a title after names.)
            if (Words(text, s, at) > MaxInterviewLeadWords || text.AsSpan(s, at - s).IndexOfAny(",.:;“\"(") >= 0) continue;
            var from = SkipSpaces(text, at + opening.Length, e);
            if (ReadNames(text, from, e, names) is var ne and > 0) after = ne;
            break;
        }
        if (after < 0)
        {
            // The name first, a remark on the person in brackets, then the phrase.
            var ne = ReadNames(text, s, e, names);
            if (ne < 0) return null;
            var at = SkipSpaces(text, ne, e);
            if (at < e && text[at] == '(')
            {
                var close = text.IndexOf(')', at, e - at);
                if (close < 0) return null;
                at = SkipSpaces(text, close + 1, e);
            }
            if (at >= e || text[at] != ',') return null;
            at = SkipSpaces(text, at + 1, e);
            foreach (var phrase in Conventions.InterviewAfterName)
                if (e - at >= phrase.Length && string.Compare(text, at, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (at + phrase.Length == e || !char.IsLetter(text[at + phrase.Length])))
                {
                    after = at + phrase.Length;
                    break;
                }
            if (after < 0) return null;
        }
        var (ds, de) = TextScan.Trim(text, after, e, " .,;");
        var y = YearAtEnd(text, ds, de);
        var (ts, te) = TextScan.Trim(text, start, e);
        return new PublicationCitation
        {
            Text = text[ts..te],
            Span = new TextSpan(ts, te - ts),
            Kind = PublicationKind.Interview,
            Authors = names.ToArray(),
            Year = y >= 0 ? new Located(text[y..(y + 4)], new TextSpan(y, 4)) : null,
            Language = LanguageDetector.Detect(text[s..e]),
        };
    }

    // How many words text[s..e) holds.
    private static int Words(string text, int s, int e)
    {
        var words = 0;
        for (var i = s; i < e; i++)
            if (!char.IsWhiteSpace(text[i]) && (i == s || char.IsWhiteSpace(text[i - 1]))) words++;
        return words;
    }

    /// <summary>How many parts of a web tail (an address, an access date) are dropped from a citation's end at most.</summary>
    private const int MaxWebTailParts = 3;

    /// <summary>
    /// Where text[s..e) ends without the web address and access date closing it (<c>…, 2015, http://www.x.org/y (accessed
    /// 10 June 2016)</c>, <c>…: 60, https://doi.org/10.1080/…</c>, <c>…, accessed March 3, 2012</c>), which go nowhere; else
    /// <paramref name="e"/>.
    /// </summary>
    internal static int WithoutWebTail(string text, int s, int e)
    {
        for (var part = 0; part < MaxWebTailParts; part++)
        {
            var (_, te) = TextScan.Trim(text, s, e, " .;,");
            if (te - s < 8) return e;
            // "(accessed 10 June 2016)", "[www.x.org]": a bracket opening with an access word or an address.
            if (text[te - 1] is ')' or ']')
            {
                var open = text.LastIndexOf(text[te - 1] == ')' ? '(' : '[', te - 1, Math.Min(te - s, MaxWebTailPart));
                if (open > s && OpensWebTail(text, TextScan.Trim(text, open + 1, te - 1).Start, te - 1))
                {
                    e = open;
                    continue;
                }
            }
            // ", http://…", " doi:10.…": the last word an address, after a date, a page, a bracket or a quoted title (an
            // address standing for the source itself, "Ilya Frenklakh, www.iremember.ru", is kept).
            var space = text.LastIndexOfAny(WordBreaks, te - 1, Math.Min(te - s, MaxWebTailPart));
            if (space > s && OpensAddress(text, space + 1, te) && TextScan.Trim(text, s, space, " ,.").End is var before && before > s)
            {
                // ", September 27, 2011, at www.svoboda.org/…": the word "at" before the address goes with it.
                var lead = before - Vocabulary.AddressLeadIn.Length;
                if (lead > s && text[lead - 1] is ' ' or ',' && string.Compare(text, lead, Vocabulary.AddressLeadIn, 0, Vocabulary.AddressLeadIn.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && TextScan.Trim(text, s, lead, " ,.").End is var beforeLead && beforeLead > s)
                    (space, before) = (lead - 1, beforeLead);
                if (char.IsAsciiDigit(text[before - 1]) || text[before - 1] is ')' or '”' or '"' or '’' or '»')
                {
                    e = space;
                    continue;
                }
            }
            // ", accessed March 3, 2012", ". Accessed March 15, 2026" (a journal's Turabian export): the last segments,
            // after a comma or a full stop, opening with an access word.
            var found = -1;
            for (var comma = text.LastIndexOfAny(AccessBreaks, te - 1, Math.Min(te - s, MaxAccessDate)); comma > s; comma = text.LastIndexOfAny(AccessBreaks, comma - 1, Math.Min(comma - s, MaxAccessDate)))
            {
                if (OpensAccessStatement(text, SkipSpaces(text, comma + 1, te), te)) { found = comma; break; }
                if (te - comma > MaxAccessDate) break;
            }
            if (found < 0) return e;
            e = found;
        }
        return e;
    }

    /// <summary>The longest author statement of a Chicago bibliography entry looked at (<c>Family, Given Patronymic, и Given Family.</c>).</summary>
    private const int MaxEntryNames = 120;

    /// <summary>An article's issue after a comma (<c>, no. 3</c>), as a Chicago entry writes it and a GOST reference never does.</summary>
    private static readonly string CommaIssue = ", " + Vocabulary.EnglishNumberLower + " ";

    // text[s..e) opens as a Chicago bibliography entry whatever its script: a family name and its comma, given names
    // without a digit up to a full stop, then a quoted title; and an article's "(date): pages" or ", no." follows it,
    // which a GOST reference never writes (it closes a quoted title with "//" and "№").
    private static bool OpensChicagoEntry(string text, int s, int e)
    {
        var w = s;
        while (w < e && (char.IsLetter(text[w]) || text[w] == '-')) w++;
        if (w == s || !char.IsUpper(text[s]) || w + 2 >= e || text[w] != ',' || text[w + 1] != ' ' || !char.IsUpper(text[w + 2])) return false;
        var limit = Math.Min(e - 2, s + MaxEntryNames);
        for (var i = w + 2; i < limit; i++)
        {
            var c = text[i];
            if (char.IsDigit(c) || c is '/' or '(' or ':' or ';') return false;
            if (c != '.' || text[i + 1] != ' ' || !IsQuote(text[i + 2]) || char.IsUpper(text[i - 1]) && !char.IsLetter(text[i - 2])) continue;
            var rest = text.AsSpan(i + 2, e - i - 2);
            return rest.IndexOf("//", StringComparison.Ordinal) < 0 && (rest.IndexOf("): ", StringComparison.Ordinal) >= 0 || rest.IndexOf(CommaIssue, StringComparison.Ordinal) >= 0);
        }
        return false;
    }

    /// <summary>The longest web address or bracketed access statement looked for at a citation's end (the search stays bounded).</summary>
    private const int MaxWebTailPart = 300;

    /// <summary>The longest access statement after a comma looked for at a citation's end (<c>, accessed 3 March 2012</c>).</summary>
    private const int MaxAccessDate = 40;

    private static readonly char[] WordBreaks = [' ', ','];

    // What an access statement follows at a citation's end: a comma, or the full stop of a sentence of its own.
    private static readonly char[] AccessBreaks = [',', '.'];

    // True when text[at..e) opens with an access word ("accessed …") or a web address.
    private static bool OpensWebTail(string text, int at, int e) => OpensAccessStatement(text, at, e) || OpensAddress(text, at, e);

    // True when text[at..e) opens with an access word ("accessed …", "retrieved …").
    private static bool OpensAccessStatement(string text, int at, int e)
    {
        foreach (var word in Conventions.AccessedWords)
            if (e - at >= word.Length && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (e - at == word.Length || !char.IsLetter(text[at + word.Length])))
                return true;
        return false;
    }

    // True when text[at..e) opens with a web address or a DOI (Conventions.WebAddressOpenings).
    private static bool OpensAddress(string text, int at, int e)
    {
        // "<www.rferl.org/nca/features>": an address in angle brackets, as older notes print one.
        if (at < e && text[at] == '<') at++;
        foreach (var opening in Conventions.WebAddressOpenings)
            if (e - at > opening.Length && string.Compare(text, at, opening, 0, opening.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return true;
        return false;
    }

    /// <summary>
    /// A further issue of the article just cited, in a part of its own (<c>…, Zvezda, no. 1 (1992), pp. 189–205; no. 2,
    /// pp. 188–204</c>): a piece printed over several issues, cited by the issue and its pages (the year in brackets, or
    /// the one before); null where the part is not an issue word, a number and pages.
    /// </summary>
    public static PublicationCitation? ReadNextIssue(string text, int s, int e, PublicationCitation before)
    {
        if (before.Kind != PublicationKind.Article || before.ContainerTitle is null) return null;
        (s, e) = TextScan.Trim(text, s, e, " .");
        if (e - s < 5) return null;
        var at = IssueWordAt(text, s, e);
        if (at <= 0) return null;
        at = SkipSpaces(text, at, e);
        var d = at;
        while (d < e && (char.IsAsciiDigit(text[d]) || text[d] is '–' or '-' or '/')) d++;
        if (d == at || !char.IsAsciiDigit(text[d - 1])) return null;
        var (body, pages, _) = Tail(text, d, e);
        if (pages is null) return null;
        // Only the issue's year in brackets may stand between the number and the pages.
        var year = before.Year;
        var (bs, be) = TextScan.Trim(text, d, body, " ,:");
        if (be > bs)
        {
            if (be - bs != 6 || text[bs] != '(' || text[be - 1] != ')' || !Conventions.IsYear(text.AsSpan(bs + 1, 4))) return null;
            year = new Located(text.Substring(bs + 1, 4), new TextSpan(bs + 1, 4));
        }
        return before with
        {
            Text = text[s..e], Span = new TextSpan(s, e - s), Issue = new Located(text[at..d], new TextSpan(at, d - at)), Year = year, Locator = pages,
        };
    }

    // "Sochineniia, 6:53", "Memoirs (New York, 1948), 1:292–307", "History (London, 1915), vol. 2, p. 45", "Carr, Vol.I,
    // p.419": the volume before the page, after which the body ends.
    private static Located? VolumeBeforePage(string text, int s, ref int body)
    {
        if (VolumeStatementBeforePage(text, s, ref body) is { } stated) return stated;
        // ("2: 45": a space may follow the colon.)
        var colonEnd = body;
        while (colonEnd - 1 > s && text[colonEnd - 1] == ' ') colonEnd--;
        if (colonEnd - 2 <= s || text[colonEnd - 1] != ':' || !char.IsAsciiDigit(text[colonEnd - 2])) return null;
        var d = colonEnd - 2;
        while (d > s && char.IsAsciiDigit(text[d - 1])) d--;
        if (d <= s || text[d - 1] != ' ' || colonEnd - 1 - d > 3) return null;
        // "Vestnik Evropy, 1910, no. 4: 45": the number before the colon is an issue, read with its journal.
        if (IssueWordBefore(text, s, d)) return null;
        body = colonEnd;
        var volume = new Located(text[d..(body - 1)], new TextSpan(d, body - 1 - d));
        body = d;
        return volume;
    }

    // True when an issue word ("no.", "nos.") closes text[s..at) before the spaces at its end.
    private static bool IssueWordBefore(string text, int s, int at)
    {
        var (_, e) = TextScan.Trim(text, s, at);
        foreach (var word in Conventions.EnglishIssueWords)
            if (e - word.Length > s && string.Compare(text, e - word.Length, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && text[e - word.Length - 1] is ' ' or ',')
                return true;
        return false;
    }

    // ", vol. 2, p. 45", ", Vol.XXV, p. 277", "). Vol. II, pp. 3–4": the volume keyword and its number (in figures or capital
    // Roman numerals) closing the body after a comma, full stop or bracket; the body then ends before them.
    private static Located? VolumeStatementBeforePage(string text, int s, ref int body)
    {
        var (_, e) = TextScan.Trim(text, s, body, " ,.");
        var d = e;
        while (d > s && (char.IsAsciiDigit(text[d - 1]) || Conventions.IsRomanLetter(text[d - 1], RomanWithoutC))) d--;
        if (d == e || e - d > 6 || char.IsAsciiDigit(text[d]) && !char.IsAsciiDigit(text[e - 1])) return null;
        var k = d;
        while (k > s && text[k - 1] == ' ') k--;
        k -= Vocabulary.EnglishVolume.Length;
        if (k <= s || string.Compare(text, k, Vocabulary.EnglishVolume, 0, Vocabulary.EnglishVolume.Length, StringComparison.OrdinalIgnoreCase) != 0) return null;
        var before = k;
        while (before > s && text[before - 1] == ' ') before--;
        if (before <= s || !(text[before - 1] is ',' or '.' or ')')) return null;
        body = before - (text[before - 1] == ')' ? 0 : 1);
        return new Located(text[d..e], new TextSpan(d, e - d));
    }

    // Where the title read begins when it has no names before it and holds prose ("The classic study, analyzing all the
    // evidence, is Simon Sebag Montefiore, Young Stalin", "For background, see Andrew Nagorski, The Greatest Battle"):
    // the names may stand inside it; else -1.
    private static int TitleOfProse(string text, ParsedCitation found)
    {
        if (found is not PublicationCitation { Kind: PublicationKind.Book, Authors.Count: 0, Editors.Count: 0, Title: { } title }) return -1;
        var (ts, te) = (title.Span.Offset, title.Span.End);
        return IsProse(text, ts, te) || TopicBeforeColon(text, ts, te) || CommentaryInside(text, ts, te) ? ts : -1;
    }

    // A commentary word in small letters inside text[s..e) ("…, see Andrew Nagorski").
    private static bool CommentaryInside(string text, int s, int e)
    {
        for (var i = s + 1; i + 1 < e; i++)
            if (text[i] == ' ' && char.IsLower(text[i + 1]) && Conventions.CommentaryPrefixAt(text, i + 1, e) > 0) return true;
        return false;
    }

    // "The meeting at the Kremlin: Harrison Salisbury, …": a topic of small words before a colon (a subtitle's colon
    // follows a title of capitalised words: "Stalin’s Peasants: Resistance and Survival").
    private static bool TopicBeforeColon(string text, int s, int e)
    {
        var colon = text.IndexOf(':', s, e - s);
        return colon > s && IsProse(text, s, colon, ProseWords - 1);
    }

    /// <summary>
    /// The citation after prose that leads into its names (<c>The classic study … is Simon Sebag Montefiore, Young Stalin
    /// (New York, 2007), 90–91</c>, <c>The reference is to Hobsbawm and Ranger, The Invention of Tradition</c>, <c>also
    /// Roberts, Masters and Commanders, 548</c>, <c>Lenin’s arrival at Smolny: Harrison Salisbury, …</c>, <c>See also,
    /// generally, Snyder, Sketches</c>): read from a capital after a word of small letters (and its comma) or a colon, and
    /// taken only with names and a title; or null.
    /// </summary>
    private static PublicationCitation? NamesAfterProse(string text, int s, int body, CitedLocator? locator, int start, int cut, Located? volume)
    {
        var tries = 0;
        for (var i = s + 2; i < body - 2 && tries < MaxProseSkips; i++)
        {
            if (text[i - 1] != ' ' || !char.IsUpper(text[i]) || !(text[i - 2] == ':' || char.IsLower(text[i - 2]) || text[i - 2] == ',' && char.IsLower(text[i - 3]))) continue;
            if (text[i - 2] != ':')
            {
                var w = text[i - 2] == ',' ? i - 3 : i - 2;
                while (w > s && char.IsLetter(text[w - 1])) w--;
                if (!IsLowerWord(text, w, text[i - 2] == ',' ? i - 2 : i - 1)) continue;
            }
            tries++;
            if (ReadAt(text, i, body, locator, start, cut, afterProse: true, volume) is { Title: not null } named && named.Authors.Count + named.Editors.Count > 0)
                return named;
        }
        return null;
    }

    /// <summary>How many possessives in prose are tried as a citation's author at most.</summary>
    private const int MaxPossessives = 4;

    /// <summary>The most words of a name before a possessive (<c>Richard Douglas King’s</c>).</summary>
    private const int MaxNameWords = 4;

    /// <summary>
    /// A work named in prose after its author's possessive (<c>… is A. Rieber’s ‘Stalin, Man of the Borderlands’</c>,
    /// <c>M. Fainsod's Smolensk under Soviet Rule (Cambridge, MA, 1958), 45</c>): the name is the author, the quoted title or
    /// the title before a bracketed imprint closing the part the title; or null.
    /// </summary>
    private static PublicationCitation? Possessive(string text, int s, int body, CitedLocator? locator, int start, int cut, Located? volume, bool leadIn = false)
    {
        var tries = 0;
        for (var i = s + 2; i + 3 < body && tries < MaxPossessives; i++)
        {
            if (!(text[i] is '\'' or '’' && text[i + 1] == 's' && text[i + 2] == ' ' && char.IsLetter(text[i - 1]))) continue;
            tries++;
            var ts = SkipSpaces(text, i + 3, body);
            if (ts >= body || !(char.IsUpper(text[ts]) || IsQuote(text[ts]))) continue;
            // The name: the shortest run of name words before the apostrophe that reads as one name.
            var names = _roleNames ??= new();
            var found = false;
            var k = i;
            for (var words = 0; words < MaxNameWords && !found; words++)
            {
                k--;
                while (k > s && text[k - 1] != ' ') k--;
                if (k < s || !char.IsUpper(text[k])) break;
                names.Clear();
                found = NameAt(text, k, i, names) == i;
                if (k == s) break;
            }
            // (leadIn: words in small letters stand before the name, "… is owed to Tamara Dragadze's …".)
            if (!found || leadIn && !(k > s + 1 && char.IsLower(text[TextScan.Trim(text, s, k).End - 1]))) continue;
            Located? title, place = null, publisher = null, year = null;
            if (IsQuote(text[ts]))
            {
                var close = ClosingQuote(text, ts, body);
                if (close < 0) continue;
                title = TextScan.Locate(text, ts + 1, close, " ,.");
            }
            else
            {
                var (_, be) = TextScan.Trim(text, ts, body, " ,.");
                if (be <= ts || text[be - 1] != ')' || MatchingOpen(text, ts, be - 1) is not (var open and > 0)
                    || !ReadImprint(text, open + 1, be - 1, out place, out publisher, out year)) continue;
                title = TextScan.Locate(text, ts, WithoutTranslation(text, ts, open), " ,.");
            }
            if (title is null) continue;
            var (cs, ce) = TextScan.Trim(text, start, cut);
            return new PublicationCitation
            {
                Text = text[cs..ce], Span = new TextSpan(cs, ce - cs), Kind = PublicationKind.Book, Authors = names.ToArray(),
                Title = title, Place = place, Publisher = publisher, Year = year, Volume = volume, Locator = locator,
                Language = LanguageDetector.Detect(title.Value, null, publisher?.Value),
            };
        }
        return null;
    }

    // True when text[s..e) is a word of small letters alone ("is", "to", "also").
    private static bool IsLowerWord(string text, int s, int e)
    {
        if (e <= s || s > 0 && !char.IsWhiteSpace(text[s - 1]) && text[s - 1] is not (',' or ';')) return false;
        for (var i = s; i < e; i++) if (!char.IsLower(text[i])) return false;
        return true;
    }

    /// <summary>
    /// Where a citation ends when a remark in small letters follows its imprint and pages (<c>Title (Moscow, 1939),
    /// 11–12, cites the account of …</c>, <c>(Moscow, 1990), 5, where the decree is quoted</c>): at the comma before
    /// the remark; else <paramref name="e"/>.
    /// </summary>
    private static int CommentaryAfterImprint(string text, int s, int e)
    {
        // The first bracket closed by a year: the imprint.
        var close = -1;
        for (var i = s + 5; i < e; i++)
            if (text[i] == ')' && char.IsAsciiDigit(text[i - 1]) && YearAtEnd(text, s, i) > s) { close = i; break; }
        if (close < 0) return e;
        var at = close + 1;
        while (true)
        {
            while (at < e && (char.IsAsciiDigit(text[at]) || text[at] is ' ' or '–' or '-')
                   || at + 2 < e && text[at] == ',' && text[at + 1] == ' ' && char.IsAsciiDigit(text[at + 2]))
                at++;
            // "(London: Mansell, 1990), at 24–46, draws attention…": a page after a word leading to it is the citation's.
            if (at + 2 < e && text[at] == ',' && text[at + 1] == ' ' && PinpointWordEnd(text, at + 2, e) is var page and > 0) at = page;
            else break;
        }
        if (at + 3 >= e || text[at] != ',' || text[at + 1] != ' ') return e;
        var w = at + 2;
        while (w < e && char.IsLower(text[w])) w++;
        return w - (at + 2) >= 2 && w < e && text[w] == ' ' ? at : e;
    }

    // Where the page begins after one of Vocabulary.EnglishPinpointWords and a space at text[w] ("at 24", "esp. 530"); else 0.
    private static int PinpointWordEnd(string text, int w, int e)
    {
        foreach (var word in Vocabulary.EnglishPinpointWords)
            if (w + word.Length + 1 < e && string.CompareOrdinal(text, w, word, 0, word.Length) == 0 && text[w + word.Length] == ' '
                && char.IsAsciiDigit(text[w + word.Length + 1]))
                return w + word.Length + 1;
        return 0;
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

    // SentenceAfterPage, except that the imprint a bibliography's chapter gives after its pages ("…, 33–58. London:
    // Routledge, 2004.") is no sentence of its own.
    private static int SentenceAfterPageNotImprint(string text, int s, int e)
    {
        var sentence = SentenceAfterPage(text, s, e);
        if (sentence >= e) return e;
        var comma = TextScan.LastIndexOutsideQuotes(text, s, sentence, ',');
        var (_, te) = TextScan.Trim(text, s, e, " .");
        var y = YearAtEnd(text, s, te);
        if (comma <= s || y <= sentence) return sentence;
        var (_, imprintEnd) = TextScan.Trim(text, s, y, " ,");
        return imprintEnd > comma + 1 && BibliographyImprint(text, comma + 1, imprintEnd, out _, out _, out _) ? e : sentence;
    }

    /// <summary>
    /// Where a citation ends when another follows its page after ", and" (<c>Salisbury, 900 Days, p. 352, and Michael
    /// Jones, Leningrad, p. 135</c>): at that comma; else <paramref name="e"/>.
    /// </summary>
    private static int SecondCitationAfterPage(string text, int s, int e)
    {
        var joiner = Conventions.And.Length;
        for (var i = s + 1; i + joiner + 3 < e; i++)
            if (text[i] == ',' && char.IsDigit(text[i - 1]) && text[i + 1] == ' '
                && string.CompareOrdinal(text, i + 2, Conventions.And, 0, joiner) == 0 && text[i + 2 + joiner] == ' '
                && char.IsUpper(text[i + 3 + joiner]))
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
        // "Zaria Vostoka, 12 June 1925, 3": a bare page after the year.
        if (y < 0 && locator is null && LocatorReader.ReadBareAtEnd(text, s, e) is { } bare
            && YearAtEnd(text, s, TextScan.Trim(text, s, bare.Start, " ,.").End) is var yb and > 0)
            (locator, le, y) = (bare, TextScan.Trim(text, s, bare.Start, " ,.").End, yb);
        if (y <= s) return null;
        var (_, before) = TextScan.Trim(text, s, y, " ,");
        var comma = before > s ? text.LastIndexOf(',', before - 1, before - s) : -1;
        if (comma <= s || !IsDayAndMonth(text, comma + 1, before)) return null;
        // "Pravda, no. 45, 23 February 1930": the issue's number between the name and the date.
        var nameEnd = comma;
        Located? number = null;
        var numberComma = text.LastIndexOf(',', comma - 1, comma - s);
        if (numberComma > s && IssueWordAt(text, numberComma + 1, comma) is var no and > 0)
        {
            number = TextScan.Locate(text, no, comma, " .");
            if (number is null || number.Value.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0) return null;
            nameEnd = numberComma;
        }
        // "Zaria Vostoka (Tiflis)": the place the paper came out, in brackets after its name.
        Located? place = null;
        var (_, ne) = TextScan.Trim(text, s, nameEnd, " ,.");
        if (ne > s && text[ne - 1] == ')' && MatchingOpen(text, s, ne - 1) is var open and > 0
            && TextScan.Locate(text, open + 1, ne - 1) is { } bracketed && IsNameWord(bracketed.Value.Replace(" ", "").AsSpan()))
            (place, nameEnd) = (bracketed, open);
        var title = TextScan.Locate(text, s, nameEnd, " ,.");
        if (title is null || !char.IsUpper(title.Value[0]) || title.Value.AsSpan().IndexOfAny(NotInNewspaperName) >= 0
            || title.Value.AsSpan().Count(' ') > 3)
            return null;
        var date = TextScan.Locate(text, comma + 1, y + 4)!;
        var (dayWord, monthWord) = DayAndMonth(text, comma + 1, before)!.Value;
        var (ts, te) = TextScan.Trim(text, start, e);
        return new NewspaperCitation
        {
            Text = text[ts..te],
            Span = new TextSpan(ts, te - ts),
            Title = title,
            Date = CslDate.FromParts(int.Parse(text.AsSpan(y, 4)), Conventions.MonthOf(monthWord), dayWord),
            DateWritten = date,
            Issue = number,
            Place = place,
            Locator = locator?.Locator,
            Language = LanguageDetector.Detect(title.Value),
        };
    }

    /// <summary>
    /// The end of a page closing text[s..e), and the page: a commentary in brackets after it is dropped
    /// (<c>…, 156 (emphasis in the original)</c>); the page may have a keyword or none (<c>p. 286</c>, <c>, 112–14</c>).
    /// </summary>
    /// <remarks>Also gives where the dropped commentary's bracket opens, or -1.</remarks>
    private static (int End, CitedLocator? Locator, int Commentary) Tail(string text, int s, int e)
    {
        var dropped = DropTrailingCommentary(text, s, e);
        var commentary = dropped < e ? text.IndexOf('(', dropped, e - dropped) : -1;
        e = dropped;
        // "92, n. 4", "77ff.": a note on the page, or the pages following it, read with the page.
        var pages = PageSuffixStart(text, s, e);
        if (pages < e) pages = TextScan.Trim(text, s, pages, " ,").End;
        // (A keyword glued to the letters before it is the end of a word: "esp. 530" is no "p. 530".)
        if (LocatorReader.ReadAtEnd(text, s, pages, folioAllowed: false) is { } keyed && !(keyed.Start > s && char.IsLetter(text[keyed.Start - 1])))
            return (Pinpointed(text, s, keyed.Start), WithSuffix(text, keyed.Locator, pages, e), commentary);
        if (LocatorReader.ReadBareAtEnd(text, s, pages) is { } bare) return (Pinpointed(text, s, bare.Start), WithSuffix(text, bare.Locator, pages, e), commentary);
        // "…: 519–44, esp. 530", "…, at 12": a page after a word leading to it, with no comma or keyword of its own.
        var (_, te) = TextScan.Trim(text, s, pages, " .");
        var n = te;
        while (n > s && te - n <= MaxPageLength && (char.IsAsciiDigit(text[n - 1]) || text[n - 1] is '–' or '-')) n--;
        if (n < te && te - n <= MaxPageLength && char.IsAsciiDigit(text[n]) && Pinpointed(text, s, n) is var body && body != n)
        {
            var written = text[n..te];
            var pin = new CitedLocator(LocatorReader.Canonical(written), LocatorLabels.Page, "", written, new TextSpan(n, te - n));
            return (body, WithSuffix(text, pin, pages, e), commentary);
        }
        // "(London: Harvill, 2007), xiii–xiv": a preface's pages in small Roman numerals after the imprint's bracket.
        {
            var r = te;
            while (r > s && te - r <= MaxPageLength && text[r - 1] is 'i' or 'v' or 'x' or 'l' or 'c' or '–' or '-') r--;
            if (r < te && te - r <= MaxPageLength && text[r] is not ('–' or '-') && text[te - 1] is not ('–' or '-')
                && TextScan.Trim(text, s, r, " ").End is var sep && sep > s + 1 && text[sep - 1] is ',' or ':' && text[sep - 2] == ')'
                && text.AsSpan(r, te - r).Count('–') + text.AsSpan(r, te - r).Count('-') <= 1)
            {
                var written = text[r..te];
                return (sep - 1, WithSuffix(text, new CitedLocator(LocatorReader.Canonical(written), LocatorLabels.Page, "", written, new TextSpan(r, te - r)), pages, e), commentary);
            }
        }
        // "Rieber, “Stalin,” 1660", "(2001): 1651": four digits after a quoted title's comma or a dated issue's colon are
        // a page where no year stands (LocatorReader leaves a number that could be a year to the imprint).
        if (te - 4 > s + 1 && text.AsSpan(te - 4, 4).IndexOfAnyExceptInRange('0', '9') < 0 && !char.IsAsciiDigit(text[te - 5])
            && TextScan.Trim(text, s, te - 4, " ").End is var b && b > s + 1
            && (text[b - 1] == ':' && text[b - 2] == ')' || text[b - 1] is '"' or '”' or '’' && text[b - 2] == ','))
        {
            var written = text[(te - 4)..te];
            return (te - 4, WithSuffix(text, new CitedLocator(written, LocatorLabels.Page, "", written, new TextSpan(te - 4, 4)), pages, e), commentary);
        }
        return (e, null, commentary);
    }

    /// <summary>The longest page or span of pages read at a citation's end without a keyword (<c>1651–1691</c>); the search stays bounded.</summary>
    private const int MaxPageLength = 12;

    // Where a note on the page or a mark of the pages following it closing text[s..e) begins ("92, n. 4", "66 n. 27",
    // "77ff.", "282 f."), a digit standing before it; else e.
    private static int PageSuffixStart(string text, int s, int e)
    {
        var (_, te) = TextScan.Trim(text, s, e, " ");
        foreach (var written in Vocabulary.FollowingPagesMarks)
        {
            // (The note's closing full stop may have taken the mark's: "88 f".)
            var mark = written[^1] == '.' && te < text.Length && text[te] == '.' ? written[..^1] : written;
            var at = te - mark.Length;
            if (at <= s + 1 || string.CompareOrdinal(text, at, mark, 0, mark.Length) != 0) continue;
            var d = text[at - 1] == ' ' ? at - 1 : at;
            if (char.IsAsciiDigit(text[d - 1])) return at;
        }
        // The note's number, then its word after a comma or a space after the page.
        var n = te;
        while (n > s && te - n <= MaxPageLength && (char.IsAsciiDigit(text[n - 1]) || text[n - 1] is '–' or '-')) n--;
        if (n == te || n <= s || te - n > MaxPageLength || !char.IsAsciiDigit(text[n])) return e;
        var w = TextScan.Trim(text, s, n).End;
        foreach (var word in Vocabulary.EnglishNoteWords)
        {
            var at = w - word.Length;
            if (at <= s + 1 || string.CompareOrdinal(text, at, word, 0, word.Length) != 0 || char.IsLetter(text[at - 1])) continue;
            var (_, pe) = TextScan.Trim(text, s, at, " ,");
            return pe > s && char.IsAsciiDigit(text[pe - 1]) ? at : e;
        }
        return e;
    }

    // The locator read before a suffix at text[from..e) with the suffix added as written ("92, n. 4", "77ff.").
    private static CitedLocator WithSuffix(string text, CitedLocator locator, int from, int e)
    {
        if (from >= e) return locator;
        var suffix = TextScan.Locate(text, from, e, " ,")!;
        var between = text.AsSpan(locator.Span.End, suffix.Span.Offset - locator.Span.End);
        var joiner = between.IsEmpty ? "" : between.Contains(',') ? ", " : " ";
        var end = suffix.Span.End;
        return locator with
        {
            Value = locator.Value + joiner + suffix.Value.Replace('–', '-').Replace('—', '-'), // dashes as Canonical writes them
            Written = text[locator.Span.Offset..end],
            Span = new TextSpan(locator.Span.Offset, end - locator.Span.Offset),
        };
    }

    // "Slavic Review 52 (1993): 1–25, esp. 10", "…, 150–75, here 152", "…, 1–30, at 12": where the body ends when a word of
    // Vocabulary.EnglishPinpointWords leads to the page cited (at), which is the locator: before the article's range
    // written before the word (recorded nowhere), else before the word; at where no such word stands before it.
    private static int Pinpointed(string text, int s, int at)
    {
        var (_, be) = TextScan.Trim(text, s, at, " ");
        if (PublicationReader.HereBefore(text, s, be, Vocabulary.EnglishPinpointWords) is not (var here and > 0)) return at;
        // (Only after a comma: "…, 1–25, esp. 10", "Title, at 12"; never "Looking at 12".)
        var (_, ce) = TextScan.Trim(text, s, here, " ");
        if (ce <= s + 1 || text[ce - 1] != ',') return at;
        var (_, re) = TextScan.Trim(text, s, ce - 1, " ");
        if (re <= s || !char.IsAsciiDigit(text[re - 1])) return ce - 1;
        var range = LocatorReader.ReadAtEnd(text, s, re, folioAllowed: false) ?? LocatorReader.ReadBareAtEnd(text, s, re);
        return range is { } r ? r.Start : re;
    }

    // True when the bracket opening at open (and closing the part before e) holds a shelf mark after its commentary words.
    private static bool ArchivalInside(string text, int open, int e)
    {
        var (_, te) = TextScan.Trim(text, open, e, " .");
        if (te <= open + 1 || text[te - 1] != ')') return false;
        var (bs, be) = TextScan.Trim(text, SkipCommentary(text, open + 1, te - 1), te - 1, " .,;:");
        return be > bs && ArchivalReader.Read(text, bs, be) is not null;
    }

    /// <summary>The fewest words of small letters that make a text prose rather than the levels of a shelf mark.</summary>
    private const int ProseWords = 3;

    // True when text[s..e) holds ProseWords words of three or more small letters ("had written to Stalin"), which the
    // keywords of a shelf mark ("f.", "op.", "fond") never make.
    private static bool IsProse(string text, int s, int e, int proseWords = ProseWords)
    {
        var words = 0;
        for (var i = s; i < e && words < proseWords; i++)
        {
            if (!char.IsLower(text[i]) || i > s && char.IsLetter(text[i - 1])) continue;
            var w = i;
            while (w < e && char.IsLower(text[w])) w++;
            if (w - i >= 3 && (w == e || !char.IsLetter(text[w]) && text[w] != '.')) words++;
            i = w;
        }
        return words >= proseWords;
    }

    // True when the full stop at dot closes an initial (a lone capital, or a digraph like "Iu").
    private static bool IsInitialBefore(string text, int s, int dot)
    {
        var w = dot;
        while (w > s && char.IsLetter(text[w - 1])) w--;
        return Conventions.IsInitial(text.AsSpan(w, dot + 1 - w)) && (w == s || !char.IsLetter(text[w - 1]));
    }

    // afterProse: the part's first sentences were skipped as prose; then only a citation with a title is taken (a
    // sentence like "Tbilisi, 1933, s. 5" closing a GOST citation would read as a name and a year).
    private static PublicationCitation? ReadAt(string text, int s, int e, CitedLocator? locator, int start, int end, bool afterProse, Located? volumeBeforePage = null)
    {
        var opened = s;
        s = SkipCollectionIn(text, SkipCommentary(text, s, e), e);
        // "…; idem, “Baku Workers,” Slavic Review …": the same author as the citation before, named by a word.
        foreach (var word in Vocabulary.EnglishSameAuthorWords)
            if (e - s > word.Length + 2 && string.Compare(text, s, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 && text[s + word.Length] == ','
                && SkipSpaces(text, s + word.Length + 1, e) is var quoted && quoted < e && IsQuote(text[quoted]))
            {
                s = quoted;
                break;
            }
        // After "See" or "in" a name and a year are a citation even where a sentence of prose came before.
        afterProse &= s == opened;
        (s, e) = TextScan.Trim(text, s, e, " .;,");
        if (e <= s || !(char.IsUpper(text[s]) || IsQuote(text[s]))) return null;

        (s, e) = TextScan.Trim(text, s, e, " .,:;");
        if (e <= s) return null;

        // The imprint: "(Place: Publisher, Year)", "(Year)" after a journal, or ", Place, Year" unbracketed.
        Located? place = null, publisher = null, year = null, stopEdition = null;
        var imprinted = false;
        var bracketed = false;
        var spacedYear = false; // the year after a word and a space, no comma: "Leningrad 1941"
        if (text[e - 1] == ')' && MatchingOpen(text, s, e - 1) is var open and >= 0 && ReadImprint(text, open + 1, e - 1, out place, out publisher, out year))
        {
            imprinted = bracketed = true;
            (s, e) = TextScan.Trim(text, s, open, " .,:;");
        }
        else if (YearAtEnd(text, s, e) is var y and >= 0)
        {
            year = new Located(text[y..(y + 4)], new TextSpan(y, 4));
            spacedYear = y > s + 1 && text[y - 1] == ' ' && char.IsLetter(text[y - 2]);
            imprinted = true;
            var (hs, he) = TextScan.Trim(text, s, y, " .,:;");
            // "Publisher: Place Year" or ", Place, Year": the segment before the year after the last comma.
            var comma = TextScan.LastIndexOutsideQuotes(text, hs, he, ',');
            var regionEnd = -1;
            // "Landham, MD, 2006", "Cambridge, Mass.: Harvard, 1990": a state or country after the city is part of the place.
            var withStop = he < y && text[he] == '.' ? he + 1 : he; // the region's own full stop ("Mass.")
            if (comma > hs && RegionAt(text, comma + 1, withStop) is var region and > 0 && TextScan.LastIndexOutsideQuotes(text, hs, comma, ',') is var cityComma
                && cityComma > hs && TextScan.Locate(text, cityComma + 1, comma, " .,:;") is { } city && LooksLikePlaceOrImprint(city.Value) && !NamesPublisher(city.Value))
                (comma, regionEnd) = (cityComma, region);
            if (comma > hs)
            {
                var segment = TextScan.Locate(text, comma + 1, he, " .,:;");
                // (The region's full stop is kept: "Cambridge, Mass.".)
                if (regionEnd > he) segment = TextScan.Locate(text, comma + 1, regionEnd, " ,:;");
                // "Zvezda, 4, April 1991": a journal's month goes nowhere.
                if (segment is not null && IsMonthOrMonths(segment.Value.AsSpan())) he = comma;
                // "…, edited by Sheila Fitzpatrick, 348–67. London: Routledge, 2000": a bibliography's chapter pages, then its imprint.
                else if (segment is not null && BibliographyImprint(text, segment.Span.Offset, segment.Span.End, out place, out publisher, out var chapterPages))
                {
                    locator ??= chapterPages;
                    he = comma;
                }
                // "Anna Reid, Borderland: A Journey. London: Weidenfeld, 1997": the imprint after the title's full stop,
                // as a bibliography writes it; the colon in the title is no place's.
                else if (segment is not null && ImprintAfterStop(text, segment.Span.Offset, segment.Span.End, out var stopPlace, out var stopPublisher, out stopEdition) is var stop and > 0)
                {
                    (place, publisher) = (stopPlace, stopPublisher);
                    he = stop;
                }
                else if (segment is not null && segment.Value.IndexOf(':') is var colon and > 0 && !PublisherFirst(segment.Value, colon))
                {
                    // "London: Macmillan, 1994": the place, then the publisher, as in a bracketed imprint.
                    var before = TextScan.Locate(text, segment.Span.Offset, segment.Span.Offset + colon);
                    var after = TextScan.Locate(text, segment.Span.Offset + colon + 1, segment.Span.End);
                    if (before is not null && after is not null && LooksLikePlaceOrImprint(before.Value) && char.IsUpper(after.Value[0]))
                    {
                        (place, publisher) = (before, after);
                        he = comma;
                    }
                }
                else if (segment is not null && LooksLikePlaceOrImprint(segment.Value))
                {
                    var publisherColon = segment.Value.IndexOf(':');
                    if (publisherColon > 0)
                    {
                        publisher = TextScan.Locate(text, segment.Span.Offset, segment.Span.Offset + publisherColon);
                        place = TextScan.Locate(text, segment.Span.Offset + publisherColon + 1, segment.Span.End);
                    }
                    // "Central Asia, Tashkent, Uzbekistan Publishers, 1975": a publisher after the place and a comma.
                    else if (NamesPublisher(segment.Value))
                    {
                        publisher = segment;
                        var pc = TextScan.LastIndexOutsideQuotes(text, hs, comma, ',');
                        if (pc > hs && TextScan.Locate(text, pc + 1, comma, " .,:;") is { } before && LooksLikePlaceOrImprint(before.Value) && !NamesPublisher(before.Value))
                            (place, comma) = (before, pc);
                    }
                    else place = segment;
                    he = comma;
                    // "Title, Ph.D. dissertation, Harvard University, 2008": after a thesis statement the university is
                    // the publisher; the statement goes nowhere.
                    if (place is null != publisher is null && TextScan.LastIndexOutsideQuotes(text, hs, comma, ',') is var tc && tc > hs
                        && ThesisStatementEnd(text, TextScan.Trim(text, tc + 1, comma).Start, he + 1) > 0)
                        (publisher, place, he) = (publisher ?? place, null, tc);
                }
            }
            (s, e) = TextScan.Trim(text, hs, he, " .,:;");
        }
        // "Nationalities Papers (12:3, Spring 1984)": a journal's volume and issue, joined by a colon, in the brackets
        // before its date read as a place and a publisher.
        Located? bracketVolume = null, bracketIssue = null;
        if (bracketed && place is { } numbers && publisher is { } rest0 && numbers.Value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
            && rest0.Value.AsSpan().IndexOfAnyExceptInRange('0', '9') is var digits && digits != 0
            && (digits < 0 || rest0.Value[digits] == ',' && IsMonthOrMonths(rest0.Value.AsSpan(digits + 1))))
        {
            var length = digits < 0 ? rest0.Value.Length : digits;
            (bracketVolume, bracketIssue) = (numbers, new Located(rest0.Value[..length], new TextSpan(rest0.Span.Offset, length)));
            (place, publisher) = (null, null);
        }
        if (e <= s && year is null) return null;

        // The names, then the title after a comma: "A. B. Ivanov, Title", "Ivanov, Petrov, and Sidorov, eds., Title",
        // "T. V. Volokitina et al. (eds.) Title", "Siqueiros, D., Title".
        var names = _names ??= new();
        var editors = _editors ??= new();
        var compilers = _compilers ??= new();
        names.Clear();
        editors.Clear();
        compilers.Clear();
        var asEditors = false;
        var rest = s;
        var firstComma = TextScan.IndexOfAnyOutsideQuotes(text, s, e, ",");
        // "Journal, no. 11 (1990)": a periodical named alone, then its issue.
        // (Not a quoted title's: "“Baku Workers,” Slavic Review 60, no. 2" is an unsigned article.)
        if (firstComma > s && !IsQuote(text[s]) && IssueWordAt(text, firstComma + 1, e) is var issueAt and > 0)
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
        var secondComma = firstComma >= 0 ? TextScan.IndexOfAnyOutsideQuotes(text, firstComma + 1, e, ",") : -1;
        if (!IsQuote(text[s]) && InvertedEditorsEnd(text, s, e, names) is var invertedEnd and > 0)
            (rest, asEditors) = (invertedEnd, true);
        else if (secondComma > 0 && IsInitials(text, firstComma + 1, secondComma) && IsFamilyOnly(text, s, firstComma))
        {
            names.Add(CslName.Person(TextScan.Locate(text, s, firstComma)!.Value, TextScan.Locate(text, firstComma + 1, secondComma)!.Value));
            rest = secondComma + 1;
        }
        else if (!IsQuote(text[s]) && ReadNames(text, s, e, names) is var namesEnd and > 0 && NameHeadEnd(text, namesEnd, e, out asEditors, out var asCompilers) is var headEnd and >= 0
                 && !(!asEditors && !asCompilers && headEnd < e && StartsWithRole(text.AsSpan(headEnd, e - headEnd), out _) > 0))
        {
            // ("The Trotsky Papers, ed. Jan M. Meijer": a role after the first comma follows a title, not names.)
            rest = headEnd;
            if (asCompilers)
            {
                compilers.AddRange(names);
                names.Clear();
            }
        }
        else names.Clear();
        if (asEditors)
        {
            editors.AddRange(names);
            names.Clear();
        }
        (rest, var re) = TextScan.Trim(text, rest, e, " .,:;");

        Located? title = null, container = null, volume = null, issue = null, edition = null;
        var kind = PublicationKind.Book;
        if (rest < re && IsQuote(text[rest]))
        {
            var close = ClosingQuote(text, rest, re);
            if (close < 0) return null;
            title = TextScan.Locate(text, rest + 1, close, " ,\"“”");
            var (cs, ce) = TextScan.Trim(text, close + 1, re, " .,:;”’\"");
            // "“Hayasa-Azzii teghvoroshume” [The Location of Hayasa-Azzi], in …": the title's translation in square brackets.
            if (cs < ce && text[cs] == '[' && text.IndexOf(']', cs, ce - cs) is var translated and > 0)
                (cs, ce) = TextScan.Trim(text, translated + 1, ce, " .,:;");
            // "“Koryo Saram,” ed. Ross King and Anna Kim, Korean Studies Bulletin 12": the piece's own editors (or
            // translators, who go nowhere) between its title and the periodical, which opens after their comma.
            if (cs < ce && PieceResponsibilityEnd(text, cs, ce, editors) is var periodical and > 0) cs = periodical;
            if (cs < ce)
            {
                if (ChapterInAt(text, cs, ce) is var inEnd and > 0)
                {
                    kind = PublicationKind.Chapter;
                    var book = SkipSameAuthor(text, inEnd, ce);
                    // "in Mann and Roberts, Law in Colonial Africa", "in Vladimir Tismaneanu, ed., Stalinism": the book's
                    // editors before its title.
                    var bookNames = _roleNames ??= new();
                    // "in Alworth, Edward, ed., Central Asia": the editor written family name first.
                    bookNames.Clear();
                    if (InvertedEditorsEnd(text, book, ce, bookNames) is var invertedMark and > 0 && SkipSpaces(text, invertedMark, ce) is var invertedComma
                        && SkipSpaces(text, invertedComma + 1, ce) is var invertedTitle && invertedTitle < ce && char.IsUpper(text[invertedTitle]))
                    {
                        editors.AddRange(bookNames);
                        book = invertedTitle;
                    }
                    else if (ReadNames(text, book, ce, bookNames) is var bookNamesEnd and > 0
                        && NameHeadEnd(text, bookNamesEnd, ce, out _) is var bookTitle and > 0 && bookTitle < ce
                        && StartsWithRole(text.AsSpan(bookTitle, ce - bookTitle), out _) == 0 // "in Ocherki Georgian, ed. R. Ivanov": a title
                        && !text.AsSpan(bookTitle, ce - bookTitle).StartsWith(Vocabulary.EnglishVolume, StringComparison.OrdinalIgnoreCase)) // "in Solovetskie Ostrova, vol. II"
                    {
                        editors.AddRange(bookNames);
                        book = bookTitle;
                    }
                    (ce, volume, edition) = Statements(text, book, ce, editors, compilers);
                    container = TextScan.Locate(text, book, WithoutTranslation(text, book, ce), " .,:;");
                }
                else if (BookWithEditors(text, cs, ce, editors, compilers) is var (bookEnd, bookVolume, bookEdition) && bookEnd > cs)
                {
                    // "“The Chapter,” The Big Book, ed. Anna Jones (London, 1990)": a book has editors, a journal none; the
                    // piece is a chapter though no "in" opens the book.
                    kind = PublicationKind.Chapter;
                    (volume, edition) = (bookVolume, bookEdition);
                    container = TextScan.Locate(text, cs, WithoutTranslation(text, cs, bookEnd), " .,:;");
                }
                else if (publisher is null && place is null && ThesisStatementEnd(text, cs, ce) is var university and > 0)
                {
                    // "‘Title’, PhD dissertation, University of Chicago, 1996": a thesis, no journal; the university is the
                    // publisher and the statement goes nowhere.
                    publisher = TextScan.Locate(text, university, ce, " .,:;");
                }
                else
                {
                    kind = PublicationKind.Article;
                    (container, volume, issue, var bracketYear, var journalPlace) = Journal(text, cs, ce);
                    place ??= journalPlace;
                    year ??= bracketYear;
                    // "Voprosy istorii, 1990, no. 8": a Russian journal numbers its issues within the year, which stands
                    // after a comma where a volume would stand after a space.
                    if (volume is not null && year is null && Conventions.IsYear(volume.Value) && volume.Span.Offset > cs
                        && TextScan.Trim(text, cs, volume.Span.Offset).End is var before && before > cs && text[before - 1] == ',')
                        (year, volume) = (volume, null);
                }
            }
        }
        else if (rest < re && names.Count + editors.Count + compilers.Count > 0 && IbidAt(text, rest, re))
        {
            // "Rossi, ibid., p. 310": the names and ibid, a short form of the work cited before.
        }
        else if (rest < re)
        {
            // "Valentina Orlova, in Anna Green and Paul Black, eds, Voices from the Siege": a writer's piece in an edited
            // book, cited by the book; the editors stand after "in" (a few words describing the piece may come first:
            // "diary, in Anna Green, ed., …").
            if (names.Count > 0 && EditorsAfterIn(text, rest, re, editors) is var bookTitle and > 0) rest = bookTitle;
            // A title opens with a capital or a digit, or in a small letter after names ("tsareulis purtsebli").
            // (Not after a sentence of prose: "… Devdariani. Tbilisi, qosizdat Qruzii, 1931" is a GOST imprint.)
            if (!char.IsUpper(text[rest]) && !char.IsDigit(text[rest]) && (names.Count + editors.Count + compilers.Count == 0 || afterProse || Conventions.CommentaryPrefixAt(text, rest, re) > 0)) return null;
            (re, volume, edition) = Statements(text, rest, re, editors, compilers);
            edition ??= stopEdition;
            re = DropHenceforth(text, rest, re);
            title = TextScan.Locate(text, rest, WithoutTranslation(text, rest, re), " .,:;");
        }

        // "Pavlov, Leningrad 1941, p. 120": a place and a year with no title before them are a short title ending in a
        // year (an imprint's place follows a title, and its year a comma).
        if (title is null && container is null && spacedYear && place is not null && publisher is null && year is not null)
        {
            title = new Located(text[place.Span.Offset..year.Span.End], new TextSpan(place.Span.Offset, year.Span.End - place.Span.Offset));
            (place, year, imprinted) = (null, null, false);
        }
        if (title is not null && LooksLikeLevel(title.Value)) return null; // "GARF, F.558, Op.1": a shelf mark
        // "Minutes of the Soviet, 12 March 1919. GARF, …": a document and its date, described before its shelf mark, not a
        // book; so is "Report by N. Karpov, Partorg at the plant, 30 September 1943." where a sentence follows it.
        if (title is not null && kind == PublicationKind.Book
            && (IsDayAndMonth(text, title.Span.Offset, title.Span.End) || end + 2 < text.Length && text[end] == '.' && EndsWithDayAndMonth(text, title.Span.Offset, title.Span.End)))
            return null;
        // "Johnson, 12.3.1990, London, p. 4": a numeric date after the name opens no title (a name and a date, as a press
        // list's reference gives them).
        if (title is not null && kind == PublicationKind.Book && Conventions.NumericDateYear(title.Value, 0, title.Value.Length) is not null) return null;
        // "Blauvelt, 54": a short form may give the names and the page alone.
        if (title is null && container is null && (afterProse || names.Count + editors.Count + compilers.Count == 0 || year is null && locator is null && !IbidAt(text, rest, re))) return null;
        // Without names, quotes or an imprint a part is no English note (a title alone is read by the other readers).
        if (names.Count == 0 && editors.Count == 0 && compilers.Count == 0 && kind == PublicationKind.Book
            && (!bracketed || title is not null && title.Value.Contains(". ", StringComparison.Ordinal)))
            return null; // a title without names running over sentences is prose before the citation
        if (names.Count > 0 && !imprinted && kind == PublicationKind.Book && (locator is null || char.IsLower(title?.Value[0] ?? 'A'))
            && volume is null && title is not null && title.Value.Contains(". ", StringComparison.Ordinal) && !PublicationReader.IsOpCit(title.Value))
            return null; // "Name, words. More words", "Ethnic Russians, who constituted … Abkhaz. Lakoba …": prose, not a short form

        volume ??= volumeBeforePage ?? (kind == PublicationKind.Article ? bracketVolume : null);
        if (kind == PublicationKind.Article) issue ??= bracketIssue;
        var (ts, te) = TextScan.Trim(text, start, end);
        return new PublicationCitation
        {
            Text = text[ts..te],
            Span = new TextSpan(ts, te - ts),
            Kind = kind,
            Authors = names.Count > 0 ? names.ToArray() : Array.Empty<CslName>(),
            Editors = editors.Count > 0 ? editors.ToArray() : Array.Empty<CslName>(),
            Compilers = compilers.Count > 0 ? compilers.ToArray() : Array.Empty<CslName>(),
            Edition = edition,
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

    // Where the periodical opens after a responsibility statement opening text[s..e) ("ed. Ross King and Anna Kim, Korean
    // Studies Bulletin", "trans. Max Hayward, Novyi mir"): the names, a comma and a capital; an editor's names are added
    // to editors. Else -1.
    private static int PieceResponsibilityEnd(string text, int s, int e, List<CslName> editors)
    {
        var roleLength = StartsWithRole(text.AsSpan(s, e - s), out var role);
        if (roleLength == 0) return -1;
        var names = _roleNames ??= new();
        if (ReadNames(text, s + roleLength, e, names) is not (var namesEnd and > 0)) return -1;
        var comma = SkipSpaces(text, namesEnd, e);
        if (comma >= e || text[comma] != ',') return -1;
        var periodical = SkipSpaces(text, comma + 1, e);
        if (periodical >= e || !char.IsUpper(text[periodical])) return -1;
        if (role == CreatorRole.Editor) editors.AddRange(names);
        return periodical;
    }

    // A bibliography's chapter after its quoted title, text[s..e): the book ("In" before it, or editors after it, for a
    // journal has none), its statements, then the imprint after a full stop ("ed. R. W. Davies. Houndmills: MacMillan,
    // 1990") or, as MLA writes it, the publisher after the editors' comma ("edited by Anna Jones, Macmillan, 1990"), and
    // the pages closing it; null where text[s..e) has not that shape (a journal's numbers, pages before the imprint).
    // The chapter's text, span, authors and title are the caller's.
    private static PublicationCitation? BibliographyChapter(string text, int s, int e)
    {
        var (body, pages, _) = Tail(text, s, e);
        (_, body) = TextScan.Trim(text, s, body, " .,:;");
        var book = ChapterInAt(text, s, body) is var inAt and > 0 ? inAt : s;
        // (Without "In" the pages are what tell the chapter from a book named after a quoted word.)
        if (pages is null && book == s) return null;
        var editors = _editors ??= new();
        var compilers = _compilers ??= new();
        editors.Clear();
        compilers.Clear();
        Located? place = null, publisher = null, year = null;
        // The imprint after the last full stop closing a word that is no initial ("Stuart. Totowa, NJ: Rowman").
        var stop = -1;
        for (var i = body - 2; i > book && stop < 0; i--)
            if (text[i] == '.' && text[i + 1] == ' ' && !IsInitialBefore(text, book, i) && !char.IsAsciiDigit(text[i - 1])) stop = i;
        int bookEnd;
        if (stop > book && TextScan.Trim(text, stop + 1, body) is var (ips, ipe) && ipe > ips && text.IndexOf(':', ips, ipe - ips) > ips)
        {
            if (!ReadImprint(text, ips, ipe, out place, out publisher, out year))
            {
                // "Totowa, NJ: Rowman & Allanheld": an imprint without its year.
                var colon = text.IndexOf(':', ips, ipe - ips);
                (place, publisher) = (TextScan.Locate(text, ips, colon), TextScan.Locate(text, colon + 1, ipe, " ,"));
                if (place is null || publisher is null || !LooksLikePlaceOrImprint(place.Value)) return null;
            }
            bookEnd = stop;
        }
        else
        {
            // MLA: "Book, edited by Anna Jones, Macmillan, 1990": the year, then the publisher after the last comma.
            if (YearAtEnd(text, book, body) is not (var y and > 0)) return null;
            year = new Located(text.Substring(y, 4), new TextSpan(y, 4));
            var (_, he) = TextScan.Trim(text, book, y, " ,");
            var comma = TextScan.LastIndexOutsideQuotes(text, book, he, ',');
            if (comma <= book || TextScan.Locate(text, comma + 1, he, " .,") is not { } named || !char.IsUpper(named.Value[0])) return null;
            publisher = named;
            bookEnd = comma;
        }
        var (end, volume, edition) = Statements(text, book, bookEnd, editors, compilers);
        // Without "In" only editors tell a book from a journal.
        if (book == s && editors.Count + compilers.Count == 0) return null;
        var container = TextScan.Locate(text, book, WithoutTranslation(text, book, end), " .,:;");
        if (container is null || LooksLikeLevel(container.Value)) return null;
        return new PublicationCitation
        {
            Text = "", Span = default, Kind = PublicationKind.Chapter,
            Editors = editors.ToArray(), Compilers = compilers.ToArray(), Edition = edition,
            ContainerTitle = container, Volume = volume, Place = place, Publisher = publisher, Year = year, Locator = pages,
        };
    }

    // Where the book's names or title begin after the word that puts a chapter in it, opening text[at..e): "in ", "in: "
    // (German and British notes), "In " (a bibliography's sentence after the chapter's title); else 0.
    private static int ChapterInAt(string text, int at, int e)
    {
        var n = Conventions.ChapterIn.Length - 1; // "in" without its space
        if (e - at <= n + 1 || string.Compare(text, at, Conventions.ChapterIn, 0, n, StringComparison.OrdinalIgnoreCase) != 0 || text[at] == 'I' && text[at + 1] != 'n') return 0;
        var after = at + n;
        if (text[after] == ':') after++;
        else if (text[after] != ' ') return 0;
        after = SkipSpaces(text, after, e);
        return after < e && (char.IsUpper(text[after]) || char.IsDigit(text[after]) || IsQuote(text[after]) || char.IsLower(text[after]) && text[at] == 'i') ? after : 0;
    }

    // "Hay zhoghovrdi patmutyun [History of the Armenian People]": where a book's title ends before the translation in
    // square brackets closing text[s..e), or e.
    private static int WithoutTranslation(string text, int s, int e)
    {
        var (_, te) = TextScan.Trim(text, s, e, " .,:;");
        if (te - s < 4 || text[te - 1] != ']') return e;
        var open = text.LastIndexOf('[', te - 1, te - s);
        // ("Dnevniki [1917–1922]": dates in brackets are part of the title.)
        return open > s && text[open - 1] == ' ' && char.IsLetter(text[open + 1]) ? open : e;
    }

    private static readonly System.Buffers.SearchValues<char> LowerLettersAndSpace = System.Buffers.SearchValues.Create(" abcdefghijklmnopqrstuvwxyz");

    /// <summary>How many words in small letters may describe a piece before the edited book it is in ("diary, in …").</summary>
    private const int MaxPieceWords = 3;

    // Where the book's title begins after "in Names, eds," (or "(eds)") opening text[at..e), perhaps after a few words in
    // small letters and a comma; the names are added to editors. Else -1.
    private static int EditorsAfterIn(string text, int at, int e, List<CslName> editors)
    {
        var from = at;
        if (char.IsLower(text[at]) && string.CompareOrdinal(text, at, Conventions.ChapterIn, 0, Conventions.ChapterIn.Length) != 0)
        {
            var comma = text.IndexOf(',', at, Math.Min(e - at, 40));
            if (comma < 0 || Words(text, at, comma) > MaxPieceWords || text.AsSpan(at, comma - at).ContainsAnyExcept(LowerLettersAndSpace)) return -1;
            from = SkipSpaces(text, comma + 1, e);
        }
        if (from + Conventions.ChapterIn.Length >= e || string.CompareOrdinal(text, from, Conventions.ChapterIn, 0, Conventions.ChapterIn.Length) != 0) return -1;
        var book = from + Conventions.ChapterIn.Length;
        var names = _roleNames ??= new();
        if (ReadNames(text, book, e, names) is not (var namesEnd and > 0) || NameHeadEnd(text, namesEnd, e, out var asEditors) is not (var title and > 0)
            || !asEditors || (title = SkipSpaces(text, title, e)) >= e || !char.IsUpper(text[title])) return -1;
        editors.AddRange(names);
        return title;
    }

    // "in idem, Collected Works", "in his Collected Works": where the book's title begins after the word naming the
    // chapter's own author (Vocabulary.EnglishSameAuthorWords), or at when none opens text[at..e).
    private static int SkipSameAuthor(string text, int at, int e)
    {
        foreach (var word in Vocabulary.EnglishSameAuthorWords)
        {
            var end = at + word.Length;
            if (end + 1 < e && string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && text[end] is ',' or ' ')
            {
                var next = SkipSpaces(text, text[end] == ',' ? end + 1 : end, e);
                if (next < e && (char.IsUpper(text[next]) || char.IsDigit(text[next]))) return next;
            }
        }
        return at;
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
            if (e - at > word.Length && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (word[^1] == '.' || char.IsAsciiDigit(text[at + word.Length])))
                return at + word.Length;
        return 0;
    }

    // True when text[s..e) holds initials and nothing else ("D.", "A. B.").
    private static bool IsInitials(string text, int s, int e)
    {
        var any = false;
        foreach (var range in text.AsSpan(s, e - s).Split(' '))
        {
            var word = text.AsSpan(s, e - s)[range];
            if (word.IsEmpty) continue;
            if (!Conventions.IsInitial(word) && !Conventions.IsGluedInitials(word)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>The most names read inverted before an editor mark.</summary>
    private const int MaxInvertedEditors = 4;

    // "Ludtke, Alf, ed., Title", "Grossberg, Larry and Nelson, Cary, eds., Title": bibliography-style inverted names
    // (family, comma, given) joined by "and" and followed by an editor mark are the book's editors. Returns the end of
    // the mark, or 0 (and leaves names empty) when text[s..e) does not open so. Without the mark the inverted names
    // stay unread here: "Lerner, Anna, Title" cannot be told from "Author, Title, Subtitle".
    private static int InvertedEditorsEnd(string text, int s, int e, List<CslName> names)
    {
        var pos = s;
        for (var n = 0; n < MaxInvertedEditors; n++)
        {
            var c1 = text.IndexOf(',', pos, e - pos);
            // (One family word: "Lena Vogt, Steppe Letters, ed. by …" is an author and a title.)
            if (c1 <= pos || !IsFamilyOnly(text, pos, c1) || text.AsSpan(pos, c1 - pos).Trim().Contains(' ')) break;
            var c2 = text.IndexOf(',', c1 + 1, e - c1 - 1);
            if (c2 < 0) break;
            var and = text.IndexOf(" and ", c1 + 1, c2 - c1 - 1, StringComparison.Ordinal);
            var givenEnd = and > 0 ? and : c2;
            if (!(IsInitials(text, c1 + 1, givenEnd) || IsFamilyOnly(text, c1 + 1, givenEnd))) break;
            names.Add(CslName.Person(TextScan.Locate(text, pos, c1)!.Value, TextScan.Locate(text, c1 + 1, givenEnd)!.Value));
            if (and > 0)
            {
                pos = SkipSpaces(text, and + 5, e);
                continue;
            }
            // The mark is closed by a comma before the title: "Vogt, Letters, ed. Karl Dorn" names the editor after it.
            var afterComma = SkipSpaces(text, c2 + 1, e);
            var mark = EditorMarkAt(text, afterComma, e, bracketed: false);
            if (mark > 0 && SkipSpaces(text, mark, e) is var comma && comma < e && text[comma] == ',') return mark;
            // "Smith, Jeremy, and Melanie Ilic, eds.": a bibliography inverts the first name only, and the last, after
            // ", and", is written given name first; the mark after it says the list is editors.
            if (mark == 0 && JoinerAt(text, afterComma, e) is var joined and > 0 && NameAt(text, joined, e, names) is var last and > 0
                && last < e && text[last] == ',' && EditorMarkAt(text, SkipSpaces(text, last + 1, e), e, bracketed: false) is var lastMark and > 0
                && (lastMark < e && text[lastMark] == ',' || TitleAfterEditorMark(text, lastMark, e) > 0)) return lastMark;
            break;
        }
        names.Clear();
        return 0;
    }

    // One or two capitalised words and nothing else ("Siqueiros", "Fernandes Tomas").
    private static bool IsFamilyOnly(string text, int s, int e)
    {
        var words = 0;
        foreach (var range in text.AsSpan(s, e - s).Split(' '))
        {
            var word = text.AsSpan(s, e - s)[range];
            if (word.IsEmpty) continue;
            if (!IsNameWord(word) || ++words > 2) return false;
        }
        return words > 0;
    }

    // A title's opening mark in an English note: TextScan's, and the straight apostrophe typed for ‘, but not „: a „…“
    // is a Georgian or German quotation, and the English readers that took it lost a Georgian note's place (development half).
    private static bool IsQuote(char c) => c != '„' && TextScan.IsOpeningQuote(c) || c == '\'';

    // True when text[at..e) is an ibid phrase and nothing else ("ibid", "Ibid.").
    private static bool IbidAt(string text, int at, int e)
    {
        var (s, t) = TextScan.Trim(text, at, e, " .,;:");
        foreach (var (phrase, _) in Vocabulary.IbidPhrases)
            if (t - s == phrase.Length && string.Compare(text, s, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0)
                return true;
        return false;
    }

    // What a newspaper's name never holds: digits, quotes, commas, brackets (then it is a title or a sentence).
    private static readonly System.Buffers.SearchValues<char> NotInNewspaperName = System.Buffers.SearchValues.Create("0123456789\"“‘'«,(");

    // "In Cynthia Simmons and Nina Perlina, eds, Writing the Siege": a sentence opening with "In" and the editors of the
    // collection it cites (a diarist quoted there is named before it); the citation begins at the editors. A title that
    // opens with "In" ("In Denikin's Russia") has no editor mark after its first words, and is kept.
    private static int SkipCollectionIn(string text, int s, int e)
    {
        const string In = "In ";
        if (e - s <= In.Length + 1 || string.CompareOrdinal(text, s, In, 0, In.Length) != 0 || !char.IsUpper(text[s + In.Length])) return s;
        var names = _roleNames ??= new();
        var namesEnd = ReadNames(text, s + In.Length, e, names);
        return namesEnd > 0 && NameHeadEnd(text, namesEnd, e, out var editors) >= 0 && editors ? s + In.Length : s;
    }

    private static int SkipCommentary(string text, int s, int e)
    {
        for (int n; (n = Conventions.CommentaryPrefixAt(text, s, e)) > 0;) (s, _) = TextScan.Trim(text, s + n, e, " ,:");
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
        // "no. 20 (335)", "#20 (335)": figures in brackets after an issue's number are its running number since the
        // first issue, part of the issue.
        if (before > s && char.IsAsciiDigit(text[before - 1]) && TextScan.Trim(text, open + 1, e - 1) is var (rs, re) && rs < re
            && text.AsSpan(rs, re - rs).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            var d = before;
            while (d > s && char.IsAsciiDigit(text[d - 1])) d--;
            if (IssueWordBefore(text, s, d)) return whole;
        }
        // After a page, a bracket with no year is commentary, and so is a shelf mark dated in it ("374 (RGASPI, f. 73, …,
        // Sept. 20, 1937)"); an imprint after a volume ("8 (1990)") is no shelf mark.
        if (before > s && (lowercase || (char.IsDigit(text[before - 1]) || text[before - 1] == '.')
                && (YearAtEnd(text, open + 1, e - 1) < 0 || ArchivalReader.Read(text, inside, e - 1) is not null)))
            return before;
        // After a page with its keyword ("p. 44 (3 March 1942)", a diary's or letter's date) a bracket is a remark even
        // with a year in it: an imprint stands before the pages, never after "p.".
        if (before > s && char.IsDigit(text[before - 1]) && LocatorReader.ReadAtEnd(text, s, before, folioAllowed: false) is not null)
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

    // "Place: Publisher, Year", "Place, Year" or "Year" inside the brackets [s, e); a journal's "(Winter 2004)" or "(April
    // 1991)" is its date, no place.
    private static bool ReadImprint(string text, int s, int e, out Located? place, out Located? publisher, out Located? year)
    {
        place = publisher = year = null;
        (s, e) = TextScan.Trim(text, s, e);
        var y = YearAtEnd(text, s, e);
        // "(Moscow: Gospolitizdat, 1946–52)": a work published over years is dated by its first.
        if (y < 0) y = YearRangeAtEnd(text, s, e);
        // "(Moscow, n.d.)": an imprint without a date.
        var undated = y < 0 ? TextScan.MarkAtEnd(text, s, e, Vocabulary.NoDateMarks, bracketed: false) : -1;
        if (y < 0 && undated < 0) return false;
        // "(London: Verso, 1998; paperback edition, 2009)", "(New York, 1965; repr. 1990)": a later edition named by
        // lowercase words alone, with no place or publisher of its own, leaves the imprint and year before the ";".
        if (y >= 0 && LaterEditionAfter(text, s, y) is var first and >= 0)
        {
            e = first + 4;
            y = first;
        }
        if (y >= 0) year = new Located(text[y..(y + 4)], new TextSpan(y, 4));
        var (ps, pe) = TextScan.Trim(text, s, y >= 0 ? y : undated, " ,;");
        // "1921; repr., London: Hyperion": the reprint's place and publisher follow the mark (the first edition's year
        // before it goes nowhere).
        foreach (var mark in Vocabulary.ReprintMarks)
        {
            var r = pe > ps ? text.LastIndexOf(mark, pe - 1, pe - ps, StringComparison.OrdinalIgnoreCase) : -1;
            if (r < 0 || r > ps && char.IsLetter(text[r - 1])) continue;
            (ps, pe) = TextScan.Trim(text, r + mark.Length, pe, " ,;.");
            break;
        }
        if (pe <= ps) return y >= 0;
        // "(PhD diss., University of London, 2004)": the thesis statement, then the university, which is the publisher.
        if (ThesisStatementEnd(text, ps, pe) is var thesis and > 0)
        {
            publisher = TextScan.Locate(text, thesis, pe, " ,");
            return y >= 0;
        }
        var colon = text.IndexOf(':', ps, pe - ps);
        if (colon >= 0)
        {
            place = TextScan.Locate(text, ps, colon);
            publisher = TextScan.Locate(text, colon + 1, pe, " ,");
        }
        else
        {
            place = TextScan.Locate(text, ps, pe, " ,");
            // "(London, Macmillan, 1999)", "Title. Oxford University Press, 1999.": a part that names a publisher is the
            // publisher, after a comma and the place or alone (MLA gives no place), not a place.
            if (place is not null && NamesPublisher(place.Value))
            {
                var comma = TextScan.LastIndexOutsideQuotes(text, ps, pe, ',');
                if (comma < 0) (place, publisher) = (null, place);
                else if (TextScan.Locate(text, ps, comma, " ,") is { } before && TextScan.Locate(text, comma + 1, pe, " ,") is { } after
                         && LooksLikePlaceOrImprint(before.Value) && !NamesPublisher(before.Value) && NamesPublisher(after.Value))
                    (place, publisher) = (before, after);
            }
        }
        if (place is not null && (Conventions.MonthOf(place.Value.AsSpan()) is not null || Conventions.IsSeason(place.Value))) place = null;
        // "(Feb. 3, 1919)", "(Rome, April 9, 1985)": a newspaper's day and month before the year are no place.
        if (place is not null && colon < 0)
        {
            var lastComma = place.Value.LastIndexOf(',');
            if (IsDayAndMonth(text, place.Span.Offset + lastComma + 1, place.Span.End))
                place = lastComma > 0 ? TextScan.Locate(text, place.Span.Offset, place.Span.Offset + lastComma, " ,") : null;
        }
        // "n.p." says the book gives no place (or no publisher): no value ("(n.p., n.d.)" is an imprint all the same).
        var noPlace = place is not null && Vocabulary.NoPlaceMarks.Contains(place.Value);
        if (noPlace) place = null;
        if (publisher is not null && Vocabulary.NoPlaceMarks.Contains(publisher.Value)) publisher = null;
        // Undated, it is an imprint only with a place of one to three capitalised words ("(Moscow, n.d.)", not "(see n.d.)").
        return y >= 0 || noPlace || place is not null && LooksLikePlaceOrImprint(place.Value);
    }

    // Where a state's or country's abbreviation opening text[s..e) ends, up to a colon or e ("MD", "N.J.", "U.K.",
    // "Mass.", "Calif."): two capitals, capitals each with its full stop, or a capitalised word of a few letters and its
    // full stop; else -1.
    private static int RegionAt(string text, int s, int e)
    {
        var (rs, re) = TextScan.Trim(text, s, e);
        var colon = text.IndexOf(':', rs, re - rs);
        if (colon >= 0) re = TextScan.Trim(text, rs, colon).End;
        var word = text.AsSpan(rs, re - rs);
        if (word.Length == 2 && char.IsAsciiLetterUpper(word[0]) && char.IsAsciiLetterUpper(word[1])) return re;
        if (word.Length is >= 4 and <= 6 && word.Length % 2 == 0)
        {
            var dotted = true;
            for (var i = 0; i < word.Length && dotted; i += 2) dotted = char.IsAsciiLetterUpper(word[i]) && word[i + 1] == '.';
            if (dotted) return re;
        }
        if (word.Length is >= 3 and <= MaxRegionAbbreviation + 1 && word[^1] == '.' && char.IsAsciiLetterUpper(word[0]))
        {
            foreach (var c in word[1..^1])
                if (!char.IsAsciiLetterLower(c)) return -1;
            return re;
        }
        return -1;
    }

    /// <summary>The longest abbreviation of a state read after a city in an unbracketed imprint (<c>Calif.</c>).</summary>
    private const int MaxRegionAbbreviation = 5;

    // "348–67. London: Routledge" in text[s..e): a chapter's pages, a full stop, then the imprint's place and publisher,
    // as a bibliography writes a chapter; false where text[s..e) has not that shape.
    private static bool BibliographyImprint(string text, int s, int e, out Located? place, out Located? publisher, out CitedLocator? pages)
    {
        place = publisher = null;
        pages = null;
        (s, e) = TextScan.Trim(text, s, e, " ,");
        if (e - s < 4) return false;
        var dot = text.IndexOf(". ", s, e - s, StringComparison.Ordinal);
        if (dot <= s || !char.IsAsciiDigit(text[dot - 1])) return false;
        for (var i = s; i < dot; i++)
            if (!(char.IsAsciiDigit(text[i]) || text[i] is '–' or '-' or '—')) return false;
        var (ps, pe) = TextScan.Trim(text, dot + 1, e, " ,");
        if (pe <= ps) return false;
        var colon = text.IndexOf(':', ps, pe - ps);
        place = TextScan.Locate(text, ps, colon > ps ? colon : pe);
        publisher = colon > ps ? TextScan.Locate(text, colon + 1, pe, " ,") : null;
        if (place is null || !LooksLikePlaceOrImprint(place.Value))
        {
            place = publisher = null;
            return false;
        }
        var written = text[s..dot];
        pages = new CitedLocator(LocatorReader.Canonical(written), LocatorLabels.Page, "", written, new TextSpan(s, dot - s));
        return true;
    }

    // Where the university begins after an English thesis statement opening text[s..e) ("PhD diss., ", "Ph.D. dissertation,
    // ", "MA thesis, "): after the comma closing a first segment that holds a word of Vocabulary.EnglishThesisWords; else 0.
    private static int ThesisStatementEnd(string text, int s, int e)
    {
        var comma = text.IndexOf(',', s, e - s);
        if (comma <= s) return 0;
        foreach (var word in Vocabulary.EnglishThesisWords)
        {
            var at = text.IndexOf(word, s, comma - s, StringComparison.OrdinalIgnoreCase);
            if (at >= s && (at == s || text[at - 1] == ' ') && (at + word.Length == comma || !char.IsLetter(text[at + word.Length])))
                return SkipSpaces(text, comma + 1, e);
        }
        return 0;
    }

    // Where the first year of a span of years closing text[s..e) begins ("1946–52", "1958–1963"), after a space, comma,
    // colon or bracket; else -1.
    private static int YearRangeAtEnd(string text, int s, int e)
    {
        var d = e;
        while (d > s && e - d <= 4 && char.IsAsciiDigit(text[d - 1])) d--;
        if (e - d is not (2 or 4) || d - 5 < s || text[d - 1] is not ('–' or '-' or '—')) return -1;
        var y = d - 5;
        if (!Conventions.IsYear(text.AsSpan(y, 4)) || y > s && !(text[y - 1] is ' ' or ',' or ':' or '(')) return -1;
        return e - d == 4 && string.CompareOrdinal(text, d, text, y, 4) <= 0 ? -1 : y;
    }

    // The first edition's year before a ";" in text[s..y) when only a later edition's lowercase statement ("paperback
    // edition", "repr.", "2nd edn") stands between the ";" and the year at y; else -1.
    private static int LaterEditionAfter(string text, int s, int y)
    {
        var semicolon = text.LastIndexOf(';', y - 1, y - s);
        if (semicolon <= s) return -1;
        var (ss, se) = TextScan.Trim(text, semicolon + 1, y, " ,;");
        if (se <= ss || se - ss > 40) return -1;
        var words = false;
        for (var i = ss; i < se; i++)
        {
            if (char.IsUpper(text[i]) || text[i] is ':' or '(' or ')' || text[i] == ';') return -1;
            words |= char.IsLetter(text[i]);
        }
        if (!words) return -1;
        var (fs, fe) = TextScan.Trim(text, s, semicolon, " ,;");
        return fe > fs ? YearAtEnd(text, fs, fe) : -1;
    }

    // Where a year (1500–2099) closing [s, e) begins, when a space, comma, colon or bracket stands before it; else -1.
    private static int YearAtEnd(string text, int s, int e)
    {
        if (e - s < 4) return -1;
        var y = e - 4;
        if (!Conventions.IsYear(text.AsSpan(y, 4))) return -1;
        if (y > s && !(text[y - 1] is ' ' or ',' or ':' or '(')) return -1;
        if (y > s + 1 && text[y - 1] == ' ' && (text[y - 2] is '–' or '-' or '—')) return -1; // "1918–1960" ends a title
        if (y > s && char.IsDigit(text[y - 1])) return -1;
        if (y > s + 1 && (text[y - 2] is '–' or '-')) return -1;
        return y;
    }

    /// <summary>The longest capitalised abbreviation whose full stop closes no title before an imprint (<c>St.</c>, <c>Vol.</c>).</summary>
    private const int MaxStopAbbreviation = 3;

    /// <summary>The most initials passed over, looking back from an imprint's full stop for the role word of a statement (<c>ed. A. B. Smith.</c>).</summary>
    private const int MaxStopInitials = 3;

    // Where the title's full stop stands before "Place: Publisher" closing text[s..e) ("The Oil Capital: Baku and Its
    // Workers. Berkeley: University of California Press", "…, vol. 1. Novosibirsk: Nauka"), with the place and the
    // publisher; -1 when the part after the last full stop is no such imprint. A full stop after an initial or a short
    // capitalised abbreviation ("St. Petersburg: Nauka", "Vol. 2") closes no title, nor one after a role or volume
    // statement ("ed. A. B. Smith."); an edition there ("Title. 2nd ed. Place: …") is the edition, and the title ends
    // before it. "Volume Two: The Terror" is a volume's title, no place's.
    private static int ImprintAfterStop(string text, int s, int e, out Located? place, out Located? publisher, out Located? edition)
    {
        (place, publisher, edition) = (null, null, null);
        var stop = TextScan.LastIndexOutsideQuotes(text, s, e, '.');
        if (stop <= s || stop + 2 >= e || text[stop + 1] != ' ') return -1;
        var ws = stop;
        while (ws > s && char.IsLetterOrDigit(text[ws - 1])) ws--;
        if (stop == ws || char.IsUpper(text[ws]) && stop - ws <= MaxStopAbbreviation) return -1;
        // "Title. 2nd ed. Berkeley: Press": the edition between the title's full stop and the imprint.
        var titleStop = stop;
        if (SentenceStart(text, s, stop) is var es and > 0 && es - 2 > s && text[es - 2] == '.' && IsEditionStatement(text.AsSpan(es, stop - es), out var counted) && !counted)
            (edition, titleStop) = (new Located(text[es..(stop + 1)], new TextSpan(es, stop + 1 - es)), es - 2);
        else if (StatementBeforeStop(text, s, stop)) return -1;
        var colon = text.IndexOf(':', stop + 2, e - stop - 2);
        if (colon < 0 || TextScan.Locate(text, stop + 2, colon) is not { } before || TextScan.Locate(text, colon + 1, e, " .,:;") is not { } after) return -1;
        if (!LooksLikePlaceOrImprint(before.Value) || PublisherFirst(text[(stop + 2)..e], colon - stop - 2)
            || !(char.IsUpper(after.Value[0]) || IsQuote(after.Value[0]))) { edition = null; return -1; }
        (place, publisher) = (before, after);
        return titleStop;
    }

    // The sentence closed by the full stop at text[stop] is a statement: an edition ("2nd ed"), a volume ("vol. 2") or a
    // role and its names ("ed. A. B. Smith", the initials' full stops passed over).
    private static bool StatementBeforeStop(string text, int s, int stop)
    {
        var b = SentenceStart(text, s, stop);
        for (var k = 0; k <= MaxStopInitials; k++)
        {
            var sentence = text.AsSpan(b, stop - b);
            if (IsEditionStatement(sentence, out _) || StartsWithRole(sentence, out _) > 0 || OpensWithStatementWord(sentence)) return true;
            if (b - 2 <= s) break;
            // "ed. A. B. Smith": a role word's own full stop, or an initial's, before the sentence; the sentence after the
            // role word opens with an initial ("Cohen, ed. An End to Silence." is a title the role word's names precede).
            var previous = SentenceStart(text, s, b - 2);
            if (char.IsUpper(text[b]) && b + 1 < stop && text[b + 1] == '.' && StartsWithRole(text.AsSpan(previous, stop - previous), out _) > 0) return true;
            if (!char.IsUpper(text[b - 3]) || b - 3 > s && char.IsLetter(text[b - 4])) break;
            b = previous;
        }
        return false;
    }

    // Where the sentence ending at text[end] begins: after the last ". " before it, else at s.
    private static int SentenceStart(string text, int s, int end)
    {
        var dot = end - 1 > s ? text.LastIndexOf(". ", end - 1, end - s, StringComparison.Ordinal) : -1;
        return dot < s ? s : dot + 2;
    }

    // The words open with a volume word ("Volume Two", "vol. 2"), which no place or title's end does.
    private static bool OpensWithStatementWord(ReadOnlySpan<char> words)
    {
        words = words.TrimStart();
        var space = words.IndexOf(' ');
        var first = (space < 0 ? words : words[..space]).TrimEnd('.');
        foreach (var word in Vocabulary.EnglishVolumeWords)
            if (first.Equals(word.AsSpan().TrimEnd('.'), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "Nauka: Moscow", "Oxford University Press: Oxford": a publisher (a word that names publishers) before the colon and
    // none after it; else the colon follows the place, as in Chicago's "Place: Publisher".
    private static bool PublisherFirst(string segment, int colon) =>
        NamesPublisher(segment.AsSpan(0, colon)) && !NamesPublisher(segment.AsSpan(colon + 1));

    private static bool NamesPublisher(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
            if (Labelling.Lexicon.IsPublisherWord(words[range].Trim(".,"))) return true;
        return false;
    }

    // A place ("Moscow", "Kingston, Ontario") or "Publisher: Place" (publishers before places in some notes); no place
    // holds a volume word ("Stalin. Volume Two: The Terror" is a volume's title).
    private static bool LooksLikePlaceOrImprint(string segment)
    {
        var colon = segment.IndexOf(':');
        var place = colon >= 0 ? segment[(colon + 1)..].Trim() : segment;
        if (place.Length == 0 || !char.IsUpper(place[0])) return false;
        var words = 0;
        foreach (var range in place.AsSpan().Split(' '))
        {
            var word = place.AsSpan()[range];
            if (word.IsEmpty) continue;
            if (++words > 3 || !char.IsUpper(word[0]) || word.IndexOfAnyInRange('0', '9') >= 0 || OpensWithStatementWord(word)) return false;
        }
        return true;
    }

    /// <summary>
    /// Reads the names opening text[s..e) into <paramref name="names"/>: one name (<c>A. B. Ivanov</c>,
    /// <c>Ronald Grigor Suny</c>), two joined by <c>and</c>, a list closed by <c>, and</c> (<c>Ivanov, Petrov, and
    /// Sidorov</c>), or a first name and <c>et al.</c>; returns where they end, or -1. Names in a list are separated by
    /// commas only when a joiner closes it: in <c>Ivanov, Istoriia, 115</c> the name is Ivanov alone.
    /// </summary>
    private static int ReadNames(string text, int s, int e, List<CslName> names)
    {
        names.Clear();
        var end = NameAt(text, s, e, names);
        if (end < 0) return -1;
        var sure = end;
        for (var at = end; names.Count <= MaxNames;)
        {
            var j = at;
            var comma = j < e && text[j] == ',';
            if (comma) j++;
            while (j < e && text[j] == ' ') j++;
            if (!comma && EtAlAt(text, j, e) is var etAl and > 0) return etAl;
            // "Ivanov and Petrov", "Ivanov, Petrov, and Sidorov": a list of three or more closes with ", and" (so the
            // title of "Rayfield, Stalin and His Hangmen" is no name).
            if ((comma || names.Count == 1) && JoinerAt(text, j, e) is var joined and > 0)
            {
                var last = NameAt(text, joined, e, names);
                if (last < 0) break;
                return EtAlAt(text, SkipSpaces(text, last, e), e) is var more and > 0 ? more : last;
            }
            // "J. Wright, S. Goldenberg and R. Schofield (eds)": British lists put no comma before "and"; an editor mark
            // after the last name says the list is names, not a title ("Rayfield, Stalin and His Hangmen").
            if (!comma && names.Count > 1 && JoinerAt(text, j, e) is var britishJoined and > 0)
            {
                var count = names.Count;
                var last = NameAt(text, britishJoined, e, names);
                if (last > 0 && EditorMarkAfter(text, last, e)) return last;
                if (names.Count > count) names.RemoveAt(names.Count - 1);
                break;
            }
            if (!comma) break;
            at = NameAt(text, j, e, names);
            if (at < 0) break;
        }
        // No joiner closed the list: the words after the first comma are the title.
        names.RemoveRange(1, names.Count - 1);
        return sure;
    }

    // Where English names opening text[s..e) end ("Lubomyr Y. Luciuk, Title", "Oleg V. Khlevniuk and M. A. Petrov,
    // eds."), or -1: a GOST name ("Ivanov I. I.") ends on its initials, so English names run past them.
    private static int NameListEnd(string text, int s, int e) => ReadNames(text, s, e, _names ??= new());

    /// <summary>The most names one list is read into (a longer one is prose or a title, not names).</summary>
    private const int MaxNames = 12;

    /// <summary>
    /// One name at text[i..e): up to four words, initials or capitalised words, the family name last, followed by a
    /// comma, a joiner, <c>et al.</c>, a bracket or the end; adds it and returns where it ends, or -1.
    /// </summary>
    private static int NameAt(string text, int i, int e, List<CslName> names)
    {
        var first = i;
        var family = -1;
        var particle = -1;
        var bareInitial = false;
        for (var words = 0; words < 4; words++)
        {
            var w = i;
            while (w < e && text[w] is not (' ' or ',' or '(')) w++;
            var word = text.AsSpan(i, w - i);
            // "De Madariaga", "Isabel Van Ree": a particle capitalised opens the family name as a small one does, when
            // a name word follows it (a name of the particle's word alone is kept).
            if (IsCapitalisedParticle(word) && SkipSpaces(text, w, e) is var following && following > w && following < e && char.IsUpper(text[following]))
                (family, particle) = (-1, particle >= 0 ? particle : i);
            else if (IsNameWord(word)) (family, particle) = (particle >= 0 ? particle : i, -1);
            else if (Conventions.IsInitial(word) || Conventions.IsGluedInitials(word)) family = -1;
            // "George A Burrell": a middle initial set without its full stop, between a given name and the family name.
            else if (word.Length == 1 && char.IsAsciiLetterUpper(word[0]) && family >= 0 && particle < 0) family = -1;
            // "in S Fitzpatrick (ed.)": British notes also open a name with its bare initial; only an editor mark in
            // brackets after the name tells it from a title's article ("A History of Russia").
            else if (word.Length == 1 && char.IsAsciiLetterUpper(word[0]) && words == 0) bareInitial = true;
            else if (Conventions.IsNameParticle(word)) (family, particle) = (-1, particle >= 0 ? particle : i); // "van Ree"
            else return -1;
            var next = SkipSpaces(text, w, e);
            var closes = next >= e || text[next] is ',' or '(' || JoinerAt(text, next, e) > 0 || EtAlAt(text, next, e) > 0;
            if (closes)
            {
                if (family < 0 || bareInitial && EditorMarkAt(text, next, e, bracketed: true) == 0) return -1;
                var (gs, ge) = TextScan.Trim(text, first, family);
                names.Add(CslName.Person(text[family..w], ge > gs ? text[gs..ge] : null));
                return w;
            }
            if (next == w) return -1;
            i = next;
        }
        return -1;
    }

    private static int SkipSpaces(string text, int i, int e)
    {
        while (i < e && text[i] == ' ') i++;
        return i;
    }

    // Where the name after a joiner ("and ", "& ") opening text[at..e) begins, or 0.
    private static int JoinerAt(string text, int at, int e, string[]? joiners = null)
    {
        foreach (var joiner in joiners ?? Conventions.NameJoiners)
        {
            var after = at + joiner.Length;
            if (after < e && text[after] == ' ' && string.CompareOrdinal(text, at, joiner, 0, joiner.Length) == 0)
                return SkipSpaces(text, after, e);
        }
        return 0;
    }

    // The end of "et al." opening text[at..e), or 0; its full stop may have been trimmed with the part's ("Ivanov et al., 5").
    private static int EtAlAt(string text, int at, int e)
    {
        var length = Math.Min(Conventions.EtAl.Length, e - at);
        if (length < Conventions.EtAl.Length - 1 || string.CompareOrdinal(text, at, Conventions.EtAl, 0, length) != 0) return 0;
        return length == Conventions.EtAl.Length || at + length == e ? at + length : 0;
    }

    /// <summary>
    /// Where the title begins after names ending at <paramref name="at"/>: after <c>, </c>, <c>, eds., </c> or
    /// <c>(eds.)</c>; the end of the part when the names are all of it (<c>Blauvelt, 54</c>); -1 when the names
    /// are not followed so (they were the title's words). <paramref name="editors"/> says an editor mark named the role.
    /// </summary>
    private static int NameHeadEnd(string text, int at, int e, out bool editors) => NameHeadEnd(text, at, e, out editors, out _);

    // The same, also telling a compiler mark after the names ("Anna Petrova, comp., Title").
    private static int NameHeadEnd(string text, int at, int e, out bool editors, out bool compilers)
    {
        editors = compilers = false;
        at = SkipSpaces(text, at, e);
        if (at >= e) return e;
        var bracketed = EditorMarkAt(text, at, e, bracketed: true);
        if (bracketed > 0)
        {
            editors = true;
            at = SkipSpaces(text, bracketed, e);
            if (at < e && text[at] == ',') at++;
            return at;
        }
        if (text[at] != ',') return -1;
        at = SkipSpaces(text, at + 1, e);
        // "William C. Fuller, Jr, The Foe Within": a generational suffix and its comma belong to the name before them.
        foreach (var suffix in Vocabulary.EnglishNameSuffixes)
            if (e - at > suffix.Length && string.CompareOrdinal(text, at, suffix, 0, suffix.Length) == 0 && text[at + suffix.Length] == ',')
            {
                at = SkipSpaces(text, at + suffix.Length + 1, e);
                break;
            }
        var mark = EditorMarkAt(text, at, e, bracketed: false);
        if (mark > 0 && (mark == e || text[mark] == ','))
        {
            editors = true;
            return mark < e ? mark + 1 : mark;
        }
        if (mark > 0 && TitleAfterEditorMark(text, mark, e) is var titled and > 0)
        {
            editors = true;
            return titled;
        }
        foreach (var (word, role) in Vocabulary.EnglishRoleWords)
            if (role == CreatorRole.Compiler && e - at > word.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && text[at + word.Length] == ',')
            {
                compilers = true;
                return at + word.Length + 1;
            }
        return at;
    }

    // Where the title begins after an editor mark ending at mark and a space ("Ronald Suny, ed. Transcaucasia",
    // "Moshe Lewin, ed. The Making of the Soviet System"), or 0: the mark names the editors before it, unless names
    // follow it, as after a title ("The Trotsky Papers, ed. Jan M. Meijer", "in Beyond Totalitarianism, ed. Geyer and
    // Fitzpatrick"): a name with a given name or initials, or names closing the part or followed by a bracket or a page.
    private static int TitleAfterEditorMark(string text, int mark, int e)
    {
        if (mark >= e || text[mark] != ' ') return 0;
        var title = SkipSpaces(text, mark, e);
        if (title >= e || !(char.IsUpper(text[title]) || IsQuote(text[title]))) return 0;
        var names = _markNames ??= new();
        if (ReadNames(text, title, e, names) is not (var end and > 0)) return title;
        if (names[0].Given is not null) return 0;
        var next = SkipSpaces(text, end, e);
        if (next >= e || text[next] == '(') return 0;
        var after = SkipSpaces(text, next + 1, e);
        return text[next] == ',' && (after >= e || !char.IsUpper(text[after])) ? 0 : title;
    }

    [ThreadStatic] private static List<CslName>? _markNames;

    // True when an editor mark follows the names ending at at: "(eds)", ", eds.".
    private static bool EditorMarkAfter(string text, int at, int e)
    {
        at = SkipSpaces(text, at, e);
        if (EditorMarkAt(text, at, e, bracketed: true) > 0) return true;
        return at < e && text[at] == ',' && EditorMarkAt(text, SkipSpaces(text, at + 1, e), e, bracketed: false) > 0;
    }

    // The end of an editor mark ("eds.", or "(eds.)" when bracketed) opening text[at..e), or 0. British notes leave
    // the full stop off before a comma ("Simmons and Perlina, eds, Writing the Siege"; "in Kovalchuk, ed, …").
    private static int EditorMarkAt(string text, int at, int e, bool bracketed)
    {
        foreach (var mark in Conventions.EditorMarks)
        {
            if (mark[0] == '(' != bracketed) continue;
            if (e - at >= mark.Length && string.CompareOrdinal(text, at, mark, 0, mark.Length) == 0) return at + mark.Length;
            // "(eds)", "(ed)": the bracket closes the mark where its full stop would stand.
            if (bracketed && e - at >= mark.Length - 1 && string.CompareOrdinal(text, at, mark, 0, mark.Length - 2) == 0 && text[at + mark.Length - 2] == ')')
                return at + mark.Length - 1;
            var bare = mark.Length - 1; // without its full stop
            if (!bracketed && mark[^1] == '.' && e - at > bare && text[at + bare] == ',' && string.CompareOrdinal(text, at, mark, 0, bare) == 0)
                return at + bare;
        }
        return 0;
    }

    /// <summary>
    /// True for a name particle written with a capital (<c>De</c>, <c>Van</c>, <c>Von</c>): only the short ones, since
    /// <c>Della Pollock</c> and <c>Al Smith</c> (<see cref="Vocabulary.GivenNamesSpeltAsParticles"/>) are given names.
    /// </summary>
    internal static bool IsCapitalisedParticle(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 3 || !char.IsUpper(word[0])) return false;
        foreach (var given in Vocabulary.GivenNamesSpeltAsParticles)
            if (word.SequenceEqual(given)) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return word[1..].SequenceEqual(lower[1..]) && Conventions.IsNameParticle(lower);
    }

    // A capitalised word of letters, apostrophes and hyphens ("Ivanov", "D’iakov", "Ter-Minasova").
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        // (A modifier or combining mark is a letter's diacritic a PDF extractor set apart: "Szcz˛esna".)
        foreach (var c in word)
            if (!(char.IsLetter(c) || c is '\'' or '’' or '-' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.ModifierSymbol or UnicodeCategory.NonSpacingMark))
                return false;
        return true;
    }

    // The statements closing text[s..e) (Statements) where they name editors or compilers, which a book has and a journal
    // has not; else (-1, null, null) with the lists as they were.
    private static (int End, Located? Volume, Located? Edition) BookWithEditors(string text, int s, int e, List<CslName> editors, List<CslName> compilers)
    {
        var (had, hadCompilers) = (editors.Count, compilers.Count);
        var read = Statements(text, s, e, editors, compilers);
        if (editors.Count > had || compilers.Count > hadCompilers) return read;
        editors.RemoveRange(had, editors.Count - had);
        compilers.RemoveRange(hadCompilers, compilers.Count - hadCompilers);
        return (-1, null, null);
    }

    /// <summary>The most statements read after a title (<c>, vol. 3, The Twentieth Century, ed. X, 2 vols.</c>).</summary>
    private const int MaxStatements = 6;

    // The statements closing a title or a book container: ", vol. III", ", ed. X. Y. Z", ", eds. …", ", edited by …",
    // ", comp. …", ", trans. …" (a translator is recorded nowhere; "trans. and ed." is an editor), ", I" (a volume),
    // ", 2nd ed.", ", 3 vols.", ", op. cit."; returns where the title ends, the volume and the edition.
    private static (int End, Located? Volume, Located? Edition) Statements(string text, int s, int e, List<CslName> editors, List<CslName> compilers)
    {
        Located? volume = null, edition = null;
        for (var guard = 0; guard < MaxStatements; guard++)
        {
            var comma = TextScan.LastIndexOutsideQuotes(text, s, e, ',');
            if (comma <= s) break;
            var (ss, se) = TextScan.Trim(text, comma + 1, e, " .,:;");
            if (se <= ss) { e = comma; continue; }
            var seg = text.AsSpan(ss, se - ss);
            if (seg.StartsWith(Vocabulary.EnglishVolume, StringComparison.OrdinalIgnoreCase))
            {
                // "vol. VI: Triumph and Tragedy": the volume is its number; its own title is no part of it.
                var (vs, _) = TextScan.Trim(text, ss + Vocabulary.EnglishVolume.Length, se, " .");
                var ve = vs;
                while (ve < se && !(text[ve] is ' ' or ':')) ve++;
                volume = TextScan.Locate(text, vs, ve, " .");
                e = comma;
                continue;
            }
            if (PublicationReader.IsOpCit(text.AsSpan(ss, e - ss).TrimEnd(" ,;:")))
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
            // "vol. 2, book 3", "vol. 1, doc. 44": a part of the volume after it (a word in small letters and a number),
            // recorded nowhere.
            if (IsPartOfVolume(seg) && TextScan.LastIndexOutsideQuotes(text, s, comma, ',') is var pc and > 0
                && TextScan.Trim(text, pc + 1, comma).Start is var ps
                && string.Compare(text, ps, Vocabulary.EnglishVolume, 0, Vocabulary.EnglishVolume.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                e = comma;
                continue;
            }
            var mark = StartsWithRole(seg, out var role);
            if (mark > 0)
            {
                // The names run to the segment's end, keeping the full stop of "et al.".
                var (ns, ne) = TextScan.Trim(text, ss + mark, e, " ,;:");
                var names = _roleNames ??= new();
                if (ReadNames(text, ns, ne, names) == ne)
                {
                    if (role == CreatorRole.Editor) editors.AddRange(names);
                    else if (role == CreatorRole.Compiler) compilers.AddRange(names);
                }
                e = comma;
                continue;
            }
            if (IsSeriesStatement(seg))
            {
                e = comma;
                continue;
            }
            if (IsEditionStatement(seg, out var counted))
            {
                if (!counted) edition = new Located(seg.ToString(), new TextSpan(ss, se - ss));
                e = comma;
                continue;
            }
            // "ed. Alan Green, Nina Black, and Ivan White": a role whose list of names holds commas of its own.
            if (RoleWithNameList(text, s, comma, e, editors, compilers) is var listed and > 0)
            {
                e = listed;
                continue;
            }
            // "The Cambridge History of Russia, vol. 3, The Twentieth Century": the volume's own title after its number,
            // recorded nowhere (the volume is read next).
            if (char.IsUpper(seg[0]) && TextScan.LastIndexOutsideQuotes(text, s, comma, ',') is var vc and > 0 && vc > s
                && TextScan.Trim(text, vc + 1, comma).Start is var volumeAt && volumeAt < comma
                && string.Compare(text, volumeAt, Vocabulary.EnglishVolume, 0, Vocabulary.EnglishVolume.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                e = comma;
                continue;
            }
            break;
        }
        return (e, volume, edition);
    }

    /// <summary>The words after an ordinal that make an edition statement (<c>2nd ed.</c>, <c>3rd edn</c>, <c>rev. ed.</c>).</summary>
    private static readonly string[] EditionWords = ["ed", "edn", "edition"];

    /// <summary>The words before an edition word that say which edition without an ordinal (<c>rev. ed.</c>).</summary>
    private static readonly string[] EditionQualifiers = ["rev", "revised", "enl", "enlarged", "expanded", "new", "abridged"];

    // The comma before a role mark whose names run, over commas, to e (", ed. A, B, and C"), looked for among the few
    // commas before the one at comma; the names are added to their role. Else -1.
    private static int RoleWithNameList(string text, int s, int comma, int e, List<CslName> editors, List<CslName> compilers)
    {
        var at = comma;
        for (var back = 0; back < MaxNames; back++)
        {
            at = TextScan.LastIndexOutsideQuotes(text, s, at, ',');
            if (at <= s) return -1;
            var (ss, se) = TextScan.Trim(text, at + 1, e, " .,:;");
            if (se <= ss) return -1;
            var mark = StartsWithRole(text.AsSpan(ss, se - ss), out var role);
            if (mark == 0) continue;
            var (ns, ne) = TextScan.Trim(text, ss + mark, e, " ,;:");
            var names = _roleNames ??= new();
            if (ReadNames(text, ns, ne, names) != ne || names.Count < 2) return -1;
            if (role == CreatorRole.Editor) editors.AddRange(names);
            else if (role == CreatorRole.Compiler) compilers.AddRange(names);
            return at;
        }
        return -1;
    }

    // "1st ser.", "2nd series", "ser. 3", "new series": a series statement of two words at most, one a series word.
    private static bool IsSeriesStatement(ReadOnlySpan<char> seg)
    {
        var space = seg.IndexOf(' ');
        if (space < 0 || seg[(space + 1)..].Contains(' ')) return false;
        var first = seg[..space];
        var second = seg[(space + 1)..];
        foreach (var word in Vocabulary.EnglishSeriesWords)
        {
            // (The segment comes trimmed of its closing full stop: "1st ser".)
            if (second.TrimEnd('.').Equals(word.AsSpan().TrimEnd('.'), StringComparison.OrdinalIgnoreCase) && (char.IsAsciiDigit(first[0]) || first.Equals("new", StringComparison.OrdinalIgnoreCase))) return true;
            if (first.Equals(word, StringComparison.OrdinalIgnoreCase) && (char.IsAsciiDigit(second[0]) || IsRoman(second))) return true;
        }
        return false;
    }

    // "2nd ed.", "3rd edn", "rev. ed.", "revised edition": an edition statement; "3 vols.", "2 vols": the count of a
    // work's volumes (counted), recorded nowhere.
    private static bool IsEditionStatement(ReadOnlySpan<char> seg, out bool counted)
    {
        counted = false;
        seg = seg.TrimEnd('.');
        var space = seg.LastIndexOf(' ');
        if (space <= 0) return false;
        var first = seg[..space].TrimEnd('.').Trim();
        var last = seg[(space + 1)..];
        if (last is "vols" or "vol" && first.Length is > 0 and <= 3 && first.IndexOfAnyExceptInRange('0', '9') < 0) return counted = true;
        var isEditionWord = false;
        foreach (var word in EditionWords) isEditionWord |= last.Equals(word, StringComparison.OrdinalIgnoreCase);
        if (!isEditionWord) return false;
        foreach (var word in EditionQualifiers) if (first.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        // An ordinal: digits and their suffix (2nd, 3rd, 4th, 1st).
        var d = 0;
        while (d < first.Length && char.IsAsciiDigit(first[d])) d++;
        return d > 0 && first[d..] is "st" or "nd" or "rd" or "th";
    }

    // Lists a read uses only while it runs, one per thread: the names before the title, the editors, the names after a
    // role word inside a statement (copied out to arrays).
    [ThreadStatic] private static List<CslName>? _names, _editors, _compilers, _roleNames;

    // The length of the role words opening seg and the space after them ("ed. ", "edited by ", "trans. and ed. "), and
    // the role they name (an editor wherever one of joined roles is: "trans. and ed."), or 0.
    private static int StartsWithRole(ReadOnlySpan<char> seg, out CreatorRole role)
    {
        role = CreatorRole.Other;
        var at = 0;
        for (var joined = 0; joined < 3; joined++)
        {
            var found = 0;
            foreach (var (word, r) in Vocabulary.EnglishRoleWords)
            {
                if (seg[at..].StartsWith(word, StringComparison.Ordinal) && seg.Length > at + word.Length && seg[at + word.Length] == ' ')
                {
                    found = word.Length + 1;
                    if (role != CreatorRole.Editor) role = r;
                    break;
                }
                // "eds Sarah Davies", "ed Anna Green": British notes leave the editor mark's full stop off (a capital follows).
                var bare = word.Length - 1;
                if (r == CreatorRole.Editor && word[^1] == '.' && seg.Length > at + bare + 1 && seg[at..].StartsWith(word.AsSpan(0, bare), StringComparison.Ordinal)
                    && seg[at + bare] == ' ' && char.IsUpper(seg[at + bare + 1]))
                {
                    found = bare + 1;
                    role = CreatorRole.Editor;
                    break;
                }
            }
            if (found == 0) break;
            at += found;
            // "ed. by Laura Hunt", "trans. by …": the role's abbreviation, then "by".
            if (seg[at..].StartsWith(Vocabulary.RoleBy, StringComparison.Ordinal)) at += Vocabulary.RoleBy.Length;
            // "trans. and ed. ", "ed. & trans. ": roles joined.
            var rest = seg[at..];
            var joiner = 0;
            foreach (var name in Conventions.NameJoiners)
                if (rest.Length > name.Length && rest.StartsWith(name, StringComparison.Ordinal) && rest[name.Length] == ' ') { joiner = name.Length + 1; break; }
            if (joiner == 0 || !StartsWithAnyRole(rest[joiner..])) return at;
            at += joiner;
        }
        return at;
    }

    private static bool StartsWithAnyRole(ReadOnlySpan<char> seg)
    {
        foreach (var (word, _) in Vocabulary.EnglishRoleWords)
            if (seg.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    // A word of small letters, its full stop if abbreviated, and a number ("book 3", "doc. 10", "pt. 2").
    private static bool IsPartOfVolume(ReadOnlySpan<char> seg)
    {
        var w = 0;
        while (w < seg.Length && char.IsLower(seg[w])) w++;
        if (w is < 2 or > 8) return false;
        var rest = seg[w..].TrimStart('.').TrimStart(' ');
        return rest.Length > 0 && rest.Length < seg.Length - w && rest.IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>The most characters of a journal's volume number, in figures or Roman numerals (<c>LXVIII</c>).</summary>
    private const int MaxVolumeNumber = 7;

    // Where the volume number closing text[s..e) begins, in figures ("52") or capital Roman numerals ("XL", "LXVII"); e
    // when none closes it.
    private static int VolumeNumberStart(string text, int s, int e)
    {
        var d = e;
        while (d > s && e - d < MaxVolumeNumber && char.IsAsciiDigit(text[d - 1])) d--;
        if (d < e) return d > s && char.IsLetterOrDigit(text[d - 1]) ? e : d;
        while (d > s && e - d < MaxVolumeNumber && Conventions.IsRomanLetter(text[d - 1])) d--;
        return d < e && (d == s || !char.IsLetterOrDigit(text[d - 1])) ? d : e;
    }

    // A volume or part in capital Roman numerals of up to five letters, C left out: "C." there is an initial.
    private static bool IsRoman(ReadOnlySpan<char> seg) => Conventions.IsRoman(seg, maxLength: 5, letters: RomanWithoutC);

    /// <summary>The Roman letters this reader takes for a number (I, V, X, L): a capital C is as often an initial.</summary>
    private const int RomanWithoutC = 4;

    /// <summary>The most digits of a journal's volume or issue read in the form <c>49 (2)</c>.</summary>
    private const int MaxIssueDigits = 4;

    // "Voprosy istorii 8", "Izvestiia TsK KPSS, no. 11", "Rodina no. 2": the journal, its volume and its issue.
    private static (Located? Journal, Located? Volume, Located? Issue, Located? Year, Located? Place) Journal(string text, int s, int e)
    {
        Located? volume = null, issue = null, year = null;
        // "New York Times, January 20": a newspaper's day and month after its title, the year read before.
        var dated = DayAndMonthAtEnd(text, s, ref e);
        // "Slavic Review, vol. 52, no. 1, 1993": the year after the journal's numbers and a comma, as MLA writes it.
        {
            var (_, te) = TextScan.Trim(text, s, e, " .,");
            if (te - s > 8 && YearAtEnd(text, s, te) is var y and > 0 && text[y - 1] is ' ' or ','
                && TextScan.Trim(text, s, y, " ").End is var ce && ce > s + 1 && text[ce - 1] == ',' && char.IsAsciiDigit(text[ce - 2]))
                (year, e) = (new Located(text.Substring(y, 4), new TextSpan(y, 4)), ce - 1);
        }
        // "Slavic Review, 49 (2), 1990", "49(2)": the volume, then its issue in brackets, the year read after them.
        {
            var (_, te) = TextScan.Trim(text, s, e, " .,");
            var open = te - 2;
            while (open > s && te - open <= MaxIssueDigits + 1 && char.IsAsciiDigit(text[open])) open--;
            if (te - s > 6 && text[te - 1] == ')' && open > s && text[open] == '(' && open < te - 2 && TextScan.Trim(text, s, open).End is var ve
                && ve > s && char.IsAsciiDigit(text[ve - 1]))
            {
                var vs = ve;
                while (vs > s && ve - vs < MaxIssueDigits && char.IsAsciiDigit(text[vs - 1])) vs--;
                var (_, ne) = TextScan.Trim(text, s, vs);
                var yearBefore = YearBeforeNumbers(text, s, ref ne); // "Slavic Review, 1990, 12(3)"
                if (vs > s && text[vs - 1] is ' ' or ',' && !Conventions.IsYear(text.AsSpan(vs, ve - vs)) && !IssueWordBefore(text, s, vs) // "no. 20 (335)": an issue and its running number
                    && TextScan.Locate(text, s, ne, " .,:;") is { } named)
                    return (named, new Located(text[vs..ve], new TextSpan(vs, ve - vs)), new Located(text[(open + 1)..(te - 1)], new TextSpan(open + 1, te - open - 2)), yearBefore, null);
            }
        }
        // "Central Asian Survey, v. 12, n. 3": a catalogue's volume and number, "v." and "n." read only together.
        if (VolumeAndNumberMarks(text, s, e) is var (markVolume, markIssue, markStart))
            (volume, issue, e) = (markVolume, markIssue, markStart);
        // "no. 8", "nos. 5–6": the issue.
        if (issue is null)
            foreach (var word in Conventions.EnglishIssueWords)
            {
                var no = text.LastIndexOf(word, e - 1, e - s, StringComparison.OrdinalIgnoreCase);
                if (no <= s || !(text[no - 1] is ' ' or ',')) continue;
                // ("nos 4–6", "Issue 3", "#20": a word without a full stop is an issue word only before a figure.)
                if (word[^1] != '.' && !(no + word.Length < e && char.IsAsciiDigit(text[no + word.Length]))) continue;
                issue = TextScan.Locate(text, no + word.Length, e, " .,");
                // "Vol.3 No.2: Winter 1994/1995": the season or date after a colon is the issue's date, not its number.
                if (issue is { } numbered && numbered.Value.IndexOf(':') is var colon and > 0)
                    issue = TextScan.Locate(text, numbered.Span.Offset, numbered.Span.Offset + colon, " .,");
                (_, e) = TextScan.Trim(text, s, no, " ,");
                break;
            }
        // "Sotsiologicheskie issledovaniia (1989), no. 4": the year in brackets between the journal and its issue.
        if (issue is not null && TextScan.Trim(text, s, e, " ,").End is var be && be - s > 7 && text[be - 1] == ')' && text[be - 6] == '('
            && Conventions.IsYear(text.AsSpan(be - 5, 4)))
        {
            year = new Located(text[(be - 5)..(be - 1)], new TextSpan(be - 5, 4));
            (_, e) = TextScan.Trim(text, s, be - 6); // "Slavic Review 12 (1990), no. 3": the volume before the bracket is read next
        }
        // "Trudy Muzeya, vol. 8": the volume after its keyword.
        {
            var (_, te) = TextScan.Trim(text, s, e, " .,");
            var d = te;
            while (d > s && char.IsDigit(text[d - 1])) d--;
            var (_, ke) = TextScan.Trim(text, s, d);
            foreach (var word in Conventions.EnglishVolumeWords)
            {
                var k = ke - word.Length;
                if (d < te && k > s && string.Compare(text, k, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && text[k - 1] is ' ' or ',')
                {
                    volume = new Located(text[d..te], new TextSpan(d, te - d));
                    (_, e) = TextScan.Trim(text, s, k, " ,");
                    break;
                }
            }
        }
        // "Slavic Review, 1990, vol. 12, no. 3", "Nezavisimoe Voennoe Obozrenie, 20.06.2003, #20": the year (or the
        // date in figures) between the journal and its numbers, as Russian journals date an issue.
        if (year is null && (volume is not null || issue is not null)) year = YearBeforeNumbers(text, s, ref e);
        // "Krasnoe znamia, August 21, 1929, no. 190": a newspaper's month and day between its name and the year before its
        // number (the day is no volume).
        if (year is not null && issue is not null && volume is null && DayAndMonthAtEnd(text, s, ref e)) dated = true;
        // "Russian Review, 44/2 (1985)": British notes join the volume and the issue by a slash after a comma; two
        // numbers in a row are one double issue ("Byloe, 4/5 (1907)", "Neva, 11/12").
        if (issue is null && volume is null && TextScan.Trim(text, s, e, " .").End is var se && se > s)
        {
            var d = se;
            while (d > s && (char.IsAsciiDigit(text[d - 1]) || text[d - 1] == '/')) d--;
            var slash = text.IndexOf('/', d, se - d);
            var (_, before) = TextScan.Trim(text, s, d);
            // ("Slavic Review 45/3": after a space too, where the second number is no year: "Neva 4/1988" is an issue and its year.)
            if (slash > d && slash + 1 < se && text.IndexOf('/', slash + 1, se - slash - 1) < 0 && before > s + 1
                && (text[before - 1] == ',' || before < d && !Conventions.IsYear(text.AsSpan(slash + 1, se - slash - 1)))
                && int.TryParse(text.AsSpan(d, slash - d), out var first) && int.TryParse(text.AsSpan(slash + 1, se - slash - 1), out var second)
                && !Conventions.IsYear(text.AsSpan(d, slash - d)))
            {
                if (second == first + 1) issue = new Located(text[d..se], new TextSpan(d, se - d));
                else
                {
                    volume = new Located(text[d..slash], new TextSpan(d, slash - d));
                    issue = new Located(text[(slash + 1)..se], new TextSpan(slash + 1, se - slash - 1));
                }
                e = text[before - 1] == ',' ? before - 1 : before;
            }
        }
        // "Neva, 1, 1994", "Zvezda, 11–12, April 1991": a number after the journal and a comma is its issue, as Russian
        // journals number their issues within the year (a volume follows the name after a space: "Kritika 52", or
        // stands before the date in brackets: "Russian Review, 59 (January 2000)").
        if (issue is null && volume is null && TextScan.Trim(text, s, e, " .").End is var ie
            && SkipSpaces(text, ie, text.Length) is var after && (after == text.Length || text[after] != '('))
        {
            var d = ie;
            while (d > s && (char.IsDigit(text[d - 1]) || text[d - 1] is '–' or '-' or '/')) d--;
            var (_, before) = TextScan.Trim(text, s, d);
            if (d < ie && char.IsDigit(text[d]) && char.IsDigit(text[ie - 1]) && before > s + 1 && text[before - 1] == ','
                && !Conventions.IsYear(text.AsSpan(d, ie - d)))
            {
                issue = new Located(text[d..ie], new TextSpan(d, ie - d));
                e = before - 1;
            }
        }
        // "Slavic Review, 49, 2 (1990)": British notes give the volume and the issue as two numbers after commas.
        if (issue is null && volume is null && TextScan.Trim(text, s, e, " .,").End is var pe && pe > s)
        {
            var d2 = pe;
            while (d2 > s && char.IsAsciiDigit(text[d2 - 1])) d2--;
            var (_, c2) = TextScan.Trim(text, s, d2);
            if (d2 < pe && pe - d2 <= 3 && c2 > s && text[c2 - 1] == ',')
            {
                var (_, v1e) = TextScan.Trim(text, s, c2 - 1);
                var d1 = VolumeNumberStart(text, s, v1e);
                var (_, c1) = TextScan.Trim(text, s, d1);
                // "Slavic Review, 49, 2" and "Kritika 8, 3", "Slavonic and East European Review, LXVII, 3": the volume after a
                // comma or a space (a year there is a date, not a volume).
                if (d1 < v1e && c1 > s + 1 && (text[c1 - 1] == ',' || c1 < d1 && char.IsLetter(text[c1 - 1]))
                    && !Conventions.IsYear(text.AsSpan(d1, v1e - d1)))
                {
                    volume = new Located(text[d1..v1e], new TextSpan(d1, v1e - d1));
                    issue = new Located(text[d2..pe], new TextSpan(d2, pe - d2));
                    e = text[c1 - 1] == ',' ? c1 - 1 : c1;
                }
            }
        }
        // "Kritika 52, no. 3": the volume before the issue; "Europe-Asia Studies 45:3", the volume and issue joined.
        if (volume is null)
        {
            var d = e;
            while (d > s && char.IsDigit(text[d - 1])) d--;
            if (issue is null && d < e && d - 2 > s && text[d - 1] == ':' && char.IsDigit(text[d - 2]))
            {
                issue = new Located(text[d..e], new TextSpan(d, e - d));
                e = d - 1;
                for (d = e; d > s && char.IsDigit(text[d - 1]);) d--;
            }
            // "Soviet Studies XL, no. 4": a volume in capital Roman numerals before the issue; "Soviet Studies, XL (1988)"
            // without one, two numerals at least or after a comma.
            if (d == e && VolumeNumberStart(text, s, e) is var r && r < e && r > s + 1 && text[r - 1] is ' ' or ','
                && (issue is not null || (e - r > 1 || text[TextScan.Trim(text, s, r).End - 1] == ',') && IsRoman(text.AsSpan(r, e - r))))
            {
                volume = new Located(text[r..e], new TextSpan(r, e - r));
                e = r;
            }
            else if (d < e && d > s && text[d - 1] == ' ')
            {
                // "Voprosy istorii 8 (1990)": a Russian journal numbers its issues within the year, and has no volumes.
                if (issue is null && LanguageDetector.LooksTransliteratedRussian(text.AsSpan(s, d - s)))
                    issue = new Located(text[d..e], new TextSpan(d, e - d));
                // "Voprosy istorii 1988, no. 4": a year before the issue dates it.
                else if (issue is not null && year is null && Conventions.IsYear(text.AsSpan(d, e - d)))
                    year = new Located(text[d..e], new TextSpan(d, e - d));
                else volume = new Located(text[d..e], new TextSpan(d, e - d));
                e = d;
            }
        }
        // "Izvestiia, 25 June": a newspaper's day and month after its title.
        var comma = text.LastIndexOf(',', e - 1, e - s);
        if (comma > s && IsDayAndMonth(text, comma + 1, e)) (e, dated) = (comma, true);
        // "Reuters, Baku, 12 May 1992": the dateline, the one-word place a dated report was filed from.
        var (_, de) = TextScan.Trim(text, s, e, " ,");
        var dateline = dated && volume is null && issue is null && de > s ? text.LastIndexOf(',', de - 1, de - s) : -1;
        if (dateline > s && TextScan.Locate(text, dateline + 1, de, " ,") is { } place && IsNameWord(place.Value) && !place.Value.Contains('-')) e = dateline;
        // "Novyi zhurnal [New York]": the city a journal (of the emigration, most often) appeared in, in square brackets
        // after its name; a translated name in brackets ("Kommunist [Communist]") names no place of publication.
        Located? journalPlace = null;
        var (_, je) = TextScan.Trim(text, s, e, " .,:;");
        if (je - s > 4 && text[je - 1] == ']' && text.LastIndexOf('[', je - 1, je - s) is var ob && ob > s
            && TextScan.Locate(text, ob + 1, je - 1) is { } bracketed && LooksLikePlaceOrImprint(bracketed.Value)
            && Labelling.Lexicon.IsPlaceName(bracketed.Value.AsSpan(0, bracketed.Value.IndexOf(' ') is var sp and > 0 ? sp : bracketed.Value.Length)))
            (journalPlace, e) = (bracketed, ob);
        return (TextScan.Locate(text, s, e, " .,:;"), volume, issue, year, journalPlace);
    }

    // The year closing text[s..e) after a comma, alone or ending a date in figures ("…, 1990", "…, 20.06.2003"), with
    // e moved before the comma; else null and e unchanged. (A journal named by its year alone is no journal: the year
    // needs a name before it.)
    private static Located? YearBeforeNumbers(string text, int s, ref int e)
    {
        var (_, te) = TextScan.Trim(text, s, e, " ,");
        var comma = te - s > 6 ? text.LastIndexOf(',', te - 1, Math.Min(te - s, MaxNumericDate)) : -1;
        if (comma <= s) return null;
        var (ds, de) = TextScan.Trim(text, comma + 1, te);
        if (de - ds < 4 || !Conventions.IsYear(text.AsSpan(de - 4, 4))) return null;
        // "1990", "20.06.2003", "January 1877", "Winter 1998", "12 May 1990": before the year a date in figures joined
        // by full stops, or a month or season and perhaps the day.
        var (ms, me) = TextScan.Trim(text, ds, de - 4);
        if (me > ms)
        {
            var figures = text[de - 5] == '.';
            for (var i = ms; figures && i < me; i++) figures = char.IsAsciiDigit(text[i]) || text[i] == '.';
            if (!figures && !(text[de - 5] == ' ' && (IsMonthOrMonths(text.AsSpan(ms, me - ms)) || IsDayAndMonth(text, ms, me)))) return null;
        }
        if (TextScan.Trim(text, s, comma, " ,").End - s < 2) return null;
        e = comma;
        return new Located(text.Substring(de - 4, 4), new TextSpan(de - 4, 4));
    }

    /// <summary>The longest date looked for before a journal's numbers (<c>, 20.06.2003</c>, <c>, 12 September 1990</c>).</summary>
    private const int MaxNumericDate = 24;

    // The year of text[s..e), a bracket's inside, when it holds a date and nothing else ("1990", "Winter 1998", "July 25,
    // 2018", "25 July 2018"); else null.
    private static Located? BracketedDateYear(string text, int s, int e)
    {
        var (ds, de) = TextScan.Trim(text, s, e, " .");
        if (de - ds < 4 || !Conventions.IsYear(text.AsSpan(de - 4, 4)) || de - 4 > ds && char.IsLetterOrDigit(text[de - 5])) return null;
        var (ms, me) = TextScan.Trim(text, ds, de - 4, " ,");
        if (me > ms && !IsMonthOrMonths(text.AsSpan(ms, me - ms)) && !IsDayAndMonth(text, ms, me)) return null;
        return new Located(text.Substring(de - 4, 4), new TextSpan(de - 4, 4));
    }

    // The volume and the issue of "…, v. 12, n. 3" closing text[s..e) and where the marks begin, or null.
    private static (Located Volume, Located Issue, int Start)? VolumeAndNumberMarks(string text, int s, int e)
    {
        var (_, te) = TextScan.Trim(text, s, e, " .,");
        var issue = NumberAfterMark(text, s, te, Vocabulary.NoteOrNumber);
        if (issue is null) return null;
        var (_, ve) = TextScan.Trim(text, s, issue.Value.MarkStart, " ,");
        var volume = NumberAfterMark(text, s, ve, Vocabulary.CollectionVolume);
        if (volume is null || text[TextScan.Trim(text, s, volume.Value.MarkStart).End - 1] != ',') return null;
        return (volume.Value.Number, issue.Value.Number, TextScan.Trim(text, s, volume.Value.MarkStart, " ,").End);
    }

    // The figures closing text[s..e) after mark and a space ("n. 3"), and where the mark begins, or null.
    private static (Located Number, int MarkStart)? NumberAfterMark(string text, int s, int e, string mark)
    {
        var d = e;
        while (d > s && char.IsAsciiDigit(text[d - 1])) d--;
        var m = d - mark.Length - 1;
        if (d == e || m <= s || text[d - 1] != ' ' || string.CompareOrdinal(text, m, mark, 0, mark.Length) != 0 || !(text[m - 1] is ' ' or ',')) return null;
        return (new Located(text[d..e], new TextSpan(d, e - d)), m);
    }

    // "…, January 20" closing text[s..e): a day and month after the last comma, which then closes e; else e as it was.
    private static bool DayAndMonthAtEnd(string text, int s, ref int e)
    {
        var (_, te) = TextScan.Trim(text, s, e, " .,");
        var last = te > s ? text.LastIndexOf(',', te - 1, te - s) : -1;
        if (!(last > s && IsDayAndMonth(text, last + 1, te))) return false;
        e = last;
        return true;
    }

    // True when segment is a journal issue's month, months or season ("April", "September/ October", "May–June",
    // "Winter"), which name no place.
    private static bool IsMonthOrMonths(ReadOnlySpan<char> segment)
    {
        if (segment.Trim().IsEmpty) return false;
        foreach (var range in segment.SplitAny("/–-"))
        {
            var part = segment[range].Trim(" .");
            if (Conventions.MonthOf(part) is null && !Conventions.IsSeason(part.ToString())) return false;
        }
        return true;
    }

    // True when text[s..e), or its last part after a comma, is a day and a month ("…, 30 September").
    private static bool EndsWithDayAndMonth(string text, int s, int e)
    {
        var comma = TextScan.LastIndexOutsideQuotes(text, s, e, ',');
        return IsDayAndMonth(text, comma >= s ? comma + 1 : s, e);
    }

    // "25 June", "June 25": a day and a month name.
    private static bool IsDayAndMonth(string text, int s, int e) => DayAndMonth(text, s, e) is not null;

    // The day and the month name of "25 June" or "June 25" in text[s..e), or null.
    private static (int Day, string Month)? DayAndMonth(string text, int s, int e)
    {
        (s, e) = TextScan.Trim(text, s, e, " .");
        var space = text.IndexOf(' ', s, e - s);
        if (space < 0) return null;
        var (fs, fe) = (s, space);
        var (ls, le) = TextScan.Trim(text, space, e);
        if (text.AsSpan(ls, le - ls).Contains(' ')) return null;
        var firstDigits = text.AsSpan(fs, fe - fs).IndexOfAnyExceptInRange('0', '9') < 0;
        var (ds, de, ms, me) = firstDigits ? (fs, fe, ls, le) : (ls, le, fs, fe);
        if (de - ds is < 1 or > 2 || text.AsSpan(ds, de - ds).IndexOfAnyExceptInRange('0', '9') >= 0) return null;
        if (Conventions.MonthOf(text.AsSpan(ms, me - ms)) is null) return null;
        return (int.Parse(text.AsSpan(ds, de - ds)), text[ms..me]);
    }

    private static int ClosingQuote(string text, int open, int e)
    {
        var opener = text[open];
        var closer = TextScan.CloserOf(opener);
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
}
