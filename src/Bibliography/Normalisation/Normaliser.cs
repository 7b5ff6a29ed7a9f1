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
        return run.Execute();
    }

    /// <summary>What identifies a publication: two citations with the same parts cite the same work.</summary>
    private readonly record struct PublicationKey(PublicationKind Kind, string Creator, string Title, string Container, string Volume, string Issue);

    private enum ArchiveBy { Id, Abbreviation, Name }

    private sealed class Run
    {
        private readonly ArchiveRegistry _registry;
        private readonly SourceDocument _source;
        private readonly BibliographyDocument _doc = new();
        private readonly IdAllocator _ids = new();
        // One map per kind of source, keyed by the parts that identify a source (as tuples: no key string per citation).
        private readonly Dictionary<(int Number, string Volume), CslItem> _references = new();
        private readonly Dictionary<((ArchiveBy, string) Archive, string Fond, string Opis, string Delo), CslItem> _archival = new();
        private readonly Dictionary<(string Title, string Date, string Issue), CslItem> _newspapers = new();
        private readonly Dictionary<PublicationKey, CslItem> _publications = new();
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
        private readonly Dictionary<string, CslItem> _latestWorkByAuthor = new(StringComparer.Ordinal);
        // Each citation's locator and label, beside its item id in the run's list of ids (clusters are made at the end).
        // A locator met for the first time is kept as a copy made here, for the reason Copy gives.
        private readonly List<(string? Locator, string? Label)> _locators = new();
        private string? _previousItemId;
        private int _previousFootnoteSourceCount;
        // A document repeats archives, their levels, places, publishers, people and locators in many items: recurring
        // values are shared, so the result holds about one string (or name, or date) per common value rather than one
        // per item. Titles and shelf marks, nearly always distinct, are not put here.
        private readonly RecentStrings _strings = new();
        private readonly Dictionary<CslName, CslName> _names = new();
        private readonly Dictionary<int, CslDate> _years = new();

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

            var ids = new List<string?>(notes.Count + notes.Count / 4);
            _locators.Capacity = ids.Capacity;
            // The document's lists grow to about one entry per footnote: made that size at once, not by doubling.
            _doc.Footnotes.Capacity = notes.Count;
            _doc.Citations.Capacity = notes.Count + _source.References.Count;
            _doc.Items.Capacity = notes.Count + _source.References.Count;
            var starts = new int[notes.Count + 1];
            for (var i = 0; i < notes.Count; i++)
            {
                var citations = early[i] ?? CitationParser.ParseFootnote(notes[i].Text);
                early[i] = _keepParses ? citations : null;
                starts[i] = ids.Count;
                NormaliseFootnote(notes[i], citations, ids);
            }
            starts[notes.Count] = ids.Count;
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

        // Appends the item id of each citation (null where none) to ids, and its locator to _locators.
        private void NormaliseFootnote(SourceFootnote footnote, IReadOnlyList<ParsedCitation> citations, List<string?> ids)
        {
            var first = ids.Count;
            var previousCount = _previousFootnoteSourceCount;
            string? previousInNote = null;
            // Indexed: a foreach over the interface boxed the list's enumerator for every footnote.
            for (var i = 0; i < citations.Count; i++)
            {
                var citation = citations[i];
                var id = citation switch
                {
                    IbidCitation ibid => ResolveIbid(ibid, footnote, previousInNote is null ? previousCount : 1),
                    ArchivalCitation a => ArchivalItem(a, footnote).Id,
                    NewspaperCitation n => NewspaperItem(n).Id,
                    PublicationCitation p when PublicationReader.IsOpCit(p.Title) => ResolveShortForm(p, footnote),
                    PublicationCitation p => PublicationItem(p).Id,
                    _ => Unread((UnreadCitation)citation, footnote),
                };
                ids.Add(id);
                _locators.Add(id is null ? default : (_strings.ShareCopy(citation.Locator?.Value), citation.Locator?.Label));
                if (id is null) continue;
                previousInNote = id;
                _previousItemId = id;
            }
            _previousFootnoteSourceCount = DistinctIds(ids, first);
        }

        // The footnotes' records and citation clusters, made after every footnote is normalised rather than along the
        // way. Objects made one after another lie together in memory, which is what collections copy fastest: made
        // between the parser's short-lived objects, a 100k-footnote document's clusters cost several times more to
        // copy (measured on a whole result: ~6–10 ms per MB promoted against ~1.2 for a copy made in one go).
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
                        var (locator, label) = _locators[k];
                        cluster.CitationItems.Add(new CslCitationItem { Id = id, Locator = locator, Label = label });
                    }
                    _doc.Citations.Add(cluster);
                    record.CitationId = cluster.CitationId;
                }
                _doc.Footnotes.Add(record);
            }
        }

        // A footnote cites a handful of sources: a pairwise check beats building a set.
        private static int DistinctIds(List<string?> ids, int first)
        {
            var count = 0;
            for (var i = first; i < ids.Count; i++)
            {
                if (ids[i] is not { } id) continue;
                var seen = false;
                for (var j = first; j < i && !seen; j++) seen = string.Equals(ids[j], id, StringComparison.Ordinal);
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
            if (!_keys.TryGetValue(text, out var key)) _keys.Add(text, key = Intern(Slug.Key(text))!);
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
                _references[key] = Add(item);
            }
            var cluster = new CslCitation
            {
                CitationId = $"intext-{reference.Index}",
                CitationItems = { CitationItem(item.Id, parsed.Locator) },
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

        private CslCitationItem CitationItem(string id, CitedLocator? locator) =>
            new() { Id = id, Locator = Intern(locator?.Value), Label = locator?.Label };

        private string? Intern(string? value) => _strings.Share(value);

        // An item's own copy of a text the parser cut out (a title, a shelf mark), made beside the item: the parser's
        // cut lies among its short-lived objects, where collections copy it several times slower than a string made
        // together with the item that keeps it (−10 % CPU at 100k footnotes, alternated runs).
        private static string? Copy(string? value) => value is null ? null : new string(value.AsSpan());

        private List<CslName>? Interned(IReadOnlyList<CslName> names)
        {
            if (names.Count == 0) return null;
            var list = new List<CslName>(names.Count);
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i];
                if (!_names.TryGetValue(name, out var known)) _names.Add(name, known = name);
                list.Add(known);
            }
            return list;
        }

        // Dates are immutable records: items of one year share one.
        private CslDate Year(int year)
        {
            if (!_years.TryGetValue(year, out var date)) _years.Add(year, date = CslDate.FromParts(year));
            return date;
        }

        private CslItem ArchivalItem(ArchivalCitation a, SourceFootnote footnote)
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
            var archive = known is not null ? (ArchiveBy.Id, known.Id) : shortName is not null ? (ArchiveBy.Abbreviation, ArchiveKey(shortName)) : (ArchiveBy.Name, ArchiveKey(name ?? ""));
            var key = (archive, Slug.Key(fond), Slug.Key(opis), Slug.Key(delo));
            // One hash and one probe for both the look-up and the insertion (a new source is the common case).
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_archival, key, out var seen);
            if (seen) return slot!;

            var stem = JoinNonEmpty(ArchiveSlug(shortName ?? Initials(name)), Slug.Of(fond), Slug.Of(opis), Slug.Of(delo));
            var item = new CslItem
            {
                Id = _ids.Allocate(stem),
                Type = CslItemTypes.Manuscript,
                Language = a.Language,
                Archive = Intern(name),
                ArchiveLocation = a.ShelfMark.Length > 0 ? Copy(a.ShelfMark) : null,
            };
            item.SetCustom(CustomKeys.ArchiveShort, Intern(shortName));
            item.SetCustom(CustomKeys.Fond, Intern(fond));
            item.SetCustom(CustomKeys.Opis, Intern(opis));
            item.SetCustom(CustomKeys.Delo, Intern(delo));
            return slot = Add(item);
        }

        private CslItem NewspaperItem(NewspaperCitation n)
        {
            var parts = n.Date?.DateParts?[0] ?? Array.Empty<int>();
            var key = (KeyOf(n.Title.Value), Intern(string.Join("-", parts))!, Intern(n.Issue?.Value) ?? "");
            if (_newspapers.TryGetValue(key, out var existing)) return existing;
            var stem = SlugOf(n.Title.Value) + (parts.Count > 0 ? "-" + string.Join("-", parts.Select((p, i) => i == 0 ? p.ToString() : p.ToString("00"))) : "")
                       + (n.Issue is null ? "" : "-no" + n.Issue.Value);
            var item = new CslItem
            {
                Id = _ids.Allocate(stem),
                Type = CslItemTypes.ArticleNewspaper,
                Language = n.NewspaperLanguage ?? n.Language,
                ContainerTitle = Intern(n.Title.Value),
                Issued = n.Date,
                Issue = Intern(n.Issue?.Value),
            };
            return _newspapers[key] = Add(item);
        }

        private CslItem PublicationItem(PublicationCitation p)
        {
            var firstCreator = p.Authors.FirstOrDefault()?.Family;
            // The key's parts other than the title recur across items (the dictionary keeps each item's key).
            var key = new PublicationKey(p.Kind, KeyOf(firstCreator), Slug.Key(p.Title?.Value), KeyOf(p.ContainerTitle?.Value),
                Intern(p.Volume?.Value) ?? "", Intern(p.Issue?.Value) ?? "");
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_publications, key, out var exists);
            if (exists)
            {
                FillMissing(slot!, p);
                return slot!;
            }
            var stemWords = firstCreator is not null ? SlugOf(firstCreator) : FirstLongWords(Slug.Of(p.Title?.Value ?? p.ContainerTitle?.Value));
            var stem = stemWords + (p.Year is null ? "" : "-" + p.Year.Value);
            var item = new CslItem
            {
                Id = _ids.Allocate(stem),
                Type = p.Kind switch { PublicationKind.Chapter => CslItemTypes.Chapter, PublicationKind.Article => CslItemTypes.ArticleJournal, _ => CslItemTypes.Book },
            };
            FillMissing(item, p);
            // The first author's key is the key's creator: the item's authors are the citation's.
            if (item.Author is { Count: > 0 } && key.Creator is { Length: > 0 } family)
                _latestWorkByAuthor[family] = item;
            return slot = Add(item);
        }

        private void FillMissing(CslItem item, PublicationCitation p)
        {
            item.Language ??= p.Language;
            item.Author ??= Interned(p.Authors);
            item.Compiler ??= Interned(p.Compilers);
            item.Editor ??= Interned(p.Editors);
            item.Translator ??= Interned(p.Translators);
            item.Title ??= Copy(p.Title?.Value);
            item.ContainerTitle ??= Copy(p.ContainerTitle?.Value);
            item.Genre ??= Intern(p.Genre?.Value);
            item.Volume ??= Intern(p.Volume?.Value);
            item.Issue ??= Intern(p.Issue?.Value);
            item.Edition ??= Intern(p.Edition?.Value);
            item.PublisherPlace ??= Intern(p.Place?.Value);
            item.Publisher ??= Intern(p.Publisher?.Value);
            if (item.Issued is null && p.Year is not null) item.Issued = Year(int.Parse(p.Year.Value));
        }

        private string? ResolveIbid(IbidCitation ibid, SourceFootnote footnote, int sourcesBefore)
        {
            if (_previousItemId is null)
            {
                Report(DiagnosticSeverity.Error, DiagnosticCodes.IbidWithoutAntecedent,
                    $"'{ibid.Phrase}' has no earlier citation to refer to; cite the source in full here.", footnote, ibid.Span.Offset);
                return null;
            }
            if (sourcesBefore > 1)
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.IbidAmbiguous,
                    $"'{ibid.Phrase}' follows a footnote citing {sourcesBefore} sources; it is taken to mean the last of them ({_previousItemId}). Name the source to remove the doubt.",
                    footnote, ibid.Span.Offset);
            return _previousItemId;
        }

        private string? ResolveShortForm(PublicationCitation p, SourceFootnote footnote)
        {
            var family = KeyOf(p.Authors.FirstOrDefault()?.Family);
            if (_latestWorkByAuthor.TryGetValue(family, out var match)) return match.Id;
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.ShortFormWithoutAntecedent,
                $"'{p.Text}' is a short form ({p.Title?.Value}) but no earlier footnote cites a work by {p.Authors.FirstOrDefault()?.Family ?? "this author"}; give the full citation at first mention.",
                footnote, p.Span.Offset);
            return null;
        }

        private string? Unread(UnreadCitation u, SourceFootnote footnote)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.UnreadCitation,
                $"Could not read the citation '{Shorten(u.Text)}': {u.Reason}. It is kept in the footnote text but makes no item.", footnote, u.Span.Offset);
            return null;
        }

        private CslItem Add(CslItem item)
        {
            _doc.Items.Add(item);
            return item;
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
