using Bibliography.Errors;
using Bibliography.Files;

namespace Bibliography.Batch;

/// <summary>What a batch job made of one input: the text to write, the input's exit code and a one-line summary.</summary>
/// <param name="Content">The output for this input (a JSON document, a report, formatted notes…).</param>
/// <param name="ExitCode">0 when clean; a command's own codes otherwise (validate: 1 warnings, 2 errors).</param>
/// <param name="Summary">A line for the user about this input, or null.</param>
public sealed record BatchOutput(string Content, int ExitCode = 0, string? Summary = null)
{
    private readonly Action<TextWriter>? _write;

    /// <summary>
    /// An output written straight into its file (a large JSON document, which as one string would cost its size
    /// three times over); <see cref="Content"/> makes the text only when asked.
    /// </summary>
    /// <param name="write">Writes the output; called once per use, with <c>\n</c> as the writer's line end.</param>
    /// <param name="exitCode">0 when clean; a command's own codes otherwise.</param>
    /// <param name="summary">A line for the user about this input, or null.</param>
    public BatchOutput(Action<TextWriter> write, int exitCode = 0, string? summary = null) : this("", exitCode, summary) =>
        _write = write ?? throw new ArgumentNullException(nameof(write));

    /// <summary>The output for this input (a JSON document, a report, formatted notes…).</summary>
    public string Content
    {
        get
        {
            if (_write is null) return field;
            using var text = new StringWriter { NewLine = "\n" };
            _write(text);
            return text.ToString();
        }
        init;
    } = Content;

    /// <summary>Writes the output into <paramref name="path"/>, atomically (<see cref="AtomicFile"/>).</summary>
    public void WriteTo(string path)
    {
        if (_write is null) AtomicFile.WriteAllText(path, Content);
        else AtomicFile.WriteText(path, _write);
    }
}

/// <summary>The outcome of one input of a batch.</summary>
/// <param name="Input">The input file.</param>
/// <param name="Output">What the job produced, or null when it failed.</param>
/// <param name="OutputPath">Where the output was written, or null when it was not written to a file.</param>
/// <param name="Error">Why the input failed, as one line naming it, or null.</param>
public sealed record BatchItem(string Input, BatchOutput? Output, string? OutputPath, string? Error)
{
    /// <summary>The input's exit code: its output's, or <see cref="BatchRunner.FailureExitCode"/> when it failed.</summary>
    public int ExitCode => Error is not null ? BatchRunner.FailureExitCode : Output?.ExitCode ?? 0;
}

/// <summary>The outcome of a batch: one entry per input, in input order.</summary>
/// <param name="Items">Each input's outcome, in the order the inputs were given.</param>
public sealed record BatchResult(IReadOnlyList<BatchItem> Items)
{
    /// <summary>The worst exit code of any input (0 for an empty batch).</summary>
    public int ExitCode => Items.Count == 0 ? 0 : Items.Max(i => i.ExitCode);

    /// <summary>The inputs that failed.</summary>
    public IEnumerable<BatchItem> Failures => Items.Where(i => i.Error is not null);
}

/// <summary>Progress of a batch: how many inputs are done, of how many, and which finished last.</summary>
/// <param name="Done">Inputs finished (successfully or not).</param>
/// <param name="Total">Inputs in the batch.</param>
/// <param name="Failed">Inputs failed so far.</param>
/// <param name="Last">The input that just finished.</param>
public readonly record struct BatchProgress(int Done, int Total, int Failed, string Last);

/// <summary>How a batch runs.</summary>
public sealed record BatchOptions
{
    /// <summary>At most this many inputs at once; default the processor count.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Write each output into this folder (at <see cref="BatchInput.OutputPath"/>); null keeps outputs in memory only.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>The extension of the files written (with its dot, e.g. <c>.json</c>).</summary>
    public string Extension { get; init; } = ".json";

    /// <summary>Told after each input finishes (from worker threads, one call at a time).</summary>
    public IProgress<BatchProgress>? Progress { get; init; }
}

/// <summary>
/// Runs one job per input file in parallel (bounded), writing each output next to the others and never letting one
/// input's failure lose another's output: a failure becomes that input's one-line error and exit code.
/// </summary>
public static class BatchRunner
{
    /// <summary>The exit code of an input that could not be processed.</summary>
    public const int FailureExitCode = 2;

    /// <summary>Runs <paramref name="job"/> on every file named; outputs are named after the files (see <see cref="BatchInputs.NameOfFile"/>).</summary>
    /// <exception cref="BibliographyException">Two inputs would write the same output file (checked before anything runs).</exception>
    public static BatchResult Run(IReadOnlyList<string> inputs, Func<string, BatchOutput> job, BatchOptions? options = null) =>
        Run(inputs.Select(i => new BatchInput(i, BatchInputs.NameOfFile(i))).ToList(), job, options);

    /// <summary>Runs <paramref name="job"/> on every input and, when asked, writes each output to its file.</summary>
    /// <exception cref="BibliographyException">Two inputs would write the same output file, or an output is an input (checked before anything runs).</exception>
    public static BatchResult Run(IReadOnlyList<BatchInput> inputs, Func<string, BatchOutput> job, BatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(job);
        options ??= new BatchOptions();
        var targets = options.OutputDirectory is { } dir ? Targets(inputs, dir, options.Extension) : null;
        if (targets is not null) OutputGuard.EnsureNoInputOverwritten(inputs.Select(i => i.Path), targets);

        var results = new BatchItem[inputs.Count];
        int done = 0, failed = 0;
        var gate = new object();
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) }, i =>
        {
            var item = RunOne(inputs[i].Path, targets?[i], job);
            results[i] = item;
            lock (gate)
            {
                done++;
                if (item.Error is not null) failed++;
                options.Progress?.Report(new BatchProgress(done, inputs.Count, failed, inputs[i].Path));
            }
        });
        return new BatchResult(results);
    }

    private static BatchItem RunOne(string input, string? target, Func<string, BatchOutput> job)
    {
        try
        {
            var output = job(input);
            if (target is not null) output.WriteTo(target);
            return new BatchItem(input, output, target, null);
        }
        catch (BibliographyException e)
        {
            var line = e.ToOneLine();
            return new BatchItem(input, null, null, e.File is null ? $"{input}: {line}" : line);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new BatchItem(input, null, null, $"{input}: {e.Message.ReplaceLineEndings(" ")}");
        }
        catch (Exception e)
        {
            // A bug must not cost the other inputs their output: report it against this input, in one line.
            return new BatchItem(input, null, null, $"{input}: internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>Each input's output file; two inputs may not share one.</summary>
    private static string[] Targets(IReadOnlyList<BatchInput> inputs, string directory, string extension)
    {
        var targets = inputs.Select(i => i.OutputPath(directory, extension)).ToArray();
        var clash = targets.Select((t, i) => (Target: Path.GetFullPath(t), Input: inputs[i].Path))
            .GroupBy(t => t.Target, OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new BibliographyException($"Inputs {string.Join(" and ", clash.Select(c => $"'{c.Input}'"))} would both be written to '{clash.Key}'; rename one or run them separately.");
        return targets;
    }
}
