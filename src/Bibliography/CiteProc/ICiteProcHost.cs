namespace Bibliography.CiteProc;

/// <summary>
/// The seam between .NET and a JavaScript runtime hosting citeproc-js plus our driver (js/driver.js).
/// A host only runs driver functions; everything citeproc-specific lives in the shared driver, which is
/// what keeps the hosts' output byte-identical.
/// </summary>
public interface ICiteProcHost : IDisposable
{
    /// <summary>Short name for messages and reports ("Jint", "Node").</summary>
    string Name { get; }

    /// <summary>Calls a driver function (render, runFixture, version) with a JSON argument; returns its JSON answer.</summary>
    /// <exception cref="CiteProcException">The runtime failed, or the job ran past its time budget.</exception>
    string Invoke(string function, string jsonArgument);

    /// <summary>The locales this host hands to citeproc-js, which a processor checks a requested tag against.</summary>
    LocaleResolver Locales => LocaleResolver.Default;

    /// <summary>How many jobs the host runs at the same time on separate engines; 1 when it runs them one after another.</summary>
    int MaxConcurrentJobs => 1;

    /// <summary>
    /// Starts the runtime in the background (compiles and loads citeproc-js, or starts the process) so that the first
    /// job does not wait for it; the caller reads its input meanwhile. A start that fails is reported by that job.
    /// </summary>
    void Prestart()
    {
    }

    /// <summary>
    /// Has the driver's <c>prepare</c> run in the background with <paramref name="jsonArgument"/> (style, lang, forceLang,
    /// format), so that the citeproc engine a later render needs is built while the caller reads its input. A host may
    /// ignore it; a failure is left for that render to report.
    /// </summary>
    void Prepare(string jsonArgument)
    {
    }
}

/// <summary>Which host runs citeproc-js.</summary>
public enum CiteProcEngine
{
    /// <summary>Node where a <c>node</c> executable is found (it is many times faster), Jint otherwise: the default.</summary>
    Auto,
    /// <summary>Jint, inside this process, running the unmodified citeproc-js ("embedded" names it too).</summary>
    Jint,
    /// <summary>A long-lived Node.js child process running the unmodified citeproc-js.</summary>
    Node,
}

/// <summary>Creates hosts and reads the engine choice (--engine / BIBLIOGRAPHY_ENGINE).</summary>
public static class CiteProcHosts
{
    /// <summary>The environment variable that picks the engine when no option does.</summary>
    public const string EnvironmentVariable = "BIBLIOGRAPHY_ENGINE";

    /// <summary>Parses "auto", "embedded" or "jint", "node"; null or empty means the environment, then auto.</summary>
    public static CiteProcEngine Parse(string? value)
    {
        value = string.IsNullOrWhiteSpace(value) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : value;
        return value?.Trim().ToLowerInvariant() switch
        {
            null or "" or "auto" => CiteProcEngine.Auto,
            "embedded" or "jint" => CiteProcEngine.Jint,
            "node" => CiteProcEngine.Node,
            _ => throw new CiteProcException(CiteProcErrorKind.Host, $"unknown engine '{value}': use auto, embedded (Jint), jint or node"),
        };
    }

    /// <summary>The engine <see cref="CiteProcEngine.Auto"/> stands for here: Node when a node executable is found, else Jint.</summary>
    /// <remarks>Both give byte-identical output (tested), so the choice changes speed only.</remarks>
    public static CiteProcEngine Resolve(CiteProcEngine engine) =>
        engine != CiteProcEngine.Auto ? engine : NodeHost.FindExecutable() is not null ? CiteProcEngine.Node : CiteProcEngine.Jint;

    /// <summary>One line saying which engine runs citeproc-js for <paramref name="requested"/> and why (what <c>--verbose</c> prints).</summary>
    public static string Describe(CiteProcEngine requested)
    {
        var node = NodeHost.FindExecutable();
        var engine = Resolve(requested);
        var what = engine == CiteProcEngine.Node ? $"Node ({node ?? "node"})" : "Jint (in this process)";
        var why = requested != CiteProcEngine.Auto
            ? "as asked"
            : node is not null ? "auto: a node executable was found" : $"auto: no node executable in {NodeHost.NodeVariable} or on the PATH";
        return $"engine: {what}, {why}";
    }

    /// <summary>The environment variable giving the time budget of one formatting job, in seconds.</summary>
    public const string TimeoutVariable = "BIBLIOGRAPHY_CITEPROC_TIMEOUT";

    /// <summary>Creates a host of the given kind over a locale resolver (the default resolver when null).</summary>
    /// <param name="engine">Which runtime.</param>
    /// <param name="locales">The locales to load (the default resolver when null).</param>
    /// <param name="budget">How long one job may run; null reads <see cref="TimeoutVariable"/>, then the default (60 s).</param>
    public static ICiteProcHost Create(CiteProcEngine engine, LocaleResolver? locales = null, TimeSpan? budget = null)
    {
        budget ??= ParseBudget(null);
        return Resolve(engine) switch
        {
            CiteProcEngine.Node => new NodeHost(locales, budget),
            _ => new JintHost(locales, budget),
        };
    }

    /// <summary>Reads a job time budget in seconds (e.g. "30", "0.5"); null or empty reads <see cref="TimeoutVariable"/>; null when neither is set.</summary>
    /// <exception cref="CiteProcException">The value is not a positive number of seconds.</exception>
    public static TimeSpan? ParseBudget(string? seconds)
    {
        var fromEnvironment = string.IsNullOrWhiteSpace(seconds);
        var value = fromEnvironment ? Environment.GetEnvironmentVariable(TimeoutVariable) : seconds;
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!double.TryParse(value.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s)
            || !(s > 0) || s > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            var source = fromEnvironment ? TimeoutVariable : "--timeout";
            throw new CiteProcException(CiteProcErrorKind.Host, $"{source} must be a positive number of seconds, not '{value}'");
        }
        return TimeSpan.FromSeconds(s);
    }
}
