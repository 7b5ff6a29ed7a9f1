using System.Collections.Concurrent;
using Jurassic;
using Jurassic.Compiler;

namespace Bibliography.CiteProc;

/// <summary>
/// citeproc-js embedded in this process on Jurassic. The scripts were compiled when the library was built (see
/// <see cref="JurassicPrecompiled"/>; compiled once per process otherwise) and are shared;
/// each engine lives on its own worker thread (an engine is not thread-safe) with a large stack, a recursion
/// limit, a time budget (counted from when its engine is built) and a memory limit. A job past either fails with
/// <see cref="CiteProcException"/> and its engine is discarded; the process carries on.
/// </summary>
public sealed class JurassicHost : ICiteProcHost
{

    /// <summary>Jurassic's recursion depth limit; deep enough for citeproc, far below the worker stack.</summary>
    public const int RecursionDepthLimit = 3000;

    private const int WorkerStackBytes = 256 * 1024 * 1024;

    // How often a waiting caller looks at the clock and the heap; a finished job is seen at once.
    private static readonly TimeSpan MemoryPoll = TimeSpan.FromMilliseconds(50);

    private static readonly Lazy<CompiledScript[]> Compiled = new(CompileScripts, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly LocaleResolver _locales;
    private readonly Lazy<Dictionary<string, string>> _localesByTag;
    private readonly ConcurrentBag<Worker> _idle = new();
    private readonly SemaphoreSlim _slots;
    private readonly TimeSpan _budget;
    private readonly long _memoryLimit;
    private int _discarded;
    private int _runaways;
    private int _prestarted;
    private int _built;
    private bool _disposed;

    static JurassicHost()
    {
        // Jurassic's regexes are .NET Regex objects with no timeout of their own; a process-wide default stops
        // catastrophic backtracking in a hostile style. Only set when the application has not chosen one.
        if (AppContext.GetData("REGEX_DEFAULT_MATCH_TIMEOUT") is null)
            AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(10));
    }

    /// <summary>Creates a host; engines are made lazily, at most <paramref name="maxEngines"/> at a time (default: processor count).</summary>
    /// <param name="locales">The locales citeproc-js may ask for (the default resolver when null).</param>
    /// <param name="budget">How long one job may run once its engine is built (default <see cref="CiteProcLimits.DefaultJobBudget"/>).</param>
    /// <param name="maxEngines">How many engines may run at once (default: processor count).</param>
    /// <param name="memoryLimit">How many bytes of managed memory one job may add (default: <see cref="CiteProcLimits.MemoryLimitMegabytes"/>).</param>
    public JurassicHost(LocaleResolver? locales = null, TimeSpan? budget = null, int? maxEngines = null, long? memoryLimit = null)
    {
        _memoryLimit = memoryLimit ?? CiteProcLimits.MemoryLimitMegabytes() * 1024L * 1024;
        _locales = locales ?? LocaleResolver.Default;
        // Exact tags, as the driver's own locale map (setLocales on Node) is keyed: the resolver ignores case.
        _localesByTag = new Lazy<Dictionary<string, string>>(() => new Dictionary<string, string>(_locales.All, StringComparer.Ordinal));
        _budget = budget ?? CiteProcLimits.DefaultJobBudget;
        var max = Math.Max(1, maxEngines ?? Environment.ProcessorCount);
        _slots = new SemaphoreSlim(max, max);
        MaxConcurrentJobs = max;
    }

    /// <inheritdoc />
    public string Name => "Jurassic";

    /// <inheritdoc />
    public LocaleResolver Locales => _locales;

    /// <inheritdoc />
    public int MaxConcurrentJobs { get; }

    /// <summary>How many engines were thrown away after a timeout or host failure (for tests and diagnostics).</summary>
    public int DiscardedEngines => Volatile.Read(ref _discarded);

    /// <summary>How many engines were built, compiled and loaded (for tests and diagnostics).</summary>
    public int EnginesBuilt => Volatile.Read(ref _built);

    /// <summary>How many abandoned jobs are still running on their worker thread (they stop at their next function call).</summary>
    public int RunawayJobs => Volatile.Read(ref _runaways);

    /// <summary>Compiles the shared scripts now rather than on first use (e.g. before timing a benchmark).</summary>
    public static void Warm() => _ = Compiled.Value;

    /// <inheritdoc />
    public string Invoke(string function, string jsonArgument)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _slots.Wait();
        Worker? worker = null;
        try
        {
            if (!_idle.TryTake(out worker)) worker = new Worker(this);
            var result = worker.Run(function, jsonArgument, _budget, _memoryLimit);
            _idle.Add(worker);
            worker = null;
            return result;
        }
        finally
        {
            if (worker is not null)
            {
                worker.Abandon();
                Interlocked.Increment(ref _discarded);
            }
            _slots.Release();
        }
    }

    /// <inheritdoc />
    /// <remarks>One engine, once: it waits in the idle pool with its thread already building it, so the first job
    /// queues behind the build instead of starting a second engine.</remarks>
    public void Prestart()
    {
        if (_disposed || Interlocked.Exchange(ref _prestarted, 1) == 1 || !_idle.IsEmpty) return;
        _idle.Add(new Worker(this, buildNow: true));
    }

    /// <inheritdoc />
    /// <remarks>The request queues on the prestarted engine's thread, ahead of the first job, which then finds the
    /// engine built. Building a citeproc engine for a style is most of a first note's time.</remarks>
    public void Prepare(string jsonArgument)
    {
        if (_disposed) return;
        Prestart();
        if (_idle.TryPeek(out var worker)) worker.Prepare("prepare", jsonArgument);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var w)) w.Stop();
    }

    /// <summary>The scripts every engine runs, by name and text, in order (Jurassic.targets compiles the same files at build time).</summary>
    internal static (string Name, string Text)[] Scripts =>
    [
        ("jurassic-prelude.js", CiteProcResources.JurassicPrelude),
        ("citeproc.js", CiteProcResources.JurassicCiteProc),
        ("driver.js", CiteProcResources.Driver),
    ];

    private static CompiledScript[] CompileScripts()
    {
        // Compiled when the library was built (see JurassicPrecompiled); compiled here only if that build had other
        // scripts or its assembly was not deployed, which costs the start-up time the build saves.
        var scripts = Scripts;
        return JurassicPrecompiled.TryLoad(scripts, out _)
               ?? scripts.Select(s => CompiledScript.Compile(new StringScriptSource(s.Text, s.Name), new CompilerOptions())).ToArray();
    }

    /// <summary>One engine on one dedicated thread; jobs are handed over and awaited with a budget.</summary>
    private sealed class Worker
    {
        private readonly JurassicHost _host;
        private readonly BlockingCollection<Job> _jobs = new();
        private readonly object _state = new();
        private volatile bool _abandoned;
        private bool _busy;
        private bool _countedRunaway;
        private ScriptEngine? _engine;

        // Set once the engine is built: the job budget starts there, not at the queueing.
        private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private readonly bool _buildNow;

        public Worker(JurassicHost host, bool buildNow = false)
        {
            _host = host;
            _buildNow = buildNow;
            var thread = new Thread(Loop, WorkerStackBytes) { IsBackground = true, Name = "citeproc-jurassic" };
            thread.Start();
        }

        public string Run(string function, string json, TimeSpan budget, long memoryLimit)
        {
            var job = new Job(function, json);
            _jobs.Add(job);
            try
            {
                // Building the engine (loading citeproc-js) has the start-up allowance; the job's budget runs from when
                // the engine is ready, and covers a queued Prepare of the same style, which is work the job needs.
                if (Task.WaitAny([_ready.Task, job.Done.Task], CiteProcLimits.StartupBudget) == -1)
                    throw new CiteProcException(CiteProcErrorKind.Timeout,
                        $"the Jurassic engine did not start within {CiteProcLimits.StartupBudget.TotalSeconds:0.#} s; it was discarded");
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var memory = new MemoryWatch(memoryLimit);
                while (!job.Done.Task.Wait(MemoryPoll))
                {
                    if (clock.Elapsed >= budget)
                        throw new CiteProcException(CiteProcErrorKind.Timeout,
                            $"citeproc-js ({function}) did not finish within {budget.TotalSeconds:0.#} s; the job was stopped and its engine discarded");
                    if (memory.Exceeded())
                        throw new CiteProcException(CiteProcErrorKind.Memory,
                            CiteProcLimits.MemoryExceeded("", function, memory.Limit / (1024 * 1024), "its engine was discarded"));
                }
            }
            catch (AggregateException e) when (e.InnerException is not null)
            {
                // Task.Wait wraps the job's own CiteProcException; callers are promised the typed error itself.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
            return job.Done.Task.GetAwaiter().GetResult();
        }

        // Jurassic cannot interrupt a script from outside, but it checks the recursion limit on every call of a
        // script function: lowering the limit makes the runaway job throw at its next call, so its thread stops
        // instead of burning a core. Host callbacks also see the flag.
        public void Abandon()
        {
            lock (_state)
            {
                _abandoned = true;
                if (_busy && !_countedRunaway)
                {
                    _countedRunaway = true;
                    Interlocked.Increment(ref _host._runaways);
                }
                if (_engine is { } engine) engine.RecursionDepthLimit = 1;
            }
            _jobs.CompleteAdding();
        }

        public void Stop() => _jobs.CompleteAdding();

        /// <summary>Queues a job nobody waits for; a worker already stopped or discarded ignores it.</summary>
        public void Prepare(string function, string json)
        {
            try
            {
                _jobs.Add(new Job(function, json) { Background = true });
            }
            catch (InvalidOperationException)
            {
            }
        }

        private void Loop()
        {
            if (_buildNow)
            {
                // A failed early build is left for the first job, which builds again and reports the error.
                try
                {
                    EnsureEngine();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                }
            }
            foreach (var job in _jobs.GetConsumingEnumerable())
            {
                lock (_state) _busy = true;
                try
                {
                    if (!RunJob(job))
                    {
                        // A background job that broke its engine leaves a new one to the next job; nobody waits for it.
                        if (job.Background && !_abandoned)
                        {
                            lock (_state) _engine = null;
                            continue;
                        }
                        return;
                    }
                }
                finally
                {
                    lock (_state)
                    {
                        _busy = false;
                        if (_countedRunaway)
                        {
                            _countedRunaway = false;
                            Interlocked.Decrement(ref _host._runaways);
                        }
                    }
                }
            }
        }

        /// <summary>Runs one job; false when the engine must not be used again.</summary>
        private bool RunJob(Job job)
        {
            try
            {
                var engine = EnsureEngine();
                var result = engine.CallGlobalFunction<string>("__bibCall", job.Function, job.Json);
                job.Done.TrySetResult(result);
                return !_abandoned;
            }
            catch (JavaScriptException e)
            {
                job.Done.TrySetException(new CiteProcException(CiteProcErrorKind.Host, $"citeproc-js failed in {job.Function}: {e.Message}", inner: e));
                return !_abandoned;
            }
            catch (Exception e) when (e is InsufficientExecutionStackException or StackOverflowException or System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                job.Done.TrySetException(new CiteProcException(CiteProcErrorKind.Timeout,
                    $"citeproc-js ({job.Function}) was stopped (recursion deeper than {JurassicHost.RecursionDepthLimit} calls, or a regular expression past its time limit): {e.Message}", inner: e));
                return false;
            }
            catch (Exception e)
            {
                job.Done.TrySetException(new CiteProcException(CiteProcErrorKind.Host, $"the Jurassic host failed in {job.Function}: {e.Message}", inner: e));
                return false;
            }
        }

        private ScriptEngine EnsureEngine()
        {
            if (_engine is { } built) return built;
            var engine = CreateEngine();
            Interlocked.Increment(ref _host._built);
            lock (_state)
            {
                _engine = engine;
                if (_abandoned) engine.RecursionDepthLimit = 1;
            }
            _ready.TrySetResult();
            return engine;
        }

        private ScriptEngine CreateEngine()
        {
            var engine = new ScriptEngine { RecursionDepthLimit = JurassicHost.RecursionDepthLimit };
            engine.SetGlobalFunction("__bibHostCompare", new Func<string, string, string, string, bool, bool, int>((a, b, tag, sensitivity, punct, numeric) =>
            {
                Check();
                return Collation.Compare(a, b, tag, sensitivity, punct, numeric);
            }));
            engine.SetGlobalFunction("__bibHostUpper", new Func<string, string, string>((s, tag) => { Check(); return TextCasing.ToUpper(s, tag); }));
            engine.SetGlobalFunction("__bibHostLower", new Func<string, string, string>((s, tag) => { Check(); return TextCasing.ToLower(s, tag); }));
            // Locales are fetched one by one when citeproc asks, instead of parsing all of them as JSON per engine.
            engine.SetGlobalFunction("__bibHostLocale", new Func<string, string?>(tag =>
            {
                Check();
                return _host._localesByTag.Value.TryGetValue(tag, out var xml) ? xml : null;
            }));
            foreach (var script in Compiled.Value) script.Execute(engine);
            return engine;
        }

        private void Check()
        {
            if (_abandoned) throw new OperationCanceledException("citeproc-js job abandoned after its time budget");
        }
    }

    private sealed record Job(string Function, string Json)
    {
        /// <summary>Queued by <see cref="Prepare"/>: no caller waits for its result.</summary>
        public bool Background { get; init; }

        public TaskCompletionSource<string> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
