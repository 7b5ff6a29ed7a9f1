using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.Export;

/// <summary>
/// RIS with Zotero's tag mapping. Fields RIS has no tag for (fond, opis, delo, the archive abbreviation,
/// reference numbers, anything else) go in one <c>N1</c> as <c>key: value</c> lines, the way Zotero's Extra
/// field carries CSL variables; whatever a tag would not give back exactly is carried there too.
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

    // Readers meet more TY values than writers produce; these are read as the nearest CSL type.
    private static readonly Dictionary<string, string> ExtraTypes = new(StringComparer.Ordinal)
    {
        ["UNPB"] = CslItemTypes.Manuscript, ["EDBOOK"] = CslItemTypes.Book, ["EBOOK"] = CslItemTypes.Book,
        ["ECHAP"] = CslItemTypes.Chapter, ["CPAPER"] = "paper-conference", ["ICOMM"] = "personal_communication",
        ["NEWS"] = CslItemTypes.ArticleNewspaper, ["MGZN"] = "article-magazine", ["EJOUR"] = CslItemTypes.ArticleJournal,
        ["JFULL"] = CslItemTypes.ArticleJournal, ["VIDEO"] = "motion_picture", ["WEB"] = "webpage",
    };

    // Name tags in write order, with the CSL name variable each carries.
    private static readonly (string Tag, string Variable)[] NameTags =
    {
        ("AU", "author"), ("A2", "editor"), ("A3", "compiler"), ("A4", "translator"),
    };

    // Single-valued text tags in write order; the first tag is written, all are read.
    private static readonly (string[] Tags, string Variable)[] TextTags =
    {
        (new[] { "TI", "T1", "CT" }, "title"),
        (new[] { "T2", "JO", "JF", "BT" }, "container-title"),
        (new[] { "T3" }, "collection-title"),
        (new[] { "ST" }, "title-short"),
        (new[] { "M3" }, "genre"),
        (new[] { "ET" }, "edition"),
        (new[] { "VL" }, "volume"),
        (new[] { "IS" }, "issue"),
        (new[] { "NV" }, "number-of-volumes"),
        (new[] { "CY" }, "publisher-place"),
        (new[] { "PB" }, "publisher"),
        (new[] { "DB" }, "archive"),
        (new[] { "AN" }, "archive_location"),
        (new[] { "LA" }, "language"),
        (new[] { "UR" }, "URL"),
        (new[] { "DO" }, "DOI"),
        (new[] { "AB", "N2" }, "abstract"),
    };

    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9]) {1,2}-(?: (?<value>.*))?$")]
    private static partial Regex TagLine();

    /// <inheritdoc />
    public void Write(IReadOnlyList<CslItem> items, TextWriter writer)
    {
        foreach (var item in items)
        {
            var json = CslFields.ToJson(item);
            var tags = Encode(json);
            // Whatever the tags do not give back exactly travels in N1 as key: value lines.
            var decoded = Decode(tags.Select(t => new RisField(t.Tag, t.Value, 0)).ToList(), null, 0, new List<string>());
            var lines = ExtraLines.Write(CslFields.Residual(json, decoded));
            if (lines.Count > 0) tags.Add(("N1", string.Join("\n", lines)));

            foreach (var (tag, value) in tags) writer.Write($"{tag}  - {value}\n");
            writer.Write("ER  - \n\n");
        }
    }

    private static List<(string Tag, string Value)> Encode(JObject item)
    {
        var tags = new List<(string, string)>();
        var type = CslFields.Text(item, "type") ?? CslItemTypes.Document;
        tags.Add(("TY", TypeMap.FirstOrDefault(t => t.Csl == type).Ris ?? "GEN"));
        void Add(string tag, string? value)
        {
            // A tag holds one line, and readers trim its end; anything else is left to N1.
            if (!string.IsNullOrWhiteSpace(value) && !value.Contains('\n') && !value.Contains('\r') && value == value.TrimEnd()) tags.Add((tag, value));
        }
        Add("ID", CslFields.Text(item, "id"));
        foreach (var (tagNames, variable) in TextTags.Take(2)) Add(tagNames[0], CslFields.Text(item, variable));
        foreach (var (tag, variable) in NameTags)
            foreach (var name in CslFields.Names(item, variable) ?? new())
                Add(tag, NameText(name));
        if (CslFields.Date(item, "issued") is { DateParts: { Count: >= 1 } parts } && parts[0].Count is >= 1 and <= 3)
        {
            // A range or circa date still gets its first year in PY; N1 carries the whole date.
            var p = parts[0];
            Add("PY", p[0].ToString("D4", CultureInfo.InvariantCulture));
            if (p.Count > 1 && parts.Count == 1)
                Add("DA", string.Join("/", p.Select((v, i) => v.ToString(i == 0 ? "D4" : "D2", CultureInfo.InvariantCulture))) + (p.Count == 2 ? "//" : "/"));
        }
        if (CslFields.Text(item, "page") is { } page)
        {
            var range = page.Split('-');
            if (range.Length == 2 && range[0].Length > 0 && range[1].Length > 0) { Add("SP", range[0]); Add("EP", range[1]); }
            else Add("SP", page);
        }
        foreach (var (tagNames, variable) in TextTags.Skip(2)) Add(tagNames[0], CslFields.Text(item, variable));
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

    /// <summary>Turns a record's fields into a CSL-JSON object; <paramref name="notes"/> gets what N1 held besides key: value lines.</summary>
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

        foreach (var (tag, variable) in NameTags)
        {
            var names = fields.Where(f => f.Tag == tag || (tag == "AU" && f.Tag == "A1") || (tag == "A2" && f.Tag == "ED"))
                .Select(f => ParseName(f.Value)).ToList();
            if (names.Count > 0) item[variable] = CslFields.ToJson(names);
        }
        foreach (var (tags, variable) in TextTags)
        {
            var values = fields.Where(f => tags.Contains(f.Tag)).ToList();
            if (values.Count == 0) continue;
            item[variable] = values[0].Value;
            if (values.Count > 1)
                result?.Warn(DiagnosticCodes.RepeatedRisTag, $"'{variable}' is given {values.Count} times; the later values were kept in the note.", values[1].Line);
            foreach (var v in values.Skip(1)) notes.Add($"{v.Tag}: {v.Value}");
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
        if (sp is not null || ep is not null) item["page"] = sp is null ? ep : ep is null ? sp : $"{sp}-{ep}";

        var known = new HashSet<string>(TextTags.SelectMany(t => t.Tags).Concat(NameTags.Select(t => t.Tag))
            .Concat(new[] { "TY", "ID", "A1", "ED", "PY", "DA", "Y1", "SP", "EP", "N1", "ER" }), StringComparer.Ordinal);
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
            foreach (var n1 in record.Where(f => f.Tag == "N1"))
            {
                var residual = ExtraLines.Read(n1.Value.Split('\n'), other);
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
