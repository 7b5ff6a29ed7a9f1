using System.Reflection;
using Bibliography.Errors;
using Bibliography.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Bibliography.Validation;

/// <summary>The output formats of a validation report.</summary>
public enum ReportFormat
{
    /// <summary>One line per diagnostic: <c>file:line:col: severity CODE (footnote N): message</c>.</summary>
    Text,
    /// <summary><c>{"diagnostics": [...]}</c>, written like every Bibliography JSON document.</summary>
    Json,
    /// <summary>SARIF 2.1.0, for editors and CI.</summary>
    Sarif,
}

/// <summary>An input the tool could not validate at all (unreadable, refused), reported beside the findings.</summary>
/// <param name="File">The input.</param>
/// <param name="Message">Why, in one line.</param>
public sealed record ToolNotification(string File, string Message);

/// <summary>Writes a validation report as text, JSON or SARIF 2.1.0.</summary>
public static class ReportWriter
{
    /// <summary>The SARIF version written.</summary>
    public const string SarifVersion = "2.1.0";

    /// <summary>The SARIF 2.1.0 schema the output declares.</summary>
    public const string SarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>What text diagnostics name as their file when the footnotes came from the command line.</summary>
    public const string ArgumentsFile = "<arguments>";

    /// <summary>The format named <paramref name="name"/> (<c>text</c>, <c>json</c>, <c>sarif</c>).</summary>
    /// <exception cref="BibliographyException">The name is none of them.</exception>
    public static ReportFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "text" => ReportFormat.Text,
        "json" => ReportFormat.Json,
        "sarif" => ReportFormat.Sarif,
        _ => throw new BibliographyException($"Unknown report format '{name}'; use text, json or sarif."),
    };

    /// <summary>The report in the given format, ending with a line break unless empty text.</summary>
    /// <remarks>Text and JSON leave <paramref name="notifications"/> to standard error; SARIF carries them as tool execution notifications.</remarks>
    public static string Write(ValidationReport report, ReportFormat format, IEnumerable<IValidationRule>? rules = null, IReadOnlyList<ToolNotification>? notifications = null) => format switch
    {
        ReportFormat.Text => WriteText(report),
        ReportFormat.Json => WriteJson(report),
        _ => WriteSarif(report, rules, notifications),
    };

    /// <summary>One line per diagnostic: <c>file:line:col: severity CODE (footnote N): message</c>.</summary>
    public static string WriteText(ValidationReport report) =>
        string.Concat(report.Diagnostics.Select(d => TextLine(d) + "\n"));

    /// <summary>One diagnostic as a line of text.</summary>
    public static string TextLine(Diagnostic d)
    {
        var where = string.Join(":", new[] { d.File ?? ArgumentsFile, d.Line?.ToString(), d.Column?.ToString() }.Where(s => s is not null));
        return $"{where}: {Severity(d.Severity)} {d.Code}{d.NoteLabel}: {d.Message.ReplaceLineEndings(" ")}";
    }

    /// <summary><c>{"diagnostics": [...]}</c> with the same settings as every Bibliography JSON document.</summary>
    public static string WriteJson(ValidationReport report) =>
        CslJson.Serialize(new JsonReport { Diagnostics = report.Diagnostics.ToList() }) + "\n";

    /// <summary>A SARIF 2.1.0 log with one run: the tool with every rule it can report, and one result per diagnostic.</summary>
    /// <remarks>An input that could not be validated is a tool execution notification of level error, and makes the
    /// invocation unsuccessful: a SARIF viewer would otherwise show a clean log for a file nobody read.</remarks>
    public static string WriteSarif(ValidationReport report, IEnumerable<IValidationRule>? rules = null, IReadOnlyList<ToolNotification>? notifications = null)
    {
        var catalog = RuleCatalog.All(rules).ToList();
        foreach (var code in report.Diagnostics.Select(d => d.Code).Distinct())
            if (catalog.All(r => r.Code != code)) catalog.Add(RuleCatalog.Describe(code, rules));
        var index = catalog.Select((r, i) => (r.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);

        var driver = new JObject
        {
            ["name"] = "bibliography",
            ["semanticVersion"] = ToolVersion(),
            ["rules"] = new JArray(catalog.Select(r => new JObject
            {
                ["id"] = r.Code,
                ["name"] = PascalCase(r.Title),
                ["shortDescription"] = new JObject { ["text"] = r.Title },
                ["fullDescription"] = new JObject { ["text"] = $"{r.Title} (reported by the {r.Stage.ToString().ToLowerInvariant()})." },
                ["help"] = new JObject { ["text"] = r.Help },
                ["defaultConfiguration"] = new JObject { ["level"] = Level(r.Severity) },
            })),
        };

        var results = new JArray(report.Diagnostics.Select(d =>
        {
            var result = new JObject
            {
                ["ruleId"] = d.Code,
                ["ruleIndex"] = index[d.Code],
                ["level"] = Level(d.Severity),
                ["message"] = new JObject { ["text"] = d.Message },
            };
            var region = new JObject();
            if (d.Line is { } line) region["startLine"] = line;
            if (d.Column is { } column) region["startColumn"] = column;
            var physical = new JObject { ["artifactLocation"] = new JObject { ["uri"] = d.File is null ? ArgumentsUri : Uri(d.File) } };
            if (region.Count > 0) physical["region"] = region;
            var location = new JObject { ["physicalLocation"] = physical };
            if (d.Footnote is { } n)
                location["logicalLocations"] = new JArray(new JObject { ["name"] = $"footnote {n}", ["kind"] = "element" });
            result["locations"] = new JArray(location);
            if (d.Footnote is { } footnote) result["properties"] = new JObject { ["footnote"] = footnote };
            return result;
        }));

        var log = new JObject
        {
            ["$schema"] = SarifSchema,
            ["version"] = SarifVersion,
            ["runs"] = new JArray(new JObject
            {
                ["tool"] = new JObject { ["driver"] = driver },
                ["invocations"] = new JArray(new JObject
                {
                    ["executionSuccessful"] = notifications is not { Count: > 0 },
                    ["toolExecutionNotifications"] = new JArray((notifications ?? []).Select(n => new JObject
                    {
                        ["level"] = "error",
                        ["message"] = new JObject { ["text"] = n.Message },
                        ["locations"] = new JArray(new JObject
                        {
                            ["physicalLocation"] = new JObject { ["artifactLocation"] = new JObject { ["uri"] = Uri(n.File) } },
                        }),
                    })),
                }),
                ["columnKind"] = "utf16CodeUnits",
                ["results"] = results,
            }),
        };
        return log.ToString(Formatting.Indented).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>The URI SARIF results carry for footnotes given on the command line, which have no file.</summary>
    public const string ArgumentsUri = "arguments:footnotes";

    /// <summary>The SARIF level of a severity: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string Severity(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    // A relative path stays relative (SARIF resolves it against the run's root); each segment is percent-encoded.
    private static string Uri(string path)
    {
        if (Path.IsPathRooted(path)) return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        return string.Join("/", path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
    }

    private static string PascalCase(string title) =>
        string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
            .Replace("-", "").Replace("'", "");

    private static string ToolVersion()
    {
        var version = typeof(ReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0";
        var plus = version.IndexOf('+');
        return plus >= 0 ? version[..plus] : version;
    }

    private sealed class JsonReport
    {
        [JsonProperty("diagnostics")]
        public List<Diagnostic> Diagnostics { get; set; } = new();
    }
}
