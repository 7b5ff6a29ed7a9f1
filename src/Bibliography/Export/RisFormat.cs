using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.Export;

/// <summary>
/// RIS as Zotero reads it (zotero/translators <c>RIS.js</c>): a variable goes in a tag only where Zotero's RIS
/// import puts that tag into the Zotero field its CSL mapping gives back as the same variable, for the item's
/// type. Everything else (fond, opis, delo, the archive abbreviation, reference numbers, compilers, a genre
/// where M3 would be read as a DOI…) goes in <c>M2</c> tags, one <c>key: value</c> line each: Zotero appends
/// every M2 to Extra, where it reads CSL variables. <c>N1</c> is a child note in Zotero, so it is not written;
/// it is still read (older exports put the lines there). The mapping and its sources are in FORMATS.md.
/// </summary>
public sealed partial class RisFormat : IReferenceFormat
{
    /// <inheritdoc />
    public string Name => "ris";

    /// <inheritdoc />
    public IReadOnlyList<string> Aliases { get; } = Array.Empty<string>();

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = new[] { ".ris" };

    private static readonly (string Csl, string Ris)[] TypeMap =
    {
        (CslItemTypes.Manuscript, "MANSCPT"), (CslItemTypes.Book, "BOOK"), (CslItemTypes.Chapter, "CHAP"),
        (CslItemTypes.ArticleJournal, "JOUR"), (CslItemTypes.ArticleNewspaper, "NEWS"), (CslItemTypes.Document, "GEN"),
        ("article-magazine", "MGZN"), ("report", "RPRT"), ("thesis", "THES"), ("webpage", "ELEC"), ("map", "MAP"),
        ("paper-conference", "CONF"), ("personal_communication", "PCOMM"), ("entry-dictionary", "DICT"),
        ("entry-encyclopedia", "ENCYC"), ("bill", "BILL"), ("legal_case", "CASE"), ("legislation", "STAT"),
        ("patent", "PAT"), ("song", "SOUND"), ("motion_picture", "MPCT"), ("software", "COMP"), ("graphic", "ART"),
        ("speech", "SLIDE"), ("post-weblog", "BLOG"), ("hearing", "HEAR"),
    };

    // Types RIS has no TY for, written as Zotero writes them (RIS.js degenerateExportTypeMap). The TY reads back as its
    // own type (PCOMM, a letter), so the exact type travels in the Extra lines like any variable the tags lose.
    private static readonly (string Csl, string Ris)[] WrittenOnlyTypes = { (CslItemTypes.Interview, "PCOMM") };

    // Readers meet more TY values than writers produce; these are read as the nearest CSL type.
    private static readonly Dictionary<string, string> ExtraTypes = new(StringComparer.Ordinal)
    {
        ["UNPB"] = CslItemTypes.Manuscript, ["EDBOOK"] = CslItemTypes.Book, ["EBOOK"] = CslItemTypes.Book,
        ["ECHAP"] = CslItemTypes.Chapter, ["CPAPER"] = "paper-conference", ["ICOMM"] = "personal_communication",
        ["NEWS"] = CslItemTypes.ArticleNewspaper, ["MGZN"] = "article-magazine", ["EJOUR"] = CslItemTypes.ArticleJournal,
        ["JFULL"] = CslItemTypes.ArticleJournal, ["VIDEO"] = "motion_picture", ["WEB"] = "webpage",
    };

    /// <summary>
    /// Which tag carries which variable for which RIS types (null: every type; a leading <c>!</c>: every type
    /// but those), in write order. From RIS.js <c>fieldMap</c> read with Zotero's CSL field mapping: e.g. T2 is
    /// a book's series (collection-title), A3 a book's editor, M3 a type field (genre) only for the types listed,
    /// SP a book's or manuscript's number of pages.
    /// </summary>
    private static readonly TagRule[] Rules =
    {
        new("TI", "title", null),
        new("T2", "container-title", "JOUR MGZN NEWS CHAP BLOG DICT ENCYC ELEC"),
        new("T2", "collection-title", "BOOK RPRT MAP COMP"),
        new("AU", "author", null, IsName: true),
        new("A2", "editor", "JOUR CHAP CONF DICT ENCYC GEN", IsName: true),
        new("A3", "editor", "BOOK", IsName: true),
        new("A2", "collection-editor", "BOOK RPRT", IsName: true),
        new("A3", "collection-editor", "CHAP CONF DICT ENCYC MAP", IsName: true),
        new("A4", "translator", "!CASE CONF MPCT DATA", IsName: true),
        new("T3", "collection-title", "CHAP CONF JOUR"),
        new("ST", "title-short", null),
        new("M3", "genre", "MANSCPT MAP RPRT THES ELEC BLOG PCOMM SLIDE ART"),
        new("ET", "edition", "!BILL HEAR STAT COMP DATA"),
        new("VL", "volume", "BOOK CHAP JOUR MGZN CONF DICT ENCYC"),
        new("IS", "issue", "JOUR MGZN"),
        new("IS", "number-of-volumes", "CHAP"),
        new("NV", "number-of-volumes", "BOOK DICT ENCYC"),
        new("CY", "publisher-place", "BOOK CHAP NEWS MANSCPT RPRT THES MAP DICT ENCYC"),
        new("PB", "publisher", "BOOK CHAP DICT ENCYC CONF MAP RPRT THES COMP"),
        new("DB", "archive", null),
        new("AN", "archive_location", null),
        new("LA", "language", "!COMP"),
        new("UR", "URL", null),
        new("DO", "DOI", "JOUR CONF"),
        new("AB", "abstract", null),
    };

    // Other spellings readers meet, read as the tag named: RIS.js reads these the same way (its degenerate import map).
    private static readonly Dictionary<string, string> TagAliases = new(StringComparer.Ordinal)
    {
        ["T1"] = "TI", ["CT"] = "TI", ["JO"] = "T2", ["JF"] = "T2", ["BT"] = "T2", ["A1"] = "AU", ["N2"] = "AB",
    };

    // SP (and EP) carry page, except where RIS.js reads SP as numPages (number-of-pages) or as another field.
    private const string NumberOfPagesTypes = "BOOK THES MANSCPT";
    private const string NoPageTypes = "CASE MPCT BILL";

    /// <summary>The tag Zotero appends to Extra for every item type (RIS.js: <c>M2: "extra"</c>).</summary>
    private const string ExtraTag = "M2";

    /// <summary>Also written beside AN: RIS.js reads it as archiveLocation too, and astrocite-ris and EndNote as archive location.</summary>
    private const string ArchiveLocationAlias = "AV";

    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9]) {1,2}-(?: (?<value>.*))?$")]
    private static partial Regex TagLine();

    /// <summary>A tag and the variable it carries for the RIS types given.</summary>
    private sealed record TagRule(string Tag, string Variable, string? Types, bool IsName = false)
    {
        public bool AppliesTo(string ty) => Types is null
            || (Types.StartsWith('!') ? !HasType(Types[1..], ty) : HasType(Types, ty));
    }

    private static bool HasType(string types, string ty) => types.Split(' ').Contains(ty);

    /// <inheritdoc />
    public void Write(IReadOnlyList<CslItem> items, TextWriter writer)
    {
        foreach (var item in items)
        {
            var json = CslFields.ToJson(item);
            var tags = Encode(json);
            // Whatever the tags do not give back exactly travels in M2 (Zotero's Extra) as key: value lines.
            var decoded = Decode(tags.Select(t => new RisField(t.Tag, t.Value, 0)).ToList(), null, 0, new List<string>());
            foreach (var line in ExtraLines.Write(CslFields.Residual(json, decoded), zoteroNames: true)) tags.Add((ExtraTag, line));

            foreach (var (tag, value) in tags) writer.Write($"{tag}  - {value}\n");
            writer.Write("ER  - \n\n");
        }
    }

    private static List<(string Tag, string Value)> Encode(JObject item)
    {
        var tags = new List<(string, string)>();
        var type = CslFields.Text(item, "type") ?? CslItemTypes.Document;
        var ty = TypeMap.Concat(WrittenOnlyTypes).FirstOrDefault(t => t.Csl == type).Ris ?? "GEN";
        tags.Add(("TY", ty));
        void Add(string tag, string? value)
        {
            // A tag holds one line, and readers trim its end; anything else is left to the Extra lines.
            if (!string.IsNullOrWhiteSpace(value) && !value.Contains('\n') && !value.Contains('\r') && value == value.TrimEnd()) tags.Add((tag, value));
        }
        Add("ID", CslFields.Text(item, "id"));
        // Titles and names come before the date and pages, the rest after, as Zotero writes them.
        var datePlace = Array.FindIndex(Rules, r => r.Tag == "T3");
        var rules = Rules.Where(r => r.AppliesTo(ty)).ToList();
        foreach (var rule in rules.Where(r => Array.IndexOf(Rules, r) < datePlace))
        {
            if (!rule.IsName) Add(rule.Tag, CslFields.Text(item, rule.Variable));
            else foreach (var name in CslFields.Names(item, rule.Variable) ?? new()) Add(rule.Tag, NameText(name));
        }
        if (CslFields.Date(item, "issued") is { DateParts: { Count: >= 1 } parts } && parts[0].Count is >= 1 and <= 3)
        {
            // A range or circa date still gets its first year in PY; the Extra lines carry the whole date.
            var p = parts[0];
            Add("PY", p[0].ToString("D4", CultureInfo.InvariantCulture));
            if (p.Count > 1 && parts.Count == 1)
                Add("DA", string.Join("/", p.Select((v, i) => v.ToString(i == 0 ? "D4" : "D2", CultureInfo.InvariantCulture))) + (p.Count == 2 ? "//" : "/"));
        }
        if (HasType(NumberOfPagesTypes, ty)) Add("SP", CslFields.Text(item, "number-of-pages"));
        else if (!HasType(NoPageTypes, ty) && CslFields.Text(item, "page") is { } page)
        {
            var range = page.Split('-');
            if (range.Length == 2 && range[0].Length > 0 && range[1].Length > 0) { Add("SP", range[0]); Add("EP", range[1]); }
            else Add("SP", page);
        }
        foreach (var rule in rules.Where(r => Array.IndexOf(Rules, r) >= datePlace))
        {
            Add(rule.Tag, CslFields.Text(item, rule.Variable));
            if (rule.Tag == "AN") Add(ArchiveLocationAlias, CslFields.Text(item, rule.Variable));
        }
        return tags;
    }

    private static string NameText(CslName name) =>
        name.Literal ?? $"{name.Family}, {name.Given}{(name.Suffix is null ? "" : ", " + name.Suffix)}";

    private static CslName ParseName(string text)
    {
        var parts = text.Split(',');
        if (parts.Length == 1) return CslName.Institution(text.Trim());
        string? Part(int i) => i < parts.Length && parts[i].Trim() is { Length: > 0 } s ? s : null;
        return new CslName
        {
            Family = Part(0),
            Given = parts.Length > 3 ? string.Join(",", parts.Skip(1).Take(parts.Length - 2)).Trim() : Part(1),
            Suffix = parts.Length >= 3 ? Part(parts.Length - 1) : null,
        };
    }

    private sealed record RisField(string Tag, string Value, int Line);

    /// <summary>
    /// The rule a tag is read by for this type: its own, else (a foreign file using a tag Zotero does not map
    /// for the type) the tag's first rule, so nothing that has a meaning somewhere is lost to the note.
    /// </summary>
    private static TagRule? RuleFor(string tag, string ty) =>
        Rules.FirstOrDefault(r => r.Tag == tag && r.AppliesTo(ty)) ?? Rules.FirstOrDefault(r => r.Tag == tag);

    /// <summary>Turns a record's fields into a CSL-JSON object; <paramref name="notes"/> gets what did not map.</summary>
    private static JObject Decode(List<RisField> fields, ImportCollector? result, int line, List<string> notes)
    {
        var item = new JObject();
        var ty = fields.FirstOrDefault(f => f.Tag == "TY")?.Value.Trim() ?? "GEN";
        var type = TypeMap.FirstOrDefault(t => t.Ris == ty).Csl ?? (ExtraTypes.TryGetValue(ty, out var extra) ? extra : null);
        if (type is null)
        {
            result?.Warn(DiagnosticCodes.UnknownRisType, $"Unknown RIS type '{ty}'; read as a generic document.", line);
            type = CslItemTypes.Document;
        }
        item["id"] = fields.FirstOrDefault(f => f.Tag == "ID")?.Value ?? "";
        item["type"] = type;

        // Each mapped field goes to its variable in record order; ED is an editor whatever the type.
        var byVariable = new Dictionary<string, (TagRule Rule, List<RisField> Fields)>(StringComparer.Ordinal);
        var known = new HashSet<string>(StringComparer.Ordinal) { "TY", "ID", "PY", "DA", "Y1", "SP", "EP", "N1", ExtraTag, "ER", "ED", ArchiveLocationAlias };
        foreach (var f in fields)
        {
            var tag = TagAliases.GetValueOrDefault(f.Tag, f.Tag);
            var rule = f.Tag == "ED" ? new TagRule("ED", "editor", null, IsName: true) : RuleFor(tag, ty);
            if (f.Tag == ArchiveLocationAlias) rule = Rules.First(r => r.Tag == "AN");
            if (rule is null) continue;
            known.Add(f.Tag);
            if (!byVariable.TryGetValue(rule.Variable, out var entry)) byVariable[rule.Variable] = entry = (rule, new List<RisField>());
            entry.Fields.Add(f);
        }
        foreach (var (variable, (rule, values)) in byVariable)
        {
            if (rule.IsName)
            {
                item[variable] = CslFields.ToJson(values.Select(f => ParseName(f.Value)).ToList());
                continue;
            }
            item[variable] = values[0].Value;
            // AV beside AN repeats it (our own writer does so); only a different value is a second one.
            var later = values.Skip(1).Where(v => !(v.Tag == ArchiveLocationAlias && v.Value == values[0].Value)).ToList();
            if (later.Count > 0)
                result?.Warn(DiagnosticCodes.RepeatedRisTag, $"'{variable}' is given {later.Count + 1} times; the later values were kept in the note.", later[0].Line);
            foreach (var v in later) notes.Add($"{v.Tag}: {v.Value}");
        }

        var date = fields.FirstOrDefault(f => f.Tag is "DA" or "Y1") ?? fields.FirstOrDefault(f => f.Tag == "PY");
        if (date is not null)
        {
            var parsed = ParseDate(date.Value);
            if (parsed is null) result?.Warn(DiagnosticCodes.BadRisDate, $"The date '{date.Value}' is not a RIS date (YYYY/MM/DD/); kept as written.", date.Line);
            item["issued"] = CslFields.ToJson(parsed ?? new CslDate { Literal = date.Value });
        }
        var sp = fields.FirstOrDefault(f => f.Tag == "SP")?.Value;
        var ep = fields.FirstOrDefault(f => f.Tag == "EP")?.Value;
        if (HasType(NumberOfPagesTypes, ty) && sp is not null && ep is null) item["number-of-pages"] = sp;
        else if (sp is not null || ep is not null) item["page"] = sp is null ? ep : ep is null ? sp : $"{sp}-{ep}";

        foreach (var f in fields.Where(f => !known.Contains(f.Tag)))
        {
            result?.Warn(DiagnosticCodes.UnmappedRisTag, $"The RIS tag {f.Tag} has no mapping; its value was kept in the note.", f.Line);
            notes.Add($"{f.Tag}: {f.Value}");
        }
        return item;
    }

    private static CslDate? ParseDate(string value)
    {
        var m = Regex.Match(value.Trim(), @"^(\d{1,4})(?:/(\d{0,2})(?:/(\d{0,2})(?:/.*)?)?)?$");
        if (!m.Success) return null;
        int? Part(int i) => m.Groups[i].Success && m.Groups[i].Value.Length > 0 ? int.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture) : null;
        var month = Part(2);
        if (month is < 1 or > 12 || Part(3) is < 1 or > 31) return null;
        return CslDate.FromParts(Part(1)!.Value, month, month is null ? null : Part(3));
    }

    /// <inheritdoc />
    public ImportResult Read(TextReader reader, string? fileName = null)
    {
        var result = new ImportCollector(Name, fileName);
        List<RisField>? record = null;
        var recordLine = 0;
        var lineNumber = 0;
        int? strayLine = null;
        var sawTag = false;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (lineNumber == 1) text = text.TrimStart('\uFEFF');
            var m = TagLine().Match(text.TrimEnd());
            if (!m.Success)
            {
                if (text.Trim().Length == 0) continue;
                if (record is { Count: > 0 })
                {
                    var last = record[^1];
                    record[^1] = last with { Value = last.Value + "\n" + text.TrimEnd() };
                }
                else strayLine ??= lineNumber;
                continue;
            }
            sawTag = true;
            var tag = m.Groups["tag"].Value;
            var value = m.Groups["value"].Success ? m.Groups["value"].Value : "";
            if (strayLine is { } stray)
            {
                result.Skip(stray, null, record is null
                    ? "Text outside any record (a record starts with 'TY  - ')."
                    : "Text before the first tag of a record.");
                strayLine = null;
            }
            switch (tag)
            {
                case "TY":
                    if (record is not null)
                    {
                        result.Warn(DiagnosticCodes.MissingRisEnd, $"The record starting at line {recordLine} has no 'ER  - ' before the next 'TY'; it was read as complete.", lineNumber);
                        Finish(record, recordLine, result);
                    }
                    record = new List<RisField> { new(tag, value, lineNumber) };
                    recordLine = lineNumber;
                    break;
                case "ER":
                    if (record is null) result.Skip(lineNumber, null, "'ER' without a record ('TY') before it.");
                    else Finish(record, recordLine, result);
                    record = null;
                    break;
                default:
                    if (record is null)
                    {
                        result.Skip(lineNumber, null, $"The tag {tag} is outside any record (a record starts with 'TY  - ').");
                        // Skip the rest of this headless record up to its ER.
                        record = null;
                        strayLine = null;
                        while ((text = reader.ReadLine()) is not null)
                        {
                            lineNumber++;
                            var em = TagLine().Match(text.TrimEnd());
                            if (em.Success && em.Groups["tag"].Value == "ER") break;
                            if (em.Success && em.Groups["tag"].Value == "TY")
                            {
                                record = new List<RisField> { new("TY", em.Groups["value"].Value, lineNumber) };
                                recordLine = lineNumber;
                                break;
                            }
                        }
                    }
                    else record.Add(new RisField(tag, value, lineNumber));
                    break;
            }
        }
        if (strayLine is { } s) result.Skip(s, null, "Text outside any record (a record starts with 'TY  - ').");
        if (record is not null)
        {
            result.Warn(DiagnosticCodes.MissingRisEnd, $"The record starting at line {recordLine} has no closing 'ER  - '; it was read as complete.", lineNumber);
            Finish(record, recordLine, result);
        }
        if (!sawTag && lineNumber > 0 && result.Items.Count == 0)
            throw new ImportFormatException("The file has no RIS tags (a record starts with 'TY  - ').", fileName, result.Skipped.FirstOrDefault()?.Line ?? 1);
        return result.ToResult();
    }

    private static void Finish(List<RisField> record, int line, ImportCollector result)
    {
        var id = record.FirstOrDefault(f => f.Tag == "ID")?.Value;
        try
        {
            var notes = new List<string>();
            var item = Decode(record, result, line, notes);
            var other = new List<string>();
            // Zotero's Extra (M2) and, from older exports, N1: key: value lines set variables, other lines are notes.
            foreach (var lines in record.Where(f => f.Tag is "N1" or ExtraTag))
            {
                var residual = ExtraLines.Read(lines.Value.Split('\n'), other);
                CslFields.Apply(item, residual);
            }
            notes.AddRange(other);
            if (notes.Count > 0)
            {
                var existing = CslFields.Text(item, "note");
                item["note"] = string.Join("\n", existing is null ? notes : notes.Prepend(existing));
            }
            result.Add(CslFields.FromJson(item), line);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            result.Skip(line, id, $"The record could not be read: {e.Message}");
        }
    }
}
