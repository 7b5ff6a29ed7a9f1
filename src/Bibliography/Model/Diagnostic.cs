using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using System.Runtime.Serialization;

namespace Bibliography.Model;

/// <summary>How serious a diagnostic is.</summary>
[JsonConverter(typeof(StringEnumConverter))]
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    [EnumMember(Value = "info")] Info,
    /// <summary>Probably wrong; output was still produced.</summary>
    [EnumMember(Value = "warning")] Warning,
    /// <summary>Wrong or unreadable; part of the input could not be used.</summary>
    [EnumMember(Value = "error")] Error,
}

/// <summary>A finding about the input: what is wrong, where, and how serious it is.</summary>
public sealed record Diagnostic
{
    /// <summary>How serious the finding is.</summary>
    [JsonProperty("severity", Order = 1)]
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>A stable code, e.g. <c>BIB001</c>, for filtering and documentation.</summary>
    [JsonProperty("code", Order = 2)]
    public string Code { get; init; } = "";

    /// <summary>What is wrong and, where possible, how to fix it.</summary>
    [JsonProperty("message", Order = 3)]
    public string Message { get; init; } = "";

    /// <summary>The footnote number the finding is about, if any.</summary>
    [JsonProperty("footnote", Order = 4)]
    public int? Footnote { get; init; }

    /// <summary>The 1-based line in the source file, if known.</summary>
    [JsonProperty("line", Order = 5)]
    public int? Line { get; init; }

    /// <summary>The 1-based column in the source line, if known.</summary>
    [JsonProperty("column", NullValueHandling = NullValueHandling.Ignore, Order = 6)]
    public int? Column { get; init; }

    /// <summary>The 1-based page of a paged source (a PDF), if known.</summary>
    [JsonProperty("page", NullValueHandling = NullValueHandling.Ignore, Order = 8)]
    public int? Page { get; init; }

    /// <summary>The source file, if the input came from one.</summary>
    [JsonProperty("file", NullValueHandling = NullValueHandling.Ignore, Order = 7)]
    public string? File { get; init; }

    /// <summary>The note and page as messages print them after the code: <c> (footnote 23)</c>, or <c> (page 7, note 23)</c> for a PDF.</summary>
    [JsonIgnore]
    public string NoteLabel => (Page, Footnote) switch
    {
        // A PDF's lines are the reading order of its text, so the page is what lets a reader find the place.
        ({ } p, { } n) => $" (page {p}, note {n})",
        ({ } p, null) => $" (page {p})",
        (null, { } n) => $" (footnote {n})",
        _ => "",
    };

    /// <inheritdoc />
    public override string ToString()
    {
        var where = string.Join(":", new[] { File, Line?.ToString(), Column?.ToString() }.Where(s => s is not null));
        var note = NoteLabel;
        return $"{(where.Length > 0 ? where + ": " : "")}{Severity.ToString().ToLowerInvariant()} {Code}{note}: {Message}";
    }
}
