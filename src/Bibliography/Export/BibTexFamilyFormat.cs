using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.Export;

/// <summary>
/// What BibTeX and BibLaTeX share: the entry syntax, escaping, names, citation keys, and a field mapping
/// that differs only where the dialects do. Each variable goes in its natural field; whatever the fields
/// would not give back exactly also goes, as <c>key: value</c> lines, in an <c>extra</c> field that wins on import.
/// </summary>
public abstract partial class BibTexFamilyFormat : IReferenceFormat
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract IReadOnlyList<string> Aliases { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = new[] { ".bib" };

    /// <summary>True for BibLaTeX (biber) fields, false for classic BibTeX fields.</summary>
    private protected abstract bool IsBibLaTex { get; }

    private static readonly string[] ArticleTypes = { CslItemTypes.ArticleJournal, CslItemTypes.ArticleNewspaper, "article-magazine", "article" };

    // babel/polyglossia language names for langid; other tags are written as they are.
    private static readonly (string Tag, string Babel)[] Languages =
    {
        ("az", "azerbaijani"), ("ru", "russian"), ("en", "english"), ("de", "ngerman"), ("fr", "french"),
        ("tr", "turkish"), ("ka", "georgian"), ("uk", "ukrainian"), ("hy", "armenian"), ("fa", "persian"),
        ("ar", "arabic"), ("it", "italian"), ("pl", "polish"), ("es", "spanish"), ("be", "belarusian"),
        ("kk", "kazakh"), ("uz", "uzbek"),
    };

    // Plain text variables with their field, the same in both dialects.
    private static readonly (string Variable, string Field)[] TextFields =
    {
        ("collection-title", "series"), ("genre", "type"), ("publisher", "publisher"), ("edition", "edition"),
        ("volume", "volume"), ("number-of-volumes", "volumes"), ("page", "pages"), ("archive", "archive"),
        ("archive_location", "archivelocation"), ("archive-place", "archiveplace"),
        ("archive_collection", "archivecollection"), ("note", "note"), ("abstract", "abstract"),
        ("ISBN", "isbn"), ("ISSN", "issn"), ("keyword", "keywords"), ("original-title", "origtitle"),
        ("original-publisher", "origpublisher"), ("original-publisher-place", "origlocation"), ("event-title", "eventtitle"),
        ("event-place", "venue"), ("number-of-pages", "pagetotal"), ("chapter-number", "chapter"), ("version", "version"),
        ("status", "pubstate"), ("medium", "howpublished"), ("container-title-short", "shortjournal"),
    };

    // Date variables with their BibLaTeX field (ISO 8601 / EDTF), besides issued and accessed.
    private static readonly (string Variable, string Field)[] DateFields =
    {
        ("original-date", "origdate"), ("event-date", "eventdate"),
    };

    /// <summary>
    /// BibTeX and BibLaTeX fields that have no CSL variable. On import each is kept as a <c>field: value</c> line at
    /// the end of the note (with an <c>EXP024</c> warning); on export such trailing note lines become the field again.
    /// </summary>
    private static readonly HashSet<string> NoteFields = new(StringComparer.Ordinal)
    {
        "file", "eprint", "eprinttype", "eprintclass", "archiveprefix", "primaryclass", "addendum", "crossref", "xref",
        "institution", "school", "organization", "editora", "editoratype", "editorb", "editorbtype", "editorc",
        "editorctype", "maintitle", "mainsubtitle", "issuetitle", "issuesubtitle", "titleaddon", "booktitleaddon",
        "origlanguage", "isrn", "ismn", "isan", "mrnumber", "zbl", "pmid", "lccn", "timestamp", "key", "ids", "options",
        "related", "relatedtype", "entryset", "shortseries", "shortauthor", "shorteditor", "sortname", "sortkey",
        "presort", "indextitle", "annotator", "commentator", "introduction", "foreword", "afterword", "holder", "part",
    };

    private static readonly (string Key, string Field)[] CustomFields =
    {
        (CustomKeys.ArchiveShort, "archiveshort"), (CustomKeys.Fond, "fond"), (CustomKeys.Opis, "opis"),
        (CustomKeys.Delo, "delo"), (CustomKeys.ReferenceNumber, "referencenumber"),
    };

    // Fields whose values biber and pandoc take verbatim, so they are neither escaped nor decoded.
    private static readonly HashSet<string> VerbatimFields = new(StringComparer.Ordinal) { "url", "doi", "date", "urldate" };

    private static readonly string[] MonthMacros = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    /// <inheritdoc />
    public void Write(IReadOnlyList<CslItem> items, TextWriter writer)
    {
        var keys = CitationKeys.Assign(items);
        for (var i = 0; i < items.Count; i++)
        {
            var json = CslFields.ToJson(items[i]);
            var (type, fields) = Encode(json);
            var entry = Render(type, keys[i], fields);
            // Read the entry back as an importer would; what differs travels in 'extra'.
            var (parsed, _) = BibTexParser.Parse(entry);
            var decoded = parsed.Count == 1 ? Decode(parsed[0], null) : new JObject();
            var lines = ExtraLines.Write(CslFields.Residual(json, decoded));
            if (lines.Count > 0)
            {
                fields.Add(("extra", string.Join("\n", lines.Select(LatexText.Escape))));
                entry = Render(type, keys[i], fields);
            }
            if (i > 0) writer.Write('\n');
            writer.Write(entry);
        }
    }

    private static string Render(string type, string key, List<(string Field, string Value)> fields)
    {
        var sb = new StringBuilder();
        sb.Append('@').Append(type).Append('{').Append(key).Append(",\n");
        foreach (var (field, value) in fields)
        {
            sb.Append("  ").Append(field).Append(" = ");
            // A month macro is written bare so BibTeX styles print the month in their own language.
            if (field == "month" && MonthMacros.Contains(value)) sb.Append(value);
            else sb.Append('{').Append(value).Append('}');
            sb.Append(",\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    private (string Type, List<(string, string)> Fields) Encode(JObject item)
    {
        var fields = new List<(string, string)>();
        var type = CslFields.Text(item, "type") ?? CslItemTypes.Document;
        var isArticle = ArticleTypes.Contains(type);
        void Add(string field, string? value, bool title = false)
        {
            if (string.IsNullOrEmpty(value)) return;
            if (VerbatimFields.Contains(field))
            {
                if (value.All(c => c != '{' && c != '}' && !char.IsWhiteSpace(c))) fields.Add((field, value));
                return;
            }
            // Titles are braced whole: BibTeX styles and pandoc would otherwise recase them.
            var escaped = LatexText.Escape(value);
            fields.Add((field, title ? "{" + escaped + "}" : escaped));
        }
        void AddNames(string field, string variable)
        {
            if (CslFields.Names(item, variable) is { Count: > 0 } names) fields.Add((field, BibTexNames.Write(names)));
        }

        var entryType = EntryType(type);
        if (type == CslItemTypes.ArticleNewspaper) Add("entrysubtype", "newspaper");
        if (type == "article-magazine") Add("entrysubtype", "magazine");
        AddNames("author", "author");
        AddNames("editor", "editor");
        if (IsBibLaTex && CslFields.Names(item, "compiler") is { Count: > 0 })
        {
            AddNames("editora", "compiler");
            Add("editoratype", "compiler");
        }
        else if (!IsBibLaTex) AddNames("compiler", "compiler");
        AddNames("translator", "translator");
        AddNames("bookauthor", "container-author");
        Add("title", CslFields.Text(item, "title"), title: true);
        Add("shorttitle", CslFields.Text(item, "title-short"), title: true);
        Add(isArticle ? (IsBibLaTex ? "journaltitle" : "journal") : "booktitle", CslFields.Text(item, "container-title"), title: true);
        foreach (var (variable, field) in TextFields)
        {
            if (field == "note") continue; // written last, less the lines that become fields of their own
            // A thesis' or report's publisher is the institution (BibTeX: a thesis' school), as styles print it.
            var name = field == "publisher" && type is "thesis" or "report"
                ? (IsBibLaTex || type == "report" ? "institution" : "school") : field;
            Add(name, CslFields.Text(item, variable), title: field == "series");
        }
        Add(IsBibLaTex ? "annotation" : "annote", CslFields.Text(item, "annote"));
        if (IsBibLaTex)
            foreach (var (variable, field) in DateFields)
                if (CslFields.Date(item, variable) is { } d && EdtfDate(d) is { } edtf) Add(field, edtf);
        var (note, noteFields) = SplitNote(CslFields.Text(item, "note"), fields);
        Add("note", note);
        foreach (var (field, value) in noteFields) Add(field, value);
        Add(IsBibLaTex ? "location" : "address", CslFields.Text(item, "publisher-place"));
        Add(isArticle ? "number" : "issue", CslFields.Text(item, "issue"));
        if (!isArticle) Add("number", CslFields.Text(item, "number"));
        if (CslFields.Date(item, "issued") is { } issued) EncodeDate(issued, Add);
        if (CslFields.Date(item, "accessed") is { } accessed && EdtfDate(accessed) is { } urldate) Add("urldate", urldate);
        if (CslFields.Text(item, "language") is { } language)
            Add("langid", Languages.FirstOrDefault(l => l.Tag == language).Babel ?? language);
        Add("url", CslFields.Text(item, "URL"));
        Add("doi", CslFields.Text(item, "DOI"));
        if (item["custom"] is JObject custom)
            foreach (var (key, field) in CustomFields)
                if (custom[key] is JValue { Type: JTokenType.String or JTokenType.Integer } v) Add(field, v.ToString(Formatting.None).Trim('"'));
        // biblatex styles print 'library'; it is derived from the archive fields, which win on import.
        var archive = item["custom"]?[CustomKeys.ArchiveShort] is JValue { Type: JTokenType.String } s ? (string?)s : CslFields.Text(item, "archive");
        var location = CslFields.Text(item, "archive_location");
        if (CslFields.Text(item, "archive") is not null || location is not null)
            Add("library", string.Join(", ", new[] { archive, location }.Where(x => !string.IsNullOrEmpty(x))));
        return (entryType, fields);
    }

    /// <summary>
    /// The note without its trailing <c>field: value</c> lines for fields in <see cref="NoteFields"/> (not already
    /// written), and those lines as fields, in order: import puts such fields there, so the pair reads back the same.
    /// </summary>
    private static (string? Note, List<(string Field, string Value)> Fields) SplitNote(string? note, List<(string Field, string Value)> written)
    {
        var split = new List<(string, string)>();
        if (note is null) return (null, split);
        var lines = note.Split('\n');
        var keep = lines.Length;
        while (keep > 0 && NoteFieldLine(lines[keep - 1]) is { } f && !written.Any(w => w.Field == f.Field)
               && !split.Any(x => x.Item1 == f.Field) && f.Value.Trim().Length > 0 && f.Value == f.Value.Trim())
        {
            split.Insert(0, f);
            keep--;
        }
        return (keep == 0 ? null : string.Join("\n", lines.Take(keep)), split);
    }

    private static (string Field, string Value)? NoteFieldLine(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && NoteFields.Contains(line[..colon]) ? (line[..colon], line[(colon + 2)..]) : null;
    }

    private void EncodeDate(CslDate date, Action<string, string?, bool> add)
    {
        if (date.DateParts is not { Count: >= 1 } parts || parts[0].Count == 0) return;
        var edtf = EdtfDate(date);
        if (IsBibLaTex)
        {
            if (edtf is not null) add("date", edtf, false);
            return;
        }
        add("year", parts[0][0].ToString(CultureInfo.InvariantCulture), false);
        if (parts.Count == 1 && parts[0].Count >= 2 && parts[0][1] is >= 1 and <= 12) add("month", MonthMacros[parts[0][1] - 1], false);
        // BibTeX has no day, range or circa; 'date' (read by biber and pandoc) keeps them.
        if (edtf is not null && (parts.Count > 1 || parts[0].Count > 2 || date.Circa == true)) add("date", edtf, false);
    }

    private static string? EdtfDate(CslDate date)
    {
        if (date.DateParts is not { Count: >= 1 and <= 2 } parts || parts.Any(p => p.Count is < 1 or > 3 || p[0] is < 0 or > 9999)) return null;
        var text = string.Join("/", parts.Select(p => string.Join("-", p.Select((v, i) => v.ToString(i == 0 ? "D4" : "D2", CultureInfo.InvariantCulture)))));
        return date.Circa == true ? text + "~" : text;
    }

    private string EntryType(string type) => type switch
    {
        CslItemTypes.Manuscript => "unpublished",
        CslItemTypes.Book => "book",
        CslItemTypes.Chapter => "incollection",
        CslItemTypes.ArticleJournal or CslItemTypes.ArticleNewspaper or "article-magazine" or "article" => "article",
        "paper-conference" => "inproceedings",
        "thesis" => IsBibLaTex ? "thesis" : "phdthesis",
        "report" => IsBibLaTex ? "report" : "techreport",
        "webpage" => IsBibLaTex ? "online" : "misc",
        _ => "misc",
    };

    private static string? CslType(string entryType, string? subtype) => entryType switch
    {
        "unpublished" => CslItemTypes.Manuscript,
        "book" or "mvbook" or "collection" or "mvcollection" or "booklet" or "manual" or "proceedings" or "mvproceedings" or "reference" => CslItemTypes.Book,
        "incollection" or "inbook" or "bookinbook" or "suppbook" or "suppcollection" or "inreference" => CslItemTypes.Chapter,
        "article" or "periodical" or "suppperiodical" => subtype?.ToLowerInvariant() switch
        {
            "newspaper" => CslItemTypes.ArticleNewspaper,
            "magazine" => "article-magazine",
            _ => CslItemTypes.ArticleJournal,
        },
        "inproceedings" or "conference" => "paper-conference",
        "thesis" or "phdthesis" or "mastersthesis" => "thesis",
        "report" or "techreport" => "report",
        "online" or "www" or "electronic" => "webpage",
        "misc" => CslItemTypes.Document,
        _ => null,
    };

    /// <summary>
    /// Turns a parsed entry into a CSL-JSON object (without its 'extra' lines). Every field lands somewhere: in its CSL
    /// variable, or as a <c>field: value</c> line at the end of the note, reported as <c>EXP024</c>.
    /// </summary>
    private static JObject Decode(BibTexEntry entry, ImportCollector? result)
    {
        var item = new JObject { ["id"] = entry.Key };
        // Fields read into a variable, or derived from others and agreeing with them; the rest go to the note.
        var used = new HashSet<string>(StringComparer.Ordinal) { "extra" };
        string? Text(string field)
        {
            used.Add(field);
            return entry.Field(field) is { } f
                ? (VerbatimFields.Contains(field) ? f.Value.Trim() : LatexText.Decode(f.Value)) is { Length: > 0 } t ? t : null
                : null;
        }
        string? Peek(string field) => entry.Field(field) is { } f ? LatexText.Decode(f.Value) is { Length: > 0 } t ? t : null : null;
        string? Joined(string main, string sub) => Text(main) is { } m && Text(sub) is { } s2 ? $"{m}: {s2}" : Text(main);
        var type = CslType(entry.Type, Text("entrysubtype"));
        if (type is null)
        {
            result?.Warn(DiagnosticCodes.UnknownBibTexType, $"Unknown entry type '@{entry.Type}'; read as a generic document.", entry.Line);
            type = CslItemTypes.Document;
        }
        item["type"] = type;
        string? LanguageTag(string? babel) => babel is null ? null : Languages.FirstOrDefault(l => l.Babel.Equals(babel, StringComparison.OrdinalIgnoreCase)).Tag ?? babel;
        var language = LanguageTag(Text("langid") ?? Text("language") ?? Text("hyphenation"));
        if (language is not null)
        {
            item["language"] = language;
            // The other language fields are consumed when they say the same; otherwise they are kept.
            foreach (var other in new[] { "langid", "language", "hyphenation" })
                if (Peek(other) is { } v && LanguageTag(v) != language) used.Remove(other);
        }

        void Names(string field, string variable)
        {
            used.Add(field);
            if (entry.Field(field) is { } f && BibTexNames.Read(f.Value) is { Count: > 0 } names)
                item[variable] = CslFields.ToJson(names);
        }
        Names("author", "author");
        Names("editor", "editor");
        Names("translator", "translator");
        Names("bookauthor", "container-author");
        Names("compiler", "compiler");
        if (Peek("editoratype")?.ToLowerInvariant() == "compiler")
        {
            used.Add("editoratype");
            Names("editora", "compiler");
        }

        CslFields.Set(item, "title", Joined("title", "subtitle"));
        CslFields.Set(item, "title-short", Text("shorttitle"));
        CslFields.Set(item, "container-title", Text("journaltitle") is not null ? Joined("journaltitle", "journalsubtitle")
            : Text("journal") ?? Joined("booktitle", "booksubtitle"));
        foreach (var (variable, field) in TextFields)
            if (field != "publisher") CslFields.Set(item, variable, Text(field));
        CslFields.Set(item, "publisher", Text("publisher") ?? Text("institution") ?? Text("school") ?? Text("organization"));
        CslFields.Set(item, "annote", Text("annotation") ?? Text("annote"));
        CslFields.Set(item, "publisher-place", Text("location") ?? Text("address"));
        var isArticle = ArticleTypes.Contains(type);
        CslFields.Set(item, "issue", isArticle ? Text("number") ?? Text("issue") : Text("issue"));
        if (!isArticle) CslFields.Set(item, "number", Text("number"));
        CslFields.Set(item, "URL", Text("url"));
        CslFields.Set(item, "DOI", Text("doi"));
        // 'library' is derived from the archive fields when they are there (our own export writes it for styles).
        if (Text("archive") is null && Text("archivelocation") is null) CslFields.Set(item, "archive", Text("library"));
        else used.Add("library");

        foreach (var (key, field) in CustomFields)
        {
            if (Text(field) is not { } value) continue;
            CslFields.SetCustom(item, key, key == CustomKeys.ReferenceNumber && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n : value);
        }

        if (DecodeDate(entry, Text, used, result) is { } issued) item["issued"] = CslFields.ToJson(issued);
        if (Text("urldate") is { } urldate)
        {
            if (ParseEdtf(urldate) is { } accessed) item["accessed"] = CslFields.ToJson(accessed);
            else used.Remove("urldate");
        }
        foreach (var (variable, field) in DateFields)
        {
            if (Text(field) is not { } value) continue;
            if (ParseEdtf(value) is { } date) item[variable] = CslFields.ToJson(date);
            else used.Remove(field);
        }

        // What has no variable goes at the end of the note, one 'field: value' line each, in file order.
        var lines = new List<string>();
        foreach (var f in entry.Fields)
        {
            if (used.Contains(f.Name)) continue;
            var value = VerbatimFields.Contains(f.Name) ? f.Value.Trim() : LatexText.Decode(f.Value);
            if (value.Length == 0) continue;
            lines.Add($"{f.Name}: {value.ReplaceLineEndings(" ")}");
            result?.Warn(DiagnosticCodes.UnmappedBibTexField, $"The field '{f.Name}' has no CSL variable; its value was kept in the note.", f.Line);
        }
        if (lines.Count > 0)
            item["note"] = string.Join("\n", CslFields.Text(item, "note") is { } note ? lines.Prepend(note) : lines);
        return item;
    }

    private static CslDate? DecodeDate(BibTexEntry entry, Func<string, string?> text, HashSet<string> used, ImportCollector? result)
    {
        if (text("date") is { } date)
        {
            if (ParseEdtf(date) is { } parsed)
            {
                // BibTeX export writes year and month beside a full date; they are consumed when they agree with it.
                if (entry.Field("year") is { } yearField && LatexText.Decode(yearField.Value) == parsed.Year?.ToString(CultureInfo.InvariantCulture))
                {
                    used.Add("year");
                    used.Add("month");
                }
                return parsed;
            }
            result?.Warn(DiagnosticCodes.BadBibTexDate, $"The date '{date}' is not an ISO date or range; kept as written.", entry.Field("date")!.Line);
            return new CslDate { Literal = date };
        }
        if (text("year") is not { } year) return null;
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return new CslDate { Literal = year };
        int? month = null;
        if (text("month") is { } m)
        {
            month = int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var mn) && mn is >= 1 and <= 12 ? mn
                : Array.FindIndex(MonthMacros, x => m.StartsWith(x, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i + 1 : null;
            if (month is null) result?.Warn(DiagnosticCodes.BadBibTexMonth, $"The month '{m}' is not a month; only the year was kept.", entry.Field("month")!.Line);
        }
        return CslDate.FromParts(y, month);
    }

    [GeneratedRegex(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")]
    private static partial Regex IsoDatePart();

    private static CslDate? ParseEdtf(string text)
    {
        var circa = text.EndsWith('~');
        var ranges = (circa ? text[..^1] : text).Split('/');
        if (ranges.Length > 2) return null;
        var parts = new List<IReadOnlyList<int>>();
        foreach (var r in ranges)
        {
            var m = IsoDatePart().Match(r.Trim());
            if (!m.Success) return null;
            var p = new List<int>();
            for (var g = 1; g <= 3 && m.Groups[g].Success; g++) p.Add(int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture));
            if (p.Count > 1 && p[1] is < 1 or > 12 || p.Count > 2 && p[2] is < 1 or > 31) return null;
            parts.Add(p);
        }
        return new CslDate { DateParts = parts, Circa = circa ? true : null };
    }

    // Types whose parent's title is their booktitle when they inherit through crossref, as biber does.
    private static readonly HashSet<string> PartTypes = new(StringComparer.Ordinal)
    {
        "inbook", "incollection", "inproceedings", "bookinbook", "suppbook", "suppcollection", "inreference", "conference",
    };

    // Fields an entry never inherits: they identify or annotate the parent itself.
    private static readonly HashSet<string> NotInherited = new(StringComparer.Ordinal)
    {
        "crossref", "xref", "extra", "ids", "key", "entryset", "entrysubtype", "shorttitle", "related", "relatedtype",
    };

    /// <summary>
    /// The entry with the fields it lacks filled in from the entry its <c>crossref</c> names, as BibTeX and biber do
    /// (a part's booktitle from its parent's title); the <c>crossref</c> field itself stays and ends in the note.
    /// </summary>
    private static BibTexEntry Inherit(BibTexEntry entry, Dictionary<string, BibTexEntry> byKey, ImportCollector result)
    {
        if (entry.Field("crossref") is not { } crossref) return entry;
        var key = crossref.Value.Trim();
        if (!byKey.TryGetValue(key, out var parent) || ReferenceEquals(parent, entry))
        {
            result.Warn(DiagnosticCodes.UnresolvedCrossref, $"The crossref '{key}' names no other entry in this file; nothing was inherited (the key is kept in the note).", crossref.Line);
            return entry;
        }
        var fields = entry.Fields.ToList();
        bool Has(string name) => fields.Any(f => f.Name == name);
        foreach (var f in parent.Fields)
        {
            if (NotInherited.Contains(f.Name)) continue;
            var name = PartTypes.Contains(entry.Type) ? f.Name switch { "title" => "booktitle", "subtitle" => "booksubtitle", _ => f.Name } : f.Name;
            if (!Has(name)) fields.Add(f with { Name = name });
        }
        return entry with { Fields = fields };
    }

    /// <inheritdoc />
    public ImportResult Read(TextReader reader, string? fileName = null)
    {
        var text = reader.ReadToEnd();
        var result = new ImportCollector(Name, fileName);
        var (entries, problems) = BibTexParser.Parse(text);
        foreach (var p in problems.Where(p => !p.Skipped)) result.Warn(DiagnosticCodes.BibTexEntryProblem, p.Message, p.Line);

        // Entries and skipped entries are reported in file order.
        var skipped = problems.Where(p => p.Skipped).ToList();
        var byKey = new Dictionary<string, BibTexEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries) byKey.TryAdd(entry.Key, entry);
        foreach (var entry in entries)
        {
            try
            {
                var item = Decode(Inherit(entry, byKey, result), result);
                if (entry.Field("extra") is { } extra)
                {
                    var other = new List<string>();
                    var residual = ExtraLines.Read(extra.Value.Split('\n').Select(l => LatexText.Decode(l.Trim('\r'), foldWhitespace: false)), other);
                    CslFields.Apply(item, residual);
                    var notes = other.Where(l => l.Trim().Length > 0).Select(l => l.Trim()).ToList();
                    if (notes.Count > 0)
                        item["note"] = string.Join("\n", CslFields.Text(item, "note") is { } n ? notes.Prepend(n) : notes);
                }
                result.Add(CslFields.FromJson(item), entry.Line);
            }
            catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException)
            {
                result.Skip(entry.Line, entry.Key, $"The entry could not be read: {e.Message}");
            }
        }
        foreach (var p in skipped) result.Skip(p.EntryLine, p.Key, p.Message);
        if (entries.Count == 0 && skipped.Count == 0 && text.Trim().Length > 0 && !text.Contains('@'))
            throw new ImportFormatException($"The file has no {Name} entries (an entry starts with '@type{{key,').", fileName, 1);
        return result.ToResult();
    }
}

/// <summary>BibTeX: classic fields (<c>address</c>, <c>journal</c>, <c>year</c>/<c>month</c>), manuscripts as <c>@unpublished</c>.</summary>
public sealed class BibTexFormat : BibTexFamilyFormat
{
    /// <inheritdoc />
    public override string Name => "bibtex";

    /// <inheritdoc />
    public override IReadOnlyList<string> Aliases { get; } = new[] { "bib" };

    private protected override bool IsBibLaTex => false;
}

/// <summary>BibLaTeX (biber): <c>location</c>, <c>journaltitle</c>, ISO <c>date</c>, <c>langid</c>, compilers as <c>editora</c>.</summary>
public sealed class BibLaTexFormat : BibTexFamilyFormat
{
    /// <inheritdoc />
    public override string Name => "biblatex";

    /// <inheritdoc />
    public override IReadOnlyList<string> Aliases { get; } = new[] { "biber" };

    private protected override bool IsBibLaTex => true;
}
