using System.Text.RegularExpressions;
using Bibliography.Model;
using Bibliography.Parsing.Labelling;
using System.Runtime.CompilerServices;

namespace Bibliography.Parsing;

/// <summary>Parses the text of a footnote or an in-text reference into citations.</summary>
/// <remarks>A parse never invents data: what it cannot read comes back as an <see cref="UnreadCitation"/>.</remarks>
public static class CitationParser
{
    // "М.; Л.: …": an abbreviated place before the publisher's colon or the year's comma.
    // Linear (Conventions.Linear): anchored, every repeat bounded or followed by a token it cannot match.
    private static readonly Regex PlaceAfterSemicolon = new(@"^\s*\p{Lu}{1,3}\.\s*[:,]", Conventions.Linear);
    private static readonly Regex ReferenceVolume = new(@"(?:^|[\s,])(?<kw>" + Conventions.VolumeKeyword + @")\s*(?<n>\d+)", Conventions.Options);
    // Linear (Conventions.Linear): tried at a space or comma before a keyword, each \s run followed by a digit, a comma, a
    // dash or a verso mark, and nothing after the list to give it back for.
    private static readonly Regex ReferencePage = new(@"(?:^|[\s,])(?<kw>" + Conventions.PageKeyword + @"|" + Conventions.FolioKeyword + @")\s*(?<v>" + Conventions.NumberList + ")", Conventions.Linear);

    /// <summary>
    /// The most citations one footnote is read into; what follows the last of them is kept whole, as written, as one
    /// <see cref="UnreadCitation"/> that says so (a real footnote cites a few dozen sources; a crafted one of a million
    /// <c>;</c> would otherwise make a citation, an item or a diagnostic, and their output, per separator).
    /// </summary>
    public const int MaxCitationsPerFootnote = 1000;

    /// <summary>Parses a footnote into its citations, in order (<c>;</c> separates several).</summary>
    public static IReadOnlyList<ParsedCitation> ParseFootnote(string text)
    {
        // The parts are walked in place, not listed first: a list per footnote only to be read once. The citations are
        // gathered in a list the thread reuses and handed back as an array of their number (the result is kept).
        var result = _citations ??= new();
        result.Clear();
        for (var start = 0; ; )
        {
            if (result.Count == MaxCitationsPerFootnote)
            {
                var (rs, re) = TextScan.Trim(text, start, text.Length);
                if (re > rs) result.Add(Beyond(text, rs, re));
                break;
            }
            var end = CitationEnd(text, start);
            var (s, e) = TextScan.Trim(text, start, end);
            // A Russian part that mixes prose and citations is read citation by citation; prose no reader reads is left out.
            var segments = _segments ??= new();
            // "… в книге Б. В. Соколова «Тайны войны» (М.: Вече, 2001)": a book named in a sentence, its imprint in brackets.
            if (e > s && Mode != ParserMode.Model && QuotedTitleImprintReader.Read(text, s, e) is { } named)
                result.Add(named);
            else if (e > s && ProseSegmenter.Split(text, s, e, segments))
            {
                foreach (var (a, b, prose, bracketed) in segments)
                {
                    if (result.Count == MaxCitationsPerFootnote)
                    {
                        var (rs, re) = TextScan.Trim(text, a, text.Length);
                        result.Add(Beyond(text, rs, re)); // the rest of the footnote, as written
                        end = text.Length;
                        break;
                    }
                    ReadPart(text, a, b, result, prose, bracketed);
                }
            }
            else if (e > s)
                ReadPart(text, s, e, result, prose: false);
            if (end == text.Length) break;
            start = end + 1;
        }
        var citations = result.ToArray();
        result.Clear(); // holds no citation past the call
        return citations;
    }

    // A part as the rules read it, with what runs on after it; the labeller reads it where the rules read nothing (see
    // ParserMode), except in prose, where a model would take any sentence for a title. A piece of prose counts only
    // where a reader finds a citation's parts in it. The labeller is also asked of a publication the rules read (see
    // Prefers): its reading is kept where the rules' is thin (a title alone, or a title of a dozen words) and it reads
    // more, or where it reads two fields more, which read the development half better by cross-validation and the test
    // half's summary too (December 2026); other triggers read it worse and are not used: a title holding a lead-in ("The
    // classic study is …", a commentary prefix), a publication without authors, words the rules' fields leave uncovered,
    // one field more in any publication, an archival or newspaper reading.
    private static void ReadPart(string text, int s, int e, List<ParsedCitation> result, bool prose, bool bracketed = false)
    {
        // "The letter was never sent, and Stalin did not reply.": prose that cites nothing makes no citation and no item.
        if (!bracketed && ProseSegmenter.IsProseOnly(text, s, e)) return;
        var mode = Mode;
        var next = e;
        // "…- № 53.- S. 5; 29 mart.- № 54.- S. 5": another issue of the newspaper just cited, by its date and number.
        ParsedCitation? one = null;
        if (mode != ParserMode.Model)
        {
            var last = result.Count > 0 ? result[^1] : null;
            if (last is NewspaperCitation paper && (NewspaperReader.ReadNextIssue(text, s, e, paper) ?? NewspaperReader.ReadNextDate(text, s, e, paper)) is { } issue)
            {
                result.Add(issue);
                return;
            }
            // "…, Zvezda, no. 1 (1992), pp. 189–205; no. 2, pp. 188–204": a further issue of the article just cited.
            if (last is PublicationCitation article && EnglishNoteReader.ReadNextIssue(text, s, e, article) is { } nextIssue)
            {
                result.Add(nextIssue);
                return;
            }
            // "ქც 4: 330,19; 524,2", "Бердзенишвили 1964: 12; 45": further places in the source just cited.
            if (last is not null && ContinuedLocator(text, s, e, last) is { } continued)
            {
                result[^1] = continued;
                return;
            }
            // "…Toplusu, 2013, № 8, maddə 1032; 2014, № 1, maddə 69": a further publication in the gazette just cited.
            if (last is PublicationCitation { Kind: PublicationKind.Legislation } law && LegalGazetteReader.ReadNext(text, s, e, law, result)) return;
            if (LegalGazetteReader.Read(text, s, e, result)) return;
            // "[13; с.67]", "(2; s. 45)": the page of the numbered reference into a list just given, after its semicolon.
            if (last is UnreadCitation { Locator: null } numbered && PageOfNumberedReference(text, numbered, s, e) is { } page)
            {
                var end = page.Span.Offset + page.Span.Length;
                result[^1] = numbered with { Locator = page, Text = text[numbered.Span.Offset..end], Span = new TextSpan(numbered.Span.Offset, end - numbered.Span.Offset) };
                return;
            }
            // "RGASPI 558.11.728.40–2; 558.11.729.3": a further file of the archive just cited, by its shelf mark alone.
            if (last is ArchivalCitation && ArchivalReader.ReadBareContinuation(text, s, e) is { } further)
            {
                result.Add(further);
                return;
            }
            one = WithoutLeadIn(text, ParseOne(text, s, e, out next, bracketed));
        }
        // A bare "A-14" after a Latin citation the rules leave unread on purpose: the labeller would read it a shelf mark.
        if (one is null or UnreadCitation && !prose && mode != ParserMode.Rules && !ArchivalReader.IsBareCollectionMarkOutsideGeorgian(text, s, e)
            && Labeller.Read(text, s, e) is { } read)
        {
            for (var k = 0; k < read.Count && result.Count < MaxCitationsPerFootnote; k++) result.Add(read[k]);
            return;
        }
        if (one is not null && next >= e && !prose && mode == ParserMode.Hybrid && Prefers(text, s, e, one) is { } labelled)
        {
            for (var k = 0; k < labelled.Count && result.Count < MaxCitationsPerFootnote; k++) result.Add(labelled[k]);
            return;
        }
        one ??= Unread(text, s, e);
        if (prose && !(ReadsAsCitation(one) && !DatedSentence(text, one))) return;
        if (one is UnreadCitation && IsCommentaryAlone(text, s, e)) return; // "See " before a reference manager's field
        RunOn(text, one, next, e, result);
    }

    /// <summary>The longest run of bare numbers after a <c>;</c> read as further places in the source before it.</summary>
    private const int MaxContinuedLocator = 40;

    // The author–date reference or siglum before text[s..e) with its locator going on over the part, where the part
    // is bare numbers ("524,2", "75-77") right after the ';' that closed that citation's own bare locator (no keyword:
    // "1983: 61"); else null. A part with a keyword or a year is a citation of its own ("1977: 606", "С. 12").
    private static ParsedCitation? ContinuedLocator(string text, int s, int e, ParsedCitation before)
    {
        if (before is not PublicationCitation { Locator: { Keyword: "" } locator } p || p.Year is null && p.Volume is null
            || p.Authors.Count == 0 && p.Title is null) return null;
        var (ps, pe) = TextScan.Trim(text, s, e, " .");
        if (pe <= ps || pe - ps > MaxContinuedLocator || !char.IsAsciiDigit(text[ps])) return null;
        var noted = false;
        for (var i = ps; i < pe; i++)
        {
            if (char.IsAsciiDigit(text[i]) || text[i] is ',' or ' ' or '-' or '–' or '—') continue;
            // "784,18,სქ.6,7": the footnote on that page and line is still a place in the source.
            if (GeorgianNoteWordAt(text, i, pe) is var noteWord and > 0) { (i, noted) = (i + noteWord - 1, true); continue; }
            return null;
        }
        if (Conventions.IsYear(text.AsSpan(ps, Math.Min(4, pe - ps))) && (pe - ps == 4 || !char.IsAsciiDigit(text[ps + 4]))) return null;
        // Only the ';' and spaces stand between the locator and the part.
        var semicolons = 0;
        for (var i = locator.Span.Offset + locator.Span.Length; i < s; i++)
        {
            if (text[i] == ';') semicolons++;
            else if (text[i] is not (' ' or '.')) return null;
        }
        if (semicolons != 1) return null;
        var written = text[locator.Span.Offset..pe];
        var extended = locator with
        {
            // The note's word kept as written (Canonical keeps numbers alone): without it the note's number reads as a line.
            Value = locator.Value + "; " + (noted ? text[ps..pe] : LocatorReader.Canonical(text[ps..pe])),
            Written = written,
            Span = new TextSpan(locator.Span.Offset, pe - locator.Span.Offset),
        };
        var end = Math.Max(pe, p.Span.Offset + p.Span.Length);
        return p with { Locator = extended, Text = text[p.Span.Offset..end], Span = new TextSpan(p.Span.Offset, end - p.Span.Offset) };
    }

    // The page text[s..e) gives alone (a page keyword and its numbers) where only a semicolon parts it from a bare list
    // number read before it (numbered: "13" of "13; с.67"), or null.
    private static CitedLocator? PageOfNumberedReference(string text, UnreadCitation numbered, int s, int e)
    {
        var (ns, ne) = (numbered.Span.Offset, numbered.Span.Offset + numbered.Span.Length);
        if (ne - ns is < 1 or > 3 || ne > s) return null;
        for (var i = ns; i < ne; i++) if (!char.IsAsciiDigit(text[i])) return null;
        var semicolons = 0;
        for (var i = ne; i < s; i++)
        {
            if (text[i] == ';') semicolons++;
            else if (!char.IsWhiteSpace(text[i])) return null;
        }
        var (ps, pe) = TextScan.Trim(text, s, e, " .");
        if (semicolons != 1 || pe <= ps || !char.IsLetter(text[ps])) return null;
        return LocatorReader.ReadAtEnd(text, ps, pe, folioAllowed: false) is { Locator.Keyword.Length: > 0 } page && page.Start == ps ? page.Locator : null;
    }

    // The length of the Georgian footnote word (სქ.) at text[i..end), after a number's comma or space; 0 where none stands there.
    private static int GeorgianNoteWordAt(string text, int i, int end)
    {
        if (i == 0 || text[i - 1] is not (',' or ' ')) return 0;
        foreach (var word in Vocabulary.GeorgianNoteWords)
            if (end - i > word.Length && string.CompareOrdinal(text, i, word, 0, word.Length) == 0) return word.Length;
        return 0;
    }

    // A part that is nothing but a commentary word ("See", "Cf.", "Cited in"): prose, cites nothing.
    private static bool IsCommentaryAlone(string text, int s, int e)
    {
        const string stops = " .,;:";
        return TextScan.IsOneOf(text.AsSpan(s, e - s).Trim().TrimEnd(stops), Conventions.CommentaryPrefixes, StringComparison.OrdinalIgnoreCase, stops);
    }

    // The citation, and the citations that run on after it ("…, 84. See also Ivanov, Title, 70."): what follows is
    // read while it reads as one, and is prose from where it does not.
    // A sentence of prose between them ("…, 6:53. It was issued in 1904. Lenin, Title, 7:5.") is passed over, a few at
    // most, where it ends on a number before the next sentence.
    private static void RunOn(string text, ParsedCitation first, int next, int e, List<ParsedCitation> result)
    {
        result.Add(first);
        var skipped = 0;
        while (next < e && result.Count < MaxCitationsPerFootnote)
        {
            var (ns, ne) = TextScan.Trim(text, next, e);
            if (ne <= ns) break;
            // "…, and d. 6, l. 3": a further file, which continues the shelf mark before it (a short one only, so that a
            // long run of levels is not read again at each of them).
            ParsedCitation? more = result[^1] is ArchivalCitation && ne - ns <= MaxFurtherFile && ArchivalReader.OpensWithLevel(text.AsSpan(ns, ne - ns))
                ? ArchivalReader.Read(text, ns, ne) : null;
            if (more is not null) next = ne;
            else more = ArchivalReader.ReadSlashed(text, ns, ne, out next);
            // "…, 455, citing RGASPI, f. 558, …": the file after the words that join it to the publication before.
            if (more is null && AfterArchivalJoin(text, ns) && ArchivalReader.Read(text, ns, ne) is { Levels.Count: > 0 } cited)
                (more, next) = (cited, ne);
            // "… and 558.11.1552.30": a further mark of the archive just cited.
            if (more is null && result[^1] is ArchivalCitation && ArchivalReader.ReadBareContinuation(text, ns, ne) is { } further)
                (more, next) = (further, ne);
            // "…, ავტოგრაფი № 17; ეროვნული ბიბლიოთეკა, … № 40. ი. ჭავჭავაძე, Title, ტ. 6, 1997": after a file in a Georgian
            // repository named in words, what follows is read whole, as a part is.
            if (more is null && result[^1] is ArchivalCitation { Language: "ka", ArchiveName: not null } or ArchivalCitation { Language: "ka", Levels: [{ Keyword: "" }, ..] }
                && TextScan.IsGeorgian(text[ns]))
            {
                more = GeorgianRepositoryReader.Read(text, ns, ne, out next);
                if (more is null && ParseOne(text, ns, ne, out next) is var georgian && ReadsAsCitation(georgian)) more = georgian;
            }
            more ??= EnglishNoteReader.Read(text, ns, ne, out next);
            // "…, pp. 151–2. For more see Protocol 53, 25 February 1942. RGASPI: Fond 17, …": a shelf mark after prose
            // closes the part.
            if (more is null && skipped > 0 && ArchivalReader.Read(text, ns, ne) is { } shelfMark)
                (more, next) = (shelfMark, ne);
            if (more is null)
            {
                var sentence = EnglishNoteReader.SentenceAfterPage(text, ns, ne);
                if (sentence >= ne || ++skipped > MaxProseSentencesSkipped) break;
                next = sentence + 1;
                continue;
            }
            result.Add(more);
        }
    }

    // text[..at) ends with one of Conventions.ArchivalSourceJoins.
    private static bool AfterArchivalJoin(string text, int at)
    {
        foreach (var join in Conventions.ArchivalSourceJoins)
            if (at >= join.Length && string.Compare(text, at - join.Length, join, 0, join.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        return false;
    }

    /// <summary>The longest further file after "and" read as continuing the shelf mark before it (<c>and d. 6, l. 3</c>).</summary>
    private const int MaxFurtherFile = 120;

    /// <summary>The most sentences of prose passed over between citations run on in one part.</summary>
    private const int MaxProseSentencesSkipped = 4;

    [ThreadStatic] private static List<ParsedCitation>? _citations;
    [ThreadStatic] private static List<ProseSegmenter.Segment>? _segments;

    // A piece with no sign of a citation counts as one only where a reader finds a citation's parts in it.
    private static bool ReadsAsCitation(ParsedCitation c) => c switch
    {
        UnreadCitation => false,
        // A sentence of prose often ends in a year ("… поступил в архив в 1950 г."): a year counts with another part only.
        PublicationCitation p => p.Year is not null && (p.Authors.Count > 0 || p.Publisher is not null || p.Volume is not null || p.Issue is not null)
            || p.Place is not null || p.ContainerTitle is not null || p.Locator is not null,
        _ => true,
    };

    // Prose that only ends in a date ("Документ поступил в архив в 1950 г.", "… в марте 1937 года"): a year written
    // with its word and nothing else of a citation (no author, place, container or page) is a sentence, not a source.
    private static bool DatedSentence(string text, ParsedCitation c)
    {
        if (c is not PublicationCitation { Year: { } year } p || p.Authors.Count > 0 || p.Place is not null || p.ContainerTitle is not null || p.Locator is not null)
            return false;
        // Only the citation's own text counts: the next sentence's first letter says nothing of this one.
        var end = Math.Min(text.Length, c.Span.Offset + c.Span.Length);
        var after = TextScan.Trim(text, year.Span.Offset + year.Span.Length, end).Start;
        return after < end && char.IsLetter(text[after]);
    }

    private static readonly AsyncLocal<ParserMode?> ModeHere = new();
    private static readonly AsyncLocal<LabellerPolicy?> PolicyHere = new();

    /// <summary>Where the hybrid also asks the labeller, beside the parts the rules read nothing in (measured by cross-validation).</summary>
    internal static LabellerPolicy Policy
    {
        get => PolicyHere.Value ?? LabellerPolicy.RicherReadings;
        set => PolicyHere.Value = value;
    }

    // Whether the rules' reading of a part is thin: a publication they read a title (and a volume) and nothing else in,
    // or one whose title runs long (prose taken for a title). Names the rules read in a role ("Ermolov and Danilova, eds.,
    // Title") make the reading no thinner than an author's would.
    private static bool Thin(ParsedCitation one) => one is PublicationCitation p
        && (p is { Authors.Count: 0, Editors.Count: 0, Compilers.Count: 0, Year: null, Place: null, Publisher: null, ContainerTitle: null, Issue: null }
            || p.Title is { } title && title.Value.Count(c => c == ' ') >= 12);

    /// <summary>
    /// How many more fields than the rules the labeller must read in a publication the rules did read for its reading to
    /// be kept (<see cref="LabellerPolicy.RicherReadings"/>). One more is too few: the labeller also reads one field
    /// more where it cuts a year out of a short title ("Pavlov, Leningrad 1941, p. 73") or a name out of a title.
    /// </summary>
    internal const int MoreFieldsKept = 2;

    /// <summary>
    /// The most fields the rules may read in a publication (not thin) for the labeller to be asked of it: where they read
    /// more, the labeller seldom reads two more, and not asking spares its time on most publications (December 2026,
    /// parsing the development half: 35% more time than asking of thin readings only, against 65% with no bound, for
    /// 72.9% of the test half's fields against 73.0%; the same 87.9% cross-validated).
    /// </summary>
    internal const int MostFieldsAsked = 4;

    // The labeller's reading of a part the rules read (a publication), where the policy asks for it and it reads more
    // fields than the rules did; else null. The labeller is asked only where the rules' reading may be beaten: what
    // it reads is compared, by FieldCount of its first citation, with the rules' citation.
    private static List<ParsedCitation>? Prefers(string text, int s, int e, ParsedCitation one)
    {
        var policy = Policy;
        // An interview is a kind the labeller does not read: its reading would make the interviewee's words a title.
        if (policy == LabellerPolicy.UnreadOnly || one is not PublicationCitation { Kind: not PublicationKind.Interview }) return null;
        var thin = Thin(one);
        if (policy == LabellerPolicy.ThinReadings && !thin) return null;
        var ours = FieldCount(one);
        if (!thin && ours > MostFieldsAsked) return null;
        if (Labeller.Read(text, s, e) is not [var first, ..] labelled) return null;
        // A reading that drops people the rules read is no richer, whatever it adds: "Suny, Ivanov, and Ter-Minasova,
        // 435" (a short form of names alone) is not one author, a title and a publisher.
        if (People(first) < People(one)) return null;
        var theirs = FieldCount(first);
        return theirs > ours && (thin || theirs >= ours + MoreFieldsKept) ? labelled : null;
    }

    private static int People(ParsedCitation c) => c is PublicationCitation p ? p.Authors.Count + p.Editors.Count + p.Compilers.Count : 0;

    // The parts a citation was read into: what "the labeller reads more" is counted in.
    private static int FieldCount(ParsedCitation c)
    {
        var n = c.Locator is null ? 0 : 1;
        return n + c switch
        {
            PublicationCitation p => (p.Authors.Count > 0 ? 1 : 0) + (p.Title is null ? 0 : 1) + (p.ContainerTitle is null ? 0 : 1) + (p.Place is null ? 0 : 1)
                                     + (p.Publisher is null ? 0 : 1) + (p.Year is null ? 0 : 1) + (p.Volume is null ? 0 : 1) + (p.Issue is null ? 0 : 1)
                                     + (p.Editors.Count > 0 ? 1 : 0) + (p.Compilers.Count > 0 ? 1 : 0),
            ArchivalCitation a => a.Levels.Count + (a.ArchiveName is null && a.ArchiveShort is null ? 0 : 1),
            NewspaperCitation np => 1 + (np.Date is null ? 0 : 1) + (np.Issue is null ? 0 : 1),
            _ => 1,
        };
    }

    /// <summary>
    /// How footnotes are read in the current flow of execution (an <see cref="AsyncLocal{T}"/>, so a scorer comparing
    /// modes does not change how other threads parse): <see cref="ParserMode.Hybrid"/> unless set.
    /// </summary>
    public static ParserMode Mode
    {
        get => ModeHere.Value ?? ParserMode.Hybrid;
        set => ModeHere.Value = value;
    }

    /// <summary>Parses the inside of a numeric in-text reference (<c>12, s.185-186</c> with number 12).</summary>
    public static NumberedReferenceCitation ParseReference(int number, string text, string locators)
    {
        Located? volume = null;
        CitedLocator? locator = null;
        var offset = text.IndexOf(locators, StringComparison.Ordinal);
        if (offset < 0) offset = 0;
        var v = ReferenceVolume.MatchIn(locators);
        if (v is not null) volume = new Located(v.Groups["n"].Value, new TextSpan(offset + v.Groups["n"].Index, v.Groups["n"].Length));
        var p = ReferencePage.MatchIn(locators);
        if (p is not null)
            locator = LocatorReader.ReadOne(p.Groups["kw"].Value, p.Groups["v"].Value,
                new TextSpan(offset + p.Groups["kw"].Index, p.Groups["v"].Index + p.Groups["v"].Length - p.Groups["kw"].Index));
        return new NumberedReferenceCitation
        {
            Text = text,
            Span = new TextSpan(0, text.Length),
            Number = number,
            Volume = volume,
            Locator = locator,
            Language = Vocabulary.AzerbaijaniReferenceMarks.Any(m => locators.Contains(m, StringComparison.Ordinal)) ? "az" : LanguageDetector.Detect(locators),
        };
    }

    // The rest of a footnote past its MaxCitationsPerFootnote-th citation, kept as written.
    private static UnreadCitation Beyond(string text, int s, int e) => new()
    {
        Text = text[s..e],
        Span = new TextSpan(s, e - s),
        Reason = $"the footnote holds more than {MaxCitationsPerFootnote} citations, the most one footnote is read into; the rest of it is kept as written, unread",
        Language = LanguageDetector.Detect(text[s..e]),
    };

    // next: where the part's text after the citation begins, when an English note ends before the part does; bracketed:
    // the part stood in the brackets of an in-text reference.
    private static ParsedCitation ParseOne(string text, int s, int e, out int next, bool bracketed = false, bool headRead = false)
    {
        next = e;
        PublicationCitation? publication = null;
        var publicationRead = false;
        s = AfterGeorgianLeadIn(text, s, e);
        if (ReadIbid(text, s, e) is { } ibid) return ibid;
        if (ArchivalReader.ReadManuscriptSource(text, s, e) is { } manuscript)
        {
            // "დედანი: Ad-522, სინოდის კანტორის მცხეთის საბუთები № 250": a further file, in a fond named in words, after the mark's comma.
            var mark = manuscript.Span.Offset + manuscript.Span.Length;
            if (mark < e && text[mark] == ',' && GeorgianRepositoryReader.Read(text, mark + 1, e, out _) is not null) next = mark + 1;
            // "დედანი: Ad-723საბუთის ტექსტი: …": the edition's line run on without a space (a page's lines joined) is read after it.
            else if (mark < e && TextScan.IsGeorgian(text[mark]) && GeorgianForms.ReadDashedEdition(text, AfterGeorgianLeadIn(text, mark, e), e) is not null) next = mark;
            return manuscript;
        }
        if (GeorgianRepositoryReader.Read(text, s, e, out next) is { } repository) return repository;
        if (GeorgianForms.ReadDashedEdition(text, s, e) is { } edition) return edition;
        if (GeorgianForms.ReadCatalogueRecord(text, s, e) is { } record) return record;
        if (ArchivalReader.ReadSlashed(text, s, e, out next) is { } slashed) return slashed;
        if (WesternArchiveReader.Read(text, s, e, out next) is { } western) return western;
        next = e;
        if (NewspaperReader.ReadPressListItem(text, s, e) is { } pressItem) return pressItem;
        // An author–date reference ("Иванов 1985: 12", "Brosse, 1895: 154") holds names, a year and a locator only.
        if (AuthorDateReader.Read(text, s, e, bracketed) is { } authorDate) return authorDate;
        // "Cəmşidov Şamil (1999) Kitabi-Dədəm Qorqud, Bakı, Elm": an entry of an author–date list, its year in parentheses.
        if (AuthorYearListReader.Read(text, s, e) is { } listEntry) return listEntry;
        // "Bayat Füzuli. Title. Bakı: Sabah, 1993.": a name in full opening a list entry, the publication after it.
        if (!headRead && FullNameHead(text, s, e, bracketed) is { } named) return named;
        // "Иванов, указ. соч., с. 5", "Michael Harmer, указ. соч., p. 57": names before op. cit., the short form after them.
        if (!headRead && OpCitHead(text, s, e, bracketed) is { } shortForm) return shortForm;
        // A note that opens with a family name and its initials, no comma between ("Smith J. Title. London: Macmillan,
        // 1999. P. 7–9"), is written in GOST order whatever its language: the publication reader reads it before the
        // English one, which would take its sentences for a Chicago note's.
        // A note opening in Georgian script is no English note either ("ნიკო ბერძენიშვილი, Title, ტ. VIII, 1975 წ.": a
        // Roman volume is no Chicago author).
        var gostOrder = OpensWithFamilyThenInitials(text, s, e) || TextScan.IsGeorgian(text[s]);
        // An English note with sentences after its page is read first: the archival reader would take a shelf mark in
        // a later sentence for the whole part.
        // The reader is pure: a part it has already refused here is not read again below.
        // So is one closed by a bracketed commentary, which may hold a shelf mark: "Title, 132 (citing TsGAA f. 1, …)".
        var englishFirst = !gostOrder && (EnglishNoteReader.SentenceAfterPage(text, s, e) is var afterPage && afterPage < e && !ImprintTailAfter(text, s, afterPage, e)
                                          || EnglishNoteReader.DropTrailingCommentary(text, s, e) < e);
        if (englishFirst && EnglishNoteReader.Read(text, s, e, out next) is { } first) return first;
        next = e;
        // "Kotkin, Stalin (New York, 2014), 455, citing RGASPI, f. 558, …": the file the publication cites is a citation of
        // its own, read after it.
        if (ArchivalSourceJoin(text, s, e) is ({ } citing, var file))
        {
            var cited = ParseOne(text, s, citing, out _, bracketed);
            next = file;
            return cited;
        }
        // "RGASPI, f. 17, …, l. 12, cited in Khlevniuk, Master, 45": the publication the file was read in is a citation of its own.
        if (SecondarySourceJoin(text, s, e) is ({ } join, var after) && ArchivalReader.Read(text, s, join) is { Levels.Count: > 0 } read)
        {
            next = after;
            return read;
        }
        // "RGASPI, f. 17, op. 3, d. 5, l. 1, and d. 6, l. 3": a further file of the same opis after "and".
        if (FurtherLevelAfterAnd(text, s, e) is ({ } and, var further) && ArchivalReader.Read(text, s, and) is { Levels.Count: > 0 } before)
        {
            next = further;
            return before;
        }
        // "APRF, f. 3, …, l. 4, in Fursenko, ed., Prezidium TsK KPSS, 2:5": the shelf mark, then the collection that prints it.
        if (ShelfMarkThenIn(text, s, e) is ({ } inJoin, var printed) && ArchivalReader.Read(text, s, inJoin) is { } printedFile)
        {
            next = printed;
            return printedFile;
        }
        if (ArchivalReader.Read(text, s, e) is { } archival)
        {
            // "…, l. 5. See also Kotkin, Stalin, 1:455", "…, l. 4, in Fursenko, ed., Prezidium, 2:5": what follows the shelf
            // mark, a sentence or the publication it was read in, is read after it.
            if (ArchivalReader.AfterShelfMark(text, archival, e) is var (cut, rest) && rest > s && rest < e && ArchivalReader.Read(text, s, cut) is { } shelfMark)
            {
                next = rest;
                return shelfMark;
            }
            return archival;
        }
        // "Soviet Politburo transcript, 29 October 1981, TsKhSD", "Report, 3 May 1962, SVR Archives, Moscow": a document
        // cited by the archive that keeps it, without a shelf mark.
        // An abbreviation alone after a paper's name and date is a news agency's ("Pravda, 12 May 1990, TASS").
        if (ArchivalReader.ReadArchiveAlone(text, s, e) is { } kept && (kept.ArchiveName is not null || NewspaperReader.Read(text, s, e) is null)) return kept;
        // "Title". "Qobustan" jurnalı, 1977, N 10: before the newspaper reader, which would take the piece's quoted title for a paper.
        if (QuotedPeriodicalReader.Read(text, s, e) is { } periodical) return periodical;
        if (NewspaperReader.Read(text, s, e) is { } newspaper) return newspaper;
        // "Title. «Paper», 1973, 13 yanvar", "«Paper»- 26.12.70": a quoted paper without its kind word, told by its date.
        if (QuotedPeriodicalReader.ReadBare(text, s, e) is { } bare) return bare;
        if (DashImprintReader.Read(text, s, e) is { } dashed) return dashed; // "Title.- Bakı, 2000.- S.418.": see its remarks
        // "Title. Bakı, Elm, 1974" (see its remarks), unless the publication reader, which knows statements of
        // responsibility, volume keywords and lists of authors, finds more editors or compilers, a volume or more authors
        // there: then its reading stands (an Azerbaijani book is no English note's).
        if (CommaImprintReader.Read(text, s, e) is { } comma)
            return Publication() is { } pr && (pr.Editors.Count > comma.Editors.Count || pr.Compilers.Count > comma.Compilers.Count
                                               || pr.Volume is not null && comma.Volume is null || pr.Authors.Count > comma.Authors.Count)
                ? pr : comma;
        if (gostOrder && Publication() is { } gost && (gost.Year is not null || gost.Place is not null || gost.ContainerTitle is not null)) return gost;
        if (!englishFirst && EnglishNoteReader.Read(text, s, e, out next) is { } english) return english;
        next = e;
        return Publication() ?? SiglumVolumePage(text, s, e) ?? (ParsedCitation)Unread(text, s, e);

        // The publication reader is pure and asked up to three times above: it reads the part once.
        PublicationCitation? Publication()
        {
            if (!publicationRead) (publication, publicationRead) = (PublicationReader.Read(text, s, e), true);
            return publication;
        }
    }

    // "Cəfərov Nizami. Seçilmiş əsərləri. Bakı: Elm, 2007.", "Elçin Məmmədov. Title // Ədəbiyyat. 2012. № 3.": a person named
    // in full, two capitalised words and a full stop, opening an entry of a list of literature in Azerbaijani or Turkish
    // letters, before a publication read whole (a title with its imprint or its journal). The family name is the word
    // that ends as one (Conventions.IsAzerbaijaniFamilyName), the first where both do; where neither does, the two words
    // may be a poet's name opening the title of his works ("Nizami Gəncəvi. Lirika"), left to the other readers. Not in
    // Cyrillic: a Russian title opens with two capitalised words as often as a name does ("Маршал Жуков. Каким мы его
    // помним"). The publication after the name is read once, without looking for a further name (headRead): bounded work.
    private static PublicationCitation? FullNameHead(string text, int s, int e, bool bracketed)
    {
        var w1 = s;
        while (w1 < e && char.IsLetter(text[w1])) w1++;
        if (w1 >= e || text[w1] != ' ' || !AuthorDateReader.IsFamilyName(text, s, w1)) return null;
        var w2s = w1 + 1;
        var w2 = w2s;
        while (w2 < e && char.IsLetter(text[w2])) w2++;
        if (w2 + 2 >= e || text[w2] != '.' || text[w2 + 1] != ' ' || !AuthorDateReader.IsFamilyName(text, w2s, w2)) return null;
        // The two words as split above, each tested as a place and as a family name's ending.
        var first = text.AsSpan(s, w1 - s);
        var second = text.AsSpan(w2s, w2 - w2s);
        if (Labelling.Lexicon.IsPlaceName(first) || Labelling.Lexicon.IsPlaceName(second)) return null;
        var firstEnds = Conventions.IsAzerbaijaniFamilyName(first);
        var secondEnds = Conventions.IsAzerbaijaniFamilyName(second);
        // "Emel Esin", "Зия Буниятов": where the first word is a given name, the second is the family name, whatever it ends
        // in and in either script; but not a poet's epithet ending in -i, his name and works cited as one title ("Nizami
        // Gəncəvi. Lirika"). A given name second ("Kərimli Teymur", "Алиев Эльдар") tells the order only where the first
        // word ends as a family name: "Mustafa Kemal", "Aslan Füzuli" may be a given name and a family name as well, and
        // neither word tells then, so no author is made up.
        var firstGiven = Conventions.IsGivenName(first);
        var secondGiven = Conventions.IsGivenName(second);
        var byGivenName = firstGiven != secondGiven
            && (firstGiven ? secondEnds || !EndsAsEpithet(text[w2 - 1]) : Conventions.IsKnownFamilyForm(first));
        if (byGivenName) (firstEnds, secondEnds) = (secondGiven, firstGiven);
        else if (firstGiven != secondGiven || !TextScan.HasAzerbaijaniLetter(text, s, e) || TextScan.HasCyrillic(text, s, e)) return null;
        if (!firstEnds && !secondEnds) return null; // "Nizami Gəncəvi. Lirika": a poet's name and his works, cited as one title
        var rest = TextScan.Trim(text, w2 + 1, e).Start;
        if (rest >= e || !(char.IsUpper(text[rest]) || text[rest] is '«' or '“' or '"')) return null;
        // The costly test last: the rest read whole, once.
        if (ParseOne(text, rest, e, out var after, bracketed, headRead: true) is not PublicationCitation { Authors.Count: 0, Editors.Count: 0, Compilers.Count: 0, Title: not null } read
            || after < e || read.Year is null && read.Place is null && read.ContainerTitle is null) return null;
        var ((fs, fe), (gs, ge)) = secondEnds && !firstEnds ? ((w2s, w2), (s, w1)) : ((s, w1), (w2s, w2));
        var (ts, te) = TextScan.Trim(text, s, e);
        return read with
        {
            Authors = [CslName.Person(text[fs..fe], text[gs..ge])],
            Text = text[ts..te],
            Span = new TextSpan(ts, te - ts),
        };
    }

    /// <summary>The longest run of names read before an op. cit. phrase.</summary>
    private const int MaxNamesBeforeOpCit = 60;

    // "Иванов, указ. соч., с. 5", "Иванов. Указ. соч. С. 5", "Michael Harmer, указ. соч., p. 57", "Charles de Chambrun,
    // op. cit.": a short form whose names the phrase closes, whatever their order and however few (a family name alone
    // has no initials to tell it by). A comma before the phrase ends the search, so the names hold none: a GOST list joined
    // by commas ("Иванов И. И., Петров П. П., указ. соч.") is left to the readers after this one, which read it whole.
    // The names are read as a statement's are (ResponsibilityReader.ReadNames), else as up to four words, capitalised or
    // initials, the family name last with its particles; the rest is read once.
    private static PublicationCitation? OpCitHead(string text, int s, int e, bool bracketed)
    {
        var limit = Math.Min(e, s + MaxNamesBeforeOpCit);
        var phrase = -1;
        for (var i = s + 1; i < limit; i++)
        {
            if (text[i] is not (',' or '.') || i + 2 >= e || text[i + 1] != ' ') continue;
            if (PublicationReader.OpCitOpens(text, i + 2, e)) { phrase = i + 2; break; }
            if (text[i] == ',') return null; // a comma before the phrase: a title or a second element, not one name list
        }
        if (phrase < 0) return null;
        // (The last initial keeps its full stop; a family name's stop before "Указ. соч." is the element's.)
        var (ns, ne) = TextScan.Trim(text, s, phrase, " ,");
        if (ne <= ns || NamesBeforeOpCit(text, ns, ne) is not { Count: > 0 } names) return null;
        if (ParseOne(text, phrase, e, out var after, bracketed, headRead: true) is not PublicationCitation { Authors.Count: 0, Editors.Count: 0, Title: { } title } read
            || after < e || !PublicationReader.IsOpCit(title)) return null;
        var (ts, te) = TextScan.Trim(text, s, e);
        return read with { Authors = names, Text = text[ts..te], Span = new TextSpan(ts, te - ts) };
    }

    /// <summary>The most words of one name read before op. cit. (<c>Robert Bruce Lockhart</c>, <c>Charles de Chambrun</c>).</summary>
    private const int MaxNameWords = 4;

    // The names text[s..e) holds, or null: a statement's list of names, or one name of capitalised words and initials
    // whose family name is the last word with the particles before it ("Harrison E. Salisbury", "de Chambrun").
    private static List<CslName>? NamesBeforeOpCit(string text, int s, int e)
    {
        // "De Gaulle": a statement would take the capitalised particle for a given name, so the words are read below.
        var firstWord = text.AsSpan(s, e - s);
        var space = firstWord.IndexOf(' ');
        var opensWithParticle = space > 0 && EnglishNoteReader.IsCapitalisedParticle(firstWord[..space]);
        if (!opensWithParticle && ResponsibilityReader.ReadNames(text, s, e) is { Count: > 0 } listed) return listed;
        (s, e) = TextScan.Trim(text, s, e, " ,.");
        if (e <= s) return null;
        var words = text.AsSpan(s, e - s);
        var count = words.Count(' ') + 1;
        if (count > MaxNameWords) return null;
        var family = -1;
        var at = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty) return null;
            var last = range.End.GetOffset(words.Length) == words.Length;
            // "De Gaulle", "Van Ree": a particle with a capital opens the family name as one in small letters does.
            if (Conventions.IsNameParticle(word) || !last && EnglishNoteReader.IsCapitalisedParticle(word)) { if (family < 0) family = at; }
            else if (!last && (Conventions.IsInitial(word) || Conventions.IsGluedInitials(word))) family = -1;
            else if (IsNameWord(word) || count == 1 && PublicationReader.IsGeorgianFamily(word)) { if (!last) family = -1; else if (family < 0) family = at; }
            else return null;
            at = range.End.GetOffset(words.Length) + 1;
        }
        if (family < 0) return null;
        var (gs, ge) = TextScan.Trim(text, s, s + family);
        return [CslName.Person(text[(s + family)..e], ge > gs ? text[gs..ge] : null)];
    }

    // A capitalised word of letters, apostrophes and hyphens, in any script that has capitals ("Harmer", "Иванов", "D'iakov").
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1])) return false;
        foreach (var c in word)
            if (!(char.IsLetter(c) || c is '\'' or '’' or '-')) return false;
        return true;
    }

    // "Title. Bakı: Elm, 2005. S. 12.", "… 2005. C. 3.": in an Azerbaijani reference (a letter of its own in text[s..e)), what
    // follows the year's full stop at text[stop] is the page or the volume closing the imprint, GOST-like, not an English
    // note's next sentence.
    private static bool ImprintTailAfter(string text, int s, int stop, int e)
    {
        if (!TextScan.HasAzerbaijaniLetter(text, s, e)) return false;
        var (ts, te) = TextScan.Trim(text, stop + 1, e, " .");
        if (te <= ts) return false;
        if (LocatorReader.ReadAtEnd(text, ts, te, folioAllowed: false) is { } page && TextScan.Trim(text, ts, page.Start).End <= ts) return true;
        return PublicationReader.VolumeSegment.Find(text, ts, te - ts) is { } volume && volume.Index == ts && volume.Length == te - ts;
    }

    // A poet's epithet of origin ends in -i, in either script (Gəncəvi, Şirvani, Гянджеви).
    private static bool EndsAsEpithet(char last) => Vocabulary.EpithetEndings.Contains(last);

    // "იხ. ჯანელიძე ო. Title", "შდრ. …", "წყარო: …": where the citation begins after a Georgian lead-in, which is prose
    // (a Georgian note has no capital to tell a lead-in's words from an author's).
    private static int AfterGeorgianLeadIn(string text, int s, int e)
    {
        if (!TextScan.IsGeorgian(text[s])) return s;
        // "დედანი:საბუთის ტექსტი: …": a charter page's empty labels, their line run on into the next one's lead-in, are
        // skipped, in a loop: a footnote may hold any number of them in a row, and a call per label overflowed the stack.
        var p = s;
        while (EmptyLabelEnd(text, p, e) is var next && next > p) p = next;
        var led = LeadInEnd(text, p, e);
        return led != p ? led : s;
    }

    // Where a source label's colon at text[p] ("დედანი:") ends, at the Georgian text after it; p where none is there.
    private static int EmptyLabelEnd(string text, int p, int e)
    {
        foreach (var label in Vocabulary.GeorgianSourceLabels)
        {
            if (e - p <= label.Length + 1 || string.CompareOrdinal(text, p, label, 0, label.Length) != 0 || text[p + label.Length] != ':') continue;
            var next = TextScan.Trim(text, p + label.Length + 1, e).Start;
            return next < e && TextScan.IsGeorgian(text[next]) ? next : p;
        }
        return p;
    }

    // Where the citation begins after a Georgian lead-in at text[p] ("იხ.", "შდრ.", "წყარო:"); p where none is there.
    private static int LeadInEnd(string text, int p, int e)
    {
        foreach (var lead in Vocabulary.GeorgianLeadIns)
        {
            var after = p + lead.Length;
            if (e - p <= lead.Length + 1 || string.CompareOrdinal(text, p, lead, 0, lead.Length) != 0 || !(char.IsWhiteSpace(text[after]) || lead[^1] is '.' or ':')) continue;
            var next = TextScan.Trim(text, after, e, " :").Start;
            return next < e ? next : p;
        }
        return p;
    }

    // "See Ocherki istorii Gruzii, Tbilisi, 1988": a book cited by its title alone, whatever reader read it, has no
    // lead-in word ("See", "See also", Conventions.CommentaryPrefixes) in its title.
    private static ParsedCitation? WithoutLeadIn(string text, ParsedCitation? read)
    {
        if (read is not PublicationCitation { Authors.Count: 0, Editors.Count: 0, Compilers.Count: 0, Title: { } title } publication
            || title.Span.End > text.Length) return read;
        var lead = Conventions.CommentaryPrefixAt(text, title.Span.Offset, title.Span.End);
        if (lead == 0 || !title.Value.AsSpan().StartsWith(text.AsSpan(title.Span.Offset, lead), StringComparison.Ordinal)) return read;
        var (ts, te) = TextScan.Trim(text, title.Span.Offset + lead, title.Span.End, " ,:");
        if (te <= ts || !char.IsUpper(text[ts])) return read;
        return publication with { Title = new Located(text[ts..te], new TextSpan(ts, te - ts)) };
    }

    // "АКАК, VIII, 14", "ПСЗ, XII, 345": a collection cited often, by its siglum (capitals), a volume in Roman numerals
    // and a page, as works on the Caucasus cite the Acts of the Caucasian Archaeographic Commission.
    // Linear (Conventions.Linear): anchored, every repeat bounded or followed by a token it cannot match.
    private static readonly Regex SiglumVolumePageForm = new(@"^(?<t>\p{Lu}{2,8}),\s*(?<v>" + Conventions.RomanClass() + @"{1,7}),\s*(?<p>\d+(?:\s?" + Conventions.Dash + @"\s?\d+)?)\.?$", Conventions.Linear);

    // "ქც 4: 330,19", "ქც 2:128, 20, 21": a Georgian siglum (ქც, Kartlis tskhovreba), a volume, a colon and the page (with
    // its line after a comma), as Georgian scholarship cites its standard editions.
    // Linear (Conventions.Linear): anchored, each repeat followed by a token it cannot match, each page after the first opened by its comma.
    private static readonly Regex SiglumVolumeColonPageForm = new(@"^(?<t>[ა-ჺ]{2,5}|\p{Lu}{2,8})\s(?<v>\d{1,2}|" + Conventions.RomanClass() + @"{1,7})\s?:\s?(?<p>\d+(?:\s?"
        + Conventions.Dash + @"\s?\d+)?(?:\s?,\s?\d+(?:\s?" + Conventions.Dash + @"\s?\d+)?)*)\.?$", Conventions.Linear);

    private static PublicationCitation? SiglumVolumePage(string text, int s, int e)
    {
        if ((SiglumVolumePageForm.Match(text, s, e - s) is { Success: true } roman ? roman : SiglumVolumeColonPageForm.Match(text, s, e - s)) is not { Success: true } m) return null;
        var (t, v, p) = (m.Groups["t"], m.Groups["v"], m.Groups["p"]);
        return new PublicationCitation
        {
            Text = text[s..e],
            Span = new TextSpan(s, e - s),
            Kind = PublicationKind.Book,
            Title = new Located(t.Value, new TextSpan(t.Index, t.Length)),
            Volume = new Located(v.Value, new TextSpan(v.Index, v.Length)),
            Locator = new CitedLocator(LocatorReader.Canonical(p.Value), LocatorLabels.Page, "", p.Value, new TextSpan(p.Index, p.Length)),
            Language = LanguageDetector.Detect(t.Value),
        };
    }

    // Where a secondary source is named after a shelf mark in text[s..e) (", cited in "), and where the publication
    // after it begins; else (null, e).
    private static (int? Join, int After) SecondarySourceJoin(string text, int s, int e)
    {
        var part = text.AsSpan(s, e - s);
        foreach (var join in Conventions.SecondarySourceJoins)
            if (part.IndexOf(join, StringComparison.OrdinalIgnoreCase) is >= 0 and var at) return (s + at, s + at + join.Length);
        return (null, e);
    }

    /// <summary>The most occurrences of <c>, in </c> in one part tried as the join of a shelf mark and a publication.</summary>
    private const int MaxInJoins = 4;

    // Where ", in " followed by a capital closes a shelf mark in text[s..e) (the file read up to it has levels and ends
    // right before it, but for a remark in brackets), and where the publication after it begins; else (null, e).
    private static (int? Join, int Publication) ShelfMarkThenIn(string text, int s, int e)
    {
        const string join = ", in ";
        var tries = 0;
        for (var at = text.IndexOf(join, s, e - s, StringComparison.Ordinal); at > s && tries < MaxInJoins; at = text.IndexOf(join, at + 1, e - at - 1, StringComparison.Ordinal), tries++)
        {
            if (at + join.Length >= e || !char.IsUpper(text[at + join.Length])) continue;
            if (ArchivalReader.Read(text, s, at) is not { Levels.Count: > 0 } read) continue;
            var (_, end) = TextScan.Trim(text, s, at);
            if (text[end - 1] == ')' && text.LastIndexOf('(', end - 1, end - s) is var open and > 0) end = TextScan.Trim(text, s, open).End;
            if (ArchivalReader.ShelfMarkEnd(read) >= TextScan.Trim(text, s, end, " .").End) return (at, at + join.Length);
        }
        return (null, e);
    }

    // Where a publication in text[s..e) ends before the words that name the archival file it cites (", citing RGASPI, f.
    // 558, …"), and where the file begins; else (null, e). The file must read as one, its archive right after the words.
    private static (int? Join, int File) ArchivalSourceJoin(string text, int s, int e)
    {
        var part = text.AsSpan(s, e - s);
        foreach (var join in Conventions.ArchivalSourceJoins)
        {
            if (part.IndexOf(join, StringComparison.OrdinalIgnoreCase) is not (> 0 and var at)) continue;
            var file = s + at + join.Length;
            if (file < e && char.IsUpper(text[file]) && ArchivalReader.Read(text, file, e) is { Levels.Count: > 0 } read
                && (read.ArchiveShort ?? read.ArchiveName) is { } archive && archive.Span.Offset == file)
                return (s + at, file);
        }
        return (null, e);
    }

    // Where " and " (or ", and ") is followed by an opis's or a file's keyword in text[s..e), and where that level begins;
    // else (null, e).
    private static (int? And, int Level) FurtherLevelAfterAnd(string text, int s, int e)
    {
        const string and = " " + Conventions.And + " ";
        for (var at = text.IndexOf(and, s, e - s, StringComparison.Ordinal); at >= 0; at = text.IndexOf(and, at + 1, e - at - 1, StringComparison.Ordinal))
        {
            var level = at + and.Length;
            if (ArchivalReader.OpensWithLevel(text.AsSpan(level, e - level)) && ArchivalReader.Read(text, level, e) is { Continues: true })
                return (at > s && text[at - 1] == ',' ? at - 1 : at, level);
            if (at + 1 >= e) break;
        }
        return (null, e);
    }

    // text[s..e) opens with "Family I. I." followed by a space (GOST), not by a comma (a Chicago bibliography's "Family, I.").
    // Not "Valery A. Tishkov, ‘Title’, …": a given name, its initial and one name word closed by a comma, then a quoted
    // title, is a Chicago note's author (GOST puts the title, never a quotation mark, after the name's word).
    private static bool OpensWithFamilyThenInitials(string text, int s, int e) =>
        PublicationReader.FamilyThenInitials.Find(text, s, e - s) is { } f && f.Index == s && f.Index + f.Length < e && text[f.Index + f.Length] == ' '
        && !GivenInitialFamilyThenQuote(text, f.Index + f.Length + 1, e);

    // At text[at]: a capitalised name word, a comma, a space and an opening quotation mark ("Tishkov, ‘").
    private static bool GivenInitialFamilyThenQuote(string text, int at, int e)
    {
        if (at >= e || !char.IsUpper(text[at])) return false;
        var w = at + 1;
        while (w < e && (char.IsLetter(text[w]) || text[w] is '-' or '\'' or '’')) w++;
        return w - at >= 2 && w + 2 < e && text[w] == ',' && text[w + 1] == ' ' && text[w + 2] is '"' or '“' or '‘' or '\'';
    }

    private static UnreadCitation Unread(string text, int s, int e) => new()
    {
        Text = text[s..e],
        Span = new TextSpan(s, e - s),
        Reason = "it matches no known citation form (archival, publication, newspaper, ibid)",
        Locator = LocatorReader.ReadAtEnd(text, s, e)?.Locator ?? ListPage(text, s, e), // what could be read of it
        Language = LanguageDetector.Detect(text[s..e]),
    };

    // "12.132", "9,26", "4. 36–38": a reference into the work's numbered list of literature as Azerbaijani journals write
    // it without a page keyword, list number then page. The source is the list's, which the note does not name: the part
    // stays unread, with the page as its locator.
    // Linear (Conventions.Linear): anchored, every repeat bounded or followed by a token it cannot match.
    private static readonly Regex ListNumberPage = new(@"^\d{1,3}\s?[.,]\s?(?<p>\d{1,4}(?:\s?" + Conventions.Dash + @"\s?\d{1,4})?)$", Conventions.Linear);

    private static CitedLocator? ListPage(string text, int s, int e)
    {
        (s, e) = TextScan.Trim(text, s, e, " .;");
        if (e - s < 3 || ListNumberPage.MatchIn(text, s, e - s) is not { } m) return null;
        var p = m.Groups["p"];
        return new CitedLocator(LocatorReader.Canonical(p.Value), LocatorLabels.Page, "", p.Value, new TextSpan(p.Index, p.Length));
    }

    // Which characters below Armenian can open an ibid phrase, compared as the phrases are (ordinal, ignoring case):
    // most citations open with none of them and are spared thirteen comparisons.
    private static readonly bool[] IbidStarts = Enumerable.Range(0, 0x530).Select(c => Vocabulary.IbidPhrases.Any(
        p => string.Compare(((char)c).ToString(), 0, p.Phrase, 0, 1, StringComparison.OrdinalIgnoreCase) == 0)).ToArray();

    private static ParsedCitation? ReadIbid(string text, int s, int e)
    {
        if (text[s] < IbidStarts.Length && !IbidStarts[text[s]]) return null;
        foreach (var (phrase, language) in Vocabulary.IbidPhrases)
        {
            if (e - s < phrase.Length || string.Compare(text, s, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            var after = s + phrase.Length;
            if (after < e && char.IsLetter(text[after])) continue;
            // "Там же. Д. 58.": another file of the same fond and opis, not the previous one at another page.
            // ("Ibid., vol. 2, p. 45" names no level: the same work at another page.)
            if (ArchivalReader.Read(text, after, e) is { ArchiveName: null, ArchiveShort: null, Levels.Count: > 0 } levels)
                return levels with { Text = text[s..e], Span = new TextSpan(s, e - s), Continues = true };
            // "Ibid., 156 (emphasis in the original)": the commentary is no part of the locator, which may have no keyword.
            var le = EnglishNoteReader.DropTrailingCommentary(text, after, e);
            var locator = LocatorReader.ReadAtEnd(text, after, le) ?? LocatorReader.ReadBareAtEnd(text, after, le);
            return new IbidCitation
            {
                Text = text[s..e],
                Span = new TextSpan(s, e - s),
                Phrase = text.Substring(s, phrase.Length),
                Locator = locator?.Locator,
                Language = language,
            };
        }
        return null;
    }

    /// <summary>The ranges of a footnote's citations: split at <c>;</c> outside quotes and brackets, not in <c>M.; L.:</c> nor before a role (<c>; под ред.</c>).</summary>
    internal static List<(int Start, int End)> SplitCitations(string text)
    {
        var parts = new List<(int, int)>();
        for (var start = 0; ; start = parts[^1].Item2 + 1)
        {
            parts.Add((start, CitationEnd(text, start)));
            if (parts[^1].Item2 == text.Length) return parts;
        }
    }

    // Where the citation starting at from ends: at the next splitting ';', else at the text's end. Brackets and quotes
    // are counted from from: at a split both counts are zero, so each part starts afresh.
    [MethodImpl(Hot.Loop)]
    private static int CitationEnd(string text, int from)
    {
        int depth = 0, quote = 0;
        var opener = '\0';
        var plain = '\0'; // the closer of an open straight or single quote ("Title; subtitle," 'Title; subtitle', ‘…’)
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (plain != '\0' && c == plain && (i + 1 == text.Length || !char.IsLetter(text[i + 1]))) plain = '\0';
            else if (plain == '\0' && PlainQuoteOpensAt(text, i) is var closer and not '\0') plain = closer;
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']' && depth > 0) depth--;
            // “ opens an English quotation but closes a Georgian or German „…“ one; ~ is the closing quote of Georgian
            // typed in the AcadNusx font ("“saqarTvelos respublika~").
            // “ right after a word closes a “ as Georgian notes also type it (“დროება“, 1880; …).
            else if (quote > 0 && (c == '~' || c == '“' && (opener == '„' || opener == '“' && i > from && char.IsLetterOrDigit(text[i - 1])))) quote--;
            else if (c is '“' or '«' or '„') (quote, opener) = (quote + 1, c);
            else if (c is '”' or '»' && quote > 0) quote--;
            else if (c == ';' && depth == 0 && quote == 0 && !PlaceAfterSemicolon.IsMatch(text.AsSpan(i + 1, Math.Min(8, text.Length - i - 1)))
                && !StateAfterSemicolon(text, i)
                && !ResponsibilityReader.RoleFollows(text, i + 1) && !BracketedRoleFollows(text, i + 1) && !InImprint(text, from, i) && !BetweenPlaces(text, from, i)
                && !DashImprintReader.InStatement(text, from, i) && !InCollectionsTitle(text, from, i)
                && !(plain != '\0' && QuoteClosesBeforeNextSemicolon(text, i + 1, plain)))
                return i;
        }
        return text.Length;
    }

    // A statement of responsibility in square brackets after the ';' ("… / АН СССР ; [редкол.: А. Б. Иванов (отв. ред.)
    // и др.]. – Владивосток, 1988"): the catalogue record's editors, as a bare role word after the ';' is, not a citation.
    private static bool BracketedRoleFollows(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at < text.Length && text[at] == '[' && ResponsibilityReader.RoleFollows(text, at + 1);
    }

    // The longest stretch looked at on either side of a ';' inside a collection's title, so each ';' costs bounded time.
    private const int MaxCollectionsTitle = 300;

    // True when the ';' at i runs on the title of the collection after "//" ("// Сибирь в XX веке: чтения 1999 г.;
    // Межвуз. сб. науч. тр. / Под ред. …"): no year after a comma or full stop closes the collection before it (a year
    // after a word, "чтения 2001 г.", is the title's), and its statement of responsibility ('/' then a role word) comes
    // after it before any other ';'. A ';' between two citations has an imprint before it, or no '/ role' after it.
    private static bool InCollectionsTitle(string text, int from, int i)
    {
        var slashes = -1;
        for (var k = i - 1; k > from + 1 && i - k <= MaxCollectionsTitle; k--)
            if (text[k] == '/' && text[k - 1] == '/') { slashes = k + 1; break; }
        if (slashes < 0 || HasYearAfterComma(text, slashes, i)) return false;
        for (var j = i + 1; j < text.Length && j - i <= MaxCollectionsTitle && text[j] != ';'; j++)
            if (text[j] == '/' && text[j - 1] == ' ' && (j + 1 == text.Length || text[j + 1] != '/')) return ResponsibilityReader.RoleFollows(text, j + 1);
        return false;
    }

    // True when a year follows a comma or full stop in text[s..e) ("Сибирь. 1999. С. 5"): an imprint closed the collection.
    private static bool HasYearAfterComma(string text, int s, int e)
    {
        for (var k = s; k + 5 < e; k++)
            if (text[k] is ',' or '.' && text[k + 1] == ' ' && Conventions.IsYear(text.AsSpan(k + 2, 4)) && (k + 6 == e || !char.IsAsciiDigit(text[k + 6]))) return true;
        return false;
    }

    /// <summary>The most characters after a <c>;</c> looked through for a state's abbreviation and its colon (<c> Calif.:</c>).</summary>
    private const int MaxStateAfterSemicolon = 9;

    // A state after its town where GOST's ';' between places stands for the comma ("Cambridge; Mass.: Harvard", "Ithaca;
    // N. Y.: Cornell"): a Latin abbreviation, then the publisher's colon.
    private static bool StateAfterSemicolon(string text, int i)
    {
        var colon = text.IndexOf(':', i + 1, Math.Min(MaxStateAfterSemicolon, text.Length - i - 1));
        return colon > i + 1 && Conventions.IsStateAbbreviation(text.AsSpan(i + 1, colon - i - 1));
    }

    // The closing quote of a straight or single quote opening at i (after a space or bracket, before a letter or digit:
    // not the apostrophe of "Denikin's" or "Bol’shevik"), or '\0'.
    private static char PlainQuoteOpensAt(string text, int i)
    {
        var c = text[i];
        if (!(c is '"' or '\'' or '‘') || i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])) return '\0';
        if (i > 0 && !(char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[')) return '\0';
        return c == '‘' ? '’' : c;
    }

    // True when the quote closing with closer ends (a closer not followed by a letter) at or after from and before the
    // next ';': a ';' inside a quoted title ("‘Zapiski; tetrad 2’, Zvezda") does not split. Bounded by the next ';'.
    private static bool QuoteClosesBeforeNextSemicolon(string text, int from, char closer)
    {
        for (var i = from; i < text.Length && text[i] != ';'; i++)
            if (text[i] == closer && (i + 1 == text.Length || !char.IsLetter(text[i + 1]))) return true;
        return false;
    }

    /// <summary>The longest stretch looked at on either side of a <c>;</c> that may join two places or publishers.</summary>
    private const int MaxImprintPart = 80;

    // A ';' between two places of one imprint, as GOST joins them ("– Москва ; Берлин : Директ-Медиа, 2015", "Алма-Ата ;
    // М., 1936"): before it, after the last full stop or dash, a place; after it a place, then the publisher's colon, or
    // the year's comma and the year.
    private static bool BetweenPlaces(string text, int from, int i)
    {
        var k = i - 1;
        while (k >= from && i - k <= MaxImprintPart && (char.IsLetter(text[k]) || text[k] is ' ' or '-' or ';' or '/')) k--;
        if (k < from || i - k > MaxImprintPart || text[k] is not ('.' or '–' or '—' or ',')) return false;
        // "Лордкипанидзе М. Грузия; Меликишвили, 1959": after an initial's full stop stands a title, not an imprint's place.
        if (text[k] == '.' && k > from && char.IsUpper(text[k - 1]) && (k - 1 == from || !char.IsLetter(text[k - 2]))) return false;
        var (bs, be) = TextScan.Trim(text, k + 1, i);
        if (be <= bs || !TextScan.IsPlaceList(text.AsSpan(bs, be - bs))) return false;
        var j = i + 1;
        while (j < text.Length && j - i <= MaxImprintPart && text[j] is not (':' or ',' or ';')) j++;
        if (j >= text.Length || j - i > MaxImprintPart) return false;
        var (ps, pe) = TextScan.Trim(text, i + 1, j);
        if (pe <= ps || !TextScan.IsPlaceList(text.AsSpan(ps, pe - ps))) return false;
        if (text[j] is ':' or ';') return true;
        var y = j + 1;
        while (y < text.Length && text[y] == ' ') y++;
        return y + 4 <= text.Length && Conventions.IsYear(text.AsSpan(y, 4)) && (y + 4 == text.Length || !char.IsDigit(text[y + 4]));
    }

    // A ';' between two places or two publishers of one imprint ("Cambridge, Mass.; London, 2013", "М.: РОССПЭН; Фонд
    // «Президентский центр Б. Н. Ельцина», 2010"): what stands before it, back to its sentence's start or GOST's ". – "
    // area mark, holds no digit and ends in an abbreviation or holds a publisher's colon; what follows runs to ", year"
    // within its sentence. A quoted name before it is a publisher only after that colon ("– М. : ИЦ «Краеведение» ;
    // Воронеж : ИД ВГУ, 2016"); a quoted name alone is a newspaper's and closes its citation.
    private static bool InImprint(string text, int from, int i)
    {
        if (i <= from) return false;
        bool colon = false, quoted = false, colonBeforeQuote = false;
        var k = i - 1;
        for (; k >= from && i - k <= MaxImprintPart; k--)
        {
            var c = text[k];
            if (char.IsDigit(c) || c is ';') return false;
            quoted |= c is '«' or '»' or '“' or '”';
            colon |= c == ':';
            colonBeforeQuote |= c == ':' && quoted;
            if (c == '.' && k + 2 < i && text[k + 1] == ' ' && text[k + 2] is '–' or '—') break;
            if (c == '.' && k + 2 < i && text[k + 1] == ' ' && char.IsUpper(text[k + 2]) && k > from && char.IsLetter(text[k - 1]) && k - 1 > from && char.IsLetter(text[k - 2])) break;
        }
        if (i - k > MaxImprintPart || !(colon || text[i - 1] == '.') || quoted && !colonBeforeQuote) return false;
        int quote = 0, j = i + 1;
        for (; j < text.Length && j - i <= MaxImprintPart; j++)
        {
            var c = text[j];
            if (c is '«' or '“' or '„') quote++;
            else if (c is '»' or '”' && quote > 0) quote--;
            if (quote > 0) continue;
            if (c is ';' or '(' || char.IsDigit(c)) return false;
            if (c == '.' && j + 2 < text.Length && text[j + 1] == ' ' && char.IsUpper(text[j + 2])) return false;
            if (c == ',') break;
        }
        var y = j + 1;
        while (y < text.Length && text[y] == ' ') y++;
        return j < text.Length && text[j] == ',' && y + 4 <= text.Length && Conventions.IsYear(text.AsSpan(y, 4)) && (y + 4 == text.Length || !char.IsDigit(text[y + 4]));
    }
}

/// <summary>Where the hybrid asks the labeller beside the parts the rules read nothing in.</summary>
internal enum LabellerPolicy
{
    /// <summary>Only where the rules read nothing.</summary>
    UnreadOnly,
    /// <summary>
    /// Also where the rules' reading is thin: a publication they read only a title (and a locator) in, or one whose
    /// title runs over a dozen words (prose taken for a title). It measured better than <see cref="UnreadOnly"/> on the
    /// development half (cross-validated by work, 76.8% to 77.9% of fields with the synthetic-only model) and on the test
    /// half's summary; the default until <see cref="RicherReadings"/>.
    /// </summary>
    ThinReadings,
    /// <summary>
    /// Also where the labeller reads at least <see cref="CitationParser.MoreFieldsKept"/> more fields than the rules in a
    /// publication they read in up to <see cref="CitationParser.MostFieldsAsked"/> fields (beside the thin readings): the
    /// default. Cross-validated by work on the development half, 87.7% to 87.9% of fields; on the test half's summary
    /// 70.6% to 72.9%: the rules, fitted to the development half, read other historians' notes worse than they read it.
    /// </summary>
    RicherReadings,
}

/// <summary>Which readers parse a footnote's citations.</summary>
public enum ParserMode
{
    /// <summary>The rule readers, then the labeller for a part they read as no citation (the default).</summary>
    Hybrid,
    /// <summary>The rule readers alone (a part they cannot read is an <see cref="UnreadCitation"/>).</summary>
    Rules,
    /// <summary>The labeller alone, for measuring it against the rules.</summary>
    Model,
}
