using System.Text.RegularExpressions;
using Bibliography.Model;
using System.Runtime.CompilerServices;

namespace Bibliography.Parsing;

/// <summary>
/// Reads an Azerbaijani book reference whose imprint has commas and no colon, or a colon and no dash:
/// <c>I.Family. Title. II cild. Bakı, Publisher, 1983, səh. 112.</c>, <c>Bakı, "Elm", 2020, 280 s.</c>,
/// <c>Family I.I. Title. Bakı: Yazıçı, 1984, 123 s.</c>
/// </summary>
/// <remarks>
/// It reads from the right, as the publication reader does: the page or the extent, the year, then the imprint back to
/// the sentence's start (a full stop and a space, or a quoted title's closing mark and a comma): its first piece is the
/// place, a word or two; what follows up to the year is the publisher, without its quotation marks. Before the imprint
/// <c>II cild</c> is the volume and <c>10 cilddə</c> (the set's size) is recorded nowhere.
/// </remarks>
internal static class CommaImprintReader
{
    private static readonly string PageWord = Vocabulary.Alternation(Vocabulary.Spellings(KeywordLevel.Page).Select(k => k.TrimEnd('.')).Distinct());
    // The page after a comma or a full stop, a GOST dash between ("2009. — S. 7").
    private static readonly Regex PageAtEnd = new(@"[,.]\s*(?:[-–—]\s*)?(?<kw>(?:" + PageWord + @")\.?)\s*:?\s*[-–]?\s*(?<v>" + Conventions.NumberList + @")$", Conventions.Options);
    // The page in brackets after the imprint and its extent ("Bakı, Elm, 2003, 328 s. (səh. 114)").
    // Linear (Conventions.Linear): tried only at an opening bracket, which the list cannot hold, so a failed try ends at the
    // next one; each \s run followed by a keyword's letter, a digit, a comma, a dash, a verso mark or the closing bracket.
    private static readonly Regex BracketedPageAtEnd = new(@"\(\s*(?<kw>(?:" + PageWord + @")\.?)\s*:?\s*(?<v>" + Conventions.NumberList + @")\s*\)$", Conventions.Linear);
    // An extent standing alone as a piece of the imprint's tail ("300 s", "240 səh").
    // Linear (Conventions.Linear): anchored, every repeat bounded or followed by a token it cannot match.
    private static readonly Regex ExtentPiece = new(@"^\d{1,4}\s?(?:" + PageWord + @")\.?$", Conventions.Linear);
    // The most statements read off the imprint's tail (a part, an edition, an extent: "1985, II hissə", "2001. 2-ci nəşr. 300 s.").
    private const int MaxTailStatements = 3;
    // The extent after a comma, a full stop or a dash ("1984, 123 s.", "2010. 200 s.", "1985.-320 s."); found without groups.
    private static readonly Regex ExtentAtEnd = new(@"[,.]\s*[-–—]?\s*\d{1,4}\s?(?:" + PageWord + @")\.?$", Conventions.Options);
    // The year closing the imprint: found without groups, as its four digits end the match.
    internal static readonly Regex YearAtEnd = new(@"[,\s–—-]\s*(?<y>1[5-9]\d\d|20\d\d)$", Conventions.Options);
    // A place: a word or two, each opening with a capital ("Bakı", "Baki", "Tbilisi", "Naxçıvan").
    // A hyphen joins capitalised parts ("Sankt-Peterburq"); an abbreviation ends in its full stop.
    // Linear (Conventions.Linear): anchored, every repeat followed by a token it cannot match.
    private static readonly Regex Place = new(@"^\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}*)?\.?(?:\s\p{Lu}\p{Ll}*(?:-\p{Lu}\p{Ll}*)?)?$", Conventions.Linear);
    // A volume: its number before the word, Roman or an ordinal ("II cild", "III c.", "2-ci cild"), or after it ("c. 3", "cild 2").
    private static readonly string VolumeNumber = @"(?:" + Conventions.RomanClass() + @"+|\d{1,3}" + Conventions.AzerbaijaniOrdinal + "?)";
    // The number first, the word's full stop may have been trimmed with the sentence's ("III c").
    private static readonly string VolumeWord = Vocabulary.Alternation(Vocabulary.Spellings(KeywordLevel.Volume).Select(k => k.TrimEnd('.')).Distinct());
    private static readonly string VolumeStatement = @"(?:(?<n>" + VolumeNumber + @")\s+" + VolumeWord + @"\.?|(?:"
        + Conventions.VolumeKeyword + @")\s*(?<m>" + Conventions.RomanClass() + @"+|\d{1,3}))";
    private static readonly Regex VolumeAtEnd = new(@"(?:^|[\s,.])" + VolumeStatement + "$", Conventions.Options);
    // Linear (Conventions.Linear): anchored, each alternative's repeats followed by a token they cannot match.
    private static readonly Regex VolumePiece = new("^" + VolumeStatement + "$", Conventions.Linear);
    // The size of a set, in figures or in words ("10 cilddə", "Yeddi cilddə"): recorded nowhere.
    private static readonly Regex SetSizeAtEnd = new(@"(?:^|[\s,.])(?:\d+|\p{L}+)\s+(?:" + Conventions.VolumeKeyword + @")\p{L}+[.,]?$", Conventions.Options);
    // Linear (Conventions.Linear): anchored, the initials bounded, the name's letters given back one at a time, each at a
    // bounded cost, where no full stop follows.
    private static readonly Regex InitialsFirst = new(@"^(?<ini>" + PublicationReader.Initials + @")\s?(?<fam>" + PublicationReader.FamilyNameAfterInitials + @")\.\s", Conventions.Linear);
    // "Family I.", also with the comma of a library catalogue's heading ("Quliyev, R. Title").
    // Linear (Conventions.Linear): as InitialsFirst.
    private static readonly Regex FamilyFirst = new(@"^(?<fam>" + PublicationReader.FamilyName + @"),?\s(?<ini>" + PublicationReader.Initials + @")\s", Conventions.Linear);
    // Two capitalised words closed by a full stop, one of them a family name by its ending ("Məmmədov Cahangir. Title"),
    // or a library's heading with the patronymic, which names the family first ("Quliyeva Gülnarə Əli qızı. Title",
    // "Məmmədov Əli oğlu. Title", "Abbasova, Elmira Məmməd qızı. Title"): the patronymic is no part of the name.
    // Linear (Conventions.Linear): anchored, every repeat followed by a token it cannot match.
    private static readonly Regex TwoNames = new(@"^(?<a>\p{Lu}\p{Ll}+),?\s(?:(?<b>\p{Lu}\p{Ll}+)(?<p>\s\p{Lu}\p{Ll}+\s" + Conventions.PatronymicWord
        + @")?|(?<p>\p{Lu}\p{Ll}+\s" + Conventions.PatronymicWord + @"))\.\s", Conventions.Linear);

    private const string Quotes = "\"“”«»„";

    // The author's initials and family name glued to the end of a catalogue record's title ("… aspektlər E.M.Abbasova").
    private static readonly Regex RepeatedAuthorAtEnd = new(@"\s(?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}+$", Conventions.Options);

    // The imprint's text up to `to` without the statements after its year that are recorded nowhere: a part of the book
    // ("II hissə", "I kitab"), its edition ("2-ci nəşr") and its extent ("300 s."), each a piece of its own after a comma,
    // a full stop or a GOST dash. Where the piece is none of these, the tail is left as it was.
    private static int DropTailStatements(string part, int to)
    {
        for (var k = 0; k < MaxTailStatements; k++)
        {
            var end = TextScan.Trim(part, 0, to, " ,.").End;
            var start = end;
            while (start > 0 && part[start - 1] is not (',' or '.')) start--;
            if (start == 0) break;
            var (ps, pe) = TextScan.Trim(part, start, end, " -–—");
            if (pe <= ps) break;
            var piece = part.AsSpan(ps, pe - ps);
            if (!PublicationReader.IsBookPart(piece) && !PublicationReader.EditionSegment.IsMatch(piece) && !ExtentPiece.IsMatch(piece)) break;
            to = start - 1;
        }
        return to;
    }

    /// <summary>Reads text[start..end) as an Azerbaijani book with a comma imprint, or null if it is not one.</summary>
    public static PublicationCitation? Read(string text, int start, int end)
    {
        var (s, e) = TextScan.Trim(text, start, end, " .;,");
        if (e - s < 8) return null;
        // "Bax: Title. Bakı, 1985" ("see"): the commentary is no part of the title.
        if (Conventions.CommentaryPrefixAt(text, s, e) is > 0 and var lead) (s, _) = TextScan.Trim(text, s + lead, e, " .;,:");
        if (e - s < 8) return null;
        var part = text[s..e];
        var language = LanguageDetector.Detect(part);
        var azerbaijani = language == "az";
        if (!azerbaijani && !MayHaveAzerbaijaniPlace(part)) return null; // no sign of Azerbaijani anywhere: spared the reading
        var to = part.Length;
        CitedLocator? locator = null;
        var pm = PageAtEnd.Match(part);
        if (!pm.Success && BracketedPageAtEnd.Match(part) is { Success: true } bracketed)
        {
            pm = bracketed;
            to = TextScan.Trim(part, 0, pm.Index, " ").End;
        }
        if (pm.Success)
        {
            var kw = pm.Groups["kw"];
            var v = pm.Groups["v"];
            locator = LocatorReader.ReadOne(kw.Value, v.Value, new TextSpan(s + kw.Index, v.Index + v.Length - kw.Index));
            to = Math.Min(to, pm.Index);
        }
        if (ExtentAtEnd.Find(part, 0, to) is { } x && x.Index + x.Length == to) to = x.Index;
        to = DropTailStatements(part, to);
        Located? volume = null;
        // "Bakı, Elm, 1998, c. 2, s. 56", "Bakı, 1994. I c., s. 15", "Bakı, 2007. - C.1. - S. 99": the volume may follow the year.
        if (VolumeAtEnd.Match(part, 0, to) is { Success: true } va && va.Index + va.Length == to && TextScan.Trim(part, 0, va.Index, " ,.-–—").End is var beforeVolume
            && beforeVolume > 0 && char.IsAsciiDigit(part[beforeVolume - 1]))
        {
            volume = VolumeOf(va);
            to = beforeVolume;
        }
        if (YearAtEnd.Find(part, 0, to) is not { } ym || ym.Index + ym.Length != to) return null;
        var year = new Located(part.Substring(to - 4, 4), new TextSpan(s + to - 4, 4)); // the match's last four characters
        to = ym.Index;

        // The imprint, back to the sentence's start; a quoted name after a sentence's dash ("Title. - «Maarif», Bakı, 1993")
        // opens the imprint as its publisher, not a quoted title.
        var sentenceEnd = SentenceEnd(part, to);
        var quotedEnd = QuotedTitleEnd(part, to);
        if (quotedEnd > sentenceEnd && sentenceEnd >= 0 && DashThenQuote(part, sentenceEnd + 2, quotedEnd)) quotedEnd = -1;
        var boundary = Math.Max(sentenceEnd, quotedEnd);
        var headEnd = Math.Max(0, boundary + 1);
        var imprintStart = boundary < 0 ? 0 : boundary + 2;
        // "Əsərləri, II c., Bakı, 1965", "Tarix, c. 3, Bakı, Elm, 1999": a volume among the imprint's commas closes the
        // head; the imprint begins after it.
        for (var piece = part.IndexOf(',', imprintStart, to - imprintStart); piece >= 0 && piece < to; piece = part.IndexOf(',', piece + 1, to - piece - 1))
        {
            var next = part.IndexOf(',', piece + 1, to - piece - 1);
            if (next < 0) break;
            var (vs, ve) = TextScan.Trim(part, piece + 1, next, " ");
            if (ve > vs && VolumePiece.Match(part, vs, ve - vs) is { Success: true } vp && vp.Length == ve - vs)
            {
                volume ??= VolumeOf(vp);
                headEnd = piece;
                imprintStart = next + 1;
                break;
            }
        }
        // "Title. - Bakı: Elm, 2010": the dash of a GOST-like list opens the imprint.
        while (imprintStart < to && part[imprintStart] is ' ' or '-' or '–' or '—') imprintStart++;
        if (imprintStart >= to) return null;
        // "Title, Bakı, Elm, 1993", "Title – Bakı, 1993": no full stop closes the title, so what runs to the first comma
        // is no place; a place that tells an Azerbaijani imprint after a comma or a spaced dash opens it.
        // Both forms are read only where a word tells Azerbaijani: an English note names Baku too ("A. Ivanov, Baku 1918").
        var publisherFirst = azerbaijani ? PublisherThenPlace(part, imprintStart, to) : default;
        if (azerbaijani && publisherFirst.Le == 0 && !Place.IsMatch(part.AsSpan(imprintStart, PlaceEnd(part, imprintStart, to) - imprintStart).Trim(' '))
            && PlaceAfterSeparator(part, imprintStart, to) is ( > 0, > 0) and var (separator, opens))
            (headEnd, imprintStart) = (separator, opens);
        Located place;
        Located? publisher = null;
        if (publisherFirst is var (fs, fe, ls, le) && le > ls)
        {
            // "Avrasiyapress, Bakı-2006", "«Maarif», Baku, 1993": the publisher first, a known place after it.
            place = new Located(part[ls..le], new TextSpan(s + ls, le - ls));
            publisher = new Located(part[fs..fe], new TextSpan(s + fs, fe - fs));
        }
        else
        {
            var placeEnd = PlaceEnd(part, imprintStart, to);
            var (ps, pe) = TextScan.Trim(part, imprintStart, placeEnd, " ");
            if (pe <= ps || !Place.IsMatch(part.AsSpan(ps, pe - ps))) return null;
            // "Ötüken Yayınevi, 2008": two capitalised words, but a Turkish publishing house without its place, which the
            // publication reader reads.
            if (placeEnd == to && PublicationReader.EndsWithTurkishPublisherWord(part, ps, pe)) return null;
            // Without an Azerbaijani word, the place tells: "Bakı, Yazıçı, 1989", "B.: Maarif, 1990".
            // "Köroğlu destanı. Ankara: Kültür, 1991": a known place before a publisher's colon, in a Turkish or Azerbaijani
            // book (a letter English, German and French lack: ə, ı, ş, ğ), tells too. Without the colon ("Tbilisi, qosizdat
            // Qruzii, 1931" in a Russian title transliterated the Azerbaijani way) the publication reader reads it.
            if (!azerbaijani && !AzerbaijaniPlace(part.AsSpan(ps, pe - ps))
                && !(placeEnd < to && part[placeEnd] == ':' && KnownPlace(part.AsSpan(ps, pe - ps)) && HasTurkicOnlyLetter(part))) return null;
            place = new Located(part[ps..pe], new TextSpan(s + ps, pe - ps));
            if (placeEnd < to)
            {
                var (us, ue) = TextScan.Trim(part, placeEnd + 1, to, " ,:" + Quotes);
                if (ue > us) publisher = new Located(part[us..ue], new TextSpan(s + us, ue - us));
            }
        }

        // Before the imprint: the authors, the title, the volume.
        var (hs, he) = TextScan.Trim(part, 0, headEnd, " ,.");
        if (he > hs && VolumeAtEnd.Match(part, hs, he - hs) is { Success: true } vm && vm.Index + vm.Length == he)
        {
            volume ??= VolumeOf(vm);
            (hs, he) = TextScan.Trim(part, hs, vm.Index, " ,.");
        }
        if (he > hs && SetSizeAtEnd.Match(part, hs, he - hs) is { Success: true } sm && sm.Index + sm.Length == he)
            (hs, he) = TextScan.Trim(part, hs, sm.Index, " ,.");
        var authors = new List<CslName>();
        if (he > hs)
        {
            Match am;
            if (PublicationReader.HeadingName(part, hs, he, out var afterName, InitialsFirst, FamilyFirst) is { } author)
            {
                authors.Add(author);
                hs = Conventions.SkipEtAl(part, afterName, he); // "Quliyev V. və b. Title": et al. is no part of the title
            }
            else if (PublicationReader.HeadingName(part, hs, he, out var glued, QuotedPeriodicalReader.FamilyFirstGlued) is { } gluedAuthor)
            {
                authors.Add(gluedAuthor); // "Əliyev R.Şəki xanlığı": the title's first letter ends the match
                hs = glued - 1;
            }
            else if ((am = TwoNames.Match(part, hs, he - hs)).Success && am.Index + am.Length < he
                && (am.Groups["p"].Success || Conventions.IsAzerbaijaniFamilyName(am.Groups["a"].ValueSpan) || Conventions.IsAzerbaijaniFamilyName(am.Groups["b"].ValueSpan)))
            {
                var (a, b) = (am.Groups["a"], am.Groups["b"]);
                if (am.Groups["p"].Success) authors.Add(CslName.Person(a.Value, b.Success ? b.Value : null));
                else if (Conventions.IsAzerbaijaniFamilyName(a.ValueSpan)) authors.Add(CslName.Person(a.Value, b.Value));
                else authors.Add(CslName.Person(b.Value, a.Value));
                hs = am.Index + am.Length;
            }
        }
        // "Title / M. Məmmədov", "Title [Mətn] / R. Quliyev": the statement after the slash (its roles read below) and a
        // material designation are no part of the title.
        // "Title. III cild. Redaktor: Həsən Quliyev", "Title. I kitab", "Title / Tərtib edən: Əli Məmmədov": sentences after
        // the title's first that are statements (a volume, a part, a role and its names, a set's size) are no part of it.
        var statements = new PublicationReader.Builder();
        // "Title // Collection – Bakı, 1987. – s. 32-37": the collection after the double slash is the container.
        Located? container = null;
        if (he > hs && part.IndexOf("//", hs, he - hs, StringComparison.Ordinal) is var slashes and > 0)
        {
            var (cs, ce) = TextScan.Trim(part, slashes + 2, he, " ,.:–—-" + Quotes);
            if (ce > cs) container = new Located(part[cs..ce], new TextSpan(s + cs, ce - cs));
            he = TextScan.Trim(part, hs, slashes, " ").End;
        }
        if (he > hs && part.IndexOf('/', hs, he - hs) is var bar and > 0)
        {
            statements.TakeStatement(text, s + bar + 1, s + he);
            he = TextScan.Trim(part, hs, bar, " ").End;
        }
        // A library catalogue's record, which drops the slash: "Title E.M.Abbasova; elmi red. A. Şükürov". The roles after
        // the ';' are read; the author named again before it, as after a slash, is no part of the title.
        else if (he > hs && part.IndexOf(';', hs, he - hs) is var semicolon and > 0 && ResponsibilityReader.RoleFollows(part, semicolon + 1)
                 && statements.TakeStatement(text, s + semicolon + 1, s + he))
        {
            he = TextScan.Trim(part, hs, semicolon, " ").End;
            if (RepeatedAuthorAtEnd.Match(part, hs, he - hs) is { Success: true } repeated && repeated.Index + repeated.Length == he)
                he = TextScan.Trim(part, hs, repeated.Index, " ").End;
        }
        // "Azərbaycan tarixi (red. S.Əliyarlı)": a role and its names in brackets after the title.
        if (he > hs && part[he - 1] == ')' && part.LastIndexOf('(', he - 1, he - hs) is var open and > 0
            && ResponsibilityReader.RoleFollows(part, open + 1) && statements.TakeStatement(text, s + open + 1, s + he - 1))
            he = TextScan.Trim(part, hs, open, " ").End;
        foreach (var mark in Conventions.MaterialDesignations)
            if (he - hs > mark.Length && part.AsSpan(hs, he - hs).TrimEnd().EndsWith(mark, StringComparison.OrdinalIgnoreCase))
                he = TextScan.Trim(part, hs, part.LastIndexOf(mark, he - 1, StringComparison.OrdinalIgnoreCase), " ").End;
        if (he > hs)
        {
            var sentences = PublicationReader.SplitSentences(part, hs, he);
            var titleEnd = sentences[0].End;
            for (var i = 1; i < sentences.Count; i++)
            {
                var (a, b) = TextScan.Trim(part, sentences[i].Start, sentences[i].End, " ,.");
                if (b <= a) continue;
                if (VolumePiece.Match(part, a, b - a) is { Success: true } vp && vp.Length == b - a) volume ??= VolumeOf(vp);
                else if (SetSizeAtEnd.Match(part, a, b - a) is { Success: true } ss && ss.Index + ss.Length == b && ss.Index <= a) { }
                else if (!statements.TakeStatement(text, s + a, s + b)) titleEnd = sentences[i].End;
            }
            he = titleEnd;
            volume ??= statements.Volume;
        }
        var (ts, te) = TextScan.Trim(part, hs, he, " ,.:" + Quotes);
        var title = te > ts ? new Located(part[ts..te], new TextSpan(s + ts, te - ts)) : null;

        // The volume's number without an ordinal's ending ("2-ci" is volume 2).
        Located VolumeOf(Match m)
        {
            var g = m.Groups["n"].Success ? m.Groups["n"] : m.Groups["m"];
            var length = 0;
            var digits = g.ValueSpan;
            while (length < digits.Length && (char.IsAsciiDigit(digits[length]) || Conventions.IsRomanLetter(digits[length]))) length++;
            return new Located(part.Substring(g.Index, length), new TextSpan(s + g.Index, length));
        }
        return new PublicationCitation
        {
            Text = part,
            Span = new TextSpan(s, e - s),
            Kind = container is null ? PublicationKind.Book : PublicationKind.Chapter,
            Authors = authors,
            Title = title,
            ContainerTitle = container,
            Editors = statements.Editors ?? (IReadOnlyList<CslName>)Array.Empty<CslName>(),
            Compilers = statements.Compilers ?? (IReadOnlyList<CslName>)Array.Empty<CslName>(),
            Translators = statements.Translators ?? (IReadOnlyList<CslName>)Array.Empty<CslName>(),
            Responsibility = statements.Responsibility,
            Volume = volume,
            Place = place,
            Publisher = publisher,
            Year = year,
            Locator = locator,
            // The form is Azerbaijani; the work's language is what its words tell ("Na putyax k …. Varşava, 1933": ru).
            Language = language ?? "az",
        };
    }

    // Whether part[from..quoteEnd] is a dash and a quoted name alone: "- «Maarif»" after a sentence's full stop.
    private static bool DashThenQuote(string part, int from, int quoteEnd)
    {
        var at = from;
        while (at < quoteEnd && part[at] == ' ') at++;
        if (at >= quoteEnd || part[at] is not ('-' or '–' or '—')) return false;
        while (at < quoteEnd && part[at] is ' ' or '-' or '–' or '—') at++;
        return at < quoteEnd && Quotes.Contains(part[at]) && part.AsSpan(at + 1, quoteEnd - at - 1).IndexOfAny(Quotes) < 0;
    }

    // "Publisher, Place" with a place the notes of the region name most (or Baku spelt without Azerbaijani letters) after
    // the only comma and a first piece that is none: the publisher's and the place's bounds, without quotation marks and
    // dashes; (0, 0, 0, 0) where the imprint is not so written.
    private static (int Fs, int Fe, int Ls, int Le) PublisherThenPlace(string part, int from, int to)
    {
        var comma = part.IndexOf(',', from, to - from);
        if (comma < 0 || part.IndexOf(',', comma + 1, to - comma - 1) >= 0 || part.IndexOf(':', from, to - from) >= 0) return default;
        var (fs, fe) = TextScan.Trim(part, from, comma, " " + Quotes);
        var (ls, le) = TextScan.Trim(part, comma + 1, to, " -–—");
        // A publisher's name holds no full stop: "A. Ivanov, Baku" is a name and a place.
        if (fe <= fs || le <= ls || part.IndexOf('.', fs, fe - fs) >= 0 || KnownPlace(part.AsSpan(fs, fe - fs)) || !KnownPlace(part.AsSpan(ls, le - ls))) return default;
        return (fs, fe, ls, le);
    }

    private static bool KnownPlace(ReadOnlySpan<char> word) => Labelling.Lexicon.IsPlaceName(word) || IsBakuWithoutAzerbaijaniLetters(word);

    // Baku spelt without an Azerbaijani letter (Vocabulary.BakuWithoutAzerbaijaniLetters), the whole word.
    private static bool IsBakuWithoutAzerbaijaniLetters(ReadOnlySpan<char> word) => TextScan.IsOneOf(word, Vocabulary.BakuWithoutAzerbaijaniLetters);

    // Where the place that opens text[from..to) ends: at the first colon or comma, else at to.
    private static int PlaceEnd(string part, int from, int to)
    {
        var end = part.AsSpan(from, to - from).IndexOfAny(':', ',');
        return end < 0 ? to : from + end;
    }

    // The first comma or spaced dash in part[from..to) followed by an Azerbaijani place ("…, Bakı, Elm", "… – Gəncə:"):
    // the separator's index and where the place begins; (-1, -1) where there is none.
    private static (int Separator, int Opens) PlaceAfterSeparator(string part, int from, int to)
    {
        for (var i = from; i < to - 1; i++)
        {
            var separator = part[i] == ',' || part[i] is '-' or '–' or '—' && i > 0 && part[i - 1] == ' ' && part[i + 1] == ' ';
            if (!separator) continue;
            var opens = i + 1;
            while (opens < to && part[opens] == ' ') opens++;
            if (opens >= to) break;
            var candidate = part.AsSpan(opens, PlaceEnd(part, opens, to) - opens).TrimEnd(' ');
            if (!candidate.IsEmpty && Place.IsMatch(candidate) && AzerbaijaniPlace(candidate)) return (i, opens);
        }
        return (-1, -1);
    }

    // Whether the text holds a letter only the Azerbaijani and Turkish alphabets have among those of Latin notes.
    private static bool HasTurkicOnlyLetter(string part) => TextScan.HasAzerbaijaniLetter(part, 0, part.Length);

    // Whether the text holds an Azerbaijani letter or a spelling of Baku without one anywhere.
    private static bool MayHaveAzerbaijaniPlace(string part)
    {
        if (TextScan.HasAzerbaijaniLetter(part, 0, part.Length)) return true;
        foreach (var baku in Vocabulary.BakuWithoutAzerbaijaniLetters)
            if (part.Contains(baku, StringComparison.Ordinal)) return true;
        return false;
    }

    // A place spelt with an Azerbaijani letter, or Baku spelt without one.
    private static bool AzerbaijaniPlace(ReadOnlySpan<char> place) =>
        place.IndexOfAny(Vocabulary.AzerbaijaniLetters) >= 0 || IsBakuWithoutAzerbaijaniLetters(place);

    // The last ". " before to that ends a sentence: not an abbreviation's before its number ("c. 2, Bakı"); else -1.
    private static int SentenceEnd(string part, int to)
    {
        var at = to;
        while (at > 0 && (at = part.LastIndexOf(". ", at - 1, StringComparison.Ordinal)) >= 0)
            if (at + 2 >= part.Length || !char.IsAsciiDigit(part[at + 2])) return at;
        return -1;
    }

    // Where a quoted title closes before the imprint's comma ("“Title”, Bakı, 1965"): the index of its closing mark, else -1.
    [MethodImpl(Hot.Loop)]
    private static int QuotedTitleEnd(string part, int to)
    {
        for (var i = to - 2; i > 0; i--)
            if (part[i + 1] == ',' && part[i] is '"' or '”' or '»') return i;
        return -1;
    }
}
