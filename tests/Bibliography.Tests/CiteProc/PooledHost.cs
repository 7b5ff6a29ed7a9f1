using Bibliography.CiteProc;

namespace Bibliography.Tests.CiteProc;

/// <summary>
/// An in-process host (Jurassic or Jint) by name, with the engine counters tests of their pools read: the tests of
/// budgets, limits, prestart and engine replacement run on both.
/// </summary>
public sealed class PooledHost : ICiteProcHost
{
    private readonly ICiteProcHost _host;
    private readonly Func<int> _built;
    private readonly Func<int> _discarded;
    private readonly Func<int> _runaways;

    private PooledHost(ICiteProcHost host, Func<int> built, Func<int> discarded, Func<int> runaways)
    {
        _host = host;
        _built = built;
        _discarded = discarded;
        _runaways = runaways;
    }

    /// <summary>The names <see cref="Create"/> takes.</summary>
    public static TheoryData<string> Names => new() { "Jurassic", "Jint" };

    /// <summary>A new host of that name with the given limits (each the host's default when null).</summary>
    public static PooledHost Create(string name, TimeSpan? budget = null, int? maxEngines = null, long? memoryLimit = null)
    {
        if (name == "Jint")
        {
            var jint = new JintHost(budget: budget, maxEngines: maxEngines, memoryLimit: memoryLimit);
            return new PooledHost(jint, () => jint.EnginesBuilt, () => jint.DiscardedEngines, () => jint.RunawayJobs);
        }
        var jurassic = new JurassicHost(budget: budget, maxEngines: maxEngines, memoryLimit: memoryLimit);
        return new PooledHost(jurassic, () => jurassic.EnginesBuilt, () => jurassic.DiscardedEngines, () => jurassic.RunawayJobs);
    }

    /// <summary>How many engines were built and loaded.</summary>
    public int EnginesBuilt => _built();

    /// <summary>How many engines were thrown away after a stopped job.</summary>
    public int DiscardedEngines => _discarded();

    /// <summary>How many abandoned jobs are still running.</summary>
    public int RunawayJobs => _runaways();

    /// <inheritdoc />
    public string Name => _host.Name;

    /// <inheritdoc />
    public LocaleResolver Locales => _host.Locales;

    /// <inheritdoc />
    public int MaxConcurrentJobs => _host.MaxConcurrentJobs;

    /// <inheritdoc />
    public string Invoke(string function, string jsonArgument) => _host.Invoke(function, jsonArgument);

    /// <inheritdoc />
    public void Prestart() => _host.Prestart();

    /// <inheritdoc />
    public void Prepare(string jsonArgument) => _host.Prepare(jsonArgument);

    /// <inheritdoc />
    public void Dispose() => _host.Dispose();
}
