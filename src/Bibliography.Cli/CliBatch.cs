using Bibliography.Batch;

namespace Bibliography.Cli;

/// <summary>Runs a command over several inputs through <see cref="BatchRunner"/>: progress bar on a terminal, one line per input after.</summary>
internal static class CliBatch
{
    /// <summary>
    /// One input and no output folder: the job's content goes to <paramref name="stdout"/> (its errors surface as for
    /// any single input); otherwise the batch. Either way the same job makes the output.
    /// </summary>
    public static int RunOneOrMany(IReadOnlyList<BatchInput> files, string? outDir, string extension, Func<string, BatchOutput> job,
        TextWriter stdout, TextWriter stderr, string verb)
    {
        if (outDir is not null) return Run(files, outDir, extension, job, stderr, verb).ExitCode;
        var output = job(files[0].Path);
        stdout.Write(output.Content);
        return output.ExitCode;
    }

    /// <summary>Runs the batch and reports each input on <paramref name="stderr"/> in input order: its summary, or its error.</summary>
    public static BatchResult Run(IReadOnlyList<BatchInput> files, string? outDir, string extension, Func<string, BatchOutput> job, TextWriter stderr, string verb)
    {
        BatchResult result;
        using (var bar = files.Count > 1 && ProgressBar.Wanted(stderr) ? new ProgressBar(stderr, verb) : null)
            result = BatchRunner.Run(files, job, new BatchOptions { OutputDirectory = outDir, Extension = extension, Progress = bar });
        foreach (var item in result.Items)
        {
            if (item.Error is not null) stderr.WriteLine("bibliography: " + item.Error);
            else if (item.Output?.Summary is { } summary) stderr.WriteLine(item.OutputPath is null ? summary : $"{summary} -> {item.OutputPath}");
        }
        if (result.Items.Count > 1 && result.Failures.Any())
            stderr.WriteLine($"bibliography: {result.Failures.Count()} of {result.Items.Count} inputs failed; the others were processed.");
        return result;
    }
}
