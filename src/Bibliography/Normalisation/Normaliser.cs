using Bibliography.Model;
using Bibliography.Parsing;
using Bibliography.Sources;
using Newtonsoft.Json.Linq;
using System.Runtime.InteropServices;

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

    private enum DraftKind : byte { Archival, Newspaper, Publication }

    // The names of one role of an item: a run of the normaliser's pool of names.
    private readonly record struct NameRun(int Start, int Count);

    // An item as the run gathers it: its values kept in the run's text arena, made into a CslItem once every footnote
    // is read (Run.BuildItems). A publication cited again fills in what its first citation lacked.
    private struct Draft
    {
        public DraftKind Kind;
        public PublicationKind Publication;
        public string? Language;
        public ArenaText Stem;
        public ArenaText Archive, ArchiveShort, Fond, Opis, Delo, ShelfMark;
        public ArenaText Title, ContainerTitle, Genre, Volume, Issue, Edition, Place, Publisher;
        public NameRun Author, Compiler, Editor, Translator;
        public int? Year, Month, Day;
    }

    // Keys kept in the run's arena compare by their characters.
    private sealed class ArenaKeys(TextArena arena) : IEqualityComparer<ArenaText>
    {
        public bool Equals(ArenaText x, ArenaText y) => arena[x].SequenceEqual(arena[y]);

        public int GetHashCode(ArenaText text) => string.GetHashCode(arena[text]);
    }

    private sealed class Run
    {
        private const int NoItem = -1;

        private readonly ArchiveRegistry _registry;
        private readonly SourceDocument _source;
        private readonly BibliographyDocument _doc = new();
        private readonly IdAllocator _ids = new();
        // What the items will hold, and the keys that tell sources apart, are kept as characters in one arena and the
        // items as structs until every footnote is read; then the items are made one after another. The objects a
        // document keeps are thus made together rather than between the parser's short-lived ones, where each
        // collection a large document causes found them and copied them several times slower (measured: ~6–10 ms
        // per MB promoted against ~1.2 for objects made in one go).
        private readonly TextArena _text = new();
        private readonly List<Draft> _drafts = new();
        private readonly List<CslName> _namePool = new();
        private readonly Dictionary<(int Number, string Volume), CslItem> _references = new();
        // One map per kind of source, from the parts that identify a source (written into the arena) to its draft.
        private readonly Dictionary<ArenaText, int> _archival;
        private readonly Dictionary<ArenaText, int> _newspapers;
        private readonly Dictionary<ArenaText, int> _publications;
        // Archive names and abbreviations recur in nearly every archival citation: their lookup keys are made once.
        private readonly Dictionary<string, string> _archiveKeys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _archiveSlugs = new(StringComparer.Ordinal);
        // Creators, containers and newspapers recur too: their slug and key are made once, each shared.
        private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _nameByAbbreviation = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _abbreviationByName = new(StringComparer.Ordinal);
        private readonly HashSet<string> _reportedAbbreviations = new(StringComparer.Ordinal);
        // The latest work of each first author, for "op. cit." short forms (a scan of all items per short form would be quadratic).
        private readonly Dictionary<string, int> _latestWorkByAuthor = new(StringComparer.Ordinal);
        // Each citation's draft (NoItem where none), locator and label, in order (clusters are made at the end).
        private readonly List<(int Draft, ArenaText Locator, string? Label)> _cited = new();
        // Ibid warnings name the item they resolve to, whose id is given only when the items are made.
        private readonly List<(int Diagnostic, int Draft, string Phrase, int SourcesBefore)> _ibidWarnings = new();
        private int _previousItem = NoItem;
        private int _previousFootnoteSourceCount;
        // A document repeats archives, their levels, places, publishers, people and locators in many items: recurring
        // values are shared, so the result holds about one string (or name, or date) per common value rather than one
        // per item. Titles and shelf marks, nearly always distinct, are not put here.
        private readonly RecentStrings _strings = new();
        private readonly Dictionary<CslName, CslName> _names = new();
        private readonly Dictionary<(int, int?, int?), CslDate> _dates = new();

        private readonly bool _keepParses;

        public Run(ArchiveRegistry registry, SourceDocument source, bool keepParses)
        {
            _registry = registry;
            _source = source;
            _keepParses = keepParses;
            var keys = new ArenaKeys(_text);
            _archival = new(keys);
            _newspapers = new(keys);
            _publications = new(keys);
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

            _cited.Capacity = notes.Count + notes.Count / 4;
            // About one source per footnote in a document of first citations: the drafts are made that many at once.
            _drafts.Capacity = notes.Count;
            var starts = new int[notes.Count + 1];
            for (var i = 0; i < notes.Count; i++)
            {
                var citations = early[i] ?? CitationParser.ParseFootnote(notes[i].Text);
                early[i] = _keepParses ? citations : null;
                starts[i] = _cited.Count;
                NormaliseFootnote(notes[i], citations);
            }
            starts[notes.Count] = _cited.Count;

            // The document's lists grow to about one entry per footnote: made that size at once, not by doubling.
            _doc.Footnotes.Capacity = notes.Count;
            _doc.Citations.Capacity = notes.Count + _source.References.Count;
            _doc.Items.Capacity = _drafts.Count + _source.References.Count;
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
            // Indexed: a foreach over the interface boxed the list's enumerator for every footnote.
            for (var i = 0; i < citations.Count; i++)
            {
                var citation = citations[i];
                var draft = citation switch
                {
                    IbidCitation ibid => ResolveIbid(ibid, footnote, citedInNote ? 1 : previousCount),
                    ArchivalCitation a => ArchivalDraft(a, footnote),
                    NewspaperCitation n => NewspaperDraft(n),
                    PublicationCitation p when PublicationReader.IsOpCit(p.Title) => ResolveShortForm(p, footnote),
                    PublicationCitation p => PublicationDraft(p),
                    _ => Unread((UnreadCitation)citation, footnote),
                };
                _cited.Add(draft == NoItem ? (NoItem, default, null) : (draft, _text.Add(citation.Locator?.Value), citation.Locator?.Label));
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
                var item = new CslItem { Id = _ids.Allocate(_text.ToString(draft.Stem)!), Language = draft.Language };
                switch (draft.Kind)
                {
                    case DraftKind.Archival:
                        item.Type = CslItemTypes.Manuscript;
                        item.Archive = Shared(draft.Archive);
                        item.ArchiveLocation = _text.ToString(draft.ShelfMark);
                        item.SetCustom(CustomKeys.ArchiveShort, Shared(draft.ArchiveShort));
                        item.SetCustom(CustomKeys.Fond, Shared(draft.Fond));
                        item.SetCustom(CustomKeys.Opis, Shared(draft.Opis));
                        item.SetCustom(CustomKeys.Delo, Shared(draft.Delo));
                        break;
                    case DraftKind.Newspaper:
                        item.Type = CslItemTypes.ArticleNewspaper;
                        item.ContainerTitle = Shared(draft.ContainerTitle);
                        item.Issued = draft.Year is { } year ? Date(year, draft.Month, draft.Day) : null;
                        item.Issue = Shared(draft.Issue);
                        break;
                    default:
                        item.Type = draft.Publication switch
                        {
                            PublicationKind.Chapter => CslItemTypes.Chapter,
                            PublicationKind.Article => CslItemTypes.ArticleJournal,
                            _ => CslItemTypes.Book,
                        };
                        item.Author = Names(draft.Author);
                        item.Compiler = Names(draft.Compiler);
                        item.Editor = Names(draft.Editor);
                        item.Translator = Names(draft.Translator);
                        item.Title = _text.ToString(draft.Title);
                        item.ContainerTitle = _text.ToString(draft.ContainerTitle);
                        item.Genre = Shared(draft.Genre);
                        item.Volume = Shared(draft.Volume);
                        item.Issue = Shared(draft.Issue);
                        item.Edition = Shared(draft.Edition);
                        item.PublisherPlace = Shared(draft.Place);
                        item.Publisher = Shared(draft.Publisher);
                        if (draft.Year is { } published) item.Issued = Date(published);
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
                var record = new FootnoteRecord { Number = footnote.Number, Text = footnote.Text, Line = footnote.Line };
                var cited = 0;
                for (var k = starts[i]; k < starts[i + 1]; k++)
                    if (ids[k] is not null) cited++;
                if (cited > 0)
                {
                    var cluster = new CslCitation { CitationId = $"note-{footnote.Number}", Properties = { NoteIndex = footnote.Number } };
                    cluster.CitationItems.Capacity = cited; // the result keeps the list: no spare slots
                    for (var k = starts[i]; k < starts[i + 1]; k++)
                    {
                        if (ids[k] is not { } id) continue;
                        var (_, locator, label) = _cited[k];
                        cluster.CitationItems.Add(new CslCitationItem { Id = id, Locator = Shared(locator), Label = label });
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

        // The comparison key of a recurring name (Slug.Key), made once per distinct text and shared with equal keys.
        private string KeyOf(string? text)
        {
            if (text is null) return "";
            if (!_keys.TryGetValue(text, out var key)) _keys.Add(text, key = _strings.Share(Slug.Key(text))!);
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
                CitationItems = { new CslCitationItem { Id = item.Id, Locator = _strings.Share(parsed.Locator?.Value), Label = parsed.Locator?.Label } },
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

        // A recurring value (an archive, a level, a place, a locator…) as the string equal values already share.
        private string? Shared(ArenaText text) => text.HasValue ? _strings.Share(_text[text]) : null;

        private List<CslName>? Names(NameRun run)
        {
            if (run.Count == 0) return null;
            var list = new List<CslName>(run.Count);
            for (var i = 0; i < run.Count; i++) list.Add(_namePool[run.Start + i]);
            return list;
        }

        // The parser's names as a run of the pool, each name the instance equal names share.
        private NameRun PoolNames(IReadOnlyList<CslName> names)
        {
            if (names.Count == 0) return default;
            var start = _namePool.Count;
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i];
                if (!_names.TryGetValue(name, out var known)) _names.Add(name, known = name);
                _namePool.Add(known);
            }
            return new NameRun(start, names.Count);
        }

        // Dates are immutable records: items of one year (or one day) share one.
        private CslDate Date(int year, int? month = null, int? day = null)
        {
            if (!_dates.TryGetValue((year, month, day), out var date)) _dates.Add((year, month, day), date = CslDate.FromParts(year, month, day));
            return date;
        }

        // The draft found under the key just written into the arena, or a new one (index returned, isNew set).
        private int Find(Dictionary<ArenaText, int> map, ArenaText key, out bool isNew)
        {
            // One hash and one probe for both the look-up and the insertion (a new source is the common case).
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(map, key, out var seen);
            isNew = !seen;
            if (seen)
            {
                _text.DropLast(key);
                return slot;
            }
            slot = _drafts.Count;
            _drafts.Add(default);
            return slot;
        }

        // A key part written with its length in front, so that no two different lists of parts read the same.
        private void KeyPart(ReadOnlySpan<char> part)
        {
            _text.Append((char)(part.Length >> 16));
            _text.Append((char)part.Length);
            _text.Append(part);
        }

        private int ArchivalDraft(ArchivalCitation a, SourceFootnote footnote)
        {
            for (var i = 0; i < a.Unread.Count; i++)
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.UnreadFragment,
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
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.UnknownArchiveAbbreviation,
                    $"The archive abbreviation '{shortName}' is expanded nowhere in the document and is not in the archive registry; write the archive's full name at its first mention, e.g. 'Full Name ({shortName})'.",
                    footnote, a.ArchiveShort!.Span.Offset);

            var fond = a.Level(ArchivalLevelKind.Fond);
            var opis = a.Level(ArchivalLevelKind.Opis);
            var delo = a.Level(ArchivalLevelKind.Delo);
            // The archive is told by its registry id, else by its abbreviation, else by its name (the kind keeps them apart).
            var (by, archive) = known is not null ? (ArchiveBy.Id, known.Id) : shortName is not null ? (ArchiveBy.Abbreviation, ArchiveKey(shortName)) : (ArchiveBy.Name, ArchiveKey(name ?? ""));
            _text.Begin();
            _text.Append((char)by);
            KeyPart(archive);
            KeyPart(Slug.Key(fond));
            KeyPart(Slug.Key(opis));
            KeyPart(Slug.Key(delo));
            var index = Find(_archival, _text.End(), out var isNew);
            if (!isNew) return index;

            ref var draft = ref CollectionsMarshal.AsSpan(_drafts)[index];
            draft.Kind = DraftKind.Archival;
            draft.Stem = _text.Add(JoinNonEmpty(ArchiveSlug(shortName ?? Initials(name)), Slug.Of(fond), Slug.Of(opis), Slug.Of(delo)));
            draft.Language = a.Language;
            draft.Archive = _text.Add(name);
            draft.ShelfMark = a.ShelfMark.Length > 0 ? _text.Add(a.ShelfMark) : default;
            draft.ArchiveShort = _text.Add(shortName);
            draft.Fond = _text.Add(fond);
            draft.Opis = _text.Add(opis);
            draft.Delo = _text.Add(delo);
            return index;
        }

        private int NewspaperDraft(NewspaperCitation n)
        {
            var parts = n.Date?.DateParts?[0] ?? Array.Empty<int>();
            _text.Begin();
            KeyPart(KeyOf(n.Title.Value));
            _text.Append((char)parts.Count);
            for (var i = 0; i < parts.Count; i++)
            {
                _text.Append((char)(parts[i] >> 16));
                _text.Append((char)parts[i]);
            }
            KeyPart(n.Issue?.Value);
            var index = Find(_newspapers, _text.End(), out var isNew);
            if (!isNew) return index;

            ref var draft = ref CollectionsMarshal.AsSpan(_drafts)[index];
            draft.Kind = DraftKind.Newspaper;
            _text.Begin();
            _text.Append(SlugOf(n.Title.Value));
            Span<char> digits = stackalloc char[11];
            for (var i = 0; i < parts.Count; i++)
            {
                _text.Append('-');
                parts[i].TryFormat(digits, out var written, i == 0 ? default : "00");
                _text.Append(digits[..written]);
            }
            if (n.Issue is not null)
            {
                _text.Append("-no");
                _text.Append(n.Issue.Value);
            }
            draft.Stem = _text.End();
            draft.Language = n.NewspaperLanguage ?? n.Language;
            draft.ContainerTitle = _text.Add(n.Title.Value);
            if (n.Date is not null)
            {
                // A newspaper's date is read as a year with an optional month and day (NewspaperReader).
                draft.Year = parts[0];
                draft.Month = parts.Count > 1 ? parts[1] : null;
                draft.Day = parts.Count > 2 ? parts[2] : null;
            }
            draft.Issue = _text.Add(n.Issue?.Value);
            return index;
        }

        private int PublicationDraft(PublicationCitation p)
        {
            var firstCreator = p.Authors.FirstOrDefault()?.Family;
            var creatorKey = KeyOf(firstCreator);
            _text.Begin();
            _text.Append((char)p.Kind);
            KeyPart(creatorKey);
            KeyPart(Slug.Key(p.Title?.Value));
            KeyPart(KeyOf(p.ContainerTitle?.Value));
            KeyPart(p.Volume?.Value);
            KeyPart(p.Issue?.Value);
            var index = Find(_publications, _text.End(), out var isNew);
            ref var draft = ref CollectionsMarshal.AsSpan(_drafts)[index];
            if (!isNew)
            {
                FillMissing(ref draft, p);
                return index;
            }
            draft.Kind = DraftKind.Publication;
            draft.Publication = p.Kind;
            var stemWords = firstCreator is not null ? SlugOf(firstCreator) : FirstLongWords(Slug.Of(p.Title?.Value ?? p.ContainerTitle?.Value));
            _text.Begin();
            _text.Append(stemWords);
            if (p.Year is not null)
            {
                _text.Append('-');
                _text.Append(p.Year.Value);
            }
            draft.Stem = _text.End();
            FillMissing(ref draft, p);
            // The first author's key is the key's creator: the item's authors are the citation's.
            if (draft.Author.Count > 0 && creatorKey.Length > 0)
                _latestWorkByAuthor[creatorKey] = index;
            return index;
        }

        private void FillMissing(ref Draft draft, PublicationCitation p)
        {
            draft.Language ??= p.Language;
            if (draft.Author.Count == 0) draft.Author = PoolNames(p.Authors);
            if (draft.Compiler.Count == 0) draft.Compiler = PoolNames(p.Compilers);
            if (draft.Editor.Count == 0) draft.Editor = PoolNames(p.Editors);
            if (draft.Translator.Count == 0) draft.Translator = PoolNames(p.Translators);
            Fill(ref draft.Title, p.Title);
            Fill(ref draft.ContainerTitle, p.ContainerTitle);
            Fill(ref draft.Genre, p.Genre);
            Fill(ref draft.Volume, p.Volume);
            Fill(ref draft.Issue, p.Issue);
            Fill(ref draft.Edition, p.Edition);
            Fill(ref draft.Place, p.Place);
            Fill(ref draft.Publisher, p.Publisher);
            if (draft.Year is null && p.Year is not null) draft.Year = int.Parse(p.Year.Value);
        }

        private void Fill(ref ArenaText field, Located? value)
        {
            if (!field.HasValue && value is not null) field = _text.Add(value.Value);
        }

        private int ResolveIbid(IbidCitation ibid, SourceFootnote footnote, int sourcesBefore)
        {
            if (_previousItem == NoItem)
            {
                Report(DiagnosticSeverity.Error, DiagnosticCodes.IbidWithoutAntecedent,
                    $"'{ibid.Phrase}' has no earlier citation to refer to; cite the source in full here.", footnote, ibid.Span.Offset);
                return NoItem;
            }
            if (sourcesBefore > 1)
            {
                // Worded when the items (and so their ids) are made.
                _ibidWarnings.Add((_doc.Diagnostics.Count, _previousItem, ibid.Phrase, sourcesBefore));
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.IbidAmbiguous, "", footnote, ibid.Span.Offset);
            }
            return _previousItem;
        }

        private int ResolveShortForm(PublicationCitation p, SourceFootnote footnote)
        {
            var family = KeyOf(p.Authors.FirstOrDefault()?.Family);
            if (_latestWorkByAuthor.TryGetValue(family, out var match)) return match;
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.ShortFormWithoutAntecedent,
                $"'{p.Text}' is a short form ({p.Title?.Value}) but no earlier footnote cites a work by {p.Authors.FirstOrDefault()?.Family ?? "this author"}; give the full citation at first mention.",
                footnote, p.Span.Offset);
            return NoItem;
        }

        private int Unread(UnreadCitation u, SourceFootnote footnote)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.UnreadCitation,
                $"Could not read the citation '{Shorten(u.Text)}': {u.Reason}. It is kept in the footnote text but makes no item.", footnote, u.Span.Offset);
            return NoItem;
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

        private void Report(DiagnosticSeverity severity, string code, string message, SourceFootnote footnote, int offset)
        {
            var at = footnote.PositionOf(offset);
            _doc.Diagnostics.Add(new Diagnostic
            {
                Severity = severity, Code = code, Message = message, Footnote = footnote.Number,
                Line = at.Line, Column = at.Column, File = _source.Path,
            });
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
