using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Export;
using Bibliography.Model;
using Bibliography.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Bibliography.Tests.Export;

/// <summary>
/// What other readers keep of our exports, measured: paper 003's items exported in each format and read by pandoc,
/// citation-js, astrocite and biblatex-csl-converter, variable by variable. The table in FORMATS.md ("What other
/// readers keep") is this measurement, so it cannot drift from what the readers do (issue #23).
/// </summary>
/// <remarks>Set BIBLIOGRAPHY_UPDATE_GOLDEN=1 to rewrite the table after a deliberate change, then review the diff.</remarks>
public sealed partial class OtherReadersTests
{
    private static readonly (string Reader, string Format)[] Readings =
    [
        ("pandoc", "csljson"), ("pandoc", "bibtex"), ("pandoc", "biblatex"),
        ("citation-js", "csljson"), ("citation-js", "bibtex"), ("citation-js", "biblatex"), ("citation-js", "ris"),
        ("astrocite", "bibtex"), ("astrocite", "biblatex"), ("astrocite", "ris"),
        ("biblatex-csl-converter", "csljson"), ("biblatex-csl-converter", "bibtex"), ("biblatex-csl-converter", "biblatex"), ("biblatex-csl-converter", "ris"),
    ];

    /// <summary>The variables measured, in the table's order: what a historian's archival and published items carry.</summary>
    private static readonly string[] Variables =
    [
        "type", "title", "author", "editor", "compiler", "translator", "issued", "container-title", "publisher",
        "publisher-place", "volume", "genre", "language", "archive", "archive_location",
        "archive-short", "fond", "opis", "delo",
    ];

    private static readonly string[] CustomKeys = ["archive-short", "fond", "opis", "delo"];

    private const string Start = "<!-- other-readers:start (OtherReadersTests writes this table) -->";
    private const string End = "<!-- other-readers:end -->";

    [OtherReadersFact]
    public void The_formats_table_is_what_the_readers_keep()
    {
        var items = BibliographyPipeline.ExtractFile(Path.Combine(TestPaths.Seeds, "003_5bd5681df1433a7c", "footnotes.txt")).Document.Items.ToList();
        var ours = items.Select(ExportSamples.Json).ToList();
        var dir = Directory.CreateTempSubdirectory("bib-readers-");
        try
        {
            var table = new StringBuilder();
            table.AppendLine("| Reader | Format | Keeps | Keeps for some items | Drops |");
            table.AppendLine("|---|---|---|---|---|");
            foreach (var (reader, format) in Readings)
            {
                var path = Path.Combine(dir.FullName, $"{format}.{(format == "csljson" ? "json" : format == "ris" ? "ris" : "bib")}");
                if (!File.Exists(path)) ReferenceFormats.ExportFile(items, format, path);
                var read = Paired(Read(reader, format, path), items);
                read.Count.ShouldBe(items.Count, $"{reader} reads every item of our {format}");

                var kept = new List<string>(); var partly = new List<string>(); var dropped = new List<string>();
                foreach (var variable in Variables)
                {
                    var having = Enumerable.Range(0, items.Count).Where(i => Has(ours[i], variable)).ToList();
                    if (having.Count == 0) continue;
                    var same = having.Count(i => Keeps(ours[i], read[i], variable));
                    // A value the reader keeps, but in another variable, is named with where it went.
                    var moved = same > 0 ? null : having.Select(i => MovedTo(ours[i], read[i], variable)).Distinct().ToList() is [{ } to] ? to : null;
                    var name = moved is null ? $"`{variable}`" : $"`{variable}` (as `{moved}`)";
                    if (moved is not null) kept.Add(name);
                    else (same == having.Count ? kept : same == 0 ? dropped : partly).Add(same == having.Count || same == 0 ? name : $"{name} ({same} of {having.Count})");
                }
                table.AppendLine($"| {reader} | {format} | {string.Join(", ", kept)} | {string.Join(", ", partly)} | {string.Join(", ", dropped)} |");
            }

            var file = Path.Combine(TestPaths.RepoRoot, "src", "Bibliography", "Export", "FORMATS.md");
            var text = File.ReadAllText(file).ReplaceLineEndings("\n");
            var at = text.IndexOf(Start, StringComparison.Ordinal);
            var end = text.IndexOf(End, StringComparison.Ordinal);
            (at >= 0 && end > at).ShouldBeTrue($"FORMATS.md lacks the markers {Start} … {End}");
            var measured = Start + "\n" + table + End;
            if (Support.Golden.UpdateRequested())
                File.WriteAllText(file, text[..at] + measured + text[(end + End.Length)..]);
            else
                text[at..(end + End.Length)].ShouldBe(measured, "FORMATS.md's table of what other readers keep differs from what they keep now");
        }
        finally { dir.Delete(true); }
    }

    /// <summary>
    /// The reader's items in the order of ours, matched by id (ours, or the citation key our BibTeX gives it); a reader
    /// that numbers the items itself (biblatex-csl-converter: 1, 2, …) is taken in file order, which is ours.
    /// </summary>
    private static List<JObject> Paired(List<JObject> read, IReadOnlyList<CslItem> items)
    {
        var keys = CitationKeys.Assign(items).ToList();
        var byId = items.Select((item, i) => read.FirstOrDefault(r => (string?)r["id"] is { } id && (id == item.Id || id == keys[i]))).ToList();
        return byId.All(r => r is not null) ? byId! : read;
    }

    private static List<JObject> Read(string reader, string format, string path)
    {
        if (reader != "pandoc") return NodeReaders.Run("csl", reader, format, path).Cast<JObject>().ToList();
        var (exit, stdout, stderr) = Pandoc.Run(["-f", format, "-t", "csljson", path], null);
        exit.ShouldBe(0, stderr);
        return JArray.Parse(stdout).Cast<JObject>().ToList();
    }

    private static bool Has(JObject item, string variable) =>
        CustomKeys.Contains(variable) ? item.SelectToken($"custom['{variable}']") is { } v && v.ToString() != "" : item[variable] is { } t && t.ToString() != "";

    /// <summary>
    /// Whether the reader's item holds our value: in the same CSL variable (names by family, dates by year, the
    /// language by its language subtag or its name); a custom key anywhere under its own name (a <c>custom</c> object,
    /// a field of its own, or "key: value" in the note), since no other reader knows the archival levels.
    /// </summary>
    private static bool Keeps(JObject ours, JObject theirs, string variable)
    {
        if (CustomKeys.Contains(variable))
        {
            var value = ours.SelectToken($"custom['{variable}']")!.ToString();
            var bare = variable.Replace("-", "");
            return theirs.Descendants().OfType<JProperty>().Any(p => (p.Name == variable || p.Name == bare) && p.Value.ToString() == value)
                || ((string?)theirs["note"] ?? "").Contains($"{variable}: {value}", StringComparison.Ordinal);
        }
        var want = ours[variable]!;
        var got = theirs[variable];
        if (got is null) return false;
        return variable switch
        {
            "author" or "editor" or "compiler" or "translator" => Families(want) == Families(got),
            "issued" => Year(want) == Year(got),
            "language" => Language(got.ToString()) == Language(want.ToString()),
            _ => Fold(want.ToString()) == Fold(got.ToString()),
        };
    }

    /// <summary>The other top-level variable of the reader's item holding our value of a text variable, if one does.</summary>
    private static string? MovedTo(JObject ours, JObject theirs, string variable)
    {
        if (CustomKeys.Contains(variable) || ours[variable] is not JValue { Type: JTokenType.String } want) return null;
        return theirs.Properties().FirstOrDefault(p => p.Name != variable && p.Value is JValue { Type: JTokenType.String } v && Fold(v.ToString()) == Fold(want.ToString()))?.Name;
    }

    private static string Families(JToken names) => string.Join(";", names.Children<JObject>().Select(n => Fold((string?)n["family"] ?? (string?)n["literal"] ?? "")));

    private static string? Year(JToken date) => date.SelectToken("date-parts[0][0]")?.ToString() ?? YearIn().Match((string?)date["raw"] ?? (string?)date["literal"] ?? "").Value;

    private static string Language(string tag) => tag.ToLowerInvariant() switch
    {
        "russian" => "ru", "azerbaijani" => "az", "english" => "en", "georgian" => "ka",
        var t => t.Split('-')[0],
    };

    /// <summary>Braces, quotes and spacing no reader is asked to keep.</summary>
    private static string Fold(string value) => Regex.Replace(value.Replace("{", "").Replace("}", ""), @"\s+", " ").Trim();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex YearIn();
}

/// <summary>A fact that needs node with the npm test readers and pandoc: skipped, saying why, where one is absent (never in CI).</summary>
public sealed class OtherReadersFactAttribute : FactAttribute
{
    /// <summary>Sets Skip when a reader cannot run here, outside CI.</summary>
    public OtherReadersFactAttribute() =>
        Skip = NodeReaders.SkipReason ?? TestPaths.SkipUnlessCi(Pandoc.Available ? null : "pandoc is not installed (apt-get install pandoc); .ci/run installs it.");
}
