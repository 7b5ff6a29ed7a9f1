using Bibliography.Model;
using Bibliography.Parsing;
using Bibliography.Sources;
using Newtonsoft.Json.Linq;
using System.Runtime.CompilerServices;

namespace Bibliography.Normalisation;

/// <summary>A footnote with the citations read from it and the item each one resolved to.</summary>
/// <param name="Footnote">The footnote as read from the source.</param>
/// <param name="Citations">The citations parsed from it, in order.</param>
/// <param name="ItemIds">The item id each citation resolved to (null where it could not be read).</param>
public sealed record ParsedFootnote(SourceFootnote Footnote, IReadOnlyList<ParsedCitation> Citations, IReadOnlyList<string?> ItemIds);

/// <summary>The result of normalising a source: the JSON document and the parses behind it (for validation).</summary>
/// <param name="Document">The normalised document.</param>
/// <param name="Source">What was read.</param>
/// <param name="Footnotes">Each footnote's parsed citations (parsed again on first use unless <see cref="Normaliser.KeepParses"/> kept them).</param>
/// <param name="References">Each in-text reference's parsed citation.</param>
public sealed record NormalisedSource(
    BibliographyDocument Document,
    SourceDocument Source,
    IReadOnlyList<ParsedFootnote> Footnotes,
    IReadOnlyList<NumberedReferenceCitation> References);

/// <summary>Turns parsed citations into one CSL-JSON item per source and one citation cluster per note or reference.</summary>
public sealed class Normaliser
{
    private readonly ArchiveRegistry _registry;

    /// <summary>Creates a normaliser that fills in archive names from <paramref name="registry"/> (the built-in one by default).</summary>
    public Normaliser(ArchiveRegistry? registry = null) => _registry = registry ?? ArchiveRegistry.Default;

    /// <summary>
    /// Whether the result keeps every footnote's parse for <see cref="NormalisedSource.Footnotes"/> (validation reads
    /// them all) instead of parsing the footnotes again on first use; costs about 0.8 KB per citation while it is held.
    /// </summary>
    public bool KeepParses { get; init; }

    /// <summary>Parses and normalises every footnote and in-text reference of <paramref name="source"/>.</summary>
    public NormalisedSource Normalise(SourceDocument source)
    {
        var run = new Run(_registry, source, KeepParses);
        var normalised = run.Execute();
        // A reference manager's fields (Zotero, Mendeley) in a .docx bring their own items.
        return source.EmbeddedCitations.Count == 0 ? normalised : EmbeddedCitationMerger.Merge(normalised);
    }

    private enum ArchiveBy { Id, Abbreviation, Name }

    private enum DraftKind : byte { Archival, Newspaper, Publication, Unread }

    // An item as the run gathers it, made into a CslItem once every footnote is read (Run.BuildItems), so that ids
    // are given in the order sources were first cited. A publication cited again fills in what its first citation lacked.
    private sealed class Draft
    {
        public DraftKind Kind;
        public PublicationKind Publication;
        public string? Language;
        public string Stem = "";
        public string? Archive, ArchiveShort, ArchivePlace, Fond, Opis, Delo, ShelfMark, ArchivalDate;
        public string? Title, ContainerTitle, Genre, Volume, Issue, Edition, Place, Publisher;
        public IReadOnlyList<CslName> Author = [], Compiler = [], Editor = [], Translator = [];
        public int? Year, Month, Day;
    }

    private sealed class Run
    {
        private const int NoItem = -1;

        private readonly ArchiveRegistry _registry;
        private readonly SourceDocument _source;
        private readonly BibliographyDocument _doc = new();
        private readonly IdAllocator _ids = new();
        private readonly List<Draft> _drafts = new();
        private readonly Dictionary<(int Number, string Volume), CslItem> _references = new();
        // One map per kind of source, from the parts that identify a source (see Key) to its draft.
        private readonly Dictionary<string, int> _archival = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _newspapers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _publications = new(StringComparer.Ordinal);
        // Archive names and abbreviations recur in nearly every archival citation: their lookup keys are made once.
        private readonly Dictionary<string, string> _archiveKeys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _archiveSlugs = new(StringComparer.Ordinal);
        // Creators, containers and newspapers recur too: their slug and key are made once.
        private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _nameByAbbreviation = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _abbreviationByName = new(StringComparer.Ordinal);
        private readonly HashSet<string> _reportedAbbreviations = new(StringComparer.Ordinal);
        // The latest work of each first author, for "op. cit." short forms (a scan of all items per short form would be quadratic).
        private readonly Dictionary<string, int> _latestWorkByAuthor = new(StringComparer.Ordinal);
        // The key of the work last cited under each key without its year: a citation with no year cites that one.
        private readonly Dictionary<string, string> _latestYearOf = new(StringComparer.Ordinal);
        // Each author's works with their titles' keys, latest last: a short form ("Иванов. История. С. 120",
        // "Ivanov, Istoriia, 115") is the earlier work of its author whose title starts with its short title.
        private readonly Dictionary<string, List<(string TitleKey, int Draft)>> _worksByAuthor = new(StringComparer.Ordinal);
        // Each citation's draft (NoItem where none), locator and label, in order (clusters are made at the end).
        private readonly List<(int Draft, string? Locator, string? Label)> _cited = new();
        // Ibid warnings name the item they resolve to, whose id is given only when the items are made.
        private readonly List<(int Diagnostic, int Draft, string Phrase, int SourcesBefore)> _ibidWarnings = new();
        private int _previousItem = NoItem;
        // The last archival citation read, with the levels it inherited: what a continuing one ("Там же. Д. 58") keeps.
        private ArchivalCitation? _previousArchival;
        private int _previousFootnoteSourceCount;
        private readonly bool _keepParses;

        public Run(ArchiveRegistry registry, SourceDocument source, bool keepParses)
        {
            _registry = registry;
            _source = source;
            _keepParses = keepParses;
        }

        public NormalisedSource Execute()
        {
            var notes = _source.Footnotes;
            // An abbreviation may be expanded in a later footnote than its first use, so the expansions are learnt
            // before any footnote is normalised. Only a citation with "Name (ABBR)" before its levels expands one:
            // the footnotes that may hold such a citation are parsed up front (and those parses reused), the rest
            // are parsed one at a time below and dropped once normalised, so the run never holds every parse alive.
            var early = new IReadOnlyList<ParsedCitation>?[notes.Count];
            for (var i = 0; i < notes.Count; i++)
            {
                if (!ArchivalReader.MayExpandAbbreviation(notes[i].Text)) continue;
                early[i] = CitationParser.ParseFootnote(notes[i].Text);
                LearnAbbreviations(early[i]!);
            }

            var starts = new int[notes.Count + 1];
            for (var i = 0; i < notes.Count; i++)
            {
                var citations = early[i] ?? CitationParser.ParseFootnote(notes[i].Text);
                early[i] = _keepParses ? citations : null;
                starts[i] = _cited.Count;
                NormaliseFootnote(notes[i], citations);
            }
            starts[notes.Count] = _cited.Count;

            var itemIds = BuildItems();
            var ids = new List<string?>(_cited.Count);
            foreach (var (draft, _, _) in _cited) ids.Add(draft == NoItem ? null : itemIds[draft]);
            AddFootnotes(notes, ids, starts);

            var references = new List<NumberedReferenceCitation>();
            foreach (var reference in _source.References)
                references.Add(NormaliseReference(reference));

            _doc.Diagnostics.InsertRange(0, _source.Diagnostics);
            // Stable, so findings on one line keep the order they were found in.
            _doc.Diagnostics = _doc.Diagnostics.OrderBy(d => d.Line ?? 0).ToList();
            return new NormalisedSource(_doc, _source, new ReparsedFootnotes(notes, ids, starts, _keepParses ? early : null), references);
        }

        private void LearnAbbreviations(IReadOnlyList<ParsedCitation> citations)
        {
            for (var i = 0; i < citations.Count; i++)
            {
                var c = citations[i];
                if (c is not ArchivalCitation { ArchiveName: { } name, ArchiveShort: { } abbreviation }) continue;
                _nameByAbbreviation.TryAdd(ArchiveKey(abbreviation.Value), name.Value);
                _abbreviationByName.TryAdd(ArchiveKey(name.Value), abbreviation.Value);
            }
        }

        // Appends the draft each citation resolved to (NoItem where none), with its locator, to _cited.
        private void NormaliseFootnote(SourceFootnote footnote, IReadOnlyList<ParsedCitation> citations)
        {
            var first = _cited.Count;
            var previousCount = _previousFootnoteSourceCount;
            var citedInNote = false;
            // Every footnote gets an outcome: one read as running prose alone would otherwise vanish without a word.
            if (citations.Count == 0 && !string.IsNullOrWhiteSpace(footnote.Text))
                Report(DiagnosticCodes.ProseOnlyFootnote, $"Footnote {footnote.Number} has no citation: prose only ('{Shorten(footnote.Text.Trim())}').", footnote, 0);
            // Indexed: a foreach over the interface boxed the list's enumerator for every footnote.
            for (var i = 0; i < citations.Count; i++)
            {
                var citation = citations[i];
                if (citation.ReadByLabeller)
                    Report(DiagnosticCodes.LabelledCitation,
                        $"'{Shorten(citation.Text)}' was read by the statistical labeller, no rule reader having read it; check the item's fields.", footnote, citation.Span.Offset);
                var draft = citation switch
                {
                    IbidCitation ibid => ResolveIbid(ibid, footnote, citedInNote ? 1 : previousCount),
                    ArchivalCitation a => ArchivalDraft(_previousArchival = Continue(a, footnote), footnote),
                    NewspaperCitation n => NewspaperDraft(n),
                    PublicationCitation p when PublicationReader.IsOpCit(p.Title) => ResolveShortForm(p, footnote),
                    PublicationCitation p => PublicationDraft(p),
                    _ => Unread((UnreadCitation)citation, footnote),
                };
                _cited.Add(draft == NoItem ? (NoItem, null, null) : (draft, citation.Locator?.Value, citation.Locator?.Label));
                if (draft == NoItem) continue;
                citedInNote = true;
                _previousItem = draft;
            }
            _previousFootnoteSourceCount = DistinctDrafts(first);
        }

        // The items, made one after another from their drafts, in the order their sources were first cited (which is
        // the order their ids are given in); returns each draft's item id.
        private string[] BuildItems()
        {
            var itemIds = new string[_drafts.Count];
            for (var i = 0; i < _drafts.Count; i++)
            {
                var draft = _drafts[i];
                var item = new CslItem { Id = _ids.Allocate(draft.Stem), Language = draft.Language };
                switch (draft.Kind)
                {
                    case DraftKind.Archival:
                        item.Type = CslItemTypes.Manuscript;
                        item.Archive = draft.Archive;
                        item.ArchivePlace = draft.ArchivePlace;
                        item.ArchiveLocation = draft.ShelfMark;
                        item.SetCustom(CustomKeys.ArchiveShort, draft.ArchiveShort);
                        item.SetCustom(CustomKeys.Fond, draft.Fond);
                        item.SetCustom(CustomKeys.Opis, draft.Opis);
                        item.SetCustom(CustomKeys.Delo, draft.Delo);
                        if (draft.Author.Count > 0) item.Author = Names(draft.Author);
                        item.Title = draft.Title;
                        item.Volume = draft.Volume;
                        // The file's or the document's date as the shelf mark gives it: a year, or years as written.
                        if (draft.ArchivalDate is { } date)
                            item.Issued = date.Length == 4 && int.TryParse(date, out var y) ? CslDate.FromParts(y) : new CslDate { Literal = date };
                        break;
                    case DraftKind.Newspaper:
                        item.Type = CslItemTypes.ArticleNewspaper;
                        item.ContainerTitle = draft.ContainerTitle;
                        item.Issued = draft.Year is { } year ? CslDate.FromParts(year, draft.Month, draft.Day) : null;
                        item.Issue = draft.Issue;
                        item.PublisherPlace = draft.Place;
                        break;
                    case DraftKind.Unread:
                        item.Type = CslItemTypes.Document;
                        item.Title = draft.Title;
                        break;
                    default:
                        item.Type = draft.Publication switch
                        {
                            PublicationKind.Chapter => CslItemTypes.Chapter,
                            PublicationKind.Article => CslItemTypes.ArticleJournal,
                            PublicationKind.Interview => CslItemTypes.Interview,
                            PublicationKind.Legislation => CslItemTypes.Legislation,
                            _ => CslItemTypes.Book,
                        };
                        item.Author = Names(draft.Author);
                        item.Compiler = Names(draft.Compiler);
                        item.Editor = Names(draft.Editor);
                        item.Translator = Names(draft.Translator);
                        item.Title = draft.Title;
                        item.ContainerTitle = draft.ContainerTitle;
                        item.Genre = draft.Genre;
                        item.Volume = draft.Volume;
                        item.Issue = draft.Issue;
                        item.Edition = draft.Edition;
                        item.PublisherPlace = draft.Place;
                        item.Publisher = draft.Publisher;
                        if (draft.Year is { } published) item.Issued = CslDate.FromParts(published, draft.Month, draft.Day);
                        break;
                }
                _doc.Items.Add(item);
                itemIds[i] = item.Id;
            }
            foreach (var (diagnostic, draft, phrase, sourcesBefore) in _ibidWarnings)
                _doc.Diagnostics[diagnostic] = _doc.Diagnostics[diagnostic] with
                {
                    Message = $"'{phrase}' follows a footnote citing {sourcesBefore} sources; it is taken to mean the last of them ({itemIds[draft]}). Name the source to remove the doubt.",
                };
            return itemIds;
        }

        // The footnotes' records and citation clusters, made after the items, one after another, for the same reason.
        private void AddFootnotes(IReadOnlyList<SourceFootnote> notes, List<string?> ids, int[] starts)
        {
            for (var i = 0; i < notes.Count; i++)
            {
                var footnote = notes[i];
                var record = new FootnoteRecord { Number = footnote.Number, Text = footnote.Text, Line = footnote.Line, Page = footnote.Page };
                var cited = 0;
                for (var k = starts[i]; k < starts[i + 1]; k++)
                    if (ids[k] is not null) cited++;
                if (cited > 0)
                {
                    var cluster = new CslCitation { CitationId = $"note-{footnote.Number}", Properties = { NoteIndex = footnote.Number } };
                    for (var k = starts[i]; k < starts[i + 1]; k++)
                    {
                        if (ids[k] is not { } id) continue;
                        var (_, locator, label) = _cited[k];
                        cluster.CitationItems.Add(new CslCitationItem { Id = id, Locator = locator, Label = label });
                    }
                    _doc.Citations.Add(cluster);
                    record.CitationId = cluster.CitationId;
                }
                _doc.Footnotes.Add(record);
            }
        }

        // A footnote cites a handful of sources: a pairwise check beats building a set.
        private int DistinctDrafts(int first)
        {
            var count = 0;
            for (var i = first; i < _cited.Count; i++)
            {
                var draft = _cited[i].Draft;
                if (draft == NoItem) continue;
                var seen = false;
                for (var j = first; j < i && !seen; j++) seen = _cited[j].Draft == draft;
                if (!seen) count++;
            }
            return count;
        }

        private string ArchiveKey(string text)
        {
            if (!_archiveKeys.TryGetValue(text, out var key)) _archiveKeys[text] = key = ArchiveRegistry.Key(text);
            return key;
        }

        // The same few archives start most ids of a document: their slugs are made once.
        private string ArchiveSlug(string text)
        {
            if (!_archiveSlugs.TryGetValue(text, out var slug)) _archiveSlugs[text] = slug = Slug.Of(text);
            return slug;
        }

        // The slug of a recurring name (Slug.Of), made once per distinct text.
        private string SlugOf(string? text)
        {
            if (text is null) return "";
            if (!_slugs.TryGetValue(text, out var slug)) _slugs.Add(text, slug = Slug.Of(text));
            return slug;
        }

        // The comparison key of a recurring name (Slug.Key), made once per distinct text.
        private string KeyOf(string? text)
        {
            if (text is null) return "";
            if (!_keys.TryGetValue(text, out var key)) _keys.Add(text, key = Slug.Key(text));
            return key;
        }

        private KnownArchive? FindArchive(string? nameOrAbbreviation) =>
            nameOrAbbreviation is null ? null : _registry.FindByKey(ArchiveKey(nameOrAbbreviation));

        private NumberedReferenceCitation NormaliseReference(SourceReference reference)
        {
            var parsed = CitationParser.ParseReference(reference.Number, reference.Text, reference.Locators);
            var volume = parsed.Volume?.Value;
            var key = (reference.Number, volume ?? "");
            if (!_references.TryGetValue(key, out var item))
            {
                item = new CslItem
                {
                    Id = _ids.Allocate(volume is null ? $"ref-{reference.Number}" : $"ref-{reference.Number}-v{Slug.Of(volume)}"),
                    Type = CslItemTypes.Document,
                    Volume = volume,
                };
                item.SetCustom(CustomKeys.ReferenceNumber, reference.Number);
                _doc.Items.Add(item);
                _references[key] = item;
            }
            var cluster = new CslCitation
            {
                CitationId = $"intext-{reference.Index}",
                CitationItems = { new CslCitationItem { Id = item.Id, Locator = parsed.Locator?.Value, Label = parsed.Locator?.Label } },
                Properties = { NoteIndex = 0 },
            };
            _doc.Citations.Add(cluster);
            _doc.References.Add(new InTextReferenceRecord
            {
                Index = reference.Index, Number = reference.Number, Text = reference.Text,
                Line = reference.Line, Column = reference.Column, CitationId = cluster.CitationId,
            });
            return parsed;
        }

        // The names as the draft holds them: already in the Georgian order, which each citation's names are put in once,
        // where the citation comes in (PublicationDraft, ArchivalDraft).
        private static List<CslName>? Names(IReadOnlyList<CslName> names) => names.Count == 0 ? null : [.. names];

        // A Georgian name read in the Western order, the given name first ("კაკალაშვილი ნინო." taken for the given name
        // კაკალაშვილი and the family name ნინო): Georgian script has no capitals, but its family names end as only they do
        // (-შვილი, -ძე), so the two are swapped where the given part alone ends so, whichever reader took the name. An
        // ending given names share (-ანი: ლევანი, ქეთევანი) counts for less: it moves no name whose family part too is a
        // name in the nominative (ლევანი წერეთელი read right stays), and it keeps no family part against a given part
        // with an ending of family names alone (ბაქრაძე ქეთევანი read as the given name ბაქრაძე is swapped).
        private static CslName InGeorgianOrder(CslName name) =>
            name is { Family: { Length: > 0 } family, Given: { Length: > 0 } given }
            && TextScan.IsGeorgian(family[0]) && TextScan.IsGeorgian(given[0])
            && !given.Contains('.') && !given.Contains(' ') && !family.Contains(' ')
            && PublicationReader.IsGeorgianFamily(given)
            && (PublicationReader.EndsAsGivenNamesDo(given)
                ? !PublicationReader.IsGeorgianFamily(family) && family[^1] != given[^1]
                : !PublicationReader.IsGeorgianFamily(family) || PublicationReader.EndsAsGivenNamesDo(family))
                ? name with { Family = given, Given = family }
                : name;

        // The citation with its Georgian names in the family-first order, so that it is keyed, stemmed and found as a
        // short form under the family name (ბერიძე ვახტანგ and ვახტანგ ბერიძე one work), and its item's names are
        // written so; the same citation where none moves.
        private static PublicationCitation InGeorgianOrder(PublicationCitation p)
        {
            var (authors, compilers, editors, translators) = (InGeorgianOrder(p.Authors), InGeorgianOrder(p.Compilers), InGeorgianOrder(p.Editors), InGeorgianOrder(p.Translators));
            return ReferenceEquals(authors, p.Authors) && ReferenceEquals(compilers, p.Compilers) && ReferenceEquals(editors, p.Editors) && ReferenceEquals(translators, p.Translators)
                ? p
                : p with { Authors = authors, Compilers = compilers, Editors = editors, Translators = translators };
        }

        // The names in the Georgian order; the same list where none moves.
        private static IReadOnlyList<CslName> InGeorgianOrder(IReadOnlyList<CslName> names)
        {
            for (var i = 0; i < names.Count; i++)
                if (!ReferenceEquals(InGeorgianOrder(names[i]), names[i]))
                    return [.. names.Select(InGeorgianOrder)];
            return names;
        }

        // The draft of a source told by its key, or a new one (index returned, isNew set).
        private int Find(Dictionary<string, int> map, string key, out bool isNew)
        {
            isNew = !map.TryGetValue(key, out var index);
            if (!isNew) return index;
            map.Add(key, index = _drafts.Count);
            _drafts.Add(new Draft());
            return index;
        }

        // The parts that identify a source, each written with its length in front, so that no two different lists of
        // parts make the same key.
        private static string Key(params ReadOnlySpan<string?> parts)
        {
            var key = new System.Text.StringBuilder();
            foreach (var part in parts) key.Append(part?.Length ?? 0).Append(':').Append(part);
            return key.ToString();
        }

        private int ArchivalDraft(ArchivalCitation a, SourceFootnote footnote)
        {
            for (var i = 0; i < a.Unread.Count; i++)
                Report(DiagnosticCodes.UnreadFragment,
                    $"Part of the archival citation was not understood: '{a.Unread[i].Value}'. Levels are written fond/siyahı/iş/vərəq (or ф./оп./д./л., f./op./d./l.) followed by a number.",
                    footnote, a.Unread[i].Span.Offset);

            var shortName = a.ArchiveShort?.Value;
            var name = a.ArchiveName?.Value;
            if (name is null && shortName is not null) _nameByAbbreviation.TryGetValue(ArchiveKey(shortName), out name);
            if (shortName is null && name is not null) _abbreviationByName.TryGetValue(ArchiveKey(name), out shortName);
            var known = FindArchive(shortName) ?? FindArchive(name);
            name ??= known?.NameIn(a.Language);
            shortName ??= known?.AbbreviationIn(a.Language);
            if (name is null && shortName is not null && _reportedAbbreviations.Add(ArchiveKey(shortName)))
                Report(DiagnosticCodes.UnknownArchiveAbbreviation,
                    $"The archive abbreviation '{shortName}' is expanded nowhere in the document and is not in the archive registry; write the archive's full name at its first mention, e.g. 'Full Name ({shortName})'.",
                    footnote, a.ArchiveShort!.Span.Offset);

            var fond = a.Level(ArchivalLevelKind.Fond);
            var opis = a.Level(ArchivalLevelKind.Opis);
            var delo = a.Level(ArchivalLevelKind.Delo);
            // The archive is told by its registry id, else by its abbreviation, else by its name (the kind keeps them apart).
            var (by, archive) = known is not null ? (ArchiveBy.Id, known.Id) : shortName is not null ? (ArchiveBy.Abbreviation, ArchiveKey(shortName)) : (ArchiveBy.Name, ArchiveKey(name ?? ""));
            // A Western repository's box and folder tell its files apart as opis and delo do.
            var index = Find(_archival, Key(by.ToString(), archive, Slug.Key(fond), Slug.Key(opis), Slug.Key(delo), Slug.Key(a.Volume?.Value), Slug.Key(a.Holding?.Value)), out var isNew);
            if (!isNew)
            {
                // The file's date may be given at a later citation only, as a publication's missing parts are.
                _drafts[index].ArchivalDate ??= a.Date?.Value;
                _drafts[index].ArchivePlace ??= a.ArchivePlace?.Value;
                return index;
            }

            var draft = _drafts[index];
            draft.Kind = DraftKind.Archival;
            draft.Stem = JoinNonEmpty(ArchiveSlug(shortName ?? Initials(name)), Slug.Of(fond), Slug.Of(opis), Slug.Of(delo));
            // A file's language is its own, not the paper's: an Azerbaijani paper citing RGVA cites a Russian file.
            draft.Language = known?.Language ?? a.Language;
            draft.Archive = name;
            draft.ShelfMark = a.ShelfMark.Length > 0 ? a.ShelfMark : null;
            draft.ArchiveShort = shortName;
            draft.ArchivePlace = a.ArchivePlace?.Value;
            draft.Fond = fond;
            draft.Opis = opis;
            draft.Delo = delo;
            draft.ArchivalDate = a.Date?.Value;
            // A work kept in the archive under its author's name and title (a manuscript, a memoir).
            draft.Author = InGeorgianOrder(a.Authors);
            draft.Title = a.Title?.Value;
            draft.Volume = a.Volume?.Value;
            return index;
        }

        private int NewspaperDraft(NewspaperCitation n)
        {
            var parts = n.Date?.DateParts?[0] ?? Array.Empty<int>();
            var index = Find(_newspapers, Key(KeyOf(n.Title.Value), string.Join("-", parts), n.Issue?.Value), out var isNew);
            if (!isNew) return index;

            var draft = _drafts[index];
            draft.Kind = DraftKind.Newspaper;
            var stem = new System.Text.StringBuilder(SlugOf(n.Title.Value));
            for (var i = 0; i < parts.Count; i++) stem.Append('-').Append(parts[i].ToString(i == 0 ? "" : "00", System.Globalization.CultureInfo.InvariantCulture));
            if (n.Issue is not null) stem.Append("-no").Append(n.Issue.Value);
            draft.Stem = stem.ToString();
            draft.Language = n.NewspaperLanguage ?? n.Language;
            draft.ContainerTitle = n.Title.Value;
            if (n.Date is not null)
            {
                // A newspaper's date is read as a year with an optional month and day (NewspaperReader).
                draft.Year = parts[0];
                draft.Month = parts.Count > 1 ? parts[1] : null;
                draft.Day = parts.Count > 2 ? parts[2] : null;
            }
            draft.Issue = n.Issue?.Value;
            draft.Place = n.Place?.Value;
            return index;
        }

        private int PublicationDraft(PublicationCitation p)
        {
            p = InGeorgianOrder(p);
            var firstCreator = p.Authors.FirstOrDefault()?.Family;
            var creatorKey = KeyOf(firstCreator);
            if (ShortFormOf(p, creatorKey) is { } earlier) return earlier;
            // The co-authors too: "Jones, Lakoba, and Martin, 224" and "Jones, Lakoba, and Suny, 70" are two works.
            var coAuthors = string.Join('\u001f', p.Authors.Skip(1).Select(a => KeyOf(a.Family)));
            // An interview is one conversation: the same person on another day is another source, so its date is part of its key.
            var (month, day) = p.Kind == PublicationKind.Interview ? DayAndMonthBeforeYear(p) : (null, null);
            var date = p.Kind == PublicationKind.Interview ? $"{p.Year?.Value}-{month}-{day}" : null;
            // An imprint read alone ("Bakı, Yazıçı, 1989", the title standing in the text) names its book by the imprint:
            // two such are two books, not one.
            if (creatorKey.Length == 0 && p.Title is null && p.ContainerTitle is null)
                date = $"{KeyOf(p.Place?.Value)}-{KeyOf(p.Publisher?.Value)}-{p.Year?.Value}";
            // A gazette numbers its issues afresh each year: № 8 of 2013 and № 8 of 2014 are two publications; an article
            // (Ст., maddə) is an act of its own, a page of the issue is not.
            if (p.Kind == PublicationKind.Legislation)
                date = $"{p.Year?.Value}-{(p.Locator is { Label: LocatorLabels.Section } article ? article.Value : null)}";
            var key = Key(p.Kind.ToString(), creatorKey, coAuthors, Slug.Key(p.Title?.Value), KeyOf(p.ContainerTitle?.Value), p.Volume?.Value, p.Issue?.Value, date);
            // A work names itself by its year where it is cited by siglum or author and year ("ქრონიკები 1892: 11" and
            // "ქრონიკები 1897: 407", "Гвасалия 1983" and "Гвасалия 1991"): two years written are two works (or editions),
            // whereas a citation that writes no year is still the work cited before.
            var baseKey = key;
            if (p.Year is not null && _publications.TryGetValue(key, out var alike) && _drafts[alike].Year is { } seen
                && int.TryParse(p.Year.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year != seen)
                key = Key(key, p.Year.Value);
            // ... and a citation that writes no year cites the latest of them ("Гвасалия 1991", "Гвасалия 1983", "Гвасалия: 9").
            else if (p.Year is null && _latestYearOf.TryGetValue(baseKey, out var latest))
                key = latest;
            var index = Find(_publications, key, out var isNew);
            _latestYearOf[baseKey] = key;
            var draft = _drafts[index];
            if (!isNew)
            {
                FillMissing(draft, p);
                return index;
            }
            draft.Kind = DraftKind.Publication;
            draft.Publication = p.Kind;
            (draft.Month, draft.Day) = (month, day);
            var stemWords = firstCreator is not null ? SlugOf(firstCreator) : FirstLongWords(Slug.Of(p.Title?.Value ?? p.ContainerTitle?.Value));
            draft.Stem = p.Year is null ? stemWords : stemWords + "-" + p.Year.Value;
            FillMissing(draft, p);
            // The first author's key is the key's creator: the item's authors are the citation's.
            if (draft.Author.Count > 0 && creatorKey.Length > 0)
            {
                _latestWorkByAuthor[creatorKey] = index;
                var titleKey = Slug.Key(p.Title?.Value);
                if (titleKey.Length > 0)
                {
                    if (!_worksByAuthor.TryGetValue(creatorKey, out var works)) _worksByAuthor[creatorKey] = works = new();
                    works.Add((titleKey, index));
                }
            }
            return index;
        }

        // The month, and the day if given, written just before the citation's year: "14 March 2001", "May 2, 2004",
        // "October 2010". The readers keep a publication's year alone, which is all a book needs.
        private static (int? Month, int? Day) DayAndMonthBeforeYear(PublicationCitation p)
        {
            if (p.Year is null) return (null, null);
            var text = p.Text;
            var end = p.Year.Span.Offset - p.Span.Offset;
            if (end <= 0 || end > text.Length) return (null, null);
            while (end > 0 && text[end - 1] is ' ' or ',') end--;
            var head = text[..end];
            if (NewspaperReader.DayMonth.Matches(head) is { Count: > 0 } found && found[^1] is var m && m.Index + m.Length == end
                && Conventions.MonthOf(m.Groups["m"].Value) is { } month)
                return (month, Day(m.Groups["d"].ValueSpan));
            // The last month-and-day of the head, found as Regex.Matches would find it: each search after the one before.
            (int Index, int Length)? last = null;
            for (var at = 0; Conventions.FindMonthDay(head, at, end - at) is { } next; at = next.Index + next.Length) last = next;
            if (last is { } md && md.Index + md.Length == end && NewspaperReader.MonthDayParts(head, md.Index, md.Length) is var parts
                && Conventions.MonthOf(head.AsSpan(parts.Month, parts.MonthEnd - parts.Month)) is { } named)
                return (named, Day(head.AsSpan(parts.Day, parts.DayEnd - parts.Day)));
            var word = end;
            while (word > 0 && char.IsLetter(text[word - 1])) word--;
            return (word < end && (word == 0 || !char.IsLetterOrDigit(text[word - 1])) ? Conventions.MonthOf(text.AsSpan(word, end - word)) : null, null);
        }

        // A day of the month as written, or null where it is none.
        private static int? Day(ReadOnlySpan<char> digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is var d and >= 1 and <= 31 ? d : null;

        // The earlier work a short form cites: a citation of an author and a title alone (no year, imprint, container,
        // volume or issue) whose title begins the title of one of that author's works cited before, the latest first.
        [MethodImpl(Hot.Loop)]
        private int? ShortFormOf(PublicationCitation p, string creatorKey)
        {
            if (creatorKey.Length == 0 || !p.HasShortFormShape) return null;
            if (!_worksByAuthor.TryGetValue(creatorKey, out var works)) return null;
            var shortKey = Slug.Key(p.Title.Value);
            if (shortKey.Length == 0) return null;
            for (var i = works.Count - 1; i >= 0; i--)
                if (works[i].TitleKey.StartsWith(shortKey, StringComparison.Ordinal)) return works[i].Draft;
            return null;
        }

        private static void FillMissing(Draft draft, PublicationCitation p)
        {
            draft.Language ??= p.Language;
            if (draft.Author.Count == 0) draft.Author = p.Authors;
            if (draft.Compiler.Count == 0) draft.Compiler = p.Compilers;
            if (draft.Editor.Count == 0) draft.Editor = p.Editors;
            if (draft.Translator.Count == 0) draft.Translator = p.Translators;
            draft.Title ??= p.Title?.Value;
            draft.ContainerTitle ??= p.ContainerTitle?.Value;
            draft.Genre ??= p.Genre?.Value;
            draft.Volume ??= p.Volume?.Value;
            draft.Issue ??= p.Issue?.Value;
            draft.Edition ??= p.Edition?.Value;
            draft.Place ??= p.Place?.Value;
            draft.Publisher ??= p.Publisher?.Value;
            // A year a reader's \d took in another script's digits ("19३1") is no number int.Parse reads: no year then, not an abort.
            if (draft.Year is null && p.Year is not null && int.TryParse(p.Year.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
                draft.Year = year;
        }

        // A citation that names no archive nor fond continues the archival citation before it: the archive and the levels
        // above its first one are that citation's, the levels it names its own.
        private ArchivalCitation Continue(ArchivalCitation a, SourceFootnote footnote)
        {
            if (!a.Continues) return a;
            if (_previousArchival is not { } before)
            {
                Report(DiagnosticCodes.IbidWithoutAntecedent,
                    $"'{Shorten(a.Text)}' names no archive and no fond, and no earlier archival citation gives them; cite the archive and fond here.",
                    footnote, a.Span.Offset);
                return a;
            }
            var top = ArchivalLevelKind.Delo;
            foreach (var level in a.Levels) if (level.Level < top) top = level.Level;
            var levels = new List<ArchivalLevel>();
            foreach (var level in before.Levels) if (level.Level < top) levels.Add(level);
            // The item's shelf mark is the whole file's ("Ф. 558. Оп. 11. Д. 58", not "Д. 58"): an exported archive location
            // must name its fond and opis, in the separators the citation it continues wrote them with.
            var separator = before.ShelfMark.Contains(',') ? ", " : ". ";
            var inherited = levels.Select(l => l.Keyword.Length > 0 ? $"{l.Keyword} {l.Value}" : l.Value);
            var shelfMark = string.Join(separator, a.ShelfMark.Length > 0 ? inherited.Append(a.ShelfMark) : inherited);
            levels.AddRange(a.Levels);
            return a with { ArchiveName = before.ArchiveName, ArchiveShort = before.ArchiveShort, ArchivePlace = before.ArchivePlace, Levels = levels, Continues = false, ShelfMark = shelfMark };
        }

        private int ResolveIbid(IbidCitation ibid, SourceFootnote footnote, int sourcesBefore)
        {
            if (_previousItem == NoItem)
            {
                Report(DiagnosticCodes.IbidWithoutAntecedent,
                    $"'{ibid.Phrase}' in footnote {footnote.Number} has no earlier citation to refer to; it is kept as a 'document' item titled '{ibid.Phrase}' cited at its locator. Cite the source in full here.",
                    footnote, ibid.Span.Offset);
                // Kept, not dropped: the note's locator is what the user wrote, and a citation that vanished would leave
                // the footnote with no cluster and the count of citations short of what the text holds.
                var index = Find(_publications, Key(DraftKind.Unread.ToString(), ibid.Phrase), out var isNew);
                if (!isNew) return index;
                var draft = _drafts[index];
                draft.Kind = DraftKind.Unread;
                draft.Language = ibid.Language;
                draft.Stem = "ibid";
                draft.Title = ibid.Phrase;
                return index;
            }
            if (sourcesBefore > 1)
            {
                // Worded when the items (and so their ids) are made.
                _ibidWarnings.Add((_doc.Diagnostics.Count, _previousItem, ibid.Phrase, sourcesBefore));
                Report(DiagnosticCodes.IbidAmbiguous, "", footnote, ibid.Span.Offset);
            }
            return _previousItem;
        }

        private int ResolveShortForm(PublicationCitation p, SourceFootnote footnote)
        {
            var family = KeyOf(p.Authors.FirstOrDefault()?.Family);
            if (_latestWorkByAuthor.TryGetValue(family, out var match)) return match;
            // "Указ. соч., с. 12", "Göstərilən əsər, s. 12" without a name: the author is named in the text, and the work
            // is the one cited just before, as an ibid's is.
            if (p.Authors.Count == 0 && _previousItem != NoItem) return _previousItem;
            Report(DiagnosticCodes.ShortFormWithoutAntecedent,
                $"'{p.Text}' is a short form ({p.Title?.Value}) but no earlier footnote cites a work by {p.Authors.FirstOrDefault()?.Family ?? "this author"}; give the full citation at first mention.",
                footnote, p.Span.Offset);
            // What could be read is kept: the author's work, untitled (the op. cit. phrase is no title), cited at its page.
            return p.Authors.Count > 0 ? PublicationDraft(p with { Title = null }) : NoItem;
        }

        // A citation no reader could read is still cited: an item of type document titled with its text (less the
        // locator that could be read), so nothing cited is lost from the items, the clusters or an export.
        private int Unread(UnreadCitation u, SourceFootnote footnote)
        {
            Report(DiagnosticCodes.UnreadCitation,
                $"Could not read the citation '{Shorten(u.Text)}': {u.Reason}. It is kept as a 'document' item titled with its text; write it in one of the known forms to have its parts read.", footnote, u.Span.Offset);
            var end = u.Locator is { } l && l.Span.Offset > u.Span.Offset ? l.Span.Offset - u.Span.Offset : u.Text.Length;
            var title = u.Text.AsSpan(0, Math.Min(end, u.Text.Length)).Trim(" \t.,;:");
            if (title.IsEmpty) title = u.Text.AsSpan().Trim();
            var index = Find(_publications, Key(DraftKind.Unread.ToString(), title.ToString()), out var isNew);
            if (!isNew) return index;
            var draft = _drafts[index];
            draft.Kind = DraftKind.Unread;
            draft.Language = u.Language;
            var stem = FirstLongWords(Slug.Of(title.ToString()));
            draft.Stem = stem.Length > 0 ? stem : "unread";
            draft.Title = title.ToString();
            return index;
        }

        // The parts that are not empty, joined by '-', written straight into the string (no builder per item).
        private static string JoinNonEmpty(string a, string b, string c, string d)
        {
            var parts = (a.Length > 0 ? 1 : 0) + (b.Length > 0 ? 1 : 0) + (c.Length > 0 ? 1 : 0) + (d.Length > 0 ? 1 : 0);
            var length = a.Length + b.Length + c.Length + d.Length + Math.Max(0, parts - 1);
            return string.Create(length, (a, b, c, d), static (span, p) =>
            {
                var at = 0;
                Put(span, ref at, p.a);
                Put(span, ref at, p.b);
                Put(span, ref at, p.c);
                Put(span, ref at, p.d);
            });

            static void Put(Span<char> span, ref int at, string part)
            {
                if (part.Length == 0) return;
                if (at > 0) span[at++] = '-';
                part.CopyTo(span[at..]);
                at += part.Length;
            }
        }

        private void Report(DiagnosticDescriptor code, string message, SourceFootnote footnote, int offset)
        {
            var at = footnote.PositionOf(offset);
            _doc.Diagnostics.Add(code.Report(message, _source.Path, at.Line, at.Column, footnote.Number) with { Page = at.Page });
        }

        private static string Initials(string? name) =>
            name is null ? "" : new string(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray());

        private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
    }

    // The first two words of a slug longer than two letters, joined by '-' (an authorless work's id stem).
    internal static string FirstLongWords(string slug)
    {
        var (first, second) = (Range.StartAt(0), Range.StartAt(0));
        var found = 0;
        for (var start = 0; start < slug.Length && found < 2;)
        {
            var end = slug.IndexOf('-', start);
            if (end < 0) end = slug.Length;
            if (end - start > 2)
            {
                if (found++ == 0) first = start..end;
                else second = start..end;
            }
            start = end + 1;
        }
        return found switch
        {
            0 => "",
            1 => slug[first],
            _ => string.Concat(slug.AsSpan(first), "-", slug.AsSpan(second)),
        };
    }

    /// <summary>
    /// The footnotes' parses, made again from their text on first use: parsing is a pure function of the text, so
    /// the same records come back, and a document no one validates does not keep a parse of every citation alive.
    /// </summary>
    internal sealed class ReparsedFootnotes : IReadOnlyList<ParsedFootnote>
    {
        private readonly IReadOnlyList<SourceFootnote> _notes;
        private readonly List<string?> _ids;
        private readonly int[] _starts;
        private ParsedFootnote[]? _parsed;
        // The normaliser's own parses when it was asked to keep them (dropped once used): nothing is parsed again.
        private IReadOnlyList<ParsedCitation>?[]? _kept;

        public ReparsedFootnotes(IReadOnlyList<SourceFootnote> notes, List<string?> ids, int[] starts, IReadOnlyList<ParsedCitation>?[]? kept) =>
            (_notes, _ids, _starts, _kept) = (notes, ids, starts, kept);

        /// <summary>Whether the parses were handed over by the normaliser rather than made again (for tests).</summary>
        internal bool FromKeptParses { get; private set; }

        public int Count => _notes.Count;

        public ParsedFootnote this[int index] => Parsed[index];

        public IEnumerator<ParsedFootnote> GetEnumerator() => ((IEnumerable<ParsedFootnote>)Parsed).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private ParsedFootnote[] Parsed => Volatile.Read(ref _parsed) ?? Build();

        // Two threads may build it at once; either result is the same, and one is kept.
        private ParsedFootnote[] Build()
        {
            var kept = _kept;
            var parsed = new ParsedFootnote[_notes.Count];
            for (var i = 0; i < parsed.Length; i++)
            {
                var ids = _ids.GetRange(_starts[i], _starts[i + 1] - _starts[i]);
                parsed[i] = new ParsedFootnote(_notes[i], kept?[i] ?? CitationParser.ParseFootnote(_notes[i].Text), ids);
            }
            var won = Interlocked.CompareExchange(ref _parsed, parsed, null) ?? parsed;
            FromKeptParses = kept is not null;
            _kept = null;
            return won;
        }
    }
}
