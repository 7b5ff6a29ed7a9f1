using System.Diagnostics;
using System.Reflection;
using System.Text;
using Bibliography.Errors;
using Bibliography.Model;
using Bibliography.Normalisation;
using Bibliography.Parsing;
using Bibliography.Tests.Support;
using Bibliography.Validation;

namespace Bibliography.Tests.Resilience;

/// <summary>
/// Runs one input through reading, normalisation and validation, and records every broken promise: an exception
/// that is not a <see cref="BibliographyException"/>, an input slower than its allowance, or a violated property
/// (spans inside the text, cited ids exist, footnote numbers kept, the document serialises and reads back).
/// </summary>
public sealed class PipelineChecker
{
    /// <summary>The allowance per kilobyte of input (the limit).</summary>
    public static readonly TimeSpan PerKilobyte = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// No input is called slow below this, whatever its size: a GC pause is not a hang, while catastrophic
    /// backtracking takes seconds even on a few kilobytes.
    /// </summary>
    /// <remarks>
    /// Times are the calling thread's CPU time (<see cref="ThreadClock"/>), on which the whole pipeline runs: other
    /// processes and other tests on a busy 2-core machine stretch the wall clock, not the work this thread does.
    /// </remarks>
    public static readonly TimeSpan Floor = TimeSpan.FromMilliseconds(250);

    private readonly List<string> _failures = new();
    private readonly Validator _validator = new();

    /// <summary>Inputs checked so far.</summary>
    public int Inputs { get; private set; }

    /// <summary>Footnotes read so far (over all inputs).</summary>
    public int Footnotes { get; private set; }

    /// <summary>Citations produced so far.</summary>
    public int Citations { get; private set; }

    /// <summary>Inputs that ended with a documented typed error.</summary>
    public int TypedErrors { get; private set; }

    /// <summary>The slowest input relative to its allowance (1 = exactly the allowance).</summary>
    public double WorstRatio { get; private set; }

    /// <summary>What went wrong, one entry per failed input (the first 25 kept in full).</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>The failures as one message, or empty.</summary>
    public string Report() => _failures.Count == 0 ? "" : $"{_failures.Count} failure(s):\n" + string.Join("\n\n", _failures.Take(25));

    /// <summary>Checks one input of <paramref name="size"/> characters; <paramref name="expectedNumbers"/> are the footnote numbers it must keep, when known.</summary>
    public void Check(string description, string input, Func<NormalisedSource> run, IReadOnlyList<int>? expectedNumbers = null)
    {
        Inputs++;
        var kilobytes = Encoding.UTF8.GetByteCount(input) / 1024.0;
        var allowance = TimeSpan.FromTicks(Math.Max(Floor.Ticks, (long)(PerKilobyte.Ticks * kilobytes)));
        NormalisedSource? source = null;
        ValidationReport? report = null;
        TimeSpan best = TimeSpan.MaxValue;
        // A slow run is repeated (best of three): catastrophic backtracking is slow every time, a GC pause is not.
        for (var attempt = 0; attempt < 3 && best > allowance; attempt++)
        {
            var watch = Stopwatch.StartNew();
            var cpu = ThreadClock.CpuTime();
            try
            {
                source = run();
                report = _validator.Validate(source);
            }
            catch (BibliographyException)
            {
                TypedErrors++;
                return;
            }
            catch (Exception e)
            {
                Fail(description, input, $"{e.GetType().Name} escaped: {e.Message}\n{e.StackTrace}");
                return;
            }
            // The thread's CPU time where the clock is there (Linux), else the wall clock.
            var took = ThreadClock.CpuTime() is { } after && cpu is { } before ? after - before : watch.Elapsed;
            best = took < best ? took : best;
        }
        WorstRatio = Math.Max(WorstRatio, best / allowance);
        if (best > allowance)
            Fail(description, input, $"took {best.TotalMilliseconds:0} ms of CPU for {kilobytes:0.0} KB (allowance {allowance.TotalMilliseconds:0} ms)");
        try
        {
            CheckProperties(source!, report!, expectedNumbers);
        }
        catch (Exception e)
        {
            Fail(description, input, "property violated: " + e.Message);
        }
    }

    private void CheckProperties(NormalisedSource source, ValidationReport report, IReadOnlyList<int>? expectedNumbers)
    {
        var doc = source.Document;
        Footnotes += doc.Footnotes.Count;
        Citations += doc.Citations.Count;

        // Footnote numbers are those read, in order, and (where the input says) those given.
        doc.Footnotes.Select(f => f.Number).ShouldBe(source.Source.Footnotes.Select(f => f.Number), "document footnotes differ from the footnotes read");
        if (expectedNumbers is not null) doc.Footnotes.Select(f => f.Number).ShouldBe(expectedNumbers, "footnote numbers were not preserved");

        // Every cited id exists; citation ids are unique and every footnote's citation exists.
        var ids = doc.Items.Select(i => i.Id).ToList();
        ids.Distinct().Count().ShouldBe(ids.Count, "item ids are not unique");
        var idSet = ids.ToHashSet();
        foreach (var c in doc.Citations)
        foreach (var item in c.CitationItems)
            Require(idSet.Contains(item.Id), () => $"citation {c.CitationId} cites an item '{item.Id}' that does not exist");
        var citationIds = doc.Citations.Select(c => c.CitationId).ToList();
        citationIds.Distinct().Count().ShouldBe(citationIds.Count, "citation ids are not unique");
        var citationSet = citationIds.ToHashSet();
        foreach (var f in doc.Footnotes.Where(f => f.CitationId is not null))
            Require(citationSet.Contains(f.CitationId!), () => $"footnote {f.Number} names a missing citation");

        // Every span of every parse lies inside its footnote's text.
        foreach (var parsed in source.Footnotes)
        {
            var length = parsed.Footnote.Text.Length;
            foreach (var citation in parsed.Citations)
            foreach (var span in Spans(citation))
                Require(span.Offset >= 0 && span.Length >= 0 && span.End <= length,
                    () => $"span {span} of a {citation.GetType().Name} lies outside footnote {parsed.Footnote.Number} ({length} chars)");
        }

        // Diagnostics are placed (1-based) wherever they say where.
        foreach (var d in report.Diagnostics)
        {
            Require(d.Line is null or >= 1 && d.Column is null or >= 1 && !string.IsNullOrWhiteSpace(d.Message), () => $"diagnostic {d} has a position below 1 or no message");
        }

        // The document serialises, reads back, and serialises to the same text.
        var json = CslJson.Serialize(doc);
        CslJson.Serialize(CslJson.Deserialize<BibliographyDocument>(json)).ShouldBe(json, "the document does not survive a JSON round trip");
        ReportWriter.WriteSarif(report).ShouldNotBeNullOrEmpty();
    }

    // Messages are built only on failure: the checks run millions of times.
    private static void Require(bool condition, Func<string> message)
    {
        if (!condition) throw new InvalidOperationException(message());
    }

    /// <summary>Every <see cref="TextSpan"/> reachable from a parsed citation (its own, its locator's, its parts').</summary>
    public static IEnumerable<TextSpan> Spans(object value)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<object>();
        stack.Push(value);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is TextSpan span)
            {
                yield return span;
                continue;
            }
            if (current is string || !seen.Add(current)) continue;
            if (current is System.Collections.IEnumerable list)
            {
                foreach (var element in list)
                    if (element is not null) stack.Push(element);
                continue;
            }
            if (current.GetType().Namespace != typeof(TextSpan).Namespace) continue;
            foreach (var property in current.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
                if (property.GetValue(current) is { } child && (child is TextSpan || !child.GetType().IsValueType || child is System.Collections.IEnumerable))
                    stack.Push(child);
            }
        }
    }

    private void Fail(string description, string input, string what)
    {
        if (_failures.Count >= 25)
        {
            _failures.Add(description);
            return;
        }
        _failures.Add($"{description}: {what}\n  input ({input.Length} chars): \"{Escape(input.Length > 400 ? input[..400] + "…" : input)}\"");
    }

    /// <summary>The text as a C# string literal body, so a failing input can be pasted into a test.</summary>
    public static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c == '"' || c == '\\') sb.Append('\\').Append(c);
            else if (c < ' ' || c == '\u007F' || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator)
                sb.Append($"\\u{(int)c:X4}");
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
