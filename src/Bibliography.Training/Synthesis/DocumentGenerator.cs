using Bibliography.CiteProc;
using Bibliography.CiteProc.Rendering;
using Newtonsoft.Json.Linq;

namespace Bibliography.Training.Synthesis;

/// <summary>Why footnotes were left out, and what was made: the generator's account of a run.</summary>
public sealed class GenerationStats
{
    /// <summary>Footnotes written.</summary>
    public int Written { get; set; }

    /// <summary>Documents rendered.</summary>
    public int Documents { get; set; }

    /// <summary>Footnotes (or whole documents, for a style error) dropped, by cause.</summary>
    public SortedDictionary<string, int> Dropped { get; } = new(StringComparer.Ordinal);

    /// <summary>Footnotes written per style.</summary>
    public SortedDictionary<string, int> Styles { get; } = new(StringComparer.Ordinal);

    /// <summary>Footnotes written per locale.</summary>
    public SortedDictionary<string, int> Locales { get; } = new(StringComparer.Ordinal);

    /// <summary>Spans written per label.</summary>
    public SortedDictionary<string, int> LabelCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Time spent waiting for citeproc-js (building engines and rendering).</summary>
    public TimeSpan RenderTime { get; set; }

    /// <summary>Counts one dropped footnote (or document) under <paramref name="cause"/>.</summary>
    public void Drop(string cause, int count = 1) => Dropped[cause] = Dropped.GetValueOrDefault(cause) + count;

    /// <summary>Adds what one document's generation counted (documents, drops, render time); written footnotes are counted as they are taken.</summary>
    public void Merge(GenerationStats other)
    {
        Documents += other.Documents;
        RenderTime += other.RenderTime;
        foreach (var (cause, n) in other.Dropped) Drop(cause, n);
    }

    /// <summary>Counts a written footnote.</summary>
    public void Count(Footnote note)
    {
        Written++;
        Styles[note.Style] = Styles.GetValueOrDefault(note.Style) + 1;
        Locales[note.Locale] = Locales.GetValueOrDefault(note.Locale) + 1;
        foreach (var s in note.Spans) LabelCounts[s.Label] = LabelCounts.GetValueOrDefault(s.Label) + 1;
    }
}

/// <summary>
/// Makes one synthetic document: a few items, a sequence of footnotes citing them (first, subsequent and ibid
/// positions, locators, several items in a cluster, commentary), rendered through one style and locale, each
/// footnote returned with the spans of the fields it came from.
/// </summary>
public sealed class DocumentGenerator
{
    private readonly ICiteProcHost _host;
    private readonly GenerationStats _stats;

    /// <summary>Creates a generator rendering through <paramref name="host"/> and counting into <paramref name="stats"/>.</summary>
    public DocumentGenerator(ICiteProcHost host, GenerationStats stats)
    {
        _host = host;
        _stats = stats;
    }

    /// <summary>The footnotes of document <paramref name="index"/> of a run with <paramref name="seed"/>, rendered with <paramref name="style"/>.</summary>
    public IReadOnlyList<Footnote> Generate(int seed, int index, SynthStyle style)
    {
        // One generator per document, seeded from the run's seed and the document's index, so a document does not depend on the others.
        var random = new Random(unchecked(seed * 1_000_003 + index * 7919 + 17));
        var (script, locale) = Language(random, style);
        var factory = new ItemFactory(random);
        var items = Enumerable.Range(0, random.Next(3, 7))
            .Select(_ => factory.Make(random.NextDouble() < 0.8 ? script : (Script)random.Next(5)))
            .ToList();
        var marker = new Marker();
        var contract = style.IsProject && ArchiveStyleContract.IsFollowedBy(style.Xml);
        var json = new JArray(items.Select((item, slot) => ItemJson(item, slot, marker, contract)));
        _stats.Documents++;
        try
        {
            var processor = new CiteProcessor(_host, style.Xml, locale, json, CiteProcOutputFormat.Text, forceLocale: true, styleName: style.Id);
            return style.IsNote
                ? Notes(random, style, locale, items, marker, processor)
                : References(style, locale, items, marker, processor);
        }
        catch (CiteProcException e)
        {
            _stats.Drop("style-error:" + e.Kind);
            return [];
        }
    }

    private static readonly (Script Script, int Weight)[] Scripts =
        [(Script.Russian, 30), (Script.Transliterated, 25), (Script.Azerbaijani, 20), (Script.English, 15), (Script.Georgian, 10)];

    private (Script, string) Language(Random random, SynthStyle style)
    {
        if (style.IsProject)
            return style.Id.Contains("azerbaijani", StringComparison.Ordinal) ? (Script.Azerbaijani, "az-AZ") : (Script.Russian, "ru-RU");
        var roll = random.Next(Scripts.Sum(s => s.Weight));
        var script = Scripts.First(s => (roll -= s.Weight) < 0).Script;
        var p = random.NextDouble();
        var locale = script switch
        {
            Script.Russian => p < 0.65 ? "ru-RU" : p < 0.8 ? "uk-UA" : "en-US",
            Script.Azerbaijani => p < 0.75 ? "az-AZ" : p < 0.9 ? "ru-RU" : "en-US",
            Script.Georgian => _host.Locales.CanServe("ka-GE") && p < 0.5 ? "ka-GE" : p < 0.75 ? "ru-RU" : "en-US",
            _ => p < 0.9 ? "en-US" : "ru-RU",
        };
        return (script, locale);
    }

    private static string LanguageCode(Script script) => script switch
    {
        Script.Azerbaijani => "az",
        Script.Georgian => "ka",
        Script.English => "en",
        _ => "ru",
    };

    /// <summary>The CSL-JSON of an item with every labelled value wrapped in its mark.</summary>
    public static JObject ItemJson(SynthItem item, int slot, Marker marker, bool archiveContract)
    {
        var o = new JObject { ["id"] = item.Id, ["type"] = item.Type, ["language"] = LanguageCode(item.Script) };
        foreach (var f in item.Fields)
        {
            // citeproc-js cuts a page range at its dash for the first page (and the closing mark with it), so each end
            // of a range is marked on its own; recovery joins them again.
            o[f.Variable] = f.Label.Length == 0 ? f.Value
                : f.Variable == "page" && f.Value.Split('–') is [var first, var last]
                ? marker.Wrap(f.Label, slot, first) + "–" + marker.Wrap(f.Label, slot, last)
                : marker.Wrap(f.Label, slot, f.Value);
        }
        foreach (var group in item.Names.GroupBy(n => n.Role))
            o[group.Key] = new JArray(group.Select(n => item.Script == Script.Georgian
                // citeproc-js prints names in scripts it does not know as romanesque family-first without a space
                // (ნოზაძეგიორგი), which no writer does: Georgian names go in whole, as written.
                ? new JObject { ["literal"] = marker.Wrap(group.Key, slot, n.Name.Given + " " + n.Name.Family) }
                : new JObject
                {
                    ["family"] = marker.Wrap(group.Key, slot, n.Name.Family, n.Name.Given),
                    ["given"] = n.Name.Given,
                }));
        if (item.Issued is { } d)
        {
            var parts = new JArray { d.Year };
            if (d.Month is { } m) parts.Add(m);
            if (d.Day is { } day) parts.Add(day);
            o["issued"] = new JObject { ["date-parts"] = new JArray { parts } };
        }
        if (item.Archive is { } archive)
        {
            var (name, abbreviation) = archive;
            if (archiveContract)
            {
                if (name.Length > 0) o["archive"] = marker.Wrap(Labels.Archive, slot, name);
                if (abbreviation.Length > 0) o["source"] = marker.Wrap(Labels.Archive, slot, abbreviation);
            }
            else if (name.Length > 0 && abbreviation.Length > 0 && (slot + abbreviation.Length) % 3 == 0)
                o["archive"] = marker.Wrap(Labels.Archive, slot, name) + " (" + marker.Wrap(Labels.Archive, slot, abbreviation) + ")";
            else
                o["archive"] = marker.Wrap(Labels.Archive, slot, abbreviation.Length > 0 && (name.Length == 0 || slot % 2 == 0) ? abbreviation : name);
        }
        if (item.Shelf is { } shelf)
            o["archive_location"] = string.Join(shelf.Separator, shelf.Levels.Select(l => l.Keyword + " " + marker.Wrap(l.Label, slot, l.Value)));
        return o;
    }

    // A planned footnote: a rendered cluster, or a note written by hand (plain archival, gazette, newspaper, ibid).
    private sealed record PlannedNote(List<int> Slots, List<CitationReference> References, bool Plain, bool HandIbid, string? NoteProse);

    private IReadOnlyList<Footnote> Notes(Random random, SynthStyle style, string locale, List<SynthItem> items, Marker marker, CiteProcessor processor)
    {
        var phrases = Phrases.For(locale);
        var plan = new List<PlannedNote>();
        var count = random.Next(4, 10);
        var previous = -1;
        for (var n = 0; n < count; n++)
        {
            var plainable = Enumerable.Range(0, items.Count).Where(s => PlainNotes.CanWrite(items[s], locale)).ToList();
            if (plainable.Count > 0 && random.NextDouble() < 0.18)
            {
                var k = random.Next(1, Math.Min(3, plainable.Count) + 1);
                var slots = plainable.OrderBy(_ => random.Next()).Take(k).ToList();
                plan.Add(new PlannedNote(slots, [], true, false, null));
                previous = slots.Count == 1 ? slots[0] : -1;
                continue;
            }
            if (previous >= 0 && random.NextDouble() < 0.3)
            {
                // The same source again: an ibid position, rendered by the style or written by hand.
                var hand = random.NextDouble() < 0.35;
                plan.Add(new PlannedNote([previous], [Reference(random, items[previous], previous, marker, phrases, null)], false, hand, null));
                continue;
            }
            var size = random.NextDouble() < 0.8 ? 1 : random.NextDouble() < 0.75 ? 2 : 3;
            var chosen = Enumerable.Range(0, items.Count).OrderBy(_ => random.Next()).Take(size).ToList();
            var refs = chosen.Select((s, i) => Reference(random, items[s], s, marker, phrases, i)).ToList();
            var noteProse = random.NextDouble() < 0.08 && refs[0].Prefix is null ? phrases.Prefixes[random.Next(phrases.Prefixes.Length)] : null;
            plan.Add(new PlannedNote(chosen, refs, false, false, noteProse));
            previous = size == 1 ? chosen[0] : -1;
        }

        var clusters = plan.Select((p, i) => (p, i)).Where(x => !x.p.Plain)
            .Select(x => new CitationCluster(x.p.References, x.i + 1)).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var rendered = clusters.Count > 0 ? processor.Citations(clusters) : [];
        _stats.RenderTime += watch.Elapsed;
        var words = LocaleWords.For(locale, _host.Locales);
        var plain = new PlainNotes(random);
        var notes = new List<Footnote>();
        var cited = new HashSet<int>();
        var r = 0;
        foreach (var note in plan)
        {
            var builder = new NoteBuilder();
            if (note.Plain)
            {
                // Commentary before the citations: a phrase (См.:), or a sentence with the citations in parentheses after it.
                var sentence = random.NextDouble() < 0.12 ? phrases.Sentences[random.Next(phrases.Sentences.Length)] : null;
                if (sentence is not null) builder.Add(sentence, Labels.Prose, 0).Add(" (");
                else if (random.NextDouble() < 0.3) builder.Add(phrases.Prefixes[random.Next(phrases.Prefixes.Length)], Labels.Prose, 0).Add(phrases.PrefixPunctuation);
                for (var c = 0; c < note.Slots.Count; c++)
                {
                    if (c > 0) builder.Add("; ");
                    plain.Write(builder, items[note.Slots[c]], c, locale, !cited.Add(note.Slots[c]));
                }
                if (sentence is not null) builder.Add(")");
                plain.End(builder, locale);
                Emit(notes, builder.Build(PlainNotes.ConventionName(locale), locale));
                continue;
            }
            var raw = rendered[r++];
            cited.UnionWith(note.Slots);
            if (note.HandIbid)
            {
                plain.Ibid(builder, items[note.Slots[0]], 0, locale);
                Emit(notes, builder.Build(style.Id, locale));
                continue;
            }
            if (Decode(raw, marker, note.Slots, items, words, style.SortsCitations) is not { } decoded) continue;
            if (note.NoteProse is null && random.NextDouble() < 0.05)
            {
                // A sentence of the note's own, the citation in parentheses after it: … поступил в 1950 г. (РГАСПИ. Ф. 558. …).
                // The citation's closing period goes after the parenthesis, unless a span ends with it (Ibid., M.).
                var strip = decoded.Text.EndsWith('.') && !decoded.Spans.Any(s => s.End == decoded.Text.Length);
                builder.Add(phrases.Sentences[random.Next(phrases.Sentences.Length)], Labels.Prose, 0).Add(" (");
                builder.Add(strip ? decoded.Text[..^1] : decoded.Text, decoded.Spans, decoded.Sources).Add(").");
                Emit(notes, builder.Build(style.Id, locale));
                continue;
            }
            if (note.NoteProse is { } prose) builder.Add(prose, Labels.Prose, 0).Add(phrases.PrefixPunctuation);
            builder.Add(decoded.Text, decoded.Spans, decoded.Sources);
            Emit(notes, builder.Build(style.Id, locale));
        }
        return notes;
    }

    private IReadOnlyList<Footnote> References(SynthStyle style, string locale, List<SynthItem> items, Marker marker, CiteProcessor processor)
    {
        var cluster = new CitationCluster(items.Select(i => new CitationReference(i.Id)).ToList(), 1);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var document = processor.Format([cluster]);
        _stats.RenderTime += watch.Elapsed;
        if (document.Bibliography is not { } bibliography)
        {
            _stats.Drop("no-bibliography");
            return [];
        }
        var words = LocaleWords.For(locale, _host.Locales);
        var notes = new List<Footnote>();
        for (var e = 0; e < bibliography.Entries.Count; e++)
        {
            var slot = e < bibliography.Ids.Count ? items.FindIndex(i => i.Id == EntryId(bibliography.Ids[e])) : -1;
            if (slot < 0)
            {
                _stats.Drop("unmatched-entry");
                continue;
            }
            if (Decode(bibliography.Entries[e], marker, [slot], items, words) is not { } decoded) continue;
            Emit(notes, new NoteBuilder().Add(decoded.Text, decoded.Spans, decoded.Sources).Build(style.Id, locale));
        }
        return notes;
    }

    // citeproc-js gives each entry's ids as a JSON array (several for a merged entry); the first names the item.
    private static string EntryId(string ids) =>
        ids.StartsWith('[') && JArray.Parse(ids) is { Count: > 0 } list ? list[0].ToString() : ids;

    private sealed record Decoded(string Text, List<Span> Spans, List<string?> Sources);

    // Sentinels out, spans recovered, and the outer whitespace trimmed; null (counted) when the marks are broken.
    private Decoded? Decode(string raw, Marker marker, List<int> slots, List<SynthItem> items, LocaleWords words, bool sorted = false)
    {
        if (raw.Contains("[CSL STYLE ERROR", StringComparison.Ordinal))
        {
            _stats.Drop("style-error:no-printed-form");
            return null;
        }
        var (text, found, broken) = SentinelReader.Read(raw, marker.Marks.Count);
        if (broken is not null)
        {
            // SYNTH_DEBUG shows what a style did to the marks ({k: opens mark k, } closes), to find the field it broke.
            if (Environment.GetEnvironmentVariable("SYNTH_DEBUG") is not null) Console.Error.WriteLine($"broken {broken}: {Visible(raw)}");
            _stats.Drop("marks:" + broken);
            return null;
        }
        var lead = text.Length - text.TrimStart().Length;
        text = text.Trim();
        found = found.Select(f => new FoundMark(Math.Clamp(f.Start - lead, 0, text.Length), Math.Clamp(f.End - lead, 0, text.Length), f.Mark)).ToList();
        var (spans, sources, problem) = SpanRecovery.Recover(text, found, marker.Marks, slots, items, words, sorted);
        if (problem is not null)
        {
            _stats.Drop("spans:" + problem);
            return null;
        }
        return new Decoded(text, spans, sources);
    }

    private static string Visible(string raw) => string.Concat(raw.Select(c => c == Marker.Close ? "}" : Marker.IsSentinel(c) ? "{" + (c - Marker.FirstOpen) + ":" : c.ToString()));

    private void Emit(List<Footnote> notes, Footnote note)
    {
        if (note.Text.Length == 0)
        {
            _stats.Drop("empty");
            return;
        }
        if (note.Spans.Count == 0)
        {
            _stats.Drop("no-fields");
            return;
        }
        if (Check(note) is { } problem)
        {
            _stats.Drop("check:" + problem);
            return;
        }
        notes.Add(note);
    }

    /// <summary>Why a footnote is not fit to write (a sentinel left, a span outside the text, empty or overlapping), or null.</summary>
    public static string? Check(Footnote note)
    {
        if (note.Text.Any(Marker.IsSentinel)) return "sentinel-left";
        var end = 0;
        foreach (var s in note.Spans)
        {
            if (s.Start < 0 || s.End > note.Text.Length || s.End <= s.Start) return "span-outside";
            if (s.Start < end) return "overlap";
            end = s.End;
        }
        return null;
    }

    // A cited item with its locator, and sometimes commentary before or after it.
    private static CitationReference Reference(Random random, SynthItem item, int slot, Marker marker, Phrases phrases, int? position)
    {
        string? locator = null, label = null;
        if (item.IsArchival)
        {
            if (!item.Shelf!.Levels.Any(l => l.Label == Labels.Locator) && random.NextDouble() < 0.9)
            {
                var first = random.Next(1, 400);
                locator = random.Next(5) switch
                {
                    0 => $"{first}–{first + random.Next(1, 9)}",
                    1 or 2 => first + phrases.Verso[random.Next(phrases.Verso.Length)],
                    _ => first.ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                label = "folio";
            }
        }
        else if (item.Type == "legislation")
        {
            locator = random.Next(1, 600).ToString(System.Globalization.CultureInfo.InvariantCulture);
            label = "section";
        }
        else if (random.NextDouble() < 0.85)
        {
            var first = random.Next(1, 500);
            locator = random.Next(6) switch
            {
                0 => $"{first}–{first + random.Next(1, 20)}",
                1 => $"{first}, {first + random.Next(2, 40)}",
                _ => first.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            label = "page";
        }
        string? prefix = null, suffix = null;
        if (position is not null && random.NextDouble() < 0.15)
        {
            var phrase = phrases.Prefixes[random.Next(phrases.Prefixes.Length)];
            prefix = marker.Wrap(Labels.Prose, slot, phrase) + phrases.PrefixPunctuation;
        }
        if (random.NextDouble() < 0.07)
            suffix = " (" + marker.Wrap(Labels.Prose, slot, phrases.Suffixes[random.Next(phrases.Suffixes.Length)]) + ")";
        return new CitationReference(item.Id, locator is null ? null : marker.Wrap(Labels.Locator, slot, locator), label, prefix, suffix);
    }
}
