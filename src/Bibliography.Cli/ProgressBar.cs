using Bibliography.Batch;

namespace Bibliography.Cli;

/// <summary>
/// A one-line progress bar for batches, redrawn in place with a carriage return; for a terminal only (the
/// commands leave it out when standard error is redirected, so logs get no control characters).
/// </summary>
public sealed class ProgressBar : IProgress<BatchProgress>, IDisposable
{
    private const int Width = 30;
    private readonly TextWriter _writer;
    private readonly string _verb;
    private readonly object _gate = new();
    private int _lastLength;
    private bool _drawn;

    /// <summary>Draws on <paramref name="writer"/>; <paramref name="verb"/> names the work ("extracting").</summary>
    public ProgressBar(TextWriter writer, string verb)
    {
        _writer = writer;
        _verb = verb;
    }

    /// <summary>True when a bar belongs on <paramref name="stderr"/>: it is the console's own and not redirected.</summary>
    public static bool Wanted(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>The line drawn for a state (without the carriage return).</summary>
    public static string Render(BatchProgress p, string verb)
    {
        var filled = p.Total == 0 ? Width : (int)((long)Width * p.Done / p.Total);
        var failed = p.Failed > 0 ? $", {p.Failed} failed" : "";
        var name = Path.GetFileName(p.Last);
        if (name.Length > 30) name = "…" + name[^29..];
        return $"{verb} [{new string('#', filled)}{new string('.', Width - filled)}] {p.Done}/{p.Total}{failed} {name}";
    }

    /// <inheritdoc />
    public void Report(BatchProgress value)
    {
        lock (_gate)
        {
            var line = Render(value, _verb);
            // Pad over the previous, longer line: a carriage return does not erase.
            _writer.Write("\r" + line + new string(' ', Math.Max(0, _lastLength - line.Length)));
            _writer.Flush();
            _lastLength = line.Length;
            _drawn = true;
        }
    }

    /// <summary>Erases the bar so the lines that follow start clean.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (!_drawn) return;
            _writer.Write("\r" + new string(' ', _lastLength) + "\r");
            _writer.Flush();
            _drawn = false;
        }
    }
}
